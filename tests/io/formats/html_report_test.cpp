#include "io/formats/html_report.h"

#include <gtest/gtest.h>

#include "io/formats/html_text.h"
#include "model_fixtures.h"

namespace newsmark::io {
namespace {

std::string between(const std::string& s, std::string_view open, std::string_view close) {
  const std::size_t b = s.find(open);
  const std::size_t e = s.find(close, b);
  if (b == std::string::npos || e == std::string::npos) return {};
  return s.substr(b + open.size(), e - b - open.size());
}

std::string strip_tags(std::string_view s) {
  std::string out;
  bool in_tag = false;
  for (char c : s) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag) out.push_back(c);
  }
  return out;
}

TEST(HtmlReport, TheArticleReadsAsItsTextWithEveryShownSpanMarked) {
  const Document d = testing_support::make_document("A <b>bold</b> & \"quoted\" claim\n\nby Zo\xC3\xAB, 2024.");
  AnnotationSet set;
  set.annotations.push_back(Annotation{"a1", {2, 13}, "CLAIM", {}, Origin::user, ReviewStatus::accepted, 1.0f, "check <this>"});
  set.annotations.push_back(Annotation{"a2", {5, 9}, "ORG", {}, Origin::automatic, ReviewStatus::suggested, 0.5f, ""});
  set.annotations.push_back(Annotation{"a3", {36, 40}, "PERSON", {}, Origin::automatic, ReviewStatus::rejected, 0.5f, ""});
  const std::string html = write_html_report(d, set);
  const std::string article = between(html, "<div class=\"article\">", "</div>");
  EXPECT_EQ(decode_html_entities(strip_tags(article)), d.text());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(html.find("title=\"ORG (suggested) · CLAIM — check &lt;this&gt;\""), std::string::npos) << html;
  EXPECT_NE(html.find("<td>check &lt;this&gt;</td>"), std::string::npos);
  EXPECT_EQ(html.find("<td>PERSON</td>"), std::string::npos);  // rejected: left out
}

TEST(HtmlReport, ListsEntitiesTimelineAndSourcesOfAnAnalysedArticle) {
  const auto& article = testing_support::sample_articles().front();
  const std::string html = write_html_report(article.document, article.annotations);
  EXPECT_NE(html.find("<h2>Entities</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2>Sources</h2>"), std::string::npos);
  EXPECT_EQ(html.find("<h2>Timeline</h2>") != std::string::npos, !article.annotations.timeline.empty());
  std::size_t rows = 0;
  const std::string all = between(html, "<h2>All annotations</h2>", "</table>");
  for (std::size_t at = all.find("<tr><td>"); at != std::string::npos; at = all.find("<tr><td>", at + 1)) ++rows;
  std::size_t expected = 0;
  for (const Annotation& a : article.annotations.annotations) expected += a.status != ReviewStatus::rejected;
  EXPECT_EQ(rows, expected);
}

TEST(HtmlReport, DatesReadAsWordsWithTheirCodeBeside) {
  const Document d = testing_support::make_document("They met on the morning of April 17, in spring 2025.");
  AnnotationSet set;
  Annotation morning{"a1", {12, 36}, "TIME", {}, Origin::automatic, ReviewStatus::accepted, 1.0f, ""};
  morning.add_attr("value", "2024-04-17TMO");
  Annotation money{"a2", {41, 52}, "MONEY", {}, Origin::automatic, ReviewStatus::accepted, 1.0f, ""};
  money.add_attr("value", "197");  // not a time: its value is not read as a decade
  set.annotations = {morning, money};
  TimelineEvent e;
  e.id = "t1";
  e.time = "a1";
  e.value = "2025-SP";
  e.start = "2025-03-01";
  e.end = "2025-06-01";
  e.event = {0, 9};
  set.timeline.push_back(e);
  const std::string html = write_html_report(d, set);
  EXPECT_NE(html.find("TIME the morning of 17 April 2024 (2024-04-17TMO)"), std::string::npos) << html;
  EXPECT_NE(html.find("MONEY 197\""), std::string::npos);
  EXPECT_NE(html.find("<tr><td>spring 2025 (2025-SP)</td><td>They met </td></tr>"), std::string::npos);
}

}  // namespace
}  // namespace newsmark::io
