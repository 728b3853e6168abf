// Classroom exercises: a teacher's task on an article, the answer key, and a student's work.
//
// An exercise travels inside a Newsmark JSON file (io/json/newsmark_json.h, "exercise"): the
// article, the task, and the key when the teacher keeps it in (the app then shows feedback
// once the student submits); the student's own annotations are the file's annotations.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/result.h"

namespace newsmark {

// A hint for one label, shown to the student beside it ("SOURCE: who is the claim from? Look
// for 'officials', 'a person familiar with ...'").
struct LabelHint {
  std::string label;
  std::string text;
  friend bool operator==(const LabelHint&, const LabelHint&) = default;
};

struct ExerciseTask {
  std::string title;         // "Who is quoted, and on whose authority?"
  std::string instructions;  // what the students are to do, in the teacher's words
  std::vector<std::string> labels;  // the labels that count: the only ones students can use
  bool show_suggestions = false;    // students start from the engine's suggestions of those labels
  // After Submit a student may go back to work and submit again (the file then shows the key's
  // feedback to improve on); false: one submission, the feedback is final.
  bool allow_resubmit = true;
  std::vector<LabelHint> hints;
  friend bool operator==(const ExerciseTask&, const ExerciseTask&) = default;
};

struct Exercise {
  ExerciseTask task;
  // The answer key: the teacher's annotations of the task's labels. Left out of the file
  // (has_key false) when the teacher wants no automatic feedback.
  bool has_key = false;
  std::vector<Annotation> key;
  // The student's side: a name (as typed) and whether the work was handed in.
  std::string student;
  bool submitted = false;
  friend bool operator==(const Exercise&, const Exercise&) = default;
};

// The task is usable: a title or instructions, at least one label, each label once and named
// in the exercise's label set (`known`), hints only for those labels, key annotations only of
// them. The error names the first problem.
[[nodiscard]] Status check_exercise(const Exercise& exercise, const std::vector<LabelDef>& known);

// Whether `label` is one the task counts.
bool task_counts(const ExerciseTask& task, std::string_view label);

// The annotations of `set` the task counts, accepted ones only (a student's rejected or
// still-suggested engine highlights are not answers): the spans a key or a student's work is
// scored on.
std::vector<Annotation> answers_of(const std::vector<Annotation>& annotations, const ExerciseTask& task);

// An exercise of `task` on an annotated article: the key is the article's answers (accepted
// annotations of the task's labels) when `keep_key`, else left out.
Exercise make_exercise(const AnnotationSet& article, ExerciseTask task, bool keep_key);

// What a student starts from when the task shows suggestions: the engine's annotations of
// the task's labels only; entities, relations and timeline events keep only what still
// points at an annotation there.
void keep_task_labels(AnnotationSet& set, const ExerciseTask& task);

}  // namespace newsmark
