// CRC-32 (IEEE 802.3, the one zip and PNG use) of a byte range: the checksum that binary
// assets (the name model) carry so a damaged file is told apart from a valid one.
#pragma once

#include <cstdint>
#include <span>

namespace newsmark {

std::uint32_t crc32(std::span<const unsigned char> bytes);

}  // namespace newsmark
