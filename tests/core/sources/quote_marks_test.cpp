// Pairing quotation marks into pieces: within a line, over paragraphs, single marks.
#include "core/sources/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/lexicons/lexicons.h"
#include "test_engine.h"

namespace newsmark {
namespace {

// Each piece as its text, with "+" in front when it continues the one before.
std::vector<std::string> pieces(const std::string& text) {
  const std::vector<Token> toks = tokenize(text, testing_support::engine().lexicons().abbreviation_test());
  std::vector<std::string> out;
  for (const QuotedPiece& p : find_quoted_pieces(text, toks)) {
    out.push_back((p.continues ? "+" : "") + text.substr(p.span.begin, p.span.size()));
  }
  return out;
}

TEST(QuoteMarks, PairsOnALine) {
  EXPECT_EQ(pieces("He said \"yes\" and \"no\"."), (std::vector<std::string>{"\"yes\"", "\"no\""}));
  EXPECT_EQ(pieces("\u201CYes,\u201D she said."), (std::vector<std::string>{"\u201CYes,\u201D"}));
  EXPECT_EQ(pieces("A stray \u201D mark and \"\" empty marks."), (std::vector<std::string>{}));
}

TEST(QuoteMarks, ContinuesOverParagraphs) {
  // News style: the mark stays open at the paragraph's end and opens again.
  EXPECT_EQ(pieces("\"One.\n\n\"Two.\n\n\"Three.\" he said."),
            (std::vector<std::string>{"\"One.", "+\"Two.", "+\"Three.\""}));
  // Some sites leave the next opening mark out and only close at the end.
  EXPECT_EQ(pieces("\"One.\nTwo, three.\"\nNext line."), (std::vector<std::string>{"\"One.", "+Two, three.\""}));
  // An open quote whose next line has no closing mark ends at its own line.
  EXPECT_EQ(pieces("\"One.\nNo quote here.\nNor here."), (std::vector<std::string>{"\"One."}));
}

TEST(QuoteMarks, SingleMarksPairOnlyNearby) {
  EXPECT_EQ(pieces("Reports: 'streamlined' asylum process"), (std::vector<std::string>{"'streamlined'"}));
  EXPECT_EQ(pieces("It's the parents' choice, isn't it?"), (std::vector<std::string>{}));
  // A single-quoted word inside a double quote is its own piece, after the outer one.
  EXPECT_EQ(pieces("\"She wasn't 'forced' to stay,\" they said."),
            (std::vector<std::string>{"\"She wasn't 'forced' to stay,\"", "'forced'"}));
}

}  // namespace
}  // namespace newsmark
