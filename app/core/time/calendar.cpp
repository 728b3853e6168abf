#include "core/time/calendar.h"

namespace newsmark::calendar {

// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain), rewritten here.
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

IsoDate civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = yoe + era * 400;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp + (mp < 10 ? 3 : -9);
  return IsoDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(const IsoDate& d) {
  const std::int64_t z = to_days(d);  // 1970-01-01 was a Thursday (4)
  const std::int64_t w = ((z % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

IsoDate add_days(const IsoDate& d, std::int64_t n) { return civil_from_days(to_days(d) + n); }

IsoDate add_months(const IsoDate& d, int n) {
  int total = d.year * 12 + (d.month - 1) + n;
  IsoDate r;
  r.year = total / 12;
  r.month = total % 12 + 1;
  const int dim = days_in_month(r.year, r.month);
  r.day = d.day > dim ? dim : d.day;
  return r;
}

IsoWeek iso_week(const IsoDate& d) {
  // The ISO week belongs to the year of its Thursday.
  const IsoDate thursday = add_days(d, 4 - weekday(d));
  const std::int64_t jan1 = days_from_civil(thursday.year, 1, 1);
  const int week = static_cast<int>((to_days(thursday) - jan1) / 7) + 1;
  return IsoWeek{thursday.year, week};
}

IsoDate iso_week_monday(int year, int week) {
  const IsoDate jan4{year, 1, 4};
  const IsoDate week1_monday = add_days(jan4, 1 - weekday(jan4));
  return add_days(week1_monday, static_cast<std::int64_t>(week - 1) * 7);
}

}  // namespace newsmark::calendar
