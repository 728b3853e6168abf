#include "core/numbers/numbers.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/text/chars.h"


namespace newsmark {
namespace {

using namespace token_flags;

struct WordValue {
  std::string_view word;
  double value;
};

constexpr WordValue kSmall[] = {
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},       {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},       {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13},   {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18},   {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},      {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90},    {"dozen", 12},      {"hundred", 100}};

constexpr WordValue kScales[] = {{"hundred", 1e2},  {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},
                                 {"trillion", 1e12}, {"bn", 1e9},      {"m", 1e6},       {"mn", 1e6},
                                 {"k", 1e3},         {"tn", 1e12},     {"mln", 1e6},     {"bln", 1e9}};

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// Number words by length: a word is compared only with the few words of its own length.
std::optional<double> plain_number_word(std::string_view lw) {
  static constexpr std::string_view k3[] = {"one", "two", "six", "ten"};
  static constexpr std::string_view k4[] = {"zero", "four", "five", "nine"};
  static constexpr std::string_view k5[] = {"three", "seven", "eight", "forty", "fifty", "sixty", "dozen"};
  static constexpr std::string_view k6[] = {"eleven", "twelve", "twenty", "thirty", "eighty", "ninety"};
  static constexpr std::string_view k7[] = {"fifteen", "sixteen", "seventy", "hundred"};
  static constexpr std::string_view k8[] = {"thirteen", "fourteen", "eighteen", "nineteen"};
  static constexpr std::string_view k9[] = {"seventeen"};
  auto in = [&](auto const& list) {
    for (std::string_view x : list) {
      if (x == lw) return true;
    }
    return false;
  };
  bool found = false;
  switch (lw.size()) {
    case 3: found = in(k3); break;
    case 4: found = in(k4); break;
    case 5: found = in(k5); break;
    case 6: found = in(k6); break;
    case 7: found = in(k7); break;
    case 8: found = in(k8); break;
    case 9: found = in(k9); break;
    default: return std::nullopt;
  }
  if (!found) return std::nullopt;
  for (const WordValue& v : kSmall) {
    if (v.word == lw) return v.value;
  }
  return std::nullopt;
}

std::optional<double> number_word(std::string_view w) {
  if (w.size() < 3 || w.size() > 15) return std::nullopt;
  // Lower-case copy (number words are ASCII).
  char buf[16];
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  const std::string_view lw(buf, w.size());
  if (auto v = plain_number_word(lw)) return v;
  // twenty-one ... ninety-nine
  const std::size_t dash = w.find('-');
  if (dash != std::string_view::npos) {
    auto tens = number_word(lw.substr(0, dash));
    auto ones = number_word(lw.substr(dash + 1));
    if (tens && ones && *tens >= 20 && *tens <= 90 && *ones >= 1 && *ones <= 9) return *tens + *ones;
  }
  return std::nullopt;
}

std::optional<double> scale_word(std::string_view w) {
  for (const WordValue& v : kScales) {
    if (v.word.size() <= 2 ? w == v.word : iequals(w, v.word)) return v.value;
  }
  return std::nullopt;
}

std::optional<double> parse_digits(std::string_view t) {
  std::string clean;
  clean.reserve(t.size());
  for (const char c : t) {
    if (c != ',') clean.push_back(c);
  }
  if (clean.empty() || !(clean[0] >= '0' && clean[0] <= '9')) return std::nullopt;
  char* endp = nullptr;
  const double v = std::strtod(clean.c_str(), &endp);
  if (endp != clean.c_str() + clean.size()) return std::nullopt;
  return v;
}

struct Currency {
  std::string_view token;
  std::string_view code;
};
// Symbols and codes written before the number. "#" is how some corpora (MEANTIME) render £.
constexpr Currency kPrefixCurrencies[] = {
    {"$", "USD"},   {"US$", "USD"}, {"USD", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"EUR", "EUR"},
    {"\xC2\xA3", "GBP"}, {"GBP", "GBP"}, {"#", "GBP"}, {"\xC2\xA5", "JPY"}, {"JPY", "JPY"},
    {"CNY", "CNY"}, {"RMB", "CNY"}, {"\xE2\x82\xB9", "INR"}, {"Rs", "INR"}, {"Rs.", "INR"},
    {"INR", "INR"}, {"\xE2\x82\xBD", "RUB"}, {"CHF", "CHF"}, {"AUD", "AUD"}, {"CAD", "CAD"},
    {"HKD", "HKD"}, {"SGD", "SGD"}, {"NZD", "NZD"}, {"\xE2\x82\xA9", "KRW"}, {"R$", "BRL"}};

// Words after the number: "9.9 billion yuan", "20 euros", "$9.99 US dollars".
constexpr Currency kSuffixCurrencies[] = {
    {"dollar", "USD"}, {"dollars", "USD"}, {"euro", "EUR"},  {"euros", "EUR"},   {"pound", "GBP"},
    {"pounds", "GBP"}, {"sterling", "GBP"}, {"yen", "JPY"},  {"yuan", "CNY"},    {"renminbi", "CNY"},
    {"rupee", "INR"},  {"rupees", "INR"},   {"rouble", "RUB"}, {"roubles", "RUB"}, {"ruble", "RUB"},
    {"rubles", "RUB"}, {"francs", "CHF"},   {"won", "KRW"},  {"pesos", "MXN"},   {"reais", "BRL"},
    {"USD", "USD"},    {"EUR", "EUR"},      {"GBP", "GBP"},  {"cents", "USD"}};

// Letters before "$": US$, A$, C$, HK$, NZ$, S$ (and USD$).
std::string_view dollar_prefix_code(std::string_view letters) {
  if (letters == "US" || letters == "USD" || letters == "U.S.") return "USD";
  if (letters == "A" || letters == "AU") return "AUD";
  if (letters == "C" || letters == "CA") return "CAD";
  if (letters == "HK") return "HKD";
  if (letters == "NZ") return "NZD";
  if (letters == "S") return "SGD";
  if (letters == "R") return "BRL";
  return {};
}

constexpr std::string_view kUnits[] = {
    "pounds", "pound", "lb", "lbs", "kilograms", "kilogram", "kg", "grams", "gram", "g", "tons", "ton",
    "tonnes", "tonne", "ounces", "ounce", "oz", "kilometres", "kilometers", "kilometre", "kilometer", "km",
    "miles", "mile", "metres", "meters", "metre", "meter", "m", "feet", "foot", "ft", "inches", "inch",
    "centimetres", "centimeters", "cm", "millimetres", "millimeters", "mm", "yards", "acres", "acre",
    "hectares", "hectare", "ha", "litres", "liters", "litre", "liter", "gallons", "gallon", "barrels",
    "barrel", "bpd", "degrees", "degree", "mph", "km/h", "knots", "megawatts", "MW", "gigawatts", "GW",
    "kilowatts", "kW", "kWh", "watts", "volts", "calories", "square", "cubic", "bytes", "GB", "TB", "MB",
    "passengers", "people", "seats"};
// Counts of these are durations or dates, not cardinals.
constexpr std::string_view kTimeUnits[] = {"year", "years", "month", "months", "week", "weeks", "day", "days",
                                           "hour", "hours", "minute", "minutes", "second", "seconds",
                                           "decade", "decades", "century", "centuries", "year-old", "years-old",
                                           "a.m.", "p.m.", "am", "pm", "GMT", "UTC", "BST", "EST", "ET", "PT",
                                           "o'clock", "weekend", "weekends", "nights", "night", "quarter",
                                           "quarters"};
constexpr std::string_view kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December",
                                        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
                                        "Sept.", "Oct.", "Nov.", "Dec."};

template <std::size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

struct Approximator {
  std::string_view words[3];
  int count;
};
// Longest first.
constexpr Approximator kApproximators[] = {
    {{"as", "much", "as"}, 3}, {{"as", "many", "as"}, 3}, {{"as", "little", "as"}, 3},
    {{"as", "few", "as"}, 3},  {{"more", "than"}, 2},     {{"less", "than"}, 2},
    {{"fewer", "than"}, 2},    {{"up", "to"}, 2},         {{"at", "least"}, 2},
    {{"at", "most"}, 2},       {{"close", "to"}, 2},      {{"in", "excess", "of"}, 3},
    {{"about"}, 1},            {{"around"}, 1},           {{"nearly"}, 1},
    {{"almost"}, 1},           {{"approximately"}, 1},    {{"roughly"}, 1},
    {{"some"}, 1},             {{"over"}, 1},             {{"under"}, 1},
    {{"just"}, 1},             {{"only"}, 1},             {{"estimated"}, 1},
    {{"between"}, 1},
};

}  // namespace

std::optional<double> number_word_value(std::string_view word) { return number_word(word); }

std::string format_number(double v) {
  char buf[64];
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    return std::to_string(static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%.6f", v);
    std::string s(buf);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  return buf;
}

std::optional<NumberValue> parse_number(std::string_view text, std::span<const Token> tokens, std::size_t i,
                                        std::size_t end) {
  if (i >= end) return std::nullopt;
  const Token& t = tokens[i];
  const std::string_view w = t.text(text);
  NumberValue n;
  n.first = static_cast<std::uint32_t>(i);
  std::size_t j = i + 1;
  if (t.kind == TokenKind::number) {
    auto v = parse_digits(w);
    if (!v) return std::nullopt;
    n.value = *v;
    // "15bn", "3m", "48m" are split as number + letters without a space.
    if (j < end && !tokens[j].has(kSpaceBefore) && tokens[j].kind == TokenKind::word) {
      if (auto s = scale_word(tokens[j].text(text))) {
        n.value *= *s;
        ++j;
      }
    }
  } else if (t.kind == TokenKind::word) {
    // "15bn" as one token (digits then letters), "a dozen", number words.
    if (t.has(kHasDigit)) {
      std::size_t k = 0;
      while (k < w.size() && ((w[k] >= '0' && w[k] <= '9') || w[k] == '.' || w[k] == ',')) ++k;
      auto v = parse_digits(w.substr(0, k));
      auto s = scale_word(w.substr(k));
      if (!v || !s) return std::nullopt;
      n.value = *v * *s;
    } else if (w.size() > 12 || w.size() < 1 || !((w[0] | 0x20) >= 'a' && (w[0] | 0x20) <= 'z')) {
      return std::nullopt;  // number words are short ASCII words
    } else if ((w == "a" || w == "A") && j < end && tokens[j].text(text) == "dozen") {
      n.value = 12;
      ++j;
    } else if (auto v = number_word(w)) {
      n.value = *v;
      // "two hundred", "three thousand"
      while (j < end) {
        auto s = scale_word(tokens[j].text(text));
        if (!s || *s < 100 || tokens[j].text(text).size() <= 2) break;
        n.value *= *s;
        ++j;
      }
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  // "4.5 billion", "2 million"
  if (j < end && tokens[j].kind == TokenKind::word && tokens[j].has(kSpaceBefore)) {
    const std::string_view s = tokens[j].text(text);
    if (s.size() > 2 || s == "bn" || s == "mn" || s == "tn") {
      if (auto sc = scale_word(s); sc && *sc >= 1e3) {
        n.value *= *sc;
        ++j;
      }
    }
  }
  n.end = static_cast<std::uint32_t>(j);
  return n;
}

std::vector<MeasureMention> find_measures(std::string_view text, std::span<const Token> tokens) {
  std::vector<MeasureMention> out;
  out.reserve(tokens.size() / 16 + 4);
  const std::size_t n = tokens.size();
  auto tok = [&](std::size_t k) -> std::string_view { return k < n ? tokens[k].text(text) : std::string_view(); };

  // A currency written before position k: returns its code and the first token of it.
  auto currency_before = [&](std::size_t k, std::size_t& start) -> std::string_view {
    if (k == 0) return {};
    const std::string_view p = tok(k - 1);
    if (p == "$" && k >= 2 && !tokens[k - 1].has(kSpaceBefore)) {
      const std::string_view code = dollar_prefix_code(tok(k - 2));
      if (!code.empty()) {
        start = k - 2;
        return code;
      }
    }
    if (p == "#" && k >= 2 && tok(k - 2) == "GB") {
      start = k - 2;
      return "GBP";
    }
    for (const Currency& c : kPrefixCurrencies) {
      if (p == c.token) {
        start = k - 1;
        return c.code;
      }
    }
    return {};
  };

  std::size_t i = 0;
  while (i < n) {
    std::size_t cur_start = i;
    std::string_view code;
    std::size_t num_at = i;
    // Currency first ("$", "US$", "GBP")? Then the number must follow.
    const Token& ti = tokens[i];
    const bool currency_like = ti.kind == TokenKind::symbol ||
                               (ti.kind == TokenKind::word && ti.end - ti.begin <= 3 && (ti.has(token_flags::kAllCaps) ||
                                ti.end - ti.begin == 1 || tok(i) == "Rs" || tok(i) == "Rs."));
    if (currency_like) {
      std::size_t probe = i;
      while (probe < n && probe < i + 3 && !parse_number(text, tokens, probe, n)) ++probe;
      if (probe < n && probe > i) {
        std::size_t s = probe;
        const std::string_view c = currency_before(probe, s);
        if (!c.empty() && s == i) {
          code = c;
          num_at = probe;
        }
      }
    }
    auto num = parse_number(text, tokens, num_at, n);
    if (!num) {
      ++i;
      continue;
    }
    MeasureMention m;
    std::size_t end_tok = num->end;
    double value = num->value;
    const std::string_view next = tok(end_tok);

    if (!code.empty()) {
      m.label = labels::kMoney;
      m.unit = std::string(code);
      // "$249 USD", "$99 (USD)" are not swallowed; "$9.99 US dollars" is.
      if (next == "US" && tok(end_tok + 1) == "dollars") end_tok += 2;
      else if (next == "dollar" || next == "dollars" || next == "USD") end_tok += 1;
    } else if (next == "%" || next == "percent" || next == "per" || next == "pct") {
      if (next == "per") {
        if (tok(end_tok + 1) != "cent") { i = num->end; continue; }
        end_tok += 2;
      } else {
        end_tok += 1;
      }
      m.label = labels::kPercent;
      m.unit = "%";
    } else if (next == "percentage" && tok(end_tok + 1) == "points") {
      end_tok += 2;
      m.label = labels::kPercent;
      m.unit = "percentage points";
    } else {
      bool found = false;
      // "22,000 pounds of fuel" weighs; "20 million pounds" pays.
      const bool weight = (next == "pounds" || next == "pound") && tok(end_tok + 1) == "of";
      for (const Currency& c : kSuffixCurrencies) {
        if (next == c.token && !weight) {
          m.label = labels::kMoney;
          m.unit = std::string(c.code);
          end_tok += 1;
          found = true;
          break;
        }
      }
      if (!found && one_of(next, kUnits) && !(next == "m" || next == "g")) {
        m.label = labels::kQuantity;
        m.unit = std::string(next);
        end_tok += 1;
        // "344,400 square kilometres", "5 cubic metres"
        if ((next == "square" || next == "cubic") && one_of(tok(end_tok), kUnits)) {
          m.unit += " " + std::string(tok(end_tok));
          end_tok += 1;
        }
        found = true;
      }
      if (!found) {
        const Token& nt = tokens[num_at];
        const std::string_view w = nt.text(text);
        // Leave to the time stage: years, days of the month, counts of time units, clock times.
        const bool yearlike = nt.kind == TokenKind::number && w.size() == 4 && value >= 1000 && value <= 2200 &&
                              num->end == num_at + 1;
        const bool in_date = (num_at > 0 && one_of(tok(num_at - 1), kMonths)) || one_of(next, kMonths) ||
                             (num_at > 1 && tok(num_at - 1) == "," && one_of(tok(num_at - 2), kMonths));
        const bool time_count = one_of(next, kTimeUnits) || (next == "-" && one_of(tok(end_tok + 1), kTimeUnits));
        const bool clock = next == ":" || (num_at > 0 && tok(num_at - 1) == ":");
        const bool ordinal_like = nt.kind == TokenKind::word && nt.has(kHasDigit);
        if (yearlike || in_date || time_count || clock || ordinal_like) {
          i = num->end;
          continue;
        }
        m.label = labels::kCardinal;
      }
    }

    // Ranges: "15-20%", "$16 million to $28 million", "between $12 million and $20 million".
    std::size_t begin_tok = cur_start;
    double value_max = value;
    bool range = false;
    {
      std::size_t k = end_tok;
      const std::string_view sep = tok(k);
      if ((sep == "to" || sep == "and" || sep == "-" || sep == "\xE2\x80\x93") && k + 1 < n) {
        std::size_t k2 = k + 1;
        std::size_t s2 = k2;
        std::string_view code2;
        {
          std::size_t probe = k2;
          while (probe < n && probe < k2 + 3 && !parse_number(text, tokens, probe, n)) ++probe;
          if (probe < n) {
            std::size_t s = probe;
            code2 = currency_before(probe, s);
            if (!code2.empty() && s == k2) s2 = probe;
            else if (probe == k2) s2 = k2;
            else s2 = n;
          }
        }
        auto num2 = s2 < n ? parse_number(text, tokens, s2, n) : std::nullopt;
        // Both ends must be the same kind of measure: "$12 million and $20 million",
        // "4% to 5%", "5 to 7 km"; never "4.2% to $3 billion".
        bool same_kind = false;
        if (num2) {
          const std::string_view after2 = tok(num2->end);
          if (m.label == labels::kMoney) {
            same_kind = !code2.empty() || after2 == "dollars" || after2 == "euros" || after2 == "pounds";
            if (code2.empty() && s2 == k2 && sep == "-") same_kind = true;  // "$5-10 million"
          } else if (m.label == labels::kPercent) {
            same_kind = code2.empty() && (after2 == "%" || after2 == "percent");
          } else if (m.label == labels::kQuantity) {
            same_kind = code2.empty() && after2 == m.unit;
          } else {
            same_kind = code2.empty() && after2 != "%" && after2 != "percent";
          }
        }
        const bool between = begin_tok > 0 && tok(begin_tok - 1) == "between";
        // "2-1" is a score, not a range: a range goes up.
        if (same_kind && (sep != "and" || between) && num2->value >= value) {
          std::size_t e2 = num2->end;
          if (m.label == labels::kPercent && (tok(e2) == "%" || tok(e2) == "percent")) e2 += 1;
          if (m.label == labels::kMoney && (tok(e2) == "dollars")) e2 += 1;
          value_max = num2->value;
          end_tok = e2;
          range = true;
        }
      }
    }
    // "15-20%": number, dash, number, % — the first number had no % after it.
    if (m.label == labels::kCardinal && (tok(num->end) == "-" || tok(num->end) == "to")) {
      auto num2 = parse_number(text, tokens, num->end + 1, n);
      if (num2 && (tok(num2->end) == "%" || tok(num2->end) == "percent")) {
        m.label = labels::kPercent;
        m.unit = "%";
        value_max = num2->value;
        end_tok = num2->end + 1;
        range = true;
      }
    }
    // Approximators before the expression belong to it.
    for (const Approximator& a : kApproximators) {
      if (begin_tok < static_cast<std::size_t>(a.count)) continue;
      bool match = true;
      for (int q = 0; q < a.count; ++q) {
        std::string_view w = tok(begin_tok - a.count + q);
        if (!iequals(w, a.words[q])) { match = false; break; }
      }
      if (!match) continue;
      if (a.count == 1 && a.words[0] == "between" && !range) continue;
      if (a.count == 1 && (a.words[0] == "some" || a.words[0] == "over" || a.words[0] == "under" ||
                           a.words[0] == "just" || a.words[0] == "only") && m.label == labels::kCardinal) continue;
      std::string mod;
      for (int q = 0; q < a.count; ++q) {
        if (q) mod += ' ';
        mod += std::string(a.words[q]);
      }
      m.modifier = mod;
      begin_tok -= static_cast<std::size_t>(a.count);
      break;
    }
    m.span = ByteSpan{tokens[begin_tok].begin, tokens[end_tok - 1].end};
    m.value = value;
    m.value_max = value_max;
    m.is_range = range;
    out.push_back(std::move(m));
    i = end_tok;
  }
  return out;
}

}  // namespace newsmark
