// The sourcing summary of a document, computed from its annotations (so it follows the
// reader's corrections as well as the engine's output): quotes by kind, distinct sources by
// kind, the share of the text that is quoted, hedges per 1,000 words, claims without
// attribution, and who speaks how often.
#pragma once

#include <span>
#include <string_view>

#include "core/model/annotation.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

SourcingSummary summarize_sourcing(std::string_view text, std::span<const Token> tokens,
                                   std::span<const Sentence> sentences, const AnnotationSet& set);

}  // namespace newsmark
