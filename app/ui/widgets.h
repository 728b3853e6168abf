// Small drawing helpers shared by the views.
#pragma once

#include <string_view>

#include "imgui.h"

namespace newsmark::ui {

// A filled, high-contrast button for the main action of a screen.
bool primary_button(const char* label, const ImVec2& size = ImVec2(0, 0), bool enabled = true);

// Text in the palette's muted colour.
void muted_text(ImU32 color, const char* text);

// Horizontal start and width of a centred column no wider than `max_width`.
void centered_column(float max_width, float& x, float& width);

// What a person typed into a field, without the spaces and tabs around it ("" for blanks only).
std::string_view trim_blanks(std::string_view typed);

}  // namespace newsmark::ui
