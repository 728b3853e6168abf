// How much students agree with each other, beyond chance (docs/classroom.md).
//
// Fleiss' kappa on tokens, one label at a time: each token of the article is a unit, each
// student a rater who puts it "in" the label (one of their spans of that label covers part of
// it) or "out". Fleiss' kappa because a class has any number of students (Cohen's kappa takes
// two) and each token is rated by every student; tokens because selections snap to words, so
// a token is the unit a student actually chooses; one label at a time because spans of
// different labels overlap (a SOURCE inside a QUOTE), which one category per token cannot say.
// Krippendorff's unitized alpha would weigh span boundaries more finely, but it is harder to
// explain to a class and gives close figures when units are words.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/annotation.h"

namespace newsmark {

// Fleiss' kappa of a table: counts[i][j] = how many raters put unit i in category j; every
// row must sum to the same number of raters n >= 2. Empty when it is undefined: no units, fewer
// than two raters, rows that do not sum to n, or chance agreement of 1 (every rating in one
// category, so there is nothing beyond chance to measure).
std::optional<double> fleiss_kappa(const std::vector<std::vector<std::uint32_t>>& counts);

struct LabelAgreement {
  std::string label;
  std::size_t raters = 0;
  std::size_t units = 0;
  std::size_t units_marked = 0;  // tokens at least one rater put in the label
  std::optional<double> kappa;
};

// One row per label: the raters' spans (any order, other labels ignored) over the `tokens`.
std::vector<LabelAgreement> token_agreement(const std::vector<ByteSpan>& tokens,
                                            const std::vector<std::vector<Annotation>>& raters,
                                            const std::vector<std::string>& labels);

}  // namespace newsmark
