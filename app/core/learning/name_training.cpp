#include "core/learning/name_training.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unordered_map>

#include "core/names/name_decoder.h"
#include "core/names/name_features.h"
#include "core/segmentation/sentences.h"

namespace newsmark {
namespace {

using namespace name_tags;

bool contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

TagMask type_mask(int type) {
  TagMask m = 0;
  for (const Part p : {Part::begin, Part::inside, Part::last, Part::unit}) m |= TagMask{1} << tag(type, p);
  return m;
}

// One sentence ready for training: the features of its candidate tokens, what the model may
// choose (`allowed`) and what the corpus allows as gold (`gold`).
struct PreparedSentence {
  std::vector<std::uint32_t> feature_start;  // per token, into `features`; one more at the end
  std::vector<std::uint32_t> features;
  std::vector<TagMask> allowed;
  std::vector<TagMask> gold;
};

struct PreparedDoc {
  std::vector<PreparedSentence> sentences;
};

// The gold masks of a document's tokens: inside a span, its type (GPE or LOC where the corpus
// says LOC for both) at the span's BILOU position; outside, O or any type the corpus does not
// mark throughout. MISC spans are not names in Newsmark: O. An unmarked type is let free only
// on words the gazetteer gives that type ("American" in a corpus without NORP): free on every
// capitalised word, the type would never be corrected and would spread.
std::vector<TagMask> gold_masks(const TrainingDoc& doc, std::span<const Token> toks, const NameFeatures& features) {
  const bool splits_places = contains(doc.annotated_types, "GPE");
  TagMask outside = kOnlyOutside;
  for (int t = 0; t < kTypes; ++t) {
    const std::string_view name = kTypeNames[t];
    const bool marked = contains(doc.annotated_types, name) || (name == "GPE" && contains(doc.annotated_types, "LOC"));
    if (!marked || contains(doc.partial_types, name)) outside |= type_mask(t);
  }
  std::vector<TagMask> masks(toks.size(), kOnlyOutside);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const int g = features.gazetteer_type(i);
    if (g >= 0) masks[i] |= outside & type_mask(g);
  }
  std::size_t k = 0;
  for (const TrainingSpan& s : doc.spans) {
    while (k < toks.size() && toks[k].end <= s.begin) ++k;
    std::size_t end = k;
    while (end < toks.size() && toks[end].begin < s.end) ++end;
    if (end == k) continue;
    std::vector<int> types;
    if (s.type == "LOC" && !splits_places) types = {type_index("GPE"), type_index("LOC")};
    else if (const int t = type_index(s.type); t >= 0) types = {t};
    for (std::size_t i = k; i < end; ++i) {
      TagMask m = 0;
      const Part part = end - k == 1 ? Part::unit : i == k ? Part::begin : i + 1 == end ? Part::last : Part::inside;
      for (const int t : types) m |= TagMask{1} << tag(t, part);
      masks[i] = types.empty() ? kOnlyOutside : m;
    }
  }
  return masks;
}

struct Workspace {
  std::vector<float> emissions, scratch;
  std::vector<int> predicted, gold, back;
  std::vector<TagMask> gold_allowed;
};

class Perceptron {
 public:
  void score(const PreparedSentence& s, std::vector<float>& emissions) const {
    const std::size_t n = s.allowed.size();
    emissions.assign(n * kTags, 0.0f);
    for (std::size_t k = 0; k < n; ++k) {
      for (std::uint32_t f = s.feature_start[k]; f < s.feature_start[k + 1]; ++f) {
        auto it = index_.find(s.features[f]);
        if (it == index_.end()) continue;
        const float* w = &w_[it->second * kTags];
        for (int t = 0; t < kTags; ++t) emissions[k * kTags + t] += w[t];
      }
    }
  }
  // One more sentence seen: the average counts every sentence, updated or not.
  void tick() { ++time_; }
  // Moves the weights towards `gold` and away from `predicted`.
  void update(const PreparedSentence& s, const std::vector<int>& gold, const std::vector<int>& predicted) {
    for (std::size_t k = 0; k < gold.size(); ++k) {
      if (gold[k] != predicted[k]) {
        for (std::uint32_t f = s.feature_start[k]; f < s.feature_start[k + 1]; ++f) {
          const std::size_t r = row(s.features[f]);
          add(r * kTags + static_cast<std::size_t>(gold[k]), 1.0f);
          add(r * kTags + static_cast<std::size_t>(predicted[k]), -1.0f);
        }
      }
      const int gp = k == 0 ? -1 : gold[k - 1], pp = k == 0 ? -1 : predicted[k - 1];
      if (gp == pp && gold[k] == predicted[k]) continue;
      if (gp >= 0) add_transition(static_cast<std::size_t>(gp * kTags + gold[k]), 1.0f);
      if (pp >= 0) add_transition(static_cast<std::size_t>(pp * kTags + predicted[k]), -1.0f);
    }
  }
  const std::array<float, kTags * kTags>& transitions() const { return t_; }
  // The averaged weights (w - u / time), as training leaves them.
  NameWeights averaged() const {
    NameWeights out;
    out.keys.reserve(index_.size());
    out.rows.reserve(index_.size() * kTags);
    std::vector<std::pair<std::uint32_t, std::size_t>> rows(index_.begin(), index_.end());
    std::sort(rows.begin(), rows.end());
    const float c = static_cast<float>(std::max<std::uint64_t>(time_, 1));
    for (const auto& [key, r] : rows) {
      out.keys.push_back(key);
      for (int t = 0; t < kTags; ++t) out.rows.push_back(w_[r * kTags + t] - u_[r * kTags + t] / c);
    }
    for (std::size_t k = 0; k < t_.size(); ++k) out.transitions[k] = t_[k] - tu_[k] / c;
    return out;
  }
  // The weights as they would be averaged now: scoring the held-out fold between epochs.
  NameModel snapshot(std::size_t max_features, float min_weight) const {
    return NameModel::quantise(averaged(), max_features, min_weight);
  }

 private:
  std::size_t row(std::uint32_t key) {
    auto [it, fresh] = index_.try_emplace(key, index_.size());
    if (fresh) {
      w_.resize(w_.size() + kTags, 0.0f);
      u_.resize(u_.size() + kTags, 0.0f);
    }
    return it->second;
  }
  void add(std::size_t at, float d) {
    w_[at] += d;
    u_[at] += static_cast<float>(time_) * d;
  }
  void add_transition(std::size_t at, float d) {
    t_[at] += d;
    tu_[at] += static_cast<float>(time_) * d;
  }

  std::unordered_map<std::uint32_t, std::size_t> index_;
  std::vector<float> w_, u_;
  std::array<float, kTags * kTags> t_{}, tu_{};
  std::uint64_t time_ = 0;
};

void add_scores(const TrainingDoc& doc, std::span<const NameMention> found, Scoreboard& board) {
  std::vector<ScoredSpan> gold, predicted;
  const auto scored = [&](std::string_view type) {
    if (type == "GPE" || type == "LOC") return contains(doc.annotated_types, "LOC") || contains(doc.annotated_types, "GPE");
    return contains(doc.annotated_types, type) && !contains(doc.partial_types, type);
  };
  const auto cls = [](std::string_view type) { return std::string(type == "GPE" ? "LOC" : type); };
  for (const TrainingSpan& s : doc.spans) {
    if (type_index(s.type) >= 0 && scored(s.type)) gold.push_back({s.begin, s.end, cls(s.type), {}});
  }
  for (const NameMention& m : found) {
    if (scored(m.label)) predicted.push_back({m.span.begin, m.span.end, cls(m.label), {}});
  }
  board.add(gold, predicted);
}

}  // namespace

bool in_heldout_fold(std::string_view corpus, std::string_view id) {
  // FNV-1a in 64 bits on every platform (WordHash is size_t: 32 bits in wasm), so a document
  // is held out or not wherever the trainer runs.
  std::uint64_t h = 1469598103934665603ull;
  const auto add = [&](std::string_view s) {
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  };
  add(corpus);
  add("/");
  add(id);
  return (h ^ (h >> 32)) % 10 == 3;
}

CorpusScores score_heldout(std::span<const TrainingDoc> docs, const Lexicons& lex, const NameModel& model,
                           NameStrategy strategy) {
  CorpusScores out;
  for (const TrainingDoc& doc : docs) {
    if (!doc.heldout) continue;
    const std::vector<Token> toks = tokenize(doc.text, lex.abbreviation_test());
    const std::vector<Sentence> sents = split_sentences(doc.text, toks, Lexicons::continues_sentence_of, &lex);
    const std::vector<NameMention> rules = find_names(doc.text, toks, sents, lex);
    const std::vector<NameMention> found = tag_names(doc.text, toks, sents, lex, model, rules, strategy);
    add_scores(doc, found, out[doc.corpus]);
  }
  return out;
}

TrainingResult train_name_model(std::span<const TrainingDoc> docs, const Lexicons& lex, const TrainingOptions& options) {
  const auto log = [&](const std::string& line) {
    if (options.log) options.log(line);
  };
  const auto started = std::chrono::steady_clock::now();
  const auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  std::vector<PreparedDoc> prepared;
  std::size_t unreachable = 0;
  for (const TrainingDoc& doc : docs) {
    if (doc.heldout) continue;
    const std::vector<Token> toks = tokenize(doc.text, lex.abbreviation_test());
    const std::vector<Sentence> sents = split_sentences(doc.text, toks, Lexicons::continues_sentence_of, &lex);
    const std::vector<NameMention> rules = find_names(doc.text, toks, sents, lex);
    const NameFeatures features(doc.text, toks, lex, rules);
    const std::vector<TagMask> gold = gold_masks(doc, toks, features);
    PreparedDoc pd;
    for (const Sentence& s : sents) {
      PreparedSentence ps;
      bool interesting = false, reachable = true;
      for (std::size_t i = s.first_token; i < s.end_token; ++i) {
        ps.feature_start.push_back(static_cast<std::uint32_t>(ps.features.size()));
        const TagMask allowed = features.allowed(i);
        reachable = reachable && (allowed & gold[i]) != 0;
        ps.allowed.push_back(allowed);
        ps.gold.push_back(gold[i]);
        if (allowed != kOnlyOutside) {
          features.hashes(i, s, ps.features);
          interesting = true;
        }
      }
      ps.feature_start.push_back(static_cast<std::uint32_t>(ps.features.size()));
      // A name the tagger cannot reach (on a lower-case word, or cut inside a token) would pull
      // at the weights every epoch without ever being learned: such sentences are left out.
      if (!reachable) ++unreachable;
      else if (interesting) pd.sentences.push_back(std::move(ps));
    }
    prepared.push_back(std::move(pd));
  }
  char line[256];
  std::snprintf(line, sizeof line, "prepared %zu training documents in %.1f s (%zu sentences left out: a name on a lower-case word)",
                prepared.size(), seconds(), unreachable);
  log(line);

  Perceptron p;
  Workspace ws;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::size_t mistakes = 0, sentences = 0;
    for (const PreparedDoc& doc : prepared) {
      for (const PreparedSentence& s : doc.sentences) {
        ++sentences;
        p.tick();
        p.score(s, ws.emissions);
        const std::span<const float> trans(p.transitions().data(), p.transitions().size());
        best_tags(TagLattice{ws.emissions, trans, s.allowed}, ws.predicted, ws.scratch, ws.back);
        // The gold path: the best sequence the corpus allows.
        ws.gold_allowed.resize(s.gold.size());
        bool same = true;
        for (std::size_t k = 0; k < s.gold.size(); ++k) {
          ws.gold_allowed[k] = s.gold[k] & s.allowed[k];
          same = same && allows(ws.gold_allowed[k], ws.predicted[k]);
        }
        if (same) continue;  // the prediction is one the corpus allows
        best_tags(TagLattice{ws.emissions, trans, ws.gold_allowed}, ws.gold, ws.scratch, ws.back);
        bool feasible = true;  // spans that share a token can leave no legal gold sequence
        for (std::size_t k = 0; k < s.gold.size(); ++k) feasible = feasible && allows(ws.gold_allowed[k], ws.gold[k]);
        if (!feasible || ws.gold == ws.predicted) continue;
        ++mistakes;
        p.update(s, ws.gold, ws.predicted);
      }
    }
    std::snprintf(line, sizeof line, "epoch %d: %zu of %zu sentences corrected, %.1f s", epoch, mistakes, sentences, seconds());
    log(line);
  }
  TrainingResult result;
  result.model = p.snapshot(options.max_features, options.min_weight);
  result.heldout = score_heldout(docs, lex, result.model, NameStrategy::model);
  std::snprintf(line, sizeof line, "kept %zu features; held-out fold scored in %.1f s", result.model.features(), seconds());
  log(line);
  return result;
}

}  // namespace newsmark
