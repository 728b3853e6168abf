// Hostile JSON for the readers: deep nesting, numbers of 10,000 digits, huge values where
// small ones belong. Each is refused with a message (or read), never a crash or a hang.
#include <gtest/gtest.h>

#include <string>

#include "io/formats.h"
#include "io/json/newsmark_json.h"
#include "io/formats/w3c_annotation.h"

namespace newsmark::io {
namespace {

std::string nested(std::size_t depth, char open, char close) {
  return std::string(depth, open) + std::string(depth, close);
}

const char* kHead = R"({"format":"newsmark","version":1,"document":{"title":"t","dct":null,"source":"s","language":"en","text":"Ann met Bob."},)";

TEST(HostileJson, DeepNestingIsRefused) {
  for (const std::string& json : {nested(100000, '[', ']'), std::string(100000, '{'), std::string(kHead) + R"("annotations":)" + nested(5000, '[', ']') + "}",
                                  std::string(kHead) + R"("annotations":[{"id":"a1","start":0,"end":3,"text":"Ann","label":"PERSON","attrs":{"x":)" +
                                      std::string(5000, '[') + std::string(5000, ']') + "}}]}"}) {
    auto r = read_newsmark_json(json);
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().message.empty());
    auto w = read_w3c_annotations(json);
    EXPECT_FALSE(w.ok());
    auto any = open_input(std::vector<InputFile>{{"deep.json", json}});
    EXPECT_FALSE(any.ok());
  }
}

TEST(HostileJson, NumbersOfTenThousandDigitsAreRefusedWithTheirPath) {
  const std::string digits(10000, '9');
  auto r = read_newsmark_json(std::string(kHead) + R"("annotations":[{"id":"a1","start":)" + digits +
                              R"(,"end":3,"text":"Ann","label":"PERSON"}]})");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("annotations[0].start"), std::string::npos) << r.error().message;
  r = read_newsmark_json(R"({"format":"newsmark","version":)" + digits + "}");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("version"), std::string::npos) << r.error().message;
  r = read_newsmark_json(std::string(kHead) + R"("annotations":[{"id":"a1","start":0,"end":3,"text":"Ann","label":"PERSON","confidence":0.)" +
                         digits + "}]}");
  // 0.999... is a number between 0 and 1: read, not refused.
  EXPECT_TRUE(r.ok()) << r.error().message;
}

TEST(HostileJson, HugeValuesWhereSmallOnesBelong) {
  const std::string long_label(100000, 'L');
  auto r = read_newsmark_json(std::string(kHead) + R"("annotations":[{"id":"a1","start":0,"end":3,"text":"Ann","label":")" + long_label + "\"}]}");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("is not a label name"), std::string::npos);
  EXPECT_LT(r.error().message.size(), 400u) << "the message quotes the value cut short";
  // 100,000 problems: the message lists a dozen and counts the rest.
  std::string many = std::string(kHead) + R"("annotations":[)";
  for (int i = 0; i < 100000; ++i) many += std::string(i ? "," : "") + R"({"id":"a)" + std::to_string(i) + R"(","start":0,"end":99,"text":"x","label":"P"})";
  many += "]}";
  r = read_newsmark_json(many);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("100000 problems"), std::string::npos) << r.error().message.substr(0, 200);
  EXPECT_LT(r.error().message.size(), 3000u);
}

}  // namespace
}  // namespace newsmark::io
