// Small drawing helpers shared by the views.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "imgui.h"

namespace newsmark::ui {

// Touch targets are at least this tall (CSS px) when the pointer is coarse (WCAG 2.5.5,
// Apple's and Google's guidelines: 44-48 px).
inline constexpr float kTouchTarget = 44.0f;
// Below this width (CSS px) the layout is narrow: one menu button, the side panel a drawer.
// A phone is 320-430 px wide, a tablet in portrait 768, a Chromebook at 200% zoom 683.
inline constexpr float kNarrowWidth = 720.0f;
inline bool is_narrow(float width) { return width < kNarrowWidth; }

// Whether the pointer is a finger (set by the app once per frame from platform::coarse_pointer).
void set_coarse_pointer(bool coarse);
bool coarse_pointer();

// Where named controls were drawn in the last frame (logical px: x0, y0, x1, y1), for automation
// and for the tests that tap them and measure them: mark_target() after drawing the item.
struct TargetRect {
  float x0, y0, x1, y1;
};
void clear_targets();  // at the start of a frame
void mark_target(std::string_view name);
void mark_target(std::string_view name, ImVec2 min, ImVec2 max);  // a region (a window)
const std::map<std::string, TargetRect, std::less<>>& targets();

// A menu (ImGui::BeginMenu / EndMenu), marked as the target "menu:<label>", whose rows are
// kTouchTarget tall on a coarse pointer.
bool begin_menu(const char* label, bool enabled = true);
void end_menu();
// The same row spacing for a menu of one's own (a popup of menu items): push after its Begin,
// pop before its End. Nothing on a fine pointer.
void push_menu_row_spacing();
void pop_menu_row_spacing();
// A button in the menu bar as tall as the bar (a menu bar's items are a text line tall).
bool bar_button(const char* label, bool selected = false);
// The current window scrolls with a finger's swipe (ImGui scrolls only by wheel and scrollbar):
// call before its End / EndChild. A swipe that starts on a row does not press it.
void touch_scroll();
// A small button beside text, but full touch height on a coarse pointer.
bool small_button(const char* label);
// The size of a list row (ImGui::Selectable) `width` wide: a text line, or on a coarse pointer
// kTouchTarget tall.
ImVec2 row_size(float width = 0.0f);
// A menu item's shortcut text, or none on a coarse pointer (there is no keyboard to press it on).
const char* shortcut(const char* keys);
// Opens the last item's context menu (`popup_id`, as given to BeginPopupContextItem) when a
// finger presses and holds it: touch screens have no right button.
void open_popup_on_long_press(const char* popup_id);
// The hint for a keyboard shortcut, or for a finger (`touch`) when the pointer is coarse.
const char* hint(const char* keyboard, const char* touch);

// The next window (a dialog) appears centred at `size`, or smaller to fit the screen, and never
// grows past the screen: a phone's or a zoomed-in Chromebook's.
void fit_next_window(ImVec2 size);

// A filled, high-contrast button for the main action of a screen.
bool primary_button(const char* label, const ImVec2& size = ImVec2(0, 0), bool enabled = true);

// Text in the palette's muted colour.
void muted_text(ImU32 color, const char* text);

// Horizontal start and width of a centred column no wider than `max_width`.
void centered_column(float max_width, float& x, float& width);

// What a person typed into a field, without the spaces and tabs around it ("" for blanks only).
std::string_view trim_blanks(std::string_view typed);

}  // namespace newsmark::ui
