#include "core/names/name_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/engine.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;
using namespace name_tags;

struct Prepared {
  std::string text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<NameMention> rules;
};

Prepared prepare(std::string text) {
  Prepared p;
  p.text = std::move(text);
  const Lexicons& lex = engine().lexicons();
  p.tokens = tokenize(p.text, lex.abbreviation_test());
  p.sentences = split_sentences(p.text, p.tokens, Lexicons::continues_sentence_of, &lex);
  p.rules = find_names(p.text, p.tokens, p.sentences, lex);
  return p;
}

std::size_t token_index(const Prepared& p, std::string_view word) {
  for (std::size_t i = 0; i < p.tokens.size(); ++i) {
    if (p.tokens[i].text(p.text) == word) return i;
  }
  ADD_FAILURE() << "no token " << word;
  return 0;
}

bool has(const std::vector<std::string>& names, const std::string& f) {
  return std::find(names.begin(), names.end(), f) != names.end();
}

struct FeatureCase {
  const char* name;
  const char* text;
  const char* word;
  std::vector<std::string> present;
  std::vector<std::string> absent;
};
void PrintTo(const FeatureCase& c, std::ostream* os) { *os << c.name; }

class NameFeatureTable : public ::testing::TestWithParam<FeatureCase> {};

TEST_P(NameFeatureTable, Fires) {
  const FeatureCase& c = GetParam();
  const Prepared p = prepare(c.text);
  const NameFeatures f(p.text, p.tokens, engine().lexicons(), p.rules);
  const std::size_t i = token_index(p, c.word);
  const Sentence* s = nullptr;
  for (const Sentence& x : p.sentences) {
    if (i >= x.first_token && i < x.end_token) s = &x;
  }
  ASSERT_NE(s, nullptr);
  const std::vector<std::string> names = f.names(i, *s);
  for (const std::string& want : c.present) EXPECT_TRUE(has(names, want)) << want;
  for (const std::string& not_want : c.absent) EXPECT_FALSE(has(names, not_want)) << not_want;
  // The hashes are the names' hashes, in the same order.
  std::vector<std::uint32_t> hashes;
  f.hashes(i, *s, hashes);
  ASSERT_EQ(hashes.size(), names.size());
}

INSTANTIATE_TEST_SUITE_P(
    Table, NameFeatureTable,
    ::testing::Values(
        FeatureCase{"word_shape_affixes", "The talks with Halvorsen went on.", "Halvorsen",
                    {"w=halvorsen", "sh=Xx", "p3=hal", "s3=sen", "w-1=with", "w+1=went", "w-2=talks", "sh-1=x"}, {"first|sh=Xx"}},
        FeatureCase{"sentence_start", "Halvorsen said no.", "Halvorsen", {"first|sh=Xx", "w-1=<s>", "w+1=said"}, {}},
        FeatureCase{"gazetteer_type_and_position", "She flew to New York on Monday.", "York", {"gaz=GPE-L", "gaz-1=GPE-B"}, {}},
        FeatureCase{"title_before", "Senator Ana Ruiz spoke.", "Ana", {"title-1=title", "fn="}, {}},
        FeatureCase{"rule_output", "Senator Ana Ruiz spoke.", "Ruiz", {"fn-1=", "rule=PERSON-L", "rule-1=PERSON-B"}, {"rule=O"}},
        FeatureCase{"no_rule", "the big dog ran to Mordor quickly.", "dog", {"rule=O"}, {}},
        FeatureCase{"capital_line", "STORM HITS HARBOUR TOWN\nThe storm hit.", "HARBOUR", {"capsline|sh=X", "sh=X"}, {}},
        FeatureCase{"known_name_words", "They met Boeing officials.", "Boeing", {"list=o"}, {}},
        FeatureCase{"lower_case_elsewhere", "Apple pie is sweet. I like apple pie.", "Apple", {"lower-elsewhere="}, {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(NameFeatures, LowerCaseWordsCannotBeNamesButConnectorsCanBeInside) {
  const Prepared p = prepare("The Bank of England raised rates in 1997 and Channel 4 said so.");
  const NameFeatures f(p.text, p.tokens, engine().lexicons(), p.rules);
  EXPECT_EQ(f.allowed(token_index(p, "Bank")), kAllTags);
  const TagMask of = f.allowed(token_index(p, "of"));
  EXPECT_TRUE(allows(of, tag(1, Part::inside)));
  EXPECT_FALSE(allows(of, tag(1, Part::begin)));
  EXPECT_FALSE(allows(of, tag(1, Part::last)));
  EXPECT_EQ(f.allowed(token_index(p, "raised")), kOnlyOutside);
  EXPECT_TRUE(allows(f.allowed(token_index(p, "4")), tag(1, Part::last)));  // "Channel 4"
  EXPECT_FALSE(allows(f.allowed(token_index(p, "4")), tag(1, Part::unit)));
}

TEST(NameFeatures, HashIsStableAndNeverZero) {
  EXPECT_EQ(feature_hash("w", "boeing"), feature_hash("w", "boeing"));
  EXPECT_NE(feature_hash("w", "boeing"), feature_hash("w-1", "boeing"));
  EXPECT_NE(feature_hash("w-1|sh", "a", "b"), feature_hash("w-1|sh", "ab"));
  EXPECT_NE(feature_hash("", ""), 0u);
}

}  // namespace
}  // namespace newsmark

namespace newsmark {
namespace {

TEST(NameFeatures, ReasonsReadAsWords) {
  EXPECT_EQ(describe_name_features("w-1=senator, fn, gaz=GPE-U"),
            "\u201Csenator\u201D before it; a known first name; in the list of countries, states and cities");
  EXPECT_EQ(describe_name_features("list=o, capsline|sh=X"), "part of the name of a company; a line in capitals");
  EXPECT_EQ(describe_name_features("the same name elsewhere in the article"), "the same name elsewhere in the article");
  EXPECT_EQ(describe_name_features(""), "");
}

}  // namespace
}  // namespace newsmark
