#include "ui/widgets.h"

#include <algorithm>

namespace newsmark::ui {

bool primary_button(const char* label, const ImVec2& size, bool enabled) {
  ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(31, 99, 196, 255));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(45, 115, 215, 255));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(24, 80, 165, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::Button(label, size);
  ImGui::EndDisabled();
  ImGui::PopStyleColor(4);
  return pressed;
}

void muted_text(ImU32 color, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextWrapped("%s", text);
  ImGui::PopStyleColor();
}

void centered_column(float max_width, float& x, float& width) {
  const float avail = ImGui::GetContentRegionAvail().x;
  width = std::min(max_width, avail);
  x = ImGui::GetCursorPosX() + (avail - width) * 0.5f;
}

std::string_view trim_blanks(std::string_view typed) {
  while (!typed.empty() && (typed.front() == ' ' || typed.front() == '\t')) typed.remove_prefix(1);
  while (!typed.empty() && (typed.back() == ' ' || typed.back() == '\t')) typed.remove_suffix(1);
  return typed;
}

}  // namespace newsmark::ui
