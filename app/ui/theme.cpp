#include "ui/theme.h"

#include "ui/fonts.h"
#include "ui/widgets.h"

namespace newsmark::ui {

Palette apply_theme(bool dark, bool coarse_pointer) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  style.WindowRounding = 0.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.ScrollbarRounding = 6.0f;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 8);
  style.WindowPadding = ImVec2(12, 10);
  style.ScrollbarSize = 14.0f;
  if (coarse_pointer) {
    // A fingertip covers ~10 mm: every frame (buttons, fields, combos, the menu bar) is at
    // least kTouchTarget tall, and a drag handle or scrollbar wide enough to grab.
    style.FramePadding = ImVec2(12, (kTouchTarget - kUiFontSize) * 0.5f);
    style.ItemSpacing = ImVec2(10, 10);
    style.ScrollbarSize = 24.0f;
    style.GrabMinSize = 28.0f;
    style.TouchExtraPadding = ImVec2(2, 2);
  }
  ImVec4* c = style.Colors;
  // Menus, tooltips and popups are opaque: the article's highlights showing through them read
  // as part of the popup.
  c[ImGuiCol_PopupBg].w = 1.0f;
  Palette p{};
  if (dark) {
    c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.15f, 0.16f, 0.19f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.20f, 0.38f, 0.62f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.26f, 0.46f, 0.74f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.17f, 0.32f, 0.54f, 1.0f);
    p.page_bg = IM_COL32(30, 32, 37, 255);
    p.page_text = IM_COL32(226, 228, 233, 255);
    p.muted_text = IM_COL32(150, 156, 168, 255);
    p.accent = IM_COL32(52, 110, 200, 255);
    p.error_bg = IM_COL32(120, 36, 40, 255);
    p.warning_bg = IM_COL32(112, 84, 20, 255);
    p.info_bg = IM_COL32(34, 70, 110, 255);
    p.notice_text = IM_COL32(245, 245, 245, 255);
  } else {
    c[ImGuiCol_WindowBg] = ImVec4(0.95f, 0.95f, 0.96f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.89f, 0.90f, 0.92f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.75f, 0.76f, 0.79f, 1.0f);
    style.FrameBorderSize = 1.0f;
    p.page_bg = IM_COL32(255, 255, 255, 255);
    p.page_text = IM_COL32(28, 30, 34, 255);
    p.muted_text = IM_COL32(96, 102, 112, 255);
    p.accent = IM_COL32(28, 92, 190, 255);
    p.error_bg = IM_COL32(253, 226, 226, 255);
    p.warning_bg = IM_COL32(255, 240, 200, 255);
    p.info_bg = IM_COL32(222, 236, 252, 255);
    p.notice_text = IM_COL32(30, 30, 30, 255);
  }
  return p;
}

const char* theme_choice_name(ThemeChoice choice) {
  switch (choice) {
    case ThemeChoice::system: return "System";
    case ThemeChoice::light: return "Light";
    case ThemeChoice::dark: return "Dark";
  }
  return "System";
}

}  // namespace newsmark::ui
