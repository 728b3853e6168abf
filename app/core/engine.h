// The engine's entry point: core::Engine::analyze(Document) -> AnnotationSet. Deterministic,
// no global state, no exceptions; the lexicons are loaded once when the Engine is created and
// shared read-only by every call. Stages: tokens -> sentences -> names -> mention clustering
// -> numbers and measures -> time expressions resolved against the DCT -> quotes, speakers,
// cues, sources and hedges -> the timeline and the sourcing summary.
#pragma once

#include <vector>

#include "core/annotation.h"
#include "core/document.h"
#include "core/lexicons.h"
#include "core/result.h"
#include "core/sentences.h"
#include "core/tokenizer.h"

namespace newsmark {

struct AnalyzeOptions {
  bool names = true;
  bool measures = true;
  bool times = true;
  bool quotes = true;  // quotes, cues, sources and hedges (speakers need names)
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
  static Result<Engine> create();  // with the lexicons built into the binary
  explicit Engine(Lexicons lexicons) : lex_(std::move(lexicons)) {}

  Analysis analyze(const Document& doc, const AnalyzeOptions& options = {}) const;
  const Lexicons& lexicons() const { return lex_; }

 private:
  Lexicons lex_;
};

}  // namespace newsmark
