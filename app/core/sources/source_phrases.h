// Internal to the quote stage (core/sources/attribution.cpp): turns the phrase next to a reporting cue
// into a source — a name, a pronoun or role resolved to the entity it stands for, an anonymous
// group, a member of an organisation, or a document — and finds the phrase's edges.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/sources/attribution.h"
#include "core/text/lower.h"

namespace newsmark::attribution_detail {

class SourcePhrases {
 public:
  SourcePhrases(std::string_view text, std::span<const Token> tokens, std::span<const NameMention> names,
                std::span<const std::int32_t> entity_of, const Lexicons& lex);

  std::string_view tok(std::size_t i) const { return toks_[i].text(text_); }
  Lower low(std::size_t i) const { return Lower(tok(i)); }

  // The subject before a cue at token `cue`, not reaching before `limit`: "Jeff Rathke, the
  // State Department spokesperson, said" -> Jeff Rathke. Adverbs and auxiliaries right before
  // the cue ("also", "later", "has") are stepped over.
  std::optional<SourceMention> subject_before(std::size_t cue, std::size_t limit) const;
  // The phrase after a cue, up to `end`: "said Ambassador Mohib", "according to a new report".
  // `end_token` receives one past its last token.
  std::optional<SourceMention> phrase_after(std::size_t first, std::size_t end, std::size_t* end_token) const;

  // Remembers who spoke: "they" can stand for an anonymous group that just spoke, "she" for a
  // person the names stage missed. Quotes are attributed out of text order (direct quotes
  // first, then reported speech), so the nearest earlier speaker is looked up by position.
  void spoke(const SourceMention& s) { spoken_.push_back(s); }

 private:
  std::optional<SourceMention> classify(std::size_t first, std::size_t end) const;
  std::optional<SourceMention> anonymous_by_request(std::size_t end, std::size_t limit) const;
  std::optional<SourceMention> capitalized_speaker(std::size_t first, std::size_t end) const;
  std::optional<SourceMention> resolve_pronoun(std::size_t i) const;
  std::optional<SourceMention> resolve_role(std::size_t first, std::size_t end, std::size_t head) const;
  bool is_org_role_word(std::string_view lower_word) const;

  std::string_view text_;
  std::span<const Token> toks_;
  std::span<const NameMention> names_;
  std::span<const std::int32_t> entity_of_;
  const Lexicons& lex_;
  std::vector<std::int32_t> longest_ending_at_;    // per token: the longest name ending there
  std::vector<std::int32_t> longest_starting_at_;  // per token: the longest name starting there
  struct EntityFacts {
    char gender = 0;                  // 'f', 'm' or 0
    std::vector<std::string> titles;  // lower-case title words: "senator", "secretary" ...
  };
  std::vector<EntityFacts> entities_;
  std::vector<std::string> all_titles_;  // every title word any person carries
  const SourceMention* last_spoken_before(std::uint32_t at) const;
  std::vector<SourceMention> spoken_;
};

}  // namespace newsmark::attribution_detail
