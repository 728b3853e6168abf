#include "ui/fonts.h"

#include <cstddef>

#include "imgui.h"

extern const unsigned char newsmark_font_regular[];
extern const std::size_t newsmark_font_regular_size;
extern const unsigned char newsmark_font_bold[];
extern const std::size_t newsmark_font_bold_size;

namespace newsmark::ui {
namespace {

// Pairs of inclusive ranges, zero-terminated (ImGui's format).
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement
    0x0100, 0x024F,  // Latin Extended-A and -B
    0x0370, 0x03FF,  // Greek
    0x0400, 0x04FF,  // Cyrillic
    0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese ...)
    0x2000, 0x206F,  // General Punctuation: ‘ ’ “ ” – — … •
    0x20A0, 0x20CF,  // Currency symbols: € ₹ ₽ ...
    0x2100, 0x214F,  // Letterlike symbols: №, ™
    0x2190, 0x21FF,  // Arrows
    0xFFFD, 0xFFFD,  // the replacement character shown for repaired bytes
    0,
};

ImFont* add(const unsigned char* data, std::size_t size, float px, float ratio) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // static data, never freed
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data),
                                                    static_cast<int>(size), px * ratio, &cfg,
                                                    kGlyphRanges);
}

}  // namespace

Fonts build_fonts(float pixel_ratio) {
  if (pixel_ratio < 1.0f) pixel_ratio = 1.0f;
  if (pixel_ratio > 4.0f) pixel_ratio = 4.0f;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts f;
  f.ui = add(newsmark_font_regular, newsmark_font_regular_size, kUiFontSize, pixel_ratio);
  f.ui_bold = add(newsmark_font_bold, newsmark_font_bold_size, kUiFontSize, pixel_ratio);
  f.reading = add(newsmark_font_regular, newsmark_font_regular_size, kReadingFontSize, pixel_ratio);
  f.heading = add(newsmark_font_bold, newsmark_font_bold_size, kHeadingFontSize, pixel_ratio);
  io.Fonts->Build();
  io.FontDefault = f.ui;
  io.FontGlobalScale = 1.0f / pixel_ratio;
  f.pixel_ratio = pixel_ratio;
  return f;
}

}  // namespace newsmark::ui
