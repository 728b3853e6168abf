#include "core/eval/scoring.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace newsmark {

Counts& Counts::operator+=(const Counts& o) {
  gold += o.gold;
  predicted += o.predicted;
  strict_tp += o.strict_tp;
  relaxed_tp += o.relaxed_tp;
  value_tp += o.value_tp;
  return *this;
}

Prf prf(std::uint64_t tp, std::uint64_t predicted, std::uint64_t gold) {
  Prf r;
  r.precision = predicted ? static_cast<double>(tp) / static_cast<double>(predicted) : 0.0;
  r.recall = gold ? static_cast<double>(tp) / static_cast<double>(gold) : 0.0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  return r;
}

void Scoreboard::add(const std::vector<ScoredSpan>& gold, const std::vector<ScoredSpan>& predicted) {
  std::set<std::string> types;
  for (const auto& g : gold) types.insert(g.type);
  for (const auto& p : predicted) types.insert(p.type);
  for (const std::string& type : types) {
    std::vector<const ScoredSpan*> g, p;
    for (const auto& s : gold) if (s.type == type) g.push_back(&s);
    for (const auto& s : predicted) if (s.type == type) p.push_back(&s);
    Counts& c = by_type_[type];
    c.gold += g.size();
    c.predicted += p.size();
    // Strict: exact spans, each gold span used once (duplicates in gold are distinct spans).
    std::multiset<std::pair<std::uint32_t, std::uint32_t>> gold_exact;
    for (const auto* s : g) gold_exact.insert({s->start, s->end});
    for (const auto* s : p) {
      auto it = gold_exact.find({s->start, s->end});
      if (it != gold_exact.end()) {
        ++c.strict_tp;
        gold_exact.erase(it);
      }
    }
    // Relaxed: one-to-one pairs by largest overlap first.
    std::vector<std::tuple<std::uint32_t, std::size_t, std::size_t>> pairs;  // overlap, gi, pi
    for (std::size_t gi = 0; gi < g.size(); ++gi) {
      for (std::size_t pi = 0; pi < p.size(); ++pi) {
        const std::uint32_t lo = std::max(g[gi]->start, p[pi]->start);
        const std::uint32_t hi = std::min(g[gi]->end, p[pi]->end);
        if (hi > lo) pairs.emplace_back(hi - lo, gi, pi);
      }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
      if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
      if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
      return std::get<2>(a) < std::get<2>(b);
    });
    std::vector<bool> g_used(g.size()), p_used(p.size());
    for (const auto& [overlap, gi, pi] : pairs) {
      if (g_used[gi] || p_used[pi]) continue;
      g_used[gi] = p_used[pi] = true;
      ++c.relaxed_tp;
      if (!g[gi]->value.empty() && g[gi]->value == p[pi]->value) ++c.value_tp;
    }
  }
}

Counts Scoreboard::total(const std::vector<std::string>& types) const {
  Counts c;
  for (const std::string& t : types) {
    if (auto it = by_type_.find(t); it != by_type_.end()) c += it->second;
  }
  return c;
}

}  // namespace newsmark
