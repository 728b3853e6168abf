#include "core/time/timeline.h"

#include <algorithm>
#include <charconv>

#include "core/time/calendar.h"
#include "core/model/iso_date.h"

namespace newsmark {
namespace {

constexpr std::uint32_t kMaxUncutSpan = 80;  // bytes

bool is_clause_word(std::string_view w) {
  return w == "and" || w == "but" || w == "while" || w == "although" || w == "though" || w == "which" ||
         w == "who" || w == "whose" || w == "after" || w == "before" || w == "when" || w == "because" ||
         w == "as" || w == "where" || w == "so";
}

bool is_subordinator(std::string_view w) {
  return w == "After" || w == "Before" || w == "When" || w == "While" || w == "Although" || w == "Though" ||
         w == "Because" || w == "As" || w == "Since" || w == "If" || w == "Following" || w == "Once" ||
         w == "after" || w == "before" || w == "when" || w == "while" || w == "although" || w == "because" ||
         w == "since" || w == "if" || w == "following" || w == "once";
}

// First token whose span starts at or after `byte`.
std::size_t token_at(std::span<const Token> toks, std::uint32_t byte) {
  auto it = std::lower_bound(toks.begin(), toks.end(), byte, [](const Token& t, std::uint32_t b) { return t.begin < b; });
  return static_cast<std::size_t>(it - toks.begin());
}

// Entity ids named inside `span`, in order of first appearance. Annotations are in text order:
// only those starting inside the span are looked at.
std::vector<std::string> entities_in(const AnnotationSet& set, ByteSpan span) {
  std::vector<std::string> ids;
  auto from = std::lower_bound(set.annotations.begin(), set.annotations.end(), span.begin,
                               [](const Annotation& n, std::uint32_t b) { return n.span.begin < b; });
  for (auto it = from; it != set.annotations.end() && it->span.begin < span.end; ++it) {
    const std::string* ent = it->attr("entity");
    if (ent == nullptr || !span.contains(it->span)) continue;
    if (std::find(ids.begin(), ids.end(), *ent) == ids.end()) ids.push_back(*ent);
  }
  return ids;
}

// Where a dated event's time expression sits: its sentence and its first token.
struct DatedPlace {
  std::uint32_t sentence;
  std::uint32_t token;
};

struct RelativeEvent {
  TimelineEvent event;
  std::uint32_t anchor;  // index of the dated event in the unsorted list
};

// "after the protest" puts the protest before the sentence's dated event; "before the vote",
// "ahead of" and "prior to" put it after. Returns the relation of the signal's object to the
// anchor and the signal's length in tokens, or nullptr.
const char* signal_relation(std::string_view text, std::span<const Token> toks, std::size_t i, std::size_t end,
                            std::size_t& length) {
  const std::string_view w = toks[i].text(text);
  auto is = [](std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k) {
      if ((a[k] | 0x20) != b[k]) return false;
    }
    return true;
  };
  length = 1;
  if (is(w, "after") || is(w, "following")) return "before";
  if (is(w, "before")) return "after";
  if (i + 1 < end && ((is(w, "ahead") && is(toks[i + 1].text(text), "of")) ||
                      (is(w, "prior") && is(toks[i + 1].text(text), "to")))) {
    length = 2;
    return "after";
  }
  return nullptr;
}

// The duration just before a signal ("two days after"): its TIMEX3 value, if it is a whole
// number of days or weeks.
std::string offset_before(const AnnotationSet& set, std::uint32_t signal_begin, std::string_view text) {
  auto it = std::lower_bound(set.annotations.begin(), set.annotations.end(), signal_begin,
                             [](const Annotation& n, std::uint32_t b) { return n.span.begin < b; });
  while (it != set.annotations.begin()) {
    --it;
    if (it->span.end > signal_begin) continue;
    // Only whitespace between the duration and the signal.
    if (text.substr(it->span.end, signal_begin - it->span.end).find_first_not_of(" \t") != std::string_view::npos) {
      return {};
    }
    if (it->label != "DURATION") return {};
    const std::string* v = it->attr("value");
    if (v == nullptr || v->size() < 3 || (*v)[0] != 'P' || (v->back() != 'D' && v->back() != 'W')) return {};
    return *v;
  }
  return {};
}

// Shifts a day by a P<n>D / P<n>W duration, forwards or backwards; empty when it cannot.
std::string shift_day(std::string_view day, std::string_view offset, int direction) {
  auto d = parse_iso_date(day);
  if (!d.ok() || offset.size() < 3) return {};
  long n = 0;
  auto [p, ec] = std::from_chars(offset.data() + 1, offset.data() + offset.size() - 1, n);
  if (ec != std::errc{} || p != offset.data() + offset.size() - 1 || n <= 0 || n > 3660) return {};
  if (offset.back() == 'W') n *= 7;
  return calendar::add_days(*d, direction * n).to_string();
}

// Undated events the text orders against a dated one in the same sentence: the object of
// "after", "before", "following", "ahead of", "prior to", up to the next clause boundary,
// when it holds no date of its own ("The council voted on March 3, two days after the protest").
std::vector<RelativeEvent> find_relative_events(std::string_view text, std::span<const Token> toks,
                                                std::span<const Sentence> sentences, const AnnotationSet& set,
                                                const std::vector<TimelineEvent>& dated,
                                                const std::vector<DatedPlace>& places) {
  std::vector<RelativeEvent> found;
  std::size_t k = 0;
  while (k < places.size()) {
    // The dated events of one sentence are consecutive (annotations are in text order).
    std::size_t kend = k + 1;
    while (kend < places.size() && places[kend].sentence == places[k].sentence) ++kend;
    const Sentence& s = sentences[places[k].sentence];
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      std::size_t len = 0;
      const char* relation = signal_relation(text, toks, i, s.end_token, len);
      if (relation == nullptr) continue;
      // The signal's object: up to a clause boundary.
      std::size_t first = i + len, end = first;
      while (end < s.end_token) {
        const Token& t = toks[end];
        const std::string_view w = t.text(text);
        if (t.kind == TokenKind::quote || t.kind == TokenKind::dash || w == "," || w == ";" || w == ":" ||
            w == "." || w == "?" || w == "!" || w == "(" || is_clause_word(w)) {
          break;
        }
        ++end;
      }
      if (end - first < 2 || end - first > 16) continue;
      const ByteSpan object{toks[first].begin, toks[end - 1].end};
      // A time in the object ("after March 3", "before noon") is a date, not an event.
      bool has_time = false;
      auto it = std::lower_bound(set.annotations.begin(), set.annotations.end(), object.begin,
                                 [](const Annotation& n, std::uint32_t b) { return n.span.begin < b; });
      for (; it != set.annotations.end() && it->span.begin < object.end; ++it) {
        if (it->label == "DATE" || it->label == "TIME" || it->label == "DURATION" || it->label == "SET") has_time = true;
      }
      if (has_time) continue;
      // The anchor: the sentence's nearest dated event before the signal, else the first after.
      std::size_t anchor = k;
      for (std::size_t j = k; j < kend; ++j) {
        if (places[j].token < i) anchor = j;
      }
      const TimelineEvent& a = dated[anchor];
      TimelineEvent e;
      e.relation = relation;
      e.offset = offset_before(set, toks[i].begin, text);
      e.event = object;
      e.certain = false;
      if (!e.offset.empty() && a.granularity == "day") {
        e.start = shift_day(a.start, e.offset, e.relation == "before" ? -1 : 1);
        if (!e.start.empty()) {
          e.end = shift_day(e.start, "P1D", 1);
          e.value = e.start;
          e.granularity = "day";
        }
      }
      e.entities = entities_in(set, object);
      found.push_back(RelativeEvent{std::move(e), static_cast<std::uint32_t>(anchor)});
      i = end - 1;
    }
    k = kend;
  }
  return found;
}

}  // namespace

std::vector<TimelineEvent> build_timeline(std::string_view text, std::span<const Token> toks,
                                          std::span<const Sentence> sentences, const AnnotationSet& set) {
  std::vector<TimelineEvent> out;
  std::vector<DatedPlace> places;  // parallel to `out` for the dated events
  for (const Annotation& a : set.annotations) {
    if (a.label != "DATE" && a.label != "TIME") continue;
    const std::string* start = a.attr("start");
    if (start == nullptr || a.attr("dct") != nullptr) continue;
    // The sentence holding the time expression.
    const std::size_t ti = token_at(toks, a.span.begin);
    auto sit = std::upper_bound(sentences.begin(), sentences.end(), ti,
                                [](std::size_t t, const Sentence& s) { return t < s.first_token; });
    if (sit == sentences.begin()) continue;
    const Sentence& s = *std::prev(sit);
    places.push_back(DatedPlace{static_cast<std::uint32_t>(std::prev(sit) - sentences.begin()),
                                static_cast<std::uint32_t>(ti)});
    // Clause boundaries around it.
    auto boundary = [&](std::size_t k) {
      const std::string_view w = toks[k].text(text);
      if (w == ";" || w == ":" || toks[k].kind == TokenKind::dash) return true;
      if (toks[k].kind == TokenKind::quote) return true;
      if (w == "," && k + 1 < s.end_token &&
          (is_clause_word(toks[k + 1].text(text)) || toks[k + 1].kind == TokenKind::quote)) return true;
      return false;
    };
    std::size_t first = ti;
    while (first > s.first_token && !boundary(first - 1)) --first;
    std::size_t end = ti + 1;
    while (end < s.end_token && !boundary(end)) ++end;
    // "After the storm hit, the mayor declared ... on Monday": an opening subordinate clause is
    // another event; the dated clause starts after its comma.
    if (is_subordinator(toks[first].text(text))) {
      for (std::size_t k = ti; k > first; --k) {
        if (toks[k - 1].text(text) == ",") {
          first = k;
          break;
        }
      }
    }
    // Trim a leading conjunction and trailing punctuation.
    while (first < end && (is_clause_word(toks[first].text(text)) || toks[first].kind == TokenKind::punct)) ++first;
    while (end > first && (toks[end - 1].kind == TokenKind::punct || toks[end - 1].kind == TokenKind::quote)) --end;
    if (end - first < 4) {  // too short to read: the whole sentence
      first = s.first_token;
      end = s.end_token;
      while (end > first && (toks[end - 1].kind == TokenKind::punct || toks[end - 1].kind == TokenKind::quote)) --end;
    }
    if (end - first > 30) {  // a long sentence: a window around the time expression
      first = std::max<std::size_t>(first, ti > 12 ? ti - 12 : 0);
      end = std::min<std::size_t>(end, ti + 14);
    }
    if (end <= first) {
      places.pop_back();
      continue;
    }
    // Never cut through an annotation ("worth $" of "worth $6.8 billion"): widen to cover it.
    {
      const std::uint32_t b = toks[first].begin, en = toks[end - 1].end;
      std::uint32_t nb = b, ne = en;
      auto it = std::lower_bound(set.annotations.begin(), set.annotations.end(), b > 200 ? b - 200 : 0,
                                 [](const Annotation& n, std::uint32_t x) { return n.span.begin < x; });
      for (; it != set.annotations.end() && it->span.begin < en; ++it) {
        // Only short spans (names, numbers, dates) are kept whole; quotes and claims run for
        // sentences, and a clause may start or end inside one.
        if (it->span.size() > kMaxUncutSpan) continue;
        if (it->span.end > b && it->span.begin < b) nb = std::min(nb, it->span.begin);
        if (it->span.begin < en && it->span.end > en) ne = std::max(ne, it->span.end);
      }
      while (first > s.first_token && toks[first].begin > nb) --first;
      while (end < s.end_token && toks[end - 1].end < ne) ++end;
    }
    TimelineEvent e;
    e.time = a.id;
    e.value = *a.attr("value");
    e.start = *start;
    e.end = a.attr("end") ? *a.attr("end") : *start;
    e.granularity = a.attr("granularity") ? *a.attr("granularity") : "";
    e.certain = a.attr("certain") == nullptr;
    e.event = ByteSpan{toks[first].begin, toks[end - 1].end};
    e.entities = entities_in(set, e.event);
    out.push_back(std::move(e));
  }
  const std::size_t dated = out.size();
  std::vector<RelativeEvent> relative = find_relative_events(text, toks, sentences, set, out, places);
  for (RelativeEvent& r : relative) out.push_back(std::move(r.event));
  // Dated events sort by start, then position; an undated one goes right before or after its
  // anchor (several around one anchor keep text order). Sort an index, then move each event
  // once (events are heavy to swap).
  struct Key {
    std::uint32_t anchor;  // index in `out` of the dated event it sits by (itself when dated)
    int side;              // -1 before the anchor, 0 the anchor, 1 after
  };
  std::vector<Key> keys(out.size());
  for (std::uint32_t k = 0; k < dated; ++k) keys[k] = Key{k, 0};
  for (std::size_t k = 0; k < relative.size(); ++k) {
    keys[dated + k] = Key{relative[k].anchor, out[dated + k].relation == "before" ? -1 : 1};
  }
  std::vector<std::uint32_t> order(out.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    const TimelineEvent& ax = out[keys[x].anchor];
    const TimelineEvent& ay = out[keys[y].anchor];
    if (keys[x].anchor != keys[y].anchor) {
      return ax.start != ay.start ? ax.start < ay.start : ax.event.begin < ay.event.begin;
    }
    if (keys[x].side != keys[y].side) return keys[x].side < keys[y].side;
    return out[x].event.begin < out[y].event.begin;
  });
  std::vector<std::string> new_id(out.size());
  for (std::size_t k = 0; k < order.size(); ++k) new_id[order[k]] = "t" + std::to_string(k + 1);
  std::vector<TimelineEvent> sorted;
  sorted.reserve(out.size());
  for (const std::uint32_t k : order) {
    sorted.push_back(std::move(out[k]));
    sorted.back().id = new_id[k];
    if (k >= dated) sorted.back().anchor = new_id[relative[k - dated].anchor];
  }
  return sorted;
}

}  // namespace newsmark
