// The timeline's time axis, without drawing: a visible range of days mapped onto a width in
// pixels, zoomed and panned, with tick marks on calendar boundaries whose unit adapts to the
// zoom — decades, years, quarters, months, weeks (ISO, Monday), days, hours — so ticks stay at
// least `min_spacing` pixels apart. Time is days since 1970-01-01 (fractions are hours).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace newsmark::ui {

enum class TickUnit { decade, five_years, year, quarter, month, week, day, six_hours, hour };

struct AxisTick {
  double t = 0;        // days since 1970-01-01
  std::string label;   // "1990s", "2023", "Q3 2023", "Jul 2023", "W28", "17 Jul", "14:00"
  bool major = false;  // a boundary of the next unit up (January 1st, the 1st of a month ...)
};

class TimeAxis {
 public:
  static constexpr double kMinDays = 1.0 / 24.0;   // zoomed in: one hour across
  static constexpr double kMaxDays = 365.25 * 400;  // zoomed out: four centuries across

  void set_width(float px) { width_ = px > 1.0f ? px : 1.0f; }
  float width() const { return width_; }
  double start() const { return start_; }
  double end() const { return end_; }
  // Shows [a, b) with a margin on both sides (a single day gets a few days around it).
  void fit(double a, double b);
  // Zooms by `factor` (< 1 zooms in) keeping `anchor` (days) where it is on screen.
  void zoom(double factor, double anchor);
  // Moves the view by `dx` pixels (dragging right shows earlier times).
  void pan(float dx);

  float x_of(double t) const { return static_cast<float>((t - start_) / (end_ - start_) * width_); }
  double t_at(float x) const { return start_ + (end_ - start_) * static_cast<double>(x) / width_; }

  // The unit ticks use at this zoom, and the ticks inside the visible range.
  TickUnit unit(float min_spacing = 80.0f) const;
  std::vector<AxisTick> ticks(float min_spacing = 80.0f) const;

 private:
  double start_ = 0, end_ = 365;
  float width_ = 800;
};

// Rows for the timeline's labels in one lane: a label takes the first row where it starts
// `gap` pixels after the label before it ends, or none (it is left to the tooltip), so labels
// never overlap. Labels must come in order of their left edge.
class LabelRows {
 public:
  explicit LabelRows(int rows, float gap = 6.0f) : end_(static_cast<std::size_t>(rows), -1e30f), gap_(gap) {}
  // The row for a label spanning [x, x + width), or -1.
  int place(float x, float width) {
    for (std::size_t r = 0; r < end_.size(); ++r) {
      if (x < end_[r] + gap_) continue;
      end_[r] = x + width;
      return static_cast<int>(r);
    }
    return -1;
  }

 private:
  std::vector<float> end_;
  float gap_;
};

// What "Fit all" shows of events spanning `intervals` ([start, end) in days): all of them, unless
// a few lie far from the rest (a 1934 in a story of this spring, which would crowd the rest into
// a few pixels) — then the bulk, and how many were left out on each side, for markers at the
// edges. Far means beyond three interquartile ranges of the events' middles (Tukey's far-out
// fence, the range at least a year); at most a fifth of the events are ever left out.
struct FitRange {
  double lo = 0, hi = 0;  // lo > hi when there are no intervals
  std::size_t earlier = 0, later = 0;
};
FitRange bulk_range(const std::vector<std::pair<double, double>>& intervals);

// Days since 1970-01-01 of an ISO date "2023-07-17", "2023-07" or "2023" (the start of it);
// false when it is none of those.
bool days_of_iso(const std::string& iso, double& days);

}  // namespace newsmark::ui
