// Groups name mentions that name the same thing into entities: the same canonical name from
// the gazetteer ("the US" / "United States"), a surname after the full name ("Blinken" after
// "Antony Blinken"), an organisation's first word or acronym after its full name ("Northrop",
// "GAO"). The entity's name is the gazetteer's canonical name or its longest mention.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/annotation.h"
#include "core/names.h"

namespace newsmark {

// `mention_ids[k]` is the annotation id of mentions[k]. Returns entities in order of first
// mention, with ids "e1", "e2" ...
std::vector<Entity> cluster_mentions(std::string_view text, std::span<const NameMention> mentions,
                                     std::span<const std::string> mention_ids);

}  // namespace newsmark
