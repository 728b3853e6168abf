// Training the name tagger: an averaged structured perceptron (Collins 2002) over BILOU tags,
// with partial labels. A corpus that does not annotate a type (NORP in most of them) gives no
// evidence that a word is not of that type, and where a corpus marks LOC for GPE ∪ LOC the
// gold may be either: the "gold" sequence each update moves towards is the model's best
// sequence among those the corpus allows (Viterbi under per-token masks), not one fixed path.
// Deterministic: documents in the given order, no randomness; the same data gives the same file.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/scoring.h"
#include "core/lexicons/lexicons.h"
#include "core/names/name_model.h"
#include "core/names/name_tagger.h"

namespace newsmark {

struct TrainingSpan {
  std::uint32_t begin = 0;  // bytes into the text, end exclusive
  std::uint32_t end = 0;
  std::string type;  // PERSON, ORG, GPE, LOC, NORP, MISC
};

struct TrainingDoc {
  std::string corpus;  // the file it came from, for per-corpus figures
  std::string text;
  std::vector<TrainingSpan> spans;
  std::vector<std::string> annotated_types;  // types marked throughout the text
  std::vector<std::string> partial_types;    // types marked for some mentions only
  bool heldout = false;                      // never trained on: measured after each epoch
};

struct TrainingOptions {
  int epochs = 12;
  std::size_t max_features = 30000;
  float min_weight = 0.05f;  // (averaged) weights below this are dropped
  std::function<void(const std::string&)> log;  // a line per epoch and per corpus
};

// Held-out strict scores of one corpus, by type (GPE and LOC scored as LOC).
using CorpusScores = std::map<std::string, Scoreboard>;

struct TrainingResult {
  NameModel model;
  CorpusScores heldout;  // with the final (quantised) model
};

// Whether a document is in the held-out fold (one in ten, by a hash of corpus and id).
bool in_heldout_fold(std::string_view corpus, std::string_view id);

// Tokens, sentences and rule mentions of each document are computed once.
TrainingResult train_name_model(std::span<const TrainingDoc> docs, const Lexicons& lex, const TrainingOptions& options);

// Scores `model` (with `strategy`) on the held-out documents, per corpus.
CorpusScores score_heldout(std::span<const TrainingDoc> docs, const Lexicons& lex, const NameModel& model,
                           NameStrategy strategy);

}  // namespace newsmark
