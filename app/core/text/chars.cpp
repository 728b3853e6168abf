#include "core/text/chars.h"

namespace newsmark::chars {

bool is_space_slow(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool is_letter_slow(char32_t c) {
  if (c < 0x80) return is_ascii_upper(c) || is_ascii_lower(c);
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation and symbols
  if (c == 0xD7 || c == 0xF7) return false;                  // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;              // punctuation, symbols, arrows ...
  if (c >= 0x3000 && c <= 0x303F) return false;              // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF20) return false;              // fullwidth punctuation
  if (c >= 0x1F000) return false;                            // emoji and pictographs
  if (c == 0xFFFD) return false;
  return true;
}

bool is_upper_slow(char32_t c) {
  if (c < 0x80) return is_ascii_upper(c);
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;  // Latin Extended-A pairs upper/lower ...
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;  // ... shifted by one here
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  if (c == 0x178) return true;                      // Ÿ
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;
  if (c >= 0x391 && c <= 0x3AB) return true;  // Greek capitals
  if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic capitals
  return false;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return is_ascii_lower(c);
  return is_letter(c) && !is_upper(c);
}

bool is_quote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB ||
         c == 0xBB || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2039 ||
         c == 0x203A || c == '`';
}

bool is_dash(char32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012 || c == 0x2212; }

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool is_currency_symbol(char32_t c) {
  return c == '$' || c == 0xA3 || c == 0xA5 || c == 0x20AC || (c >= 0x20A0 && c <= 0x20CF) || c == 0xA2;
}

}  // namespace newsmark::chars
