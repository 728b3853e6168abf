// A reader's own date mark gets the engine's reading of its words: value, interval, event.
#include "core/time/mark_dating.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/model/document.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;

struct Row {
  std::string text;
  std::string dct;
  std::string marked;  // the reader's span (its first occurrence)
  std::string value;   // "" when the mark gets no date
  std::string event;   // the event's clause, "" for none
};

const std::string* find_attr(const DatedMark& m, const std::string& key) {
  for (const Attr& a : m.attrs) {
    if (a.key == key) return &a.value;
  }
  return nullptr;
}

TEST(MarkDating, AReadersMarkTakesTheDateOfTheWordsItCovers) {
  const std::vector<Row> rows = {
      // The engine's own span.
      {"The council voted on Wednesday to close the bridge.", "2026-03-05", "Wednesday", "2026-03-04",
       "The council voted on Wednesday to close the bridge"},
      // Wider than the engine's (the preposition) and narrower ("May" of "in May 2019").
      {"The council voted on Wednesday to close the bridge.", "2026-03-05", "on Wednesday", "2026-03-04",
       "The council voted on Wednesday to close the bridge"},
      {"The plant opened in May 2019 after years of delay.", "2026-03-05", "May", "2019-05",
       "The plant opened in May 2019 after years of delay"},
      // A duration has a value but no place on the timeline.
      {"The works will take three years, officials said.", "2026-03-05", "three years", "P3Y", ""},
      // Words that are no date get nothing.
      {"The council voted on Wednesday to close the bridge.", "2026-03-05", "council", "", ""},
  };
  for (const Row& row : rows) {
    DocumentInfo info;
    info.dct = row.dct;
    auto doc = load_document(row.text, info);
    ASSERT_TRUE(doc.ok());
    const Analysis a = engine().analyze(doc->document);
    const auto at = static_cast<std::uint32_t>(row.text.find(row.marked));
    const ByteSpan span{at, at + static_cast<std::uint32_t>(row.marked.size())};
    const DatedMark m = date_mark(row.text, a.tokens, a.sentences, parse_iso_date(row.dct).value(), span, "DATE");
    const std::string* value = find_attr(m, "value");
    EXPECT_EQ(value ? *value : std::string(), row.value) << row.marked << " in: " << row.text;
    EXPECT_EQ(m.event ? row.text.substr(m.event->event.begin, m.event->event.size()) : std::string(), row.event) << row.marked;
    if (m.event) {
      EXPECT_EQ(m.event->value, row.value);
      EXPECT_FALSE(m.event->start.empty());
    }
  }
}

}  // namespace
}  // namespace newsmark
