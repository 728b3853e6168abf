#include "core/text/utf8.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace newsmark::utf8 {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

struct RepairCase {
  const char* name;
  std::string input;
  std::string expected;
  std::size_t replacements;
  std::size_t first_invalid;
};

void PrintTo(const RepairCase& c, std::ostream* os) { *os << c.name; }

class RepairTest : public ::testing::TestWithParam<RepairCase> {};

TEST_P(RepairTest, ReplacesMaximalSubpartsWithOneReplacementEach) {
  const RepairCase& c = GetParam();
  const Repair r = repair(c.input);
  EXPECT_EQ(r.text, c.expected);
  EXPECT_EQ(r.replacements, c.replacements);
  if (c.replacements > 0) {
    EXPECT_EQ(r.first_invalid, c.first_invalid);
  }
  EXPECT_TRUE(is_valid(r.text));
  EXPECT_EQ(is_valid(c.input), c.replacements == 0);
}

// Expected values follow the Unicode "maximal subpart" practice (as WHATWG TextDecoder does).
INSTANTIATE_TEST_SUITE_P(
    Table, RepairTest,
    ::testing::Values(
        RepairCase{"empty", "", "", 0, 0},
        RepairCase{"ascii", "Hello, world", "Hello, world", 0, 0},
        RepairCase{"two_byte", "caf\xC3\xA9", "caf\xC3\xA9", 0, 0},
        RepairCase{"three_byte_euro", "\xE2\x82\xAC" "5", "\xE2\x82\xAC" "5", 0, 0},
        RepairCase{"four_byte_emoji", "a\xF0\x9F\x93\xB0z", "a\xF0\x9F\x93\xB0z", 0, 0},
        RepairCase{"lone_continuation", "a\x80z", "a" + kFffd + "z", 1, 1},
        RepairCase{"latin1_e_acute", "caf\xE9!", "caf" + kFffd + "!", 1, 3},
        RepairCase{"truncated_at_end", "ab\xE2\x82", "ab" + kFffd, 1, 2},
        RepairCase{"truncated_then_ascii", "\xE2\x82z", kFffd + "z", 1, 0},
        RepairCase{"overlong_slash", "\xC0\xAF", kFffd + kFffd, 2, 0},
        RepairCase{"overlong_three", "\xE0\x80\xAF", kFffd + kFffd + kFffd, 3, 0},
        RepairCase{"utf16_surrogate", "\xED\xA0\x80", kFffd + kFffd + kFffd, 3, 0},
        RepairCase{"past_max", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4, 0},
        RepairCase{"invalid_lead_ff", "x\xFFy\xFE", "x" + kFffd + "y" + kFffd, 2, 1},
        RepairCase{"nul_is_valid", std::string("a\0b", 3), std::string("a\0b", 3), 0, 0}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(Utf8Decode, DecodesEachSequenceLength) {
  EXPECT_EQ(decode("A", 0).code_point, U'A');
  EXPECT_EQ(decode("\xC3\xA9", 0).code_point, U'\u00E9');
  EXPECT_EQ(decode("\xE2\x80\x9C", 0).code_point, U'\u201C');
  const Decoded emoji = decode("\xF0\x9F\x93\xB0", 0);
  EXPECT_EQ(emoji.code_point, U'\U0001F4F0');
  EXPECT_EQ(emoji.length, 4u);
  EXPECT_TRUE(emoji.valid);
}

TEST(Utf8Append, RoundTripsThroughDecode) {
  for (char32_t cp : {U'a', U'\u00E9', U'\u20AC', U'\uFFFD', U'\U0001F600', U'\U0010FFFF'}) {
    std::string s;
    append(s, cp);
    EXPECT_TRUE(is_valid(s));
    EXPECT_EQ(decode(s, 0).code_point, cp);
  }
  std::string surrogate;
  append(surrogate, 0xD800);
  EXPECT_EQ(surrogate, kFffd);
}

TEST(Utf8Count, CountsCodePointsNotBytes) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("abc"), 3u);
  EXPECT_EQ(count_code_points("\xE2\x80\x9CHi\xE2\x80\x9D \xF0\x9F\x93\xB0"), 6u);
}

TEST(Utf8Boundary, KnowsWhereCharactersStart) {
  const std::string s = "a\xC3\xA9z";
  EXPECT_TRUE(is_boundary(s, 0));
  EXPECT_TRUE(is_boundary(s, 1));
  EXPECT_FALSE(is_boundary(s, 2));
  EXPECT_TRUE(is_boundary(s, 3));
  EXPECT_TRUE(is_boundary(s, 4));
  EXPECT_FALSE(is_boundary(s, 5));
}

}  // namespace
}  // namespace newsmark::utf8
