// Character classes over code points, shared by the tokenizer and the rules. Coarse on purpose:
// what matters for news text is letters vs digits vs punctuation, and upper vs lower case for
// Latin, Greek and Cyrillic.
#pragma once

namespace newsmark::chars {

inline bool is_ascii_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_space_slow(char32_t c);
bool is_letter_slow(char32_t c);
bool is_upper_slow(char32_t c);

// ASCII answers inline: most of news text is ASCII and these run for every character.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return is_space_slow(c);
}
inline bool is_letter(char32_t c) {  // any script; digits and punctuation excluded
  if (c < 0x80) return is_ascii_upper(c) || is_ascii_lower(c);
  return is_letter_slow(c);
}
inline bool is_upper(char32_t c) {
  if (c < 0x80) return is_ascii_upper(c);
  return is_upper_slow(c);
}
bool is_lower(char32_t c);
bool is_quote(char32_t c);
bool is_dash(char32_t c);          // — – ― (not the ASCII hyphen)
bool is_apostrophe(char32_t c);    // ' ’
bool is_currency_symbol(char32_t c);

}  // namespace newsmark::chars
