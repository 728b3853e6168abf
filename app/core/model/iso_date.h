// Calendar dates in ISO 8601 form (YYYY-MM-DD), as used for a document's creation time (DCT).
// Proleptic Gregorian calendar, years 0001-9999; parsing checks month lengths and leap years,
// so "2023-02-29" is rejected with a message that says why.
#pragma once

#include <string>
#include <string_view>

#include "core/model/result.h"

namespace newsmark {

struct IsoDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
  std::string to_string() const;  // "2023-07-17"
  friend bool operator==(const IsoDate&, const IsoDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

Result<IsoDate> parse_iso_date(std::string_view text);

}  // namespace newsmark
