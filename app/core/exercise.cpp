#include "core/exercise.h"

#include <algorithm>

namespace newsmark {

Status check_exercise(const Exercise& exercise, const std::vector<LabelDef>& known) {
  const ExerciseTask& task = exercise.task;
  if (task.title.empty() && task.instructions.empty()) {
    return make_error(ErrorCode::invalid_argument, "The exercise needs a title or instructions for the students.");
  }
  if (task.labels.empty()) return make_error(ErrorCode::invalid_argument, "The exercise counts no label: choose at least one.");
  for (std::size_t i = 0; i < task.labels.size(); ++i) {
    const std::string& l = task.labels[i];
    if (std::find(task.labels.begin(), task.labels.begin() + static_cast<std::ptrdiff_t>(i), l) != task.labels.begin() + static_cast<std::ptrdiff_t>(i)) {
      return make_error(ErrorCode::invalid_argument, "The label " + l + " is counted twice.");
    }
    if (std::none_of(known.begin(), known.end(), [&](const LabelDef& d) { return d.name == l; })) {
      return make_error(ErrorCode::invalid_argument, "The exercise counts " + l + ", which is not in its label set.");
    }
  }
  for (const LabelHint& h : task.hints) {
    if (!task_counts(task, h.label)) return make_error(ErrorCode::invalid_argument, "A hint is for " + h.label + ", which the exercise does not count.");
  }
  for (const Annotation& a : exercise.key) {
    if (!task_counts(task, a.label)) {
      return make_error(ErrorCode::invalid_argument, "The key marks " + a.label + " (" + a.id + "), which the exercise does not count.");
    }
  }
  return {};
}

bool task_counts(const ExerciseTask& task, std::string_view label) {
  return std::find(task.labels.begin(), task.labels.end(), label) != task.labels.end();
}

std::vector<Annotation> answers_of(const std::vector<Annotation>& annotations, const ExerciseTask& task) {
  std::vector<Annotation> out;
  for (const Annotation& a : annotations) {
    if (a.status == ReviewStatus::accepted && task_counts(task, a.label)) out.push_back(a);
  }
  return out;
}

}  // namespace newsmark
