// Scoring a student's answers against an exercise's key, label by label (docs/classroom.md).
//
// Within one label, key spans and student spans are paired one to one: first the exact
// matches (same start and end), then, among the rest, spans that overlap, the largest overlap
// first. An exact pair earns 1, an overlapping pair 0.5 (the "partial" credit of the SemEval
// span-matching schemes): a student who marks "the minister" for the key's "the foreign
// minister" gets half. Then
//   precision = credit / student spans   (1 when the student marked nothing: nothing wrong)
//   recall    = credit / key spans       (1 when the key has nothing: nothing to miss)
//   F1        = 2PR / (P + R)            (0 when both are 0)
// and the total adds credit and counts over the labels (micro-average).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/annotation.h"

namespace newsmark {

struct LabelScore {
  std::string label;
  std::size_t key = 0, student = 0;  // spans of this label in each
  std::size_t exact = 0, partial = 0;
  double credit = 0;  // exact + 0.5 * partial
  double precision = 1, recall = 1, f1 = 1;
  // Indexes into the key and student lists given to score_answers.
  std::vector<std::size_t> found;    // key spans matched (exactly or in part)
  std::vector<std::size_t> partly;   // of those, the ones matched only in part
  std::vector<std::size_t> missed;   // key spans no student span matched
  std::vector<std::size_t> extra;    // student spans that match no key span
  // found[i] was matched by the student span matched_by[i].
  std::vector<std::size_t> matched_by;
};

struct AnswerScore {
  std::vector<LabelScore> labels;  // in the order of the labels given
  LabelScore total;                // label "all": the counts and credit summed
};

// `labels`: the labels scored (an exercise's task labels); spans of other labels are ignored.
AnswerScore score_answers(const std::vector<Annotation>& key, const std::vector<Annotation>& student,
                          const std::vector<std::string>& labels);

// The precision, recall and F1 of `s` from its counts and credit (the rules above).
void finish_score(LabelScore& s);

}  // namespace newsmark
