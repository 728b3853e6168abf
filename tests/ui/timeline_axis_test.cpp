// The timeline axis: tick units for every zoom, ticks on calendar boundaries (years, months,
// ISO weeks across year ends, days, hours), spacing, zoom and pan, 1900-2100.
#include "ui/timeline_axis.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/time/calendar.h"

namespace newsmark::ui {
namespace {

double day(int y, int m, int d) { return static_cast<double>(calendar::days_from_civil(y, m, d)); }

TEST(TimeAxis, FitAllLeavesOutAFewFarEventsNotAGroup) {
  const auto at = [](int y, int m, int d) { return std::make_pair(day(y, m, d), day(y, m, d) + 1); };
  // Ten events of 2025-2026 and one of 1934: the bulk, with 1934 left to a marker.
  std::vector<std::pair<double, double>> story;
  for (int k = 0; k < 10; ++k) story.push_back(at(2025, 1 + k, 10));
  story.push_back({day(1934, 1, 1), day(1935, 1, 1)});
  FitRange r = bulk_range(story);
  EXPECT_EQ(r.earlier, 1u);
  EXPECT_EQ(r.later, 0u);
  EXPECT_DOUBLE_EQ(r.lo, day(2025, 1, 10));
  EXPECT_DOUBLE_EQ(r.hi, day(2025, 10, 11));
  // Spread evenly over years: nothing is an outlier.
  std::vector<std::pair<double, double>> spread;
  for (int y = 1990; y <= 2025; y += 5) spread.push_back(at(y, 6, 1));
  r = bulk_range(spread);
  EXPECT_EQ(r.earlier + r.later, 0u);
  EXPECT_DOUBLE_EQ(r.lo, day(1990, 6, 1));
  // Two groups of four, decades apart: both are the story; nothing is left out.
  std::vector<std::pair<double, double>> groups;
  for (int k = 0; k < 4; ++k) groups.push_back(at(1990, 1 + k, 1));
  for (int k = 0; k < 4; ++k) groups.push_back(at(2025, 1 + k, 1));
  r = bulk_range(groups);
  EXPECT_EQ(r.earlier + r.later, 0u);
  // Fewer than four events: all of them.
  r = bulk_range({at(1934, 1, 1), at(2025, 1, 1), at(2025, 2, 1)});
  EXPECT_EQ(r.earlier + r.later, 0u);
  EXPECT_GT(r.lo, r.hi - 1e9);
  EXPECT_TRUE(bulk_range({}).lo > bulk_range({}).hi);
}

TEST(TimeAxis, UnitFollowsTheZoom) {
  TimeAxis axis;
  axis.set_width(1000);
  const struct {
    double days;
    TickUnit unit;
  } rows[] = {{0.2, TickUnit::hour},   {2, TickUnit::six_hours}, {10, TickUnit::day},       {60, TickUnit::week},
              {300, TickUnit::month},  {900, TickUnit::quarter}, {3000, TickUnit::year},   {18000, TickUnit::five_years},
              {60000, TickUnit::decade}};
  for (const auto& r : rows) {
    axis.fit(day(2023, 1, 1), day(2023, 1, 1) + r.days);
    if (r.days < 7) {  // fit() keeps at least a week: zoom in to the span wanted
      axis.zoom(r.days / (axis.end() - axis.start()), day(2023, 1, 1));
    }
    EXPECT_EQ(axis.unit(), r.unit) << r.days << " days";
  }
}

TEST(TimeAxis, TicksSitOnCalendarBoundariesAndKeepTheirSpacing) {
  TimeAxis axis;
  axis.set_width(1200);
  // From a few hours to four centuries, between 1900 and 2100.
  for (double span : {0.25, 3.0, 20.0, 120.0, 700.0, 2500.0, 12000.0, 40000.0, 140000.0}) {
    for (int year : {1900, 1999, 2023, 2100}) {
      axis.fit(day(year, 6, 1), day(year, 6, 1) + span);
      axis.zoom(span / (axis.end() - axis.start()), day(year, 6, 1));
      const auto ticks = axis.ticks(80.0f);
      ASSERT_FALSE(ticks.empty()) << span << " days at " << year;
      for (std::size_t k = 0; k < ticks.size(); ++k) {
        EXPECT_GE(ticks[k].t, axis.start());
        EXPECT_LT(ticks[k].t, axis.end());
        EXPECT_FALSE(ticks[k].label.empty());
        if (k > 0) {
          // Calendar units vary (February, leap years): a little under the nominal spacing.
          EXPECT_GE(axis.x_of(ticks[k].t) - axis.x_of(ticks[k - 1].t), 80.0f * 27.5f / 30.44f - 0.01f)
              << span << " days at " << year << ": " << ticks[k - 1].label << " -> " << ticks[k].label;
        }
        if (axis.unit() == TickUnit::day) {
          EXPECT_EQ(ticks[k].t, static_cast<double>(static_cast<long long>(ticks[k].t)));  // midnight
        }
      }
    }
  }
}

TEST(TimeAxis, LabelsAtEachUnit) {
  TimeAxis axis;
  axis.set_width(1000);
  axis.fit(day(2023, 12, 20), day(2024, 2, 10));  // weeks across a year end
  ASSERT_EQ(axis.unit(), TickUnit::week);
  bool week1 = false;
  for (const AxisTick& t : axis.ticks()) {
    EXPECT_EQ(calendar::weekday(calendar::civil_from_days(static_cast<long long>(t.t))), 1) << t.label;  // Mondays
    if (t.label.rfind("W1 ", 0) == 0) {
      week1 = true;
      EXPECT_EQ(t.t, day(2024, 1, 1));  // ISO week 1 of 2024 starts on Monday 1 January
      EXPECT_TRUE(t.major);
    }
  }
  EXPECT_TRUE(week1);
  axis.set_width(1400);
  axis.fit(day(2023, 3, 1), day(2024, 2, 1));  // months: January carries its year
  ASSERT_EQ(axis.unit(), TickUnit::month);
  bool jan = false;
  for (const AxisTick& t : axis.ticks()) {
    if (t.label == "Jan 2024") {
      jan = true;
      EXPECT_EQ(t.t, day(2024, 1, 1));
      EXPECT_TRUE(t.major);
    }
    const IsoDate d = calendar::civil_from_days(static_cast<long long>(t.t));
    EXPECT_EQ(d.day, 1) << t.label;
  }
  EXPECT_TRUE(jan);
  axis.fit(day(1960, 1, 1), day(2020, 1, 1));
  ASSERT_EQ(axis.unit(), TickUnit::five_years);
  EXPECT_EQ(axis.ticks().front().label, "1960s");
  axis.fit(day(2024, 2, 26), day(2024, 3, 3));  // days across a leap day
  axis.zoom(1.0, day(2024, 2, 28));
  bool leap = false;
  for (const AxisTick& t : axis.ticks(40.0f)) leap = leap || t.label == "29 Feb";
  EXPECT_TRUE(leap);
}

TEST(TimeAxis, ZoomKeepsTheAnchorAndPanMovesTheView) {
  TimeAxis axis;
  axis.set_width(1000);
  axis.fit(day(2020, 1, 1), day(2021, 1, 1));
  const double anchor = day(2020, 7, 1);
  const float before = axis.x_of(anchor);
  axis.zoom(0.5, anchor);
  EXPECT_NEAR(axis.x_of(anchor), before, 0.01f);
  const double start = axis.start();
  axis.pan(100.0f);  // drag right: earlier times come into view
  EXPECT_LT(axis.start(), start);
  EXPECT_NEAR(axis.t_at(axis.x_of(anchor)), anchor, 1e-3);
  // Zoom stays between an hour and four centuries across.
  axis.zoom(1e-9, anchor);
  EXPECT_NEAR(axis.end() - axis.start(), TimeAxis::kMinDays, 1e-6);
  axis.zoom(1e12, anchor);
  EXPECT_NEAR(axis.end() - axis.start(), TimeAxis::kMaxDays, 1e-3);
}

TEST(TimeAxis, ReadsIsoDatesOfEveryGranularity) {
  double d = 0;
  ASSERT_TRUE(days_of_iso("2023-07-17", d));
  EXPECT_EQ(d, day(2023, 7, 17));
  ASSERT_TRUE(days_of_iso("2023-07", d));
  EXPECT_EQ(d, day(2023, 7, 1));
  ASSERT_TRUE(days_of_iso("1905", d));
  EXPECT_EQ(d, day(1905, 1, 1));
  EXPECT_FALSE(days_of_iso("2023-13", d));
  EXPECT_FALSE(days_of_iso("PRESENT_REF", d));
  EXPECT_FALSE(days_of_iso("", d));
}

TEST(LabelRows, LabelsInALaneNeverOverlap) {
  // 5,000 labels of random widths at random positions, in order of their left edge.
  unsigned seed = 12345;
  auto rnd = [&] { return (seed = seed * 1103515245u + 12345u) >> 16; };
  std::vector<std::pair<float, float>> labels;
  float x = 0;
  for (int k = 0; k < 5000; ++k) {
    x += static_cast<float>(rnd() % 40);
    labels.emplace_back(x, 20.0f + static_cast<float>(rnd() % 100));
  }
  LabelRows rows(2, 6.0f);
  std::vector<std::vector<std::pair<float, float>>> placed(2);
  int elided = 0;
  for (const auto& [lx, w] : labels) {
    const int r = rows.place(lx, w);
    if (r < 0) {
      ++elided;
      continue;
    }
    ASSERT_LT(r, 2);
    if (!placed[static_cast<std::size_t>(r)].empty()) {
      const auto& prev = placed[static_cast<std::size_t>(r)].back();
      EXPECT_GE(lx, prev.first + prev.second + 6.0f) << "overlap in row " << r;
    }
    placed[static_cast<std::size_t>(r)].emplace_back(lx, w);
  }
  EXPECT_GT(elided, 0);  // crowded: some are left to the tooltip
  EXPECT_GT(placed[0].size() + placed[1].size(), 1000u);
}

}  // namespace
}  // namespace newsmark::ui
