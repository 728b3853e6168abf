#include "ui/text_layout.h"

#include <algorithm>

#include "imgui.h"

namespace newsmark::ui {

bool TextLayout::update(std::string_view text, std::uint64_t text_version, ImFont* font,
                        float font_size, float wrap_width) {
  if (text_version == version_ && font == font_ && font_size == size_ && wrap_width == width_) {
    return false;
  }
  version_ = text_version;
  font_ = font;
  size_ = font_size;
  width_ = wrap_width;
  lines_.clear();
  // ImFont::CalcWordWrapPositionA works in the font's own size: scale the width to it.
  const float scale = font_size / font->FontSize;
  const char* const base = text.data();
  const char* const end = base + text.size();
  const char* p = base;
  while (p <= end) {
    const char* para_end = std::find(p, end, '\n');
    if (p == para_end) {
      lines_.push_back({static_cast<std::uint32_t>(p - base), static_cast<std::uint32_t>(p - base)});
    }
    while (p < para_end) {
      const char* brk = font->CalcWordWrapPositionA(scale, p, para_end, wrap_width);
      if (brk <= p) {
        brk = p + 1;  // a glyph wider than the line: take at least one character
        while (brk < para_end && (static_cast<unsigned char>(*brk) & 0xC0) == 0x80) ++brk;
      }
      const char* line_end = brk;
      while (line_end > p && line_end[-1] == ' ') --line_end;
      lines_.push_back({static_cast<std::uint32_t>(p - base), static_cast<std::uint32_t>(line_end - base)});
      p = brk;
      while (p < para_end && *p == ' ') ++p;  // the next line starts at the next word
    }
    if (para_end == end) break;
    p = para_end + 1;
  }
  return true;
}

std::size_t TextLayout::line_of(std::size_t byte) const {
  if (lines_.empty()) return 0;
  auto it = std::upper_bound(lines_.begin(), lines_.end(), byte,
                             [](std::size_t b, const LayoutLine& l) { return b < l.begin; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

}  // namespace newsmark::ui
