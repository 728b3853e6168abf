#include "core/names/names.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "core/engine.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;

// "text:LABEL" for every name annotation the rules find, in text order (the trained tagger has
// its own tests: name_tagger_test.cpp).
std::vector<std::string> names_in(const std::string& text) {
  auto doc = load_document(text, {});
  AnalyzeOptions opt;
  opt.name_strategy = NameStrategy::rules;
  opt.measures = false;
  opt.times = false;
  opt.quotes = false;
  const Analysis a = engine().analyze(doc->document, opt);
  std::vector<std::string> out;
  for (const Annotation& ann : a.annotations.annotations) {
    out.push_back(text.substr(ann.span.begin, ann.span.size()) + ":" + ann.label);
  }
  return out;
}

using V = std::vector<std::string>;
struct NameCase {
  const char* name;
  std::string text;
  V expected;
};
void PrintTo(const NameCase& c, std::ostream* os) { *os << c.name; }
class NameRules : public ::testing::TestWithParam<NameCase> {};
TEST_P(NameRules, Finds) { EXPECT_EQ(names_in(GetParam().text), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Table, NameRules, ::testing::Values(
    NameCase{"gazetteer_places", "Talks in Paris and Berlin ended.", V{"Paris:GPE", "Berlin:GPE"}},
    NameCase{"country_alias", "He flew to the U.S. on Monday.", V{"U.S.:GPE"}  /* "the" outside (docs/names.md) */},
    NameCase{"title_office", "He met Foreign Minister Wang Yi today.", V{"Foreign Minister Wang Yi:PERSON", "Wang Yi:PERSON"}},
    NameCase{"title_abbreviation", "Sen. Lindsey Graham voted no.", V{"Sen. Lindsey Graham:PERSON", "Lindsey Graham:PERSON"}},
    NameCase{"title_beats_city", "It was President Vladimir Putin who spoke.", V{"President Vladimir Putin:PERSON", "Vladimir Putin:PERSON"}},
    NameCase{"role_lowercase", "said chief engineer Mara Quist on Friday", V{"chief engineer Mara Quist:PERSON", "Mara Quist:PERSON"}},
    NameCase{"org_word_last", "The Portvale Harbour Authority said so.", V{"Portvale Harbour Authority:ORG"}},
    NameCase{"org_word_first", "a report by the Ministry of Defence on Monday", V{"Ministry of Defence:ORG"}},
    NameCase{"org_inc", "shares of Acme Widgets Inc. fell", V{"Acme Widgets Inc.:ORG"}},
    NameCase{"known_org_division", "Boeing Commercial Airplanes delivered it.", V{"Boeing Commercial Airplanes:ORG"}},
    NameCase{"descriptor_org", "staff of German airline Lufthansa flew", V{"German airline Lufthansa:ORG", "German:NORP", "Lufthansa:ORG"}},
    NameCase{"descriptor_unknown_org", "documents from engine maker Europrop show", V{"engine maker Europrop:ORG", "Europrop:ORG"}},
    NameCase{"first_name", "Yesterday Margaret Holloway resigned.", V{"Margaret Holloway:PERSON"}},
    NameCase{"surname_evidence", "Margaret Holloway resigned. Holloway was tired.", V{"Margaret Holloway:PERSON", "Holloway:PERSON"}},
    NameCase{"place_with_region", "planes built in Mobile, Alabama, for the", V{"Mobile, Alabama:GPE", "Alabama:GPE"}},
    NameCase{"facility", "It landed at Changi International Airport yesterday.", V{"Changi International Airport:LOC"}},
    NameCase{"groups", "Muslim and Catholic leaders met Democrats.", V{"Muslim:NORP", "Catholic:NORP", "Democrats:NORP"}},
    NameCase{"no_sentence_start_words", "The talks ended. However, nothing changed.", V{}},
    NameCase{"no_calendar_words", "On Monday in March we met.", V{}},
    NameCase{"currency_is_not_country", "a US$ 40 billion deal", V{}},
    NameCase{"product_is_not_maker", "It ordered five Boeing 737s last year.", V{}},
    NameCase{"dateline_place", "PORTVALE, March 14 \xE2\x80\x94 Work in Portvale began.", V{"PORTVALE:GPE", "Portvale:GPE"}},
    NameCase{"dateline_known", "WASHINGTON (AP) \xE2\x80\x94 Talks resumed.", V{"WASHINGTON:GPE", "AP:ORG"}},
    NameCase{"appositive_role_comma", "said its chair, Tom\xC3\xA1s Aldane. He left.", V{"Tom\xC3\xA1s Aldane:PERSON"}},
    NameCase{"role_before_name", "Apple CEO Steve Jobs unveiled it.", V{"Apple CEO Steve Jobs:PERSON", "Apple:ORG", "Steve Jobs:PERSON"}},
    NameCase{"unknown_place_with_state", "at the Cupertino, California event", V{"Cupertino, California:GPE", "California:GPE"}},
    NameCase{"place_facility", "landing at Heathrow airport on Monday", V{"Heathrow airport:LOC"}},
    NameCase{"name_before_number", "the losses of Adam Air Flight 574 hurt", V{"Adam Air:ORG"}},
    NameCase{"acronym_defined", "the Government Accountability Office (GAO) said the GAO", V{"Government Accountability Office:ORG", "GAO:ORG", "GAO:ORG"}},
    NameCase{"titles_are_not_names", "He was named Chief Operating Officer in May.", V{}},
    NameCase{"multibyte_names", "\xE2\x80\x9CYes,\xE2\x80\x9D said Tom\xC3\xA1s Aldane in Z\xC3\xBCrich. Zo\xC3\xAB M\xC3\xBCller, the mayor, agreed.",
             V{"Tom\xC3\xA1s Aldane:PERSON", "Z\xC3\xBCrich:GPE", "Zo\xC3\xAB M\xC3\xBCller:PERSON"}}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(Clustering, GroupsMentionsOfTheSameThing) {
  const std::string text =
      "Antony Blinken met officials from the United States and the U.S. Air Force. Blinken said the US "
      "would help. The Government Accountability Office (GAO) agreed, and the GAO published a report.";
  auto doc = load_document(text, {});
  const Analysis a = engine().analyze(doc->document);
  std::vector<std::pair<std::string, std::size_t>> got;
  for (const Entity& e : a.annotations.entities) got.emplace_back(e.name + ":" + e.label, e.mentions.size());
  auto has = [&](const std::string& name, std::size_t n) {
    for (const auto& g : got) {
      if (g.first == name) return g.second == n;
    }
    return false;
  };
  EXPECT_TRUE(has("Antony Blinken:PERSON", 2));
  EXPECT_TRUE(has("United States:GPE", 2));
  EXPECT_TRUE(has("Government Accountability Office:ORG", 3));
}

}  // namespace
}  // namespace newsmark
