#include "io/classroom/exercise_source.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>


namespace newsmark::io {
namespace {

TEST(ExerciseSource, ReadsTheHeaderTheArticleAndNestedMarks) {
  auto r = read_exercise_source(
      "title: Quotes\ninstructions: Mark the quotes and who speaks.\nlabels: QUOTE, SOURCE\nsuggestions: no\nresubmit: no\n"
      "dct: 2026-03-03\nhint SOURCE: Who speaks?\n---\n"
      "[[QUOTE|\xE2\x80\x9CWe will go,\xE2\x80\x9D said [[SOURCE|Ana]]]] on Monday.\n\nThe end.\n");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->document.text(), "\xE2\x80\x9CWe will go,\xE2\x80\x9D said Ana on Monday.\n\nThe end.");
  EXPECT_EQ(r->document.info().dct, "2026-03-03");
  ASSERT_TRUE(r->exercise.has_value());
  const Exercise& ex = *r->exercise;
  EXPECT_EQ(ex.task.title, "Quotes");
  EXPECT_EQ(ex.task.labels, (std::vector<std::string>{"QUOTE", "SOURCE"}));
  EXPECT_FALSE(ex.task.show_suggestions);
  EXPECT_FALSE(ex.task.allow_resubmit);
  EXPECT_TRUE(r->has_annotations) << "no suggestions: nothing to analyse";
  ASSERT_EQ(ex.task.hints.size(), 1u);
  EXPECT_EQ(ex.task.hints[0].label, "SOURCE");
  ASSERT_EQ(ex.key.size(), 2u);
  const std::string& text = r->document.text();
  EXPECT_EQ(ex.key[0].label, "QUOTE");
  EXPECT_EQ(text.substr(ex.key[0].span.begin, ex.key[0].span.size()), "\xE2\x80\x9CWe will go,\xE2\x80\x9D said Ana");
  EXPECT_EQ(text.substr(ex.key[1].span.begin, ex.key[1].span.size()), "Ana");
  EXPECT_EQ(ex.key[0].id, "k1");
  EXPECT_TRUE(ex.has_key);
}

TEST(ExerciseSource, RefusesWhatItCannotReadWithTheLine) {
  const std::pair<const char*, const char*> cases[] = {
      {"title: T\nlables: SOURCE\n---\nx", "line 2: unknown header 'lables'"},
      {"title: T\nlabels: SOURCE\n", "no '---' line"},
      {"title: T\nlabels: SOURCE\nsuggestions: maybe\n---\nx", "line 3: suggestions: yes or no"},
      {"title: T\nlabels: SOURCE\n---\nA [[SOURCE|b c\n", "line 4: [[SOURCE| is never closed"},
      {"title: T\nlabels: SOURCE\n---\nA\nb]] c", "line 5: a ']]' that closes nothing"},
      {"title: T\nlabels: SOURCE\n---\n[[SOURCE|]] c", "an empty [[SOURCE|]]"},
      {"title: T\nlabels: SOURCE\n---\n[[HEDGE|may]] c", "The key marks HEDGE"},
      {"title: T\nlabels: GOSSIP\n---\nc", "counts GOSSIP, which is not in its label set"},
  };
  for (const auto& [source, expected] : cases) {
    auto r = read_exercise_source(source);
    ASSERT_FALSE(r.ok()) << expected;
    EXPECT_NE(r.error().message.find(expected), std::string::npos) << r.error().message;
  }
}

// Every built-in exercise source (assets/exercises/*.exercise.txt): its path and its text.
std::vector<std::pair<std::string, std::string>> builtin_exercise_sources() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& entry : std::filesystem::directory_iterator(NEWSMARK_SOURCE_DIR "/assets/exercises")) {
    if (entry.path().string().find(".exercise.txt") == std::string::npos) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    out.emplace_back(entry.path().string(), buf.str());
  }
  return out;
}

TEST(ExerciseSource, EveryBuiltInExerciseReads) {
  std::size_t n = 0;
  for (const auto& [path, source] : builtin_exercise_sources()) {
    auto r = read_exercise_source(source);
    ASSERT_TRUE(r.ok()) << path << ": " << r.error().message;
    EXPECT_GE(r->exercise->key.size(), 5u) << path;
    EXPECT_FALSE(r->exercise->task.instructions.empty()) << path;
    ++n;
  }
  EXPECT_GE(n, 5u);
}

// Time expressions in a built-in key are marked as TIMEX3 marks them, as the engine's own
// highlights and the hints show them: "Wednesday" in "on Wednesday", "2019" in "in 2019". A key
// that took the preposition in would give a student who marks the date half credit.
TEST(ExerciseSource, BuiltInKeysMarkTimeExpressionsWithoutTheirPrepositions) {
  std::size_t checked = 0;
  for (const auto& [path, source] : builtin_exercise_sources()) {
    auto r = read_exercise_source(source);
    ASSERT_TRUE(r.ok()) << path << ": " << r.error().message;
    const std::string_view text = r->document.text();
    for (const Annotation& k : r->exercise->key) {
      if (k.label != "DATE" && k.label != "TIME" && k.label != "DURATION" && k.label != "SET") continue;
      const std::string_view marked = text.substr(k.span.begin, k.span.size());
      for (const char* p : {"on ", "in ", "at ", "during ", "since ", "by ", "from ", "until ", "for ", "of "}) {
        EXPECT_NE(marked.rfind(p, 0), 0u) << path << ": \"" << marked << "\" starts with a preposition";
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 8u);
}

}  // namespace
}  // namespace newsmark::io
