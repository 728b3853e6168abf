// The student's side of an exercise, the "Exercise" tab of the side panel: the task (title,
// instructions, the labels to use with their hints and keys), the student's name, Submit and
// Download my work; once submitted, the feedback against the key: the score and, per label,
// what was found, found in part, missed and marked extra, each a click away from its place
// in the text. It reads the exercise and the scores; it asks the App for everything else.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/classroom/exercise.h"
#include "core/classroom/exercise_scoring.h"
#include "imgui.h"
#include "ui/canvas_actions.h"
#include "ui/theme.h"

namespace newsmark::ui {

class LessonPanel {
 public:
  enum class Request { none, submit, download, edit_again, set_name };
  // `answers`: the student's answers (core/classroom/exercise.h answers_of); `score`: against the key,
  // once submitted with a key in the file.
  void draw(const Document& doc, const Exercise& exercise, const std::vector<LabelDef>& labels,
            const std::vector<Annotation>& answers, const std::optional<AnswerScore>& score, const Palette& palette);
  Request take_request() { return std::exchange(request_, Request::none); }
  const std::string& name() const { return name_; }
  std::vector<CanvasAction> take_actions() { return std::exchange(actions_, {}); }
  // The name shown in the box (from the file, when one is opened).
  void set_name(std::string name) { name_ = std::move(name); }

 private:
  void draw_feedback(const Document& doc, const Exercise& exercise, const std::vector<Annotation>& answers,
                     const AnswerScore& score, const Palette& palette);
  void span_item(const Document& doc, const Annotation& a, const char* id_prefix, std::size_t i, ImU32 color, bool own);

  Request request_ = Request::none;
  std::string name_;
  std::vector<CanvasAction> actions_;
};

}  // namespace newsmark::ui
