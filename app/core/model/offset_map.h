// Byte <-> code point offsets for one UTF-8 text.
//
// Inside Newsmark every span is a pair of byte offsets; everything that leaves the engine
// (JSON, W3C selectors, the JS API) speaks code points. The map keeps the byte offset of every
// 64th code point, so it costs about 1/16 of the text in memory and each lookup scans at most
// 64 code points after a binary search. The map does not own the text: every call takes the
// same text the map was built from (Document does this pairing for you).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/model/result.h"

namespace newsmark {

class OffsetMap {
 public:
  OffsetMap() = default;
  explicit OffsetMap(std::string_view valid_text);

  std::size_t byte_count() const { return bytes_; }
  std::size_t code_point_count() const { return code_points_; }

  // Code point index of a byte offset. Fails when the offset is past the end or falls inside
  // a multi-byte sequence.
  Result<std::size_t> to_code_point(std::string_view text, std::size_t byte) const;

  // Byte offset of a code point index (code_point_count() maps to the end of the text).
  Result<std::size_t> to_byte(std::string_view text, std::size_t code_point) const;

 private:
  static constexpr std::size_t kStride = 64;
  std::vector<std::uint32_t> checkpoints_;  // byte offset of code point k * kStride
  std::size_t bytes_ = 0;
  std::size_t code_points_ = 0;
};

}  // namespace newsmark
