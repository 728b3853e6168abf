#include "core/classroom/exercise_scoring.h"

#include <algorithm>

namespace newsmark {

void finish_score(LabelScore& s) {
  s.credit = static_cast<double>(s.exact) + 0.5 * static_cast<double>(s.partial);
  s.precision = s.student == 0 ? 1.0 : s.credit / static_cast<double>(s.student);
  s.recall = s.key == 0 ? 1.0 : s.credit / static_cast<double>(s.key);
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
}

namespace {

LabelScore score_label(const std::vector<Annotation>& key, const std::vector<Annotation>& student, const std::string& label) {
  LabelScore s;
  s.label = label;
  std::vector<std::size_t> k, st;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i].label == label) k.push_back(i);
  }
  for (std::size_t i = 0; i < student.size(); ++i) {
    if (student[i].label == label) st.push_back(i);
  }
  s.key = k.size();
  s.student = st.size();
  std::vector<char> key_used(k.size(), 0), student_used(st.size(), 0);
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (key index, student index)
  // Exact matches first.
  for (std::size_t a = 0; a < k.size(); ++a) {
    for (std::size_t b = 0; b < st.size(); ++b) {
      if (!student_used[b] && key[k[a]].span == student[st[b]].span) {
        key_used[a] = student_used[b] = 1;
        pairs.emplace_back(a, b);
        ++s.exact;
        break;
      }
    }
  }
  // Then overlaps, the largest first (ties: the earlier key span, then the earlier student span).
  struct Candidate {
    std::uint32_t overlap;
    std::size_t a, b;
  };
  std::vector<Candidate> candidates;
  for (std::size_t a = 0; a < k.size(); ++a) {
    if (key_used[a]) continue;
    const ByteSpan ks = key[k[a]].span;
    for (std::size_t b = 0; b < st.size(); ++b) {
      const ByteSpan ss = student[st[b]].span;
      if (student_used[b] || !ks.overlaps(ss)) continue;
      candidates.push_back({std::min(ks.end, ss.end) - std::max(ks.begin, ss.begin), a, b});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) { return x.overlap > y.overlap; });
  std::vector<char> partial_key(k.size(), 0);
  for (const Candidate& c : candidates) {
    if (key_used[c.a] || student_used[c.b]) continue;
    key_used[c.a] = student_used[c.b] = 1;
    partial_key[c.a] = 1;
    pairs.emplace_back(c.a, c.b);
    ++s.partial;
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [a, b] : pairs) {
    s.found.push_back(k[a]);
    s.matched_by.push_back(st[b]);
    if (partial_key[a]) s.partly.push_back(k[a]);
  }
  for (std::size_t a = 0; a < k.size(); ++a) {
    if (!key_used[a]) s.missed.push_back(k[a]);
  }
  for (std::size_t b = 0; b < st.size(); ++b) {
    if (!student_used[b]) s.extra.push_back(st[b]);
  }
  finish_score(s);
  return s;
}

}  // namespace

AnswerScore score_answers(const std::vector<Annotation>& key, const std::vector<Annotation>& student,
                          const std::vector<std::string>& labels) {
  AnswerScore out;
  out.total.label = "all";
  for (const std::string& label : labels) {
    LabelScore s = score_label(key, student, label);
    out.total.key += s.key;
    out.total.student += s.student;
    out.total.exact += s.exact;
    out.total.partial += s.partial;
    out.labels.push_back(std::move(s));
  }
  finish_score(out.total);
  return out;
}

}  // namespace newsmark
