#include "ui/welcome_view.h"

#include <algorithm>
#include <cstdio>

#include "core/model/iso_date.h"
#include "core/text/utf8.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/widgets.h"
#include "ui/text_field.h"

namespace newsmark::ui {
namespace {

bool has_visible_text(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; });
}

}  // namespace

WelcomeView::Action WelcomeView::draw(const Fonts& fonts, const Palette& palette) {
  Action action = Action::none;
  float col_x = 0, col_w = 0;
  centered_column(860.0f, col_x, col_w);

  ImGui::SetCursorPos(ImVec2(col_x, ImGui::GetCursorPosY() + 12.0f));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted("Newsmark");
  ImGui::PopFont();
  ImGui::SetCursorPosX(col_x);
  ImGui::PushTextWrapPos(col_x + col_w);
  muted_text(palette.muted_text,
             "Read the news closely. Paste an article below and press Analyze: Newsmark shows who is "
             "quoted, on whose authority, and what happened when. Everything stays in your browser.");
  ImGui::PopTextWrapPos();

  // The text box takes the room left after the fields and buttons below it.
  // (and the exercises: a heading, a line, and their buttons, three to a row).
  // A narrow screen stacks the title and date, and puts the exercises one to a row.
  const bool narrow = is_narrow(ImGui::GetMainViewport()->WorkSize.x);
  const std::size_t per_row = narrow ? 1 : 3;
  const float exercise_rows = exercises_.empty() ? 0.0f : static_cast<float>((exercises_.size() + per_row - 1) / per_row);
  const float below = ImGui::GetFrameHeightWithSpacing() * ((narrow ? 3 : 2) + exercise_rows) +
                      ImGui::GetTextLineHeightWithSpacing() * (narrow ? 4 : 3) + 24.0f +
                      (exercises_.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing() * 2 + 12.0f);
  const float box_h = std::max(160.0f, ImGui::GetContentRegionAvail().y - below);
  ImGui::SetCursorPosX(col_x);
  ImGui::TextUnformatted("Article text");
  ImGui::SetCursorPosX(col_x);
  const ImVec2 box_pos = ImGui::GetCursorScreenPos();
  text_box("##article", input_.text, ImVec2(col_w, box_h), ImGuiInputTextFlags_AllowTabInput);
  if (focus_text_) {
    // Activate the box directly (takes effect next frame): SetKeyboardFocusHere's tabbing
    // request does not reach a multiline box inside a child window here.
    ImGui::ActivateItemByID(ImGui::GetItemID());
    focus_text_ = false;
  }
  const bool box_active = ImGui::IsItemActive();
  if (input_.text.empty()) {
    const char* placeholder = hint("Paste (Ctrl+V) or type an article here, or drop a .txt file on the window.",
                                   "Tap here to type or paste an article, or open a .txt file (Menu \xE2\x80\xBA File \xE2\x80\xBA Open).");
    ImGui::GetWindowDrawList()->AddText(nullptr, 0.0f, ImVec2(box_pos.x + 10, box_pos.y + 8), palette.muted_text, placeholder, nullptr,
                                        col_w - 20.0f);
  }

  // Title and date on one row.
  const float half = narrow ? col_w : (col_w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::SetCursorPosX(col_x);
  ImGui::SetNextItemWidth(half);
  text_field("##title", "Title (optional)", input_.title);
  if (narrow) ImGui::SetCursorPosX(col_x);
  else ImGui::SameLine();
  ImGui::SetNextItemWidth(half);
  text_field("##dct", "Date of the article, YYYY-MM-DD (optional)", input_.dct,
                           ImGuiInputTextFlags_CharsNoBlank);
  std::string dct_error;
  if (!input_.dct.empty()) {
    auto d = parse_iso_date(input_.dct);
    if (!d) dct_error = d.error().message;
  }

  const bool can_analyze = has_visible_text(input_.text) && dct_error.empty();
  ImGui::SetCursorPosX(col_x);
  if (primary_button("Analyze", ImVec2(140, 0), can_analyze)) action = Action::analyze;
  if (can_analyze && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Enter)) action = Action::analyze;
  ImGui::SameLine();
  if (ImGui::Button("Try a sample article")) action = Action::sample;
  if (narrow) ImGui::SetCursorPosX(col_x);
  else ImGui::SameLine();
  char count[96];
  const std::size_t cps = utf8::count_code_points(input_.text);
  std::snprintf(count, sizeof count, "%zu characters%s", cps,
                box_active && !coarse_pointer() ? "  \xC2\xB7  Ctrl+Enter to analyze" : "");
  ImGui::AlignTextToFramePadding();
  ImGui::PushStyleColor(ImGuiCol_Text, palette.muted_text);
  ImGui::TextUnformatted(count);
  ImGui::PopStyleColor();
  if (!dct_error.empty()) {
    ImGui::SetCursorPosX(col_x);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(210, 60, 60, 255));
    ImGui::TextWrapped("Date: %s", dct_error.c_str());
    ImGui::PopStyleColor();
  }
  if (!exercises_.empty()) {
    ImGui::Dummy(ImVec2(0, 12));
    ImGui::SetCursorPosX(col_x);
    ImGui::TextUnformatted("Classroom exercises");
    ImGui::SetCursorPosX(col_x);
    ImGui::PushStyleColor(ImGuiCol_Text, palette.muted_text);
    ImGui::PushTextWrapPos(col_x + col_w);
    ImGui::TextWrapped("Articles written for practice, with a task and an answer key: mark, submit, see how you did.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const float button_w = (col_w - static_cast<float>(per_row - 1) * ImGui::GetStyle().ItemSpacing.x) / static_cast<float>(per_row);
    for (std::size_t i = 0; i < exercises_.size(); ++i) {
      if (i % per_row == 0) ImGui::SetCursorPosX(col_x);
      else ImGui::SameLine();
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Button(exercises_[i].c_str(), ImVec2(button_w, 0))) {
        action = Action::exercise;
        chosen_exercise_ = i;
      }
      ImGui::PopID();
    }
  }
  return action;
}

}  // namespace newsmark::ui
