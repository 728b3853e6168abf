// The side panel's place: beside the article on a wide screen (app.cpp lays that out), a
// drawer over the article from the right on a narrow one, with the same contents.
#include <algorithm>
#include <functional>

#include "imgui.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace newsmark {

void App::draw_side_panel_contents() {
  const std::function<void()> lesson = [&] {
    lesson_.draw(*document_, *exercise_, annotations_.labels, answers_of(annotations_.annotations, exercise_->task), exercise_score_,
                 palette_);
  };
  side_panel_.draw(*document_, annotations_, annotations_version_, reading_.selected_id(), palette_, applied_dark_ == 1,
                   exercise_ ? &lesson : nullptr);
}

void App::draw_side_drawer(float top, float bottom) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // Nearly the whole width of a phone; on a wider narrow window, a panel's usual width. A
  // strip of the article stays visible at its left, so it reads as over the article.
  const float width = std::min(vp->WorkSize.x - 24.0f, std::max(side_panel_w_, 320.0f));
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width, top));
  ImGui::SetNextWindowSize(ImVec2(width, std::max(bottom - top, 200.0f)));
  ImGui::SetNextWindowBgAlpha(1.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoCollapse;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 8));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  if (ImGui::Begin("Side panel##drawer", nullptr, flags)) {
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ui::mark_target("drawer", at, ImVec2(at.x + size.x, at.y + size.y));
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", exercise_ ? "Exercise and panel" : "Panel");
    const float close_w = ImGui::CalcTextSize("Close").x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SameLine(ImGui::GetContentRegionMax().x - close_w);
    if (ImGui::Button("Close##drawer")) drawer_open_ = false;
    ui::mark_target("drawer:Close");
    ImGui::Separator();
    // Below the header, which stays put while the contents scroll.
    ImGui::BeginChild("drawer body");
    draw_side_panel_contents();
    ui::touch_scroll();
    ImGui::EndChild();
    // A tap on the article beside the drawer closes it, as drawers do (the tap still reaches
    // the article).
    // (By position: a field in the drawer activated by this very tap blocks IsWindowHovered.)
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && m.y > top && m.y < bottom && m.x < at.x &&
        !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
      drawer_open_ = false;
    }
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace newsmark
