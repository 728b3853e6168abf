#include "core/sources/quote_marks.h"

#include <algorithm>

namespace newsmark {
namespace {

// Double marks start with " “ ” « » „ or are `` ''; single ones are ‘ ’ ' ‹ ›.
bool is_double_mark(std::string_view mark) {
  if (mark.size() == 2) return true;  // `` or ''
  if (mark == "\"") return true;
  return mark == "\u201C" || mark == "\u201D" || mark == "\u00AB" || mark == "\u00BB" || mark == "\u201E";
}

constexpr std::uint32_t kMaxSingleTokens = 40;

}  // namespace

std::vector<QuotedPiece> find_quoted_pieces(std::string_view text, std::span<const Token> toks) {
  std::vector<QuotedPiece> out;
  const auto n = static_cast<std::uint32_t>(toks.size());
  std::uint32_t open = QuotedPiece::kNone;  // an open double mark
  std::uint32_t line_start = 0;             // first token of the current line
  bool pending = false;      // the previous line ended inside a quote
  bool continuing = false;   // the open piece continues the one before it
  std::uint32_t single_open = QuotedPiece::kNone;

  auto emit = [&](std::uint32_t o, std::uint32_t c, std::uint32_t first, std::uint32_t end, bool single, bool cont) {
    if (end <= first) return;  // empty marks: nothing quoted
    QuotedPiece p;
    p.open = o;
    p.close = c;
    p.first = first;
    p.end = end;
    p.single = single;
    p.continues = cont;
    p.span.begin = o != QuotedPiece::kNone ? toks[o].begin : toks[first].begin;
    p.span.end = c != QuotedPiece::kNone ? toks[c].end : toks[end - 1].end;
    out.push_back(p);
  };

  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    if (t.has(token_flags::kLineStart) && i > 0) {
      // A double quote still open at a line's end ends its piece there; the next line may
      // continue it.
      pending = open != QuotedPiece::kNone;
      if (pending) emit(open, QuotedPiece::kNone, open + 1, i, false, continuing);
      open = QuotedPiece::kNone;
      continuing = false;
      single_open = QuotedPiece::kNone;
      line_start = i;
    }
    if (t.kind != TokenKind::quote) continue;
    const std::string_view mark = t.text(text);
    if (!is_double_mark(mark)) {
      if (t.quote == QuoteSide::open) {
        single_open = i;
      } else if (single_open != QuotedPiece::kNone) {
        if (i - single_open <= kMaxSingleTokens) emit(single_open, i, single_open + 1, i, true, false);
        single_open = QuotedPiece::kNone;
      }
      continue;
    }
    if (open == QuotedPiece::kNone) {
      if (t.quote == QuoteSide::open) {
        open = i;
        continuing = pending && i == line_start;
      } else if (pending) {
        // The line continued the quote without an opening mark and closes it here.
        emit(QuotedPiece::kNone, i, line_start, i, false, true);
        pending = false;
      }
      // Otherwise a stray closing mark: nothing to pair it with.
    } else if (t.quote == QuoteSide::close) {
      emit(open, i, open + 1, i, false, continuing);
      open = QuotedPiece::kNone;
      pending = false;
      continuing = false;
    } else {
      // Two opening marks in a row: the first was never closed on this line. Start again here.
      open = i;
      continuing = false;
    }
  }
  if (open != QuotedPiece::kNone) emit(open, QuotedPiece::kNone, open + 1, n, false, continuing);
  // Single-mark pieces were emitted when they closed, possibly before an enclosing double
  // piece: restore text order.
  std::stable_sort(out.begin(), out.end(), [](const QuotedPiece& a, const QuotedPiece& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  return out;
}

}  // namespace newsmark
