#include "core/time/timex.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <unordered_set>

#include "core/time/calendar.h"
#include "core/text/chars.h"
#include "core/time/tense.h"
#include "core/time/timex_interval.h"
#include "core/time/timex_words.h"
#include "core/text/word_hash.h"

namespace newsmark {
namespace {

using namespace token_flags;
using namespace timex_words;


class TimexFinder {
 public:
  TimexFinder(std::string_view text, std::span<const Token> toks, const std::optional<IsoDate>& dct)
      : text_(text), toks_(toks), dct_(dct) {}

  std::vector<TimexMention> run(std::span<const Sentence> sentences) {
    out_.reserve(toks_.size() / 32 + 4);
    for (const Sentence& s : sentences) sentence(s);
    return std::move(out_);
  }

 private:
  std::string_view tok(std::size_t i) const { return i < toks_.size() ? toks_[i].text(text_) : std::string_view(); }

  void emit(std::size_t first, std::size_t end, std::string_view type, std::string value, std::string granularity,
            bool certain = true, std::string mod = {}) {
    TimexMention m;
    m.span = ByteSpan{toks_[first].begin, toks_[end - 1].end};
    m.type = type;
    m.value = std::move(value);
    m.granularity = std::move(granularity);
    m.certain = certain;
    m.mod = std::move(mod);
    if (m.type == labels::kDate || m.type == labels::kTime) interval_of(m.value, m.start, m.end);
    if (m.granularity == "day" && m.value.size() == 10 && m.value[0] != 'X') {
      reference_ = IsoDate{std::atoi(m.value.substr(0, 4).c_str()), std::atoi(m.value.substr(5, 2).c_str()),
                           std::atoi(m.value.substr(8, 2).c_str())};
    }
    out_.push_back(std::move(m));
    next_ = end;
  }

  // "the next day", "a day later", "two days after", "the previous week": placed relative to the
  // last dated day in the text (the narrative's reference time), as a guess.
  bool try_narrative(std::size_t i) {
    const Lower w(tok(i));
    int days = 0;
    std::size_t first = i, end = 0;
    if ((w == "the" || w == "that") && i + 2 < toks_.size()) {
      const std::string_view next = tok(i + 1);
      if (next.empty() || (next[0] != 'n' && next[0] != 'f' && next[0] != 'p')) return false;
      const Lower a(next), u(tok(i + 2));
      const bool day = u == "day" || u == "morning" || u == "evening" || u == "night";
      if (day && (a == "next" || a == "following")) { days = 1; end = i + 3; }
      else if (day && (a == "previous" || a == "prior")) { days = -1; end = i + 3; }
      else return false;
    } else {
      const int n = count_of(tok(i));
      if (n <= 0 || n > 60) return false;
      const Lower u(tok(i + 1)), dir(tok(i + 2));
      // "two days before the vote" is a duration and a signal (TimeML); "two days later" a date.
      if (!(u == "day" || u == "days") || !(dir == "later" || dir == "earlier")) return false;
      days = dir == "later" ? n : -n;
      end = i + 3;
    }
    if (!reference_) return false;
    emit(first, end, labels::kDate, calendar::add_days(*reference_, days).to_string(), "day", false);
    return true;
  }

  // Resolves a month (and optional day) without a year against the DCT and the tense.
  std::string month_value(int month, int day, Tense tense, bool& certain) const {
    if (!dct_) {
      certain = false;
      return "XXXX-" + two(month) + (day ? "-" + two(day) : "");
    }
    int year = dct_->year;
    if (tense == Tense::past && (month > dct_->month || (month == dct_->month && day > dct_->day))) --year;
    if (tense == Tense::future && (month < dct_->month || (month == dct_->month && day && day < dct_->day))) ++year;
    // Without a tense, a past reading far back (over 8 months) loses to a future one close
    // ahead (within 3): "the meeting on October 12" in an article of October 4 is next week's.
    const int months_back = (dct_->year - year) * 12 + dct_->month - month;
    if (tense == Tense::present && months_back > 8 && 12 - months_back <= 3) ++year;
    certain = tense != Tense::present || month == dct_->month;
    // February 29 in a year guessed to be a common one: the year stays unknown.
    if (day > days_in_month(year, month)) {
      certain = false;
      return "XXXX-" + two(month) + "-" + two(day);
    }
    return std::to_string(year) + "-" + two(month) + (day ? "-" + two(day) : "");
  }

  std::string weekday_value(int wd, Tense tense, bool& certain) const {
    if (!dct_) {
      certain = false;
      return "XXXX-WXX-" + std::to_string(wd);
    }
    const int today = calendar::weekday(*dct_);
    int delta = 0;
    if (tense == Tense::future) {
      delta = (wd - today + 7) % 7;
    } else {
      delta = -((today - wd + 7) % 7);  // the same day counts as today
    }
    certain = tense != Tense::present;
    return calendar::add_days(*dct_, delta).to_string();
  }

  bool try_month_expression(const Sentence& s, std::size_t i, Tense tense) {
    std::size_t k = i;
    // Optional weekday first: "Tuesday, September 22, 2015"
    if (weekday_of(tok(k)) && tok(k + 1) == "," && month_of(tok(k + 2))) k += 2;
    const int month = month_of(tok(k));
    if (!month) return false;
    // "May" and "March" are words too: want a number, a year or a preposition around them.
    const std::string_view before = i > s.first_token ? tok(i - 1) : std::string_view();
    const bool prep = before == "in" || before == "on" || before == "since" || before == "by" || before == "until" ||
                      before == "from" || before == "during" || before == "of" || before == "early" ||
                      before == "late" || before == "mid" || before == "last" || before == "next" || before == "this" ||
                      before == "through" || before == "before" || before == "after";
    int day = day_of(tok(k + 1));
    std::size_t end = k + 1;
    if (day && toks_[k + 1].kind != TokenKind::punct) end = k + 2;
    int year = 0;
    if (day) {
      if (tok(end) == "," && year_of(tok(end + 1))) {
        year = year_of(tok(end + 1));
        end += 2;
      } else if (year_of(tok(end))) {
        year = year_of(tok(end));
        end += 1;
      }
    } else if (year_of(tok(k + 1))) {
      year = year_of(tok(k + 1));
      end = k + 2;
    } else if (tok(k + 1) == "of" && year_of(tok(k + 2))) {
      year = year_of(tok(k + 2));
      end = k + 3;
    }
    // A day the month never has ("February 30", "February 29, 2023") is not a calendar value.
    if (day && day > days_in_month(year ? year : 2000, month)) return false;
    if (!day && !year && !prep && (month == 5 || month == 3)) return false;
    if (!day && !year && toks_[k].has(kAbbreviation) && !prep) return false;
    std::string mod;
    std::size_t first = i;
    if (before == "early" || before == "late" || before == "mid") {
      mod = before == "early" ? "START" : before == "late" ? "END" : "MID";
      --first;
    }
    bool certain = true;
    if (year) {
      emit(first, end, labels::kDate, std::to_string(year) + "-" + two(month) + (day ? "-" + two(day) : ""),
           day ? "day" : "month", true, mod);
    } else {
      const std::string v = month_value(month, day, tense, certain);
      emit(first, end, labels::kDate, v, day ? "day" : "month", certain, mod);
    }
    return true;
  }

  // "7/8/07", "12/25/2023", "2023-07-17": numeric dates (month first, as in US news, unless the
  // first number cannot be a month).
  bool try_numeric_date(std::size_t i) {
    const std::string_view a = tok(i);
    if (year_of(a) && tok(i + 1) == "-" && i + 4 < toks_.size() && tok(i + 3) == "-") {
      const int m = std::atoi(std::string(tok(i + 2)).c_str()), d = std::atoi(std::string(tok(i + 4)).c_str());
      const int y = year_of(a);
      if (tok(i + 2).size() == 2 && tok(i + 4).size() == 2 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m)) {
        emit(i, i + 5, labels::kDate, IsoDate{y, m, d}.to_string(), "day");
        return true;
      }
    }
    if (tok(i + 1) != "/" || i + 4 >= toks_.size() || tok(i + 3) != "/") return false;
    if (toks_[i + 2].kind != TokenKind::number || toks_[i + 4].kind != TokenKind::number) return false;
    if (toks_[i + 1].has(kSpaceBefore) || toks_[i + 3].has(kSpaceBefore)) return false;
    int p1 = std::atoi(std::string(a).c_str()), p2 = std::atoi(std::string(tok(i + 2)).c_str());
    const std::string_view ys = tok(i + 4);
    int y = std::atoi(std::string(ys).c_str());
    if (ys.size() == 2) y += y <= 40 ? 2000 : 1900;
    else if (ys.size() != 4) return false;
    int m = p1, d = p2;
    if (p1 > 12 && p2 <= 12) std::swap(m, d);  // 25/12/2023
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return false;
    emit(i, i + 5, labels::kDate, IsoDate{y, m, d}.to_string(), "day");
    return true;
  }

  // "over the years", "over the decades": an unspecified stretch of time.
  bool try_over_the_units(std::size_t i) {
    if (lower(tok(i + 1)) != "the") return false;
    const std::string_view unit = unit_code(tok(i + 2));
    if (unit.empty() || tok(i + 2).back() != 's') return false;
    emit(i, i + 3, labels::kDuration, unit == "DE" ? "PXDE" : duration_value(-1, unit), "");
    return true;
  }

  // "the beginning of the year", "the end of the month"
  bool try_part_of_period(std::size_t i) {
    if (!dct_ || i == 0 || lower(tok(i - 1)) != "the" || tok(i + 1) != "of" || lower(tok(i + 2)) != "the") return false;
    const std::string u = lower(tok(i + 3)).str();
    const std::string mod = lower(tok(i)) == "end" ? "END" : "START";
    if (u == "year") {
      emit(i - 1, i + 4, labels::kDate, std::to_string(dct_->year), "year", true, mod);
      return true;
    }
    if (u == "month") {
      emit(i - 1, i + 4, labels::kDate, std::to_string(dct_->year) + "-" + two(dct_->month), "month", true, mod);
      return true;
    }
    return false;
  }

  // "17 July 2023", "17 July"
  bool try_day_month(std::size_t i, Tense tense) {
    const int day = day_of(tok(i));
    if (!day || toks_[i].kind != TokenKind::number) return false;
    const int month = month_of(tok(i + 1));
    if (!month) return false;
    std::size_t end = i + 2;
    // A day the month never has ("30 February") is not a calendar value.
    if (day > days_in_month(year_of(tok(end)) ? year_of(tok(end)) : 2000, month)) return false;
    if (year_of(tok(end))) {
      emit(i, end + 1, labels::kDate, std::string(tok(end)) + "-" + two(month) + "-" + two(day), "day");
      return true;
    }
    bool certain = true;
    emit(i, end, labels::kDate, month_value(month, day, tense, certain), "day", certain);
    return true;
  }

  bool try_relative_word(std::size_t i) {
    const Lower l = lower(tok(i));
    auto day_offset = [&](int n, std::string suffix = {}) {
      if (!dct_) return std::string(n == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
      return calendar::add_days(*dct_, n).to_string() + suffix;
    };
    if (l == "today") { emit(i, i + 1, labels::kDate, day_offset(0), "day"); return true; }
    if (l == "yesterday") { emit(i, i + 1, labels::kDate, day_offset(-1), "day"); return true; }
    if (l == "tomorrow") { emit(i, i + 1, labels::kDate, day_offset(1), "day"); return true; }
    if (l == "tonight") { emit(i, i + 1, labels::kTime, dct_ ? day_offset(0) + "TNI" : "XXXX-XX-XXTNI", "time"); return true; }
    if (l == "now") { emit(i, i + 1, labels::kDate, "PRESENT_REF", "day", false); return true; }
    if (l == "recently" || l == "lately") { emit(i, i + 1, labels::kDate, "PAST_REF", "day", false); return true; }
    if (l == "soon") { emit(i, i + 1, labels::kDate, "FUTURE_REF", "day", false); return true; }
    // Sets: annual(ly), yearly, monthly, weekly, daily, hourly
    // "LA Weekly", "China Daily": capitalized inside a sentence, these are names.
    const bool name_like = toks_[i].has(kCapitalized) && i > 0 && !toks_[i].has(kLineStart) &&
                           toks_[i - 1].kind == TokenKind::word && toks_[i - 1].has(kCapitalized);
    if (name_like) return false;
    if (l == "annual" || l == "annually" || l == "yearly") { emit(i, i + 1, labels::kSet, "P1Y", ""); return true; }
    if (l == "monthly") { emit(i, i + 1, labels::kSet, "P1M", ""); return true; }
    if (l == "weekly") { emit(i, i + 1, labels::kSet, "P1W", ""); return true; }
    if (l == "daily" && toks_[i].has(kCapitalized) == false) { emit(i, i + 1, labels::kSet, "P1D", ""); return true; }
    if (l == "hourly") { emit(i, i + 1, labels::kSet, "PT1H", ""); return true; }
    return false;
  }

  // this/last/next/past/coming/previous + week/month/year/weekend/quarter/decade/season
  bool try_deictic(std::size_t i) {
    const Lower l = lower(tok(i));
    int shift = 0;
    if (l == "this" || l == "current") shift = 0;
    else if (l == "last" || l == "previous" || l == "past") shift = -1;
    else if (l == "next" || l == "coming") shift = 1;
    else return false;
    std::size_t first = i;
    if (i > 0 && lower(tok(i - 1)) == "the" && (l == "past" || l == "last" || l == "next" || l == "coming")) {
      // "the past three years": a duration
      const int n = count_of(tok(i + 1));
      const std::string_view unit = unit_code(tok(i + 2));
      if (n > 1 && !unit.empty()) {
        emit(i - 1, i + 3, labels::kDuration, duration_value(n, unit), "");
        return true;
      }
      first = i - 1;
    }
    const std::string u = lower(tok(i + 1)).str();
    const std::size_t end = i + 2;
    if (!dct_) {
      if (u == "year" || u == "month" || u == "week" || u == "weekend") {
        emit(first, end, labels::kDate, u == "year" ? "XXXX" : u == "month" ? "XXXX-XX" : "XXXX-WXX", u, false);
        return true;
      }
      return false;
    }
    if (l == "this" && (u == "morning" || u == "afternoon" || u == "evening")) {
      const std::string code = u == "morning" ? "TMO" : u == "afternoon" ? "TAF" : "TEV";
      emit(first, end, labels::kTime, dct_->to_string() + code, "time");
    } else if (u == "year") {
      emit(first, end, labels::kDate, std::to_string(dct_->year + shift), "year");
    } else if (u == "month") {
      const IsoDate d = calendar::add_months(IsoDate{dct_->year, dct_->month, 1}, shift);
      emit(first, end, labels::kDate, std::to_string(d.year) + "-" + two(d.month), "month");
    } else if (u == "week" || u == "weekend") {
      const calendar::IsoWeek w = calendar::iso_week(calendar::add_days(*dct_, 7 * shift));
      emit(first, end, labels::kDate, std::to_string(w.year) + "-W" + two(w.week) + (u == "weekend" ? "-WE" : ""), "week");
    } else if (u == "quarter") {
      int q = (dct_->month - 1) / 3 + shift, y = dct_->year;
      if (q < 0) { q += 4; --y; }
      if (q > 3) { q -= 4; ++y; }
      emit(first, end, labels::kDate, std::to_string(y) + "-Q" + std::to_string(q + 1), "quarter");
    } else if (u == "decade" && (l == "past" || l == "last") && first < i) {
      emit(first, end, labels::kDuration, "P10Y", "");  // "the past decade": ten years up to now
    } else if (u == "decade") {
      emit(first, end, labels::kDate, std::to_string(dct_->year / 10 + shift), "decade");
    } else if (u == "spring" || u == "summer" || u == "autumn" || u == "fall" || u == "winter") {
      const std::string code = u == "spring" ? "SP" : u == "summer" ? "SU" : u == "winter" ? "WI" : "FA";
      emit(first, end, labels::kDate, std::to_string(dct_->year + shift) + "-" + code, "season");
    } else {
      return false;
    }
    return true;
  }

  // "three years", "18 months", "a week", "27-year", "two days ago", "several years"
  bool try_duration(std::size_t i) {
    const std::string_view w = tok(i);
    // Hyphenated adjective: "27-year", "fifty-year", "12-hour", "decades-long"
    const std::size_t dash = w.find('-');
    if (dash != std::string_view::npos && toks_[i].kind == TokenKind::word) {
      const std::string_view unit = unit_code(w.substr(dash + 1));
      const int n = count_of(w.substr(0, dash));
      if (!unit.empty() && n > 0) {
        emit(i, i + 1, labels::kDuration, duration_value(n, unit), "");
        return true;
      }
    }
    // "decades-long", "years-long": an unspecified duration.
    if (w.ends_with("-long") && toks_[i].kind == TokenKind::word) {
      const std::string_view unit = unit_code(w.substr(0, w.size() - 5));
      if (!unit.empty()) {
        emit(i, i + 1, labels::kDuration, unit == "DE" ? "PXDE" : duration_value(-1, unit), "");
        return true;
      }
    }
    std::size_t k = i;
    int n = count_of(w);
    if (n >= 1000) return false;  // "2018 day five": a year, not a count
    bool vague = false;
    const Lower l = lower(w);
    if (n < 0 && (l == "several" || l == "few" || l == "many" || l == "some")) {
      vague = true;
      n = -1;
    } else if (n < 0) {
      return false;
    }
    // "two and a half years"
    bool half = false;
    if (n > 0 && lower(tok(k + 1)) == "and" && lower(tok(k + 2)) == "a" && lower(tok(k + 3)) == "half") {
      half = true;
      k += 3;
    }
    const std::string_view unit = unit_code(tok(k + 1));
    if (unit.empty()) return false;
    // "a year" after a number is a rate ("15 a year"): a set.
    if ((l == "a" || l == "an") && i > 0 && toks_[i - 1].kind == TokenKind::number) {
      emit(i, k + 2, labels::kSet, duration_value(1, unit), "");
      return true;
    }
    if ((l == "a" || l == "an") && unit.size() == 2 && unit[0] == 'T') return false;
    std::size_t end = k + 2;
    if (lower(tok(end)) == "ago" && dct_ && !vague) {
      IsoDate d = *dct_;
      std::string gran = "day", value;
      if (unit == "Y") { value = std::to_string(dct_->year - n); gran = "year"; }
      else if (unit == "M") { d = calendar::add_months(*dct_, -n); value = std::to_string(d.year) + "-" + two(d.month); gran = "month"; }
      else if (unit == "W") { const auto wk = calendar::iso_week(calendar::add_days(*dct_, -7 * n)); value = std::to_string(wk.year) + "-W" + two(wk.week); gran = "week"; }
      else if (unit == "D") { value = calendar::add_days(*dct_, -n).to_string(); }
      else if (unit == "DE") { value = std::to_string((dct_->year - 10 * n) / 10); gran = "decade"; }
      else { value = dct_->to_string(); }
      emit(i, end + 1, labels::kDate, value, gran);
      return true;
    }
    std::size_t first = i;
    std::string mod;
    const std::string b = i > 0 ? lower(tok(i - 1)).str() : std::string();
    if (b == "about" || b == "nearly" || b == "almost" || b == "roughly" || b == "around") {
      mod = b == "nearly" || b == "almost" ? "LESS_THAN" : "APPROX";
      first = i - 1;
    } else if (b == "over" || b == "more than") {
      mod = "MORE_THAN";
    }
    std::string value = vague ? duration_value(-1, unit) : duration_value(n, unit);
    if (half) {
      const std::size_t digit_end = value.find_last_of("0123456789") + 1;
      value.insert(digit_end, ".5");
    }
    emit(first, end, labels::kDuration, value, "", true, mod);
    return true;
  }

  // "18:00 UTC", "6:40 p.m.", "8 a.m.", "noon"
  bool try_clock(std::size_t i) {
    const Token& t = toks_[i];
    if (t.kind != TokenKind::number) return false;
    const int h = std::atoi(std::string(tok(i)).c_str());
    int m = 0;
    std::size_t end = i + 1;
    bool clock = false;
    if (tok(i + 1) == ":" && toks_[i + 2].kind == TokenKind::number && tok(i + 2).size() == 2) {
      m = std::atoi(std::string(tok(i + 2)).c_str());
      end = i + 3;
      clock = true;
    }
    const std::string ampm = lower(tok(end)).str();
    int hour = h;
    if (ampm == "a.m." || ampm == "am" || ampm == "p.m." || ampm == "pm") {
      if (ampm[0] == 'p' && hour < 12) hour += 12;
      if (ampm[0] == 'a' && hour == 12) hour = 0;
      ++end;
      clock = true;
    }
    if (!clock || hour > 24 || m > 59) return false;
    std::string zone;
    const std::string_view z = tok(end);
    if (z == "UTC" || z == "GMT" || z == "Z") {
      zone = "Z";
      ++end;
    } else if (z == "EST" || z == "EDT" || z == "PST" || z == "PDT" || z == "CET" || z == "BST" || z == "ET" || z == "PT") {
      ++end;
    }
    const std::string date = dct_ ? dct_->to_string() : "XXXX-XX-XX";
    emit(i, end, labels::kTime, date + "T" + two(hour) + ":" + two(m) + zone, "time", dct_.has_value());
    return true;
  }

  void sentence(const Sentence& s) {
    // The tense is needed only to place bare months and weekdays: worked out on first use.
    struct LazyTense {
      const TimexFinder* self;
      const Sentence* s;
      mutable int value = -1;
      operator Tense() const {  // NOLINT: reads like a Tense
        if (value < 0) value = static_cast<int>(sentence_tense(self->text_, self->toks_, *s));
        return static_cast<Tense>(value);
      }
    } tense{this, &s};
    next_ = s.first_token;
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      if (i < next_) continue;
      const Token& t = toks_[i];
      if (t.kind != TokenKind::number) {
        if (t.kind != TokenKind::word) continue;
        const std::string_view w = tok(i);
        // Words with digits ("27-year", "Q3", "1990s", "mid-2011") or hyphens go on; others
        // only when they are a trigger. "the"/"that" start only "the next day".
        const Lower lw(w);
        if (lw == "the" || lw == "that") {
          if (try_narrative(i)) continue;
          continue;
        }
        // Common words that start one pattern each: only that pattern is tried.
        if (lw == "over" || lw == "beginning" || lw == "start" || lw == "end") {
          if (lw == "over" && try_over_the_units(i)) continue;
          if (lw != "over" && try_part_of_period(i)) continue;
          continue;
        }
        if (!t.has(kHasDigit) && !t.has(kHyphenated) && !is_trigger(lw)) continue;
      }
      // Months and weekdays are placed by the verb nearest to them, else by the sentence.
      auto local_tense = [&]() -> Tense {
        if (auto near = tense_near(text_, toks_, s, i)) return *near;
        return tense;
      };
      if (t.kind == TokenKind::word && t.has(kCapitalized)) {
        if (try_month_expression(s, i, local_tense())) continue;
        if (const int wd = weekday_of(tok(i))) {
          bool certain = true;
          const std::string v = weekday_value(wd, local_tense(), certain);
          const std::string part = lower(tok(i + 1)).str();
          const std::string code = part == "morning" ? "TMO" : part == "afternoon" ? "TAF" : part == "evening" ? "TEV"
                                   : part == "night" ? "TNI" : "";
          if (!code.empty()) emit(i, i + 2, labels::kTime, v + code, "time", certain);
          else emit(i, i + 1, labels::kDate, v, "day", certain);
          continue;
        }
      }
      if (t.kind == TokenKind::number) {
        if (try_numeric_date(i)) continue;
        if (try_day_month(i, local_tense())) continue;
        if (try_clock(i)) continue;
        if (const int y = year_of(tok(i)); y && t.kind == TokenKind::number) {
          const std::string_view after = tok(i + 1);
          const std::string b = i > 0 ? lower(tok(i - 1)).str() : std::string();
          const bool after_preposition = b == "in" || b == "since" || b == "by" || b == "of" || b == "from" ||
                                         b == "until" || b == "to" || b == "before" || b == "after" ||
                                         b == "during" || b == "through" || b == "early" || b == "late";
          // "2009 passengers" counts people; "in 2009 sales fell" is a year.
          const bool counts = i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::word &&
                              !toks_[i + 1].has(kCapitalized) && after.size() > 3 && after.back() == 's' &&
                              !after_preposition;
          const bool measure = !unit_code(after).empty() || after == "%" || after == "percent" || counts ||
                               (i > 0 && (tok(i - 1) == "$" || tok(i - 1) == "#"));
          if (!measure && !(i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::number)) {
            std::size_t first = i;
            std::string mod;
            if (b == "early" || b == "late") {
              mod = b == "early" ? "START" : "END";
              --first;
            }
            emit(first, i + 1, labels::kDate, std::to_string(y), "year", true, mod);
            continue;
          }
        }
      }
      if (t.kind == TokenKind::word) {
        const std::string_view w = tok(i);
        // "mid-2011", "1990s"
        if (w.size() == 8 && lower(w.substr(0, 4)) == "mid-" && year_of(w.substr(4))) {
          emit(i, i + 1, labels::kDate, std::string(w.substr(4)), "year", true, "MID");
          continue;
        }
        if (w.size() == 5 && w.back() == 's' && year_of(w.substr(0, 4)) && w[3] == '0') {
          std::size_t first = i > 0 && lower(tok(i - 1)) == "the" ? i - 1 : i;
          emit(first, i + 1, labels::kDate, std::string(w.substr(0, 3)), "decade");
          continue;
        }
        // Quarters: "Q3", "Q3 2023"
        if (w.size() == 2 && w[0] == 'Q' && w[1] >= '1' && w[1] <= '4') {
          const int y = year_of(tok(i + 1)) ? year_of(tok(i + 1)) : dct_ ? dct_->year : 0;
          const std::size_t end = year_of(tok(i + 1)) ? i + 2 : i + 1;
          emit(i, end, labels::kDate, (y ? std::to_string(y) : std::string("XXXX")) + "-Q" + w[1], "quarter");
          continue;
        }
        // Fiscal years: "fiscal year 2023", "fiscal 2023", "FY2023"
        if (lower(w) == "fiscal") {
          std::size_t k = i + 1;
          if (lower(tok(k)) == "year") ++k;
          if (const int y = year_of(tok(k))) {
            emit(i, k + 1, labels::kDate, "FY" + std::to_string(y), "year");
            continue;
          }
        }
        if (w.size() == 6 && w.starts_with("FY") && year_of(w.substr(2))) {
          emit(i, i + 1, labels::kDate, "FY" + std::string(w.substr(2)), "year");
          continue;
        }
        if (lower(w) == "every" || lower(w) == "each") {
          const std::string_view unit = unit_code(tok(i + 1));
          if (!unit.empty()) {
            emit(i, i + 2, labels::kSet, duration_value(1, unit), "");
            continue;
          }
        }
        // "the spring of 2025", "summer 2024"
        {
          const std::string sw = lower(w).str();
          if (sw == "spring" || sw == "summer" || sw == "autumn" || sw == "fall" || sw == "winter") {
            const std::size_t yat = tok(i + 1) == "of" ? i + 2 : i + 1;
            if (const int y = year_of(tok(yat))) {
              const std::string code = sw == "spring" ? "SP" : sw == "summer" ? "SU" : sw == "winter" ? "WI" : "FA";
              const std::size_t first = i > 0 && lower(tok(i - 1)) == "the" ? i - 1 : i;
              emit(first, yat + 1, labels::kDate, std::to_string(y) + "-" + code, "season");
              continue;
            }
          }
        }
        if (try_deictic(i)) continue;
        if (try_relative_word(i)) continue;
      }
      if (try_narrative(i)) continue;
      if (try_duration(i)) continue;
    }
  }

  std::string_view text_;
  std::span<const Token> toks_;
  const std::optional<IsoDate>& dct_;
  std::vector<TimexMention> out_;
  std::size_t next_ = 0;
  std::optional<IsoDate> reference_;  // the last day-granular date seen, for "the next day"
};

}  // namespace

std::optional<IsoDate> detect_dct(std::string_view text, std::span<const Token> tokens) {
  int lines = 0;
  for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
    if (tokens[i].has(kLineStart) && ++lines > 4) break;
    const int month = month_of(tokens[i].text(text));
    if (!month) continue;
    const int day = day_of(tokens[i + 1].text(text));
    std::size_t k = i + 2;
    if (tokens[k].text(text) == ",") ++k;
    const int year = k < tokens.size() ? year_of(tokens[k].text(text)) : 0;
    if (day && year && day <= days_in_month(year, month)) return IsoDate{year, month, day};
  }
  return std::nullopt;
}

std::vector<TimexMention> find_timexes(std::string_view text, std::span<const Token> tokens,
                                       std::span<const Sentence> sentences, const std::optional<IsoDate>& dct) {
  std::vector<TimexMention> out = TimexFinder(text, tokens, dct).run(sentences);
  return out;
}

}  // namespace newsmark
