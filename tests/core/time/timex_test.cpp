// Time expressions and their TIMEX3 values, one row per expression: the sentence, the document
// date (DCT, "" for none), and the expected first time expression's text, type and value.
#include "core/time/timex.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "core/engine.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;

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
  opt.quotes = false;
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
    TimexCase{"They signed it in 1991 and left.", "2006-05-08", "1991", "DATE", "1991"},
    TimexCase{"It was written in the American format, 7/8/07.", "", "7/8/07", "DATE", "2007-07-08"},
    TimexCase{"The deadline is 12/25/2023 at noon.", "", "12/25/2023", "DATE", "2023-12-25"},
    TimexCase{"The deadline is 25/12/2023 at noon.", "", "25/12/2023", "DATE", "2023-12-25"},
    TimexCase{"The deadline is 2023-07-17 at noon.", "", "2023-07-17", "DATE", "2023-07-17"}),
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
    TimexCase{"It lasted twenty-one days.", "", "twenty-one days", "DURATION", "P21D"},
    TimexCase{"It lasted 45 seconds.", "", "45 seconds", "DURATION", "PT45S"},
    TimexCase{"It lasted two decades.", "", "two decades", "DURATION", "P2DE"},
    TimexCase{"It is almost two and a half years late.", "", "almost two and a half years", "DURATION", "P2.5Y"},
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

// Calendar families across month, year and ISO-week boundaries and leap years. The expected
// values were computed with an independent calendar (Python's datetime) when the rows were
// written, not with this engine.
INSTANTIATE_TEST_SUITE_P(Boundaries, TimexTable, ::testing::Values(
    TimexCase{"The report came out yesterday.", "2020-01-01", "yesterday", "DATE", "2019-12-31"},
    TimexCase{"The report comes out tomorrow.", "2020-01-01", "tomorrow", "DATE", "2020-01-02"},
    TimexCase{"The report came out yesterday.", "2020-02-29", "yesterday", "DATE", "2020-02-28"},
    TimexCase{"The report comes out tomorrow.", "2020-02-29", "tomorrow", "DATE", "2020-03-01"},
    TimexCase{"The report came out yesterday.", "2020-12-31", "yesterday", "DATE", "2020-12-30"},
    TimexCase{"The report comes out tomorrow.", "2020-12-31", "tomorrow", "DATE", "2021-01-01"},
    TimexCase{"The report came out yesterday.", "2021-01-04", "yesterday", "DATE", "2021-01-03"},
    TimexCase{"The report comes out tomorrow.", "2021-01-04", "tomorrow", "DATE", "2021-01-05"},
    TimexCase{"The report came out yesterday.", "2021-03-01", "yesterday", "DATE", "2021-02-28"},
    TimexCase{"The report comes out tomorrow.", "2021-03-01", "tomorrow", "DATE", "2021-03-02"},
    TimexCase{"The report came out yesterday.", "2022-06-15", "yesterday", "DATE", "2022-06-14"},
    TimexCase{"The report comes out tomorrow.", "2022-06-15", "tomorrow", "DATE", "2022-06-16"},
    TimexCase{"The report came out yesterday.", "2023-01-01", "yesterday", "DATE", "2022-12-31"},
    TimexCase{"The report comes out tomorrow.", "2023-01-01", "tomorrow", "DATE", "2023-01-02"},
    TimexCase{"The report came out yesterday.", "2023-07-20", "yesterday", "DATE", "2023-07-19"},
    TimexCase{"The report comes out tomorrow.", "2023-07-20", "tomorrow", "DATE", "2023-07-21"},
    TimexCase{"The report came out yesterday.", "2024-02-29", "yesterday", "DATE", "2024-02-28"},
    TimexCase{"The report comes out tomorrow.", "2024-02-29", "tomorrow", "DATE", "2024-03-01"},
    TimexCase{"The report came out yesterday.", "2024-12-30", "yesterday", "DATE", "2024-12-29"},
    TimexCase{"The report comes out tomorrow.", "2024-12-30", "tomorrow", "DATE", "2024-12-31"},
    TimexCase{"The report came out yesterday.", "2025-12-28", "yesterday", "DATE", "2025-12-27"},
    TimexCase{"The report comes out tomorrow.", "2025-12-28", "tomorrow", "DATE", "2025-12-29"},
    TimexCase{"The report came out yesterday.", "2026-03-14", "yesterday", "DATE", "2026-03-13"},
    TimexCase{"The report comes out tomorrow.", "2026-03-14", "tomorrow", "DATE", "2026-03-15"},
    TimexCase{"Prices rose last week.", "2020-01-01", "last week", "DATE", "2019-W52"},
    TimexCase{"Prices rose this week.", "2020-01-01", "this week", "DATE", "2020-W01"},
    TimexCase{"Prices will rise next week.", "2020-01-01", "next week", "DATE", "2020-W02"},
    TimexCase{"Prices rose last week.", "2020-02-29", "last week", "DATE", "2020-W08"},
    TimexCase{"Prices rose this week.", "2020-02-29", "this week", "DATE", "2020-W09"},
    TimexCase{"Prices will rise next week.", "2020-02-29", "next week", "DATE", "2020-W10"},
    TimexCase{"Prices rose last week.", "2020-12-31", "last week", "DATE", "2020-W52"},
    TimexCase{"Prices rose this week.", "2020-12-31", "this week", "DATE", "2020-W53"},
    TimexCase{"Prices will rise next week.", "2020-12-31", "next week", "DATE", "2021-W01"},
    TimexCase{"Prices rose last week.", "2021-01-04", "last week", "DATE", "2020-W53"},
    TimexCase{"Prices rose this week.", "2021-01-04", "this week", "DATE", "2021-W01"},
    TimexCase{"Prices will rise next week.", "2021-01-04", "next week", "DATE", "2021-W02"},
    TimexCase{"Prices rose last week.", "2021-03-01", "last week", "DATE", "2021-W08"},
    TimexCase{"Prices rose this week.", "2021-03-01", "this week", "DATE", "2021-W09"},
    TimexCase{"Prices will rise next week.", "2021-03-01", "next week", "DATE", "2021-W10"},
    TimexCase{"Prices rose last week.", "2022-06-15", "last week", "DATE", "2022-W23"},
    TimexCase{"Prices rose this week.", "2022-06-15", "this week", "DATE", "2022-W24"},
    TimexCase{"Prices will rise next week.", "2022-06-15", "next week", "DATE", "2022-W25"},
    TimexCase{"Prices rose last week.", "2023-01-01", "last week", "DATE", "2022-W51"},
    TimexCase{"Prices rose this week.", "2023-01-01", "this week", "DATE", "2022-W52"},
    TimexCase{"Prices will rise next week.", "2023-01-01", "next week", "DATE", "2023-W01"},
    TimexCase{"Prices rose last week.", "2023-07-20", "last week", "DATE", "2023-W28"},
    TimexCase{"Prices rose this week.", "2023-07-20", "this week", "DATE", "2023-W29"},
    TimexCase{"Prices will rise next week.", "2023-07-20", "next week", "DATE", "2023-W30"},
    TimexCase{"Prices rose last week.", "2024-02-29", "last week", "DATE", "2024-W08"},
    TimexCase{"Prices rose this week.", "2024-02-29", "this week", "DATE", "2024-W09"},
    TimexCase{"Prices will rise next week.", "2024-02-29", "next week", "DATE", "2024-W10"},
    TimexCase{"Prices rose last week.", "2024-12-30", "last week", "DATE", "2024-W52"},
    TimexCase{"Prices rose this week.", "2024-12-30", "this week", "DATE", "2025-W01"},
    TimexCase{"Prices will rise next week.", "2024-12-30", "next week", "DATE", "2025-W02"},
    TimexCase{"Prices rose last week.", "2025-12-28", "last week", "DATE", "2025-W51"},
    TimexCase{"Prices rose this week.", "2025-12-28", "this week", "DATE", "2025-W52"},
    TimexCase{"Prices will rise next week.", "2025-12-28", "next week", "DATE", "2026-W01"},
    TimexCase{"Prices rose last week.", "2026-03-14", "last week", "DATE", "2026-W10"},
    TimexCase{"Prices rose this week.", "2026-03-14", "this week", "DATE", "2026-W11"},
    TimexCase{"Prices will rise next week.", "2026-03-14", "next week", "DATE", "2026-W12"},
    TimexCase{"Prices rose last month.", "2020-01-01", "last month", "DATE", "2019-12"},
    TimexCase{"Prices will rise next month.", "2020-01-01", "next month", "DATE", "2020-02"},
    TimexCase{"Prices rose last year.", "2020-01-01", "last year", "DATE", "2019"},
    TimexCase{"Prices will rise next year.", "2020-01-01", "next year", "DATE", "2021"},
    TimexCase{"Prices rose last month.", "2020-02-29", "last month", "DATE", "2020-01"},
    TimexCase{"Prices will rise next month.", "2020-02-29", "next month", "DATE", "2020-03"},
    TimexCase{"Prices rose last year.", "2020-02-29", "last year", "DATE", "2019"},
    TimexCase{"Prices will rise next year.", "2020-02-29", "next year", "DATE", "2021"},
    TimexCase{"Prices rose last month.", "2020-12-31", "last month", "DATE", "2020-11"},
    TimexCase{"Prices will rise next month.", "2020-12-31", "next month", "DATE", "2021-01"},
    TimexCase{"Prices rose last year.", "2020-12-31", "last year", "DATE", "2019"},
    TimexCase{"Prices will rise next year.", "2020-12-31", "next year", "DATE", "2021"},
    TimexCase{"Prices rose last month.", "2021-01-04", "last month", "DATE", "2020-12"},
    TimexCase{"Prices will rise next month.", "2021-01-04", "next month", "DATE", "2021-02"},
    TimexCase{"Prices rose last year.", "2021-01-04", "last year", "DATE", "2020"},
    TimexCase{"Prices will rise next year.", "2021-01-04", "next year", "DATE", "2022"},
    TimexCase{"Prices rose last month.", "2021-03-01", "last month", "DATE", "2021-02"},
    TimexCase{"Prices will rise next month.", "2021-03-01", "next month", "DATE", "2021-04"},
    TimexCase{"Prices rose last year.", "2021-03-01", "last year", "DATE", "2020"},
    TimexCase{"Prices will rise next year.", "2021-03-01", "next year", "DATE", "2022"},
    TimexCase{"Prices rose last month.", "2022-06-15", "last month", "DATE", "2022-05"},
    TimexCase{"Prices will rise next month.", "2022-06-15", "next month", "DATE", "2022-07"},
    TimexCase{"Prices rose last year.", "2022-06-15", "last year", "DATE", "2021"},
    TimexCase{"Prices will rise next year.", "2022-06-15", "next year", "DATE", "2023"},
    TimexCase{"Prices rose last month.", "2023-01-01", "last month", "DATE", "2022-12"},
    TimexCase{"Prices will rise next month.", "2023-01-01", "next month", "DATE", "2023-02"},
    TimexCase{"Prices rose last year.", "2023-01-01", "last year", "DATE", "2022"},
    TimexCase{"Prices will rise next year.", "2023-01-01", "next year", "DATE", "2024"},
    TimexCase{"Prices rose last month.", "2023-07-20", "last month", "DATE", "2023-06"},
    TimexCase{"Prices will rise next month.", "2023-07-20", "next month", "DATE", "2023-08"},
    TimexCase{"Prices rose last year.", "2023-07-20", "last year", "DATE", "2022"},
    TimexCase{"Prices will rise next year.", "2023-07-20", "next year", "DATE", "2024"},
    TimexCase{"Prices rose last month.", "2024-02-29", "last month", "DATE", "2024-01"},
    TimexCase{"Prices will rise next month.", "2024-02-29", "next month", "DATE", "2024-03"},
    TimexCase{"Prices rose last year.", "2024-02-29", "last year", "DATE", "2023"},
    TimexCase{"Prices will rise next year.", "2024-02-29", "next year", "DATE", "2025"},
    TimexCase{"Prices rose last month.", "2024-12-30", "last month", "DATE", "2024-11"},
    TimexCase{"Prices will rise next month.", "2024-12-30", "next month", "DATE", "2025-01"},
    TimexCase{"Prices rose last year.", "2024-12-30", "last year", "DATE", "2023"},
    TimexCase{"Prices will rise next year.", "2024-12-30", "next year", "DATE", "2025"},
    TimexCase{"Prices rose last month.", "2025-12-28", "last month", "DATE", "2025-11"},
    TimexCase{"Prices will rise next month.", "2025-12-28", "next month", "DATE", "2026-01"},
    TimexCase{"Prices rose last year.", "2025-12-28", "last year", "DATE", "2024"},
    TimexCase{"Prices will rise next year.", "2025-12-28", "next year", "DATE", "2026"},
    TimexCase{"Prices rose last month.", "2026-03-14", "last month", "DATE", "2026-02"},
    TimexCase{"Prices will rise next month.", "2026-03-14", "next month", "DATE", "2026-04"},
    TimexCase{"Prices rose last year.", "2026-03-14", "last year", "DATE", "2025"},
    TimexCase{"Prices will rise next year.", "2026-03-14", "next year", "DATE", "2027"},
    TimexCase{"It was founded two days ago.", "2020-01-01", "two days ago", "DATE", "2019-12-30"},
    TimexCase{"It was founded 10 days ago.", "2020-01-01", "10 days ago", "DATE", "2019-12-22"},
    TimexCase{"It was founded three days ago.", "2020-01-01", "three days ago", "DATE", "2019-12-29"},
    TimexCase{"It was founded two weeks ago.", "2020-01-01", "two weeks ago", "DATE", "2019-W51"},
    TimexCase{"It was founded two days ago.", "2020-02-29", "two days ago", "DATE", "2020-02-27"},
    TimexCase{"It was founded 10 days ago.", "2020-02-29", "10 days ago", "DATE", "2020-02-19"},
    TimexCase{"It was founded three days ago.", "2020-02-29", "three days ago", "DATE", "2020-02-26"},
    TimexCase{"It was founded two weeks ago.", "2020-02-29", "two weeks ago", "DATE", "2020-W07"},
    TimexCase{"It was founded two days ago.", "2020-12-31", "two days ago", "DATE", "2020-12-29"},
    TimexCase{"It was founded 10 days ago.", "2020-12-31", "10 days ago", "DATE", "2020-12-21"},
    TimexCase{"It was founded three days ago.", "2020-12-31", "three days ago", "DATE", "2020-12-28"},
    TimexCase{"It was founded two weeks ago.", "2020-12-31", "two weeks ago", "DATE", "2020-W51"},
    TimexCase{"It was founded two days ago.", "2021-01-04", "two days ago", "DATE", "2021-01-02"},
    TimexCase{"It was founded 10 days ago.", "2021-01-04", "10 days ago", "DATE", "2020-12-25"},
    TimexCase{"It was founded three days ago.", "2021-01-04", "three days ago", "DATE", "2021-01-01"},
    TimexCase{"It was founded two weeks ago.", "2021-01-04", "two weeks ago", "DATE", "2020-W52"},
    TimexCase{"It was founded two days ago.", "2021-03-01", "two days ago", "DATE", "2021-02-27"},
    TimexCase{"It was founded 10 days ago.", "2021-03-01", "10 days ago", "DATE", "2021-02-19"},
    TimexCase{"It was founded three days ago.", "2021-03-01", "three days ago", "DATE", "2021-02-26"},
    TimexCase{"It was founded two weeks ago.", "2021-03-01", "two weeks ago", "DATE", "2021-W07"},
    TimexCase{"It was founded two days ago.", "2022-06-15", "two days ago", "DATE", "2022-06-13"},
    TimexCase{"It was founded 10 days ago.", "2022-06-15", "10 days ago", "DATE", "2022-06-05"},
    TimexCase{"It was founded three days ago.", "2022-06-15", "three days ago", "DATE", "2022-06-12"},
    TimexCase{"It was founded two weeks ago.", "2022-06-15", "two weeks ago", "DATE", "2022-W22"},
    TimexCase{"It was founded two days ago.", "2023-01-01", "two days ago", "DATE", "2022-12-30"},
    TimexCase{"It was founded 10 days ago.", "2023-01-01", "10 days ago", "DATE", "2022-12-22"},
    TimexCase{"It was founded three days ago.", "2023-01-01", "three days ago", "DATE", "2022-12-29"},
    TimexCase{"It was founded two weeks ago.", "2023-01-01", "two weeks ago", "DATE", "2022-W50"},
    TimexCase{"It was founded two days ago.", "2023-07-20", "two days ago", "DATE", "2023-07-18"},
    TimexCase{"It was founded 10 days ago.", "2023-07-20", "10 days ago", "DATE", "2023-07-10"},
    TimexCase{"It was founded three days ago.", "2023-07-20", "three days ago", "DATE", "2023-07-17"},
    TimexCase{"It was founded two weeks ago.", "2023-07-20", "two weeks ago", "DATE", "2023-W27"},
    TimexCase{"The minister resigned on Monday.", "2023-07-20", "Monday", "DATE", "2023-07-17"},
    TimexCase{"The minister will speak on Monday.", "2023-07-20", "Monday", "DATE", "2023-07-24"},
    TimexCase{"The minister resigned on Tuesday.", "2023-07-20", "Tuesday", "DATE", "2023-07-18"},
    TimexCase{"The minister will speak on Tuesday.", "2023-07-20", "Tuesday", "DATE", "2023-07-25"},
    TimexCase{"The minister resigned on Wednesday.", "2023-07-20", "Wednesday", "DATE", "2023-07-19"},
    TimexCase{"The minister will speak on Wednesday.", "2023-07-20", "Wednesday", "DATE", "2023-07-26"},
    TimexCase{"The minister resigned on Thursday.", "2023-07-20", "Thursday", "DATE", "2023-07-20"},
    TimexCase{"The minister will speak on Thursday.", "2023-07-20", "Thursday", "DATE", "2023-07-20"},
    TimexCase{"The minister resigned on Friday.", "2023-07-20", "Friday", "DATE", "2023-07-14"},
    TimexCase{"The minister will speak on Friday.", "2023-07-20", "Friday", "DATE", "2023-07-21"},
    TimexCase{"The minister resigned on Saturday.", "2023-07-20", "Saturday", "DATE", "2023-07-15"},
    TimexCase{"The minister will speak on Saturday.", "2023-07-20", "Saturday", "DATE", "2023-07-22"},
    TimexCase{"The minister resigned on Sunday.", "2023-07-20", "Sunday", "DATE", "2023-07-16"},
    TimexCase{"The minister will speak on Sunday.", "2023-07-20", "Sunday", "DATE", "2023-07-23"},
    TimexCase{"The minister resigned on Monday.", "2021-01-01", "Monday", "DATE", "2020-12-28"},
    TimexCase{"The minister will speak on Monday.", "2021-01-01", "Monday", "DATE", "2021-01-04"},
    TimexCase{"The minister resigned on Tuesday.", "2021-01-01", "Tuesday", "DATE", "2020-12-29"},
    TimexCase{"The minister will speak on Tuesday.", "2021-01-01", "Tuesday", "DATE", "2021-01-05"},
    TimexCase{"The minister resigned on Wednesday.", "2021-01-01", "Wednesday", "DATE", "2020-12-30"},
    TimexCase{"The minister will speak on Wednesday.", "2021-01-01", "Wednesday", "DATE", "2021-01-06"},
    TimexCase{"The minister resigned on Thursday.", "2021-01-01", "Thursday", "DATE", "2020-12-31"},
    TimexCase{"The minister will speak on Thursday.", "2021-01-01", "Thursday", "DATE", "2021-01-07"},
    TimexCase{"The minister resigned on Friday.", "2021-01-01", "Friday", "DATE", "2021-01-01"},
    TimexCase{"The minister will speak on Friday.", "2021-01-01", "Friday", "DATE", "2021-01-01"},
    TimexCase{"The minister resigned on Saturday.", "2021-01-01", "Saturday", "DATE", "2020-12-26"},
    TimexCase{"The minister will speak on Saturday.", "2021-01-01", "Saturday", "DATE", "2021-01-02"},
    TimexCase{"The minister resigned on Sunday.", "2021-01-01", "Sunday", "DATE", "2020-12-27"},
    TimexCase{"The minister will speak on Sunday.", "2021-01-01", "Sunday", "DATE", "2021-01-03"},
    TimexCase{"The minister resigned on Monday.", "2024-02-29", "Monday", "DATE", "2024-02-26"},
    TimexCase{"The minister will speak on Monday.", "2024-02-29", "Monday", "DATE", "2024-03-04"},
    TimexCase{"The minister resigned on Tuesday.", "2024-02-29", "Tuesday", "DATE", "2024-02-27"},
    TimexCase{"The minister will speak on Tuesday.", "2024-02-29", "Tuesday", "DATE", "2024-03-05"},
    TimexCase{"The minister resigned on Wednesday.", "2024-02-29", "Wednesday", "DATE", "2024-02-28"},
    TimexCase{"The minister will speak on Wednesday.", "2024-02-29", "Wednesday", "DATE", "2024-03-06"},
    TimexCase{"The minister resigned on Thursday.", "2024-02-29", "Thursday", "DATE", "2024-02-29"},
    TimexCase{"The minister will speak on Thursday.", "2024-02-29", "Thursday", "DATE", "2024-02-29"},
    TimexCase{"The minister resigned on Friday.", "2024-02-29", "Friday", "DATE", "2024-02-23"},
    TimexCase{"The minister will speak on Friday.", "2024-02-29", "Friday", "DATE", "2024-03-01"},
    TimexCase{"The minister resigned on Saturday.", "2024-02-29", "Saturday", "DATE", "2024-02-24"},
    TimexCase{"The minister will speak on Saturday.", "2024-02-29", "Saturday", "DATE", "2024-03-02"},
    TimexCase{"The minister resigned on Sunday.", "2024-02-29", "Sunday", "DATE", "2024-02-25"},
    TimexCase{"The minister will speak on Sunday.", "2024-02-29", "Sunday", "DATE", "2024-03-03"},
    TimexCase{"The vote was held on January 15.", "2023-01-10", "January 15", "DATE", "2022-01-15"},
    TimexCase{"The vote will be held on January 15.", "2023-01-10", "January 15", "DATE", "2023-01-15"},
    TimexCase{"The vote was held on February 15.", "2023-01-10", "February 15", "DATE", "2022-02-15"},
    TimexCase{"The vote will be held on February 15.", "2023-01-10", "February 15", "DATE", "2023-02-15"},
    TimexCase{"The vote was held on June 15.", "2023-01-10", "June 15", "DATE", "2022-06-15"},
    TimexCase{"The vote will be held on June 15.", "2023-01-10", "June 15", "DATE", "2023-06-15"},
    TimexCase{"The vote was held on November 15.", "2023-01-10", "November 15", "DATE", "2022-11-15"},
    TimexCase{"The vote will be held on November 15.", "2023-01-10", "November 15", "DATE", "2023-11-15"},
    TimexCase{"The vote was held on December 15.", "2023-01-10", "December 15", "DATE", "2022-12-15"},
    TimexCase{"The vote will be held on December 15.", "2023-01-10", "December 15", "DATE", "2023-12-15"},
    TimexCase{"The vote was held on January 15.", "2023-12-20", "January 15", "DATE", "2023-01-15"},
    TimexCase{"The vote will be held on January 15.", "2023-12-20", "January 15", "DATE", "2024-01-15"},
    TimexCase{"The vote was held on February 15.", "2023-12-20", "February 15", "DATE", "2023-02-15"},
    TimexCase{"The vote will be held on February 15.", "2023-12-20", "February 15", "DATE", "2024-02-15"},
    TimexCase{"The vote was held on June 15.", "2023-12-20", "June 15", "DATE", "2023-06-15"},
    TimexCase{"The vote will be held on June 15.", "2023-12-20", "June 15", "DATE", "2024-06-15"},
    TimexCase{"The vote was held on November 15.", "2023-12-20", "November 15", "DATE", "2023-11-15"},
    TimexCase{"The vote will be held on November 15.", "2023-12-20", "November 15", "DATE", "2024-11-15"},
    TimexCase{"The vote was held on December 15.", "2023-12-20", "December 15", "DATE", "2023-12-15"},
    TimexCase{"The vote will be held on December 15.", "2023-12-20", "December 15", "DATE", "2024-12-15"},
    TimexCase{"The vote was held on January 15.", "2024-02-29", "January 15", "DATE", "2024-01-15"},
    TimexCase{"The vote will be held on January 15.", "2024-02-29", "January 15", "DATE", "2025-01-15"},
    TimexCase{"The vote was held on February 15.", "2024-02-29", "February 15", "DATE", "2024-02-15"},
    TimexCase{"The vote will be held on February 15.", "2024-02-29", "February 15", "DATE", "2025-02-15"},
    TimexCase{"The vote was held on June 15.", "2024-02-29", "June 15", "DATE", "2023-06-15"},
    TimexCase{"The vote will be held on June 15.", "2024-02-29", "June 15", "DATE", "2024-06-15"},
    TimexCase{"The vote was held on November 15.", "2024-02-29", "November 15", "DATE", "2023-11-15"},
    TimexCase{"The vote will be held on November 15.", "2024-02-29", "November 15", "DATE", "2024-11-15"},
    TimexCase{"The vote was held on December 15.", "2024-02-29", "December 15", "DATE", "2023-12-15"},
    TimexCase{"The vote will be held on December 15.", "2024-02-29", "December 15", "DATE", "2024-12-15"},
    TimexCase{"It opened on January 3, 2019.", "", "January 3, 2019", "DATE", "2019-01-03"},
    TimexCase{"It opened on 28 January 1998.", "", "28 January 1998", "DATE", "1998-01-28"},
    TimexCase{"Sales fell in January 2012.", "", "January 2012", "DATE", "2012-01"},
    TimexCase{"It opened on February 3, 2019.", "", "February 3, 2019", "DATE", "2019-02-03"},
    TimexCase{"It opened on 28 February 1998.", "", "28 February 1998", "DATE", "1998-02-28"},
    TimexCase{"Sales fell in February 2012.", "", "February 2012", "DATE", "2012-02"},
    TimexCase{"It opened on March 3, 2019.", "", "March 3, 2019", "DATE", "2019-03-03"},
    TimexCase{"It opened on 28 March 1998.", "", "28 March 1998", "DATE", "1998-03-28"},
    TimexCase{"Sales fell in March 2012.", "", "March 2012", "DATE", "2012-03"},
    TimexCase{"It opened on April 3, 2019.", "", "April 3, 2019", "DATE", "2019-04-03"},
    TimexCase{"It opened on 28 April 1998.", "", "28 April 1998", "DATE", "1998-04-28"},
    TimexCase{"Sales fell in April 2012.", "", "April 2012", "DATE", "2012-04"},
    TimexCase{"It opened on May 3, 2019.", "", "May 3, 2019", "DATE", "2019-05-03"},
    TimexCase{"It opened on 28 May 1998.", "", "28 May 1998", "DATE", "1998-05-28"},
    TimexCase{"Sales fell in May 2012.", "", "May 2012", "DATE", "2012-05"},
    TimexCase{"It opened on June 3, 2019.", "", "June 3, 2019", "DATE", "2019-06-03"},
    TimexCase{"It opened on 28 June 1998.", "", "28 June 1998", "DATE", "1998-06-28"},
    TimexCase{"Sales fell in June 2012.", "", "June 2012", "DATE", "2012-06"},
    TimexCase{"It opened on July 3, 2019.", "", "July 3, 2019", "DATE", "2019-07-03"},
    TimexCase{"It opened on 28 July 1998.", "", "28 July 1998", "DATE", "1998-07-28"},
    TimexCase{"Sales fell in July 2012.", "", "July 2012", "DATE", "2012-07"},
    TimexCase{"It opened on August 3, 2019.", "", "August 3, 2019", "DATE", "2019-08-03"},
    TimexCase{"It opened on 28 August 1998.", "", "28 August 1998", "DATE", "1998-08-28"},
    TimexCase{"Sales fell in August 2012.", "", "August 2012", "DATE", "2012-08"},
    TimexCase{"It opened on September 3, 2019.", "", "September 3, 2019", "DATE", "2019-09-03"},
    TimexCase{"It opened on 28 September 1998.", "", "28 September 1998", "DATE", "1998-09-28"},
    TimexCase{"Sales fell in September 2012.", "", "September 2012", "DATE", "2012-09"},
    TimexCase{"It opened on October 3, 2019.", "", "October 3, 2019", "DATE", "2019-10-03"},
    TimexCase{"It opened on 28 October 1998.", "", "28 October 1998", "DATE", "1998-10-28"},
    TimexCase{"Sales fell in October 2012.", "", "October 2012", "DATE", "2012-10"},
    TimexCase{"It opened on November 3, 2019.", "", "November 3, 2019", "DATE", "2019-11-03"},
    TimexCase{"It opened on 28 November 1998.", "", "28 November 1998", "DATE", "1998-11-28"},
    TimexCase{"Sales fell in November 2012.", "", "November 2012", "DATE", "2012-11"},
    TimexCase{"It opened on December 3, 2019.", "", "December 3, 2019", "DATE", "2019-12-03"},
    TimexCase{"It opened on 28 December 1998.", "", "28 December 1998", "DATE", "1998-12-28"},
    TimexCase{"Sales fell in December 2012.", "", "December 2012", "DATE", "2012-12"},
    TimexCase{"It happened on February 29, 1996.", "", "February 29, 1996", "DATE", "1996-02-29"},
    TimexCase{"It happened on February 29, 2000.", "", "February 29, 2000", "DATE", "2000-02-29"},
    TimexCase{"It happened on February 29, 2004.", "", "February 29, 2004", "DATE", "2004-02-29"},
    TimexCase{"It happened on February 29, 2016.", "", "February 29, 2016", "DATE", "2016-02-29"},
    TimexCase{"It happened on February 29, 2020.", "", "February 29, 2020", "DATE", "2020-02-29"},
    TimexCase{"The work took two years.", "", "two years", "DURATION", "P2Y"},
    TimexCase{"The work took five years.", "", "five years", "DURATION", "P5Y"},
    TimexCase{"The work took 12 years.", "", "12 years", "DURATION", "P12Y"},
    TimexCase{"The work took forty years.", "", "forty years", "DURATION", "P40Y"},
    TimexCase{"The work took two months.", "", "two months", "DURATION", "P2M"},
    TimexCase{"The work took five months.", "", "five months", "DURATION", "P5M"},
    TimexCase{"The work took 12 months.", "", "12 months", "DURATION", "P12M"},
    TimexCase{"The work took forty months.", "", "forty months", "DURATION", "P40M"},
    TimexCase{"The work took two weeks.", "", "two weeks", "DURATION", "P2W"},
    TimexCase{"The work took five weeks.", "", "five weeks", "DURATION", "P5W"},
    TimexCase{"The work took 12 weeks.", "", "12 weeks", "DURATION", "P12W"},
    TimexCase{"The work took forty weeks.", "", "forty weeks", "DURATION", "P40W"},
    TimexCase{"The work took two days.", "", "two days", "DURATION", "P2D"},
    TimexCase{"The work took five days.", "", "five days", "DURATION", "P5D"},
    TimexCase{"The work took 12 days.", "", "12 days", "DURATION", "P12D"},
    TimexCase{"The work took forty days.", "", "forty days", "DURATION", "P40D"},
    TimexCase{"The work took two hours.", "", "two hours", "DURATION", "PT2H"},
    TimexCase{"The work took five hours.", "", "five hours", "DURATION", "PT5H"},
    TimexCase{"The work took 12 hours.", "", "12 hours", "DURATION", "PT12H"},
    TimexCase{"The work took forty hours.", "", "forty hours", "DURATION", "PT40H"},
    TimexCase{"The work took two minutes.", "", "two minutes", "DURATION", "PT2M"},
    TimexCase{"The work took five minutes.", "", "five minutes", "DURATION", "PT5M"},
    TimexCase{"The work took 12 minutes.", "", "12 minutes", "DURATION", "PT12M"},
    TimexCase{"The work took forty minutes.", "", "forty minutes", "DURATION", "PT40M"},
    TimexCase{"The work took two seconds.", "", "two seconds", "DURATION", "PT2S"},
    TimexCase{"The work took five seconds.", "", "five seconds", "DURATION", "PT5S"},
    TimexCase{"The work took 12 seconds.", "", "12 seconds", "DURATION", "PT12S"},
    TimexCase{"The work took forty seconds.", "", "forty seconds", "DURATION", "PT40S"},
    TimexCase{"The work took two decades.", "", "two decades", "DURATION", "P2DE"},
    TimexCase{"The work took five decades.", "", "five decades", "DURATION", "P5DE"},
    TimexCase{"The work took 12 decades.", "", "12 decades", "DURATION", "P12DE"},
    TimexCase{"The work took forty decades.", "", "forty decades", "DURATION", "P40DE"},
    TimexCase{"Profits rose this quarter.", "2023-02-10", "this quarter", "DATE", "2023-Q1"},
    TimexCase{"Profits rose this quarter.", "2023-05-10", "this quarter", "DATE", "2023-Q2"},
    TimexCase{"Profits rose this quarter.", "2023-08-10", "this quarter", "DATE", "2023-Q3"},
    TimexCase{"Profits rose this quarter.", "2023-11-10", "this quarter", "DATE", "2023-Q4"},
    TimexCase{"It happened in the spring of 2019.", "", "the spring of 2019", "DATE", "2019-SP"},
    TimexCase{"It will happen next spring.", "2022-07-01", "next spring", "DATE", "2023-SP"},
    TimexCase{"It happened in the summer of 2019.", "", "the summer of 2019", "DATE", "2019-SU"},
    TimexCase{"It will happen next summer.", "2022-07-01", "next summer", "DATE", "2023-SU"},
    TimexCase{"It happened in the autumn of 2019.", "", "the autumn of 2019", "DATE", "2019-FA"},
    TimexCase{"It will happen next autumn.", "2022-07-01", "next autumn", "DATE", "2023-FA"},
    TimexCase{"It happened in the winter of 2019.", "", "the winter of 2019", "DATE", "2019-WI"},
    TimexCase{"It will happen next winter.", "2022-07-01", "next winter", "DATE", "2023-WI"},
    TimexCase{"It is checked every year.", "", "every year", "SET", "P1Y"},
    TimexCase{"It is checked each year.", "", "each year", "SET", "P1Y"},
    TimexCase{"It is checked every month.", "", "every month", "SET", "P1M"},
    TimexCase{"It is checked each month.", "", "each month", "SET", "P1M"},
    TimexCase{"It is checked every week.", "", "every week", "SET", "P1W"},
    TimexCase{"It is checked each week.", "", "each week", "SET", "P1W"},
    TimexCase{"It is checked every day.", "", "every day", "SET", "P1D"},
    TimexCase{"It is checked each day.", "", "each day", "SET", "P1D"}),
    [](const auto& p) { return "case" + std::to_string(p.index); });

TEST(DetectDct, FromTheDateline) {
  auto engine_doc = [](const std::string& text) {
    auto doc = load_document(text, {});
    return engine().analyze(doc->document);
  };
  const Analysis a = engine_doc("Headline here\nMarch 01, 2008\nBoeing lost on Friday.");
  EXPECT_EQ(a.dct, "2008-03-01");
  EXPECT_TRUE(a.dct_detected);
  const std::string text = "Headline here\nMarch 01, 2008\nBoeing lost on Friday.";
  bool dateline_marked = false, friday_resolved = false;
  for (const Annotation& ann : a.annotations.annotations) {
    const std::string covered = text.substr(ann.span.begin, ann.span.size());
    if (ann.attr("dct") != nullptr) dateline_marked = covered == "March 01, 2008";
    // Resolved against the detected DCT (a Saturday): the Friday before.
    if (covered == "Friday") friday_resolved = *ann.attr("value") == "2008-02-29";
  }
  EXPECT_TRUE(dateline_marked);
  EXPECT_TRUE(friday_resolved);
  const Analysis none = engine_doc("No date here at all.");
  EXPECT_EQ(none.dct, "");
}

TEST(NarrativeTime, RelativeDaysFollowTheLastDate) {
  DocumentInfo info;
  info.dct = "2024-03-10";
  const std::string text =
      "The storm hit on March 1. The next day, roads closed. Two days later the army arrived. "
      "Aid came three days later, officials said. It lasted two days before the vote.";
  auto doc = load_document(text, info);
  AnalyzeOptions opt;
  opt.names = false;
  opt.measures = false;
  opt.quotes = false;
  const Analysis a = engine().analyze(doc->document, opt);
  std::vector<std::string> got;
  for (const Annotation& ann : a.annotations.annotations) {
    got.push_back(text.substr(ann.span.begin, ann.span.size()) + "=" + *ann.attr("value") +
                  (ann.attr("certain") ? "?" : ""));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"March 1=2024-03-01", "The next day=2024-03-02?",
                                            "Two days later=2024-03-04?", "three days later=2024-03-07?",
                                            "two days=P2D"}));
  // The timeline orders them by their placement.
  ASSERT_EQ(a.annotations.timeline.size(), 4u);
  EXPECT_EQ(a.annotations.timeline[3].value, "2024-03-07");
  EXPECT_FALSE(a.annotations.timeline[3].certain);
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
