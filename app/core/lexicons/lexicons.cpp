#include "core/lexicons/lexicons.h"

#include <algorithm>

namespace newsmark {
namespace {

// Gazetteer files in load order: later files override the canonical name of earlier phrases.
constexpr std::string_view kGazetteerFiles[] = {"countries.tsv", "subdivisions.tsv", "cities.tsv",
                                                "places.tsv", "groups.tsv", "organizations.tsv",
                                                "aliases.tsv"};

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

template <typename F>
Status for_each_line(const EmbeddedFile& file, F&& fn) {
  std::size_t pos = 0, line_no = 0;
  while (pos < file.data.size()) {
    std::size_t nl = file.data.find('\n', pos);
    if (nl == std::string_view::npos) nl = file.data.size();
    std::string_view line = file.data.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (Status s = fn(line, line_no); !s.ok()) return s;
  }
  return {};
}

Error bad_line(const EmbeddedFile& f, std::size_t line, std::string_view why) {
  return make_error(ErrorCode::parse_error,
                    "lexicon " + std::string(f.name) + " line " + std::to_string(line) + ": " + std::string(why));
}

}  // namespace

void Lexicons::PhraseTable::add(const std::vector<std::string>& tokens, GazetteerEntry entry,
                                bool (*replace)(const GazetteerEntry&, const GazetteerEntry&)) {
  if (tokens.empty()) return;
  std::string key;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) {
      phrases[key].continues = true;
      key.push_back(' ');
    }
    key += tokens[i];
  }
  Node& node = phrases[key];
  if (node.entry != kNoEntry) {
    if (replace == nullptr || replace(entries[node.entry], entry)) entries[node.entry] = std::move(entry);
  } else {
    node.entry = static_cast<std::uint32_t>(entries.size());
    entries.push_back(std::move(entry));
  }
  max_tokens = std::max(max_tokens, static_cast<std::uint32_t>(tokens.size()));
  const std::uint32_t b = filter_bit(tokens[0]);
  first_filter[b >> 6] |= std::uint64_t{1} << (b & 63);
}

Lexicons::Match Lexicons::PhraseTable::longest(std::string_view text, std::span<const Token> toks,
                                              std::size_t i, std::size_t end, bool fold_first) const {
  Match best;
  if (i >= end || !may_start(toks[i].text(text))) return best;
  thread_local std::string key;
  key.clear();
  for (std::size_t j = i; j < end && j - i < max_tokens; ++j) {
    if (j > i) key.push_back(' ');
    key.append(toks[j].text(text));
    if (j == i && fold_first && !key.empty() && key[0] >= 'a' && key[0] <= 'z') key[0] = static_cast<char>(key[0] - 32);
    const auto it = phrases.find(std::string_view(key));
    if (it == phrases.end()) break;
    if (it->second.entry != kNoEntry) {
      best.tokens = static_cast<std::uint32_t>(j - i + 1);
      best.entry = &entries[it->second.entry];
    }
    if (!it->second.continues) break;
  }
  return best;
}

std::vector<std::string> Lexicons::phrase_tokens(std::string_view phrase) const {
  std::vector<std::string> out;
  for (const Token& t : tokenize(phrase, abbreviation_test())) out.emplace_back(t.text(phrase));
  return out;
}

Status Lexicons::load_file(const EmbeddedFile& f) {
  if (f.name == "abbreviations.tsv") {
    return for_each_line(f, [&](std::string_view line, std::size_t n) -> Status {
      auto cols = split_tabs(line);
      if (cols.size() != 2) return bad_line(f, n, "expected: word<TAB>kind");
      abbreviations_[std::string(cols[0])] = std::string(cols[1]);
      return {};
    });
  }
  if (f.name == "first_names.txt") {
    return for_each_line(f, [&](std::string_view line, std::size_t n) -> Status {
      auto cols = split_tabs(line);
      if (cols.size() != 2 || (cols[1] != "f" && cols[1] != "m" && cols[1] != "u")) {
        return bad_line(f, n, "expected: name<TAB>f|m|u");
      }
      first_names_.emplace(cols[0], cols[1][0]);
      return {};
    });
  }
  if (f.name == "name_words.tsv") {
    Status st = for_each_line(f, [&](std::string_view line, std::size_t n) -> Status {
      auto cols = split_tabs(line);
      if (cols.size() != 2 || cols[0].empty() || cols[1].empty()) return bad_line(f, n, "expected: word<TAB>kinds");
      std::uint32_t bits = 0;
      for (const char k : cols[1]) {
        if (k < 'a' || k > 'z') return bad_line(f, n, "a kind is a letter a-z");
        bits |= std::uint32_t{1} << (k - 'a');
      }
      name_words_.push_back({static_cast<std::uint32_t>(name_word_text_.size()), static_cast<std::uint32_t>(cols[0].size()), bits});
      name_word_text_.append(cols[0]);
      return {};
    });
    if (!st.ok()) return st;
    const auto word = [&](const NameWord& w) { return std::string_view(name_word_text_).substr(w.offset, w.size); };
    std::sort(name_words_.begin(), name_words_.end(), [&](const NameWord& a, const NameWord& b) { return word(a) < word(b); });
    name_words_.shrink_to_fit();
    return {};
  }
  if (f.name == "attribution.tsv") {
    return for_each_line(f, [&](std::string_view line, std::size_t n) -> Status {
      auto cols = split_tabs(line);
      if (cols.size() < 2 || cols[0].empty()) return bad_line(f, n, "expected: phrase<TAB>kind[<TAB>detail[<TAB>reason]]");
      PhraseTable* table = nullptr;
      if (cols[1] == "cue") table = &cues_;
      else if (cols[1] == "anonymous" || cols[1] == "member" || cols[1] == "document" || cols[1] == "media") table = &source_words_;
      else if (cols[1] == "hedge") table = &hedges_;
      else return bad_line(f, n, "kind must be cue, anonymous, member, document, media or hedge");
      if ((cols[1] == "cue" || cols[1] == "hedge") && cols.size() < 3) return bad_line(f, n, "a cue or hedge needs its detail");
      if (cols[1] == "hedge" && cols.size() < 4) return bad_line(f, n, "a hedge needs the reason shown to the reader");
      auto toks = phrase_tokens(cols[0]);
      if (!toks.empty() && toks[0][0] >= 'a' && toks[0][0] <= 'z') toks[0][0] = static_cast<char>(toks[0][0] - 32);
      table->add(toks, GazetteerEntry{std::string(cols[1]), std::string(cols.size() > 2 ? cols[2] : std::string_view()),
                                      std::string(cols.size() > 3 ? cols[3] : std::string_view())});
      return {};
    });
  }
  if (f.name == "org_descriptors.txt" || f.name == "facility_words.txt") {
    StringSet& target = f.name == "org_descriptors.txt" ? org_descriptors_ : facility_words_;
    return for_each_line(f, [&](std::string_view line, std::size_t) -> Status {
      target.emplace(line);
      return {};
    });
  }
  if (f.name == "org_words.tsv") {
    return for_each_line(f, [&](std::string_view line, std::size_t n) -> Status {
      auto cols = split_tabs(line);
      if (cols.size() != 2) return bad_line(f, n, "expected: word<TAB>first|last|any");
      OrgWordPosition pos = cols[1] == "first" ? OrgWordPosition::first
                            : cols[1] == "last" ? OrgWordPosition::last
                            : cols[1] == "any"  ? OrgWordPosition::any
                                                : OrgWordPosition::none;
      if (pos == OrgWordPosition::none) return bad_line(f, n, "position must be first, last or any");
      org_words_[std::string(cols[0])] = pos;
      return {};
    });
  }
  if (f.name == "titles.tsv") {
    return for_each_line(f, [&](std::string_view line, std::size_t n) -> Status {
      auto cols = split_tabs(line);
      if (cols.size() != 2 || (cols[1] != "honorific" && cols[1] != "office" && cols[1] != "role")) {
        return bad_line(f, n, "expected: phrase<TAB>honorific|office|role");
      }
      // Stored with an upper-case first letter; matching folds the text's first letter the same way.
      auto toks = phrase_tokens(cols[0]);
      if (!toks.empty() && toks[0][0] >= 'a' && toks[0][0] <= 'z') toks[0][0] = static_cast<char>(toks[0][0] - 32);
      // "President" (office) and "president" (role) share a key: the office wins.
      titles_.add(toks, GazetteerEntry{std::string(cols[1]), std::string(cols[0]), {}},
                  [](const GazetteerEntry& old_entry, const GazetteerEntry& new_entry) {
                    return new_entry.label != "role" || old_entry.label == "role";
                  });
      return {};
    });
  }
  for (std::string_view g : kGazetteerFiles) {
    if (f.name != g) continue;
    return for_each_line(f, [&](std::string_view line, std::size_t n) -> Status {
      auto cols = split_tabs(line);
      if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) return bad_line(f, n, "expected: phrase<TAB>label[<TAB>canonical[<TAB>attrs]]");
      GazetteerEntry e{std::string(cols[1]), std::string(cols.size() > 2 && !cols[2].empty() ? cols[2] : cols[0]),
                       cols.size() > 3 ? std::string(cols[3]) : std::string()};
      names_.add(phrase_tokens(cols[0]), std::move(e));
      return {};
    });
  }
  if (f.name == "README.md") return {};
  return make_error(ErrorCode::invalid_argument, "unknown lexicon file '" + std::string(f.name) + "'");
}

Result<Lexicons> Lexicons::load(std::span<const EmbeddedFile> files) {
  Lexicons lex;
  // Abbreviations first: the tokenizer needs them to split the other files' phrases.
  std::vector<const EmbeddedFile*> order;
  for (const EmbeddedFile& f : files) {
    if (f.name == "abbreviations.tsv") order.insert(order.begin(), &f);
  }
  for (const EmbeddedFile& f : files) {
    if (f.name != "abbreviations.tsv" && std::find(std::begin(kGazetteerFiles), std::end(kGazetteerFiles), f.name) == std::end(kGazetteerFiles)) order.push_back(&f);
  }
  for (std::string_view g : kGazetteerFiles) {
    for (const EmbeddedFile& f : files) {
      if (f.name == g) order.push_back(&f);
    }
  }
  for (const EmbeddedFile* f : order) {
    if (Status s = lex.load_file(*f); !s.ok()) return s.error();
  }
  return lex;
}

std::uint32_t Lexicons::name_word_kinds(std::string_view lower_word) const {
  const std::string_view text(name_word_text_);
  auto it = std::lower_bound(name_words_.begin(), name_words_.end(), lower_word, [&](const NameWord& w, std::string_view x) {
    return text.substr(w.offset, w.size) < x;
  });
  return it != name_words_.end() && text.substr(it->offset, it->size) == lower_word ? it->kinds : 0;
}

Result<Lexicons> Lexicons::load_builtin() { return load(embedded_lexicon_files()); }

bool Lexicons::is_abbreviation(std::string_view word) const { return abbreviations_.find(word) != abbreviations_.end(); }

bool Lexicons::continues_sentence(std::string_view abbreviation) const {
  if (!abbreviation.empty() && abbreviation.back() == '.') abbreviation.remove_suffix(1);
  auto it = abbreviations_.find(abbreviation);
  if (it == abbreviations_.end()) return false;  // U.S., N.V. ... may end a sentence
  return it->second != "company";
}

OrgWordPosition Lexicons::org_word(std::string_view word) const {
  auto it = org_words_.find(word);
  return it == org_words_.end() ? OrgWordPosition::none : it->second;
}

Lexicons::Match Lexicons::match_name(std::string_view text, std::span<const Token> tokens, std::size_t i,
                                     std::size_t end) const {
  return names_.longest(text, tokens, i, end, false);
}

Lexicons::Match Lexicons::match_title(std::string_view text, std::span<const Token> tokens, std::size_t i,
                                      std::size_t end) const {
  return titles_.longest(text, tokens, i, end, true);
}

}  // namespace newsmark
