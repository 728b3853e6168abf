// Word-wrapped layout of a long text into lines, computed once per (text, font, size, width)
// and reused every frame, so drawing only needs the lines that are on screen. Paragraphs are
// separated by '\n'; a wrap never splits a UTF-8 character. This is the reading view's layout
// now and the annotation canvas's base later.
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

 private:
  std::vector<LayoutLine> lines_;
  std::uint64_t version_ = ~std::uint64_t{0};
  const ImFont* font_ = nullptr;
  float size_ = 0, width_ = 0;
};

}  // namespace newsmark::ui
