#include "core/numbers/numbers.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace newsmark {
namespace {

bool abbrev(std::string_view w) { return w == "Rs" || w == "Inc"; }

struct MeasureCase {
  const char* name;
  std::string text;
  std::string span;   // expected covered text of the first measure ("" = none)
  std::string label;
  double value;
  std::string unit;
};
void PrintTo(const MeasureCase& c, std::ostream* os) { *os << c.name; }

class MeasureTable : public ::testing::TestWithParam<MeasureCase> {};

TEST_P(MeasureTable, Finds) {
  const MeasureCase& c = GetParam();
  const auto toks = tokenize(c.text, abbrev);
  const auto found = find_measures(c.text, toks);
  if (c.span.empty()) {
    EXPECT_TRUE(found.empty()) << c.text.substr(found[0].span.begin, found[0].span.size());
    return;
  }
  ASSERT_FALSE(found.empty());
  const MeasureMention& m = found[0];
  EXPECT_EQ(c.text.substr(m.span.begin, m.span.size()), c.span);
  EXPECT_EQ(m.label, c.label);
  EXPECT_DOUBLE_EQ(m.value, c.value);
  EXPECT_EQ(m.unit, c.unit);
}

INSTANTIATE_TEST_SUITE_P(Rules, MeasureTable, ::testing::Values(
    MeasureCase{"dollars_billion", "a $4.5 billion deal", "$4.5 billion", "MONEY", 4.5e9, "USD"},
    MeasureCase{"us_dollar_prefix", "a US$ 40 billion contract", "US$ 40 billion", "MONEY", 40e9, "USD"},
    MeasureCase{"usd_dollar_word", "a USD$ 23 billion dollar deal", "USD$ 23 billion dollar", "MONEY", 23e9, "USD"},
    MeasureCase{"gbp_code", "GBP 20 million in fees", "GBP 20 million", "MONEY", 20e6, "GBP"},
    MeasureCase{"pound_sign", "a \xC2\xA3" "13 billion order", "\xC2\xA3" "13 billion", "MONEY", 13e9, "GBP"},
    MeasureCase{"meantime_pound", "for GB # 20.1 billion", "GB # 20.1 billion", "MONEY", 20.1e9, "GBP"},
    MeasureCase{"bn_suffix", "worth $15bn today", "$15bn", "MONEY", 15e9, "USD"},
    MeasureCase{"euro_m", "costs \xE2\x82\xAC" "48m now", "\xE2\x82\xAC" "48m", "MONEY", 48e6, "EUR"},
    MeasureCase{"yuan_word", "for 9.9 billion yuan (about", "9.9 billion yuan", "MONEY", 9.9e9, "CNY"},
    MeasureCase{"about_money", "(about US$ 1.4 billion).", "about US$ 1.4 billion", "MONEY", 1.4e9, "USD"},
    MeasureCase{"between_range", "contribute between $12 million and $20 million now", "between $12 million and $20 million", "MONEY", 12e6, "USD"},
    MeasureCase{"to_range", "about US$ 16 million to $28 million)", "about US$ 16 million to $28 million", "MONEY", 16e6, "USD"},
    MeasureCase{"us_dollars_words", "around $9.99 US dollars, although", "around $9.99 US dollars", "MONEY", 9.99, "USD"},
    MeasureCase{"plain_price", "reduced to $199 in the US", "$199", "MONEY", 199, "USD"},
    MeasureCase{"thousands_sep", "a price of $1,099.", "$1,099", "MONEY", 1099, "USD"},
    MeasureCase{"percent_sign", "accounts for 70% of", "70%", "PERCENT", 70, "%"},
    MeasureCase{"percent_word", "reached 78 percent increase", "78 percent", "PERCENT", 78, "%"},
    MeasureCase{"per_cent", "up 3.5 per cent on", "3.5 per cent", "PERCENT", 3.5, "%"},
    MeasureCase{"percent_range", "improvements of 15-20% are", "15-20%", "PERCENT", 15, "%"},
    MeasureCase{"as_much_as", "by as much as 3%.", "as much as 3%", "PERCENT", 3, "%"},
    MeasureCase{"quantity_pounds", "carrying 22,000 pounds of fuel", "22,000 pounds", "QUANTITY", 22000, "pounds"},
    MeasureCase{"quantity_km", "a 30 km stretch", "30 km", "QUANTITY", 30, "km"},
    MeasureCase{"no_mixed_range", "rose 4.2% to $3 billion", "4.2%", "PERCENT", 4.2, "%"},
    MeasureCase{"percent_to_range", "from 4 to 5 percent", "4 to 5 percent", "PERCENT", 4, "%"},
    MeasureCase{"cardinal_digits", "with 179 new tankers", "179", "CARDINAL", 179, ""},
    MeasureCase{"cardinal_word", "five new aircraft", "five", "CARDINAL", 5, ""},
    MeasureCase{"cardinal_up_to", "carry up to 60 people", "up to 60 people", "QUANTITY", 60, "people"},
    MeasureCase{"cardinal_hyphen_word", "twenty-one boats", "twenty-one", "CARDINAL", 21, ""},
    MeasureCase{"million_word", "2 million residents", "2 million", "CARDINAL", 2e6, ""},
    MeasureCase{"year_is_not_cardinal", "in 2024 the estimate", "", "", 0, ""},
    MeasureCase{"date_day_is_not_cardinal", "on March 14, he said", "", "", 0, ""},
    MeasureCase{"duration_is_not_cardinal", "about eight months later", "", "", 0, ""},
    MeasureCase{"clock_is_not_cardinal", "at 18:00 UTC", "", "", 0, ""}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(ParseNumber, WordsDigitsAndScales) {
  const std::string s = "a dozen, two hundred, 4.5 billion, 15bn, 1,234.5";
  const auto toks = tokenize(s, abbrev);
  EXPECT_DOUBLE_EQ(parse_number(s, toks, 0, toks.size())->value, 12);
  EXPECT_DOUBLE_EQ(parse_number(s, toks, 3, toks.size())->value, 200);
  EXPECT_DOUBLE_EQ(parse_number(s, toks, 6, toks.size())->value, 4.5e9);
  EXPECT_DOUBLE_EQ(parse_number(s, toks, 9, toks.size())->value, 15e9);
  EXPECT_DOUBLE_EQ(parse_number(s, toks, 11, toks.size())->value, 1234.5);
  EXPECT_FALSE(parse_number(s, toks, 2, toks.size()).has_value());
}

TEST(NumberWordValue, WordsOnly) {
  EXPECT_EQ(number_word_value("five"), 5.0);
  EXPECT_EQ(number_word_value("Twenty-one"), 21.0);
  EXPECT_EQ(number_word_value("dozen"), 12.0);
  EXPECT_FALSE(number_word_value("the").has_value());
  EXPECT_FALSE(number_word_value("twenty-twenty").has_value());
}

TEST(FormatNumber, IntegersAndDecimals) {
  EXPECT_EQ(format_number(4.5e9), "4500000000");
  EXPECT_EQ(format_number(9.99), "9.99");
  EXPECT_EQ(format_number(0.5), "0.5");
}

}  // namespace
}  // namespace newsmark
