#include "core/eval/scoring.h"

#include <gtest/gtest.h>

namespace newsmark {
namespace {

TEST(Scoring, StrictNeedsTheSameSpanAndType) {
  Scoreboard b;
  b.add({{0, 6, "ORG", ""}, {10, 20, "PERSON", ""}}, {{0, 6, "ORG", ""}, {10, 19, "PERSON", ""}, {30, 35, "ORG", ""}});
  const Counts org = b.by_type().at("ORG");
  EXPECT_EQ(org.gold, 1u);
  EXPECT_EQ(org.predicted, 2u);
  EXPECT_EQ(org.strict_tp, 1u);
  const Counts per = b.by_type().at("PERSON");
  EXPECT_EQ(per.strict_tp, 0u);
  EXPECT_EQ(per.relaxed_tp, 1u);
}

TEST(Scoring, RelaxedPairsOneToOneLargestOverlapFirst) {
  Scoreboard b;
  // One gold span overlapped by two predictions: only one pair counts, the larger overlap.
  b.add({{0, 10, "LOC", ""}}, {{0, 3, "LOC", ""}, {2, 10, "LOC", ""}});
  const Counts c = b.by_type().at("LOC");
  EXPECT_EQ(c.relaxed_tp, 1u);
  EXPECT_EQ(c.predicted, 2u);
}

TEST(Scoring, TypesMustMatch) {
  Scoreboard b;
  b.add({{0, 5, "ORG", ""}}, {{0, 5, "LOC", ""}});
  EXPECT_EQ(b.total({"ORG", "LOC"}).strict_tp, 0u);
  EXPECT_EQ(b.total({"ORG", "LOC"}).relaxed_tp, 0u);
}

TEST(Scoring, TimexValueAmongRelaxedPairs) {
  Scoreboard b;
  b.add({{0, 8, "DATE", "2023-06"}, {20, 30, "DATE", "2022"}}, {{0, 8, "DATE", "2023-06"}, {21, 30, "DATE", "2021"}});
  const Counts c = b.by_type().at("DATE");
  EXPECT_EQ(c.relaxed_tp, 2u);
  EXPECT_EQ(c.value_tp, 1u);
  const Prf v = prf(c.value_tp, c.predicted, c.gold);
  EXPECT_DOUBLE_EQ(v.f1, 0.5);
}

TEST(Scoring, MicroAveragesOverDocuments) {
  Scoreboard b;
  b.add({{0, 4, "MONEY", ""}}, {{0, 4, "MONEY", ""}});
  b.add({{0, 4, "MONEY", ""}}, {});
  const Counts c = b.by_type().at("MONEY");
  const Prf p = prf(c.strict_tp, c.predicted, c.gold);
  EXPECT_DOUBLE_EQ(p.precision, 1.0);
  EXPECT_DOUBLE_EQ(p.recall, 0.5);
}

TEST(Scoring, EmptyIsZeroNotNaN) {
  const Prf p = prf(0, 0, 0);
  EXPECT_EQ(p.f1, 0.0);
}

}  // namespace
}  // namespace newsmark
