#include "io/formats/conll.h"

#include <gtest/gtest.h>

#include "core/engine.h"
#include "model_fixtures.h"

namespace newsmark::io {
namespace {

struct Tokens {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

Tokens tokens_of(const Document& d) {
  static const Engine engine = Engine::create().value();
  Analysis a = engine.analyze(d, AnalyzeOptions::tokens_only());
  return {std::move(a.tokens), std::move(a.sentences)};
}

TEST(Conll, WritesIob2TagsOneTokenPerLineAndSentencesApart) {
  const Document d = testing_support::make_document("Jane Okafor met Acme Corp. in Oslo. She left.");
  AnnotationSet set;
  set.annotations.push_back(Annotation{"a1", {0, 11}, "PERSON", {}, Origin::user, ReviewStatus::accepted, 1.0f, ""});
  set.annotations.push_back(Annotation{"a2", {16, 26}, "ORG", {}, Origin::user, ReviewStatus::accepted, 1.0f, ""});
  set.annotations.push_back(Annotation{"a3", {30, 34}, "GPE", {}, Origin::user, ReviewStatus::rejected, 1.0f, ""});
  const Tokens t = tokens_of(d);
  const ConllOutput out = write_conll(d, set, t.tokens, t.sentences);
  EXPECT_EQ(out.text,
            "-DOCSTART- -X- -X- O\n\n"
            "Jane _ _ B-PERSON\nOkafor _ _ I-PERSON\nmet _ _ O\nAcme _ _ B-ORG\nCorp. _ _ I-ORG\nin _ _ O\nOslo _ _ O\n. _ _ O\n\n"
            "She _ _ O\nleft _ _ O\n. _ _ O\n\n");
  EXPECT_EQ(out.spans_written, 2u);
  EXPECT_TRUE(out.warning.empty());
}

TEST(Conll, FlattensOverlapsKeepingNamesInsideQuotesAndSaysHowMany) {
  const Document d = testing_support::make_document("\"Sen. Lindsey Graham agreed,\" she said.");
  AnnotationSet set;
  set.annotations.push_back(Annotation{"q", {0, 29}, "QUOTE", {}, Origin::user, ReviewStatus::accepted, 1.0f, ""});
  set.annotations.push_back(Annotation{"p1", {1, 20}, "PERSON", {}, Origin::user, ReviewStatus::accepted, 1.0f, ""});
  set.annotations.push_back(Annotation{"p2", {6, 20}, "PERSON", {}, Origin::user, ReviewStatus::accepted, 1.0f, ""});
  const Tokens t = tokens_of(d);
  const ConllOutput out = write_conll(d, set, t.tokens, t.sentences);
  EXPECT_NE(out.text.find("Sen. _ _ B-PERSON\nLindsey _ _ I-PERSON\nGraham _ _ I-PERSON\n"), std::string::npos) << out.text;
  EXPECT_EQ(out.spans_written, 1u);
  EXPECT_EQ(out.spans_dropped, 2u);
  EXPECT_NE(out.warning.find("2 of 3 spans"), std::string::npos);
}

}  // namespace
}  // namespace newsmark::io
