// Every annotation the engine writes must cover exactly its "text" when the offsets are read
// as code points, whatever multi-byte characters come before it (accents, emoji, CJK).
#include <gtest/gtest.h>

#include <simdjson.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/engine.h"
#include "core/text/utf8.h"
#include "io/json/newsmark_json.h"

namespace newsmark {
namespace {

std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8::decode(s, i).length;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

TEST(AnalysisOffsets, CodePointOffsetsCoverTheTextAfterMultiByteCharacters) {
  const std::string text =
      "\xF0\x9F\x93\xB0 Z\xC3\x9CRICH \xE2\x80\x94 \xE6\x9D\x8E\xE6\x98\x8E and Tom\xC3\xA1s Aldane met Sen. "
      "Lindsey Graham in Paris. \xE2\x80\x9CThe deal is worth \xE2\x82\xAC" "4.5 billion,\xE2\x80\x9D said "
      "Zo\xC3\xAB M\xC3\xBCller, the mayor. Prices rose 15% in S\xC3\xA3o Paulo \xF0\x9F\x98\x80.";
  auto engine = Engine::create();
  ASSERT_TRUE(engine.ok());
  auto doc = load_document(text, {});
  ASSERT_TRUE(doc.ok());
  const Analysis a = engine->analyze(doc->document);
  const std::string json = io::write_newsmark_json(doc->document, &a.annotations, false);

  const std::vector<std::string> cps = code_points(text);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS);
  simdjson::dom::array anns;
  ASSERT_EQ(root["annotations"].get_array().get(anns), simdjson::SUCCESS);
  std::size_t checked = 0;
  std::vector<std::string> labels;
  for (simdjson::dom::element ann : anns) {
    uint64_t start = 0, end = 0;
    std::string_view covered, label;
    ASSERT_EQ(ann["start"].get_uint64().get(start), simdjson::SUCCESS);
    ASSERT_EQ(ann["end"].get_uint64().get(end), simdjson::SUCCESS);
    ASSERT_EQ(ann["text"].get_string().get(covered), simdjson::SUCCESS);
    ASSERT_EQ(ann["label"].get_string().get(label), simdjson::SUCCESS);
    ASSERT_LE(end, cps.size());
    std::string slice;
    for (uint64_t k = start; k < end; ++k) slice += cps[k];
    EXPECT_EQ(slice, covered) << "annotation [" << start << ", " << end << ")";
    labels.push_back(std::string(covered) + ":" + std::string(label));
    ++checked;
  }
  // The names and amounts after the emoji and CJK characters were all found.
  auto has = [&](const std::string& x) { return std::find(labels.begin(), labels.end(), x) != labels.end(); };
  EXPECT_TRUE(has("Lindsey Graham:PERSON"));
  EXPECT_TRUE(has("Paris:GPE"));
  EXPECT_TRUE(has("\xE2\x82\xAC" "4.5 billion:MONEY"));
  EXPECT_TRUE(has("Zo\xC3\xAB M\xC3\xBCller:PERSON"));
  EXPECT_TRUE(has("15%:PERCENT"));
  EXPECT_GE(checked, 6u);
}

}  // namespace
}  // namespace newsmark
