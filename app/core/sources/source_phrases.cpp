#include "core/sources/source_phrases.h"

#include <algorithm>

namespace newsmark::attribution_detail {
namespace {

// Words between a subject and its cue that do not end the subject: "she also said", "he
// later told", "the ministry has said".
bool is_skippable_before_cue(std::string_view w) {
  return w == "also" || w == "later" || w == "then" || w == "previously" || w == "again" || w == "has" ||
         w == "have" || w == "had" || w == "would" || w == "will" || w == "once" || w == "further" ||
         w == "recently" || w == "earlier" || w == "first" || w == "publicly" || w == "privately" ||
         w == "repeatedly" || w == "separately" || w == "subsequently" || w == "reportedly" || w == "only" ||
         w == "originally" || w == "initially" || w == "afterwards" || w == "now" || w == "not" || w == "did" ||
         w == "does" || w == "do" || w == "had" || w == "was" || w == "is" || w == "were";
}

// Words that end a subject phrase when walking back from a cue.
bool ends_phrase(std::string_view w) {
  return w == "and" || w == "but" || w == "or" || w == "that" || w == "which" || w == "who" || w == "whom" ||
         w == "because" || w == "when" || w == "while" || w == "as" || w == "if" || w == "where" || w == "than" ||
         w == "so" || w == "after" || w == "before" || w == "since" || w == "although" || w == "though" ||
         w == "said" || w == "says" || w == "told" || w == "is" || w == "was" || w == "are" || w == "were" ||
         w == "be" || w == "been" || w == "to" || w == "not" || w == "it" || w == "he" || w == "she" ||
         w == "they" || w == "we" || w == "i" || w == "you" || w == "there";
}

// Inside a phrase after a cue, these end it: "said Smith in a statement", "said Smith, who".
bool ends_phrase_after(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "during" || w == "last" || w == "yesterday" ||
         w == "today" || w == "who" || w == "that" || w == "which" || w == "and" || w == "but" || w == "when" ||
         w == "after" || w == "before" || w == "while" || w == "as";
}

char honorific_gender(std::string_view w) {
  if (w == "Mr." || w == "Mr" || w == "Sir" || w == "Lord" || w == "King" || w == "Prince") return 'm';
  if (w == "Mrs." || w == "Mrs" || w == "Ms." || w == "Ms" || w == "Miss" || w == "Dame" || w == "Lady" ||
      w == "Queen" || w == "Princess") {
    return 'f';
  }
  return 0;
}

// A title word as the role noun readers use later: "Sen." -> "senator".
std::string title_word(std::string_view w) {
  Lower l(w.size() > 1 && w.back() == '.' ? w.substr(0, w.size() - 1) : w);
  const std::string_view s = l;
  static constexpr std::pair<std::string_view, std::string_view> kAbbrev[] = {
      {"sen", "senator"},   {"rep", "representative"}, {"gov", "governor"}, {"gen", "general"},
      {"dr", "doctor"},     {"prof", "professor"},     {"pres", "president"}, {"sec", "secretary"},
      {"amb", "ambassador"}, {"det", "detective"},     {"sgt", "sergeant"},  {"capt", "captain"},
      {"lt", "lieutenant"}, {"col", "colonel"},        {"adm", "admiral"},   {"supt", "superintendent"}};
  for (const auto& [a, full] : kAbbrev) {
    if (s == a) return std::string(full);
  }
  return l.str();
}

// Nouns that stand for an organisation named earlier: "the ministry said", "the company said".
constexpr std::string_view kOrgRoleWords[] = {
    "ministry", "department", "company", "firm", "agency", "government", "council", "court", "club",
    "team", "party", "union", "committee", "commission", "board", "bank", "airline", "carrier", "group",
    "university", "school", "hospital", "church", "organisation", "organization", "authority", "office",
    "administration", "campaign", "embassy", "regulator", "institute", "foundation", "charity", "network",
    "newspaper", "broadcaster", "league", "federation", "association", "service", "army", "military"};

}  // namespace

SourcePhrases::SourcePhrases(std::string_view text, std::span<const Token> tokens, std::span<const NameMention> names,
                             std::span<const std::int32_t> entity_of, const Lexicons& lex)
    : text_(text), toks_(tokens), names_(names), entity_of_(entity_of), lex_(lex),
      longest_ending_at_(tokens.size(), kNoIndex), longest_starting_at_(tokens.size(), kNoIndex) {
  std::int32_t entity_count = 0;
  for (std::int32_t e : entity_of) entity_count = std::max(entity_count, e + 1);
  entities_.resize(static_cast<std::size_t>(entity_count));
  for (std::size_t k = 0; k < names.size(); ++k) {
    const NameMention& m = names[k];
    if (m.end == 0 || m.end > tokens.size()) continue;
    const auto len = m.end - m.first;
    std::int32_t& e = longest_ending_at_[m.end - 1];
    if (e == kNoIndex || names[static_cast<std::size_t>(e)].end - names[static_cast<std::size_t>(e)].first < len) {
      e = static_cast<std::int32_t>(k);
    }
    std::int32_t& s = longest_starting_at_[m.first];
    if (s == kNoIndex || names[static_cast<std::size_t>(s)].end - names[static_cast<std::size_t>(s)].first < len) {
      s = static_cast<std::int32_t>(k);
    }
    if (m.label != labels::kPerson || k >= entity_of.size() || entity_of[k] < 0) continue;
    EntityFacts& facts = entities_[static_cast<std::size_t>(entity_of[k])];
    // A title at the front of the mention: "Sen.", "Foreign Minister", "Mr.".
    std::size_t name_first = m.first;
    const Lexicons::Match title = lex.match_title(text, tokens, m.first, m.end);
    if (title.tokens > 0 && title.tokens < m.end - m.first) {
      name_first = m.first + title.tokens;
      for (std::size_t t = m.first; t < name_first; ++t) {
        const std::string w = title_word(tok(t));
        if (std::find(facts.titles.begin(), facts.titles.end(), w) == facts.titles.end()) facts.titles.push_back(w);
        if (std::find(all_titles_.begin(), all_titles_.end(), w) == all_titles_.end()) all_titles_.push_back(w);
        if (facts.gender == 0) facts.gender = honorific_gender(tok(t));
      }
    }
    if (facts.gender == 0 && name_first < m.end) {
      const char g = lex.first_name_gender(tok(name_first));
      if (g == 'f' || g == 'm') facts.gender = g;
    }
  }
}

bool SourcePhrases::is_org_role_word(std::string_view w) const {
  for (std::string_view r : kOrgRoleWords) {
    if (w == r) return true;
  }
  return lex_.is_org_descriptor(w);
}

std::optional<SourceMention> SourcePhrases::subject_before(std::size_t cue, std::size_t limit) const {
  std::size_t i = cue;
  while (i > limit && is_skippable_before_cue(low(i - 1))) --i;
  if (i <= limit) return std::nullopt;
  // "Two farmers who asked not to be named said": the relative clause makes them anonymous.
  if (auto anon = anonymous_by_request(i, limit)) return anon;
  const std::size_t j = i - 1;
  if (tok(j) == ",") {
    // An apposition: "Jeff Rathke, the State Department spokesperson, said" or "The
    // spokesperson, Jeff Rathke, said": the name on either side of it.
    if (j > limit) {
      const std::int32_t m = longest_ending_at_[j - 1];
      if (m != kNoIndex && names_[static_cast<std::size_t>(m)].label == labels::kPerson &&
          names_[static_cast<std::size_t>(m)].first >= limit) {
        return classify(names_[static_cast<std::size_t>(m)].first, j);
      }
      // "A spokesperson for the contractor, Ferro Rail, said": the organisation names what the
      // phrase before it described; the whole phrase is the source.
      if (m != kNoIndex && names_[static_cast<std::size_t>(m)].label != labels::kPerson &&
          names_[static_cast<std::size_t>(m)].first > limit &&
          tok(names_[static_cast<std::size_t>(m)].first - 1) == ",") {
        const std::size_t comma = names_[static_cast<std::size_t>(m)].first - 1;
        std::size_t k = comma;
        while (k > limit && comma - k < 8 && toks_[k - 1].kind == TokenKind::word && !ends_phrase(low(k - 1))) --k;
        if (k < comma) {
          if (auto s = classify(k, j)) return s;
        }
      }
    }
    const std::size_t floor = std::max(limit, j > 16 ? j - 16 : std::size_t{0});
    for (std::size_t p = j; p > floor; --p) {
      const std::string_view w = tok(p - 1);
      if (toks_[p - 1].kind == TokenKind::quote || w == "." || w == ";") break;
      if (w != "," || p - 1 <= limit) continue;
      const std::int32_t m = longest_ending_at_[p - 2];
      if (m == kNoIndex || names_[static_cast<std::size_t>(m)].first < limit) break;
      return classify(names_[static_cast<std::size_t>(m)].first, p - 1);
    }
    return std::nullopt;
  }
  const Lower w(tok(j));
  if (w == "he" || w == "she" || w == "they" || w == "it") return resolve_pronoun(j);
  // A subject does not end in a determiner or a preposition.
  if (w == "a" || w == "an" || w == "the" || w == "for" || w == "of" || w == "at" || w == "with" || w == "from" ||
      w == "by" || w == "in" || w == "on") {
    return std::nullopt;
  }
  // Walk back over the phrase: words, possessives, numbers, and the prepositions that join a
  // head to its organisation ("a spokesperson for the ministry", "sources familiar with").
  std::size_t k = i;
  while (k > limit && i - k < 9) {
    const Token& t = toks_[k - 1];
    if (t.kind != TokenKind::word && t.kind != TokenKind::number) break;
    if (ends_phrase(low(k - 1))) break;
    // A name mention is taken whole.
    const std::int32_t m = longest_ending_at_[k - 1];
    if (m != kNoIndex && names_[static_cast<std::size_t>(m)].first >= limit &&
        names_[static_cast<std::size_t>(m)].first < k - 1) {
      k = names_[static_cast<std::size_t>(m)].first;
      continue;
    }
    --k;
  }
  if (k == i) return std::nullopt;
  return classify(k, i);
}

std::optional<SourceMention> SourcePhrases::phrase_after(std::size_t first, std::size_t end,
                                                         std::size_t* end_token) const {
  std::size_t k = first;
  bool has_name = false;
  while (k < end && k - first < 12) {
    const Token& t = toks_[k];
    if (t.kind != TokenKind::word && t.kind != TokenKind::number) break;
    const Lower w(tok(k));
    if (k > first && ends_phrase_after(w) && (has_name || w != "at")) break;
    const std::int32_t m = longest_starting_at_[k];
    if (m != kNoIndex && names_[static_cast<std::size_t>(m)].end <= end) {
      has_name = true;
      k = names_[static_cast<std::size_t>(m)].end;
      continue;
    }
    ++k;
  }
  // "said its chair, Tomás Aldane": the name in apposition is the speaker.
  if (k > first && k + 1 < end && tok(k) == ",") {
    const std::int32_t m = longest_starting_at_[k + 1];
    if (m != kNoIndex && names_[static_cast<std::size_t>(m)].label == labels::kPerson &&
        names_[static_cast<std::size_t>(m)].end <= end) {
      if (end_token != nullptr) *end_token = names_[static_cast<std::size_t>(m)].end;
      return classify(k + 1, names_[static_cast<std::size_t>(m)].end);
    }
  }
  if (end_token != nullptr) *end_token = k;
  if (k == first) return std::nullopt;
  if (k == first + 1) {
    const Lower w(tok(first));
    if (w == "he" || w == "she" || w == "they" || w == "it") return resolve_pronoun(first);
  }
  return classify(first, k);
}

std::optional<SourceMention> SourcePhrases::classify(std::size_t first, std::size_t end) const {
  if (first >= end) return std::nullopt;
  const ByteSpan phrase{toks_[first].begin, toks_[end - 1].end};
  std::int32_t person = kNoIndex, org = kNoIndex, place = kNoIndex;
  std::string_view source_word;  // anonymous | member | document
  bool media = false;
  for (std::size_t t = first; t < end;) {
    const std::int32_t m = longest_starting_at_[t];
    if (m != kNoIndex && names_[static_cast<std::size_t>(m)].end <= end) {
      const NameMention& n = names_[static_cast<std::size_t>(m)];
      if (n.label == labels::kPerson) person = m;
      else if (n.label == labels::kOrg) {
        org = m;
        const Lexicons::Match w = lex_.match_source_word(text_, toks_, n.end - 1, n.end);
        media = w.tokens > 0 && w.entry->label == "media";
      } else if (n.label == labels::kGpe || n.label == labels::kNorp || n.label == labels::kLoc) {
        place = m;
      }
      t = n.end;
      continue;
    }
    const Lexicons::Match w = lex_.match_source_word(text_, toks_, t, end);
    if (w.tokens > 0 && w.entry->label != "media" && source_word.empty()) {
      // "some" alone is not a source; "some analysts" is, by its noun.
      if (!(low(t) == "some" || low(t) == "others") || t + 1 == end) source_word = w.entry->label;
    }
    t += std::max<std::uint32_t>(w.tokens, 1);
  }
  auto make = [&](ByteSpan span, SourceKind kind, std::int32_t name, std::string_view how) {
    SourceMention s;
    s.span = span;
    s.kind = kind;
    s.name = name;
    s.how = how;
    return s;
  };
  auto span_of = [&](std::int32_t m) { return names_[static_cast<std::size_t>(m)].span; };
  if (person != kNoIndex) return make(span_of(person), SourceKind::named_person, person, "name");
  const std::int32_t organisation = org != kNoIndex ? org : place;
  if ((source_word == "anonymous" || source_word == "member") && org != kNoIndex) {
    SourceMention s = make(phrase, SourceKind::unnamed_member, kNoIndex, "nominal");
    s.org = org;
    return s;
  }
  if (source_word == "document") {
    SourceMention s = make(phrase, SourceKind::document, kNoIndex, "nominal");
    s.org = organisation;
    return s;
  }
  if (source_word == "anonymous") return make(phrase, SourceKind::anonymous, kNoIndex, "nominal");
  if (org != kNoIndex) return make(span_of(org), media ? SourceKind::document : SourceKind::named_org, org, "name");
  // The head of the phrase: its last word ("the State Department spokesperson" -> spokesperson).
  std::size_t head = end - 1;
  if (toks_[head].has(token_flags::kPossessive) && head > first) --head;
  if (source_word == "member") {
    // "a spokesperson for the ministry": the organisation comes from a role word.
    for (std::size_t t = first; t < end; ++t) {
      if (!is_org_role_word(low(t))) continue;
      if (auto r = resolve_role(first, end, t); r && r->kind == SourceKind::named_org) {
        SourceMention s = make(phrase, SourceKind::unnamed_member, kNoIndex, "nominal");
        s.org = r->name;
        return s;
      }
    }
    if (place != kNoIndex) {
      SourceMention s = make(phrase, SourceKind::unnamed_member, kNoIndex, "nominal");
      s.org = place;
      return s;
    }
    return make(phrase, SourceKind::anonymous, kNoIndex, "nominal");
  }
  if (place != kNoIndex && end - first <= 2) {
    // "Russia said": a country speaking is its government.
    return make(span_of(place), SourceKind::named_org, place, "name");
  }
  // "Sorensen said", "Li added": a capitalized name the names stage did not know. It stands for
  // the person an earlier mention of that word names, if any.
  if (auto r = capitalized_speaker(first, end)) return r;
  if (auto r = resolve_role(first, end, head)) return r;
  // "the council's finance director said": a role with no name — a member of the organisation
  // a role word names ("council"), else an anonymous person.
  if (lex_.match_title(text_, toks_, head, head + 1).tokens > 0) {
    for (std::size_t t = first; t < head; ++t) {
      if (!is_org_role_word(low(t))) continue;
      SourceMention s = make(phrase, SourceKind::unnamed_member, kNoIndex, "nominal");
      if (auto r = resolve_role(first, end, t); r && r->kind == SourceKind::named_org) s.org = r->name;
      return s;
    }
    return make(phrase, SourceKind::anonymous, kNoIndex, "nominal");
  }
  // "one nurse said", "a pilot told": one unnamed person.
  {
    const Lower d = low(first);
    if ((d == "a" || d == "an" || d == "one") && end - first >= 2 && end - first <= 3) {
      bool lower_words = true;
      for (std::size_t t = first + 1; t < end; ++t) {
        lower_words = lower_words && toks_[t].kind == TokenKind::word && !toks_[t].has(token_flags::kCapitalized);
      }
      if (lower_words) return make(phrase, SourceKind::anonymous, kNoIndex, "nominal");
    }
  }
  // "the port authority said" with no such organisation named before: still an institution
  // speaking, just not one the text has named.
  if (is_org_role_word(low(head)) && low(first) == "the") {
    return make(phrase, SourceKind::named_org, kNoIndex, "role");
  }
  return std::nullopt;
}

std::optional<SourceMention> SourcePhrases::anonymous_by_request(std::size_t end, std::size_t limit) const {
  const std::size_t floor = std::max(limit, end > 12 ? end - 12 : std::size_t{0});
  for (std::size_t w = end; w > floor + 1;) {
    --w;
    const Lower word = low(w);
    if (word != "who" && word != "because") continue;
    bool asked = false;
    for (std::size_t t = w + 1; t < end; ++t) {
      const Lower x = low(t);
      asked = asked || x == "named" || x == "anonymity" || x == "identified" || x == "authorised" ||
              x == "authorized";
    }
    if (!asked) return std::nullopt;
    // The phrase before "who": walk back over its words.
    std::size_t k = w;
    while (k > limit && w - k < 6 && toks_[k - 1].kind == TokenKind::word && !ends_phrase(low(k - 1))) --k;
    if (k == w) return std::nullopt;
    SourceMention s;
    s.span = ByteSpan{toks_[k].begin, toks_[end - 1].end};
    s.kind = SourceKind::anonymous;
    s.how = "nominal";
    return s;
  }
  return std::nullopt;
}

std::optional<SourceMention> SourcePhrases::capitalized_speaker(std::size_t first, std::size_t end) const {
  // "Transport Commissioner Alicia Moreno": a title (and what qualifies it) before the name.
  for (std::size_t t = first; t + 1 < end; ++t) {
    const Lexicons::Match title = lex_.match_title(text_, toks_, t, end);
    if (title.tokens == 0 || t + title.tokens >= end) continue;
    if (auto named = capitalized_speaker(t + title.tokens, end)) {
      named->span.begin = toks_[first].begin;
      return named;
    }
    break;
  }
  if (end - first > 3) return std::nullopt;
  for (std::size_t t = first; t < end; ++t) {
    if (toks_[t].kind != TokenKind::word || !toks_[t].has(token_flags::kCapitalized) ||
        toks_[t].has(token_flags::kAllCaps) || toks_[t].has(token_flags::kPossessive)) {
      return std::nullopt;
    }
    // "The", "This", "Officials": a capitalized sentence start, not a name.
    if (lex_.match_source_word(text_, toks_, t, t + 1).tokens > 0 || is_org_role_word(low(t))) return std::nullopt;
    const Lower w = low(t);
    if (w == "the" || w == "this" || w == "that" || w == "these" || w == "those" || w == "a" || w == "an" ||
        w == "one" || w == "its" || w == "his" || w == "her" || w == "their" || w == "our" || w == "my") {
      return std::nullopt;
    }
  }
  SourceMention s;
  s.span = ByteSpan{toks_[first].begin, toks_[end - 1].end};
  s.kind = SourceKind::named_person;
  s.how = "name";
  const std::string_view last = tok(end - 1);
  auto it = std::lower_bound(names_.begin(), names_.end(), toks_[first].begin,
                             [](const NameMention& n, std::uint32_t b) { return n.span.begin < b; });
  for (std::size_t k = static_cast<std::size_t>(it - names_.begin()), steps = 0; k > 0 && steps < 300; --k, ++steps) {
    const NameMention& n = names_[k - 1];
    if (n.label != labels::kPerson) continue;
    for (std::size_t t = n.first; t < n.end; ++t) {
      if (tok(t) == last) {
        s.name = static_cast<std::int32_t>(k - 1);
        return s;
      }
    }
  }
  return s;
}

std::optional<SourceMention> SourcePhrases::resolve_pronoun(std::size_t i) const {
  const Lower w(tok(i));
  const ByteSpan span{toks_[i].begin, toks_[i].end};
  const std::uint32_t at = toks_[i].begin;
  auto it = std::lower_bound(names_.begin(), names_.end(), at,
                             [](const NameMention& n, std::uint32_t b) { return n.span.begin < b; });
  std::size_t k = static_cast<std::size_t>(it - names_.begin());
  SourceMention s;
  s.span = span;
  s.how = "pronoun";
  if (w == "he" || w == "she") {
    const char g = w == "he" ? 'm' : 'f';
    std::int32_t fallback = kNoIndex;
    for (std::size_t steps = 0; k > 0 && steps < 200; --k, ++steps) {
      const NameMention& n = names_[k - 1];
      if (n.label != labels::kPerson || n.span.end > at) continue;
      const std::int32_t e = k - 1 < entity_of_.size() ? entity_of_[k - 1] : kNoIndex;
      const char eg = e >= 0 ? entities_[static_cast<std::size_t>(e)].gender : 0;
      if (eg == g) {
        s.kind = SourceKind::named_person;
        s.name = static_cast<std::int32_t>(k - 1);
        return s;
      }
      if (eg == 0 && fallback == kNoIndex) fallback = static_cast<std::int32_t>(k - 1);
    }
    if (fallback != kNoIndex) {
      s.kind = SourceKind::named_person;
      s.name = fallback;
      return s;
    }
    // No person the names stage knows: the last person who spoke ("Sorensen said ... She said").
    if (const SourceMention* last = last_spoken_before(at); last != nullptr && last->kind == SourceKind::named_person) {
      s.kind = SourceKind::named_person;
      s.name = last->name;
      return s;
    }
    return std::nullopt;
  }
  // "they" / "it": the group or document that just spoke, else the last organisation.
  if (const SourceMention* last = last_spoken_before(at);
      last != nullptr && at - last->span.end < 600 &&
      (last->kind == SourceKind::anonymous || last->kind == SourceKind::document ||
       last->kind == SourceKind::unnamed_member || last->kind == SourceKind::named_org)) {
    s.kind = last->kind;
    s.name = last->name;
    s.org = last->org;
    return s;
  }
  for (std::size_t steps = 0; k > 0 && steps < 200; --k, ++steps) {
    const NameMention& n = names_[k - 1];
    if (n.label != labels::kOrg || n.span.end > at) continue;
    s.kind = SourceKind::named_org;
    s.name = static_cast<std::int32_t>(k - 1);
    return s;
  }
  return std::nullopt;
}

const SourceMention* SourcePhrases::last_spoken_before(std::uint32_t at) const {
  const SourceMention* best = nullptr;
  // The most recent few hundred are enough: an antecedent is never far back.
  const std::size_t from = spoken_.size() > 400 ? spoken_.size() - 400 : 0;
  for (std::size_t k = from; k < spoken_.size(); ++k) {
    const SourceMention& s = spoken_[k];
    if (s.span.end <= at && (best == nullptr || s.span.end > best->span.end)) best = &s;
  }
  return best;
}

std::optional<SourceMention> SourcePhrases::resolve_role(std::size_t first, std::size_t end, std::size_t head) const {
  const std::string role = title_word(tok(head));
  const std::uint32_t at = toks_[first].begin;
  auto it = std::lower_bound(names_.begin(), names_.end(), at,
                             [](const NameMention& n, std::uint32_t b) { return n.span.begin < b; });
  std::size_t k = static_cast<std::size_t>(it - names_.begin());
  SourceMention s;
  s.span = ByteSpan{toks_[first].begin, toks_[end - 1].end};
  s.how = "role";
  if (is_org_role_word(role)) {
    // "the ministry" -> the last organisation with "Ministry" in its name; "the company" -> the
    // last organisation.
    std::int32_t any_org = kNoIndex;
    for (std::size_t steps = 0; k > 0 && steps < 120; --k, ++steps) {
      const NameMention& n = names_[k - 1];
      if (n.label != labels::kOrg) continue;
      if (any_org == kNoIndex) any_org = static_cast<std::int32_t>(k - 1);
      for (std::size_t t = n.first; t < n.end; ++t) {
        if (Lower(tok(t)) == std::string_view(role)) {
          s.kind = SourceKind::named_org;
          s.name = static_cast<std::int32_t>(k - 1);
          return s;
        }
      }
    }
    if (any_org == kNoIndex || !lex_.is_org_descriptor(role)) return std::nullopt;
    s.kind = SourceKind::named_org;
    s.name = any_org;
    return s;
  }
  // "the secretary" -> the last person whose titles include "secretary" (no search when no
  // person carries that title).
  if (std::find(all_titles_.begin(), all_titles_.end(), role) == all_titles_.end()) return std::nullopt;
  for (std::size_t steps = 0; k > 0 && steps < 300; --k, ++steps) {
    const std::int32_t e = k - 1 < entity_of_.size() ? entity_of_[k - 1] : kNoIndex;
    if (names_[k - 1].label != labels::kPerson || e < 0) continue;
    const auto& titles = entities_[static_cast<std::size_t>(e)].titles;
    if (std::find(titles.begin(), titles.end(), role) == titles.end()) continue;
    s.kind = SourceKind::named_person;
    s.name = static_cast<std::int32_t>(k - 1);
    return s;
  }
  return std::nullopt;
}

}  // namespace newsmark::attribution_detail
