#include "core/segmentation/sentences.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace newsmark {
namespace {

bool abbrev(std::string_view w) {
  for (const char* a : {"Sen", "Gov", "Inc", "Jan", "Mr", "Dr", "Corp", "St", "No"}) {
    if (w == a) return true;
  }
  return false;
}
bool continues(std::string_view a, const void*) {
  return a == "Sen." || a == "Gov." || a == "Jan." || a == "Mr." || a == "Dr." || a == "St." || a == "No.";
}

std::vector<std::string> split(const std::string& s) {
  const auto toks = tokenize(s, abbrev);
  std::vector<std::string> out;
  for (const Sentence& x : split_sentences(s, toks, continues, nullptr)) {
    out.push_back(s.substr(x.span.begin, x.span.size()));
  }
  return out;
}

using V = std::vector<std::string>;
struct SentCase {
  const char* name;
  std::string input;
  V expected;
};
void PrintTo(const SentCase& c, std::ostream* os) { *os << c.name; }
class SentenceTable : public ::testing::TestWithParam<SentCase> {};
TEST_P(SentenceTable, Splits) { EXPECT_EQ(split(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Rules, SentenceTable, ::testing::Values(
    SentCase{"two_plain", "The talks resumed. They ended at noon.", V{"The talks resumed.", "They ended at noon."}},
    SentCase{"titles_continue", "Sen. Lindsey Graham (R-S.C.) met Gov. Smith on Jan. 5. He left.",
             V{"Sen. Lindsey Graham (R-S.C.) met Gov. Smith on Jan. 5.", "He left."}},
    SentCase{"company_ends", "He joined Acme Inc. The firm grew.", V{"He joined Acme Inc.", "The firm grew."}},
    SentCase{"us_mid_sentence", "The U.S. Army said so.", V{"The U.S. Army said so."}},
    SentCase{"us_at_end", "He flew to the U.S. The trip was long.", V{"He flew to the U.S.", "The trip was long."}},
    SentCase{"initials", "J. K. Rowling wrote it. It sold.", V{"J. K. Rowling wrote it.", "It sold."}},
    SentCase{"decimals", "Prices rose 4.5 percent. Then fell.", V{"Prices rose 4.5 percent.", "Then fell."}},
    SentCase{"quote_ends", "\xE2\x80\x9CWe agreed.\xE2\x80\x9D She left.", V{"\xE2\x80\x9CWe agreed.\xE2\x80\x9D", "She left."}},
    SentCase{"question_in_quotes", "\"Why now?\" he asked. Nobody knew.", V{"\"Why now?\" he asked.", "Nobody knew."}},
    SentCase{"headline_and_dateline", "Harbour dredging to start in May\nMarch 14, 2026\nPORTVALE \xE2\x80\x94 Work begins.",
             V{"Harbour dredging to start in May", "March 14, 2026", "PORTVALE \xE2\x80\x94 Work begins."}},
    SentCase{"paragraphs", "First paragraph without period\n\nSecond one.", V{"First paragraph without period", "Second one."}},
    SentCase{"lowercase_after_period_continues", "It costs approx. ten dollars.", V{"It costs approx. ten dollars."}},
    SentCase{"no_final_period", "It ended", V{"It ended"}}),
    [](const auto& p) { return std::string(p.param.name); });

}  // namespace
}  // namespace newsmark
