// Calendar arithmetic on the proleptic Gregorian calendar: days since 1970-01-01, weekdays,
// adding days/months/years, ISO 8601 weeks. Used to resolve relative time expressions.
#pragma once

#include <cstdint>

#include "core/model/iso_date.h"

namespace newsmark::calendar {

std::int64_t days_from_civil(int year, int month, int day);
IsoDate civil_from_days(std::int64_t days);
inline std::int64_t to_days(const IsoDate& d) { return days_from_civil(d.year, d.month, d.day); }

// 1 = Monday ... 7 = Sunday (ISO 8601).
int weekday(const IsoDate& d);
IsoDate add_days(const IsoDate& d, std::int64_t n);
// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
IsoDate add_months(const IsoDate& d, int n);

struct IsoWeek {
  int year;  // the ISO week-numbering year (may differ from the calendar year at year ends)
  int week;  // 1-53
};
IsoWeek iso_week(const IsoDate& d);
// Monday of ISO week `week` of ISO year `year`.
IsoDate iso_week_monday(int year, int week);

}  // namespace newsmark::calendar
