#include "core/names/name_decoder.h"

#include <gtest/gtest.h>

#include <vector>

namespace newsmark {
namespace {

using namespace name_tags;

const int kBPer = tag(0, Part::begin), kLPer = tag(0, Part::last), kUPer = tag(0, Part::unit);
const int kIPer = tag(0, Part::inside), kUOrg = tag(1, Part::unit), kBOrg = tag(1, Part::begin);

// A lattice of `n` tokens where every tag scores 0 except the given (token, tag, score).
struct Lattice {
  explicit Lattice(std::size_t n) : emissions(n * kTags, 0.0f), transitions(kTags * kTags, 0.0f), allowed(n, kAllTags) {}
  Lattice& score(std::size_t token, int t, float s) {
    emissions[token * kTags + t] = s;
    return *this;
  }
  std::vector<int> best() {
    std::vector<int> out, back;
    std::vector<float> scratch;
    best_tags(TagLattice{emissions, transitions, allowed}, out, scratch, back);
    return out;
  }
  std::vector<float> emissions, transitions;
  std::vector<TagMask> allowed;
};

TEST(TagSet, PartsAndTypesRoundTrip) {
  for (int t = 0; t < kTypes; ++t) {
    for (const Part p : {Part::begin, Part::inside, Part::last, Part::unit}) {
      EXPECT_EQ(part_of(tag(t, p)), p);
      EXPECT_EQ(type_of(tag(t, p)), t);
    }
  }
  EXPECT_EQ(part_of(0), Part::outside);
  EXPECT_EQ(type_index("NORP"), 4);
  EXPECT_EQ(type_index("MISC"), -1);
}

TEST(TagSet, OnlyLegalBilouSequences) {
  EXPECT_TRUE(can_follow(-1, kBPer));
  EXPECT_FALSE(can_follow(-1, kIPer));
  EXPECT_TRUE(can_follow(kBPer, kIPer));
  EXPECT_TRUE(can_follow(kBPer, kLPer));
  EXPECT_FALSE(can_follow(kBPer, kUOrg));  // an open name must close first
  EXPECT_FALSE(can_follow(kBPer, tag(1, Part::last)));  // and with its own type
  EXPECT_TRUE(can_follow(kLPer, kUOrg));
  EXPECT_FALSE(can_end(kBPer));
  EXPECT_TRUE(can_end(kUPer));
}

TEST(Viterbi, PicksTheBestTagPerTokenWhenTheyAreIndependent) {
  Lattice l(3);
  l.score(0, kUPer, 2.0f).score(2, kUOrg, 1.0f);
  EXPECT_EQ(l.best(), (std::vector<int>{kUPer, 0, kUOrg}));
}

TEST(Viterbi, AStrongBeginPullsItsLastAlong) {
  // B-PER at 0 is worth 3; the L at 1 costs 1 against O's 0. B+L (3 - 1 = 2) beats U-PER (1).
  Lattice l(2);
  l.score(0, kBPer, 3.0f).score(0, kUPer, 1.0f).score(1, kLPer, -1.0f);
  EXPECT_EQ(l.best(), (std::vector<int>{kBPer, kLPer}));
}

TEST(Viterbi, NeverEndsOnAnOpenName) {
  // B-PER scores highest at the last token, but a sentence cannot end inside a name.
  Lattice l(2);
  l.score(1, kBPer, 5.0f).score(1, kUPer, 1.0f);
  EXPECT_EQ(l.best(), (std::vector<int>{0, kUPer}));
}

TEST(Viterbi, TransitionsWeigh) {
  // Emissions favour U-PER U-ORG; a transition penalty on U-PER -> U-ORG makes U-PER O win.
  Lattice l(2);
  l.score(0, kUPer, 2.0f).score(1, kUOrg, 1.0f);
  l.transitions[kUPer * kTags + kUOrg] = -3.0f;
  EXPECT_EQ(l.best(), (std::vector<int>{kUPer, 0}));
}

TEST(Viterbi, MasksRuleTagsOut) {
  Lattice l(2);
  l.score(0, kBOrg, 4.0f).score(1, tag(1, Part::last), 4.0f).score(0, kUPer, 1.0f);
  l.allowed[1] = kOnlyOutside;  // a lower-case word: no name may reach it
  EXPECT_EQ(l.best(), (std::vector<int>{kUPer, 0}));
}

TEST(Viterbi, NoLegalPathGivesOutside) {
  Lattice l(2);
  l.allowed[0] = TagMask{1} << kIPer;  // inside a name at the start: impossible
  EXPECT_EQ(l.best(), (std::vector<int>{0, 0}));
}

TEST(Viterbi, EmptySentence) { EXPECT_TRUE(Lattice(0).best().empty()); }

}  // namespace
}  // namespace newsmark
