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
    one_submission_ = !current->task.allow_resubmit;
    hints_.clear();
    for (const LabelHint& h : current->task.hints) hints_.emplace_back(h.label, h.text);
    return;
  }
  title_.clear();
  instructions_.clear();
  hints_.clear();
  suggestions_ = false;
  keep_key_ = true;
  one_submission_ = false;
  // No label ticked: the teacher chooses what the exercise is about (every label with a mark
  // ticked made a "who is quoted" exercise count the dates too).
  labels_.clear();
}

Exercise ExerciseDialog::build(const AnnotationSet& set) const {
  ExerciseTask task;
  task.title = title_;
  task.instructions = instructions_;
  for (const LabelDef& d : set.labels) {  // in the label set's order
    if (std::find(labels_.begin(), labels_.end(), d.name) != labels_.end()) task.labels.push_back(d.name);
  }
  task.show_suggestions = suggestions_;
  task.allow_resubmit = !(keep_key_ && one_submission_);  // without a key there is no feedback to be final
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
  // As wide as the screen allows; the labels scroll in their own box, so the buttons stay in
  // view on a 1366x768 screen (and smaller).
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = std::min(560.0f, vp->WorkSize.x - 48.0f);
  muted_text(palette.muted_text, "Students get this article and the task. The answer key is what you have marked: "
                                 "the accepted highlights of the labels you tick.");
  ImGui::SetNextItemWidth(w);
  text_field("##title", "Title, e.g. \"Who is quoted, and on whose authority?\"", title_);
  text_box("##instructions", instructions_, ImVec2(w, ImGui::GetTextLineHeight() * 3));
  if (instructions_.empty()) {
    ImGui::SameLine(12);
    ImGui::TextDisabled("Instructions for the students");
  }
  ImGui::TextUnformatted("Tick the labels that count (the only ones students can use):");
  const float row = ImGui::GetFrameHeightWithSpacing();
  const float list_h = std::min(row * static_cast<float>(set.labels.size()) + 8.0f, std::max(row * 3.0f, vp->WorkSize.y * 0.3f));
  ImGui::BeginChild("labels", ImVec2(w, list_h), ImGuiChildFlags_Border);
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
      ImGui::SameLine(std::min(230.0f, w * 0.45f));
      ImGui::SetNextItemWidth(-1);
      text_field(("##hint" + d.name).c_str(), "a hint (optional)", hint->second);
    }
  }
  touch_scroll();
  ImGui::EndChild();
  ImGui::Checkbox("Students start from the engine's suggestions of these labels", &suggestions_);
  ImGui::Checkbox("Keep the key in the file: students see feedback when they submit", &keep_key_);
  if (keep_key_) {
    ImGui::Indent();
    ImGui::Checkbox("One submission only", &one_submission_);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - ImGui::GetStyle().IndentSpacing);
    muted_text(palette.muted_text, !one_submission_
                                       ? "Students can resubmit: after Submit they see what they missed, can keep working "
                                         "and submit again. The key is in the file, so a student who looks can find it."
                                       : "After Submit the feedback is final: no Keep working. The key is still in the file.");
    ImGui::PopTextWrapPos();
    ImGui::Unindent();
  }
  const Exercise ex = build(set);
  ImGui::Text("Key: %zu span%s.", ex.key.size(), ex.key.size() == 1 ? "" : "s");
  const Status st = check_exercise(ex, set.labels);
  if (!st.ok()) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.2f, 1.0f), "%s", st.error().message.c_str());
  ImGui::Separator();
  if (primary_button("Download exercise file", ImVec2(0, 0), st.ok())) request = Request::download;
  mark_target("exercise dialog:Download");
  ImGui::SameLine();
  if (ImGui::Button("Make a link") && st.ok()) request = Request::link;
  mark_target("exercise dialog:Make a link");
  ImGui::SameLine();
  if (ImGui::Button("Try it as a student") && st.ok()) request = Request::try_it;
  mark_target("exercise dialog:Try it as a student");
  ImGui::SameLine();
  if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
  if (!link_.empty()) {
    // Said plainly whether it is on the clipboard; a Copy button either way.
    const bool is_link = link_.find("#exercise=") != std::string::npos;
    if (is_link) {
      ImGui::TextColored(link_copied_ ? ImVec4(0.1f, 0.55f, 0.25f, 1.0f) : ImGui::GetStyle().Colors[ImGuiCol_Text], "%s",
                         link_copied_ ? "Link copied to the clipboard: paste it where your students will find it."
                                      : "The link (the browser did not let it be copied: use Copy, or select it):");
    }
    ImGui::SetNextItemWidth(is_link ? w - ImGui::CalcTextSize("Copy link").x - ImGui::GetStyle().FramePadding.x * 2.0f -
                                          ImGui::GetStyle().ItemSpacing.x
                                    : w);
    ImGui::InputText("##link", &link_, ImGuiInputTextFlags_ReadOnly);
    if (is_link) {
      ImGui::SameLine();
      if (ImGui::Button("Copy link")) {
        ImGui::SetClipboardText(link_.c_str());
        link_copied_ = true;
      }
      mark_target("exercise dialog:Copy link");
    }
  }
  if (request == Request::try_it) ImGui::CloseCurrentPopup();
  touch_scroll();
  ImGui::EndPopup();
  return request;
}

}  // namespace newsmark::ui
