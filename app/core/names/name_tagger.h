// The trained name tagger at work: for each sentence, every token's features (name_features.h)
// score the BILOU tags with the model's weights (name_model.h), Viterbi picks the best legal
// sequence (name_decoder.h), and its spans become name mentions. The rule stage's mentions are
// features, not decisions; where the model's span is the rules' span, the mention keeps the
// rules' canonical name (gazetteer, dateline) so clustering works as before.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/lexicons/lexicons.h"
#include "core/names/name_model.h"
#include "core/names/names.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

// How the names stage decides: the rules alone (names.h), the model alone (rules as its
// features), or the model plus the rules' names where the model found none.
enum class NameStrategy : std::uint8_t { rules, model, model_and_rules };
// "rules", "model", "combined" (command-line and test spelling); nullopt for anything else.
std::optional<NameStrategy> parse_name_strategy(std::string_view name);

// The mentions, in text order. Each has rule "model" and, in `reason`, its strongest features.
// `progress`, when given, hears the share of the sentences done, eight times along the way.
std::vector<NameMention> tag_names(std::string_view text, std::span<const Token> tokens,
                                   std::span<const Sentence> sentences, const Lexicons& lex,
                                   const NameModel& model, std::span<const NameMention> rules,
                                   NameStrategy strategy, const std::function<void(float)>& progress = {});

}  // namespace newsmark
