// The "exercise" of Newsmark JSON: an exercise file (task and key) and a student's work on it.
#include <gtest/gtest.h>

#include "io/json/newsmark_json.h"
#include "model_fixtures.h"

namespace newsmark::io {
namespace {

Exercise sample_exercise(const Document& d) {
  const AnnotationSet set = testing_support::rich_set(d);
  Exercise ex;
  ex.task.title = "Who speaks?";
  ex.task.instructions = "Mark every source \xE2\x80\x94 named or not \xE2\x80\x94 and every quote.";
  ex.task.labels = {"SOURCE", "QUOTE", "RUMOUR"};
  ex.task.show_suggestions = true;
  ex.task.allow_resubmit = false;  // not the default: the round trip must carry it
  ex.task.hints = {{"SOURCE", "Who is the claim from?"}};
  ex.has_key = true;
  for (const Annotation& a : set.annotations) {
    if (task_counts(ex.task, a.label)) ex.key.push_back(a);
  }
  ex.student = "Zo\xC3\xAB";
  ex.submitted = true;
  return ex;
}

TEST(ExerciseJson, RoundTripsTheTaskTheKeyAndTheStudent) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  const Exercise ex = sample_exercise(d);
  ASSERT_EQ(ex.key.size(), 3u);
  const std::string json = write_newsmark_json(d, &set, true, &ex);
  auto back = read_newsmark_json(json);
  ASSERT_TRUE(back.ok()) << back.error().message;
  ASSERT_TRUE(back->exercise.has_value());
  EXPECT_EQ(*back->exercise, ex);
  EXPECT_EQ(back->annotations.annotations, set.annotations);
  // Without the key (no feedback): no "key" at all, and it reads back as left out.
  Exercise keyless = ex;
  keyless.has_key = false;
  keyless.key.clear();
  keyless.student.clear();
  keyless.submitted = false;
  const std::string no_key = write_newsmark_json(d, &set, true, &keyless);
  EXPECT_EQ(no_key.find("\"key\""), std::string::npos);
  back = read_newsmark_json(no_key);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(*back->exercise, keyless);
  // A file without an exercise has none.
  EXPECT_FALSE(read_newsmark_json(write_newsmark_json(d, &set))->exercise.has_value());
}

TEST(ExerciseJson, RefusesABrokenExerciseNamingTheProblem) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  const std::string good = write_newsmark_json(d, &set, false, nullptr);
  const std::string ex_good = write_newsmark_json(d, &set, false, [&] {
    static Exercise e;
    e = sample_exercise(d);
    return &e;
  }());
  struct Case {
    std::string from, to, expected;
  };
  const std::vector<Case> cases{
      {"\"labels\":[\"SOURCE\",\"QUOTE\",\"RUMOUR\"]", "\"labels\":[\"SOURCE\",\"GOSSIP\"]", "exercise: The exercise counts GOSSIP, which is not in its label set."},
      {"\"labels\":[\"SOURCE\",\"QUOTE\",\"RUMOUR\"]", "\"labels\":[\"SOURCE\",\"QUOTE\"]", "exercise: The key marks RUMOUR (a6), which the exercise does not count."},
      {"\"suggestions\":true", "\"suggestions\":\"yes\"", "exercise.task.suggestions: expected true or false"},
      {"\"resubmit\":false", "\"resubmit\":0", "exercise.task.resubmit: expected true or false"},
      {"\"submitted\":true", "\"submitted\":1", "exercise.submitted: expected true or false"},
      {"\"hints\":[{\"label\":\"SOURCE\"", "\"hints\":[{\"label\":\"HEDGE\"", "A hint is for HEDGE"},
      {"\"id\":\"a6\",\"start\":", "\"id\":\"a4\",\"start\":", "exercise.key[2].id: 'a4' is used twice"},
  };
  for (const Case& c : cases) {
    std::string json = ex_good;
    const std::size_t at = json.rfind(c.from);  // the exercise comes last in the file
    ASSERT_NE(at, std::string::npos) << c.from;
    json.replace(at, c.from.size(), c.to);
    auto r = read_newsmark_json(json);
    ASSERT_FALSE(r.ok()) << c.expected;
    EXPECT_NE(r.error().message.find(c.expected), std::string::npos) << r.error().message;
  }
  // A key span whose text does not match is refused like any annotation.
  std::string moved = ex_good;
  const std::size_t key_at = moved.find("\"key\":");
  const std::size_t text_at = moved.find("\"text\":\"she\"", key_at);
  ASSERT_NE(text_at, std::string::npos);
  moved.replace(text_at, 12, "\"text\":\"shx\"");
  auto r = read_newsmark_json(moved);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("exercise.key[1]"), std::string::npos) << r.error().message;
  EXPECT_TRUE(read_newsmark_json(good).ok());
}

}  // namespace
}  // namespace newsmark::io
