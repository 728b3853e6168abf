// Named entities: PERSON, ORG, GPE, LOC, NORP. Three sources of evidence, in this order:
//   1. the gazetteer (countries, states, cities, places, groups, well-known organisations),
//   2. rules over capitalized runs: a title or role before a name ("Sen.", "Foreign Minister",
//      "chief engineer"), an organisation word inside it ("Ministry of ...", "... Authority",
//      "Inc."), a known first name, an acronym, "said" after a short name, a place preposition,
//   3. the rest of the document: a surname or an organisation's first word seen in a full
//      name earlier is found again alone ("Quist", "Northrop"); an acronym in brackets after a
//      name is that name ("European Aeronautic Defence and Space Company (EADS)").
// Sentence-initial function words, months and weekdays are never names.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/lexicons/lexicons.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

struct NameMention {
  std::uint32_t first = 0;  // token range [first, end)
  std::uint32_t end = 0;
  ByteSpan span;
  std::string_view label;
  // From the gazetteer, or a part of the text (the bare name of "Sen. Lindsey Graham"), or
  // empty (the mention's own text). Points into the Lexicons or the text: valid while both are.
  std::string_view canonical;
  // A name made up by the rules ("Portvale" for the dateline "PORTVALE"); wins when not empty.
  std::string canonical_owned;
  std::string_view canonical_name() const {
    return canonical_owned.empty() ? canonical : std::string_view(canonical_owned);
  }
  std::string_view rule;   // why: "gazetteer", "title", "org-word", "first-name", "acronym", "model" ...
  std::string reason;      // the trained tagger's strongest features ("w=quist, fn-1"), else empty
  float confidence = 0.5f;
};

std::vector<NameMention> find_names(std::string_view text, std::span<const Token> tokens,
                                    std::span<const Sentence> sentences, const Lexicons& lex);

}  // namespace newsmark
