#include "core/time/mark_dating.h"

#include <algorithm>

#include "core/time/timeline.h"
#include "core/time/timex.h"

namespace newsmark {

DatedMark date_mark(std::string_view text, std::span<const Token> tokens, std::span<const Sentence> sentences,
                    const std::optional<IsoDate>& dct, ByteSpan span, std::string_view label) {
  DatedMark out;
  const std::vector<TimexMention> found = find_timexes(text, tokens, sentences, dct);
  const TimexMention* best = nullptr;
  std::uint32_t best_overlap = 0;
  for (const TimexMention& m : found) {
    const std::uint32_t b = std::max(m.span.begin, span.begin), e = std::min(m.span.end, span.end);
    if (e > b && e - b > best_overlap) {
      best = &m;
      best_overlap = e - b;
    }
  }
  if (best == nullptr || best->value.empty()) return out;
  const TimexMention& m = *best;
  out.attrs.push_back({"value", m.value});
  out.attrs.push_back({"type", std::string(m.type)});
  if (!m.mod.empty()) out.attrs.push_back({"mod", m.mod});
  if (!m.start.empty()) {
    out.attrs.push_back({"start", m.start});
    out.attrs.push_back({"end", m.end});
  }
  if (!m.granularity.empty()) out.attrs.push_back({"granularity", m.granularity});
  if (!m.certain) out.attrs.push_back({"certain", "false"});
  if (m.is_dct || m.start.empty()) return out;
  // The event as the engine's timeline would make it for this one mark.
  AnnotationSet one;
  Annotation& a = one.annotations.emplace_back();
  a.id = "mark";
  a.span = span;
  a.label = std::string(label);
  a.attrs = out.attrs;
  std::vector<TimelineEvent> events = build_timeline(text, tokens, sentences, one);
  for (TimelineEvent& e : events) {
    if (e.time == "mark") {
      out.event = std::move(e);
      break;
    }
  }
  return out;
}

}  // namespace newsmark
