// TIMEX3 values read as words for the timeline and the report.
#include "core/time/value_words.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace newsmark {
namespace {

TEST(ValueWords, ReadsEachKindOfValueAsPeopleSayIt) {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"2024", "2024"},
      {"2024-04", "April 2024"},
      {"2024-04-17", "17 April 2024"},
      {"2024-04-17TMO", "the morning of 17 April 2024"},
      {"2024-04-17TAF", "the afternoon of 17 April 2024"},
      {"2024-04-17TEV", "the evening of 17 April 2024"},
      {"2024-04-17TNI", "the night of 17 April 2024"},
      {"2024-04-17T14:30", "17 April 2024, 14:30"},
      {"2023-07-20T18:00Z", "20 July 2023, 18:00 UTC"},
      {"2025-SP", "spring 2025"},
      {"2025-FA", "autumn 2025"},
      {"2024-Q3", "the third quarter of 2024"},
      {"1998-H1", "the first half of 1998"},
      {"2024-W15", "week 15 of 2024"},
      {"FY1998", "fiscal year 1998"},
      {"197", "the 1970s"},
      {"19", "the 20th century"},
      {"20", "the 21st century"},
      {"XXXX-03-14", "14 March"},
      {"PRESENT_REF", "now"},
      {"PAST_REF", "the past"},
      {"FUTURE_REF", "the future"},
      {"P3Y", "3 years"},
      {"P1D", "1 day"},
      {"PT4H", "4 hours"},
      {"PT30M", "30 minutes"},
      {"P2M", "2 months"},
      {"PXY", "some years"},
      {"P1Y6M", "1 year, 6 months"},
      // Unknown or malformed: as it is.
      {"XXXX-WXX-4", "XXXX-WXX-4"},
      {"2024-13", "2024-13"},
      {"2024-04-32", "2024-04-32"},
      {"P", "P"},
      {"PQ", "PQ"},
      {"", ""},
  };
  for (const auto& [value, words] : rows) EXPECT_EQ(timex_value_words(value), words) << value;
}

}  // namespace
}  // namespace newsmark
