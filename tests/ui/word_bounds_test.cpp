#include "ui/word_bounds.h"

#include <gtest/gtest.h>

#include <string>

namespace newsmark::ui {
namespace {

std::string cut(const std::string& text, ByteSpan s) { return text.substr(s.begin, s.size()); }

const std::string kText = "The café’s owner, Jean-Luc, said: “We’re closing — for good.”";

std::uint32_t at(const std::string& word) { return static_cast<std::uint32_t>(kText.find(word)); }

TEST(WordBounds, WordAtTakesTheWholeWordWithInnerJoiners) {
  EXPECT_EQ(cut(kText, word_at(kText, at("café") + 1)), "café’s");
  EXPECT_EQ(cut(kText, word_at(kText, at("Jean") + 6)), "Jean-Luc");
  EXPECT_EQ(cut(kText, word_at(kText, at("We’re"))), "We’re");
  // Just after a word: that word. Between punctuation: nothing.
  EXPECT_EQ(cut(kText, word_at(kText, at(", said"))), "Jean-Luc");
  EXPECT_TRUE(word_at(kText, at("— for") + 1).empty());
  EXPECT_EQ(cut(kText, word_at(kText, static_cast<std::uint32_t>(kText.size()) + 5)), "");
}

TEST(WordBounds, SnapWidensToWordsAndDropsEdgePunctuation) {
  // A drag from the middle of "owner" to the middle of "Jean".
  EXPECT_EQ(cut(kText, snap_to_words(kText, ByteSpan{at("owner") + 2, at("Jean") + 2})), "owner, Jean-Luc");
  // A drag that starts on the space before a word and ends on the comma after it.
  EXPECT_EQ(cut(kText, snap_to_words(kText, ByteSpan{at(" said"), at(": “")})), "said");
  // Quotes are not part of the words they surround.
  EXPECT_EQ(cut(kText, snap_to_words(kText, ByteSpan{at("“We"), at("closing") + 3})), "We’re closing");
  // No word inside: unchanged.
  EXPECT_EQ(snap_to_words(kText, ByteSpan{at(" —"), at(" —") + 2}), (ByteSpan{at(" —"), at(" —") + 2}));
}

TEST(WordBounds, StepsAWordAtATime) {
  EXPECT_EQ(next_word_end(kText, at("The")), at("The") + 3);
  EXPECT_EQ(next_word_end(kText, at(" café")), at("café’s") + std::string("café’s").size());
  EXPECT_EQ(previous_word_start(kText, at(" owner")), at("café"));
  EXPECT_EQ(previous_word_start(kText, 0), 0u);
  EXPECT_EQ(next_word_end(kText, static_cast<std::uint32_t>(kText.size())), kText.size());
  // A span's start moves to the next word; its end back to the previous word's end.
  EXPECT_EQ(next_word_start(kText, at("café")), at("owner"));
  EXPECT_EQ(previous_word_end(kText, at("owner") + 5), at("café") + std::string("café’s").size());
  // At the ends of the text they stay put.
  EXPECT_EQ(previous_word_end(kText, 3), 3u);
  EXPECT_EQ(next_word_start(kText, at("good")), at("good"));
}

}  // namespace
}  // namespace newsmark::ui
