// Scoring predicted spans against gold spans, as ../shared/data/dev/README.md defines it:
//   strict   same [start, end) and same type;
//   relaxed  overlapping by at least one character, pairs matched one to one, largest overlap
//            first, same type;
//   value    (time expressions, TempEval-3) among relaxed pairs, the TIMEX3 value is equal;
//            precision over all predicted, recall over all gold.
// Micro-averaged: add up the counts of many documents with Scoreboard::add, then read rows.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace newsmark {

struct ScoredSpan {
  std::uint32_t start = 0;  // code points, end exclusive
  std::uint32_t end = 0;
  std::string type;   // the class being scored ("PERSON", "MONEY", "DATE" ...)
  std::string value;  // TIMEX3 value for time expressions, else empty
};

struct Counts {
  std::uint64_t gold = 0, predicted = 0;
  std::uint64_t strict_tp = 0, relaxed_tp = 0, value_tp = 0;
  Counts& operator+=(const Counts& o);
};

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};
Prf prf(std::uint64_t tp, std::uint64_t predicted, std::uint64_t gold);

class Scoreboard {
 public:
  // Scores one document's spans (gold and predicted lists may be in any order).
  void add(const std::vector<ScoredSpan>& gold, const std::vector<ScoredSpan>& predicted);
  const std::map<std::string, Counts>& by_type() const { return by_type_; }
  // Counts summed over the given types.
  Counts total(const std::vector<std::string>& types) const;

 private:
  std::map<std::string, Counts> by_type_;
};

}  // namespace newsmark
