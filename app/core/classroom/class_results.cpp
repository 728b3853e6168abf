#include "core/classroom/class_results.h"

#include <algorithm>

namespace newsmark {

ClassResults class_results(const std::vector<Annotation>& key, const std::vector<StudentAnswers>& students,
                           const std::vector<std::string>& labels, const std::vector<ByteSpan>& tokens) {
  ClassResults out;
  out.labels = labels;
  out.class_total.label = "all";
  for (const std::string& l : labels) {
    LabelScore& s = out.class_by_label.emplace_back();
    s.label = l;
  }
  std::vector<HardSpan> hard(key.size());
  for (std::size_t k = 0; k < key.size(); ++k) hard[k].key = k;
  for (const StudentAnswers& s : students) {
    StudentResult r{s.name, score_answers(key, s.answers, labels)};
    for (std::size_t i = 0; i < r.score.labels.size(); ++i) {
      const LabelScore& ls = r.score.labels[i];
      LabelScore& sum = out.class_by_label[i];
      for (LabelScore* t : {&sum, &out.class_total}) {
        t->key += ls.key;
        t->student += ls.student;
        t->exact += ls.exact;
        t->partial += ls.partial;
      }
      for (std::size_t k : ls.missed) ++hard[k].missed_by;
      for (std::size_t k : ls.partly) ++hard[k].partly_by;
    }
    out.students.push_back(std::move(r));
  }
  for (LabelScore& s : out.class_by_label) finish_score(s);
  finish_score(out.class_total);
  // Worst first: missed by most, then found only in part by most, then in text order.
  for (const HardSpan& h : hard) {
    if (h.missed_by + h.partly_by > 0) out.hardest.push_back(h);
  }
  std::stable_sort(out.hardest.begin(), out.hardest.end(), [&](const HardSpan& a, const HardSpan& b) {
    if (a.missed_by != b.missed_by) return a.missed_by > b.missed_by;
    if (a.partly_by != b.partly_by) return a.partly_by > b.partly_by;
    return key[a.key].span.begin < key[b.key].span.begin;
  });
  if (students.size() >= 2) {
    std::vector<std::vector<Annotation>> raters;
    for (const StudentAnswers& s : students) raters.push_back(s.answers);
    out.agreement = token_agreement(tokens, raters, labels);
  }
  return out;
}

}  // namespace newsmark
