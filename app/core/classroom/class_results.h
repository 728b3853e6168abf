// A class's results on one exercise: every student's score against the key, the key spans
// most students missed, and how much the students agree among themselves (the teacher's class
// view, and `newsmark score` in the CLI).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/classroom/agreement.h"
#include "core/model/annotation.h"
#include "core/classroom/exercise_scoring.h"

namespace newsmark {

struct StudentAnswers {
  std::string name;  // as the student typed it, or the file's name
  std::vector<Annotation> answers;
};

struct StudentResult {
  std::string name;
  AnswerScore score;
};

// A key span and how many students missed it entirely or found only part of it.
struct HardSpan {
  std::size_t key = 0;  // index into the key
  std::size_t missed_by = 0, partly_by = 0;
};

struct ClassResults {
  std::vector<std::string> labels;
  std::vector<StudentResult> students;  // in the order given
  LabelScore class_total;               // every student's counts summed (label "all")
  std::vector<LabelScore> class_by_label;
  std::vector<HardSpan> hardest;  // every key span missed or partly found by someone, worst first
  std::vector<LabelAgreement> agreement;  // among the students (empty with fewer than two)
};

// `tokens`: the article's tokens (the units of agreement; see agreement.h).
ClassResults class_results(const std::vector<Annotation>& key, const std::vector<StudentAnswers>& students,
                           const std::vector<std::string>& labels, const std::vector<ByteSpan>& tokens);

}  // namespace newsmark
