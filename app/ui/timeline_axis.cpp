#include "ui/timeline_axis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/time/calendar.h"

namespace newsmark::ui {
namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The nominal length of a unit in days (to pick one; ticks sit on real calendar boundaries).
double unit_days(TickUnit u) {
  switch (u) {
    case TickUnit::decade: return 3652.5;
    case TickUnit::five_years: return 1826.25;
    case TickUnit::year: return 365.25;
    case TickUnit::quarter: return 91.3;
    case TickUnit::month: return 30.44;
    case TickUnit::week: return 7.0;
    case TickUnit::day: return 1.0;
    case TickUnit::six_hours: return 0.25;
    case TickUnit::hour: return 1.0 / 24.0;
  }
  return 1.0;
}

IsoDate date_of(double t) { return calendar::civil_from_days(static_cast<std::int64_t>(std::floor(t))); }
double days_of(int y, int m, int d) { return static_cast<double>(calendar::days_from_civil(y, m, d)); }

}  // namespace

bool days_of_iso(const std::string& iso, double& days) {
  int y = 0, m = 1, d = 1;
  char tail = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 ||
      (std::sscanf(iso.c_str(), "%4d-%2d%c", &y, &m, &tail) == 2 && iso.size() == 7) ||
      (std::sscanf(iso.c_str(), "%4d%c", &y, &tail) == 1 && iso.size() == 4)) {
    if (m < 1 || m > 12 || d < 1 || d > 31) return false;
    days = days_of(y, m, d);
    return true;
  }
  return false;
}

void TimeAxis::fit(double a, double b) {
  if (b < a) std::swap(a, b);
  double span = std::max(b - a, 7.0);
  const double margin = span * 0.08;
  start_ = a - margin;
  end_ = a + span + margin;
  span = end_ - start_;
  if (span > kMaxDays) {
    const double mid = (start_ + end_) / 2;
    start_ = mid - kMaxDays / 2;
    end_ = mid + kMaxDays / 2;
  }
}

void TimeAxis::zoom(double factor, double anchor) {
  const double span = std::clamp((end_ - start_) * factor, kMinDays, kMaxDays);
  const double share = (anchor - start_) / (end_ - start_);
  start_ = anchor - share * span;
  end_ = start_ + span;
}

void TimeAxis::pan(float dx) {
  const double d = -static_cast<double>(dx) / width_ * (end_ - start_);
  start_ += d;
  end_ += d;
}

TickUnit TimeAxis::unit(float min_spacing) const {
  const double px_per_day = width_ / (end_ - start_);
  for (TickUnit u : {TickUnit::hour, TickUnit::six_hours, TickUnit::day, TickUnit::week, TickUnit::month,
                     TickUnit::quarter, TickUnit::year, TickUnit::five_years}) {
    if (unit_days(u) * px_per_day >= min_spacing) return u;
  }
  return TickUnit::decade;
}

std::vector<AxisTick> TimeAxis::ticks(float min_spacing) const {
  std::vector<AxisTick> out;
  const TickUnit u = unit(min_spacing);
  const IsoDate first = date_of(start_);
  char buf[32];
  auto push = [&](double t, std::string label, bool major) {
    if (t >= start_ && t < end_) out.push_back(AxisTick{t, std::move(label), major});
  };
  switch (u) {
    case TickUnit::decade:
    case TickUnit::five_years: {
      // Decades, thinned to every 20, 50 or 100 years when even they would crowd.
      int step = 5;
      if (u == TickUnit::decade) {
        const double px_per_day = width_ / (end_ - start_);
        step = 10;
        for (int s : {20, 50, 100}) {
          if (step * 365.25 * px_per_day >= min_spacing) break;
          step = s;
        }
      }
      int y = static_cast<int>(std::floor(first.year / static_cast<double>(step))) * step;
      for (; days_of(y, 1, 1) < end_; y += step) {
        std::snprintf(buf, sizeof buf, y % 10 == 0 ? "%ds" : "%d", y);
        push(days_of(y, 1, 1), buf, y % 100 == 0 || (step == 5 && y % 10 == 0));
      }
      break;
    }
    case TickUnit::year:
      for (int y = first.year; days_of(y, 1, 1) < end_; ++y) {
        std::snprintf(buf, sizeof buf, "%d", y);
        push(days_of(y, 1, 1), buf, y % 10 == 0);
      }
      break;
    case TickUnit::quarter:
    case TickUnit::month: {
      const int step = u == TickUnit::quarter ? 3 : 1;
      int y = first.year, m = ((first.month - 1) / step) * step + 1;
      for (; days_of(y, m, 1) < end_;) {
        if (u == TickUnit::quarter) std::snprintf(buf, sizeof buf, "Q%d %d", (m - 1) / 3 + 1, y);
        else if (m == 1) std::snprintf(buf, sizeof buf, "Jan %d", y);
        else std::snprintf(buf, sizeof buf, "%s", kMonths[m - 1]);
        push(days_of(y, m, 1), buf, m == 1);
        m += step;
        if (m > 12) {
          m -= 12;
          ++y;
        }
      }
      break;
    }
    case TickUnit::week: {
      // Mondays; the ISO week number, with the month when it changes.
      std::int64_t d = calendar::to_days(first);
      d -= calendar::weekday(first) - 1;
      int last_month = 0;
      for (; static_cast<double>(d) < end_; d += 7) {
        const IsoDate day = calendar::civil_from_days(d);
        const calendar::IsoWeek w = calendar::iso_week(day);
        if (day.month != last_month) std::snprintf(buf, sizeof buf, "W%d %s", w.week, kMonths[day.month - 1]);
        else std::snprintf(buf, sizeof buf, "W%d", w.week);
        if (static_cast<double>(d) >= start_) last_month = day.month;
        push(static_cast<double>(d), buf, w.week == 1);
      }
      break;
    }
    case TickUnit::day:
      for (std::int64_t d = calendar::to_days(first); static_cast<double>(d) < end_; ++d) {
        const IsoDate day = calendar::civil_from_days(d);
        std::snprintf(buf, sizeof buf, "%d %s", day.day, kMonths[day.month - 1]);
        push(static_cast<double>(d), buf, day.day == 1);
      }
      break;
    case TickUnit::six_hours:
    case TickUnit::hour: {
      const double step = u == TickUnit::hour ? 1.0 / 24.0 : 0.25;
      const double h0 = std::floor(start_ / step) * step;
      for (double t = h0; t < end_; t += step) {
        const int hour = static_cast<int>(std::lround((t - std::floor(t)) * 24.0)) % 24;
        if (hour == 0) {
          const IsoDate day = date_of(t + 1e-9);
          std::snprintf(buf, sizeof buf, "%d %s", day.day, kMonths[day.month - 1]);
        } else {
          std::snprintf(buf, sizeof buf, "%02d:00", hour);
        }
        push(t, buf, hour == 0);
      }
      break;
    }
  }
  return out;
}

FitRange bulk_range(const std::vector<std::pair<double, double>>& intervals) {
  FitRange r{1e18, -1e18, 0, 0};
  if (intervals.empty()) return r;
  std::vector<double> mid;
  mid.reserve(intervals.size());
  for (const auto& [a, b] : intervals) mid.push_back((a + b) * 0.5);
  std::vector<double> sorted = mid;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t n = sorted.size();
  const double q1 = sorted[n / 4], q3 = sorted[(3 * n) / 4];
  // At least a year: a story of this spring keeps the events of the last two years it recalls.
  const double iqr = std::max(q3 - q1, 365.25);
  const double fence_lo = q1 - 3.0 * iqr, fence_hi = q3 + 3.0 * iqr;
  std::size_t out = 0;
  for (double m : mid) out += m < fence_lo || m > fence_hi ? 1 : 0;
  const bool drop = n >= 4 && out > 0 && out * 5 <= n;
  for (std::size_t k = 0; k < intervals.size(); ++k) {
    if (drop && mid[k] < fence_lo) {
      ++r.earlier;
    } else if (drop && mid[k] > fence_hi) {
      ++r.later;
    } else {
      r.lo = std::min(r.lo, intervals[k].first);
      r.hi = std::max(r.hi, intervals[k].second);
    }
  }
  return r;
}

}  // namespace newsmark::ui
