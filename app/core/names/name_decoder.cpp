#include "core/names/name_decoder.h"

#include <limits>

namespace newsmark {

using namespace name_tags;

void best_tags(const TagLattice& lattice, std::vector<int>& out, std::vector<float>& score,
               std::vector<int>& back) {
  const std::size_t n = lattice.allowed.size();
  out.assign(n, 0);
  if (n == 0) return;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  score.assign(n * kTags, kNone);
  back.assign(n * kTags, -1);
  for (int y = 0; y < kTags; ++y) {
    if (allows(lattice.allowed[0], y) && can_follow(-1, y)) score[y] = lattice.emissions[y];
  }
  int active[kTags];  // the tags the previous token can hold (few: one for a lower-case word)
  for (std::size_t i = 1; i < n; ++i) {
    const float* prev = &score[(i - 1) * kTags];
    float* cur = &score[i * kTags];
    const float* em = &lattice.emissions[i * kTags];
    int n_active = 0;
    for (int p = 0; p < kTags; ++p) {
      if (prev[p] != kNone) active[n_active++] = p;
    }
    for (int y = 0; y < kTags; ++y) {
      if (!allows(lattice.allowed[i], y)) continue;
      float best = kNone;
      int arg = -1;
      for (int a = 0; a < n_active; ++a) {
        const int p = active[a];
        if (!can_follow(p, y)) continue;
        const float s = prev[p] + lattice.transitions[p * kTags + y];
        if (s > best) { best = s; arg = p; }
      }
      if (arg < 0) continue;
      cur[y] = best + em[y];
      back[i * kTags + y] = arg;
    }
  }
  const float* last = &score[(n - 1) * kTags];
  float best = kNone;
  int arg = -1;
  for (int y = 0; y < kTags; ++y) {
    if (last[y] != kNone && can_end(y) && last[y] > best) { best = last[y]; arg = y; }
  }
  if (arg < 0) return;  // no legal path: all O
  for (std::size_t i = n; i-- > 0;) {
    out[i] = arg;
    arg = back[i * kTags + arg];
  }
}

}  // namespace newsmark
