#include "core/names/name_features.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/names/name_words.h"
#include "core/text/word_hash.h"

namespace newsmark {
namespace {

using namespace name_tags;
using namespace token_flags;

// "GPE-B": a type and a BILOU part, for the gazetteer and rule features.
constexpr std::string_view kPartLabels[kTypes][4] = {
    {"PERSON-B", "PERSON-I", "PERSON-L", "PERSON-U"}, {"ORG-B", "ORG-I", "ORG-L", "ORG-U"},
    {"GPE-B", "GPE-I", "GPE-L", "GPE-U"},             {"LOC-B", "LOC-I", "LOC-L", "LOC-U"},
    {"NORP-B", "NORP-I", "NORP-L", "NORP-U"}};

// The code of a type and the BILOU part of token k of n (0 is "none").
std::uint8_t part_code(int type, std::size_t k, std::size_t n) {
  const int part = n == 1 ? 3 : k == 0 ? 0 : k + 1 == n ? 2 : 1;
  return static_cast<std::uint8_t>(1 + 4 * type + part);
}
std::string_view code_label(std::uint8_t code) { return kPartLabels[(code - 1) / 4][(code - 1) % 4]; }

std::uint32_t fnv(std::uint32_t h, std::string_view s) {
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// Word shape with runs collapsed: "McDonald" -> "XxXx", "U.S." -> "X.X.", "2024" -> "d".
std::string shape_of(std::string_view w) {
  std::string out;
  char last = 0;
  for (const char c : w) {
    char k = c;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (static_cast<unsigned char>(c) >= 0x80) k = 'u';  // a byte of a non-ASCII letter
    if (k != last) out.push_back(k);
    last = k;
  }
  return out;
}

bool has_upper(std::string_view w) {
  for (const char c : w) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;  // a non-ASCII capital ("Élysée") is the tokenizer's kCapitalized
}

bool joins_names(std::string_view lower) {
  return name_words::is_connector(lower) || lower == "on" || lower == "to" || lower == "-" || lower == "." ||
         lower == "'s" || lower == "’s";
}

constexpr std::string_view kOrgPositions[] = {"", "first", "last", "any"};

std::string_view type_in_words(std::string_view label) {
  const std::string_view type = label.substr(0, label.find('-'));
  if (type == "PERSON") return "people";
  if (type == "ORG") return "organisations";
  if (type == "GPE") return "countries, states and cities";
  if (type == "LOC") return "places";
  if (type == "NORP") return "nationalities and groups";
  return type;
}

std::string kind_in_words(std::string_view k) {
  static constexpr std::pair<char, std::string_view> kKinds[] = {
      {'g', "a given name"}, {'s', "a surname"}, {'c', "a city"}, {'t', "a state or province"}, {'n', "a country"},
      {'l', "a region or natural place"}, {'o', "a company"}, {'m', "a news outlet"}, {'v', "a government body"},
      {'f', "a sports club"}, {'p', "a political party"}, {'i', "an international body"}, {'u', "a union"},
      {'e', "a school or university"}, {'d', "a product"}, {'x', "a market index"}};
  for (const auto& [letter, words] : kKinds) {
    if (k.size() == 1 && k[0] == letter) return std::string(words);
  }
  return std::string(k);
}

std::string quoted(std::string_view w) { return "\u201C" + std::string(w) + "\u201D"; }

std::string one_feature_in_words(std::string_view f) {
  const std::size_t eq = f.find('=');
  const std::string_view t = f.substr(0, eq);
  const std::string_view v = eq == std::string_view::npos ? std::string_view() : f.substr(eq + 1);
  if (t == "w") return "the word " + quoted(v);
  if (t == "w-1") return quoted(v) + " before it";
  if (t == "w-2") return quoted(v) + " two words before it";
  if (t == "w+1") return quoted(v) + " after it";
  if (t == "w+2") return quoted(v) + " two words after it";
  if (t == "w-1|w" || t == "w|w+1") {
    std::string words(v);
    std::replace(words.begin(), words.end(), '|', ' ');
    return "the words " + quoted(words);
  }
  if (t == "w-1|sh") return quoted(v.substr(0, v.find('|'))) + " before a capitalised word";
  if (t == "sh|w+1") return "a capitalised word before " + quoted(v.substr(v.find('|') + 1));
  if (t == "sh" || t == "sh-1" || t == "sh+1" || t == "sh-1|sh" || t == "sh|sh+1") return "how the words are capitalised";
  if (t == "p3" || t == "s3" || t == "s4") return "how the word " + std::string(t[0] == 'p' ? "begins" : "ends") + " (" + quoted(v) + ")";
  if (t == "first|sh") return "the start of a sentence";
  if (t == "line|sh") return "the start of a line";
  if (t == "capsline|sh") return "a line in capitals";
  if (t == "gaz") return "in the list of " + std::string(type_in_words(v));
  if (t == "gaz-1" || t == "gaz+1") return std::string("next to a name in the list of ") + std::string(type_in_words(v));
  if (t == "fn") return "a known first name";
  if (t == "fn-1") return "a first name before it";
  if (t == "title-1") return "a title or role before it";
  if (t == "org" || t == "org+1" || t == "org+2") return "a word organisations' names use";
  if (t == "list") return "part of the name of " + kind_in_words(v);
  if (t == "list-1" || t == "list+1") return "next to part of the name of " + kind_in_words(v);
  if (t == "fw") return "a word that starts sentences";
  if (t == "cal") return "a day, month or holiday";
  if (t == "rule" || t == "rule|by") return v == "O" ? "no rule found a name here" : "the rules' guess: " + std::string(type_in_words(v));
  if (t == "rule-1" || t == "rule+1") return "next to a name the rules found";
  if (t == "doc") return "marked as " + std::string(type_in_words(v)) + " elsewhere in the article";
  if (t == "lower-elsewhere") return "also written in lower case in the article";
  if (t == "b") return "how often names are of this kind";
  return std::string(f);
}

}  // namespace

std::string describe_name_features(std::string_view features) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= features.size()) {
    std::size_t comma = features.find(", ", pos);
    if (comma == std::string_view::npos) comma = features.size();
    const std::string_view one = features.substr(pos, comma - pos);
    if (!one.empty()) {
      if (!out.empty()) out += "; ";
      out += one_feature_in_words(one);
    }
    pos = comma + 2;
  }
  return out;
}

std::uint32_t feature_hash(std::string_view templ, std::string_view value, std::string_view second) {
  std::uint32_t h = fnv(2166136261u, templ);
  h = fnv(h ^ 0x3du, value);
  if (!second.empty()) h = fnv(h ^ 0x7cu, second);
  return h == 0 ? 1 : h;
}

NameFeatures::NameFeatures(std::string_view text, std::span<const Token> tokens, const Lexicons& lex,
                           std::span<const NameMention> rules)
    : text_(text), toks_(tokens), info_(tokens.size()) {
  strings_.reserve(text.size() * 2 + 16);
  std::unordered_set<std::string_view, WordHash, std::equal_to<>> lower_words;
  for (std::size_t i = 0; i < toks_.size(); ++i) {
    TokenInfo& t = info_[i];
    const std::string_view w = toks_[i].text(text_);
    t.lower = static_cast<std::uint32_t>(strings_.size());
    for (const char c : w) strings_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    t.lower_size = static_cast<std::uint16_t>(std::min<std::size_t>(w.size(), 0xFFFF));
    strings_.resize(t.lower + t.lower_size);
    const std::string sh = shape_of(w.substr(0, 255));
    t.shape = static_cast<std::uint32_t>(strings_.size());
    t.shape_size = static_cast<std::uint8_t>(std::min<std::size_t>(sh.size(), 255));
    strings_.append(sh, 0, t.shape_size);
    const bool upper = has_upper(w) || toks_[i].has(kCapitalized);
    if (upper) t.allowed = kAllTags;
    else if (joins_names(lower(t)) || toks_[i].kind == TokenKind::number) {
      // Inside a name ("Bank of England"); a number may also end one ("Channel 4", "Route 66").
      t.allowed = kOnlyOutside;
      for (int ty = 0; ty < kTypes; ++ty) {
        t.allowed |= TagMask{1} << tag(ty, Part::inside);
        if (toks_[i].kind == TokenKind::number) t.allowed |= TagMask{1} << tag(ty, Part::last);
      }
    }
    if (toks_[i].kind == TokenKind::word && !has_upper(w)) lower_words.insert(w);
  }
  std::unordered_map<std::string_view, std::uint8_t, WordHash, std::equal_to<>> rule_label_of;
  for (const NameMention& m : rules) {
    const int type = type_index(m.label);
    if (type < 0 || m.end > toks_.size()) continue;
    auto name = std::find(rule_names_.begin(), rule_names_.end(), m.rule);
    if (name == rule_names_.end() && rule_names_.size() < 255) name = rule_names_.insert(rule_names_.end(), m.rule);
    const auto name_index = static_cast<std::uint8_t>(name == rule_names_.end() ? 0 : name - rule_names_.begin());
    for (std::size_t k = m.first; k < m.end; ++k) {
      info_[k].rule = part_code(type, k - m.first, m.end - m.first);
      info_[k].rule_name = name_index;
      rule_label_of.emplace(lower(info_[k]), static_cast<std::uint8_t>(type + 1));
    }
  }
  // Lines written in capitals (headlines, datelines): at least two words, none with a small letter.
  std::size_t line_first = 0;
  for (std::size_t i = 0; i <= toks_.size(); ++i) {
    if (i == toks_.size() || (i > line_first && toks_[i].has(kLineStart))) {
      std::size_t words = 0;
      bool caps = true;
      for (std::size_t k = line_first; k < i && caps; ++k) {
        if (toks_[k].kind != TokenKind::word) continue;
        ++words;
        for (const char c : toks_[k].text(text_)) {
          if (c >= 'a' && c <= 'z') { caps = false; break; }
        }
      }
      if (caps && words >= 2) {
        for (std::size_t k = line_first; k < i; ++k) info_[k].flags |= kLineCaps;
      }
      line_first = i;
    }
  }
  for (std::size_t i = 0; i < toks_.size(); ++i) {
    TokenInfo& t = info_[i];
    if (t.allowed == kOnlyOutside) continue;
    const std::string_view w = toks_[i].text(text_);
    // The gazetteer's longest phrase from here, if this token does not already sit inside one.
    if (t.gazetteer == 0) {
      const Lexicons::Match m = lex.match_name(text_, toks_, i, toks_.size());
      const int type = m.entry != nullptr ? type_index(m.entry->label) : -1;
      if (m.tokens > 0 && type >= 0) {
        for (std::size_t k = 0; k < m.tokens; ++k) info_[i + k].gazetteer = part_code(type, k, m.tokens);
      }
    }
    const Lexicons::Match title = lex.match_title(text_, toks_, i, toks_.size());
    if (title.tokens > 0 && i + title.tokens < toks_.size()) info_[i + title.tokens].flags |= kTitleBefore;
    if (lex.is_first_name(w)) t.flags |= kFirstName;
    t.org = static_cast<std::uint8_t>(lex.org_word(w));
    if (name_words::is_function_word(w)) t.flags |= kFunctionWord;
    if (name_words::is_calendar_word(w)) t.flags |= kCalendar;
    t.name_kinds = lex.name_word_kinds(lower(t));
    if (has_upper(w) && lower_words.count(lower(t)) > 0) t.flags |= kLowerElsewhere;
    if (auto it = rule_label_of.find(lower(t)); it != rule_label_of.end()) t.doc_label = it->second;
  }
}

int NameFeatures::gazetteer_type(std::size_t i) const {
  return info_[i].gazetteer == 0 ? -1 : (info_[i].gazetteer - 1) / 4;
}

template <typename Visit>
void NameFeatures::visit(std::size_t i, const Sentence& s, Visit&& v) const {
  const TokenInfo& t = info_[i];
  const auto at = [&](std::ptrdiff_t d) -> const TokenInfo* {
    const std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + d;
    if (k < static_cast<std::ptrdiff_t>(s.first_token) || k >= static_cast<std::ptrdiff_t>(s.end_token)) return nullptr;
    return &info_[static_cast<std::size_t>(k)];
  };
  const auto word = [&](std::ptrdiff_t d) -> std::string_view {
    const TokenInfo* o = at(d);
    return o != nullptr ? lower(*o) : (d < 0 ? "<s>" : "</s>");
  };
  const auto shape_at = [&](std::ptrdiff_t d) -> std::string_view {
    const TokenInfo* o = at(d);
    return o != nullptr ? shape(*o) : (d < 0 ? "<s>" : "</s>");
  };
  const std::string_view lw = lower(t), sh = shape(t);
  v("b", "", "");
  v("w", lw, "");
  v("sh", sh, "");
  if (lw.size() > 3) {
    v("p3", lw.substr(0, 3), "");
    v("s3", lw.substr(lw.size() - 3), "");
  }
  if (lw.size() > 4) v("s4", lw.substr(lw.size() - 4), "");
  v("w-1", word(-1), "");
  v("w+1", word(1), "");
  v("w-2", word(-2), "");
  v("w+2", word(2), "");
  v("sh-1", shape_at(-1), "");
  v("sh+1", shape_at(1), "");
  v("w-1|sh", word(-1), sh);
  v("sh|w+1", sh, word(1));
  v("w-1|w", word(-1), lw);
  v("w|w+1", lw, word(1));
  v("sh-1|sh", shape_at(-1), sh);
  v("sh|sh+1", sh, shape_at(1));
  if (i == s.first_token) v("first|sh", sh, "");
  if (toks_[i].has(token_flags::kLineStart)) v("line|sh", sh, "");
  if (t.flags & kLineCaps) v("capsline|sh", sh, "");
  if (t.gazetteer != 0) v("gaz", code_label(t.gazetteer), "");
  if (const TokenInfo* o = at(-1); o != nullptr && o->gazetteer != 0) v("gaz-1", code_label(o->gazetteer), "");
  if (const TokenInfo* o = at(1); o != nullptr && o->gazetteer != 0) v("gaz+1", code_label(o->gazetteer), "");
  if (t.flags & kFirstName) v("fn", "", "");
  if (const TokenInfo* o = at(-1); o != nullptr && (o->flags & kFirstName)) v("fn-1", "", "");
  if (t.flags & kTitleBefore) v("title-1", "title", "");
  if (t.org != 0) v("org", kOrgPositions[t.org], "");
  if (const TokenInfo* o = at(1); o != nullptr && o->org != 0) v("org+1", kOrgPositions[o->org], "");
  if (const TokenInfo* o = at(2); o != nullptr && o->org != 0) v("org+2", kOrgPositions[o->org], "");
  // The kinds of known name the word (and its neighbours) occur in: one feature per kind.
  const auto kinds = [&](std::string_view templ, const TokenInfo* o) {
    constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";
    if (o == nullptr) return;
    for (std::size_t k = 0; k < kLetters.size(); ++k) {
      if ((o->name_kinds >> k) & 1u) v(templ, kLetters.substr(k, 1), "");
    }
  };
  kinds("list", &t);
  kinds("list-1", at(-1));
  kinds("list+1", at(1));
  if (t.flags & kFunctionWord) v("fw", "", "");
  if (t.flags & kCalendar) v("cal", "", "");
  if (t.rule != 0) {
    v("rule", code_label(t.rule), "");
    v("rule|by", code_label(t.rule), rule_names_[t.rule_name]);
  } else {
    v("rule", "O", "");
  }
  if (const TokenInfo* o = at(-1); o != nullptr && o->rule != 0) v("rule-1", code_label(o->rule), "");
  if (const TokenInfo* o = at(1); o != nullptr && o->rule != 0) v("rule+1", code_label(o->rule), "");
  if (t.doc_label != 0) v("doc", kTypeNames[t.doc_label - 1], "");
  if (t.flags & kLowerElsewhere) v("lower-elsewhere", "", "");
}

void NameFeatures::hashes(std::size_t i, const Sentence& sentence, std::vector<std::uint32_t>& out) const {
  visit(i, sentence, [&](std::string_view templ, std::string_view a, std::string_view b) {
    out.push_back(feature_hash(templ, a, b));
  });
}

std::vector<std::string> NameFeatures::names(std::size_t i, const Sentence& sentence,
                                             std::span<const std::size_t> which) const {
  std::vector<std::string> out(which.size());
  std::size_t k = 0;
  visit(i, sentence, [&](std::string_view templ, std::string_view a, std::string_view b) {
    for (std::size_t w = 0; w < which.size(); ++w) {
      if (which[w] != k) continue;
      std::string& n = out[w];
      n.assign(templ);
      n += '=';
      n += a;
      if (!b.empty()) {
        n += '|';
        n += b;
      }
    }
    ++k;
  });
  return out;
}

std::vector<std::string> NameFeatures::names(std::size_t i, const Sentence& sentence) const {
  std::vector<std::string> out;
  visit(i, sentence, [&](std::string_view templ, std::string_view a, std::string_view b) {
    std::string n(templ);
    n += '=';
    n += a;
    if (!b.empty()) {
      n += '|';
      n += b;
    }
    out.push_back(std::move(n));
  });
  return out;
}

}  // namespace newsmark
