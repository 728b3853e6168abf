#include "io/formats/csv_export.h"

#include <gtest/gtest.h>

#include "model_fixtures.h"

namespace newsmark::io {
namespace {

// A small RFC 4180 reader, to read back what was written.
std::vector<std::vector<std::string>> parse_csv(std::string_view s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') cell.push_back('"'), ++i;
      else if (c == '"') quoted = false;
      else cell.push_back(c);
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(std::move(cell));
      cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      cell.push_back(c);
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

TEST(CsvExport, QuotesWhatNeedsItAndDefusesFormulas) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(csv_field("-5 points"), "'-5 points");
}

TEST(CsvExport, OneRowPerAnnotationWithCodePointOffsets) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  const std::string csv = write_csv(d, set);
  ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  const auto rows = parse_csv(std::string_view(csv).substr(3));
  ASSERT_EQ(rows.size(), set.annotations.size() + 1);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"id", "start", "end", "text", "label", "status", "origin", "confidence", "entity",
                                               "note", "attrs"}));
  for (std::size_t i = 0; i < set.annotations.size(); ++i) {
    const Annotation& a = set.annotations[i];
    const auto& r = rows[i + 1];
    ASSERT_EQ(r.size(), 11u);
    EXPECT_EQ(r[0], a.id);
    EXPECT_EQ(r[1], std::to_string(*d.to_code_point(a.span.begin)));
    EXPECT_EQ(r[3], d.text().substr(a.span.begin, a.span.size()));
    EXPECT_EQ(r[4], a.label);
    EXPECT_EQ(r[9], a.note);
  }
  EXPECT_EQ(rows[1][8], "Zo\xC3\xAB \xE6\x9D\x8E\xE6\x98\x8E");  // the entity's name for its mention
}

}  // namespace
}  // namespace newsmark::io
