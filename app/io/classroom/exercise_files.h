// Reading an exercise's key and the students' work on it, as the class view and
// `newsmark score` both need: every file checked against the key's article, so a student's
// work on another article (or another version of it) is refused by name, not scored wrong.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/classroom/class_results.h"
#include "core/classroom/exercise.h"
#include "core/model/result.h"
#include "io/imported_document.h"

namespace newsmark::io {

struct ExerciseKey {
  ImportedDocument file;            // the article, as in the key's file
  ExerciseTask task;                // what is scored
  std::vector<Annotation> key;      // the answers, in text order
};

// `json`: Newsmark JSON with an exercise that keeps its key; or, when `labels` is given, any
// Newsmark JSON whose accepted annotations of those labels are the key (a teacher's own
// annotated article).
[[nodiscard]] Result<ExerciseKey> read_exercise_key(std::string_view json, const std::vector<std::string>& labels = {});

// A student's file: Newsmark JSON of the same article. Named by the name the student gave in
// the app, else by `file_name` (without its extensions).
[[nodiscard]] Result<StudentAnswers> read_student_work(std::string_view json, std::string_view file_name, const ExerciseKey& key);
[[nodiscard]] Result<StudentAnswers> read_student_work(std::string_view json, std::string_view file_name, const Document& article,
                                                       const ExerciseTask& task);

}  // namespace newsmark::io
