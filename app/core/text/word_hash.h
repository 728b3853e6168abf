// A fast hash for short words (FNV-1a), for the engine's many word-set lookups: inlined, and
// cheaper than the standard library's general-purpose string hash on words of a few letters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsmark {

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};

}  // namespace newsmark
