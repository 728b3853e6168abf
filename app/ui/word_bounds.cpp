#include "ui/word_bounds.h"

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace newsmark::ui {
namespace {

bool is_word_cp(char32_t c) { return chars::is_letter(c) || chars::is_digit(c); }
bool is_joiner(char32_t c) { return c == '\'' || c == 0x2019 || c == '-'; }

// The code point starting at `byte` (0 at the end).
char32_t at(std::string_view text, std::uint32_t byte) {
  return byte < text.size() ? utf8::decode(text, byte).code_point : 0;
}

// Start of the character before `byte`.
std::uint32_t back(std::string_view text, std::uint32_t byte) {
  if (byte == 0) return 0;
  std::uint32_t b = byte - 1;
  while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  return b;
}

std::uint32_t forward(std::string_view text, std::uint32_t byte) {
  return byte >= text.size() ? byte : byte + static_cast<std::uint32_t>(utf8::decode(text, byte).length);
}

// Whether the character at `byte` belongs to a word: a letter or digit, or a joiner between two.
bool in_word(std::string_view text, std::uint32_t byte) {
  if (byte >= text.size()) return false;
  const char32_t c = at(text, byte);
  if (is_word_cp(c)) return true;
  if (!is_joiner(c) || byte == 0) return false;
  return is_word_cp(at(text, back(text, byte))) && is_word_cp(at(text, forward(text, byte)));
}

std::uint32_t word_start(std::string_view text, std::uint32_t byte) {
  while (byte > 0 && in_word(text, back(text, byte))) byte = back(text, byte);
  return byte;
}

std::uint32_t word_end(std::string_view text, std::uint32_t byte) {
  while (byte < text.size() && in_word(text, byte)) byte = forward(text, byte);
  return byte;
}

}  // namespace

ByteSpan word_at(std::string_view text, std::uint32_t byte) {
  if (byte > text.size()) byte = static_cast<std::uint32_t>(text.size());
  if (in_word(text, byte)) return ByteSpan{word_start(text, byte), word_end(text, byte)};
  if (byte > 0 && in_word(text, back(text, byte))) return ByteSpan{word_start(text, back(text, byte)), byte};
  return ByteSpan{byte, byte};
}

ByteSpan snap_to_words(std::string_view text, ByteSpan span) {
  if (span.end > text.size()) span.end = static_cast<std::uint32_t>(text.size());
  if (span.begin >= span.end) return span;
  // Skip spaces and punctuation at the edges first, so a drag that starts just before a word
  // does not take the word before it.
  std::uint32_t b = span.begin, e = span.end;
  while (b < e && !in_word(text, b)) b = forward(text, b);
  while (e > b && !in_word(text, back(text, e))) e = back(text, e);
  if (b >= e) return span;
  return ByteSpan{word_start(text, b), word_end(text, back(text, e))};
}

std::uint32_t next_word_end(std::string_view text, std::uint32_t byte) {
  while (byte < text.size() && !in_word(text, byte)) byte = forward(text, byte);
  return word_end(text, byte);
}

std::uint32_t previous_word_start(std::string_view text, std::uint32_t byte) {
  while (byte > 0 && !in_word(text, back(text, byte))) byte = back(text, byte);
  return word_start(text, byte);
}

std::uint32_t next_word_start(std::string_view text, std::uint32_t byte) {
  const std::uint32_t from = byte;
  byte = word_end(text, byte);
  while (byte < text.size() && !in_word(text, byte)) byte = forward(text, byte);
  return byte < text.size() ? byte : from;
}

std::uint32_t previous_word_end(std::string_view text, std::uint32_t byte) {
  const std::uint32_t from = byte;
  byte = word_start(text, byte);
  while (byte > 0 && !in_word(text, back(text, byte))) byte = back(text, byte);
  return byte > 0 ? byte : from;
}

}  // namespace newsmark::ui
