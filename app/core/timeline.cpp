#include "core/timeline.h"

#include <algorithm>

namespace newsmark {
namespace {

bool is_clause_word(std::string_view w) {
  return w == "and" || w == "but" || w == "while" || w == "although" || w == "though" || w == "which" ||
         w == "who" || w == "whose" || w == "after" || w == "before" || w == "when" || w == "because" ||
         w == "as" || w == "where" || w == "so";
}

// First token whose span starts at or after `byte`.
std::size_t token_at(std::span<const Token> toks, std::uint32_t byte) {
  auto it = std::lower_bound(toks.begin(), toks.end(), byte, [](const Token& t, std::uint32_t b) { return t.begin < b; });
  return static_cast<std::size_t>(it - toks.begin());
}

}  // namespace

std::vector<TimelineEvent> build_timeline(std::string_view text, std::span<const Token> toks,
                                          std::span<const Sentence> sentences, const AnnotationSet& set) {
  std::vector<TimelineEvent> out;
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
    if (end <= first) continue;
    // Never cut through an annotation ("worth $" of "worth $6.8 billion"): widen to cover it.
    {
      const std::uint32_t b = toks[first].begin, en = toks[end - 1].end;
      std::uint32_t nb = b, ne = en;
      auto it = std::lower_bound(set.annotations.begin(), set.annotations.end(), b > 200 ? b - 200 : 0,
                                 [](const Annotation& n, std::uint32_t x) { return n.span.begin < x; });
      for (; it != set.annotations.end() && it->span.begin < en; ++it) {
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
    // Annotations are in text order: only those starting inside the clause are looked at.
    auto from = std::lower_bound(set.annotations.begin(), set.annotations.end(), e.event.begin,
                                 [](const Annotation& n, std::uint32_t b) { return n.span.begin < b; });
    for (auto it = from; it != set.annotations.end() && it->span.begin < e.event.end; ++it) {
      const std::string* ent = it->attr("entity");
      if (ent == nullptr || !e.event.contains(it->span)) continue;
      if (std::find(e.entities.begin(), e.entities.end(), *ent) == e.entities.end()) e.entities.push_back(*ent);
    }
    out.push_back(std::move(e));
  }
  // Sort an index, then move each event once (events are heavy to swap).
  std::vector<std::uint32_t> order(out.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    return out[x].start != out[y].start ? out[x].start < out[y].start : out[x].event.begin < out[y].event.begin;
  });
  std::vector<TimelineEvent> sorted;
  sorted.reserve(out.size());
  for (const std::uint32_t k : order) sorted.push_back(std::move(out[k]));
  for (std::size_t k = 0; k < sorted.size(); ++k) sorted[k].id = "t" + std::to_string(k + 1);
  return sorted;
}

}  // namespace newsmark
