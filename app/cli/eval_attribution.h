// Speaker accuracy for `newsmark eval` on attribution gold (tests/data/attribution): for each
// gold quote content, is there a predicted quote over it, and does that quote name the gold
// speaker (its SOURCE overlaps the gold source, or stands for an entity with a mention there)?
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/model/document.h"
#include "core/engine.h"
#include "core/eval/scoring.h"
#include "io/json/corpus_jsonl.h"

namespace newsmark::cli {

struct SpeakerTally {
  std::uint64_t gold = 0;     // gold contents of this kind
  std::uint64_t found = 0;    // with a predicted quote overlapping them
  std::uint64_t correct = 0;  // ... whose speaker is the gold speaker (or both have none)
};

class AttributionScore {
 public:
  // Scores one document (no-op when its gold has no attribution layer).
  void add(const io::CorpusRecord& rec, const Document& doc, const Analysis& analysis);
  bool empty() const { return by_kind_.empty(); }
  void print() const;

 private:
  std::map<std::string, SpeakerTally> by_kind_;  // direct, partial, indirect
  Scoreboard spans_;                              // content spans vs predicted quotes
};

}  // namespace newsmark::cli
