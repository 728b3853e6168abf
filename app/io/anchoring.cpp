#include "io/anchoring.h"

#include <algorithm>

#include "core/text/utf8.h"

#include "io/json/json_read.h"

namespace newsmark::io {
namespace {

bool ends_with(std::string_view text, std::size_t at, std::string_view s) {
  return s.size() <= at && text.compare(at - s.size(), s.size(), s) == 0;
}

bool starts_with_at(std::string_view text, std::size_t at, std::string_view s) {
  return at + s.size() <= text.size() && text.compare(at, s.size(), s) == 0;
}

// How well the text around an occurrence at [b, b + exact.size()) matches: 2 when both given
// contexts match (an absent one counts as matching), 1 for one, 0 for neither.
int context_score(std::string_view text, std::size_t b, const Quote& q) {
  const std::size_t e = b + q.exact.size();
  return (ends_with(text, b, q.prefix) ? 1 : 0) + (starts_with_at(text, e, q.suffix) ? 1 : 0);
}

}  // namespace

std::string_view text_before(const Document& doc, std::uint32_t byte, std::size_t code_points) {
  const std::string_view text = doc.text();
  std::size_t b = std::min<std::size_t>(byte, text.size());
  for (std::size_t n = 0; n < code_points && b > 0; ++n) {
    --b;
    while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  }
  return text.substr(b, std::min<std::size_t>(byte, text.size()) - b);
}

std::string_view text_after(const Document& doc, std::uint32_t byte, std::size_t code_points) {
  const std::string_view text = doc.text();
  const std::size_t from = std::min<std::size_t>(byte, text.size());
  std::size_t e = from;
  for (std::size_t n = 0; n < code_points && e < text.size(); ++n) {
    ++e;
    while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  }
  return text.substr(from, e - from);
}

std::string cp_range(std::uint64_t start, std::uint64_t end) {
  return std::to_string(start) + "-" + std::to_string(end);
}

std::optional<Anchor> anchor_span(const Document& doc, std::uint64_t start, std::uint64_t end, const Quote& q) {
  const std::string_view text = doc.text();
  const std::size_t n_cp = doc.offsets().code_point_count();
  std::size_t hint = text.size();  // the byte where the file said the span starts
  if (start <= end && end <= n_cp) {
    // In range, so they fit a size_t even in 32-bit wasm.
    auto b = doc.to_byte(static_cast<std::size_t>(start));
    auto e = doc.to_byte(static_cast<std::size_t>(end));
    if (b && e) {
      const ByteSpan span{static_cast<std::uint32_t>(*b), static_cast<std::uint32_t>(*e)};
      if (q.exact.empty() || text.substr(span.begin, span.size()) == q.exact) return Anchor{span, false};
      hint = *b;
    }
  } else if (start < n_cp) {
    auto b = doc.to_byte(static_cast<std::size_t>(start));
    if (b) hint = *b;
  }
  if (q.exact.empty()) return std::nullopt;

  // Search outwards from the hint in growing windows; in each, the best occurrence is the one
  // whose context matches best, then the nearest. A perfect match in a small window ends the
  // search, so re-anchoring many slightly shifted spans stays cheap.
  for (std::size_t radius = 1024;; radius *= 8) {
    const std::size_t lo = hint > radius ? hint - radius : 0;
    const std::size_t hi = std::min(text.size(), hint + radius + q.exact.size());
    int best_score = -1;
    std::size_t best = 0, best_distance = 0;
    for (std::size_t at = text.find(q.exact, lo); at != std::string_view::npos && at + q.exact.size() <= hi;
         at = text.find(q.exact, at + 1)) {
      // A quote that is not whole characters could match inside one: only whole ones count.
      if (!utf8::is_boundary(text, at) || !utf8::is_boundary(text, at + q.exact.size())) continue;
      const int score = context_score(text, at, q);
      const std::size_t distance = at > hint ? at - hint : hint - at;
      if (score > best_score || (score == best_score && distance < best_distance)) {
        best_score = score;
        best = at;
        best_distance = distance;
      }
    }
    const bool whole = lo == 0 && hi == text.size();
    if (best_score == 2 || (whole && best_score >= 0)) {
      return Anchor{ByteSpan{static_cast<std::uint32_t>(best), static_cast<std::uint32_t>(best + q.exact.size())}, true};
    }
    if (whole) return std::nullopt;
  }
}

std::optional<ByteSpan> place_span(const Document& doc, const FileSpan& s, const JsonPath& at, ImportProblems& problems,
                                   std::vector<std::string>& warnings) {
  const std::size_t n = doc.offsets().code_point_count();
  auto where = [&at] { return at.str(); };  // built only for a problem or a warning
  if (!s.has_start || !s.has_end) {
    problems.add(where() + (s.has_start ? ".end" : ".start"), "missing");
    return std::nullopt;
  }
  auto anchor = anchor_span(doc, s.start, s.end, Quote{s.text, s.prefix, s.suffix});
  if (!anchor) {
    if (!s.text.empty() && s.start <= s.end && s.end <= n) {
      problems.add(where() + ".text", shown(s.text) + " is not in the document (the text at " + cp_range(s.start, s.end) +
                                         " is " + shown(std::string_view(doc.text()).substr(*doc.to_byte(static_cast<std::size_t>(s.start)),
                                                                             *doc.to_byte(static_cast<std::size_t>(s.end)) -
                                                                                 *doc.to_byte(static_cast<std::size_t>(s.start)))) + ")");
    } else if (s.end > n) {
      problems.add(where() + ".end", std::to_string(s.end) + " past end of text (" + std::to_string(n) + ")");
    } else if (s.start > s.end) {
      problems.add(where() + ".start", std::to_string(s.start) + " after end (" + std::to_string(s.end) + ")");
    } else {
      problems.add(where() + ".text", shown(s.text) + " is not in the document");
    }
    return std::nullopt;
  }
  if (anchor->span.empty()) {
    problems.add(where(), "empty span at " + cp_range(s.start, s.end));
    return std::nullopt;
  }
  if (anchor->moved) {
    const std::size_t b = *doc.to_code_point(anchor->span.begin), e = *doc.to_code_point(anchor->span.end);
    warnings.push_back(where() + ": re-anchored " + shown(s.text) + " from " + cp_range(s.start, s.end) + " to " +
                             cp_range(b, e));
  }
  return anchor->span;
}
}  // namespace newsmark::io
