#include "core/engine.h"

#include "core/clustering.h"
#include "core/names.h"
#include "core/numbers.h"
#include "core/timeline.h"
#include "core/timex.h"

#include <charconv>

namespace newsmark {
namespace {

bool continues(std::string_view abbreviation, const void* context) {
  return static_cast<const Lexicons*>(context)->continues_sentence(abbreviation);
}

}  // namespace

Result<Engine> Engine::create() {
  auto lex = Lexicons::load_builtin();
  if (!lex) return lex.error();
  return Engine(std::move(lex).value());
}

Analysis Engine::analyze(const Document& doc, const AnalyzeOptions& options) const {
  Analysis a;
  const std::string& text = doc.text();
  a.tokens = tokenize(text, lex_.abbreviation_test());
  a.sentences = split_sentences(text, a.tokens, continues, &lex_);
  AnnotationSet& set = a.annotations;
  const std::vector<NameMention> names = options.names ? find_names(text, a.tokens, a.sentences, lex_)
                                                        : std::vector<NameMention>{};
  const std::vector<MeasureMention> measures = options.measures ? find_measures(text, a.tokens)
                                                                : std::vector<MeasureMention>{};
  // Both lists are in text order: merge them so annotations (and their ids) are too, without
  // sorting the heavier Annotation objects afterwards.
  // The DCT: given with the document, or read from its dateline.
  std::optional<IsoDate> dct;
  if (!doc.info().dct.empty()) {
    if (auto d = parse_iso_date(doc.info().dct)) dct = *d;
  }
  if (!dct && options.times) {
    dct = detect_dct(text, a.tokens);
    a.dct_detected = dct.has_value();
  }
  if (dct) a.dct = dct->to_string();
  const std::vector<TimexMention> times =
      options.times ? find_timexes(text, a.tokens, a.sentences, dct) : std::vector<TimexMention>{};

  enum class Kind : std::uint8_t { name, measure, time };
  struct Ref {
    ByteSpan span;
    Kind kind;
    std::uint32_t index;
  };
  std::vector<Ref> order;
  order.reserve(names.size() + measures.size() + times.size());
  for (std::uint32_t k = 0; k < names.size(); ++k) order.push_back({names[k].span, Kind::name, k});
  for (std::uint32_t k = 0; k < measures.size(); ++k) order.push_back({measures[k].span, Kind::measure, k});
  for (std::uint32_t k = 0; k < times.size(); ++k) order.push_back({times[k].span, Kind::time, k});
  bool dct_marked = false;
  std::stable_sort(order.begin(), order.end(), [](const Ref& x, const Ref& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
  });
  std::vector<std::string> name_ids(names.size());
  set.annotations.reserve(order.size());
  for (const Ref& r : order) {
    Annotation ann;
    ann.id = "a" + std::to_string(set.annotations.size() + 1);
    ann.span = r.span;
    if (r.kind == Kind::time) {
      const TimexMention& m = times[r.index];
      ann.label = std::string(m.type);
      ann.confidence = m.certain ? 0.85f : 0.6f;
      ann.attrs.reserve(7);
      ann.attrs.push_back(Attr{"value", m.value});
      ann.attrs.push_back(Attr{"type", std::string(m.type)});  // TIMEX3 type, kept if the label is changed
      if (!m.mod.empty()) ann.attrs.push_back(Attr{"mod", m.mod});
      if (!m.start.empty()) {
        ann.attrs.push_back(Attr{"start", m.start});
        ann.attrs.push_back(Attr{"end", m.end});
      }
      if (!m.granularity.empty()) ann.attrs.push_back(Attr{"granularity", m.granularity});
      if (!m.certain) ann.attrs.push_back(Attr{"certain", "false"});
      // The first full date on the opening lines that equals the DCT is the dateline.
      const std::string_view covered = std::string_view(text).substr(m.span.begin, m.span.size());
      const bool explicit_date = covered.find_first_of("0123456789") != std::string_view::npos;
      if (!dct_marked && dct && m.value == a.dct && explicit_date && ann.span.begin < 400) {
        ann.attrs.push_back(Attr{"dct", "true"});
        dct_marked = true;
      }
    } else if (r.kind == Kind::name) {
      const NameMention& m = names[r.index];
      ann.label = std::string(m.label);
      ann.confidence = m.confidence;
      ann.attrs.reserve(2);
      ann.attrs.push_back(Attr{"rule", std::string(m.rule)});
      name_ids[r.index] = ann.id;
    } else {
      const MeasureMention& m = measures[r.index];
      ann.label = std::string(m.label);
      ann.confidence = m.label == labels::kCardinal ? 0.7f : 0.9f;
      ann.attrs.reserve(4);
      ann.attrs.push_back(Attr{"value", format_number(m.value)});
      if (m.is_range) ann.attrs.push_back(Attr{"value_max", format_number(m.value_max)});
      if (!m.unit.empty()) ann.attrs.push_back(Attr{"unit", m.unit});
      if (!m.modifier.empty()) ann.attrs.push_back(Attr{"mod", m.modifier});
    }
    set.annotations.push_back(std::move(ann));
  }
  if (options.names) {
    set.entities = cluster_mentions(text, names, name_ids);
    // Each name annotation points at its entity (ids are "a<position + 1>").
    for (const Entity& e : set.entities) {
      for (const std::string& id : e.mentions) {
        std::size_t n = 0;
        std::from_chars(id.data() + 1, id.data() + id.size(), n);
        set.annotations[n - 1].attrs.push_back(Attr{"entity", e.id});
      }
    }
  }
  if (options.times) set.timeline = build_timeline(text, a.tokens, a.sentences, set);
  return a;
}

}  // namespace newsmark
