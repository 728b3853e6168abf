#include "core/model/label_set.h"

#include <cstdio>
#include <unordered_set>

namespace newsmark {

std::vector<LabelDef> default_labels() {
  return {
      // On the number keys: Okabe–Ito.
      {"PERSON", "#0072b2", 1},
      {"ORG", "#e69f00", 2},
      {"GPE", "#009e73", 3},
      {"LOC", "#56b4e9", 4},
      {"DATE", "#d55e00", 5},
      {"QUOTE", "#88ccee", 6},
      {"SOURCE", "#332288", 7},
      {"HEDGE", "#882255", 8},
      {"CLAIM", "#cc79a7", 9},
      // The rest: Paul Tol's muted scheme and greys.
      {"NORP", "#aa4499", 0},
      {"TIME", "#cc6677", 0},
      {"DURATION", "#999933", 0},
      {"SET", "#44aa99", 0},
      {"MONEY", "#ddcc77", 0},
      {"PERCENT", "#117733", 0},
      {"QUANTITY", "#8c6d31", 0},
      {"CARDINAL", "#999999", 0},
      {"CUE", "#6a7a2a", 0},
      {"EVENT", "#777777", 0},
  };
}

bool valid_hotkey(int key) {
  if (key >= 1 && key <= 9) return true;
  return key >= 'B' && key <= 'Z' && key != 'N' && key != 'P' && key != 'R';
}

std::string hotkey_name(int key) {
  if (!valid_hotkey(key)) return {};
  return key <= 9 ? std::string(1, static_cast<char>('0' + key)) : std::string(1, static_cast<char>(key));
}

int parse_hotkey(std::string_view name) {
  if (name.size() != 1) return 0;
  char c = name[0];
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  const int key = c >= '1' && c <= '9' ? c - '0' : c;
  return valid_hotkey(key) ? key : 0;
}

std::vector<int> all_hotkeys() {
  std::vector<int> keys;
  for (int k = 1; k <= 9; ++k) keys.push_back(k);
  for (int k = 'B'; k <= 'Z'; ++k) {
    if (valid_hotkey(k)) keys.push_back(k);
  }
  return keys;
}

LabelDef label_def_for(std::string_view name) {
  for (LabelDef& d : default_labels()) {
    if (d.name == name) return d;
  }
  unsigned h = 2166136261u;  // FNV-1a of the name
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  char hex[8];
  std::snprintf(hex, sizeof hex, "#%02x%02x%02x", 60 + h % 160, 60 + (h >> 8) % 160, 60 + (h >> 16) % 160);
  return LabelDef{std::string(name), hex, 0};
}

std::vector<std::string> add_missing_labels(std::vector<LabelDef>& labels, const std::vector<Annotation>& annotations) {
  std::unordered_set<std::string_view> known;
  for (const LabelDef& l : labels) known.insert(l.name);
  std::vector<std::string> added;
  for (const Annotation& a : annotations) {
    if (known.count(a.label) != 0) continue;
    known.insert(a.label);  // a view of the annotation's own string, which outlives `known`
    added.push_back(a.label);
  }
  for (const std::string& name : added) {
    LabelDef def = label_def_for(name);
    // A default's number key may already belong to another label of this set.
    for (const LabelDef& l : labels) {
      if (def.hotkey != 0 && l.hotkey == def.hotkey) def.hotkey = 0;
    }
    labels.push_back(std::move(def));
  }
  return added;
}

bool parse_hex_color(std::string_view hex, int& r, int& g, int& b) {
  if (hex.size() != 7 || hex[0] != '#') return false;
  auto nibble = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  int v[6];
  for (int k = 0; k < 6; ++k) {
    v[k] = nibble(hex[static_cast<std::size_t>(k) + 1]);
    if (v[k] < 0) return false;
  }
  r = v[0] * 16 + v[1];
  g = v[2] * 16 + v[3];
  b = v[4] * 16 + v[5];
  return true;
}

}  // namespace newsmark
