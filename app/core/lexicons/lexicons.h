// The engine's word lists, loaded once from the files in assets/lexicons (embedded in the
// binary) and shared read-only by every analysis: abbreviations, a gazetteer of places,
// organisations and groups (phrase -> label and canonical name), person titles and roles,
// organisation words, and first names.
//
// Phrases are matched as token sequences (tokenized with the same tokenizer as the text), so
// "U.S." or "People's Republic of China" match however they are spaced.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/lexicons/lexicon_data.h"
#include "core/model/result.h"
#include "core/segmentation/tokenizer.h"
#include "core/text/word_hash.h"

namespace newsmark {

struct GazetteerEntry {
  std::string label;      // PERSON, ORG, GPE, LOC, NORP ... or a title kind
  std::string canonical;  // the name entities are grouped under
  std::string attrs;      // "country=US;subdivision=US-AL"
};

enum class TitleKind : std::uint8_t { none, honorific, office, role };
enum class OrgWordPosition : std::uint8_t { none, first, last, any };

class Lexicons {
 public:
  // Loads the given files (name, content). Unknown file names are an error, so a typo in the
  // build cannot silently drop a lexicon; bad lines are reported with file and line number.
  static Result<Lexicons> load(std::span<const EmbeddedFile> files);
  // The lexicons linked into this binary.
  static Result<Lexicons> load_builtin();

  bool is_abbreviation(std::string_view word_without_period) const;
  // "Sen." / "Jan." continue a sentence; "Inc." / "U.S." may end one.
  bool continues_sentence(std::string_view abbreviation_with_period) const;
  // The same as a function split_sentences() takes, with the Lexicons as its context.
  static bool continues_sentence_of(std::string_view abbreviation_with_period, const void* lexicons) {
    return static_cast<const Lexicons*>(lexicons)->continues_sentence(abbreviation_with_period);
  }
  bool is_first_name(std::string_view word) const { return first_names_.find(word) != first_names_.end(); }
  // 'f', 'm', 'u' (both lists have it) or 0 when `word` is not a known first name.
  char first_name_gender(std::string_view word) const {
    auto it = first_names_.find(word);
    return it == first_names_.end() ? '\0' : it->second;
  }
  OrgWordPosition org_word(std::string_view word) const;
  // The kinds of known name a lower-case word occurs in (name_words.tsv), one bit per kind letter
  // ('a' = bit 0): 'g' given name, 's' surname, 'c' city, 'o' company ... 0 when none.
  std::uint32_t name_word_kinds(std::string_view lower_word) const;
  // "airline", "maker", "parent": nouns that describe an organisation before its name.
  bool is_org_descriptor(std::string_view word) const { return org_descriptors_.find(word) != org_descriptors_.end(); }
  // "Airport", "Factory", "Stadium": the last word of a built place's name.
  bool is_facility_word(std::string_view word) const { return facility_words_.find(word) != facility_words_.end(); }

  struct Match {
    std::uint32_t tokens = 0;  // 0: no match
    const GazetteerEntry* entry = nullptr;
  };
  // Longest gazetteer phrase starting at tokens[i] (not past `end`).
  Match match_name(std::string_view text, std::span<const Token> tokens, std::size_t i, std::size_t end) const;
  // Longest title or role starting at tokens[i]; the first letter's case is ignored.
  Match match_title(std::string_view text, std::span<const Token> tokens, std::size_t i, std::size_t end) const;
  // The attribution lexicon (attribution.tsv), first letter's case ignored. The entry's label
  // is its kind and `canonical` its detail:
  //   cues: "said", "according to" (detail speech | writing | thought | source-after);
  //   source words: kind anonymous | member | document | media ("officials", "spokesperson",
  //   "report", "Journal");
  //   hedges: detail modal | distance | vague, `attrs` the reason shown to the reader.
  Match match_cue(std::string_view text, std::span<const Token> tokens, std::size_t i, std::size_t end) const {
    return cues_.longest(text, tokens, i, end, true);
  }
  Match match_source_word(std::string_view text, std::span<const Token> tokens, std::size_t i, std::size_t end) const {
    return source_words_.longest(text, tokens, i, end, true);
  }
  Match match_hedge(std::string_view text, std::span<const Token> tokens, std::size_t i, std::size_t end) const {
    return hedges_.longest(text, tokens, i, end, true);
  }

  AbbreviationTest abbreviation_test() const {
    return [this](std::string_view w) { return is_abbreviation(w); };
  }

 private:
  using Hash = WordHash;
  using StringMap = std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>;
  using StringSet = std::unordered_set<std::string, Hash, std::equal_to<>>;

  struct PhraseTable {
    std::vector<GazetteerEntry> entries;
    // "token token token" -> node: the entry the phrase names (kNoEntry when it is only the
    // start of longer phrases) and whether longer phrases continue it. One lookup per token.
    static constexpr std::uint32_t kNoEntry = ~std::uint32_t{0};
    struct Node {
      std::uint32_t entry = kNoEntry;
      bool continues = false;
    };
    std::unordered_map<std::string, Node, Hash, std::equal_to<>> phrases;
    std::uint32_t max_tokens = 0;
    // Which (length, first two letters) triples start a phrase: most tokens are turned away by
    // one bit test instead of a hash lookup. Letters are folded (bit 5 ignored).
    std::uint64_t first_filter[512] = {};
    static std::uint32_t filter_bit(std::string_view w) {
      const auto c0 = static_cast<std::uint32_t>(w.empty() ? 0 : static_cast<unsigned char>(w[0]) & 31u);
      const auto c1 = static_cast<std::uint32_t>(w.size() < 2 ? 0 : static_cast<unsigned char>(w[1]) & 31u);
      return (static_cast<std::uint32_t>(std::min<std::size_t>(w.size(), 31)) << 10) | (c0 << 5) | c1;
    }
    bool may_start(std::string_view w) const {
      const std::uint32_t b = filter_bit(w);
      return (first_filter[b >> 6] >> (b & 63)) & 1u;
    }
    // Adds a phrase; an existing phrase is replaced when `replace` says so (later files win).
    void add(const std::vector<std::string>& tokens, GazetteerEntry entry,
             bool (*replace)(const GazetteerEntry& old_entry, const GazetteerEntry& new_entry) = nullptr);
    Match longest(std::string_view text, std::span<const Token> toks, std::size_t i, std::size_t end,
                  bool fold_first) const;
  };

  Status load_file(const EmbeddedFile& file);
  std::vector<std::string> phrase_tokens(std::string_view phrase) const;

  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> abbreviations_;  // word -> kind
  std::unordered_map<std::string, OrgWordPosition, Hash, std::equal_to<>> org_words_;
  std::unordered_map<std::string, char, Hash, std::equal_to<>> first_names_;  // name -> f | m | u
  // name_words.tsv, kept compact (the page and the analysis worker each hold it): the words in
  // one buffer, an index sorted by word for a binary search.
  struct NameWord {
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
    std::uint32_t kinds = 0;
  };
  std::string name_word_text_;
  std::vector<NameWord> name_words_;
  StringSet org_descriptors_;
  StringSet facility_words_;
  PhraseTable names_;
  PhraseTable titles_;
  PhraseTable cues_;
  PhraseTable source_words_;
  PhraseTable hedges_;
};

}  // namespace newsmark
