#include "io/classroom/exercise_files.h"

#include "io/json/newsmark_json.h"

namespace newsmark::io {

Result<ExerciseKey> read_exercise_key(std::string_view json, const std::vector<std::string>& labels) {
  auto file = read_newsmark_json(json);
  if (!file) return file.error();
  ExerciseKey out;
  if (!labels.empty()) {
    out.task = file->exercise ? file->exercise->task : ExerciseTask{};
    out.task.labels = labels;
    out.key = answers_of(file->annotations.annotations, out.task);
  } else if (!file->exercise) {
    return make_error(ErrorCode::invalid_argument, "The key is not an exercise file (name the labels to score to use an annotated article as the key).");
  } else if (!file->exercise->has_key) {
    return make_error(ErrorCode::invalid_argument, "This exercise file was saved without its key: open the teacher's copy, which keeps it.");
  } else {
    out.task = file->exercise->task;
    out.key = file->exercise->key;
  }
  out.file = std::move(file).value();
  return out;
}

Result<StudentAnswers> read_student_work(std::string_view json, std::string_view file_name, const ExerciseKey& key) {
  return read_student_work(json, file_name, key.file.document, key.task);
}

Result<StudentAnswers> read_student_work(std::string_view json, std::string_view file_name, const Document& article,
                                         const ExerciseTask& task) {
  std::string base(file_name);
  if (const std::size_t slash = base.find_last_of("/\\"); slash != std::string::npos) base.erase(0, slash + 1);
  if (const std::size_t dot = base.find('.'); dot != std::string::npos && dot > 0) base.erase(dot);
  auto file = read_newsmark_json(json);
  if (!file) return make_error(file.error().code, std::string(file_name) + ": " + file.error().message);
  if (file->document.text() != article.text()) {
    return make_error(ErrorCode::invalid_argument, std::string(file_name) + ": the work is on another article (its text is not the key's).");
  }
  StudentAnswers out;
  out.name = file->exercise && !file->exercise->student.empty() ? file->exercise->student : base;
  out.answers = answers_of(file->annotations.annotations, task);
  return out;
}

}  // namespace newsmark::io
