// Generates news-like English text for benchmarks: datelines, quotes with speakers, titles,
// organisations, places, money, percentages, counts and dates, from sentence templates written
// for the project and a seeded generator, so every run (native or wasm) sees the same text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace newsmark::bench {

// About `bytes` bytes of text (whole paragraphs; at least one article).
std::string generate_news(std::size_t bytes, std::uint64_t seed = 42);

}  // namespace newsmark::bench
