// One name, one type through an article: the conventions applied after the trained tagger
// (docs/names.md). A later short form is typed like the full name it comes from — a PERSON's
// surname ("Sandy Angers" … "Angers"), an organisation's first word or initials ("Northrop
// Grumman" … "Northrop", "General Motors" … "GM") — and a word the tagger marked as a name in
// one place is marked where it left the same word out (a headline, a sentence start).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/names/names.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

// `mentions` in text order; returns them in text order, relabelled and completed.
std::vector<NameMention> make_names_consistent(std::string_view text, std::span<const Token> tokens,
                                               std::span<const Sentence> sentences, std::vector<NameMention> mentions);

}  // namespace newsmark
