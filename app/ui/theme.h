// Light and dark themes. The app follows the system's colour scheme unless the user picks one;
// the palette holds the colours the app draws itself (the reading page, muted text, notices).
#pragma once

#include "imgui.h"

namespace newsmark::ui {

enum class ThemeChoice { system, light, dark };

struct Palette {
  ImU32 page_bg;      // the reading page
  ImU32 page_text;
  ImU32 muted_text;
  ImU32 accent;
  ImU32 error_bg;
  ImU32 warning_bg;
  ImU32 info_bg;
  ImU32 notice_text;
};

// Applies the theme to ImGui's style and returns the matching palette. `coarse_pointer`: a
// finger, not a mouse: frames, menu rows and scrollbars are touch-sized (kTouchTarget tall).
Palette apply_theme(bool dark, bool coarse_pointer = false);

const char* theme_choice_name(ThemeChoice choice);

}  // namespace newsmark::ui
