#include "io/json/newsmark_json.h"
#include "model_fixtures.h"

#include <algorithm>
#include <gtest/gtest.h>

#include <fstream>
#include <ostream>
#include <sstream>

#include "core/model/label_set.h"

namespace newsmark::io {
namespace {

Document make(std::string_view text, DocumentInfo info) {
  auto r = load_document(text, std::move(info));
  EXPECT_TRUE(r.ok());
  return r->document;
}

TEST(NewsmarkJson, RoundTripsTheDocument) {
  const Document original = make(
      "BRUSSELS \xE2\x80\x94 \xE2\x80\x9CWe agreed,\xE2\x80\x9D the minister said.\n\nA \"quoted\" \\ line \xF0\x9F\x93\xB0",
      {"Ministers agree", "2023-07-17", "sample.txt", "en"});
  const std::string json = write_newsmark_json(original);
  auto back = read_newsmark_json(json);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->document.text(), original.text());
  EXPECT_EQ(back->document.info().title, "Ministers agree");
  EXPECT_EQ(back->document.info().dct, "2023-07-17");
  EXPECT_EQ(back->document.info().source, "sample.txt");
  EXPECT_EQ(write_newsmark_json(back->document), json);
  EXPECT_EQ(write_newsmark_json(back->document, nullptr, false), write_newsmark_json(original, nullptr, false));
}

TEST(NewsmarkJson, WritesLengthsInBytesAndCodePoints) {
  const std::string json = write_newsmark_json(make("\xC3\xA9t\xC3\xA9", {}), nullptr, false);
  EXPECT_NE(json.find("\"length\":{\"bytes\":5,\"code_points\":3}"), std::string::npos) << json;
  EXPECT_NE(json.find("\"dct\":null"), std::string::npos) << json;
}

TEST(NewsmarkJson, ReadsFieldsInAnyOrderAndIgnoresUnknownOnes) {
  auto r = read_newsmark_json(R"({"document":{"extra":[1,2],"text":"Hi","dct":null},"version":1,"format":"newsmark"})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->document.text(), "Hi");
  EXPECT_EQ(r->document.info().dct, "");
  EXPECT_EQ(r->document.info().language, "en");
}

struct BadCase {
  const char* name;
  const char* json;
  ErrorCode code;
  const char* message_part;
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class NewsmarkJsonBadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(NewsmarkJsonBadInput, FailsWithAPath) {
  const BadCase& c = GetParam();
  auto r = read_newsmark_json(c.json);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, c.code);
  EXPECT_NE(r.error().message.find(c.message_part), std::string::npos) << r.error().message;
}

#define NM_DOC R"("format":"newsmark","version":1,"document":{"text":"Ann met Bob in Oslo."})"
INSTANTIATE_TEST_SUITE_P(Table, NewsmarkJsonBadInput, ::testing::Values(
    BadCase{"not_json", "hello", ErrorCode::parse_error, "(root)"},
    BadCase{"array", "[1,2]", ErrorCode::parse_error, "expected a JSON object"},
    BadCase{"truncated", R"({"format":"newsmark","version":1,"document":{"text":"a)", ErrorCode::parse_error, "invalid JSON"},
    BadCase{"wrong_format", R"({"format":"brat","version":1,"document":{"text":"a"}})", ErrorCode::parse_error, "format"},
    BadCase{"no_version", R"({"format":"newsmark","document":{"text":"a"}})", ErrorCode::parse_error, "version"},
    BadCase{"newer_version", R"({"format":"newsmark","version":7,"document":{"text":"a"}})", ErrorCode::unsupported, "newer Newsmark"},
    BadCase{"no_document", R"({"format":"newsmark","version":1})", ErrorCode::parse_error, "document: missing"},
    BadCase{"no_text", R"({"format":"newsmark","version":1,"document":{"title":"x"}})", ErrorCode::parse_error, "document.text: missing"},
    BadCase{"text_not_string", R"({"format":"newsmark","version":1,"document":{"text":42}})", ErrorCode::parse_error, "document.text: expected a string"},
    BadCase{"bad_dct", R"({"format":"newsmark","version":1,"document":{"text":"a","dct":"2023-02-30"}})", ErrorCode::invalid_argument, "document.dct"},
    // The annotation layers: each wrong value named by its path.
    BadCase{"end_past_text", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON"},{"id":"a2","start":15,"end":9012,"label":"GPE"}]})",
            ErrorCode::parse_error, "annotations[1].end: 9012 past end of text (20)"},
    BadCase{"start_after_end", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":7,"end":3,"label":"PERSON"}]})",
            ErrorCode::parse_error, "annotations[0].start: 7 after end (3)"},
    BadCase{"text_nowhere", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"text":"Eve","label":"PERSON"}]})",
            ErrorCode::parse_error, "annotations[0].text: 'Eve' is not in the document (the text at 0-3 is 'Ann')"},
    BadCase{"no_start", "{" NM_DOC R"(,"annotations":[{"id":"a1","end":3,"label":"PERSON"}]})",
            ErrorCode::parse_error, "annotations[0].start: missing"},
    BadCase{"negative_offset", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":-1,"end":3,"label":"PERSON"}]})",
            ErrorCode::parse_error, "annotations[0].start: expected a non-negative integer"},
    BadCase{"empty_span", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":3,"end":3,"label":"PERSON"}]})",
            ErrorCode::parse_error, "annotations[0]: empty span at 3-3"},
    BadCase{"no_label", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3}]})",
            ErrorCode::parse_error, "annotations[0].label: missing"},
    BadCase{"label_not_string", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":7}]})",
            ErrorCode::parse_error, "annotations[0].label: expected a string"},
    BadCase{"bad_origin", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON","origin":"robot"}]})",
            ErrorCode::parse_error, "annotations[0].origin: 'robot' is not auto or user"},
    BadCase{"bad_status", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON","status":"maybe"}]})",
            ErrorCode::parse_error, "annotations[0].status: 'maybe' is not suggested, accepted or rejected"},
    BadCase{"bad_confidence", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON","confidence":1.5}]})",
            ErrorCode::parse_error, "annotations[0].confidence: must be between 0 and 1"},
    BadCase{"duplicate_id", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON"},{"id":"a1","start":8,"end":11,"label":"PERSON"}]})",
            ErrorCode::parse_error, "annotations[1].id: 'a1' is used twice"},
    BadCase{"attr_object", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON","attrs":{"x":{}}}]})",
            ErrorCode::parse_error, "annotations[0].attrs.x: expected a string"},
    BadCase{"annotations_not_array", "{" NM_DOC R"(,"annotations":{}})", ErrorCode::parse_error, "annotations: expected an array"},
    BadCase{"annotation_not_object", "{" NM_DOC R"(,"annotations":[3]})", ErrorCode::parse_error, "annotations[0]: expected an object"},
    BadCase{"mention_unknown", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON"}],"entities":[{"id":"e1","name":"Ann","label":"PERSON","mentions":["a1","a9"]}]})",
            ErrorCode::parse_error, "entities[0].mentions[1]: no annotation has the id 'a9'"},
    BadCase{"relation_unknown", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON"}],"relations":[{"id":"r1","type":"same-as","from":"a1","to":"a2"}]})",
            ErrorCode::parse_error, "relations[0].to: no annotation has the id 'a2'"},
    BadCase{"event_anchor_unknown", "{" NM_DOC R"(,"timeline":[{"id":"t1","time":null,"event":{"start":0,"end":3},"relative":{"to":"t7","relation":"after"}}]})",
            ErrorCode::parse_error, "timeline[0].relative.to: no event has the id 't7'"},
    BadCase{"event_relation_word", "{" NM_DOC R"(,"timeline":[{"id":"t1","time":null,"event":{"start":0,"end":3},"relative":{"to":"t1","relation":"during"}}]})",
            ErrorCode::parse_error, "timeline[0].relative.relation: 'during' is not before or after"},
    BadCase{"label_color", "{" NM_DOC R"(,"labels":[{"name":"PERSON","color":"blue","hotkey":1}]})",
            ErrorCode::parse_error, "labels[0].color: 'blue' is not a colour like #0072b2"},
    BadCase{"label_hotkey_range", "{" NM_DOC R"(,"labels":[{"name":"PERSON","color":"#0072b2","hotkey":12}]})",
            ErrorCode::parse_error, "labels[0].hotkey: 12 is not a number key 1-9"},
    BadCase{"label_hotkey_twice", "{" NM_DOC R"(,"labels":[{"name":"PERSON","color":"#0072b2","hotkey":1},{"name":"ORG","color":"#e69f00","hotkey":1}]})",
            ErrorCode::parse_error, "labels[1].hotkey: 1 is already the key of PERSON"},
    BadCase{"label_letter_a", "{" NM_DOC R"(,"labels":[{"name":"PERSON","color":"#0072b2","hotkey":"A"}]})",
            ErrorCode::parse_error, "labels[0].hotkey: 'A' is not a key: 1-9 or a letter other than A, N, P, R"},
    BadCase{"label_twice", "{" NM_DOC R"(,"labels":[{"name":"ORG"},{"name":"ORG"}]})",
            ErrorCode::parse_error, "labels[1].name: 'ORG' is defined twice"},
    BadCase{"syntax_error_late", "{" NM_DOC R"(,"annotations":[{"id":"a1","start":0,"end":3,"label":"PERSON"},{"id": }]})",
            ErrorCode::parse_error, "invalid JSON"}),
    [](const auto& p) { return std::string(p.param.name); });
#undef NM_DOC

// The checked-in sample file reads under both the native and the wasm build (NODERAWFS).
// Found by fuzzing (the brat reader had the same flaw): a confidence with more decimals than the
// three every format writes read back as another number after an export.
TEST(NewsmarkJson, ConfidenceIsReadInThousandths) {
  const Document d = testing_support::rich_document();
  AnnotationSet set = testing_support::rich_set(d);
  set.annotations[0].confidence = 0.321f;
  std::string text = write_newsmark_json(d, &set, false);
  const std::size_t at = text.find("\"confidence\":0.321");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, std::string_view("\"confidence\":0.321").size(), "\"confidence\":0.66666666666666666668");
  auto r = read_newsmark_json(text);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const auto& read = r->annotations.annotations;
  const auto same = std::find_if(read.begin(), read.end(), [&](const Annotation& a) { return a.id == set.annotations[0].id; });
  ASSERT_NE(same, read.end());
  EXPECT_FLOAT_EQ(same->confidence, 0.667f);
  auto again = read_newsmark_json(write_newsmark_json(r->document, &r->annotations, false));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->annotations.annotations, r->annotations.annotations);
}

// simdjson 3.0.1 reads some numbers of more than 19 digits wrongly (simdjson#2093): the reader
// reads those from their text.
TEST(NewsmarkJson, ReadsNumbersOfManyDigitsRight) {
  const std::pair<const char*, double> cases[] = {
      {"0.95000000000000000000", 0.95}, {"0.1234567890123456789012", 0.1234567890123456789012},
      {"0.66666666666666666668", 2.0 / 3.0}, {"1.00000000000000000001", 1.0}, {"95000000000000000000e-20", 0.95}};
  for (const auto& [text, value] : cases) {
    auto r = read_newsmark_json(std::string(R"({"format":"newsmark","version":1,"document":{"text":"Ann met Bob."},"sourcing":{"quotedShare":)") + text + "}}");
    ASSERT_TRUE(r.ok()) << text << ": " << r.error().message;
    EXPECT_DOUBLE_EQ(r->annotations.sourcing.quoted_share, value) << text;
  }
}

TEST(NewsmarkJson, ReadsTheSampleFileFromDisk) {
  std::ifstream in(NEWSMARK_TEST_DATA_DIR "/sample.newsmark.json", std::ios::binary);
  ASSERT_TRUE(in.good());
  std::stringstream buf;
  buf << in.rdbuf();
  auto r = read_newsmark_json(buf.str());
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->document.info().dct, "2026-03-14");
  EXPECT_NE(r->document.text().find("Harbour Authority"), std::string::npos);
}

TEST(NewsmarkJson, ReportsEveryProblemAtOnce) {
  auto r = read_newsmark_json(R"({"format":"newsmark","version":1,"document":{"text":"Ann met Bob."},
    "annotations":[{"id":"a1","start":0,"end":30,"label":"PERSON"},{"id":"a2","start":8,"end":11,"label":""},
                   {"id":"a3","start":8,"end":11,"label":"PERSON","status":"no"}]})");
  ASSERT_FALSE(r.ok());
  const std::string& m = r.error().message;
  EXPECT_NE(m.find("3 problems; nothing was imported"), std::string::npos) << m;
  EXPECT_NE(m.find("annotations[0].end: 30 past end of text (12)"), std::string::npos) << m;
  EXPECT_NE(m.find("annotations[1].label: missing"), std::string::npos) << m;
  EXPECT_NE(m.find("annotations[2].status"), std::string::npos) << m;
}

TEST(NewsmarkJson, ReanchorsSpansWhoseOffsetsAreOff) {
  // Offsets counted in UTF-16 units by another tool: two too many after the emoji.
  auto r = read_newsmark_json(R"({"format":"newsmark","version":1,"document":{"text":"\ud83d\udcf0 Ann met Bob. Bob left."},
    "annotations":[{"id":"a1","start":3,"end":6,"text":"Ann","label":"PERSON"},
                   {"id":"a2","start":11,"end":14,"text":"Bob","label":"PERSON"},
                   {"id":"a3","start":0,"end":3,"text":"Bob","prefix":". ","suffix":" left","label":"PERSON"}]})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  const auto& anns = r->annotations.annotations;
  ASSERT_EQ(anns.size(), 3u);
  const std::string& text = r->document.text();
  auto cp = [&](std::uint32_t b) { return *r->document.to_code_point(b); };
  // In text order: Ann (2-5), Bob (10-13, the nearest to 11), Bob (15-18, by its context).
  EXPECT_EQ(anns[0].id, "a1");
  EXPECT_EQ(cp(anns[0].span.begin), 2u);
  EXPECT_EQ(text.substr(anns[0].span.begin, anns[0].span.size()), "Ann");
  EXPECT_EQ(anns[1].id, "a2");
  EXPECT_EQ(cp(anns[1].span.begin), 10u);
  EXPECT_EQ(anns[2].id, "a3");
  EXPECT_EQ(cp(anns[2].span.begin), 15u);
  ASSERT_EQ(r->warnings.size(), 3u);
  EXPECT_EQ(r->warnings[0], "annotations[0]: re-anchored 'Ann' from 3-6 to 2-5");
}

TEST(NewsmarkJson, FillsDefaultsAndAddsLabelsTheFileUsesButDoesNotDefine) {
  auto r = read_newsmark_json(R"({"format":"newsmark","version":1,"document":{"text":"Ann met Bob."},
    "annotations":[{"start":8,"end":11,"label":"RUMOUR"},{"start":0,"end":3,"label":"PERSON","attrs":{"n":3,"ok":true}}]})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->annotations.annotations.size(), 2u);
  const Annotation& ann = r->annotations.annotations[0];
  EXPECT_EQ(ann.label, "PERSON");
  EXPECT_EQ(ann.origin, Origin::user);
  EXPECT_EQ(ann.status, ReviewStatus::accepted);
  ASSERT_NE(ann.attr("n"), nullptr);
  EXPECT_EQ(*ann.attr("n"), "3");
  EXPECT_EQ(*ann.attr("ok"), "true");
  EXPECT_NE(ann.id, r->annotations.annotations[1].id);
  EXPECT_TRUE(r->has_annotations);
  const auto& labels = r->annotations.labels;
  EXPECT_EQ(labels.size(), default_labels().size() + 1);
  EXPECT_EQ(labels.back().name, "RUMOUR");
  EXPECT_EQ(r->warnings.back(), "labels: added RUMOUR (used by annotations, not defined in the file)");
}

// Found by fuzz_newsmark_json: a file whose own label took LOC's key, with LOC used but not
// defined, got LOC added with the same key, and its own export was then refused.
TEST(NewsmarkJson, ALabelAddedOnImportDoesNotTakeAKeyInUse) {
  auto r = read_newsmark_json(R"({"format":"newsmark","version":1,"document":{"text":"Oslo."},
    "annotations":[{"start":0,"end":4,"label":"LOC"}],"labels":[{"name":"PLACE","color":"#56b4e9","hotkey":4}]})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->annotations.labels.size(), 2u);
  EXPECT_EQ(r->annotations.labels[1].name, "LOC");
  EXPECT_EQ(r->annotations.labels[1].hotkey, 0);
  auto again = read_newsmark_json(write_newsmark_json(r->document, &r->annotations));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->annotations, r->annotations);
}

TEST(NewsmarkJson, LetterKeysAreWrittenAsLettersAndReadBack) {
  const Document d = testing_support::make_document("Ann met Bob.");
  AnnotationSet set;
  set.labels = {{"PERSON", "#0072b2", 1}, {"RUMOUR", "#123456", 'U'}};
  const std::string json = write_newsmark_json(d, &set, false);
  EXPECT_NE(json.find(R"({"name":"RUMOUR","color":"#123456","hotkey":"U"})"), std::string::npos) << json;
  EXPECT_NE(json.find(R"({"name":"PERSON","color":"#0072b2","hotkey":1})"), std::string::npos) << json;
  auto back = read_newsmark_json(json);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->annotations.labels, set.labels);
}

TEST(NewsmarkJson, AFileWithoutAnnotationsSaysSo) {
  auto r = read_newsmark_json(R"({"format":"newsmark","version":1,"document":{"text":"Ann met Bob."}})");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->has_annotations);
}

TEST(NewsmarkJson, RoundTripsEveryPartOfTheModel) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  const std::string json = write_newsmark_json(d, &set);
  auto back = read_newsmark_json(json);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_TRUE(back->warnings.empty()) << back->warnings.front();
  EXPECT_EQ(back->annotations, set);
  EXPECT_EQ(write_newsmark_json(back->document, &back->annotations), json);
}

// What the engine makes of each sample article survives the trip unchanged.
TEST(NewsmarkJson, RoundTripsTheEnginesAnalysisOfEverySampleArticle) {
  for (const auto& article : testing_support::sample_articles()) {
    const std::string json = write_newsmark_json(article.document, &article.annotations, false);
    auto back = read_newsmark_json(json);
    ASSERT_TRUE(back.ok()) << article.name << ": " << back.error().message;
    EXPECT_TRUE(back->warnings.empty()) << article.name;
    EXPECT_EQ(back->annotations, article.annotations) << article.name;
  }
}

}  // namespace
}  // namespace newsmark::io
