#include "ui/widgets.h"

#include <algorithm>

#include "imgui_internal.h"

namespace newsmark::ui {
namespace {
bool g_coarse_pointer = false;
std::map<std::string, TargetRect, std::less<>> g_targets;
}  // namespace

void clear_targets() { g_targets.clear(); }

void mark_target(std::string_view name) { mark_target(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

void mark_target(std::string_view name, ImVec2 min, ImVec2 max) {
  g_targets.insert_or_assign(std::string(name), TargetRect{min.x, min.y, max.x, max.y});
}

const std::map<std::string, TargetRect, std::less<>>& targets() { return g_targets; }

void set_coarse_pointer(bool coarse) { g_coarse_pointer = coarse; }
bool coarse_pointer() { return g_coarse_pointer; }

bool begin_menu(const char* label, bool enabled) {
  const bool open = ImGui::BeginMenu(label, enabled);
  mark_target(std::string("menu:") + label);
  if (!open) return false;
  push_menu_row_spacing();
  return true;
}

void end_menu() {
  pop_menu_row_spacing();
  ImGui::EndMenu();
}

void push_menu_row_spacing() {
  if (!g_coarse_pointer) return;
  // A menu row is a line of text plus the spacing below it.
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                      ImVec2(style.ItemSpacing.x, std::max(style.ItemSpacing.y, kTouchTarget - ImGui::GetTextLineHeight())));
}

void pop_menu_row_spacing() {
  if (g_coarse_pointer) ImGui::PopStyleVar();
}

bool bar_button(const char* label, bool selected) {
  // The bar's full height, from its top (its items start a frame padding down, and a
  // Selectable there would sit on the text baseline).
  const ImRect bar = ImGui::GetCurrentWindow()->MenuBarRect();
  const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
  const float w = text.x + ImGui::GetStyle().FramePadding.x * 2.0f;
  const ImVec2 at(ImGui::GetCursorScreenPos().x, bar.Min.y);
  ImGui::SetCursorScreenPos(at);
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(w, bar.GetHeight()));
  const bool lit = selected || ImGui::IsItemHovered() || ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (lit) {
    dl->AddRectFilled(at, ImVec2(at.x + w, bar.Max.y),
                      ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_HeaderActive : selected ? ImGuiCol_Header : ImGuiCol_HeaderHovered));
  }
  dl->AddText(ImVec2(at.x + (w - text.x) * 0.5f, bar.Min.y + (bar.GetHeight() - text.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text), label,
              ImGui::FindRenderedTextEnd(label));
  return pressed;
}

void touch_scroll() {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = g.CurrentWindow;
  const ImGuiIO& io = g.IO;
  if (io.MouseSource != ImGuiMouseSource_TouchScreen || !io.MouseDown[ImGuiMouseButton_Left]) return;
  if (g.HoveredWindow != window || window->ScrollMax.y <= 0.0f || io.WantTextInput) return;
  // Begun on the content, not on the scrollbar (which drags as it does for a mouse).
  if (!window->InnerClipRect.Contains(io.MouseClickedPos[ImGuiMouseButton_Left])) return;
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
  ImGui::SetScrollY(std::clamp(window->Scroll.y - io.MouseDelta.y, 0.0f, window->ScrollMax.y));
  if (g.ActiveId != 0) ImGui::ClearActiveID();
}

bool small_button(const char* label) { return g_coarse_pointer ? ImGui::Button(label) : ImGui::SmallButton(label); }

ImVec2 row_size(float width) {
  return ImVec2(width, g_coarse_pointer ? kTouchTarget : 0.0f);
}

const char* shortcut(const char* keys) { return g_coarse_pointer ? nullptr : keys; }

void open_popup_on_long_press(const char* popup_id) {
  constexpr float kHold = 0.5f;  // seconds, as the reading view's long press
  const ImGuiIO& io = ImGui::GetIO();
  const float held = io.MouseDownDuration[ImGuiMouseButton_Left];
  if (ImGui::IsItemActive() && held >= kHold && held - io.DeltaTime < kHold && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
    ImGui::OpenPopup(popup_id);
  }
}

const char* hint(const char* keyboard, const char* touch) { return g_coarse_pointer ? touch : keyboard; }

void fit_next_window(ImVec2 size) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 room(std::max(vp->WorkSize.x - 16.0f, 100.0f), std::max(vp->WorkSize.y - 16.0f, 100.0f));
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (size.x > 0 || size.y > 0) {
    ImGui::SetNextWindowSize(ImVec2(std::min(size.x, room.x), std::min(size.y, room.y)), ImGuiCond_Appearing);
  }
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), room);
}

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
