// The closed word lists of the name rules (core/names/names.cpp): sentence-initial function words,
// calendar words, connectors inside names, role modifiers, speech verbs, place prepositions.
// Internal to the names stage.
#pragma once

#include <string_view>

#include "core/segmentation/tokenizer.h"

namespace newsmark::name_words {

bool is_function_word(std::string_view w);      // "The", "However", "Officials" ...
bool is_calendar_word(std::string_view w);      // "March", "Monday", "Christmas" ...
bool is_connector(std::string_view w);          // "of", "for", "de", "van", "&" ...
bool is_role_modifier(std::string_view w);      // "former", "deputy", "chief" ...
bool is_speech_verb(std::string_view w);        // "said", "told", "according" ...
bool is_place_preposition(std::string_view w);  // "in", "at", "from", "near" ...
// A capitalized word token that is not a possessive.
bool is_capital_word(const Token& t);

}  // namespace newsmark::name_words
