// Putting a span read from a file back on the text. Files carry code point offsets and, most
// of them, the covered text (and, in W3C's TextQuoteSelector, some text before and after).
// When the text at the offsets is not the expected one (the file was made from another copy
// of the article, or a tool counted UTF-16 units), the span is re-anchored: the occurrence of
// the expected text whose surroundings match, nearest to where the file said.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "io/imported_document.h"
#include "io/json/json_read.h"

namespace newsmark::io {

struct Anchor {
  ByteSpan span;
  bool moved = false;  // the offsets were off and the text was found elsewhere
};

struct Quote {
  std::string_view exact;   // the covered text; empty: trust the offsets alone
  std::string_view prefix;  // text right before it, may be empty
  std::string_view suffix;  // text right after it, may be empty
};

// Offsets are code points, end exclusive. Returns nullopt when the offsets are out of range
// (or start > end) and the quote is empty or not found, or the quote is found nowhere.
std::optional<Anchor> anchor_span(const Document& doc, std::uint64_t start, std::uint64_t end, const Quote& quote);

// Up to `code_points` characters of the text right before / after a span (whole characters),
// the context a TextQuoteSelector carries so a span can be found again.
std::string_view text_before(const Document& doc, std::uint32_t byte, std::size_t code_points = 32);
std::string_view text_after(const Document& doc, std::uint32_t byte, std::size_t code_points = 32);

// A span as a file gives it: code point offsets (either may be missing) and the quote.
struct FileSpan {
  std::uint64_t start = 0, end = 0;
  bool has_start = false, has_end = false;
  std::string_view text, prefix, suffix;
};

// Places a file's span on the document, or adds the reason it cannot to `problems` under
// `where` ("annotations[41].end: 9012 past end of text (8800)"); a re-anchored span is
// reported in `warnings`. Empty spans are refused.
std::optional<ByteSpan> place_span(const Document& doc, const FileSpan& span, const JsonPath& at,
                                   ImportProblems& problems, std::vector<std::string>& warnings);

// "start-end" in code points, for messages.
std::string cp_range(std::uint64_t start, std::uint64_t end);

}  // namespace newsmark::io
