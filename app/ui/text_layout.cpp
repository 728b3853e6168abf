#include "ui/text_layout.h"

#include <algorithm>
#include <cfloat>

#include "core/text/utf8.h"
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

float TextLayout::x_of(std::string_view text, std::size_t line, std::uint32_t byte) const {
  if (line >= lines_.size() || font_ == nullptr) return 0.0f;
  const LayoutLine& l = lines_[line];
  const std::uint32_t b = std::clamp(byte, l.begin, l.end);
  return font_->CalcTextSizeA(size_, FLT_MAX, 0.0f, text.data() + l.begin, text.data() + b).x;
}

std::uint32_t TextLayout::byte_at(std::string_view text, std::size_t line, float dx) const {
  if (line >= lines_.size() || font_ == nullptr) return 0;
  const LayoutLine& l = lines_[line];
  const float scale = size_ / font_->FontSize;
  float x = 0.0f;
  std::uint32_t p = l.begin;
  while (p < l.end) {
    const utf8::Decoded d = utf8::decode(text.substr(0, l.end), p);
    const ImWchar c = d.code_point <= 0xFFFF ? static_cast<ImWchar>(d.code_point) : static_cast<ImWchar>(0xFFFD);
    const float advance = font_->GetCharAdvance(c) * scale;
    if (dx < x + advance * 0.5f) return p;  // nearer this character's left edge
    x += advance;
    p += static_cast<std::uint32_t>(d.length > 0 ? d.length : 1);
  }
  return l.end;
}

}  // namespace newsmark::ui
