#include "core/text/utf8.h"

namespace newsmark::utf8 {
namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

Decoded decode(std::string_view text, std::size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const unsigned char b0 = s[pos];
  if (b0 < 0x80) return {b0, 1, true};

  // Expected length and the allowed range of the second byte (Unicode Table 3-7), which
  // rules out overlong forms, surrogates and values past U+10FFFF.
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) { len = 2; cp = b0 & 0x1F; }
  else if (b0 == 0xE0) { len = 3; lo = 0xA0; cp = b0 & 0x0F; }
  else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) { len = 3; cp = b0 & 0x0F; }
  else if (b0 == 0xED) { len = 3; hi = 0x9F; cp = b0 & 0x0F; }
  else if (b0 == 0xF0) { len = 4; lo = 0x90; cp = b0 & 0x07; }
  else if (b0 >= 0xF1 && b0 <= 0xF3) { len = 4; cp = b0 & 0x07; }
  else if (b0 == 0xF4) { len = 4; hi = 0x8F; cp = b0 & 0x07; }
  else return {kReplacementChar, 1, false};  // 0x80..0xC1, 0xF5..0xFF never start a sequence

  for (std::size_t i = 1; i < len; ++i) {
    if (pos + i >= n) return {kReplacementChar, i, false};
    const unsigned char b = s[pos + i];
    const bool ok = (i == 1) ? (b >= lo && b <= hi) : is_continuation(b);
    if (!ok) return {kReplacementChar, i, false};  // the maximal subpart ends before b
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, len, true};
}

bool is_valid(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Fast path over ASCII runs.
    if (static_cast<unsigned char>(text[pos]) < 0x80) { ++pos; continue; }
    const Decoded d = decode(text, pos);
    if (!d.valid) return false;
    pos += d.length;
  }
  return true;
}

Repair repair(std::string_view input) {
  Repair r;
  r.text.reserve(input.size());
  std::size_t pos = 0;
  while (pos < input.size()) {
    const std::size_t run_start = pos;
    while (pos < input.size() && static_cast<unsigned char>(input[pos]) < 0x80) ++pos;
    r.text.append(input.substr(run_start, pos - run_start));
    if (pos >= input.size()) break;
    const Decoded d = decode(input, pos);
    if (d.valid) {
      r.text.append(input.substr(pos, d.length));
    } else {
      if (r.replacements == 0) r.first_invalid = pos;
      ++r.replacements;
      append(r.text, kReplacementChar);
    }
    pos += d.length;
  }
  return r;
}

void append(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t count_code_points(std::string_view valid_text) {
  std::size_t count = 0;
  for (const char c : valid_text) {
    if (!is_continuation(static_cast<unsigned char>(c))) ++count;
  }
  return count;
}

bool is_boundary(std::string_view valid_text, std::size_t pos) {
  if (pos == valid_text.size()) return true;
  if (pos > valid_text.size()) return false;
  return !is_continuation(static_cast<unsigned char>(valid_text[pos]));
}

}  // namespace newsmark::utf8
