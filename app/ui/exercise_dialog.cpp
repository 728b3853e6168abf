#include "ui/exercise_dialog.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/widgets.h"
#include "ui/text_field.h"

namespace newsmark::ui {

void ExerciseDialog::open(const AnnotationSet& set, const Exercise* current) {
  request_open_ = true;
  link_.clear();
  error_.clear();
  if (current != nullptr) {
    title_ = current->task.title;
    instructions_ = current->task.instructions;
    labels_ = current->task.labels;
    suggestions_ = current->task.show_suggestions;
    keep_key_ = current->has_key || current->key.empty();
    hints_.clear();
    for (const LabelHint& h : current->task.hints) hints_.emplace_back(h.label, h.text);
    return;
  }
  title_.clear();
  instructions_.clear();
  hints_.clear();
  suggestions_ = false;
  keep_key_ = true;
  // Start from the labels the reader has accepted or added: what they marked is the key.
  labels_.clear();
  for (const LabelDef& d : set.labels) {
    const bool used = std::any_of(set.annotations.begin(), set.annotations.end(), [&](const Annotation& a) {
      return a.label == d.name && a.status == ReviewStatus::accepted;
    });
    if (used) labels_.push_back(d.name);
  }
}

Exercise ExerciseDialog::build(const AnnotationSet& set) const {
  ExerciseTask task;
  task.title = title_;
  task.instructions = instructions_;
  for (const LabelDef& d : set.labels) {  // in the label set's order
    if (std::find(labels_.begin(), labels_.end(), d.name) != labels_.end()) task.labels.push_back(d.name);
  }
  task.show_suggestions = suggestions_;
  for (const auto& [label, text] : hints_) {
    if (!text.empty() && task_counts(task, label)) task.hints.push_back({label, text});
  }
  return make_exercise(set, std::move(task), keep_key_);
}

ExerciseDialog::Request ExerciseDialog::draw(const AnnotationSet& set, const Palette& palette) {
  if (request_open_) {
    ImGui::OpenPopup("Make an exercise");
    request_open_ = false;
  }
  Request request = Request::none;
  fit_next_window(ImVec2(0, 0));
  open_ = ImGui::BeginPopupModal("Make an exercise", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
  if (!open_) return request;
  muted_text(palette.muted_text, "Students get this article and the task. The answer key is what you have marked: "
                                 "the accepted highlights of the labels you choose.");
  ImGui::SetNextItemWidth(520);
  text_field("##title", "Title, e.g. \"Who is quoted, and on whose authority?\"", title_);
  text_box("##instructions", instructions_, ImVec2(520, ImGui::GetTextLineHeight() * 4));
  if (instructions_.empty()) {
    ImGui::SameLine(12);
    ImGui::TextDisabled("Instructions for the students");
  }
  ImGui::TextUnformatted("Labels that count (the only ones students can use):");
  for (const LabelDef& d : set.labels) {
    bool on = std::find(labels_.begin(), labels_.end(), d.name) != labels_.end();
    std::size_t in_key = 0;
    for (const Annotation& a : set.annotations) in_key += a.label == d.name && a.status == ReviewStatus::accepted ? 1 : 0;
    const std::string item = d.name + " (" + std::to_string(in_key) + " marked)";
    if (ImGui::Checkbox(item.c_str(), &on)) {
      if (on) labels_.push_back(d.name);
      else std::erase(labels_, d.name);
    }
    if (on) {
      auto hint = std::find_if(hints_.begin(), hints_.end(), [&](const auto& h) { return h.first == d.name; });
      if (hint == hints_.end()) hint = hints_.insert(hints_.end(), {d.name, ""});
      ImGui::SameLine(230);
      ImGui::SetNextItemWidth(300);
      text_field(("##hint" + d.name).c_str(), "a hint (optional)", hint->second);
    }
  }
  ImGui::Checkbox("Students start from the engine's suggestions of these labels", &suggestions_);
  ImGui::Checkbox("Keep the key in the file: students see feedback when they submit", &keep_key_);
  const Exercise ex = build(set);
  ImGui::Text("Key: %zu span%s.", ex.key.size(), ex.key.size() == 1 ? "" : "s");
  const Status st = check_exercise(ex, set.labels);
  if (!st.ok()) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.2f, 1.0f), "%s", st.error().message.c_str());
  ImGui::Separator();
  if (primary_button("Download exercise file", ImVec2(0, 0), st.ok())) request = Request::download;
  ImGui::SameLine();
  if (ImGui::Button("Make a link") && st.ok()) request = Request::link;
  ImGui::SameLine();
  if (ImGui::Button("Try it as a student") && st.ok()) request = Request::try_it;
  ImGui::SameLine();
  if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
  if (!link_.empty()) {
    ImGui::TextUnformatted("The link (copied to the clipboard when the browser allows):");
    ImGui::SetNextItemWidth(520);
    ImGui::InputText("##link", &link_, ImGuiInputTextFlags_ReadOnly);
  }
  if (request == Request::try_it) ImGui::CloseCurrentPopup();
  touch_scroll();
  ImGui::EndPopup();
  return request;
}

}  // namespace newsmark::ui
