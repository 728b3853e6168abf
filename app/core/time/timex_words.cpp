#include "core/time/timex_words.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdlib>
#include <unordered_set>

#include "core/numbers/numbers.h"
#include "core/text/word_hash.h"

namespace newsmark::timex_words {

namespace {
int month_of_slow(std::string_view w);
}  // namespace

// Month names and abbreviations all start with one of these letters: others leave at once.
int month_of(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return 0;
  const char c = w[0];
  if (c != 'J' && c != 'F' && c != 'M' && c != 'A' && c != 'S' && c != 'O' && c != 'N' && c != 'D') return 0;
  return month_of_slow(w);
}

namespace {
int month_of_slow(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {"January", "February", "March", "April", "May", "June",
                                                             "July", "August", "September", "October", "November",
                                                             "December"};
  static constexpr std::array<std::string_view, 12> kShort = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.",
                                                              "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};
  for (int m = 0; m < 12; ++m) {
    if (w == kFull[m] || w == kShort[m]) return m + 1;
  }
  if (w == "Sept." || w == "Jan" || w == "Feb" || w == "Aug" || w == "Sept" || w == "Oct" || w == "Nov" ||
      w == "Dec") {
    return w.starts_with("Sep") ? 9 : w[0] == 'J' ? 1 : w[0] == 'F' ? 2 : w[0] == 'A' ? 8 : w[0] == 'O' ? 10
                                                   : w[0] == 'N' ? 11 : 12;
  }
  return 0;
}
}  // namespace

int weekday_of(std::string_view w) {
  if (w.size() < 6 || w.size() > 9 || w[w.size() - 1] != 'y' || w[w.size() - 2] != 'a') return 0;
  static constexpr std::array<std::string_view, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                            "Friday", "Saturday", "Sunday"};
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d]) return d + 1;
  }
  return 0;
}

// Day of month: "17", "17th", "1st".
int day_of(std::string_view w) {
  std::size_t k = 0;
  int v = 0;
  while (k < w.size() && w[k] >= '0' && w[k] <= '9' && k < 2) v = v * 10 + (w[k++] - '0');
  if (k == 0) return 0;
  const std::string_view rest = w.substr(k);
  if (!(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) return 0;
  return v >= 1 && v <= 31 ? v : 0;
}

int year_of(std::string_view w) {
  if (w.size() != 4) return 0;
  int v = 0;
  for (const char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v >= 1000 && v <= 2200 ? v : 0;
}

// Small numbers as digits or words, for durations and "ago".
int count_of(std::string_view w) {
  const Lower l = lower(w);
  if (l == "a" || l == "an") return 1;
  if (auto v = number_word_value(w)) return static_cast<int>(*v);  // the numbers stage's words
  if (!w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::atoi(std::string(w).c_str());
  }
  return -1;
}

// "years" -> 'Y' ... ; time units are marked with a leading 'T'.
std::string_view unit_code(std::string_view w) {
  if (w.size() > 9 || w.size() < 3) return {};
  const Lower l = lower(w);
  if (l == "year" || l == "years") return "Y";
  if (l == "month" || l == "months") return "M";
  if (l == "week" || l == "weeks") return "W";
  if (l == "day" || l == "days") return "D";
  if (l == "decade" || l == "decades") return "DE";
  if (l == "century" || l == "centuries") return "CE";
  if (l == "hour" || l == "hours") return "TH";
  if (l == "minute" || l == "minutes") return "TM";
  if (l == "second" || l == "seconds") return "TS";
  return {};
}

std::string duration_value(int n, std::string_view unit) {
  if (unit.size() == 2 && unit[0] == 'T') return "PT" + (n < 0 ? std::string("X") : std::to_string(n)) + std::string(1, unit[1]);
  return "P" + (n < 0 ? std::string("X") : std::to_string(n)) + std::string(unit);
}

std::string two(int v) {
  if (v < 0 || v > 99) return std::to_string(v);
  const char b[2] = {static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
  return std::string(b, 2);
}

// Lower-case words that can start a time expression; any other word is skipped at once.
bool is_trigger(std::string_view lw) {
  if (lw.empty() || lw.size() > 9) return false;
  static const std::unordered_set<std::string_view, WordHash> kTriggers = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
      "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "now",
      "recently", "lately", "soon", "annual", "annually", "yearly", "monthly",
      "weekly", "daily", "hourly", "this", "current", "last", "previous", "past", "next", "coming", "every",
      "each", "fiscal", "several", "few", "many", "some", "a", "an", "one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
      "hundred", "zero", "spring", "summer", "autumn", "fall", "winter", "over", "beginning", "start", "end",
      "the", "that"};
  // (first letter, length) pairs of the triggers: most words are turned away without hashing.
  static const std::bitset<26 * 16> kShapes = [] {
    std::bitset<26 * 16> b;
    for (const std::string_view t : kTriggers) {
      if (t[0] >= 'a' && t[0] <= 'z') b.set(static_cast<std::size_t>(t[0] - 'a') * 16 + t.size());
    }
    return b;
  }();
  const char c = lw[0];
  if (c < 'a' || c > 'z' || !kShapes.test(static_cast<std::size_t>(c - 'a') * 16 + lw.size())) return false;
  return kTriggers.count(lw) > 0;
}

}  // namespace newsmark::timex_words
