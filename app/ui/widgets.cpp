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

}  // namespace newsmark::ui
