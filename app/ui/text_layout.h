// Word-wrapped layout of a long text into lines, computed once per (text, font, size, width)
// and reused every frame, so drawing only needs the lines that are on screen. Paragraphs are
// separated by '\n'; a wrap never splits a UTF-8 character. The annotation canvas draws,
// hit-tests and selects with it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

struct ImFont;

namespace newsmark::ui {

struct LayoutLine {
  std::uint32_t begin;  // byte offsets into the text
  std::uint32_t end;    // exclusive, trailing spaces and the newline excluded
};

class TextLayout {
 public:
  // Recomputes only when an input changed; returns true when it did.
  bool update(std::string_view text, std::uint64_t text_version, ImFont* font, float font_size,
              float wrap_width);

  const std::vector<LayoutLine>& lines() const { return lines_; }
  // Index of the line holding byte offset `byte` (the last line for the end of the text).
  std::size_t line_of(std::size_t byte) const;
  // Hit-testing, in the layout's font and size. `x_of`: the distance from the line's left edge
  // to byte offset `byte` (clamped to the line). `byte_at`: the character boundary on `line`
  // nearest to `dx` pixels from its left edge (never inside a UTF-8 sequence).
  float x_of(std::string_view text, std::size_t line, std::uint32_t byte) const;
  std::uint32_t byte_at(std::string_view text, std::size_t line, float dx) const;

 private:
  std::vector<LayoutLine> lines_;
  std::uint64_t version_ = ~std::uint64_t{0};
  const ImFont* font_ = nullptr;
  float size_ = 0, width_ = 0;
};

}  // namespace newsmark::ui
