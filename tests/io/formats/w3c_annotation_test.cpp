#include "io/formats/w3c_annotation.h"

#include <algorithm>
#include <gtest/gtest.h>

#include <simdjson.h>

#include "model_fixtures.h"

namespace newsmark::io {
namespace {

using testing_support::without;

TEST(W3cAnnotation, RoundTripsAnnotationsNotesRelationsEntitiesAndLabels) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  const std::string json = write_w3c_annotations(d, set);
  auto back = read_w3c_annotations(json);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_TRUE(back->warnings.empty());
  EXPECT_EQ(back->document.text(), d.text());
  EXPECT_EQ(back->document.info().dct, "2024-03-05");
  // The timeline and the sourcing summary are Newsmark's own analysis, not annotations.
  EXPECT_EQ(back->annotations, without(set, false, false));
}

TEST(W3cAnnotation, RoundTripsTheEnginesAnalysisOfEverySampleArticle) {
  for (const auto& article : testing_support::sample_articles()) {
    auto back = read_w3c_annotations(write_w3c_annotations(article.document, article.annotations, false));
    ASSERT_TRUE(back.ok()) << article.name << ": " << back.error().message;
    EXPECT_EQ(back->annotations, without(article.annotations, false, false)) << article.name;
  }
}

// simdjson's DOM without exceptions: each lookup checked.
std::string_view str(simdjson::simdjson_result<simdjson::dom::element> r) {
  std::string_view s;
  EXPECT_EQ(r.get(s), simdjson::SUCCESS);
  return s;
}
std::uint64_t num(simdjson::simdjson_result<simdjson::dom::element> r) {
  std::uint64_t n = 0;
  EXPECT_EQ(r.get(n), simdjson::SUCCESS);
  return n;
}

TEST(W3cAnnotation, WritesTheSelectorsTheStandardDefines) {
  const Document d = testing_support::rich_document();
  const std::string json = write_w3c_annotations(d, testing_support::rich_set(d), false);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS);
  EXPECT_EQ(str(root["type"]), "AnnotationCollection");
  EXPECT_EQ(str(root["@context"].at(0)), "http://www.w3.org/ns/anno.jsonld");
  auto first = root["first"]["items"].at(0);
  EXPECT_EQ(str(first["type"]), "Annotation");
  EXPECT_EQ(str(first["body"].at(0)["purpose"]), "tagging");
  auto pos = first["target"]["selector"].at(0);
  auto quote = first["target"]["selector"].at(1);
  EXPECT_EQ(str(pos["type"]), "TextPositionSelector");
  // Code points: the emoji before the CJK name counts as one.
  EXPECT_EQ(num(pos["start"]), 2u);
  EXPECT_EQ(num(pos["end"]), 4u);
  EXPECT_EQ(str(quote["type"]), "TextQuoteSelector");
  EXPECT_EQ(str(quote["exact"]), "\xE6\x9D\x8E\xE6\x98\x8E");
  EXPECT_EQ(str(quote["prefix"]), "\xF0\x9F\x93\xB0 ");
}

// Annotations as Hypothesis and other tools write them: no Newsmark extensions, the article
// given as its own file, a comment and a tag, a quote without positions.
TEST(W3cAnnotation, ReadsForeignAnnotationsAgainstTheArticleGivenWithThem) {
  const Document article = testing_support::make_document("The mayor said the bridge will reopen in May. The mayor left.");
  auto r = read_w3c_annotations(R"([
    {"@context":"http://www.w3.org/ns/anno.jsonld","id":"https://example.org/anno/1","type":"Annotation",
     "body":[{"type":"TextualBody","value":"Check this date"},{"type":"TextualBody","purpose":"tagging","value":"CLAIM"}],
     "target":{"source":"https://example.org/a","selector":{"type":"TextQuoteSelector","exact":"the bridge will reopen in May"}}},
    {"type":"Annotation","motivation":"commenting","body":{"type":"TextualBody","value":"Who?"},
     "target":{"selector":[{"type":"TextQuoteSelector","exact":"The mayor","prefix":". ","suffix":" left"},
                           {"type":"TextPositionSelector","start":0,"end":9}]}}])",
                                &article);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const auto& anns = r->annotations.annotations;
  ASSERT_EQ(anns.size(), 2u);
  // In text order. The comment's positions hold its quote, so they win over its context.
  EXPECT_EQ(anns[0].label, "NOTE");
  EXPECT_EQ(anns[0].note, "Who?");
  EXPECT_EQ(anns[0].origin, Origin::user);
  EXPECT_EQ(*r->document.to_code_point(anns[0].span.begin), 0u);
  EXPECT_EQ(anns[1].label, "CLAIM");
  EXPECT_EQ(anns[1].note, "Check this date");
  EXPECT_EQ(anns[1].id, "https://example.org/anno/1");  // an IRI without a fragment is kept whole
  EXPECT_EQ(r->document.text().substr(anns[1].span.begin, anns[1].span.size()), "the bridge will reopen in May");
}

struct BadCase {
  const char* name;
  const char* json;
  const char* message_part;
};
void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }
class W3cBadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(W3cBadInput, FailsWithAPath) {
  const Document article = testing_support::make_document("Ann met Bob.");
  auto r = read_w3c_annotations(GetParam().json, std::string_view(GetParam().name) == "no_text" ? nullptr : &article);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find(GetParam().message_part), std::string::npos) << r.error().message;
}

INSTANTIATE_TEST_SUITE_P(Table, W3cBadInput, ::testing::Values(
    BadCase{"no_text", R"({"type":"AnnotationCollection","first":{"items":[]}})", "do not include the article's text"},
    BadCase{"not_json", "<xml/>", "invalid JSON"},
    BadCase{"no_selector", R"([{"type":"Annotation","body":"x","target":{"source":"a"}}])", "(root)[0].target: no TextPositionSelector"},
    BadCase{"quote_nowhere", R"([{"type":"Annotation","body":{"purpose":"tagging","value":"P"},"target":{"selector":{"type":"TextQuoteSelector","exact":"Eve"}}}])",
            "'Eve' is not in the document"},
    BadCase{"past_end", R"({"items":[{"type":"Annotation","body":{"purpose":"tagging","value":"P"},"target":{"selector":{"type":"TextPositionSelector","start":2,"end":90}}}]})",
            "items[0].target.selector.end: 90 past end of text (12)"},
    BadCase{"link_to_nothing", R"([{"id":"x#a1","type":"Annotation","body":{"purpose":"tagging","value":"P"},"target":{"selector":{"type":"TextPositionSelector","start":0,"end":3}}},
                                   {"id":"x#r1","motivation":"linking","body":"x#a1","target":"x#a9"}])",
            "relations[0].to: no annotation has the id 'a9'"},
    BadCase{"duplicate_id", R"([{"id":"x#a1","body":{"purpose":"tagging","value":"P"},"target":{"selector":{"type":"TextPositionSelector","start":0,"end":3}}},
                                {"id":"x#a1","body":{"purpose":"tagging","value":"P"},"target":{"selector":{"type":"TextPositionSelector","start":8,"end":11}}}])",
            "(root)[1].id: 'a1' is used twice"}),
    [](const auto& p) { return std::string(p.param.name); });

// Found by fuzzing (the brat reader had the same flaw): a confidence with more decimals than the
// three every format writes read back as another number after an export.
TEST(W3cAnnotation, ConfidenceIsReadInThousandths) {
  const Document d = testing_support::rich_document();
  AnnotationSet set = testing_support::rich_set(d);
  set.annotations[0].confidence = 0.321f;
  std::string text = write_w3c_annotations(d, set, false);
  const std::size_t at = text.find("\"nm:confidence\":0.321");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string_view("\"nm:confidence\":0.321").size(), "\"nm:confidence\":0.66666666666666666668");
  auto r = read_w3c_annotations(text);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const auto& read = r->annotations.annotations;
  const auto same = std::find_if(read.begin(), read.end(), [&](const Annotation& a) { return a.id == set.annotations[0].id; });
  ASSERT_NE(same, read.end());
  EXPECT_FLOAT_EQ(same->confidence, 0.667f);
  auto again = read_w3c_annotations(write_w3c_annotations(r->document, r->annotations, false));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->annotations.annotations, r->annotations.annotations);
}

TEST(W3cAnnotation, RecognisesItsFiles) {
  const Document d = testing_support::rich_document();
  EXPECT_TRUE(looks_like_w3c(write_w3c_annotations(d, testing_support::rich_set(d))));
  EXPECT_FALSE(looks_like_w3c(R"({"format":"newsmark","version":1})"));
}

}  // namespace
}  // namespace newsmark::io
