// Pairs quotation marks into quoted pieces, the raw material of the quote stage.
//
// Double marks (" “ ” « » „ `` '') are paired line by line. News style continues a quote over
// paragraphs by leaving the mark open at a paragraph's end and opening again on the next
// line; some sites leave the next line's opening mark out and only close at the end. Both
// come out as one piece per paragraph, chained with `continues`, because a highlight per
// paragraph is what a reader can follow (and what annotated corpora such as GUM mark).
// Single marks (‘ ’ ' ‹ ›) pair only within a line and a short distance: longer stretches are
// apostrophes, not quotes.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

struct QuotedPiece {
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  std::uint32_t open = kNone;   // token index of the opening mark; kNone when the piece starts a line without one
  std::uint32_t close = kNone;  // token index of the closing mark; kNone when it runs to its line's end
  std::uint32_t first = 0;      // first token inside the marks
  std::uint32_t end = 0;        // one past the last token inside
  ByteSpan span;                // the piece with its marks
  bool single = false;          // single marks
  bool continues = false;       // continues the piece before it (a quote over paragraphs)
};

// Pieces in text order. Pieces of single marks may sit inside pieces of double marks.
std::vector<QuotedPiece> find_quoted_pieces(std::string_view text, std::span<const Token> tokens);

}  // namespace newsmark
