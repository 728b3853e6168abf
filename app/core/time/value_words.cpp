#include "core/time/value_words.h"

#include <array>
#include <cstddef>

namespace newsmark {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

std::string ordinal(int n) {
  const int tens = n % 100, last = n % 10;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

// "2024" (a year: four digits, or XXXX for an unknown year, which reads as nothing).
std::string year_words(std::string_view y) { return y == "XXXX" ? std::string() : std::string(y); }

// "17 April 2024", "April 2024" from "2024-04-17", "2024-04"; "" when it is not one.
std::string date_words(std::string_view v) {
  if (v.size() < 7 || v[4] != '-' || !(digits(v.substr(0, 4)) || v.substr(0, 4) == "XXXX") || !digits(v.substr(5, 2))) return {};
  const int month = number(v.substr(5, 2));
  if (month < 1 || month > 12) return {};
  const std::string year = year_words(v.substr(0, 4));
  std::string out(kMonths[static_cast<std::size_t>(month - 1)]);
  if (v.size() >= 10) {
    if (v[7] != '-' || !digits(v.substr(8, 2))) return {};
    const int day = number(v.substr(8, 2));
    if (day < 1 || day > 31) return {};
    out = std::to_string(day) + " " + out;
  } else if (v.size() != 7) {
    return {};
  }
  return year.empty() ? out : out + " " + year;
}

std::string duration_words(std::string_view v) {
  // P3Y, P2M, P10D, P1W, PT4H, PT30M, PT1S; an X for the number is "some" ("PXY": years).
  bool time = false;
  std::string out;
  std::size_t i = 1;
  while (i < v.size()) {
    if (v[i] == 'T') {
      time = true;
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < v.size() && ((v[j] >= '0' && v[j] <= '9') || v[j] == '.' || v[j] == 'X')) ++j;
    if (j == i || j >= v.size()) return {};
    const std::string_view n = v.substr(i, j - i);
    const char unit = v[j];
    std::string_view name;
    switch (unit) {
      case 'Y': name = "year"; break;
      case 'M': name = time ? "minute" : "month"; break;
      case 'W': name = "week"; break;
      case 'D': name = "day"; break;
      case 'H': name = "hour"; break;
      case 'S': name = "second"; break;
      case 'E': name = "decade"; break;
      case 'C': name = "century"; break;
      default: return {};
    }
    std::string part;
    if (n == "X") {
      part = name == "century" ? "centuries" : std::string(name) + "s";
      part = "some " + part;
    } else {
      const bool one = n == "1";
      part = std::string(n) + " " + (one ? std::string(name) : name == "century" ? "centuries" : std::string(name) + "s");
    }
    out += (out.empty() ? "" : ", ") + part;
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string timex_value_words(std::string_view value) {
  const std::string raw(value);
  if (value == "PRESENT_REF") return "now";
  if (value == "PAST_REF") return "the past";
  if (value == "FUTURE_REF") return "the future";
  if (value.size() > 1 && value[0] == 'P') {
    const std::string d = duration_words(value);
    return d.empty() ? raw : d;
  }
  if (value.size() == 6 && value.substr(0, 2) == "FY" && digits(value.substr(2))) return "fiscal year " + std::string(value.substr(2));
  if (value.size() == 4 && digits(value)) return raw;
  if (value.size() == 3 && digits(value)) return "the " + raw + "0s";
  if (value.size() == 2 && digits(value)) return "the " + ordinal(number(value) + 1) + " century";
  if (value.size() < 7 || value[4] != '-' || !(digits(value.substr(0, 4)) || value.substr(0, 4) == "XXXX")) return raw;
  const std::string year = year_words(value.substr(0, 4));
  const std::string_view rest = value.substr(5);
  const auto of_year = [&](std::string what) { return year.empty() ? what : what + " of " + year; };
  if (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI") {
    const std::string season = rest == "SP" ? "spring" : rest == "SU" ? "summer" : rest == "FA" ? "autumn" : "winter";
    return year.empty() ? season : season + " " + year;
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    static constexpr std::array<std::string_view, 4> kNth = {"first", "second", "third", "fourth"};
    return of_year("the " + std::string(kNth[static_cast<std::size_t>(rest[1] - '1')]) + " quarter");
  }
  if (rest == "H1" || rest == "H2") return of_year(rest == "H1" ? "the first half" : "the second half");
  if (rest.size() == 3 && rest[0] == 'W' && digits(rest.substr(1))) return of_year("week " + std::to_string(number(rest.substr(1))));
  if (rest == "WE") return "a weekend";
  // A day, perhaps with a part of the day or a clock time.
  const std::size_t t = value.find('T');
  const std::string day = date_words(value.substr(0, t));
  if (day.empty()) return raw;
  if (t == std::string_view::npos) return day;
  const std::string_view time = value.substr(t + 1);
  if (time == "MO") return "the morning of " + day;
  if (time == "AF") return "the afternoon of " + day;
  if (time == "EV") return "the evening of " + day;
  if (time == "NI") return "the night of " + day;
  if (time == "MI") return "midday on " + day;
  if (time.size() >= 5 && time[2] == ':' && digits(time.substr(0, 2)) && digits(time.substr(3, 2))) {
    std::string clock(time.substr(0, 5));
    if (time.size() > 5 && time.back() == 'Z') clock += " UTC";
    return day + ", " + clock;
  }
  return raw;
}

}  // namespace newsmark
