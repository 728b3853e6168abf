// The tag set of the trained name tagger: BILOU over the five name types. Tag 0 is O (outside);
// type t has B = 1 + 4t (begins a name of several words), I = 2 + 4t (inside), L = 3 + 4t (last)
// and U = 4 + 4t (a one-word name). Sequences must be legal: after B or I of a type comes I or
// L of the same type; anything else is followed by O, B or U.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsmark::name_tags {

inline constexpr int kTypes = 5;
inline constexpr int kTags = 1 + 4 * kTypes;  // 21
inline constexpr std::string_view kTypeNames[kTypes] = {"PERSON", "ORG", "GPE", "LOC", "NORP"};

enum class Part : std::uint8_t { outside, begin, inside, last, unit };

inline constexpr int tag(int type, Part part) { return part == Part::outside ? 0 : 1 + 4 * type + (static_cast<int>(part) - 1); }
inline constexpr Part part_of(int tag) { return tag == 0 ? Part::outside : static_cast<Part>(1 + (tag - 1) % 4); }
inline constexpr int type_of(int tag) { return tag == 0 ? -1 : (tag - 1) / 4; }
// -1 for a label that is not a name type.
inline int type_index(std::string_view label) {
  for (int t = 0; t < kTypes; ++t) {
    if (kTypeNames[t] == label) return t;
  }
  return -1;
}

// Whether `next` may follow `prev` (prev = -1: the start of a sentence).
inline constexpr bool can_follow(int prev, int next) {
  const bool open = prev >= 0 && (part_of(prev) == Part::begin || part_of(prev) == Part::inside);
  const Part p = part_of(next);
  if (open) return (p == Part::inside || p == Part::last) && type_of(next) == type_of(prev);
  return p == Part::outside || p == Part::begin || p == Part::unit;
}
// Whether a sentence may end after `tag`.
inline constexpr bool can_end(int tag) {
  const Part p = part_of(tag);
  return p == Part::outside || p == Part::last || p == Part::unit;
}

// A set of tags as a bit mask.
using TagMask = std::uint32_t;
inline constexpr TagMask kAllTags = (TagMask{1} << kTags) - 1;
inline constexpr TagMask kOnlyOutside = 1;
inline constexpr bool allows(TagMask m, int tag) { return (m >> tag) & 1u; }

}  // namespace newsmark::name_tags
