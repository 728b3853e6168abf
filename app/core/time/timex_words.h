// The words of time expressions, for core/time/timex.cpp: month and weekday names, days, years,
// small counts, units of duration, and the words that can start a time expression. Internal to the time stage.
#pragma once

#include <string>
#include <string_view>

#include "core/text/lower.h"

namespace newsmark::timex_words {

using newsmark::Lower;
inline Lower lower(std::string_view w) { return Lower(w); }

int month_of(std::string_view w);    // "July", "Jul.", "Sept." -> 7, 7, 9; 0 if none
int weekday_of(std::string_view w);  // "Monday" -> 1 ... "Sunday" -> 7; 0 if none
int day_of(std::string_view w);      // "17", "17th" -> 17; 0 if not a day of the month
int year_of(std::string_view w);     // "2023" -> 2023 (1000-2200); 0 otherwise
int count_of(std::string_view w);    // "three", "a", "12" -> 3, 1, 12; -1 if not a count
// "years" -> "Y", "months" -> "M", "weeks" -> "W", "days" -> "D", "decades" -> "DE",
// "centuries" -> "CE", "hours" -> "TH", "minutes" -> "TM", "seconds" -> "TS"; "" otherwise.
std::string_view unit_code(std::string_view w);
// P3Y, PT2H, PXY (n < 0: unspecified)
std::string duration_value(int n, std::string_view unit);
std::string two(int v);  // 7 -> "07"
// Could this lower-case word start a time expression?
bool is_trigger(std::string_view lower_word);

}  // namespace newsmark::timex_words
