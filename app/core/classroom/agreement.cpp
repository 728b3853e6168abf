#include "core/classroom/agreement.h"

#include <algorithm>

namespace newsmark {

std::optional<double> fleiss_kappa(const std::vector<std::vector<std::uint32_t>>& counts) {
  if (counts.empty() || counts[0].empty()) return std::nullopt;
  const std::size_t categories = counts[0].size();
  std::uint64_t n = 0;
  for (std::uint32_t c : counts[0]) n += c;
  if (n < 2) return std::nullopt;
  const double units = static_cast<double>(counts.size());
  const double raters = static_cast<double>(n);
  std::vector<double> in_category(categories, 0.0);
  double observed = 0;  // mean over units of the share of rater pairs that agree
  for (const auto& row : counts) {
    if (row.size() != categories) return std::nullopt;
    std::uint64_t sum = 0, squares = 0;
    for (std::size_t j = 0; j < categories; ++j) {
      sum += row[j];
      squares += static_cast<std::uint64_t>(row[j]) * row[j];
      in_category[j] += row[j];
    }
    if (sum != n) return std::nullopt;
    observed += (static_cast<double>(squares) - raters) / (raters * (raters - 1));
  }
  observed /= units;
  double chance = 0;
  for (double c : in_category) {
    const double p = c / (units * raters);
    chance += p * p;
  }
  if (chance >= 1.0 - 1e-12) return std::nullopt;
  return (observed - chance) / (1.0 - chance);
}

std::vector<LabelAgreement> token_agreement(const std::vector<ByteSpan>& tokens,
                                            const std::vector<std::vector<Annotation>>& raters,
                                            const std::vector<std::string>& labels) {
  std::vector<LabelAgreement> out;
  for (const std::string& label : labels) {
    LabelAgreement row;
    row.label = label;
    row.raters = raters.size();
    row.units = tokens.size();
    // in[i]: how many raters put token i in the label. Each rater's spans, sorted, are swept
    // along the tokens (both in text order) so the cost stays linear.
    std::vector<std::uint32_t> in(tokens.size(), 0);
    for (const auto& spans_of_rater : raters) {
      std::vector<ByteSpan> spans;
      for (const Annotation& a : spans_of_rater) {
        if (a.label == label) spans.push_back(a.span);
      }
      std::sort(spans.begin(), spans.end(), [](ByteSpan x, ByteSpan y) { return x.begin < y.begin; });
      std::vector<char> marked(tokens.size(), 0);
      std::size_t first = 0;  // first token that may still overlap a later span
      for (const ByteSpan& s : spans) {
        while (first < tokens.size() && tokens[first].end <= s.begin) ++first;
        for (std::size_t i = first; i < tokens.size() && tokens[i].begin < s.end; ++i) {
          if (tokens[i].overlaps(s)) marked[i] = 1;
        }
      }
      for (std::size_t i = 0; i < tokens.size(); ++i) in[i] += marked[i] ? 1 : 0;
    }
    std::vector<std::vector<std::uint32_t>> table(tokens.size(), std::vector<std::uint32_t>(2));
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      table[i][0] = in[i];
      table[i][1] = static_cast<std::uint32_t>(raters.size()) - in[i];
      row.units_marked += in[i] > 0 ? 1 : 0;
    }
    row.kappa = fleiss_kappa(table);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace newsmark
