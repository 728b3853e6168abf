#include "core/classroom/exercise_scoring.h"

#include <gtest/gtest.h>

#include "core/classroom/class_results.h"
#include "core/classroom/exercise.h"

namespace newsmark {
namespace {

Annotation span(std::uint32_t b, std::uint32_t e, std::string label) {
  Annotation a;
  a.id = label + std::to_string(b);
  a.span = {b, e};
  a.label = std::move(label);
  a.origin = Origin::user;
  a.status = ReviewStatus::accepted;
  return a;
}

// "The foreign minister said officials had met." by hand: the key's SOURCE "foreign minister"
// [4,20) and "officials" [26,35), CUE "said" [21,25); the student marks "minister" [12,20)
// (half credit), a SOURCE "had" [36,39) the key does not have, and "said" exactly.
TEST(ExerciseScoring, HandComputedExactPartialMissedAndExtra) {
  const std::vector<Annotation> key{span(4, 20, "SOURCE"), span(21, 25, "CUE"), span(26, 35, "SOURCE")};
  const std::vector<Annotation> student{span(12, 20, "SOURCE"), span(21, 25, "CUE"), span(36, 39, "SOURCE")};
  const AnswerScore s = score_answers(key, student, {"SOURCE", "CUE"});
  ASSERT_EQ(s.labels.size(), 2u);
  const LabelScore& source = s.labels[0];
  EXPECT_EQ(source.key, 2u);
  EXPECT_EQ(source.student, 2u);
  EXPECT_EQ(source.exact, 0u);
  EXPECT_EQ(source.partial, 1u);
  EXPECT_DOUBLE_EQ(source.credit, 0.5);
  EXPECT_DOUBLE_EQ(source.precision, 0.25);
  EXPECT_DOUBLE_EQ(source.recall, 0.25);
  EXPECT_DOUBLE_EQ(source.f1, 0.25);
  EXPECT_EQ(source.found, (std::vector<std::size_t>{0}));
  EXPECT_EQ(source.matched_by, (std::vector<std::size_t>{0}));
  EXPECT_EQ(source.partly, (std::vector<std::size_t>{0}));
  EXPECT_EQ(source.missed, (std::vector<std::size_t>{2}));
  EXPECT_EQ(source.extra, (std::vector<std::size_t>{2}));
  const LabelScore& cue = s.labels[1];
  EXPECT_EQ(cue.exact, 1u);
  EXPECT_DOUBLE_EQ(cue.f1, 1.0);
  EXPECT_EQ(s.total.label, "all");
  EXPECT_EQ(s.total.key, 3u);
  EXPECT_EQ(s.total.student, 3u);
  EXPECT_DOUBLE_EQ(s.total.credit, 1.5);
  EXPECT_DOUBLE_EQ(s.total.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.total.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.total.f1, 0.5);
}

struct EmptyCase {
  const char* name;
  std::vector<Annotation> key, student;
  double precision, recall, f1;
};

TEST(ExerciseScoring, EmptySetsFollowTheDocumentedRules) {
  const std::vector<EmptyCase> cases{
      {"nothing to find, nothing marked", {}, {}, 1.0, 1.0, 1.0},
      {"something to find, nothing marked", {span(0, 3, "HEDGE")}, {}, 1.0, 0.0, 0.0},
      {"nothing to find, something marked", {}, {span(0, 3, "HEDGE")}, 0.0, 1.0, 0.0},
  };
  for (const EmptyCase& c : cases) {
    const LabelScore s = score_answers(c.key, c.student, {"HEDGE"}).labels[0];
    EXPECT_DOUBLE_EQ(s.precision, c.precision) << c.name;
    EXPECT_DOUBLE_EQ(s.recall, c.recall) << c.name;
    EXPECT_DOUBLE_EQ(s.f1, c.f1) << c.name;
  }
}

TEST(ExerciseScoring, PairsOneToOneExactFirstThenLargestOverlap) {
  // Key A [0,10) and B [8,20); student X [5,12) overlaps A by 5 and B by 4: it goes with A,
  // and Y [15,20) with B.
  LabelScore s = score_answers({span(0, 10, "QUOTE"), span(8, 20, "QUOTE")}, {span(5, 12, "QUOTE"), span(15, 20, "QUOTE")}, {"QUOTE"}).labels[0];
  EXPECT_EQ(s.partial, 2u);
  EXPECT_EQ(s.matched_by, (std::vector<std::size_t>{0, 1}));
  // An exact match is taken before a larger overlap could claim the key span; the other
  // student span is then extra, not a second match.
  s = score_answers({span(0, 10, "QUOTE")}, {span(2, 8, "QUOTE"), span(0, 10, "QUOTE")}, {"QUOTE"}).labels[0];
  EXPECT_EQ(s.exact, 1u);
  EXPECT_EQ(s.partial, 0u);
  EXPECT_EQ(s.matched_by, (std::vector<std::size_t>{1}));
  EXPECT_EQ(s.extra, (std::vector<std::size_t>{0}));
  // Labels must agree: the same span under another label is a miss and an extra.
  const AnswerScore other = score_answers({span(0, 5, "PERSON")}, {span(0, 5, "ORG")}, {"PERSON", "ORG"});
  EXPECT_EQ(other.labels[0].missed.size(), 1u);
  EXPECT_EQ(other.labels[1].extra.size(), 1u);
  EXPECT_DOUBLE_EQ(other.total.f1, 0.0);
  // Labels the task does not count are not scored.
  EXPECT_EQ(score_answers({span(0, 5, "PERSON")}, {span(0, 5, "PERSON")}, {"SOURCE"}).total.key, 0u);
}

TEST(Exercise, AnswersAreTheAcceptedSpansOfTheTasksLabels) {
  ExerciseTask task;
  task.labels = {"SOURCE"};
  std::vector<Annotation> set{span(0, 3, "SOURCE"), span(4, 7, "SOURCE"), span(8, 9, "PERSON")};
  set[1].status = ReviewStatus::suggested;  // an engine suggestion the student did not accept
  const auto answers = answers_of(set, task);
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(answers[0].span, (ByteSpan{0, 3}));
}

TEST(Exercise, CheckNamesTheFirstProblem) {
  const std::vector<LabelDef> known{{"SOURCE", "#ffffff", 1}, {"HEDGE", "#000000", 2}};
  Exercise ex;
  ex.task.title = "Sources";
  ex.task.labels = {"SOURCE"};
  EXPECT_TRUE(check_exercise(ex, known).ok());
  struct Case {
    const char* expected;
    void (*spoil)(Exercise&);
  };
  const Case cases[] = {
      {"needs a title or instructions", [](Exercise& e) { e.task.title.clear(); }},
      {"counts no label", [](Exercise& e) { e.task.labels.clear(); }},
      {"SOURCE is counted twice", [](Exercise& e) { e.task.labels.push_back("SOURCE"); }},
      {"counts RUMOUR, which is not in its label set", [](Exercise& e) { e.task.labels.push_back("RUMOUR"); }},
      {"A hint is for HEDGE", [](Exercise& e) { e.task.hints.push_back({"HEDGE", "may, reportedly"}); }},
      {"The key marks HEDGE", [](Exercise& e) { e.key.push_back(span(0, 3, "HEDGE")); }},
  };
  for (const Case& c : cases) {
    Exercise e = ex;
    c.spoil(e);
    const Status st = check_exercise(e, known);
    ASSERT_FALSE(st.ok()) << c.expected;
    EXPECT_NE(st.error().message.find(c.expected), std::string::npos) << st.error().message;
  }
}

TEST(ClassResults, TotalsHardestSpansAndAgreement) {
  // Key: SOURCE [0,3) and [8,11). Ann finds the first exactly and misses the second; Ben finds
  // part of the first and the second exactly.
  const std::vector<Annotation> key{span(0, 3, "SOURCE"), span(8, 11, "SOURCE")};
  const std::vector<StudentAnswers> students{{"Ann", {span(0, 3, "SOURCE")}}, {"Ben", {span(1, 3, "SOURCE"), span(8, 11, "SOURCE")}}};
  const std::vector<ByteSpan> tokens{{0, 3}, {4, 7}, {8, 11}};
  const ClassResults r = class_results(key, students, {"SOURCE"}, tokens);
  ASSERT_EQ(r.students.size(), 2u);
  EXPECT_DOUBLE_EQ(r.students[0].score.total.recall, 0.5);
  EXPECT_DOUBLE_EQ(r.students[1].score.total.credit, 1.5);
  // The class: 4 key spans to find in all, 3 marked, 2 exact and 1 partial.
  EXPECT_EQ(r.class_total.key, 4u);
  EXPECT_EQ(r.class_total.student, 3u);
  EXPECT_DOUBLE_EQ(r.class_total.credit, 2.5);
  EXPECT_DOUBLE_EQ(r.class_total.precision, 2.5 / 3);
  EXPECT_DOUBLE_EQ(r.class_total.recall, 0.625);
  ASSERT_EQ(r.hardest.size(), 2u);
  EXPECT_EQ(r.hardest[0].key, 1u);  // missed by Ann
  EXPECT_EQ(r.hardest[0].missed_by, 1u);
  EXPECT_EQ(r.hardest[1].key, 0u);  // only partly found by Ben
  EXPECT_EQ(r.hardest[1].partly_by, 1u);
  // Token agreement: token 0 in for both, token 1 out for both, token 2 in for Ben only.
  // Rows (in, out): (2,0) (0,2) (1,1): observed (1 + 1 + 0) / 3; chance (3/6)^2 + (3/6)^2.
  ASSERT_EQ(r.agreement.size(), 1u);
  ASSERT_TRUE(r.agreement[0].kappa.has_value());
  EXPECT_NEAR(*r.agreement[0].kappa, (2.0 / 3 - 0.5) / 0.5, 1e-12);
  EXPECT_EQ(r.agreement[0].units_marked, 2u);
  // One student: nobody to agree with.
  EXPECT_TRUE(class_results(key, {students[0]}, {"SOURCE"}, tokens).agreement.empty());
}

}  // namespace
}  // namespace newsmark

namespace newsmark {
namespace {

TEST(Exercise, KeepTaskLabelsDropsTheRestAndWhatPointedAtIt) {
  AnnotationSet set;
  Annotation person = span(0, 3, "PERSON");
  person.id = "a1";
  person.set_attr("entity", "e1");
  Annotation source = span(0, 3, "SOURCE");
  source.id = "a2";
  source.set_attr("entity", "e1");
  Annotation quote = span(5, 9, "QUOTE");
  quote.id = "a3";
  quote.set_attr("speaker", "a2");
  set.annotations = {person, source, quote};
  set.entities.push_back(Entity{"e1", "Ann", "PERSON", {"a1"}});
  set.relations.push_back(Relation{"r1", "speaker-of", "a2", "a3"});
  ExerciseTask task;
  task.labels = {"QUOTE"};
  keep_task_labels(set, task);
  ASSERT_EQ(set.annotations.size(), 1u);
  EXPECT_EQ(set.annotations[0].id, "a3");
  EXPECT_EQ(set.annotations[0].attr("speaker"), nullptr) << "its speaker is gone";
  EXPECT_TRUE(set.entities.empty());
  EXPECT_TRUE(set.relations.empty());
}

}  // namespace
}  // namespace newsmark
