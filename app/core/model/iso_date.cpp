#include "core/model/iso_date.h"

#include <cstdio>

namespace newsmark {
namespace {

bool parse_digits(std::string_view s, int& out) {
  out = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return !s.empty();
}

Error bad_date(std::string_view text, const std::string& why) {
  return make_error(ErrorCode::invalid_argument,
                    "'" + std::string(text.substr(0, 40)) + "' is not a date: " + why);
}

}  // namespace

std::string IsoDate::to_string() const {
  // Written by hand: this runs for every resolved date, and snprintf is slow.
  if (year < 0 || year > 9999) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  char b[10] = {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10), '-',
                static_cast<char>('0' + month / 10), static_cast<char>('0' + month % 10), '-',
                static_cast<char>('0' + day / 10), static_cast<char>('0' + day % 10)};
  return std::string(b, 10);
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

Result<IsoDate> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return bad_date(text, "expected the form YYYY-MM-DD, e.g. 2023-07-17");
  }
  IsoDate d;
  if (!parse_digits(text.substr(0, 4), d.year) || !parse_digits(text.substr(5, 2), d.month) ||
      !parse_digits(text.substr(8, 2), d.day)) {
    return bad_date(text, "expected digits in the form YYYY-MM-DD");
  }
  if (d.year < 1) return bad_date(text, "the year must be 0001 or later");
  if (d.month < 1 || d.month > 12) return bad_date(text, "the month must be 01 to 12");
  const int dim = days_in_month(d.year, d.month);
  if (d.day < 1 || d.day > dim) {
    return bad_date(text, "that month has " + std::to_string(dim) + " days");
  }
  return d;
}

}  // namespace newsmark
