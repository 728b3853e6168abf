// Tokens with byte offsets, built for news text: curly and straight quotes (with a guess at
// which side they open), dashes, hyphenated words ("Jean-Luc", "fifty-year"), possessives split
// off ("Boeing" + "'s"), numbers with separators ("22,000", "4.5"), and abbreviations that keep
// their period ("U.S.", "Sen.", "Inc.", "J."). Which words are abbreviations is data
// (Lexicons::is_abbreviation); the tokenizer never allocates per token.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace newsmark {

enum class TokenKind : std::uint8_t {
  word,    // letters, possibly with digits, hyphens, apostrophes, periods
  number,  // digits with optional , and . separators: 22,000  4.5
  punct,   // . , ; : ! ? ( ) [ ] / & ...
  quote,   // " “ ” ‘ ’ « » `` ''
  dash,    // — – and a free-standing -
  symbol,  // $ € £ ¥ % # @ and other symbols
};

enum class QuoteSide : std::uint8_t { none, open, close };

namespace token_flags {
inline constexpr std::uint16_t kSpaceBefore = 1 << 0;    // whitespace precedes the token
inline constexpr std::uint16_t kCapitalized = 1 << 1;    // first letter upper case
inline constexpr std::uint16_t kAllCaps = 1 << 2;        // two or more letters, all upper case
inline constexpr std::uint16_t kHasDigit = 1 << 3;
inline constexpr std::uint16_t kAbbreviation = 1 << 4;   // ends with a period that belongs to it
inline constexpr std::uint16_t kPossessive = 1 << 5;     // the token is 's or ’s
inline constexpr std::uint16_t kLineStart = 1 << 6;      // first token on its line
inline constexpr std::uint16_t kParagraphStart = 1 << 7; // after a blank line (or text start)
inline constexpr std::uint16_t kHyphenated = 1 << 8;
}  // namespace token_flags

struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  QuoteSide quote = QuoteSide::none;
  std::uint16_t flags = 0;

  bool has(std::uint16_t f) const { return (flags & f) != 0; }
  std::string_view text(std::string_view doc) const { return doc.substr(begin, end - begin); }
};

// Whether `word` (without its period) is an abbreviation that keeps a following period.
using AbbreviationTest = std::function<bool(std::string_view word)>;

std::vector<Token> tokenize(std::string_view text, const AbbreviationTest& is_abbreviation);

}  // namespace newsmark
