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

 private:
  struct TokenInfo {
    std::string lower;
    std::string shape;
    std::string_view gazetteer;  // "GPE-B", "ORG-U" ... or empty
    std::string_view rule;       // the rule stage's label and part, "PERSON-L" ... or empty
    std::string_view rule_name;  // the rule that decided it
    std::string_view doc_label;  // the rules' label for this word elsewhere in the document
    const char* title = nullptr; // a title or role ends right before this token: its kind
    name_tags::TagMask allowed = name_tags::kOnlyOutside;
    bool first_name = false;
    bool function_word = false;
    bool calendar = false;
    bool lower_elsewhere = false;  // the word also appears in lower case in the document
    bool line_caps = false;        // its line is written in capitals
    OrgWordPosition org = OrgWordPosition::none;
    std::uint32_t name_kinds = 0;  // Lexicons::name_word_kinds
  };
  template <typename Visit>
  void visit(std::size_t i, const Sentence& sentence, Visit&& visit) const;

  std::string_view text_;
  std::span<const Token> toks_;
  std::vector<TokenInfo> info_;
};

}  // namespace newsmark
