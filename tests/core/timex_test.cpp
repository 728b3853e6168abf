// Time expressions and their TIMEX3 values, one row per expression: the sentence, the document
// date (DCT, "" for none), and the expected first time expression's text, type and value.
#include "core/timex.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "core/engine.h"

namespace newsmark {
namespace {

const Engine& engine() {
  static const Engine* e = [] {
    auto r = Engine::create();
    EXPECT_TRUE(r.ok());
    return new Engine(std::move(r).value());
  }();
  return *e;
}

struct TimexCase {
  const char* sentence;
  const char* dct;
  const char* text;   // "" = no time expression expected
  const char* type;
  const char* value;
};
void PrintTo(const TimexCase& c, std::ostream* os) { *os << '"' << c.sentence << "\" @" << c.dct; }

class TimexTable : public ::testing::TestWithParam<TimexCase> {};

TEST_P(TimexTable, Resolves) {
  const TimexCase& c = GetParam();
  DocumentInfo info;
  info.dct = c.dct;
  auto doc = load_document(c.sentence, info);
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  AnalyzeOptions opt;
  opt.names = false;
  opt.measures = false;
  const Analysis a = engine().analyze(doc->document, opt);
  const std::string text(c.sentence);
  if (std::string(c.text).empty()) {
    EXPECT_TRUE(a.annotations.annotations.empty())
        << text.substr(a.annotations.annotations[0].span.begin, a.annotations.annotations[0].span.size());
    return;
  }
  ASSERT_FALSE(a.annotations.annotations.empty());
  const Annotation& t = a.annotations.annotations[0];
  EXPECT_EQ(text.substr(t.span.begin, t.span.size()), c.text);
  EXPECT_EQ(t.label, c.type);
  ASSERT_NE(t.attr("value"), nullptr);
  EXPECT_EQ(*t.attr("value"), c.value);
}

INSTANTIATE_TEST_SUITE_P(Absolute, TimexTable, ::testing::Values(
    TimexCase{"It happened on July 17, 2023 in Paris.", "2023-08-01", "July 17, 2023", "DATE", "2023-07-17"},
    TimexCase{"It happened on July 17 2023.", "", "July 17 2023", "DATE", "2023-07-17"},
    TimexCase{"It opened on 17 July 2023.", "", "17 July 2023", "DATE", "2023-07-17"},
    TimexCase{"Born on February 24, 1955, he grew up here.", "2011-10-06", "February 24, 1955", "DATE", "1955-02-24"},
    TimexCase{"It ended on Tuesday, September 22, 2015.", "", "Tuesday, September 22, 2015", "DATE", "2015-09-22"},
    TimexCase{"Sales fell in November 2006.", "", "November 2006", "DATE", "2006-11"},
    TimexCase{"Sales fell in the spring of 2025.", "", "the spring of 2025", "DATE", "2025-SP"},
    TimexCase{"Sales fell in summer 2024.", "", "summer 2024", "DATE", "2024-SU"},
    TimexCase{"Work started in 2009.", "2011-01-17", "2009", "DATE", "2009"},
    TimexCase{"It rose in early 2009.", "2011-01-17", "early 2009", "DATE", "2009"},
    TimexCase{"It is due by mid-2011.", "2010-10-23", "mid-2011", "DATE", "2011"},
    TimexCase{"Prices in the 1990s were lower.", "", "the 1990s", "DATE", "199"},
    TimexCase{"The leap day was February 29, 2024.", "", "February 29, 2024", "DATE", "2024-02-29"},
    TimexCase{"It is set for Dec. 31, 1999.", "", "Dec. 31, 1999", "DATE", "1999-12-31"},
    TimexCase{"It is set for Sept. 5, 2001.", "", "Sept. 5, 2001", "DATE", "2001-09-05"},
    TimexCase{"Results for Q3 2023 were weak.", "", "Q3 2023", "DATE", "2023-Q3"},
    TimexCase{"Results for Q4 were weak.", "2023-11-02", "Q4", "DATE", "2023-Q4"},
    TimexCase{"The budget for fiscal year 2023 grew.", "", "fiscal year 2023", "DATE", "FY2023"},
    TimexCase{"The budget for fiscal 2024 grew.", "", "fiscal 2024", "DATE", "FY2024"},
    TimexCase{"The FY2022 budget grew.", "", "FY2022", "DATE", "FY2022"},
    TimexCase{"They signed it in 1991 and left.", "2006-05-08", "1991", "DATE", "1991"}),
    [](const auto& p) { return "case" + std::to_string(p.index); });

INSTANTIATE_TEST_SUITE_P(PartialAndTense, TimexTable, ::testing::Values(
    // A month without a year: this year's in a past clause unless it lies after the DCT.
    TimexCase{"Sales fell in June, the company said.", "2009-07-30", "June", "DATE", "2009-06"},
    TimexCase{"Sales fell in October, the company said.", "2009-07-30", "October", "DATE", "2008-10"},
    TimexCase{"The plant will open in March.", "2023-11-20", "March", "DATE", "2024-03"},
    TimexCase{"The plant will open in December.", "2023-11-20", "December", "DATE", "2023-12"},
    TimexCase{"The vote was held on June 17.", "2009-06-09", "June 17", "DATE", "2008-06-17"},
    TimexCase{"The vote will be held on June 17.", "2009-06-09", "June 17", "DATE", "2009-06-17"},
    TimexCase{"They met on August 24 and talked.", "2011-10-06", "August 24", "DATE", "2011-08-24"},
    TimexCase{"The rally ended on January 3, officials said.", "2024-01-10", "January 3", "DATE", "2024-01-03"},
    TimexCase{"The rally ended on December 30, officials said.", "2024-01-10", "December 30", "DATE", "2023-12-30"},
    TimexCase{"It was announced in May that the plan failed.", "2020-07-01", "May", "DATE", "2020-05"},
    TimexCase{"June 8 was the date, she said.", "", "June 8", "DATE", "XXXX-06-08"},
    TimexCase{"Apple announced another event to be held on October 12.", "2005-10-04", "October 12", "DATE", "2005-10-12"},
    TimexCase{"The show is to run through March 9.", "2014-01-28", "March 9", "DATE", "2014-03-09"},
    TimexCase{"The show runs through March 9.", "2014-01-28", "March 9", "DATE", "2014-03-09"},
    // Weekdays: the one before the DCT in a past clause, after it in a future one.
    TimexCase{"The minister resigned on Monday.", "2023-07-20", "Monday", "DATE", "2023-07-17"},
    TimexCase{"The minister said on Thursday it was over.", "2023-07-20", "Thursday", "DATE", "2023-07-20"},
    TimexCase{"The minister will resign on Monday.", "2023-07-20", "Monday", "DATE", "2023-07-24"},
    TimexCase{"The minister will speak on Thursday.", "2023-07-20", "Thursday", "DATE", "2023-07-20"},
    TimexCase{"Talks ended Sunday, officials said.", "2021-01-01", "Sunday", "DATE", "2020-12-27"},
    TimexCase{"Talks will resume on Monday.", "2020-12-31", "Monday", "DATE", "2021-01-04"},
    TimexCase{"The crash happened Friday morning, police said.", "2010-07-17", "Friday morning", "TIME", "2010-07-16TMO"},
    TimexCase{"The vote was held Tuesday night.", "2010-06-16", "Tuesday night", "TIME", "2010-06-15TNI"},
    TimexCase{"The minister resigned on Monday.", "", "Monday", "DATE", "XXXX-WXX-1"}),
    [](const auto& p) { return "case" + std::to_string(p.index); });

INSTANTIATE_TEST_SUITE_P(Relative, TimexTable, ::testing::Values(
    TimexCase{"The report came out today.", "2006-05-17", "today", "DATE", "2006-05-17"},
    TimexCase{"The report came out yesterday.", "2011-10-06", "yesterday", "DATE", "2011-10-05"},
    TimexCase{"The report came out yesterday.", "2024-03-01", "yesterday", "DATE", "2024-02-29"},
    TimexCase{"The report came out yesterday.", "2023-01-01", "yesterday", "DATE", "2022-12-31"},
    TimexCase{"The report comes out tomorrow.", "2015-09-22", "tomorrow", "DATE", "2015-09-23"},
    TimexCase{"The report comes out tomorrow.", "2023-12-31", "tomorrow", "DATE", "2024-01-01"},
    TimexCase{"The report came out today.", "", "today", "DATE", "PRESENT_REF"},
    TimexCase{"Prices rose this year.", "2007-12-20", "this year", "DATE", "2007"},
    TimexCase{"Prices rose last year.", "2023-07-20", "last year", "DATE", "2022"},
    TimexCase{"Prices will rise next year.", "2023-07-20", "next year", "DATE", "2024"},
    TimexCase{"Prices rose last month.", "2011-04-13", "last month", "DATE", "2011-03"},
    TimexCase{"Prices rose last month.", "2011-01-13", "last month", "DATE", "2010-12"},
    TimexCase{"Prices will rise next month.", "2011-08-08", "next month", "DATE", "2011-09"},
    TimexCase{"Prices will rise next month.", "2011-12-08", "next month", "DATE", "2012-01"},
    TimexCase{"Prices rose last week.", "2023-07-20", "last week", "DATE", "2023-W28"},
    TimexCase{"Prices rose last week.", "2021-01-06", "last week", "DATE", "2020-W53"},
    TimexCase{"Prices rose this week.", "2024-12-31", "this week", "DATE", "2025-W01"},
    TimexCase{"It snowed this weekend.", "2010-01-25", "this weekend", "DATE", "2010-W04-WE"},
    TimexCase{"Profits rose last quarter.", "2023-02-10", "last quarter", "DATE", "2022-Q4"},
    TimexCase{"Profits will rise next quarter.", "2023-11-10", "next quarter", "DATE", "2024-Q1"},
    TimexCase{"It was hot last summer.", "2023-02-10", "last summer", "DATE", "2022-SU"},
    TimexCase{"It will be hot this summer.", "2023-02-10", "this summer", "DATE", "2023-SU"},
    TimexCase{"The company was founded two days ago.", "2023-07-20", "two days ago", "DATE", "2023-07-18"},
    TimexCase{"The company was founded three years ago.", "2023-07-20", "three years ago", "DATE", "2020"},
    TimexCase{"The company was founded a year ago.", "2023-07-20", "a year ago", "DATE", "2022"},
    TimexCase{"The company was founded two months ago.", "2023-01-20", "two months ago", "DATE", "2022-11"},
    TimexCase{"The company was founded five weeks ago.", "2023-01-20", "five weeks ago", "DATE", "2022-W50"},
    TimexCase{"Ten years ago, it was founded.", "2011-03-08", "Ten years ago", "DATE", "2001"},
    TimexCase{"Prices are high now.", "2023-07-20", "now", "DATE", "PRESENT_REF"},
    TimexCase{"Prices rose recently.", "2023-07-20", "recently", "DATE", "PAST_REF"},
    TimexCase{"Prices will rise soon.", "2023-07-20", "soon", "DATE", "FUTURE_REF"},
    TimexCase{"Apple announced it this morning.", "2008-01-09", "this morning", "TIME", "2008-01-09TMO"},
    TimexCase{"Sales peaked at the beginning of the year.", "2008-04-09", "the beginning of the year", "DATE", "2008"},
    TimexCase{"Rules are due by the end of the month.", "2006-02-23", "the end of the month", "DATE", "2006-02"}),
    [](const auto& p) { return "case" + std::to_string(p.index); });

INSTANTIATE_TEST_SUITE_P(DurationsAndSets, TimexTable, ::testing::Values(
    TimexCase{"The work will take three years.", "", "three years", "DURATION", "P3Y"},
    TimexCase{"The work will take 18 months.", "", "18 months", "DURATION", "P18M"},
    TimexCase{"The work took about eight months.", "", "about eight months", "DURATION", "P8M"},
    TimexCase{"The wait was nearly two hours.", "", "nearly two hours", "DURATION", "PT2H"},
    TimexCase{"The talk lasted thirty minutes.", "", "thirty minutes", "DURATION", "PT30M"},
    TimexCase{"It lasted a week.", "", "a week", "DURATION", "P1W"},
    TimexCase{"It lasted 10 days.", "", "10 days", "DURATION", "P10D"},
    TimexCase{"It lasted 45 seconds.", "", "45 seconds", "DURATION", "PT45S"},
    TimexCase{"It lasted two decades.", "", "two decades", "DURATION", "P2DE"},
    TimexCase{"It lasted several years.", "", "several years", "DURATION", "PXY"},
    TimexCase{"They signed a 27-year contract.", "", "27-year", "DURATION", "P27Y"},
    TimexCase{"Its fifty-year service life ends.", "", "fifty-year", "DURATION", "P50Y"},
    TimexCase{"A 12-hour strike began.", "", "12-hour", "DURATION", "PT12H"},
    TimexCase{"Over the next four years it grew.", "", "the next four years", "DURATION", "P4Y"},
    TimexCase{"Prices rose over the past decade.", "2005-06-06", "the past decade", "DURATION", "P10Y"},
    TimexCase{"They settled a decades-long dispute.", "", "decades-long", "DURATION", "PXDE"},
    TimexCase{"Thanks for your work over the years.", "", "over the years", "DURATION", "PXY"},
    TimexCase{"In the past 30 days it grew.", "", "the past 30 days", "DURATION", "P30D"},
    TimexCase{"They deliver 15 a year.", "", "a year", "SET", "P1Y"},
    TimexCase{"The festival is held every year.", "", "every year", "SET", "P1Y"},
    TimexCase{"Reports are filed each month.", "", "each month", "SET", "P1M"},
    TimexCase{"The annual meeting was held.", "", "annual", "SET", "P1Y"},
    TimexCase{"The magazine appears weekly.", "", "weekly", "SET", "P1W"},
    TimexCase{"Sales are reported monthly.", "", "monthly", "SET", "P1M"}),
    [](const auto& p) { return "case" + std::to_string(p.index); });

INSTANTIATE_TEST_SUITE_P(ClockTimes, TimexTable, ::testing::Values(
    TimexCase{"The flight left at 18:00 UTC.", "2008-07-09", "18:00 UTC", "TIME", "2008-07-09T18:00Z"},
    TimexCase{"It landed at 6:40 p.m. local time.", "2007-10-17", "6:40 p.m.", "TIME", "2007-10-17T18:40"},
    TimexCase{"It opens at 8 a.m. on weekdays.", "2007-10-17", "8 a.m.", "TIME", "2007-10-17T08:00"},
    TimexCase{"It closes at 12 a.m. sharp.", "2007-10-17", "12 a.m.", "TIME", "2007-10-17T00:00"},
    TimexCase{"The match ended tonight.", "2007-10-17", "tonight", "TIME", "2007-10-17TNI"}),
    [](const auto& p) { return "case" + std::to_string(p.index); });

INSTANTIATE_TEST_SUITE_P(NotTime, TimexTable, ::testing::Values(
    TimexCase{"The ship carried 2009 passengers.", "", "", "", ""},
    TimexCase{"The fund paid $2009 to each.", "", "", "", ""},
    TimexCase{"You may go now if you like.", "", "now", "DATE", "PRESENT_REF"},
    TimexCase{"Protesters march through the city.", "", "", "", ""},
    TimexCase{"May I ask a question?", "", "", "", ""},
    TimexCase{"He told LA Weekly about it.", "", "", "", ""},
    TimexCase{"The ship is currently at sea.", "", "", "", ""}),
    [](const auto& p) { return "case" + std::to_string(p.index); });

TEST(DetectDct, FromTheDateline) {
  auto engine_doc = [](const std::string& text) {
    auto doc = load_document(text, {});
    return engine().analyze(doc->document);
  };
  const Analysis a = engine_doc("Headline here\nMarch 01, 2008\nBoeing lost on Friday.");
  EXPECT_EQ(a.dct, "2008-03-01");
  EXPECT_TRUE(a.dct_detected);
  bool found = false;
  for (const Annotation& ann : a.annotations.annotations) {
    if (ann.attr("dct") != nullptr) found = true;
    if (ann.label == "DATE" && ann.attr("value") && *ann.attr("value") == "2008-02-29") found = found && true;
  }
  EXPECT_TRUE(found);
  const Analysis none = engine_doc("No date here at all.");
  EXPECT_EQ(none.dct, "");
}

TEST(TimexIntervals, DatesGetTheirSpanOfTime) {
  DocumentInfo info;
  info.dct = "2024-02-10";
  auto doc = load_document("It rose in February 2024, in 2023 and last week.", info);
  const Analysis a = engine().analyze(doc->document);
  std::vector<std::string> got;
  for (const Annotation& ann : a.annotations.annotations) {
    if (ann.label != "DATE") continue;
    got.push_back(*ann.attr("value") + " " + *ann.attr("start") + " " + *ann.attr("end") + " " + *ann.attr("granularity"));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"2024-02 2024-02-01 2024-03-01 month", "2023 2023-01-01 2024-01-01 year",
                                            "2024-W05 2024-01-29 2024-02-05 week"}));
}

}  // namespace
}  // namespace newsmark
