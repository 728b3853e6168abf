#include "ui/notices.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/widgets.h"

namespace newsmark::ui {
namespace {
constexpr double kInfoSeconds = 8.0;
constexpr std::size_t kMaxNotices = 4;
}  // namespace

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "info";
}

void NoticeBoard::add(Severity severity, std::string text) {
  const double now = ImGui::GetCurrentContext() != nullptr ? ImGui::GetTime() : 0.0;
  notices_.insert(notices_.begin(), Notice{severity, std::move(text), now});
  if (notices_.size() > kMaxNotices) notices_.resize(kMaxNotices);
}

void NoticeBoard::draw(const Palette& palette, float width) {
  const double now = ImGui::GetTime();
  notices_.erase(std::remove_if(notices_.begin(), notices_.end(),
                                [&](const Notice& n) {
                                  return n.severity == Severity::info && now - n.shown_at > kInfoSeconds;
                                }),
                 notices_.end());
  int close = -1;
  for (std::size_t i = 0; i < notices_.size(); ++i) {
    const Notice& n = notices_[i];
    const ImU32 bg = n.severity == Severity::error     ? palette.error_bg
                     : n.severity == Severity::warning ? palette.warning_bg
                                                       : palette.info_bg;
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
    ImGui::PushStyleColor(ImGuiCol_Text, palette.notice_text);
    const float text_w = width - 90.0f;
    const float h = ImGui::CalcTextSize(n.text.c_str(), nullptr, false, text_w).y + 16.0f;
    ImGui::BeginChild("notice", ImVec2(width, h), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(10, 8));
    ImGui::PushTextWrapPos(text_w);
    ImGui::TextUnformatted(n.severity == Severity::error     ? "Error:"
                           : n.severity == Severity::warning ? "Note:"
                                                             : "");
    ImGui::SameLine();
    ImGui::TextUnformatted(n.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPos(ImVec2(width - 70.0f, 4));
    if (small_button("Close")) close = static_cast<int>(i);
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    ImGui::PopID();
  }
  if (close >= 0) notices_.erase(notices_.begin() + close);
}

void NoticeBoard::draw_overlay(const Palette& palette, float top) {
  if (notices_.empty()) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(560.0f, vp->WorkSize.x - 16.0f);
  // Centred: clear of the side panel's tabs at the right and the menus at the left.
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - width) * 0.5f, vp->WorkPos.y + top + 4.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 4));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize;
  if (ImGui::Begin("##notices", nullptr, flags)) {
    // Above every other window (Class results, the Library), which would otherwise hide a
    // notice about them as soon as they take the focus.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    draw(palette, width);
  }
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(3);
}

}  // namespace newsmark::ui
