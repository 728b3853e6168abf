#include "ui/text_layout.h"

#include <gtest/gtest.h>

#include <string>

#include "core/text/utf8.h"
#include "imgui.h"

namespace newsmark::ui {
namespace {

// A headless ImGui context with the built-in font: enough to measure text.
class TextLayoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    font_ = ImGui::GetIO().Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  float width_of(const std::string& text, const LayoutLine& l) const {
    return font_->CalcTextSizeA(font_->FontSize, 1e9f, 0.0f, text.data() + l.begin, text.data() + l.end).x;
  }
  std::string line_text(const std::string& text, const LayoutLine& l) const {
    return text.substr(l.begin, l.end - l.begin);
  }

  ImFont* font_ = nullptr;
};

TEST_F(TextLayoutTest, WrapsAtWordsWithinTheWidth) {
  const std::string text = "The minister said on Monday that the talks would resume as soon as possible.";
  TextLayout layout;
  const float width = 200.0f;
  ASSERT_TRUE(layout.update(text, 1, font_, font_->FontSize, width));
  ASSERT_GT(layout.lines().size(), 2u);
  std::string rebuilt;
  for (const LayoutLine& l : layout.lines()) {
    EXPECT_LE(width_of(text, l), width) << line_text(text, l);
    const std::string t = line_text(text, l);
    EXPECT_NE(t.front(), ' ');
    EXPECT_NE(t.back(), ' ');
    rebuilt += (rebuilt.empty() ? "" : " ") + t;
  }
  EXPECT_EQ(rebuilt, text);
}

TEST_F(TextLayoutTest, ParagraphsAndBlankLines) {
  const std::string text = "First.\n\nSecond.\n";
  TextLayout layout;
  ASSERT_TRUE(layout.update(text, 1, font_, font_->FontSize, 500.0f));
  ASSERT_EQ(layout.lines().size(), 4u);
  EXPECT_EQ(line_text(text, layout.lines()[0]), "First.");
  EXPECT_EQ(line_text(text, layout.lines()[1]), "");
  EXPECT_EQ(line_text(text, layout.lines()[2]), "Second.");
  EXPECT_EQ(line_text(text, layout.lines()[3]), "");
}

TEST_F(TextLayoutTest, NeverSplitsAUtf8Character) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "\xC3\xA9";  // one long word of é
  text += " \xE2\x80\x9Cquoted\xE2\x80\x9D";
  TextLayout layout;
  ASSERT_TRUE(layout.update(text, 1, font_, font_->FontSize, 60.0f));
  ASSERT_GT(layout.lines().size(), 3u);
  for (const LayoutLine& l : layout.lines()) {
    EXPECT_TRUE(utf8::is_boundary(text, l.begin)) << l.begin;
    EXPECT_TRUE(utf8::is_boundary(text, l.end)) << l.end;
    EXPECT_LT(l.begin, l.end);
  }
}

TEST_F(TextLayoutTest, RecomputesOnlyWhenAnInputChanges) {
  const std::string text = "Some words to wrap around a narrow column of text.";
  TextLayout layout;
  EXPECT_TRUE(layout.update(text, 1, font_, font_->FontSize, 100.0f));
  EXPECT_FALSE(layout.update(text, 1, font_, font_->FontSize, 100.0f));
  EXPECT_TRUE(layout.update(text, 1, font_, font_->FontSize, 300.0f));
  EXPECT_TRUE(layout.update(text, 2, font_, font_->FontSize, 300.0f));
  EXPECT_TRUE(layout.update(text, 2, font_, font_->FontSize * 2, 300.0f));
}

TEST_F(TextLayoutTest, FindsTheLineOfAnOffset) {
  const std::string text = "alpha\nbeta\ngamma";
  TextLayout layout;
  ASSERT_TRUE(layout.update(text, 1, font_, font_->FontSize, 500.0f));
  EXPECT_EQ(layout.line_of(0), 0u);
  EXPECT_EQ(layout.line_of(4), 0u);
  EXPECT_EQ(layout.line_of(6), 1u);
  EXPECT_EQ(layout.line_of(11), 2u);
  EXPECT_EQ(layout.line_of(text.size()), 2u);
}

TEST_F(TextLayoutTest, EmptyText) {
  TextLayout layout;
  ASSERT_TRUE(layout.update("", 1, font_, font_->FontSize, 100.0f));
  EXPECT_EQ(layout.lines().size(), 1u);
  EXPECT_EQ(layout.line_of(0), 0u);
}

TEST_F(TextLayoutTest, HitTestingMapsPositionsToCharacterBoundariesAndBack) {
  // Multi-byte characters (é, ü, ’, —) must never be split by a hit.
  const std::string text = "Café owners in Zürich said the plan’s cost — 4 million — was too high for them.";
  TextLayout layout;
  ASSERT_TRUE(layout.update(text, 1, font_, font_->FontSize, 160.0f));
  for (std::size_t line = 0; line < layout.lines().size(); ++line) {
    const LayoutLine& l = layout.lines()[line];
    for (std::uint32_t b = l.begin; b <= l.end; ++b) {
      if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) continue;  // inside a character
      // x_of then byte_at comes back to the same boundary.
      const float x = layout.x_of(text, line, b);
      EXPECT_EQ(layout.byte_at(text, line, x + 0.01f), b) << "line " << line << " byte " << b;
    }
    // Any x lands on a boundary, inside the line.
    for (float x = -5.0f; x < 200.0f; x += 1.5f) {
      const std::uint32_t b = layout.byte_at(text, line, x);
      EXPECT_GE(b, l.begin);
      EXPECT_LE(b, l.end);
      EXPECT_FALSE(b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) << b;
    }
    EXPECT_EQ(layout.byte_at(text, line, -10.0f), l.begin);
    EXPECT_EQ(layout.byte_at(text, line, 1e6f), l.end);
  }
  // x_of grows along a line and matches the measured width of the prefix.
  const LayoutLine& first = layout.lines()[0];
  EXPECT_FLOAT_EQ(layout.x_of(text, 0, first.end), width_of(text, first));
  EXPECT_EQ(layout.x_of(text, 0, first.begin), 0.0f);
}

}  // namespace
}  // namespace newsmark::ui
