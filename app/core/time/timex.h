// Time expressions: DATE, TIME, DURATION and SET with ISO-TimeML TIMEX3 values, resolved against
// the document creation time (DCT) and the tense of their sentence (HeidelTime's idea):
//   "July 17, 2023" -> 2023-07-17     "June" (past clause, DCT 2023-07-20) -> 2023-06
//   "Monday" -> the Monday before the DCT in a past clause, after it in a future one
//   "last year" -> 2022   "last week" -> 2023-W28   "two days ago" -> 2023-07-18
//   "three years" -> P3Y  "every year" -> P1Y (SET)  "now" -> PRESENT_REF
//   "18:00 UTC" -> 2023-07-20T18:00Z   "Q3" -> 2023-Q3   "fiscal year 2023" -> FY2023
//   "7/8/07" -> 2007-07-08   "the next day", "two days later" -> after the last dated day (a guess)
// Without a DCT the parts that need one stay unresolved (XXXX), never guessed. Each date also
// gets an interval [start, end) and a granularity for the timeline, and `certain` is false where
// the resolution had to guess (a bare weekday or month whose tense was unclear).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/iso_date.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

struct TimexMention {
  ByteSpan span;
  std::string_view type;     // labels::kDate, kTime, kDuration, kSet
  std::string value;         // TIMEX3 value
  std::string mod;           // TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN
  std::string start, end;    // interval as ISO dates, end exclusive; empty when unknown
  std::string granularity;   // day, week, month, quarter, season, year, decade, century, time
  bool certain = true;
  bool is_dct = false;       // the dateline that gives the document its date
};

// The document's date from a dateline or byline in its first lines ("March 14, 2026",
// "PORTVALE, March 14, 2026 —"), or nullopt.
std::optional<IsoDate> detect_dct(std::string_view text, std::span<const Token> tokens);

std::vector<TimexMention> find_timexes(std::string_view text, std::span<const Token> tokens,
                                       std::span<const Sentence> sentences, const std::optional<IsoDate>& dct);

}  // namespace newsmark
