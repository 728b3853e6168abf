// The trained name tagger's weights and their file format (assets/models/names.bin).
//
// A linear model: each feature (name_features.h, by its 32-bit hash) has one weight per BILOU
// tag (name_labels.h), stored as int8 times the feature's own scale; the tag-to-tag
// transitions are floats. The file, little-endian:
//   "NMNAMES\0"  magic, 8 bytes
//   u32 version (1)   u32 tags (21)   u32 features n
//   f32 transitions[tags * tags]
//   u32 keys[n]            feature hashes, strictly increasing, never 0
//   f32 scales[n]          positive
//   i8  weights[n * tags]  row k belongs to keys[k]
//   u32 crc32 of every byte before it
// read() checks every size and bound, the order of the keys and the checksum, so a truncated
// or damaged file is an error with a message, never a crash (tests/fuzz/fuzz_name_model.cpp).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "core/model/result.h"
#include "core/names/name_labels.h"

namespace newsmark {

// Float weights as training leaves them, before quantising.
struct NameWeights {
  std::vector<std::uint32_t> keys;  // any order, no duplicates, never 0
  std::vector<float> rows;          // keys.size() x kTags
  std::array<float, name_tags::kTags * name_tags::kTags> transitions{};
};

class NameModel {
 public:
  static constexpr std::uint32_t kVersion = 1;

  NameModel() = default;
  // Keeps at most `max_features` rows, the ones with the largest weights, and drops rows whose
  // largest weight is below `min_weight`; quantises each row to int8 with its own scale.
  static NameModel quantise(const NameWeights& weights, std::size_t max_features, float min_weight);
  [[nodiscard]] static Result<NameModel> read(std::span<const unsigned char> bytes);
  std::vector<unsigned char> write() const;

  bool empty() const { return keys_.empty(); }
  std::size_t features() const { return keys_.size(); }
  // Adds feature `hash`'s weights to scores[0..kTags); false when the model does not know it.
  bool add_weights(std::uint32_t hash, float* scores) const;
  // The same for many features (one token's): their slots are fetched from memory together.
  void add_weights(std::span<const std::uint32_t> hashes, float* scores) const;
  // One weight, for explanations (0 when unknown).
  float weight(std::uint32_t hash, int tag) const;
  std::span<const float> transitions() const { return transitions_; }

 private:
  void build_index();

  std::vector<std::uint32_t> keys_;  // sorted
  std::vector<float> scales_;         // rows in key order, until build_index() moves them to the slots
  std::vector<std::int8_t> weights_;
  std::array<float, name_tags::kTags * name_tags::kTags> transitions_{};
  // Open addressing over the keys (power of two size), for a lookup per feature per token. A
  // slot holds the key, the scale and the weights together: one cache line read per lookup.
  struct alignas(32) Slot {
    std::uint32_t key = 0;  // 0: empty
    float scale = 0;
    std::int8_t weights[name_tags::kTags] = {};
  };
  std::vector<Slot> slots_;
  const Slot* find(std::uint32_t hash) const;
};

}  // namespace newsmark
