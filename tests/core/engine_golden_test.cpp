// Whole-article golden tests: the engine's Newsmark JSON for each article in
// tests/data/articles/ (written for the project) must equal tests/golden/<name>.newsmark.json.
// After an intended change, review the diff and regenerate with NEWSMARK_UPDATE_GOLDEN=1.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>

#include "core/engine.h"
#include "io/json/newsmark_json.h"

namespace newsmark {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

struct GoldenArticle {
  const char* name;
  const char* dct;  // the date the article was "published", to resolve its time expressions
};

void PrintTo(const GoldenArticle& a, std::ostream* os) { *os << a.name; }

class EngineGolden : public ::testing::TestWithParam<GoldenArticle> {
 protected:
  static void SetUpTestSuite() {
    auto e = Engine::create();
    ASSERT_TRUE(e.ok()) << e.error().message;
    engine_ = new Engine(std::move(e).value());
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }
  static Engine* engine_;
};
Engine* EngineGolden::engine_ = nullptr;

TEST_P(EngineGolden, MatchesTheReviewedOutput) {
  const std::string name = GetParam().name;
  const std::string text = slurp(std::string(NEWSMARK_TEST_DATA_DIR) + "/articles/" + name + ".txt");
  ASSERT_FALSE(text.empty());
  DocumentInfo info;
  info.source = name + ".txt";
  info.dct = GetParam().dct;
  auto doc = load_document(text, info);
  ASSERT_TRUE(doc.ok());
  const Analysis a = engine_->analyze(doc->document);
  const std::string json = io::write_newsmark_json(doc->document, &a.annotations);
  const std::string golden_path = std::string(NEWSMARK_SOURCE_DIR) + "/tests/golden/" + name + ".newsmark.json";
  if (std::getenv("NEWSMARK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden_path, std::ios::binary) << json;
    GTEST_SKIP() << "updated " << golden_path;
  }
  const std::string golden = slurp(golden_path);
  ASSERT_FALSE(golden.empty()) << "missing " << golden_path << " (run with NEWSMARK_UPDATE_GOLDEN=1)";
  EXPECT_EQ(json, golden) << "engine output for " << name << " changed; review and regenerate the golden file";
}

INSTANTIATE_TEST_SUITE_P(Articles, EngineGolden,
                         ::testing::Values(GoldenArticle{"politics", "2026-02-12"}, GoldenArticle{"business", "2026-03-09"},
                                           GoldenArticle{"sport", "2026-04-18"}, GoldenArticle{"science", "2026-05-06"},
                                           GoldenArticle{"local", "2026-05-14"}),
                         [](const auto& p) { return std::string(p.param.name); });

}  // namespace
}  // namespace newsmark
