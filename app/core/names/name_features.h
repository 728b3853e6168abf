// The features of the trained name tagger (name_model.h) for each token of a document: the
// word and its lower case, shape, prefix and suffix, capitalisation and position in the sentence
// and the line, the words and shapes around it (±2), what the lexicons know (gazetteer type and
// position, first name, title or role before it, organisation word, function or calendar word,
// a verb of saying after it, a place preposition before it), what the rule stage decided
// (names.h: its label, position and rule), and document evidence (the rules' label for the
// same word elsewhere, the word seen in lower case elsewhere, a line in all capitals).
//
// A feature is a template name and a value ("w-1", "said"); the model keys it by a 32-bit hash
// of both. The same visitor gives the hashes (tagging, training) and the readable names (the
// reason shown with a suggestion), so the two cannot differ.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicons/lexicons.h"
#include "core/names/name_labels.h"
#include "core/names/names.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

// The hash of a feature, as the model stores it (never 0: 0 marks an empty slot). A feature
// of two values ("w-1|sh": the word before and this word's shape) hashes both.
std::uint32_t feature_hash(std::string_view templ, std::string_view value, std::string_view second = {});

// A list of feature names as the tagger gives them with a suggestion ("w-1=senator, fn, gaz=GPE-U")
// in words a reader follows ("“senator” before it; a known first name; in the list of places").
std::string describe_name_features(std::string_view features);

class NameFeatures {
 public:
  // `rules` are the rule stage's mentions for the same tokens (sorted, as find_names gives them).
  NameFeatures(std::string_view text, std::span<const Token> tokens, const Lexicons& lex,
               std::span<const NameMention> rules);

  // The tags token i may take: none but O for lower-case words, O or inside a name for
  // connectors ("of", "de", "&"), any for words with a capital letter.
  name_tags::TagMask allowed(std::size_t i) const { return info_[i].allowed; }
  // The type of the gazetteer phrase token i is part of (name_tags::type_index), or -1.
  int gazetteer_type(std::size_t i) const;

  // Appends the hashes of token i's features (i within `sentence`).
  void hashes(std::size_t i, const Sentence& sentence, std::vector<std::uint32_t>& out) const;
  // The features of token i as "template=value" strings, in the same order as hashes().
  std::vector<std::string> names(std::size_t i, const Sentence& sentence) const;
  // Only the names of the features at the given positions of that order (the reasons shown
  // with a suggestion), without building the others.
  std::vector<std::string> names(std::size_t i, const Sentence& sentence, std::span<const std::size_t> which) const;

 private:
  // Kept small (the tagger reads every token of long articles): words live in one buffer,
  // labels are codes. Type-and-part codes: 0 none, else 1 + 4 * type + part (B I L U).
  struct TokenInfo {
    std::uint32_t lower = 0;       // offset of the lower-case word in strings_
    std::uint32_t shape = 0;       // offset of the word's shape in strings_
    std::uint16_t lower_size = 0;
    std::uint8_t shape_size = 0;
    std::uint8_t gazetteer = 0;    // type and part in the gazetteer's phrase ("GPE-B")
    std::uint8_t rule = 0;         // type and part in the rules' mention ("PERSON-L")
    std::uint8_t rule_name = 0;    // index in rule_names_
    std::uint8_t doc_label = 0;    // 1 + the type the rules gave this word elsewhere, or 0
    std::uint8_t org = 0;          // OrgWordPosition
    std::uint8_t flags = 0;        // kFirstName ...
    name_tags::TagMask allowed = name_tags::kOnlyOutside;
    std::uint32_t name_kinds = 0;  // Lexicons::name_word_kinds
  };
  static constexpr std::uint8_t kFirstName = 1, kFunctionWord = 2, kCalendar = 4, kLowerElsewhere = 8,
                                kLineCaps = 16, kTitleBefore = 32;
  std::string_view lower(const TokenInfo& t) const { return std::string_view(strings_).substr(t.lower, t.lower_size); }
  std::string_view shape(const TokenInfo& t) const { return std::string_view(strings_).substr(t.shape, t.shape_size); }

  template <typename Visit>
  void visit(std::size_t i, const Sentence& sentence, Visit&& visit) const;

  std::string_view text_;
  std::span<const Token> toks_;
  std::vector<TokenInfo> info_;
  std::string strings_;
  std::vector<std::string_view> rule_names_{""};
};

}  // namespace newsmark
