#include "io/json/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <cmath>
#include <ostream>
#include <limits>

namespace newsmark::io {
namespace {

std::string json_quoted(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

struct EscapeCase {
  const char* name;
  std::string input;
  std::string expected;
};

void PrintTo(const EscapeCase& c, std::ostream* os) { *os << c.name; }

class JsonEscapeTest : public ::testing::TestWithParam<EscapeCase> {};

TEST_P(JsonEscapeTest, Escapes) { EXPECT_EQ(json_quoted(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Table, JsonEscapeTest, ::testing::Values(
    EscapeCase{"plain", "said", "\"said\""},
    EscapeCase{"quote_backslash", "a\"b\\c", "\"a\\\"b\\\\c\""},
    EscapeCase{"whitespace", "a\nb\tc\rd", "\"a\\nb\\tc\\rd\""},
    EscapeCase{"control", std::string("\x01\x1f\x7f\0", 4), "\"\\u0001\\u001f\\u007f\\u0000\""},
    EscapeCase{"utf8_kept", "\xE2\x80\x9C" "caf\xC3\xA9" "\xE2\x80\x9D", "\"\xE2\x80\x9C" "caf\xC3\xA9" "\xE2\x80\x9D\""},
    EscapeCase{"line_separators", "a\xE2\x80\xA8" "b\xE2\x80\xA9", "\"a\\u2028b\\u2029\""},
    EscapeCase{"invalid_utf8_replaced", "a\xFF" "b", "\"a\xEF\xBF\xBD" "b\""},
    EscapeCase{"emoji", "\xF0\x9F\x93\xB0", "\"\xF0\x9F\x93\xB0\""}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(JsonWriter, CompactStructure) {
  JsonWriter w;
  w.begin_object();
  w.field("a", 1);
  w.key("list");
  w.begin_array();
  w.value(true);
  w.null();
  w.value("x");
  w.begin_object();
  w.end_object();
  w.end_array();
  w.field("neg", static_cast<std::int64_t>(-5));
  w.end_object();
  EXPECT_EQ(w.str(), R"({"a":1,"list":[true,null,"x",{}],"neg":-5})");
}

TEST(JsonWriter, PrettyStructure) {
  JsonWriter w(JsonWriter::Style::pretty);
  w.begin_object();
  w.field("a", 1);
  w.key("b");
  w.begin_array();
  w.value(2);
  w.end_array();
  w.key("empty");
  w.begin_array();
  w.end_array();
  w.end_object();
  EXPECT_EQ(w.str(), "{\n  \"a\": 1,\n  \"b\": [\n    2\n  ],\n  \"empty\": []\n}");
}

TEST(JsonWriter, NumbersRoundTripShortest) {
  auto one = [](double d) {
    JsonWriter w;
    w.value(d);
    return w.str();
  };
  EXPECT_EQ(one(0.1), "0.1");
  EXPECT_EQ(one(2.5), "2.5");
  EXPECT_EQ(one(1e21), "1e+21");
  EXPECT_EQ(one(-0.75), "-0.75");
  EXPECT_EQ(std::strtod(one(1.0 / 3.0).c_str(), nullptr), 1.0 / 3.0);
  EXPECT_EQ(one(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(one(std::numeric_limits<double>::infinity()), "null");
  JsonWriter w;
  w.value(std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(w.str(), "18446744073709551615");
}

// Numbers of at most three decimals take a path without printf: the same text as the shortest
// %g that reads back, for every thousandth up to 100 and for numbers around them.
TEST(JsonWriter, ThousandthsAreWrittenAsTheShortestText) {
  auto one = [](double d) {
    JsonWriter w;
    w.value(d);
    return w.str();
  };
  auto shortest = [](double d) {
    char buf[32];
    for (int precision = 15; precision <= 17; ++precision) {
      std::snprintf(buf, sizeof buf, "%.*g", precision, d);
      if (std::strtod(buf, nullptr) == d) break;
    }
    return std::string(buf);
  };
  EXPECT_EQ(one(0.001), "0.001");
  EXPECT_EQ(one(0.05), "0.05");
  EXPECT_EQ(one(-12.345), "-12.345");
  EXPECT_EQ(one(0.0), "0");
  EXPECT_EQ(one(0.0005), "0.0005");
  EXPECT_EQ(one(999999999999.5), "999999999999.5");
  for (int k = -1000; k <= 100000; ++k) {
    for (double d : {k / 1000.0, k / 1000.0 + 1e-9, std::nextafter(k / 1000.0, 1e9)}) {
      const std::string text = one(d);
      ASSERT_EQ(std::strtod(text.c_str(), nullptr), d) << text;
      ASSERT_EQ(text, shortest(d)) << k;
    }
  }
}

}  // namespace
}  // namespace newsmark::io
