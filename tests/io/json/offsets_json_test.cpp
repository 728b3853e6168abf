#include "io/json/offsets_json.h"

#include <gtest/gtest.h>

#include <simdjson.h>

#include <tuple>

#include "model_fixtures.h"

namespace newsmark::io {
namespace {

using Triple = std::tuple<std::uint64_t, std::uint64_t, std::string>;

// The model's spans as these formats should carry them: code points, rejected ones left out.
std::vector<Triple> expected(const Document& d, const AnnotationSet& set) {
  std::vector<Triple> out;
  for (const Annotation& a : set.annotations) {
    if (a.status != ReviewStatus::rejected) out.emplace_back(*d.to_code_point(a.span.begin), *d.to_code_point(a.span.end), a.label);
  }
  return out;
}

std::vector<Triple> triples(simdjson::dom::array arr) {
  std::vector<Triple> out;
  for (simdjson::dom::element t : arr) {
    std::uint64_t s = 0, e = 0;
    std::string_view label;
    EXPECT_EQ(t.at(0).get(s), simdjson::SUCCESS);
    EXPECT_EQ(t.at(1).get(e), simdjson::SUCCESS);
    EXPECT_EQ(t.at(2).get(label), simdjson::SUCCESS);
    out.emplace_back(s, e, std::string(label));
  }
  return out;
}

TEST(OffsetsJson, DoccanoLineCarriesEverySpanAndRelationInCodePoints) {
  const Document d = testing_support::rich_document();
  const AnnotationSet set = testing_support::rich_set(d);
  const std::string line = write_doccano_jsonl(d, set);
  ASSERT_EQ(line.find('\n'), line.size() - 1);  // one JSON Lines record
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(line).get(root), simdjson::SUCCESS);
  std::string_view text;
  ASSERT_EQ(root["text"].get(text), simdjson::SUCCESS);
  EXPECT_EQ(text, d.text());
  simdjson::dom::array label;
  ASSERT_EQ(root["label"].get(label), simdjson::SUCCESS);
  EXPECT_EQ(triples(label), expected(d, set));
  // The relation speaker-of joins the doccano ids of its two spans.
  simdjson::dom::array entities, relations;
  ASSERT_EQ(root["entities"].get(entities), simdjson::SUCCESS);
  ASSERT_EQ(root["relations"].get(relations), simdjson::SUCCESS);
  ASSERT_EQ(relations.size(), 1u);
  std::uint64_t from = 0, to = 0;
  ASSERT_EQ(relations.at(0)["from_id"].get(from), simdjson::SUCCESS);
  ASSERT_EQ(relations.at(0)["to_id"].get(to), simdjson::SUCCESS);
  std::string_view from_label, to_label;
  for (simdjson::dom::element e : entities) {
    std::uint64_t id = 0;
    ASSERT_EQ(e["id"].get(id), simdjson::SUCCESS);
    if (id == from) {
      ASSERT_EQ(e["label"].get(from_label), simdjson::SUCCESS);
    }
    if (id == to) {
      ASSERT_EQ(e["label"].get(to_label), simdjson::SUCCESS);
    }
  }
  EXPECT_EQ(from_label, "SOURCE");
  EXPECT_EQ(to_label, "QUOTE");
}

TEST(OffsetsJson, SpacyOffsetsAreTextAndEntityTriples) {
  for (const auto& article : testing_support::sample_articles()) {
    const std::string json = write_spacy_offsets_json(article.document, article.annotations);
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS);
    std::string_view text;
    ASSERT_EQ(root.at(0).at(0).get(text), simdjson::SUCCESS);
    EXPECT_EQ(text, article.document.text());
    simdjson::dom::array ents;
    ASSERT_EQ(root.at(0).at(1)["entities"].get(ents), simdjson::SUCCESS);
    EXPECT_EQ(triples(ents), expected(article.document, article.annotations)) << article.name;
  }
}

}  // namespace
}  // namespace newsmark::io
