#include "core/time/calendar.h"

#include <gtest/gtest.h>

namespace newsmark::calendar {
namespace {

TEST(Calendar, DaysRoundTrip) {
  for (std::int64_t z = -800000; z < 800000; z += 977) {
    EXPECT_EQ(to_days(civil_from_days(z)), z);
  }
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(civil_from_days(19723).to_string(), "2024-01-01");
}

TEST(Calendar, Weekdays) {
  EXPECT_EQ(weekday({2023, 7, 17}), 1);   // Monday
  EXPECT_EQ(weekday({2026, 11, 29}), 7);  // Sunday
  EXPECT_EQ(weekday({2000, 2, 29}), 2);   // Tuesday
  EXPECT_EQ(weekday({1900, 1, 1}), 1);
}

TEST(Calendar, AddMonthsClampsAndCrossesYears) {
  EXPECT_EQ(add_months({2024, 1, 31}, 1).to_string(), "2024-02-29");
  EXPECT_EQ(add_months({2023, 1, 31}, 1).to_string(), "2023-02-28");
  EXPECT_EQ(add_months({2023, 12, 15}, 1).to_string(), "2024-01-15");
  EXPECT_EQ(add_months({2023, 1, 15}, -1).to_string(), "2022-12-15");
  EXPECT_EQ(add_months({2023, 3, 31}, -13).to_string(), "2022-02-28");
}

TEST(Calendar, IsoWeeksAcrossYearEnds) {
  EXPECT_EQ(iso_week({2023, 7, 17}).week, 29);
  EXPECT_EQ(iso_week({2021, 1, 1}).year, 2020);   // Friday: week 53 of 2020
  EXPECT_EQ(iso_week({2021, 1, 1}).week, 53);
  EXPECT_EQ(iso_week({2024, 12, 30}).year, 2025);  // Monday: week 1 of 2025
  EXPECT_EQ(iso_week({2024, 12, 30}).week, 1);
  EXPECT_EQ(iso_week_monday(2025, 1).to_string(), "2024-12-30");
  EXPECT_EQ(iso_week_monday(2020, 53).to_string(), "2020-12-28");
}

}  // namespace
}  // namespace newsmark::calendar
