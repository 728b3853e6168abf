// TimelineJS export: slides with dates to the precision of their granularity, headline and
// text from the article, groups, ids; parsed back with simdjson.
#include "io/formats/timelinejs.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/engine.h"

namespace newsmark::io {
namespace {

// The TimelineJS export of `text` as the engine analyses it, and the analysis.
struct Exported {
  AnnotationSet set;
  std::string json;
};
Exported export_analysed(const std::string& text, const DocumentInfo& info) {
  auto doc = load_document(text, info);
  EXPECT_TRUE(doc.ok());
  auto engine = Engine::create();
  EXPECT_TRUE(engine.ok());
  if (!doc.ok() || !engine.ok()) return {};
  Exported e;
  e.set = engine->analyze(doc->document).annotations;
  e.json = write_timelinejs_json(doc->document, e.set);
  return e;
}

TEST(TimelineJs, DatedEventsBecomeSlides) {
  DocumentInfo info;
  info.dct = "2024-03-10";
  info.title = "Storm week";
  const std::string text = "The storm hit Lisbon on March 1. Roads reopened in February 2023. "
                           "The council voted on March 3, two days after the protest. Repairs will take until 2025.";
  const auto [set, json] = export_analysed(text, info);

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  std::string_view headline;
  ASSERT_EQ(root["title"]["text"]["headline"].get(headline), simdjson::SUCCESS);
  EXPECT_EQ(headline, "Storm week");
  simdjson::dom::array events;
  ASSERT_EQ(root["events"].get(events), simdjson::SUCCESS);
  std::size_t dated = 0;
  for (const TimelineEvent& e : set.timeline) dated += e.start.empty() ? 0 : 1;
  EXPECT_EQ(events.size(), dated);
  bool day_slide = false, month_slide = false, year_slide = false;
  for (simdjson::dom::element ev : events) {
    std::string_view id, display, head;
    ASSERT_EQ(ev["unique_id"].get(id), simdjson::SUCCESS);
    ASSERT_EQ(ev["display_date"].get(display), simdjson::SUCCESS);
    ASSERT_EQ(ev["text"]["headline"].get(head), simdjson::SUCCESS);
    int64_t year = 0, month = 0, day = 0;
    ASSERT_EQ(ev["start_date"]["year"].get(year), simdjson::SUCCESS);
    const bool has_month = ev["start_date"]["month"].get(month) == simdjson::SUCCESS;
    const bool has_day = ev["start_date"]["day"].get(day) == simdjson::SUCCESS;
    if (display == "2024-03-01" && head == "March 1") {  // (the protest, two days before March 3, too)
      day_slide = true;
      EXPECT_TRUE(has_month && has_day);
      EXPECT_EQ(day, 1);
      std::string_view group;
      ASSERT_EQ(ev["group"].get(group), simdjson::SUCCESS);
      EXPECT_EQ(group, "Lisbon");
    } else if (display == "2023-02") {
      month_slide = true;
      EXPECT_TRUE(has_month);
      EXPECT_FALSE(has_day);
      EXPECT_EQ(month, 2);
    } else if (display == "2025") {
      year_slide = true;
      EXPECT_FALSE(has_month);
      EXPECT_EQ(year, 2025);
    }
  }
  EXPECT_TRUE(day_slide);
  EXPECT_TRUE(month_slide);
  EXPECT_TRUE(year_slide);
}

// TimelineJS renders headline, text, group and display_date as HTML: the article's words must
// arrive there as text, so a hostile article cannot run script where the timeline is published.
TEST(TimelineJs, ArticleWordsAreEscapedForHtml) {
  DocumentInfo info;
  info.dct = "2024-03-10";
  info.title = "<script>alert(1)</script> & \"news\"";
  const std::string text = "Protesters marched in Lisbon on March 1 carrying <img src=x onerror=alert(2)> banners. "
                           "Minister <b>Ana Costa</b> resigned on March 3.";
  const auto [set, json] = export_analysed(text, info);

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  std::vector<std::string_view> rendered;  // every field TimelineJS puts into the page as HTML
  std::string_view s;
  ASSERT_EQ(root["title"]["text"]["headline"].get(s), simdjson::SUCCESS);
  EXPECT_EQ(s, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;news&quot;");
  simdjson::dom::array events;
  ASSERT_EQ(root["events"].get(events), simdjson::SUCCESS);
  ASSERT_GE(events.size(), 1u) << json;
  bool img_shown_as_text = false;
  for (simdjson::dom::element ev : events) {
    for (const char* key : {"headline", "text"}) {
      if (ev["text"][key].get(s) == simdjson::SUCCESS) rendered.push_back(s);
    }
    if (ev["group"].get(s) == simdjson::SUCCESS) rendered.push_back(s);
    if (ev["display_date"].get(s) == simdjson::SUCCESS) rendered.push_back(s);
    if (ev["text"]["text"].get(s) == simdjson::SUCCESS && s.find("&lt;img src=x onerror=alert(2)&gt;") != std::string_view::npos) {
      img_shown_as_text = true;
    }
  }
  EXPECT_TRUE(img_shown_as_text) << json;
  for (std::string_view field : rendered) {
    EXPECT_EQ(field.find_first_of("<>\"'"), std::string_view::npos) << field;
  }
}

}  // namespace
}  // namespace newsmark::io
