#include "core/names/name_consistency.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

#include "core/names/name_words.h"
#include "core/text/word_hash.h"

namespace newsmark {
namespace {

using Votes = std::map<std::string_view, int>;  // label -> count

std::string_view winner(const Votes& v) {
  std::string_view best;
  int n = 0;
  for (const auto& [label, count] : v) {
    if (count > n) { best = label; n = count; }
  }
  return best;
}

// "General Motors" -> "GM"; empty unless every word starts with a capital.
std::string initials(std::string_view text, std::span<const Token> toks, std::size_t first, std::size_t end) {
  std::string out;
  for (std::size_t k = first; k < end; ++k) {
    const std::string_view w = toks[k].text(text);
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return {};
    out.push_back(w[0]);
  }
  return out;
}

}  // namespace

std::vector<NameMention> make_names_consistent(std::string_view text, std::span<const Token> toks,
                                               std::span<const Sentence> sentences, std::vector<NameMention> mentions) {
  // What each one-word name is, from the mentions: whole one-word mentions vote for their own
  // type, a person's last word and an organisation's first word and initials vote for theirs.
  std::unordered_map<std::string_view, Votes, WordHash> whole, part;
  std::vector<std::string> initial_store;
  initial_store.reserve(mentions.size());
  for (const NameMention& m : mentions) {
    if (m.end - m.first == 1) {
      ++whole[toks[m.first].text(text)][m.label];
      continue;
    }
    if (m.label == "PERSON") ++part[toks[m.end - 1].text(text)][m.label];
    if (m.label == "ORG") {
      ++part[toks[m.first].text(text)][m.label];
      std::string ini = initials(text, toks, m.first, m.end);
      if (ini.size() >= 2) {
        initial_store.push_back(std::move(ini));
        ++part[initial_store.back()][m.label];
      }
    }
  }
  const auto type_of = [&](std::string_view w) -> std::string_view {
    if (auto it = whole.find(w); it != whole.end()) return winner(it->second);
    if (auto it = part.find(w); it != part.end()) return winner(it->second);
    return {};
  };
  // Relabel one-word people and organisations by the full names they shorten (a place or a
  // group keeps its type: "Singapore" stays a place beside "Singapore Airlines").
  for (NameMention& m : mentions) {
    if (m.end - m.first != 1 || (m.label != "PERSON" && m.label != "ORG")) continue;
    if (auto it = part.find(toks[m.first].text(text)); it != part.end()) {
      const std::string_view label = winner(it->second);
      if (!label.empty() && label != m.label) {
        m.label = label;  // views a type name with static storage, like every label
        m.canonical = {};
        m.canonical_owned.clear();
      }
    }
  }
  // Complete: the same capitalised word left out elsewhere.
  std::vector<bool> covered(toks.size(), false);
  for (const NameMention& m : mentions) {
    for (std::size_t k = m.first; k < m.end && k < toks.size(); ++k) covered[k] = true;
  }
  std::vector<NameMention> added;
  for (const Sentence& s : sentences) {
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      if (covered[i] || !name_words::is_capital_word(toks[i])) continue;
      const std::string_view w = toks[i].text(text);
      if (name_words::is_function_word(w) || name_words::is_calendar_word(w)) continue;
      // Only a word on its own: not part of a longer capitalised run the tagger left out.
      const bool run_before = i > s.first_token && name_words::is_capital_word(toks[i - 1]) && i - 1 != s.first_token;
      const bool run_after = i + 1 < s.end_token && name_words::is_capital_word(toks[i + 1]);
      if (run_before || run_after) continue;
      const std::string_view label = type_of(w);
      if (label.empty()) continue;
      NameMention m;
      m.first = static_cast<std::uint32_t>(i);
      m.end = static_cast<std::uint32_t>(i + 1);
      m.span = ByteSpan{toks[i].begin, toks[i].end};
      m.label = label;
      m.rule = "model";
      m.reason = "the same name elsewhere in the article";
      m.confidence = 0.55f;
      added.push_back(std::move(m));
    }
  }
  if (!added.empty()) {
    mentions.insert(mentions.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    std::sort(mentions.begin(), mentions.end(), [](const NameMention& a, const NameMention& b) { return a.first < b.first; });
  }
  return mentions;
}

}  // namespace newsmark
