#include "ui/library_window.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "core/model/document.h"
#include "imgui.h"
#include "ui/text_field.h"
#include "ui/widgets.h"

namespace newsmark::ui {
namespace {

// "2026-11-29 14:05" in local time.
std::string when(double ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000.0);
  std::tm tm{};
  if (localtime_r(&t, &tm) == nullptr) return {};
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

}  // namespace

void LibraryWindow::set_entries(std::vector<platform::StoredDocument> entries) {
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.updated_ms > b.updated_ms; });
  entries_ = std::move(entries);
  loaded_ = true;
}

LibraryWindow::Action LibraryWindow::draw(std::string_view current_id, const Palette& palette) {
  Action action;
  if (!visible_) return action;
  fit_next_window(ImVec2(640, 420));
  if (!ImGui::Begin("Library", &visible_, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return action;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, palette.muted_text);
  ImGui::TextWrapped("Every article you open is kept in this browser, with your annotations, and saved as you work. "
                     "Nothing leaves this computer.");
  ImGui::PopStyleColor();
  ImGui::Spacing();
  if (!loaded_) {
    ImGui::TextUnformatted("Reading the library\xE2\x80\xA6");
  } else if (entries_.empty()) {
    ImGui::TextUnformatted("No articles yet.");
  } else if (ImGui::BeginTable("library", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Saved", ImGuiTableColumnFlags_WidthFixed, 130.0f);
    ImGui::TableSetupColumn("Size", ImGuiTableColumnFlags_WidthFixed, 70.0f);
    // Room for its three buttons at their widest ("Really delete"), at touch size too.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float buttons = ImGui::CalcTextSize("Open").x + ImGui::CalcTextSize("Rename").x + ImGui::CalcTextSize("Really delete").x +
                          st.FramePadding.x * 6.0f + st.ItemSpacing.x * 2.0f + st.CellPadding.x * 2.0f;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, buttons);
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    for (const platform::StoredDocument& e : entries_) {
      ImGui::PushID(e.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      if (renaming_ == e.id) {
        ImGui::SetNextItemWidth(-1);
        ImGui::SetKeyboardFocusHere();
        if (text_field("##title", nullptr, title_buf_, sizeof title_buf_, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll)) {
          action = Action{Action::Kind::rename, e.id, title_buf_};
          renaming_.clear();
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Escape)) renaming_.clear();
      } else {
        const std::string title = (e.title.empty() ? std::string("(untitled)") : e.title) + (e.kind.empty() ? "" : "  \xC2\xB7  " + e.kind);
        const bool current = e.id == current_id;
        if (ImGui::Selectable((title + (current ? "  (open)" : "")).c_str(), current, ImGuiSelectableFlags_AllowDoubleClick, row_size()) &&
            ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
          action = Action{Action::Kind::open, e.id, {}};
        }
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(when(e.updated_ms).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_byte_size(e.bytes).c_str());
      ImGui::TableNextColumn();
      if (small_button("Open")) action = Action{Action::Kind::open, e.id, {}};
      ImGui::SameLine();
      if (small_button("Rename")) {
        renaming_ = e.id;
        std::snprintf(title_buf_, sizeof title_buf_, "%s", e.title.c_str());
      }
      ImGui::SameLine();
      if (confirm_delete_ == e.id) {
        if (small_button("Really delete")) {
          action = Action{Action::Kind::remove, e.id, {}};
          confirm_delete_.clear();
        }
      } else if (small_button("Delete")) {
        confirm_delete_ = e.id;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  touch_scroll();
  ImGui::End();
  if (action.kind == Action::Kind::open) visible_ = false;
  return action;
}

}  // namespace newsmark::ui
