#include "io/newsmark_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <ostream>
#include <sstream>

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
    BadCase{"bad_dct", R"({"format":"newsmark","version":1,"document":{"text":"a","dct":"2023-02-30"}})", ErrorCode::invalid_argument, "document.dct"}),
    [](const auto& p) { return std::string(p.param.name); });

// The checked-in sample file reads under both the native and the wasm build (NODERAWFS).
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

}  // namespace
}  // namespace newsmark::io
