// UTF-8 validation, decoding and repair.
//
// A Document's text is always valid UTF-8. Text from outside (a paste, a file, a JS string with
// lone surrogates) goes through repair_utf8 first: every maximal ill-formed subsequence becomes
// one U+FFFD, the practice the Unicode standard recommends and browsers' TextDecoder follow,
// and the caller is told how many replacements were made and where the first one was, so the
// user can be warned instead of silently losing bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsmark::utf8 {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// One decoded step: the code point (kReplacementChar when invalid) and how many bytes it used
// (always >= 1 so loops make progress; for an invalid sequence, the maximal ill-formed prefix).
struct Decoded {
  char32_t code_point;
  std::size_t length;
  bool valid;
};

// Decodes the sequence starting at text[pos]; pos must be < text.size().
Decoded decode(std::string_view text, std::size_t pos);

bool is_valid(std::string_view text);

struct Repair {
  std::string text;                  // valid UTF-8
  std::size_t replacements = 0;      // number of U+FFFD inserted
  std::size_t first_invalid = std::string_view::npos;  // byte offset in the input
  bool changed() const { return replacements > 0; }
};

Repair repair(std::string_view input);

// Appends the UTF-8 encoding of cp (surrogates and values past U+10FFFF become U+FFFD).
void append(std::string& out, char32_t cp);

// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view valid_text);

// True when byte offset `pos` starts a code point or is text.size() (valid text assumed).
bool is_boundary(std::string_view valid_text, std::size_t pos);

}  // namespace newsmark::utf8
