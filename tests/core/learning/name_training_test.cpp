#include "core/learning/name_training.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/engine.h"
#include "test_engine.h"

namespace newsmark {
namespace {

using testing_support::engine;

// A tiny corpus written for the test: invented people who "said" things and invented firms
// ending in "Dynamics" that "announced" things; each name is a gold span.
std::vector<TrainingDoc> toy_corpus(const std::vector<std::string>& annotated) {
  const char* people[] = {"Tova Brenning", "Oskar Vellam", "Mirela Dastan", "Pavo Kirren", "Alba Tresk",
                          "Ines Morvath", "Jarl Oddny", "Sefa Qualen", "Runa Pelsk", "Edo Vantrell"};
  const char* firms[] = {"Quorvel", "Brastine", "Helmark", "Ostrava", "Pennick", "Solvane", "Tirrel", "Ubrecht"};
  std::vector<TrainingDoc> docs;
  for (int k = 0; k < 40; ++k) {
    TrainingDoc d;
    d.corpus = "toy";
    const std::string person = people[k % 10];
    const std::string firm = std::string(firms[k % 8]) + " Dynamics";
    d.text = "On a grey morning " + person + " said the plan was sound. Later " + firm + " announced new jobs.";
    const auto at = [&](const std::string& s) { return static_cast<std::uint32_t>(d.text.find(s)); };
    d.spans.push_back({at(person), at(person) + static_cast<std::uint32_t>(person.size()), "PERSON"});
    d.spans.push_back({at(firm), at(firm) + static_cast<std::uint32_t>(firm.size()), "ORG"});
    d.annotated_types = annotated;
    d.heldout = k % 10 == 3;
    docs.push_back(std::move(d));
  }
  return docs;
}

TrainingOptions quiet(int epochs) {
  TrainingOptions o;
  o.epochs = epochs;
  o.max_features = 5000;
  o.min_weight = 0.0f;
  return o;
}

TEST(NameTraining, LearnsAToyCorpusAndScoresItsHeldOutFold) {
  const std::vector<TrainingDoc> docs = toy_corpus({"PERSON", "ORG", "LOC", "NORP"});
  const TrainingResult r = train_name_model(docs, engine().lexicons(), quiet(5));
  ASSERT_FALSE(r.model.empty());
  ASSERT_EQ(r.heldout.count("toy"), 1u);
  const Counts c = r.heldout.at("toy").total({"PERSON", "ORG", "LOC", "NORP"});
  EXPECT_EQ(c.gold, 8u);  // 4 held-out documents, 2 names each
  EXPECT_EQ(c.strict_tp, c.gold) << "predicted " << c.predicted;
  EXPECT_EQ(c.predicted, c.gold);

  // A new name in the same frame is found by the learnt context, not by memory.
  const Engine e(Lexicons(engine().lexicons()), r.model);
  auto doc = load_document("On a grey morning Wenna Falkor said the plan was sound. Later Zimmel Dynamics announced new jobs.", {});
  AnalyzeOptions opt;
  opt.name_strategy = NameStrategy::model;
  opt.measures = opt.times = opt.quotes = false;
  std::vector<std::string> found;
  for (const Annotation& a : e.analyze(doc->document, opt).annotations.annotations) found.push_back(a.label);
  EXPECT_EQ(found, (std::vector<std::string>{"PERSON", "ORG"}));
}

TEST(NameTraining, IsDeterministic) {
  const std::vector<TrainingDoc> docs = toy_corpus({"PERSON", "ORG", "LOC", "NORP"});
  const auto a = train_name_model(docs, engine().lexicons(), quiet(3)).model.write();
  const auto b = train_name_model(docs, engine().lexicons(), quiet(3)).model.write();
  EXPECT_EQ(a, b);
}

TEST(NameTraining, HeldOutFoldIsOneInTenAndStable) {
  int held = 0;
  for (int k = 0; k < 1000; ++k) held += in_heldout_fold("corpus", "doc" + std::to_string(k)) ? 1 : 0;
  EXPECT_GT(held, 70);
  EXPECT_LT(held, 130);
  EXPECT_EQ(in_heldout_fold("wikigold", "12"), in_heldout_fold("wikigold", "12"));
}

TEST(NameTraining, ScoresOnlyTheTypesACorpusMarks) {
  // A corpus that marks only people: whatever the model says of the firms is neither right nor
  // wrong there, so only the people are counted on either side.
  const std::vector<TrainingDoc> people_only = [] {
    auto d = toy_corpus({"PERSON"});
    for (auto& doc : d) doc.spans.erase(doc.spans.begin() + 1);  // drop the ORG spans
    return d;
  }();
  const TrainingResult r = train_name_model(people_only, engine().lexicons(), quiet(5));
  const Counts c = r.heldout.at("toy").total({"PERSON", "ORG", "LOC", "NORP"});
  EXPECT_EQ(c.gold, 4u);
  EXPECT_EQ(c.predicted, 4u);
  EXPECT_EQ(c.strict_tp, 4u);
  EXPECT_EQ(r.heldout.at("toy").by_type().count("ORG"), 0u);
}

}  // namespace
}  // namespace newsmark
