#include "ui/lesson_panel.h"

#include <algorithm>
#include <cstdio>

#include "core/model/label_set.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "ui/widgets.h"
#include "ui/text_field.h"

namespace newsmark::ui {
namespace {

constexpr ImU32 kFoundColor = IM_COL32(40, 140, 70, 255);
constexpr ImU32 kMissedColor = IM_COL32(200, 60, 50, 255);
constexpr ImU32 kExtraColor = IM_COL32(190, 120, 20, 255);

std::string percent(double v) { return std::to_string(static_cast<int>(v * 100.0 + 0.5)) + "%"; }

}  // namespace

void LessonPanel::span_item(const Document& doc, const Annotation& a, const char* id_prefix, std::size_t i, ImU32 color, bool own) {
  // A short span ("she", "he", "Tuesday") is shown in its sentence, so the student sees which
  // one is meant; a long one (a quote) speaks for itself.
  const std::string text = a.span.size() < 40 ? snippet_in_context(doc.text(), a.span, 50)
                                              : "\xE2\x80\x9C" + one_line_snippet(std::string_view(doc.text()).substr(a.span.begin, a.span.size()), 70) + "\xE2\x80\x9D";
  ImGui::PushID(id_prefix);
  ImGui::PushID(static_cast<int>(i));
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  // A selectable as tall as the wrapped text, drawn under it. A click goes to the span in the
  // article and selects it: the student's own mark, or the key's text (a key press marks it).
  const float wrap_w = ImGui::GetContentRegionAvail().x;
  const ImVec2 at = ImGui::GetCursorPos();
  const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap_w).y;
  const bool clicked = ImGui::Selectable("##item", false, ImGuiSelectableFlags_AllowOverlap, ImVec2(wrap_w, h));
  ImGui::SetCursorPos(at);
  ImGui::PushTextWrapPos(at.x + wrap_w);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  if (clicked) {
    actions_.push_back(CanvasAction::make(CanvasAction::Kind::select, own ? a.id : "", "", a.span, ReviewStatus::accepted));
  }
  ImGui::PopStyleColor();
  ImGui::PopID();
  ImGui::PopID();
}

void LessonPanel::draw(const Document& doc, const Exercise& ex, const std::vector<LabelDef>& labels,
                       const std::vector<Annotation>& answers, const std::optional<AnswerScore>& score, const Palette& palette) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(ex.task.title.empty() ? "Exercise" : ex.task.title.c_str());
  if (!ex.task.instructions.empty()) ImGui::TextUnformatted(ex.task.instructions.c_str());
  ImGui::Spacing();
  ImGui::TextDisabled("%s", hint("Mark with these labels (select text, then press the key):",
                                 "Mark with these labels (press and hold a word, drag the handles, then tap a label):"));
  for (const std::string& l : ex.task.labels) {
    int key = 0;
    for (const LabelDef& d : labels) {
      if (d.name == l) key = d.hotkey;
    }
    ImGui::Bullet();
    ImGui::Text("%s%s%s", l.c_str(), key != 0 ? "  \xC2\xB7  key " : "", key != 0 ? hotkey_name(key).c_str() : "");
    for (const LabelHint& h : ex.task.hints) {
      if (h.label != l) continue;
      ImGui::Indent();
      muted_text(palette.muted_text, h.text.c_str());
      ImGui::Unindent();
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::Separator();

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Your name");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1.0f);
  if (text_field("##student", "so your teacher knows whose work it is", name_)) request_ = Request::set_name;
  ImGui::Text("You have marked %zu span%s.", answers.size(), answers.size() == 1 ? "" : "s");
  // Submit and Download keep their places before and after submitting, so a double tap on
  // Submit never downloads (the second tap meets the disabled "Submitted").
  const bool named = !trim_blanks(name_).empty();
  if (!ex.submitted) {
    if (primary_button("Submit", ImVec2(120, 0), named && !answers.empty())) request_ = Request::submit;
  } else {
    primary_button("Submitted", ImVec2(120, 0), false);
  }
  mark_target("exercise:Submit");
  ImGui::SameLine();
  if (ImGui::Button("Download my work")) request_ = Request::download;
  mark_target("exercise:Download my work");
  if (!ex.submitted) {
    const char* hint = !named           ? "Type your name above: your work is handed in under it."
                       : answers.empty() ? "Mark at least one span, then submit."
                       : ex.has_key      ? "Submit to see how you did against the answer key."
                                         : "Your teacher will see how you did: download your work and hand it in.";
    muted_text(palette.muted_text, hint);
    return;
  }
  if (ex.task.allow_resubmit) {
    if (ImGui::Button("Keep working")) request_ = Request::edit_again;
  } else {
    muted_text(palette.muted_text, "Handed in. This exercise takes one submission: the feedback below is final.");
  }
  if (!ex.has_key || !score) {
    muted_text(palette.muted_text, "Submitted. This exercise has no answer key in it: hand in your work to your teacher.");
    return;
  }
  draw_feedback(doc, ex, answers, *score, palette);
}

void LessonPanel::draw_feedback(const Document& doc, const Exercise& ex, const std::vector<Annotation>& answers,
                                const AnswerScore& score, const Palette& palette) {
  ImGui::Separator();
  const LabelScore& t = score.total;
  ImGui::Text("Score: %s  (F1; precision %s, recall %s)", percent(t.f1).c_str(), percent(t.precision).c_str(), percent(t.recall).c_str());
  muted_text(palette.muted_text, "An exact match counts 1, a span that only overlaps the key's counts half. "
                                 "Precision: how much of what you marked is right. Recall: how much of the key you found.");
  muted_text(palette.muted_text, "In the text, under each of your marks: a solid green line, found; orange dashes, in part; "
                                 "red dots, extra (not in the key).");
  for (const LabelScore& l : score.labels) {
    char head[160];
    std::snprintf(head, sizeof head, "%s: found %zu of %zu%s, %zu extra###%s", l.label.c_str(), l.found.size(), l.key,
                  l.partly.empty() ? "" : (" (" + std::to_string(l.partly.size()) + " in part)").c_str(), l.extra.size(), l.label.c_str());
    if (!ImGui::CollapsingHeader(head, ImGuiTreeNodeFlags_DefaultOpen)) continue;
    for (std::size_t i = 0; i < l.found.size(); ++i) {
      const bool part = std::find(l.partly.begin(), l.partly.end(), l.found[i]) != l.partly.end();
      span_item(doc, ex.key[l.found[i]], part ? "partly" : "found", i, kFoundColor, false);
      if (part) {
        ImGui::SameLine();
        ImGui::TextDisabled("(you marked \xE2\x80\x9C%s\xE2\x80\x9D)",
                            std::string(std::string_view(doc.text()).substr(answers[l.matched_by[i]].span.begin,
                                                                             answers[l.matched_by[i]].span.size()))
                                .c_str());
      }
    }
    if (!l.missed.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kMissedColor), "Missed:");
    for (std::size_t i = 0; i < l.missed.size(); ++i) span_item(doc, ex.key[l.missed[i]], "missed", i, kMissedColor, false);
    if (!l.extra.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kExtraColor), "Not in the key:");
    for (std::size_t i = 0; i < l.extra.size(); ++i) span_item(doc, answers[l.extra[i]], "extra", i, kExtraColor, true);
  }
}

}  // namespace newsmark::ui
