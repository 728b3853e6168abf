#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_engine.h"

namespace newsmark {
namespace {

TEST(EngineProgress, ReportsEveryStageInOrderFromZeroToOne) {
  auto loaded = load_document("Maria Okafor said on Monday that 40 people had left Lagos. \u201cWe will stay,\u201d she said.", {});
  ASSERT_TRUE(loaded.ok());
  std::vector<std::pair<float, std::string>> seen;
  AnalyzeOptions options;
  options.progress = [&](float done, std::string_view stage) { seen.emplace_back(done, std::string(stage)); };
  const Analysis with = testing_support::engine().analyze(loaded->document, options);
  ASSERT_GE(seen.size(), 8u);
  EXPECT_EQ(seen.front(), (std::pair<float, std::string>{0.0f, "words"}));
  EXPECT_EQ(seen.back(), (std::pair<float, std::string>{1.0f, "done"}));
  for (std::size_t i = 1; i < seen.size(); ++i) EXPECT_LT(seen[i - 1].first, seen[i].first) << seen[i].second;
  // Watching changes nothing.
  EXPECT_EQ(with.annotations, testing_support::engine().analyze(loaded->document).annotations);
}

}  // namespace
}  // namespace newsmark
