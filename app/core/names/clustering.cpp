#include "core/names/clustering.h"

#include <unordered_map>
#include <string>

namespace newsmark {
namespace {

std::string_view last_word(std::string_view s) {
  const std::size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}
std::string_view first_word(std::string_view s) {
  const std::size_t sp = s.find(' ');
  return sp == std::string_view::npos ? s : s.substr(0, sp);
}
std::string initials(std::string_view s) {
  std::string out;
  bool at_start = true;
  for (const char c : s) {
    if (c == ' ') { at_start = true; continue; }
    if (at_start && c >= 'A' && c <= 'Z') out.push_back(c);
    at_start = false;
  }
  return out;
}
// "Boeing's" and "the Journal" cluster with their base forms.
std::string_view strip(std::string_view s) {
  if (s.size() > 2 && (s.ends_with("'s"))) s.remove_suffix(2);
  if (s.size() > 4 && (s.starts_with("the ") || s.starts_with("The "))) s.remove_prefix(4);
  return s;
}

}  // namespace

Clusters cluster_mentions(std::string_view text, std::span<const NameMention> mentions) {
  Clusters out;
  out.entity_of.assign(mentions.size(), -1);
  std::vector<Entity>& entities = out.entities;
  entities.reserve(mentions.size() / 4 + 4);
  std::string full_key;  // reused: label + '\x1f' + key
  std::unordered_map<std::string, std::size_t> by_key;  // label + '\x1f' + key -> entity
  // Short forms of multi-word names seen so far: surname -> person, first word or initials ->
  // organisation (the latest such entity wins, as a reader would assume).
  std::unordered_map<std::string, std::size_t> person_by_surname, org_by_short;
  std::vector<std::string> keys;
  auto new_entity = [&](std::string_view label, const std::string& key, const std::string& name) {
    Entity e;
    e.id = "e" + std::to_string(entities.size() + 1);
    e.label = std::string(label);
    e.name = name;
    by_key[std::string(label) + '\x1f' + key] = entities.size();
    entities.push_back(std::move(e));
    return entities.size() - 1;
  };

  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const NameMention& m = mentions[k];
    const std::string surface(strip(text.substr(m.span.begin, m.span.size())));
    const std::string key = m.canonical_name().empty() ? surface : std::string(m.canonical_name());
    const std::string label(m.label);
    std::size_t target = entities.size();
    full_key.assign(label);
    full_key.push_back('\x1f');
    full_key.append(key);
    if (auto it = by_key.find(full_key); it != by_key.end()) {
      target = it->second;
    } else if (key.find(' ') == std::string::npos) {
      // A single word: surname, organisation head or acronym of an earlier, longer name.
      if (label == labels::kPerson) {
        if (auto p = person_by_surname.find(key); p != person_by_surname.end()) target = p->second;
      } else if (label == labels::kOrg) {
        if (auto o = org_by_short.find(key); o != org_by_short.end()) target = o->second;
      }
    }
    if (target == entities.size()) {
      target = new_entity(m.label, key, key);
      if (key.find(' ') != std::string::npos) {
        if (label == labels::kPerson) person_by_surname[std::string(last_word(key))] = target;
        if (label == labels::kOrg) {
          org_by_short[std::string(first_word(key))] = target;
          const std::string acr = initials(key);
          if (acr.size() >= 2) org_by_short[acr] = target;
        }
      }
    }
    Entity& ent = entities[target];
    // Prefer the longest surface form as the name unless the gazetteer gave one.
    if (m.canonical_name().empty() && surface.size() > ent.name.size() && ent.name == key) ent.name = surface;
    out.entity_of[k] = static_cast<std::int32_t>(target);
    by_key[full_key] = target;
  }
  return out;
}

}  // namespace newsmark
