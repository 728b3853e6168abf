// Viterbi decoding for the name tagger: the best legal BILOU tag sequence of one sentence given
// each token's tag scores, the tag-to-tag transition scores and, per token, the tags it may take
// (a mask: the tagger rules out names on lower-case words; training fixes the gold tags).
#pragma once

#include <span>
#include <vector>

#include "core/names/name_labels.h"

namespace newsmark {

struct TagLattice {
  std::span<const float> emissions;            // tokens x kTags
  std::span<const float> transitions;          // kTags x kTags, [prev * kTags + next]
  std::span<const name_tags::TagMask> allowed;  // one mask per token
};

// The best sequence's tags (one per token), or all O when no legal sequence fits the masks.
// `out` is resized; `scratch` is reused between calls to spare allocations.
void best_tags(const TagLattice& lattice, std::vector<int>& out, std::vector<float>& scratch,
               std::vector<int>& back);

}  // namespace newsmark
