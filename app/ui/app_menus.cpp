// The menu bar (all menus but File and Exercise, which are with their files), and the status
// bar. On a narrow screen the menus fold into one "Menu".
#include <cstdio>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace newsmark {

void App::draw_edit_menu() {
  if (!ui::begin_menu("Edit", document_.has_value())) return;
  const std::string undo_label = history_.can_undo() ? "Undo " + history_.undo_name() : std::string("Undo");
  const std::string redo_label = history_.can_redo() ? "Redo " + history_.redo_name() : std::string("Redo");
  if (ImGui::MenuItem(undo_label.c_str(), ui::shortcut("Ctrl+Z"), false, history_.can_undo())) (void)undo();
  if (ImGui::MenuItem(redo_label.c_str(), ui::shortcut("Ctrl+Shift+Z"), false, history_.can_redo())) (void)redo();
  ImGui::Separator();
  if (ImGui::MenuItem("Find", ui::shortcut("Ctrl+F"))) reading_.open_find();
  ImGui::Separator();
  if (ImGui::MenuItem("Accept every suggestion")) {
    auto n = history_.set_status_all(annotations_, "", ReviewStatus::suggested, ReviewStatus::accepted);
    if (n) {
      notices_.add(ui::Severity::info, "Accepted " + std::to_string(*n) + " suggestions " +
                                           ui::hint("(Ctrl+Z undoes it)", "(Edit \xE2\x80\xBA Undo takes it back)"));
    }
    annotations_changed();
  }
  if (ImGui::MenuItem("Analyze again", nullptr, false, engine_.has_value())) {
    // The engine's fresh suggestions replace everything, as one step that undo takes back.
    history_.replace_all(annotations_, engine_->analyze(*document_).annotations, "Analyze again");
    reading_.clear_selection();
    annotations_changed();
  }
  ui::end_menu();
}

void App::draw_view_menu(bool narrow) {
  if (!ui::begin_menu("View")) return;
  // On a narrow screen the side panel is a drawer over the article, opened and closed here
  // (or by its button); its wide-screen setting is kept for when the window widens.
  ImGui::MenuItem("Side panel", nullptr, narrow ? &drawer_open_ : &show_side_panel_);
  ImGui::MenuItem("Timeline", nullptr, &show_timeline_);
  ImGui::Separator();
  for (ui::ThemeChoice c : {ui::ThemeChoice::system, ui::ThemeChoice::light, ui::ThemeChoice::dark}) {
    const std::string label = std::string(ui::theme_choice_name(c)) + " theme";
    if (ImGui::MenuItem(label.c_str(), nullptr, theme_choice_ == c)) theme_choice_ = c;
  }
  ui::end_menu();
}

void App::draw_help_menu() {
  if (!ui::begin_menu("Help")) return;
  if (!update_build_.empty() && ImGui::MenuItem("Update to the new version (reloads the page)")) platform::apply_update();
  if (ImGui::MenuItem("About Newsmark")) show_about_ = true;
  ui::end_menu();
}

void App::draw_menu_bar(bool narrow) {
  if (!ImGui::BeginMenuBar()) return;
  ImGui::PushFont(fonts_.ui_bold);
  ImGui::TextUnformatted("Newsmark");
  ImGui::PopFont();
  ImGui::Spacing();
  if (narrow) {
    // A phone or a zoomed-in window: the menus fold into one, so none is pushed off screen or
    // under a button; the side panel's drawer has its own button at the right.
    const float bar_bottom = ImGui::GetCurrentWindow()->MenuBarRect().Max.y;
    const float menu_x = ImGui::GetCursorScreenPos().x;
    if (ui::bar_button("Menu", ImGui::IsPopupOpen("##main menu"))) ImGui::OpenPopup("##main menu");
    ui::mark_target("menu:Menu");
    ImGui::SetNextWindowPos(ImVec2(menu_x, bar_bottom));
    if (ImGui::BeginPopup("##main menu")) {
      ui::push_menu_row_spacing();
      if (view_ == View::reading && ImGui::MenuItem("New article")) show_welcome();
      if (view_ == View::reading) ui::mark_target("New article");
      draw_file_menu();
      draw_edit_menu();
      draw_view_menu(true);
      draw_exercise_menu();
      draw_help_menu();
      ui::pop_menu_row_spacing();
      ImGui::EndPopup();
    }
    if (view_ == View::reading) {
      const char* label = exercise_ ? "Exercise" : "Panel";
      const float w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
      ImGui::SameLine(ImGui::GetWindowWidth() - w - 8.0f);
      if (ui::bar_button(label, drawer_open_)) drawer_open_ = !drawer_open_;
      ui::mark_target("panel");
    }
    ImGui::EndMenuBar();
    return;
  }
  draw_file_menu();
  draw_edit_menu();
  draw_view_menu(false);
  draw_exercise_menu();
  draw_help_menu();
  if (view_ == View::reading) {
    const float w = ImGui::CalcTextSize("New article").x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SameLine(ImGui::GetWindowWidth() - w - 12.0f);
    if (ImGui::Button("New article")) show_welcome();
    ui::mark_target("New article");
  }
  ImGui::EndMenuBar();
}

void App::draw_status_bar(bool narrow) {
  if (status_counted_version_ != annotations_version_) {  // counted once per change
    status_suggested_ = status_user_ = 0;
    for (const Annotation& a : annotations_.annotations) {
      status_suggested_ += a.status == ReviewStatus::suggested ? 1 : 0;
      status_user_ += a.origin == Origin::user ? 1 : 0;
    }
    status_counted_version_ = annotations_version_;
  }
  const std::size_t suggested = status_suggested_, user = status_user_;
  // What the analysis did, or how far it is; and whether the work is saved (nothing is saved
  // while the analysis runs: its highlights are part of what is saved).
  char analysis[96];
  if (annotations_pending()) {
    std::snprintf(analysis, sizeof analysis, "analysing\xE2\x80\xA6 %d%%", static_cast<int>(analysis_.done * 100.0f + 0.5f));
  } else {
    std::snprintf(analysis, sizeof analysis, "analysed in %.0f ms", analysis_ms_);
  }
  const std::string_view save = save_state_name();
  const char* saved = annotations_pending() ? "saved once analysed"
                      : save == "saved"                     ? "Saved in this browser"
                      : save == "failed"                    ? ui::hint("NOT SAVED: download your work (Ctrl+S)",
                                                                       "NOT SAVED: download your work (File \xE2\x80\xBA Download)")
                                                            : "Saving\xE2\x80\xA6";
  char line[400];
  if (narrow) {  // the counts that matter on a phone's width
    std::snprintf(line, sizeof line, "%zu annotations (%zu yours)  \xC2\xB7  %s", annotations_.annotations.size(), user,
                  annotations_pending() ? analysis : saved);
  } else {
    std::snprintf(line, sizeof line, "%zu characters  \xC2\xB7  %zu annotations (%zu suggested, %zu yours)  \xC2\xB7  %s  \xC2\xB7  %s%s",
                document_->offsets().code_point_count(), annotations_.annotations.size(), suggested, user, analysis, saved,
                history_.can_undo() ? ("  \xC2\xB7  Undo: " + history_.undo_name()).c_str() : "");
  }
  ImGui::SetCursorPosX(12.0f);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3.0f);
  ImGui::PushStyleColor(ImGuiCol_Text, palette_.muted_text);
  ImGui::TextUnformatted(line);
  ImGui::PopStyleColor();
}

}  // namespace newsmark
