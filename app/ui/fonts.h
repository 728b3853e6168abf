// The UI's fonts: Noto Sans (from Debian's fonts-noto-core, embedded at build time) in the
// sizes the app uses, rasterized for the display's pixel ratio so text stays crisp on hi-DPI
// screens, with glyphs for Latin, Latin Extended, Greek, Cyrillic, general punctuation
// (curly quotes, dashes, ellipsis) and currency signs.
#pragma once

struct ImFont;

namespace newsmark::ui {

struct Fonts {
  ImFont* ui = nullptr;       // labels, buttons, panels
  ImFont* ui_bold = nullptr;
  ImFont* reading = nullptr;  // the article text
  ImFont* heading = nullptr;  // article title, welcome heading
  float pixel_ratio = 0.0f;   // the ratio the atlas was built for
};

inline constexpr float kUiFontSize = 16.0f;
inline constexpr float kReadingFontSize = 19.0f;
inline constexpr float kHeadingFontSize = 28.0f;

// Rebuilds ImGui's font atlas for `pixel_ratio` (the renderer's font texture must be
// recreated afterwards). Sets io.FontGlobalScale so sizes stay in logical pixels.
Fonts build_fonts(float pixel_ratio);

}  // namespace newsmark::ui
