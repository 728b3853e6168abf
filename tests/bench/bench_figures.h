// One machine-readable line per figure, beside each benchmark's own table:
//   figure<TAB>key<TAB>value<TAB>unit
// tools/bench_summary.mjs gathers them from one tools/bench.sh run into the summary table.
#pragma once

#include <cstdio>

namespace newsmark::bench {

#ifdef __EMSCRIPTEN__
inline constexpr const char* kPlatform = "wasm";
#else
inline constexpr const char* kPlatform = "native";
#endif

// `key` may hold one %s, filled with kPlatform ("engine.%s.tokenize").
inline void figure(const char* key, double value, const char* unit) {
  char k[160];
  std::snprintf(k, sizeof k, key, kPlatform);
  std::printf("figure\t%s\t%.6g\t%s\n", k, value, unit);
}

}  // namespace newsmark::bench
