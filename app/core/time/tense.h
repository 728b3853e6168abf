// The tense of a clause, for placing time expressions on the calendar (HeidelTime's idea):
// "the meeting on Monday" is last Monday in "the minister said", next Monday in "will speak".
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

enum class Tense { past, present, future };

// The tense a token signals: "will", "would", "is to be held" -> future; "said", -ed verbs,
// common irregular past forms -> past; nullopt for other words.
std::optional<Tense> tense_marker(std::string_view text, std::span<const Token> toks, std::size_t k);

// The tense of the marker nearest to token i in its sentence (looking back up to 7 tokens,
// then ahead up to 4): in "X said on Friday that work will begin in May", Friday is past and
// May is future. nullopt when no marker is near.
std::optional<Tense> tense_near(std::string_view text, std::span<const Token> toks, const Sentence& s,
                                std::size_t i);

// The sentence as a whole: future when any marker (or "next", "tomorrow", "planned") says so,
// else past when any marker is past, else present.
Tense sentence_tense(std::string_view text, std::span<const Token> toks, const Sentence& s);

}  // namespace newsmark
