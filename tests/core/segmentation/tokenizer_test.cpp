#include "core/segmentation/tokenizer.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace newsmark {
namespace {

bool test_abbreviation(std::string_view w) {
  for (const char* a : {"Sen", "Gov", "Inc", "Jan", "Mr", "Dr", "Corp", "St"}) {
    if (w == a) return true;
  }
  return false;
}

std::vector<std::string> texts(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s, test_abbreviation)) out.emplace_back(t.text(s));
  return out;
}

using V = std::vector<std::string>;

struct TokCase {
  const char* name;
  std::string input;
  V expected;
};
void PrintTo(const TokCase& c, std::ostream* os) { *os << c.name; }

class TokenizeTable : public ::testing::TestWithParam<TokCase> {};
TEST_P(TokenizeTable, Splits) { EXPECT_EQ(texts(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Rules, TokenizeTable, ::testing::Values(
    TokCase{"words_and_period", "The talks resumed.", V{"The", "talks", "resumed", "."}},
    TokCase{"abbreviations_keep_period", "Sen. Graham met Mr. Smith of Acme Inc. in Jan.", V{"Sen.", "Graham", "met", "Mr.", "Smith", "of", "Acme", "Inc.", "in", "Jan."}},
    TokCase{"dotted_acronyms", "the U.S. and R-S.C. and EADS N.V.", V{"the", "U.S.", "and", "R-S.C.", "and", "EADS", "N.V."}},
    TokCase{"initials", "J. K. Rowling", V{"J.", "K.", "Rowling"}},
    TokCase{"numbers", "22,000 pounds, 4.5 billion and 1,234.56", V{"22,000", "pounds", ",", "4.5", "billion", "and", "1,234.56"}},
    TokCase{"money_symbols", "$4.5 billion, US$ 40 billion, \xE2\x82\xAC" "48m", V{"$", "4.5", "billion", ",", "US", "$", "40", "billion", ",", "\xE2\x82\xAC", "48m"}},
    TokCase{"percent_range", "15-20% rise", V{"15", "-", "20", "%", "rise"}},
    TokCase{"hyphenated", "Jean-Luc's fifty-year plan", V{"Jean-Luc", "'s", "fifty-year", "plan"}},
    TokCase{"curly_possessive", "Boeing\xE2\x80\x99s jets", V{"Boeing", "\xE2\x80\x99s", "jets"}},
    TokCase{"apostrophe_in_name", "O'Leary and don't", V{"O'Leary", "and", "don't"}},
    TokCase{"curly_quotes", "\xE2\x80\x9CYes,\xE2\x80\x9D she said", V{"\xE2\x80\x9C", "Yes", ",", "\xE2\x80\x9D", "she", "said"}},
    TokCase{"dashes", "PORTVALE \xE2\x80\x94 The -- end", V{"PORTVALE", "\xE2\x80\x94", "The", "--", "end"}},
    TokCase{"latex_quotes", "said `` Everyone told us . ''", V{"said", "``", "Everyone", "told", "us", ".", "''"}},
    TokCase{"ellipsis", "Wait... what", V{"Wait", "...", "what"}},
    TokCase{"ampersand_names", "AT&T and S&P rose", V{"AT&T", "and", "S&P", "rose"}},
    TokCase{"web_address", "Amazon.com said", V{"Amazon.com", "said"}},
    TokCase{"multibyte_names", "Tom\xC3\xA1s Aldane and \xE5\xAE\x89\xE5\x80\x8D\xE6\x99\x8B\xE4\xB8\x89 \xF0\x9F\x98\x80", V{"Tom\xC3\xA1s", "Aldane", "and", "\xE5\xAE\x89\xE5\x80\x8D\xE6\x99\x8B\xE4\xB8\x89", "\xF0\x9F\x98\x80"}}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(Tokenize, FlagsCaseDigitsAndLines) {
  const std::string s = "NASA said\n\nThe 3rd Apple";
  const auto toks = tokenize(s, test_abbreviation);
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_TRUE(toks[0].has(token_flags::kAllCaps));
  EXPECT_TRUE(toks[0].has(token_flags::kParagraphStart));
  EXPECT_FALSE(toks[1].has(token_flags::kCapitalized));
  EXPECT_TRUE(toks[1].has(token_flags::kSpaceBefore));
  EXPECT_TRUE(toks[2].has(token_flags::kParagraphStart));
  EXPECT_TRUE(toks[3].has(token_flags::kHasDigit));
  EXPECT_EQ(toks[3].kind, TokenKind::word);
  EXPECT_TRUE(toks[4].has(token_flags::kCapitalized));
  EXPECT_FALSE(toks[4].has(token_flags::kLineStart));
}

TEST(Tokenize, QuoteSides) {
  const std::string s = "He said \"no\" and \xE2\x80\x98maybe\xE2\x80\x99 then.";
  const auto toks = tokenize(s, test_abbreviation);
  std::vector<QuoteSide> sides;
  for (const Token& t : toks) {
    if (t.kind == TokenKind::quote) sides.push_back(t.quote);
  }
  EXPECT_EQ(sides, (std::vector<QuoteSide>{QuoteSide::open, QuoteSide::close, QuoteSide::open, QuoteSide::close}));
}

TEST(Tokenize, OffsetsCoverTheTextExactly) {
  const std::string s = "  \xE2\x80\x9C" "Caf\xC3\xA9,\xE2\x80\x9D 22,000 \xE2\x82\xAC.\n";
  for (const Token& t : tokenize(s, test_abbreviation)) {
    EXPECT_LT(t.begin, t.end);
    EXPECT_LE(t.end, s.size());
  }
  EXPECT_EQ(texts(s), (V{"\xE2\x80\x9C", "Caf\xC3\xA9", ",", "\xE2\x80\x9D", "22,000", "\xE2\x82\xAC", "."}));
}

}  // namespace
}  // namespace newsmark
