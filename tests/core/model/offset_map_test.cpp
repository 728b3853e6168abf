#include "core/model/offset_map.h"

#include <gtest/gtest.h>

#include <string>

#include "core/text/utf8.h"

namespace newsmark {
namespace {

TEST(OffsetMap, AsciiOffsetsAreIdentical) {
  const std::string text = "The minister said on Monday.";
  const OffsetMap map(text);
  EXPECT_EQ(map.code_point_count(), text.size());
  for (std::size_t i = 0; i <= text.size(); ++i) {
    EXPECT_EQ(*map.to_code_point(text, i), i);
    EXPECT_EQ(*map.to_byte(text, i), i);
  }
}

TEST(OffsetMap, MultiByteCharactersShiftOffsets) {
  // "“Déjà vu,” 📰" : curly quotes (3 bytes), é/à (2 bytes), emoji (4 bytes).
  const std::string text = "\xE2\x80\x9C" "D\xC3\xA9j\xC3\xA0 vu,\xE2\x80\x9D \xF0\x9F\x93\xB0";
  const OffsetMap map(text);
  ASSERT_EQ(map.code_point_count(), 12u);
  struct Pair { std::size_t byte, cp; };
  for (const Pair p : {Pair{0, 0}, Pair{3, 1}, Pair{4, 2}, Pair{6, 3}, Pair{7, 4}, Pair{9, 5},
                       Pair{13, 9}, Pair{16, 10}, Pair{17, 11}, Pair{21, 12}}) {
    EXPECT_EQ(*map.to_code_point(text, p.byte), p.cp) << "byte " << p.byte;
    EXPECT_EQ(*map.to_byte(text, p.cp), p.byte) << "code point " << p.cp;
  }
}

TEST(OffsetMap, RejectsOffsetsInsideACharacterOrPastTheEnd) {
  const std::string text = "a\xC3\xA9";
  const OffsetMap map(text);
  auto inside = map.to_code_point(text, 2);
  ASSERT_FALSE(inside.ok());
  EXPECT_EQ(inside.error().code, ErrorCode::invalid_offset);
  EXPECT_NE(inside.error().message.find("inside a UTF-8 character"), std::string::npos);
  EXPECT_FALSE(map.to_code_point(text, 4).ok());
  auto past = map.to_byte(text, 3);
  ASSERT_FALSE(past.ok());
  EXPECT_NE(past.error().message.find("past the end"), std::string::npos);
}

TEST(OffsetMap, EmptyText) {
  const std::string text;
  const OffsetMap map(text);
  EXPECT_EQ(map.code_point_count(), 0u);
  EXPECT_EQ(*map.to_code_point(text, 0), 0u);
  EXPECT_EQ(*map.to_byte(text, 0), 0u);
  EXPECT_FALSE(map.to_byte(text, 1).ok());
}

// Across many checkpoint blocks with a mix of widths, both directions agree with a plain scan.
TEST(OffsetMap, AgreesWithLinearScanOnLongMixedText) {
  std::string text;
  const char32_t pattern[] = {U'a', U'\u00E9', U'\u201C', U'\U0001F4F0', U' ', U'\u0416'};
  for (int i = 0; i < 5000; ++i) utf8::append(text, pattern[(i * 7) % 6]);
  const OffsetMap map(text);
  std::size_t cp = 0;
  for (std::size_t byte = 0; byte < text.size();) {
    ASSERT_EQ(*map.to_code_point(text, byte), cp);
    ASSERT_EQ(*map.to_byte(text, cp), byte);
    byte += utf8::decode(text, byte).length;
    ++cp;
  }
  EXPECT_EQ(cp, 5000u);
  EXPECT_EQ(*map.to_code_point(text, text.size()), 5000u);
  EXPECT_EQ(*map.to_byte(text, 5000), text.size());
}

}  // namespace
}  // namespace newsmark
