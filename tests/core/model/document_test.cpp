#include "core/model/document.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace newsmark {
namespace {

TEST(LoadDocument, KeepsValidTextAndMetadata) {
  auto r = load_document("WASHINGTON \xE2\x80\x94 The talks resumed.", {"Talks", "2023-07-17", "a.txt", "en"});
  ASSERT_TRUE(r.ok());
  const Document& d = r->document;
  EXPECT_EQ(d.text(), "WASHINGTON \xE2\x80\x94 The talks resumed.");
  EXPECT_EQ(d.info().title, "Talks");
  EXPECT_EQ(d.info().dct, "2023-07-17");
  EXPECT_EQ(d.offsets().code_point_count(), 31u);
  EXPECT_EQ(*d.to_code_point(15), 13u);  // the T after the em dash
  EXPECT_EQ(r->report.summary(), "");
}

TEST(LoadDocument, RepairsInvalidUtf8AndSaysSo) {
  auto r = load_document("Caf\xE9 owner said\xFF.", {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->document.text(), "Caf\xEF\xBF\xBD owner said\xEF\xBF\xBD.");
  EXPECT_EQ(r->report.invalid_utf8_replaced, 2u);
  EXPECT_EQ(r->report.first_invalid_byte, 3u);
  const std::string summary = r->report.summary();
  EXPECT_NE(summary.find("2 invalid UTF-8 sequences"), std::string::npos) << summary;
  EXPECT_NE(summary.find("byte 3"), std::string::npos) << summary;
}

TEST(LoadDocument, NormalizesLineEndingsAndBom) {
  auto r = load_document("\xEF\xBB\xBFLine one\r\nLine two\rLine three\n", {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->document.text(), "Line one\nLine two\nLine three\n");
  EXPECT_TRUE(r->report.bom_removed);
  EXPECT_EQ(r->report.line_endings_normalized, 2u);
}

TEST(LoadDocument, RefusesTextOverTheLimitWithItsSize) {
  const std::string big(kMaxTextBytes + 1, 'a');
  auto r = load_document(big, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::too_large);
  EXPECT_NE(r.error().message.find("20.0 MB"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find(std::to_string(big.size()) + " bytes"), std::string::npos);
}

TEST(LoadDocument, AcceptsTextExactlyAtTheLimit) {
  const std::string big(kMaxTextBytes, 'a');
  auto r = load_document(big, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->document.text().size(), kMaxTextBytes);
}

TEST(LoadDocument, RejectsAMalformedDct) {
  DocumentInfo info;
  info.dct = "2023-02-30";
  auto r = load_document("text", info);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(r.error().message.find("Document date"), std::string::npos);
}

TEST(Document, SetDctValidatesAndKeepsTheOldValueOnError) {
  auto r = load_document("text", {"", "2023-07-17", "", "en"});
  ASSERT_TRUE(r.ok());
  Document d = r->document;
  EXPECT_FALSE(d.set_dct("17/07/2023").ok());
  EXPECT_EQ(d.info().dct, "2023-07-17");
  EXPECT_TRUE(d.set_dct("").ok());
  EXPECT_EQ(d.info().dct, "");
}

TEST(Document, CopiesKeepWorkingOffsets) {
  auto r = load_document("\xC3\xA9t\xC3\xA9", {});
  ASSERT_TRUE(r.ok());
  const Document copy = r->document;
  EXPECT_EQ(*copy.to_byte(2), 3u);
  EXPECT_EQ(*copy.to_code_point(5), 3u);
}

TEST(FormatByteSize, ReadableUnits) {
  EXPECT_EQ(format_byte_size(97), "97 bytes");
  EXPECT_EQ(format_byte_size(812 * 1024), "812 KB");
  EXPECT_EQ(format_byte_size(23u * 1024u * 1024u + 400u * 1024u), "23.4 MB");
}

}  // namespace
}  // namespace newsmark

namespace newsmark {
namespace {

TEST(OneLineSnippet, KeepsShortTextAndCutsLongTextAtACharacter) {
  EXPECT_EQ(one_line_snippet("two\nlines", 40), "two lines");
  // 10 bytes max: 7 kept before the ellipsis, but byte 7 is inside "é" (bytes 6-7): cut at 6.
  EXPECT_EQ(one_line_snippet("abcdef\xC3\xA9ghijk", 10), "abcdef\xE2\x80\xA6");
}

}  // namespace
}  // namespace newsmark

namespace newsmark {
namespace {

struct ContextCase {
  const char* text;
  const char* span;  // its first occurrence in text
  std::size_t max_side;
  const char* expected;
};

TEST(SnippetInContext, TheSpanInItsSentenceCutAtWords) {
  const ContextCase cases[] = {
      // the whole sentence when it is short, without the sentences around it
      {"It rained. Then she left the room. The end.", "she", 40, "Then \xE2\x80\x9Cshe\xE2\x80\x9D left the room."},
      // cut at a word boundary on each side, with an ellipsis
      {"The long and winding road said she would lead to your door today", "she", 12,
       "\xE2\x80\xA6road said \xE2\x80\x9Cshe\xE2\x80\x9D would lead\xE2\x80\xA6"},
      // never past a line break (a headline above, a paragraph below)
      {"Headline here\nShe spoke.\nNext paragraph", "She", 40, "\xE2\x80\x9CShe\xE2\x80\x9D spoke."},
      // at the very start and end of the text
      {"he", "he", 10, "\xE2\x80\x9Che\xE2\x80\x9D"},
      // a decimal point is not a sentence end; "U.S." neither when no space follows its inner dots
      {"Prices rose 2.5 percent, he said.", "he", 40, "Prices rose 2.5 percent, \xE2\x80\x9Che\xE2\x80\x9D said."},
      // a span of several words, with accents around it (cuts stay on characters)
      {"L\xC3\xA9" "a told the caf\xC3\xA9 owner that prices would rise.", "the caf\xC3\xA9 owner", 40,
       "L\xC3\xA9" "a told \xE2\x80\x9Cthe caf\xC3\xA9 owner\xE2\x80\x9D that prices would rise."},
  };
  for (const ContextCase& c : cases) {
    const std::string_view text = c.text;
    const std::size_t at = text.find(c.span);
    ASSERT_NE(at, std::string_view::npos) << c.text;
    const ByteSpan span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::strlen(c.span))};
    EXPECT_EQ(snippet_in_context(text, span, c.max_side), c.expected) << c.text;
  }
}

}  // namespace
}  // namespace newsmark
