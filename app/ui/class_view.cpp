#include "ui/class_view.h"

#include <algorithm>

#include "imgui.h"
#include "io/classroom/class_report.h"
#include "ui/widgets.h"

namespace newsmark::ui {

void ClassView::add(StudentAnswers student) {
  auto same = std::find_if(students_.begin(), students_.end(), [&](const StudentAnswers& s) { return s.name == student.name; });
  if (same != students_.end()) *same = std::move(student);
  else students_.push_back(std::move(student));
  dirty_ = true;
}

void ClassView::clear() {
  students_.clear();
  dirty_ = true;
}

ClassView::Request ClassView::draw(const Document& doc, const Exercise& ex, const std::vector<ByteSpan>& tokens, const Palette& palette) {
  Request request = Request::none;
  if (!open_) return request;
  if (dirty_) {
    results_ = class_results(ex.key, students_, ex.task.labels, tokens);
    dirty_ = false;
  }
  fit_next_window(ImVec2(760, 520));
  if (fold_ || unfold_) {
    ImGui::SetNextWindowCollapsed(fold_);
    fold_ = unfold_ = false;
  }
  const bool shown = ImGui::Begin("Class results", &open_);
  collapsed_ = ImGui::IsWindowCollapsed();
  {
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    mark_target("class window", at, ImVec2(at.x + size.x, at.y + size.y));
  }
  if (!shown) {
    ImGui::End();
    return request;
  }
  ImGui::Text("%s \xE2\x80\x94 key: %zu spans; %zu student%s", ex.task.title.empty() ? "Exercise" : ex.task.title.c_str(), ex.key.size(),
              students_.size(), students_.size() == 1 ? "" : "s");
  if (primary_button("Add students' files\xE2\x80\xA6")) request = Request::add_files;
  ImGui::SameLine();
  if (ImGui::Button("Export CSV") && !students_.empty()) request = Request::export_csv;
  mark_target("class:Export CSV");
  ImGui::SameLine();
  if (ImGui::Button("Clear") && !students_.empty()) clear();
  muted_text(palette.muted_text, "Or drop the students' files (Newsmark JSON of this article) on the window while this is open.");
  if (students_.empty()) {
    ImGui::End();
    return request;
  }

  const int columns = 2 + static_cast<int>(results_.labels.size());
  if (ImGui::BeginTable("class", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("Student");
    for (const std::string& l : results_.labels) ImGui::TableSetupColumn((l + "  P / R / F1").c_str());
    ImGui::TableSetupColumn("all  P / R / F1");
    ImGui::TableHeadersRow();
    auto cells = [](const LabelScore& s) {
      ImGui::TableNextColumn();
      ImGui::Text("%s / %s / %s", io::format_share(s.precision).c_str(), io::format_share(s.recall).c_str(), io::format_share(s.f1).c_str());
    };
    for (const StudentResult& s : results_.students) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.name.c_str());
      for (const LabelScore& l : s.score.labels) cells(l);
      cells(s.score.total);
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("Class");
    for (const LabelScore& l : results_.class_by_label) cells(l);
    cells(results_.class_total);
    ImGui::EndTable();
  }

  ImGui::SeparatorText("Hardest spans");
  if (results_.hardest.empty()) muted_text(palette.muted_text, "Every student found every span of the key.");
  for (std::size_t i = 0; i < std::min<std::size_t>(results_.hardest.size(), 12); ++i) {
    const HardSpan& h = results_.hardest[i];
    const Annotation& a = ex.key[h.key];
    const std::string text = a.span.size() < 40 ? snippet_in_context(doc.text(), a.span, 30)
                                                : "\xE2\x80\x9C" + one_line_snippet(std::string_view(doc.text()).substr(a.span.begin, a.span.size()), 80) + "\xE2\x80\x9D";
    char line[200];
    std::snprintf(line, sizeof line, "missed by %zu of %zu%s", h.missed_by, students_.size(),
                  h.partly_by > 0 ? (", in part by " + std::to_string(h.partly_by)).c_str() : "");
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable((a.label + "  " + text).c_str(), false, 0, row_size(480))) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::select, "", "", a.span, ReviewStatus::accepted));
      fold_ = true;  // the window would hide the place in the article: fold it to its title bar
    }
    mark_target("class:hardest " + std::to_string(i));
    ImGui::SameLine(500);
    ImGui::TextDisabled("%s", line);
    ImGui::PopID();
  }

  ImGui::SeparatorText("Agreement among the students");
  if (results_.agreement.empty()) {
    muted_text(palette.muted_text, "Needs two students or more.");
  } else {
    muted_text(palette.muted_text, "Fleiss' kappa on words, per label: 1 is full agreement, 0 what chance would give.");
    for (const LabelAgreement& a : results_.agreement) {
      ImGui::Text("%s  %s", a.label.c_str(), a.kappa ? io::format_share(*a.kappa).c_str() : "\xE2\x80\x94");
      ImGui::SameLine();
      ImGui::TextDisabled("(%zu of %zu words marked by someone)", a.units_marked, a.units);
    }
  }
  touch_scroll();
  ImGui::End();
  return request;
}

}  // namespace newsmark::ui
