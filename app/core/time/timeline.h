// The timeline of an analyzed article: one event per time expression that has a place on the
// calendar (DATE and TIME with an interval; the article's own dateline is the DCT marker, not
// an event), with the clause it dates — the part of its sentence between clause boundaries
// (";", a comma before a conjunction or a quote), widened to the whole sentence when that part
// is too short to read — and the entities named in it. Sorted by start, then by position.
// Undated events the same sentence orders against a dated one — the object of "after",
// "before", "following", "ahead of", "prior to" ("voted on March 3, two days after the
// protest") — sit right before or after it, dated only when the text gives the distance.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

std::vector<TimelineEvent> build_timeline(std::string_view text, std::span<const Token> tokens,
                                          std::span<const Sentence> sentences, const AnnotationSet& set);

}  // namespace newsmark
