#include "core/model/offset_map.h"

#include <algorithm>
#include <string>

#include "core/text/utf8.h"

namespace newsmark {
namespace {

bool is_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

OffsetMap::OffsetMap(std::string_view text) : bytes_(text.size()) {
  checkpoints_.reserve(text.size() / kStride + 1);
  std::size_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_lead(text[i])) continue;
    if (cp % kStride == 0) checkpoints_.push_back(static_cast<std::uint32_t>(i));
    ++cp;
  }
  code_points_ = cp;
}

Result<std::size_t> OffsetMap::to_code_point(std::string_view text, std::size_t byte) const {
  if (byte > bytes_) {
    return make_error(ErrorCode::invalid_offset, "byte offset " + std::to_string(byte) +
                                                     " is past the end of the text (" +
                                                     std::to_string(bytes_) + " bytes)");
  }
  if (byte == bytes_) return code_points_;
  if (!is_lead(text[byte])) {
    return make_error(ErrorCode::invalid_offset,
                      "byte offset " + std::to_string(byte) + " is inside a UTF-8 character");
  }
  // Last checkpoint at or before `byte`, then count lead bytes up to it.
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte);
  const std::size_t block = static_cast<std::size_t>(it - checkpoints_.begin()) - 1;
  std::size_t cp = block * kStride;
  for (std::size_t i = checkpoints_[block]; i < byte; ++i) {
    if (is_lead(text[i])) ++cp;
  }
  return cp;
}

Result<std::size_t> OffsetMap::to_byte(std::string_view text, std::size_t code_point) const {
  if (code_point > code_points_) {
    return make_error(ErrorCode::invalid_offset,
                      "code point offset " + std::to_string(code_point) +
                          " is past the end of the text (" + std::to_string(code_points_) +
                          " code points)");
  }
  if (code_point == code_points_) return bytes_;
  std::size_t byte = checkpoints_[code_point / kStride];
  for (std::size_t left = code_point % kStride; left > 0; --left) {
    do { ++byte; } while (byte < bytes_ && !is_lead(text[byte]));
  }
  return byte;
}

}  // namespace newsmark
