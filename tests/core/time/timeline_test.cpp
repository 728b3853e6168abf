// The timeline: dated events with their clause and entities, and undated events the text
// orders against a dated one ("two days after the protest").
#include "core/time/timeline.h"

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
  // Each event as "<value or ~>|<event text>|<relation>:<anchor's event text>"; dated events
  // without the last part.
  std::vector<std::string> expected;
};

std::vector<std::string> describe(const std::string& text, const Analysis& a) {
  std::vector<std::string> got;
  const auto& tl = a.annotations.timeline;
  for (const TimelineEvent& e : tl) {
    std::string d = (e.value.empty() ? "~" : e.value) + "|" + text.substr(e.event.begin, e.event.size());
    if (!e.anchor.empty()) {
      std::string anchor_text = "?";
      for (const TimelineEvent& o : tl) {
        if (o.id == e.anchor) anchor_text = text.substr(o.event.begin, o.event.size());
      }
      d += "|" + e.relation + ":" + anchor_text;
    }
    got.push_back(d);
  }
  return got;
}

TEST(Timeline, OrdersUndatedEventsByTheirSignal) {
  const std::vector<Row> rows = {
      {"The council voted on March 3, two days after the protest.", "2024-03-10",
       {"2024-03-01|the protest|before:The council voted on March 3, two days after the protest",
        "2024-03-03|The council voted on March 3, two days after the protest"}},
      {"After the storm hit the coast, the mayor declared an emergency on Monday.", "2024-03-13",
       {"~|the storm hit the coast|before:the mayor declared an emergency on Monday",
        "2024-03-11|the mayor declared an emergency on Monday"}},
      {"Talks resumed in June ahead of the summit in Geneva.", "2024-09-01",
       {"2024-06|Talks resumed in June ahead of the summit in Geneva",
        "~|the summit in Geneva|after:Talks resumed in June ahead of the summit in Geneva"}},
      {"The firm filed its accounts on 4 May, a week before the hearing.", "2024-06-01",
       {"2024-05-04|The firm filed its accounts on 4 May, a week before the hearing",
        "2024-05-11|the hearing|after:The firm filed its accounts on 4 May, a week before the hearing"}},
      // A date after the signal is a date, not an event; no date in the sentence, no anchor.
      {"The plant closed after March 3. Prices rose after the strike.", "2024-06-01",
       {"2024-03-03|The plant closed after March 3"}},
  };
  for (const Row& row : rows) {
    DocumentInfo info;
    info.dct = row.dct;
    auto doc = load_document(row.text, info);
    ASSERT_TRUE(doc.ok());
    const Analysis a = engine().analyze(doc->document);
    EXPECT_EQ(describe(row.text, a), row.expected) << row.text;
  }
}

TEST(Timeline, UndatedEventsKeepTheirAnchorsIdAfterSorting) {
  DocumentInfo info;
  info.dct = "2024-06-01";
  const std::string text = "Crews left on May 20 after the fire. The inquiry opened on May 2 before the election.";
  auto doc = load_document(text, info);
  const Analysis a = engine().analyze(doc->document);
  const auto& tl = a.annotations.timeline;
  ASSERT_EQ(tl.size(), 4u);
  // May 2, the election (after May 2), the fire (before May 20), May 20.
  EXPECT_EQ(tl[0].value, "2024-05-02");
  EXPECT_EQ(tl[1].anchor, tl[0].id);
  EXPECT_EQ(tl[1].relation, "after");
  EXPECT_EQ(tl[2].anchor, tl[3].id);
  EXPECT_EQ(tl[2].relation, "before");
  EXPECT_EQ(tl[3].value, "2024-05-20");
  for (std::size_t k = 0; k < tl.size(); ++k) EXPECT_EQ(tl[k].id, "t" + std::to_string(k + 1));
}

}  // namespace
}  // namespace newsmark
