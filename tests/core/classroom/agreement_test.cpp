#include "core/classroom/agreement.h"

#include <gtest/gtest.h>

namespace newsmark {
namespace {

TEST(FleissKappa, HandComputedSmallTable) {
  // 4 units, 3 raters, 2 categories. Agreement per unit: 1, 1, 1/3, 1/3 -> mean 2/3; each
  // category holds half the ratings -> chance 1/2; kappa = (2/3 - 1/2) / (1 - 1/2) = 1/3.
  const auto k = fleiss_kappa({{3, 0}, {0, 3}, {2, 1}, {1, 2}});
  ASSERT_TRUE(k.has_value());
  EXPECT_NEAR(*k, 1.0 / 3, 1e-12);
}

TEST(FleissKappa, TheTextbookExampleOfFourteenRatersAndFiveCategories) {
  // Fleiss (1971)'s layout as usually worked through: 10 subjects, 14 raters; kappa 0.210.
  const auto k = fleiss_kappa({{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                               {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}});
  ASSERT_TRUE(k.has_value());
  EXPECT_NEAR(*k, 0.20993, 5e-5);
}

TEST(FleissKappa, PerfectAndChanceLevelAgreement) {
  EXPECT_NEAR(*fleiss_kappa({{2, 0}, {0, 2}, {2, 0}}), 1.0, 1e-12);
  // Two raters who always disagree, categories equally used: below chance.
  EXPECT_LT(*fleiss_kappa({{1, 1}, {1, 1}}), 0.0);
}

TEST(FleissKappa, UndefinedCasesAreEmpty) {
  EXPECT_FALSE(fleiss_kappa({}).has_value());
  EXPECT_FALSE(fleiss_kappa({{1, 0}, {0, 1}}).has_value()) << "one rater";
  EXPECT_FALSE(fleiss_kappa({{3, 0}, {3, 0}}).has_value()) << "every rating in one category";
  EXPECT_FALSE(fleiss_kappa({{2, 1}, {1, 1}}).has_value()) << "rows with different numbers of raters";
}

Annotation source(std::uint32_t b, std::uint32_t e) {
  Annotation a;
  a.span = {b, e};
  a.label = "SOURCE";
  return a;
}

TEST(TokenAgreement, CountsEachRatersSpansOverEachToken) {
  // Tokens [0,3) [4,7) [8,11) [12,15); raters: [0,7), [4,11), [0,3). In-counts 2, 2, 1, 0 ->
  // rows (2,1) (2,1) (1,2) (0,3): observed (1/3 + 1/3 + 1/3 + 1) / 4 = 1/2; p_in = 5/12 ->
  // chance 25/144 + 49/144 = 74/144; kappa = (1/2 - 74/144) / (70/144) = -1/35.
  const std::vector<ByteSpan> tokens{{0, 3}, {4, 7}, {8, 11}, {12, 15}};
  const auto rows = token_agreement(tokens, {{source(0, 7)}, {source(4, 11)}, {source(0, 3)}}, {"SOURCE", "HEDGE"});
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_TRUE(rows[0].kappa.has_value());
  EXPECT_NEAR(*rows[0].kappa, -1.0 / 35, 1e-12);
  EXPECT_EQ(rows[0].units_marked, 3u);
  EXPECT_EQ(rows[0].raters, 3u);
  // Nobody marked a HEDGE: every token "out" for everyone, so kappa is undefined.
  EXPECT_FALSE(rows[1].kappa.has_value());
  EXPECT_EQ(rows[1].units_marked, 0u);
}

}  // namespace
}  // namespace newsmark
