// The engine's entry point: core::Engine::analyze(Document) -> AnnotationSet. Deterministic,
// no global state, no exceptions; the lexicons are loaded once when the Engine is created and
// shared read-only by every call. Stages: tokens -> sentences -> names -> mention clustering
// -> numbers and measures -> time expressions resolved against the DCT -> quotes, speakers,
// cues, sources and hedges -> the timeline and the sourcing summary.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/lexicons/lexicons.h"
#include "core/names/name_model.h"
#include "core/names/name_tagger.h"
#include "core/model/result.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

struct AnalyzeOptions {
  bool names = true;
  bool measures = true;
  bool times = true;
  bool quotes = true;  // quotes, cues, sources and hedges (speakers need names)
  // Who decides the names: the trained model with the rules as its features (and the
  // gazetteer's names it left out), the model alone, or the rules alone (name_tagger.h).
  NameStrategy name_strategy = NameStrategy::model_and_rules;
  // Called before each stage with the share of the work done so far (0 to 1, by each stage's
  // measured share of the time on news text) and the stage's name, for a progress bar. The
  // browser analyses long articles in a worker that posts these to the page.
  std::function<void(float done, std::string_view stage)> progress;

  // Tokens and sentences only, no annotations.
  static AnalyzeOptions tokens_only() {
    AnalyzeOptions o;
    o.names = o.measures = o.times = o.quotes = false;
    return o;
  }
};

// What analyze() saw on its way: kept for callers that build on the tokens (UI, later stages).
struct Analysis {
  AnnotationSet annotations;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string dct;            // the date times were resolved against ("" when unknown)
  bool dct_detected = false;  // taken from a dateline, not given with the document
};

class Engine {
 public:
  // With the lexicons and the name model built into the binary. A damaged model does not stop
  // the engine: names fall back to the rules, and name_model_problem() says why.
  static Result<Engine> create();
  explicit Engine(Lexicons lexicons, NameModel names = {}) : lex_(std::move(lexicons)), names_(std::move(names)) {}

  Analysis analyze(const Document& doc, const AnalyzeOptions& options = {}) const;
  const Lexicons& lexicons() const { return lex_; }
  const NameModel& name_model() const { return names_; }
  // Replaces the name model with the one in `bytes` (a retrained assets/models/names.bin); a
  // damaged one leaves the rules alone, and name_model_problem() says why.
  void use_name_model(std::span<const unsigned char> bytes);
  // Empty when the built-in name model loaded; else the message of its error.
  const std::string& name_model_problem() const { return names_problem_; }

 private:
  Lexicons lex_;
  NameModel names_;
  std::string names_problem_;
};

}  // namespace newsmark
