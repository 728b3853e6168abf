#include "core/model/iso_date.h"

#include <gtest/gtest.h>

#include <ostream>

namespace newsmark {
namespace {

struct DateCase {
  const char* text;
  bool ok;
  const char* message_part;  // for failures
};

void PrintTo(const DateCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class IsoDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(IsoDateTest, ParsesOrExplains) {
  const DateCase& c = GetParam();
  auto r = parse_iso_date(c.text);
  ASSERT_EQ(r.ok(), c.ok) << c.text;
  if (c.ok) {
    EXPECT_EQ(r->to_string(), c.text);
  } else {
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    EXPECT_NE(r.error().message.find(c.message_part), std::string::npos) << r.error().message;
  }
}

INSTANTIATE_TEST_SUITE_P(Table, IsoDateTest, ::testing::Values(
    DateCase{"2023-07-17", true, ""},
    DateCase{"2024-02-29", true, ""},
    DateCase{"2000-02-29", true, ""},
    DateCase{"1999-12-31", true, ""},
    DateCase{"2023-02-29", false, "28 days"},
    DateCase{"1900-02-29", false, "28 days"},
    DateCase{"2023-04-31", false, "30 days"},
    DateCase{"2023-13-01", false, "month"},
    DateCase{"2023-00-10", false, "month"},
    DateCase{"0000-01-01", false, "year"},
    DateCase{"2023-7-17", false, "YYYY-MM-DD"},
    DateCase{"July 17, 2023", false, "YYYY-MM-DD"},
    DateCase{"2023-07-1x", false, "digits"},
    DateCase{"", false, "YYYY-MM-DD"}));

TEST(IsoDate, LeapYears) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2023));
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2023, 2), 28);
  EXPECT_EQ(days_in_month(2023, 12), 31);
  EXPECT_EQ(days_in_month(2023, 13), 0);
}

}  // namespace
}  // namespace newsmark
