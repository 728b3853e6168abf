#include "core/names/name_tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/engine.h"
#include "core/names/name_consistency.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;

// "text:LABEL" for every name the engine finds with `strategy`, in text order.
std::vector<std::string> names_in(const std::string& text, NameStrategy strategy) {
  auto doc = load_document(text, {});
  AnalyzeOptions opt;
  opt.name_strategy = strategy;
  opt.measures = opt.times = opt.quotes = false;
  const Analysis a = engine().analyze(doc->document, opt);
  std::vector<std::string> out;
  for (const Annotation& ann : a.annotations.annotations) {
    out.push_back(text.substr(ann.span.begin, ann.span.size()) + ":" + ann.label);
  }
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(NameTagger, TheBuiltInModelIsLoaded) {
  EXPECT_TRUE(engine().name_model_problem().empty()) << engine().name_model_problem();
  EXPECT_FALSE(engine().name_model().empty());
}

// Organisations the rules' short list does not know, from the model's features and context.
TEST(NameTagger, FindsNamesTheRulesMiss) {
  const std::string text =
      "Halvorsen Motors reported a loss on Tuesday. Shares of Halvorsen Motors fell 4% in Oslo, "
      "and chief executive Ingrid Sand said the company would cut 300 jobs.";
  const auto model = names_in(text, NameStrategy::model);
  EXPECT_TRUE(has(model, "Halvorsen Motors:ORG"));
  EXPECT_TRUE(has(model, "Ingrid Sand:PERSON"));
  EXPECT_TRUE(has(model, "Oslo:GPE"));
}

TEST(NameTagger, ModelSuggestionsSayWhy) {
  auto doc = load_document("Chief executive Ingrid Sand said so in Oslo.", {});
  const Analysis a = engine().analyze(doc->document);
  bool checked = false;
  for (const Annotation& ann : a.annotations.annotations) {
    const std::string* rule = ann.attr("rule");
    if (ann.label == "PERSON" && rule != nullptr && *rule == "model") {
      const std::string* why = ann.attr("features");
      ASSERT_NE(why, nullptr);
      EXPECT_FALSE(why->empty());
      checked = true;
    }
  }
  EXPECT_TRUE(checked);
}

TEST(NameTagger, StrategiesDiffer) {
  const std::string text = "Senator Ana Ruiz met Kellerman Stout analysts in Leeds.";
  EXPECT_NE(names_in(text, NameStrategy::rules), names_in(text, NameStrategy::model));
  EXPECT_EQ(parse_name_strategy("combined"), NameStrategy::model_and_rules);
  EXPECT_EQ(parse_name_strategy("nonsense"), std::nullopt);
}

TEST(NameTagger, AnEmptyModelLeavesTheRules) {
  const Engine plain(Lexicons(engine().lexicons()));
  ASSERT_TRUE(plain.name_model().empty());
  auto doc = load_document("Senator Ana Ruiz spoke in Paris.", {});
  AnalyzeOptions opt;
  opt.measures = opt.times = opt.quotes = false;
  const auto names = [&](const Engine& e, const AnalyzeOptions& o) {
    std::vector<std::string> out;
    for (const Annotation& ann : e.analyze(doc->document, o).annotations.annotations) {
      const std::string* rule = ann.attr("rule");
      out.push_back(std::to_string(ann.span.begin) + "-" + std::to_string(ann.span.end) + ":" + ann.label + ":" +
                    (rule != nullptr ? *rule : ""));
    }
    return out;
  };
  const auto with_empty_model = names(plain, opt);  // the default strategy, but no model
  opt.name_strategy = NameStrategy::rules;
  EXPECT_EQ(with_empty_model, names(engine(), opt));
  EXPECT_FALSE(with_empty_model.empty());
}

// One name, one type (name_consistency.h), table-driven over whole analyses with the model.
struct ConsistencyCase {
  const char* name;
  const char* text;
  std::vector<std::string> expected_present;
};
void PrintTo(const ConsistencyCase& c, std::ostream* os) { *os << c.name; }
class NameConsistency : public ::testing::TestWithParam<ConsistencyCase> {};
TEST_P(NameConsistency, Holds) {
  const auto found = names_in(GetParam().text, NameStrategy::model);
  for (const std::string& want : GetParam().expected_present) EXPECT_TRUE(has(found, want)) << want;
}
INSTANTIATE_TEST_SUITE_P(
    Table, NameConsistency,
    ::testing::Values(
        ConsistencyCase{"surname_typed_like_full_name", "Sandy Angers spoke for the firm. Later, Angers said more.",
                        {"Sandy Angers:PERSON", "Angers:PERSON"}},
        ConsistencyCase{"initials_of_an_organisation", "General Motors cut prices. Analysts said GM would gain.",
                        {"General Motors:ORG", "GM:ORG"}},
        ConsistencyCase{"place_keeps_its_type", "Singapore Airlines flew from Singapore to Perth.",
                        {"Singapore Airlines:ORG", "Singapore:GPE"}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace newsmark
