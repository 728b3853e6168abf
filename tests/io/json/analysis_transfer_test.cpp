#include "io/json/analysis_transfer.h"

#include <gtest/gtest.h>

#include "model_fixtures.h"

namespace newsmark::io {
namespace {

void expect_same(const Analysis& back, const Analysis& a, const std::string& what) {
  EXPECT_EQ(back.annotations, a.annotations) << what;
  EXPECT_EQ(back.dct, a.dct) << what;
  EXPECT_EQ(back.dct_detected, a.dct_detected) << what;
  ASSERT_EQ(back.tokens.size(), a.tokens.size()) << what;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token &x = back.tokens[i], &y = a.tokens[i];
    ASSERT_TRUE(x.begin == y.begin && x.end == y.end && x.kind == y.kind && x.quote == y.quote && x.flags == y.flags)
        << what << ": token " << i;
  }
  ASSERT_EQ(back.sentences.size(), a.sentences.size()) << what;
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence &x = back.sentences[i], &y = a.sentences[i];
    ASSERT_TRUE(x.first_token == y.first_token && x.end_token == y.end_token && x.span == y.span) << what << ": sentence " << i;
  }
}

TEST(AnalysisTransfer, RoundTripsTheEnginesAnalysisOfEverySampleArticle) {
  auto engine = Engine::create();
  ASSERT_TRUE(engine.ok());
  for (const auto& article : testing_support::sample_articles()) {
    const Analysis a = engine->analyze(article.document);
    ASSERT_FALSE(a.tokens.empty());
    auto back = decode_analysis(encode_analysis(a), article.document.text().size());
    ASSERT_TRUE(back.ok()) << article.name << ": " << back.error().message;
    expect_same(*back, a, article.name);
  }
}

TEST(AnalysisTransfer, RoundTripsEveryPartOfTheModel) {
  // Notes, user labels and origins, relations, entities, a relative timeline event, attrs.
  const Document d = testing_support::rich_document();
  Analysis a;
  a.annotations = testing_support::rich_set(d);
  a.annotations.author = "reader";
  a.annotations.sourcing.quoted_share = 0.125;
  a.annotations.sourcing.speakers.push_back({"e1", "Ann", "named-person", 3});
  a.dct = "2026-03-09";
  a.dct_detected = true;
  a.tokens.push_back({0, 3, TokenKind::word, QuoteSide::none, token_flags::kCapitalized});
  a.tokens.push_back({4, 5, TokenKind::quote, QuoteSide::close, 0});
  a.sentences.push_back({0, 2, {0, 5}});
  auto back = decode_analysis(encode_analysis(a), d.text().size());
  ASSERT_TRUE(back.ok()) << back.error().message;
  expect_same(*back, a, "rich set");
}

TEST(AnalysisTransfer, RefusesEveryTruncationAndDamage) {
  Analysis a;
  a.annotations = testing_support::rich_set(testing_support::rich_document());
  a.tokens.push_back({0, 3, TokenKind::word, QuoteSide::none, 0});
  const std::size_t text_size = testing_support::rich_document().text().size();
  const std::string bytes = encode_analysis(a);
  ASSERT_TRUE(decode_analysis(bytes, text_size).ok());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    auto cut = decode_analysis(std::string_view(bytes).substr(0, n), text_size);
    ASSERT_FALSE(cut.ok()) << "cut at " << n;
    EXPECT_NE(cut.error().message.find("unreadable"), std::string::npos) << cut.error().message;
  }
  EXPECT_NE(decode_analysis(bytes + "x", text_size).error().message.find("bytes after the end"), std::string::npos);
  // The text it was made for was longer: its spans are refused, not kept out of range.
  auto shorter = decode_analysis(bytes, 2);
  ASSERT_FALSE(shorter.ok());
  EXPECT_NE(shorter.error().message.find("outside the text"), std::string::npos) << shorter.error().message;
  std::string other_version = bytes;
  other_version[4] = 9;
  auto version = decode_analysis(other_version, text_size);
  ASSERT_FALSE(version.ok());
  EXPECT_EQ(version.error().code, ErrorCode::unsupported);
  // A count far past the end is refused before anything is allocated for it.
  std::string huge = bytes;
  const std::size_t tokens_count_at = 4 + 4 + 4 + 1;  // magic, version, empty dct, dct_detected
  huge[tokens_count_at + 3] = '\x7F';
  auto counted = decode_analysis(huge, text_size);
  ASSERT_FALSE(counted.ok());
  EXPECT_NE(counted.error().message.find("past the end"), std::string::npos) << counted.error().message;
}

}  // namespace
}  // namespace newsmark::io
