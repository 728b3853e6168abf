// Groups name mentions that name the same thing into entities: the same canonical name from
// the gazetteer ("the US" / "United States"), a surname after the full name ("Blinken" after
// "Antony Blinken"), an organisation's first word or acronym after its full name ("Northrop",
// "GAO"). The entity's name is the gazetteer's canonical name or its longest mention.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/names/names.h"

namespace newsmark {

struct Clusters {
  std::vector<Entity> entities;         // in order of first mention, ids "e1", "e2" ...; `mentions` left empty
  std::vector<std::int32_t> entity_of;  // per mention: the index of its entity in `entities`
};

// Entities over the mentions. Their `mentions` lists are left for the caller to fill with the
// annotation ids it gives the mentions (entity_of says which entity each one joins).
Clusters cluster_mentions(std::string_view text, std::span<const NameMention> mentions);

}  // namespace newsmark
