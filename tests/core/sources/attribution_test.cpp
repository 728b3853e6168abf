// The quote stage as a table of patterns: each row a short text and the quotes it should give,
// with their kind, speaker and the speaker's source kind; then hedges and the sourcing summary.
#include "core/sources/attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/model/document.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;

Analysis analyze(const std::string& text) {
  auto doc = load_document(text, {});
  EXPECT_TRUE(doc.ok());
  return engine().analyze(doc->document);
}

std::string span_text(const std::string& text, ByteSpan s) { return text.substr(s.begin, s.size()); }

// Each quote as "kind|quote|speaker|source kind|entity name" ("-" where there is none).
std::vector<std::string> quotes_of(const std::string& text, const Analysis& a) {
  std::vector<std::string> out;
  const AnnotationSet& set = a.annotations;
  for (const Annotation& q : set.annotations) {
    if (q.label != "QUOTE") continue;
    std::string d = *q.attr("kind") + "|" + span_text(text, q.span) + "|";
    const Annotation* src = q.attr("speaker") ? set.find(*q.attr("speaker")) : nullptr;
    if (src == nullptr) {
      d += "-|-|-";
    } else {
      d += span_text(text, src->span) + "|" + *src->attr("kind") + "|";
      std::string name = "-";
      if (const std::string* e = src->attr("entity")) {
        for (const Entity& ent : set.entities) {
          if (ent.id == *e) name = ent.name;
        }
      }
      d += name;
    }
    out.push_back(d);
  }
  return out;
}

struct Row {
  const char* name;
  std::string text;
  std::vector<std::string> quotes;
};

class QuotePatterns : public ::testing::TestWithParam<Row> {};

TEST_P(QuotePatterns, FindsQuotesAndSpeakers) {
  const Row& row = GetParam();
  EXPECT_EQ(quotes_of(row.text, analyze(row.text)), row.quotes) << row.text;
}

const Row kRows[] = {
    {"said_after_name", "\"We will win,\" Mary Holt said.", {"direct|\"We will win,\"|Mary Holt|named-person|Mary Holt"}},
    {"said_before_name", "\"We will win,\" said Mary Holt.", {"direct|\"We will win,\"|Mary Holt|named-person|Mary Holt"}},
    {"name_said_comma", "Mary Holt said, \"We will win this one.\"",
     {"direct|\"We will win this one.\"|Mary Holt|named-person|Mary Holt"}},
    {"told_colon", "Mary Holt told reporters: \"We will win this one.\"",
     {"direct|\"We will win this one.\"|Mary Holt|named-person|Mary Holt"}},
    {"curly_quotes", "\u201CWe will win,\u201D said Mary Holt.",
     {"direct|\u201CWe will win,\u201D|Mary Holt|named-person|Mary Holt"}},
    {"question_then_cue", "\"Why now?\" asked Mary Holt.", {"direct|\"Why now?\"|Mary Holt|named-person|Mary Holt"}},
    {"apposition_before", "\"We will win,\" the club's captain, Mary Holt, said.",
     {"direct|\"We will win,\"|Mary Holt|named-person|Mary Holt"}},
    {"apposition_after_phrase", "\"We will win,\" said its captain, Mary Holt.",
     {"direct|\"We will win,\"|Mary Holt|named-person|Mary Holt"}},
    {"pronoun_by_gender",
     "Anna Berg and Tom Holt met on Monday. \"It went well,\" he said.",
     {"direct|\"It went well,\"|he|named-person|Tom Holt"}},
    {"pronoun_by_gender_she",
     "Anna Berg and Tom Holt met on Monday. \"It went well,\" she said.",
     {"direct|\"It went well,\"|she|named-person|Anna Berg"}},
    {"role_resolves_to_title",
     "Secretary of State Marcus Lindqvist arrived in Oslo. The secretary said the talks had gone well.",
     {"indirect|the talks had gone well|The secretary|named-person|Marcus Lindqvist"}},
    {"org_role_resolves",
     "The Ministry of Health published new figures. The ministry said cases had fallen.",
     {"indirect|cases had fallen|The ministry|named-org|Ministry of Health"}},
    {"continued_after_attribution",
     "\"We will win,\" said Mary Holt, who leads the team. \"Nobody can stop us now.\"",
     {"direct|\"We will win,\"|Mary Holt|named-person|Mary Holt",
      "direct|\"Nobody can stop us now.\"|Mary Holt|named-person|Mary Holt"}},
    {"continued_over_paragraphs",
     "\"We will win,\" said Mary Holt.\n\n\"The team is ready. Everyone has worked hard.\n\n\"Nobody can stop us now.\"",
     {"direct|\"We will win,\"|Mary Holt|named-person|Mary Holt",
      "direct|\"The team is ready. Everyone has worked hard.|Mary Holt|named-person|Mary Holt",
      "direct|\"Nobody can stop us now.\"|Mary Holt|named-person|Mary Holt"}},
    {"unattributed", "The crowd waited.\n\n\"Nobody saw this coming, not one of us.\"",
     {"direct|\"Nobody saw this coming, not one of us.\"|-|-|-"}},
    {"partial_after_called", "Mary Holt called the plan \"a disaster for the town.\"",
     {"partial|\"a disaster for the town.\"|Mary Holt|named-person|Mary Holt"}},
    {"scare_so_called", "The so-called \"reform\" was dropped.", {"scare|\"reform\"|-|-|-"}},
    {"scare_title", "She starred in \"Blue Harbour Nights\" last year.", {"scare|\"Blue Harbour Nights\"|-|-|-"}},
    {"indirect_said", "Mary Holt said the plan would fail.",
     {"indirect|the plan would fail|Mary Holt|named-person|Mary Holt"}},
    {"indirect_said_that_on_day", "Mary Holt said on Monday that the plan would fail.",
     {"indirect|the plan would fail|Mary Holt|named-person|Mary Holt"}},
    {"indirect_told_outlet", "Mary Holt told the Millbrook Echo the plan would fail.",
     {"indirect|the plan would fail|Mary Holt|named-person|Mary Holt"}},
    {"indirect_before_subject", "The plan will fail, Mary Holt said.",
     {"indirect|The plan will fail|Mary Holt|named-person|Mary Holt"}},
    {"according_to_end", "The bridge will close for a month, according to the council.",
     {"indirect|The bridge will close for a month|the council|named-org|-"}},
    {"according_to_start", "According to a new report, the river is cleaner than it was.",
     {"indirect|the river is cleaner than it was|a new report|document|-"}},
    {"anonymous_officials", "Officials familiar with the talks said a deal was close.",
     {"indirect|a deal was close|Officials familiar with the talks|anonymous|-"}},
    {"unnamed_member", "A State Department spokesperson said the talks would go on.",
     {"indirect|the talks would go on|A State Department spokesperson|unnamed-member|-"}},
    {"one_unnamed_person", "\"We are running on goodwill,\" said one nurse.",
     {"direct|\"We are running on goodwill,\"|one nurse|anonymous|-"}},
    {"document_data", "Data from the agency show the river is cleaner.",
     {"indirect|the river is cleaner|Data from the agency|document|-"}},
    {"media_outlet_is_document", "The Harbourton Gazette reported that the mayor would resign.",
     {"indirect|the mayor would resign|Harbourton Gazette|document|Harbourton Gazette"}},
    {"they_continue_anonymous",
     "Officials said the road would close on Friday. They said it would reopen in May.",
     {"indirect|the road would close on Friday|Officials|anonymous|-",
      "indirect|it would reopen in May|They|anonymous|-"}},
    {"pull_quote_signed_at_line_end",
     "The centre will close in June.\n\nThis was a very hard decision, but one made with the public in mind. Mary Holt, "
     "Director\n\nThe building will be sold.",
     {"direct|This was a very hard decision, but one made with the public in mind.|Mary Holt|named-person|Mary Holt"}},
    {"declined_to_say", "Mary Holt declined to say whether the plan would fail.", {}},
    {"passive_told", "The crew was told the ship would sail on time.", {}},
    {"next_sentence_not_attribution",
     "Mary Holt called it \"a good day for the town.\" The council has asked for more money.",
     {"partial|\"a good day for the town.\"|Mary Holt|named-person|Mary Holt"}},
    {"reported_adjective", "He was signed for a reported fee of two million pounds.", {}},
};

INSTANTIATE_TEST_SUITE_P(Table, QuotePatterns, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row>& i) { return std::string(i.param.name); });

// Each hedge as "text:kind".
std::vector<std::string> hedges_of(const std::string& text) {
  const Analysis a = analyze(text);
  std::vector<std::string> out;
  for (const Annotation& h : a.annotations.annotations) {
    if (h.label != "HEDGE") continue;
    out.push_back(span_text(text, h.span) + ":" + *h.attr("kind"));
    EXPECT_FALSE(h.attr("reason")->empty());
    EXPECT_EQ(h.status, ReviewStatus::suggested);
    EXPECT_LT(h.confidence, 0.5f);
  }
  return out;
}

TEST(Hedges, FlagsModalsDistanceAndVagueness) {
  EXPECT_EQ(hedges_of("The plan may fail by the end of May."), (std::vector<std::string>{"may:modal"}));
  EXPECT_EQ(hedges_of("The mayor reportedly resigned."), (std::vector<std::string>{"reportedly:distance"}));
  EXPECT_EQ(hedges_of("It is believed the ship sank."), (std::vector<std::string>{"It is believed:distance"}));
  EXPECT_EQ(hedges_of("Some experts doubt it."), (std::vector<std::string>{"Some:vague"}));
  EXPECT_EQ(hedges_of("Some 40 people came."), (std::vector<std::string>{}));
  EXPECT_EQ(hedges_of("How many came is unclear."), (std::vector<std::string>{}));
  // A speaker's modal inside a direct quote is theirs, not the writer's.
  EXPECT_EQ(hedges_of("\"It could rain,\" said Mary Holt."), (std::vector<std::string>{}));
  EXPECT_EQ(hedges_of("The alleged fraud could cost millions."),
            (std::vector<std::string>{"alleged:distance", "could:modal"}));
}

TEST(Attribution, RelationsLinkSpeakerAndCueToTheQuote) {
  const std::string text = "\"We will win,\" said Mary Holt.";
  const Analysis a = analyze(text);
  const AnnotationSet& set = a.annotations;
  const Annotation* quote = nullptr;
  for (const Annotation& q : set.annotations) {
    if (q.label == "QUOTE") quote = &q;
  }
  ASSERT_NE(quote, nullptr);
  ASSERT_NE(quote->attr("speaker"), nullptr);
  ASSERT_NE(quote->attr("cue"), nullptr);
  EXPECT_EQ(span_text(text, set.find(*quote->attr("cue"))->span), "said");
  std::vector<std::string> rel;
  for (const Relation& r : set.relations) rel.push_back(r.type + ":" + r.from + "->" + r.to);
  EXPECT_EQ(rel, (std::vector<std::string>{"speaker-of:" + *quote->attr("speaker") + "->" + quote->id,
                                           "cue-of:" + *quote->attr("cue") + "->" + quote->id}));
}

TEST(SourcingSummary, CountsQuotesSourcesHedgesAndSpeakers) {
  // 2 direct quotes by one named person, 1 reported by officials, 1 unattributed, 1 scare
  // quote; one "reportedly" in a sentence with no source.
  const std::string text =
      "\"We will win,\" said Mary Holt. \"Nobody can stop us now.\"\n\n"
      "Officials said the road would close.\n\n"
      "The mayor reportedly resigned. The so-called \"reform\" was dropped.\n\n"
      "\"Nobody saw this coming, not one of us.\"";
  const Analysis a = analyze(text);
  const SourcingSummary& s = a.annotations.sourcing;
  EXPECT_EQ(s.quotes, 4u);
  EXPECT_EQ(s.direct, 3u);
  EXPECT_EQ(s.indirect, 1u);
  EXPECT_EQ(s.scare, 1u);
  EXPECT_EQ(s.unattributed_quotes, 1u);
  EXPECT_EQ(s.named_sources, 1u);
  EXPECT_EQ(s.anonymous_sources, 1u);
  EXPECT_EQ(s.hedges, 1u);
  EXPECT_EQ(s.unattributed_claims, 2u);  // the unattributed quote and the "reportedly" sentence
  ASSERT_EQ(s.speakers.size(), 2u);
  EXPECT_EQ(s.speakers[0].name, "Mary Holt");
  EXPECT_EQ(s.speakers[0].quotes, 2u);
  EXPECT_EQ(s.speakers[1].kind, "anonymous");
  // Quoted share: the three direct quotes' characters over the text's.
  const double quoted = std::string("\"We will win,\"").size() + std::string("\"Nobody can stop us now.\"").size() +
                        std::string("\"Nobody saw this coming, not one of us.\"").size();
  EXPECT_NEAR(s.quoted_share, quoted / static_cast<double>(text.size()), 1e-9);
  EXPECT_GT(s.words, 30u);
  EXPECT_NEAR(s.hedges_per_1000_words, 1000.0 / s.words, 1e-9);
}

TEST(Attribution, NothingToFindInEmptyOrQuotelessText) {
  EXPECT_TRUE(quotes_of("", analyze("")).empty());
  const Analysis a = analyze("The river rose two metres overnight.");
  EXPECT_EQ(a.annotations.sourcing.quotes, 0u);
  EXPECT_EQ(a.annotations.sourcing.quoted_share, 0.0);
}

}  // namespace
}  // namespace newsmark
