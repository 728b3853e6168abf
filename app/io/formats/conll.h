// CoNLL-2003 style IOB2 for NER tools: "-DOCSTART- -X- -X- O", then one token per line
// ("word _ _ B-PERSON": the POS and chunk columns, which Newsmark does not make, are "_"),
// a blank line after each sentence. IOB2 has one tag per token, so overlapping spans are
// flattened: names, dates and numbers win over the long spans (QUOTE, CLAIM, EVENT) around
// them, longer before shorter; every span left out is counted in the warning. Rejected spans
// are left out.
#pragma once

#include <span>
#include <string>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark::io {

struct ConllOutput {
  std::string text;
  std::size_t spans_written = 0;
  std::size_t spans_dropped = 0;  // overlapped a span that was kept, or covered no token
  std::string warning;            // for the user when spans were dropped, else empty
};

ConllOutput write_conll(const Document& doc, const AnnotationSet& set, std::span<const Token> tokens,
                        std::span<const Sentence> sentences);

}  // namespace newsmark::io
