// Sentence boundaries over tokens, for news text: a period, question or exclamation mark ends a
// sentence (with any closing quotes or brackets after it) unless it belongs to an abbreviation
// that usually continues ("Sen.", "Jan.", "Inc." mid-sentence, initials) or a decimal; a line
// break ends headlines and datelines that have no period; a blank line always ends a sentence.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

struct Sentence {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;  // exclusive
  ByteSpan span;
};

// `continues_after` tells whether an abbreviation (with its period, e.g. "Sen.") normally
// continues the sentence (titles, months, "No.") rather than possibly ending it ("Inc.", "U.S.").
using ContinuingAbbreviationTest = bool (*)(std::string_view abbreviation, const void* context);

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      ContinuingAbbreviationTest continues_after, const void* context);

}  // namespace newsmark
