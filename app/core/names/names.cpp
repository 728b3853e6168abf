#include "core/names/names.h"
#include "core/names/name_words.h"
#include "core/text/word_hash.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace newsmark {
namespace {

using namespace token_flags;
using namespace name_words;

template <std::size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

class NameFinder {
 public:
  NameFinder(std::string_view text, std::span<const Token> tokens, const Lexicons& lex)
      : text_(text), toks_(tokens), lex_(lex), covered_(tokens.size(), false),
        title_cache_(tokens.size(), Lexicons::Match{kNotComputed, nullptr}) {}

  std::vector<NameMention> run(std::span<const Sentence> sentences) {
    out_.reserve(toks_.size() / 8 + 8);
    for (const Sentence& s : sentences) first_pass(s);
    collect_evidence();
    for (const Sentence& s : sentences) second_pass(s);
    resolve_unknown_runs();
    std::sort(out_.begin(), out_.end(), [](const NameMention& a, const NameMention& b) { return a.first < b.first; });
    adjust_extents(sentences);  // keeps text order
    return std::move(out_);
  }

 private:
  std::string_view tok(std::size_t i) const { return i < toks_.size() ? toks_[i].text(text_) : std::string_view(); }

  void emit(std::size_t first, std::size_t end, std::string_view label, std::string_view canonical,
            std::string_view rule, float confidence) {
    // Trailing possessive or connector never ends a name.
    while (end > first && (toks_[end - 1].has(kPossessive) || is_connector(tok(end - 1)))) --end;
    if (end <= first) return;
    if (label == labels::kPerson) {
      // "Chief Operating Officer", "Chairman and Chief ...": titles, not a person's name.
      for (std::size_t k = first; k < end; ++k) {
        if (tok(k) == "and" || tok(k) == "of") return;
      }
      if (title_at(end - 1, end).tokens == 1 && !lex_.is_first_name(tok(first))) return;
      // "Der Spiegel", "El Pais": a foreign article starts a title, not a person.
      static constexpr std::string_view kArticles[] = {"Der", "Die", "Das", "El", "Le", "La", "Los", "Las", "Il"};
      if (one_of(tok(first), kArticles)) return;
    }
    NameMention m;
    m.first = static_cast<std::uint32_t>(first);
    m.end = static_cast<std::uint32_t>(end);
    m.span = ByteSpan{toks_[first].begin, toks_[end - 1].end};
    m.label = label;
    m.canonical = canonical;
    m.rule = rule;
    m.confidence = confidence;
    for (std::size_t k = first; k < end; ++k) covered_[k] = true;
    out_.push_back(std::move(m));
  }

  bool covered(std::size_t i) const { return i < covered_.size() && covered_[i]; }

  // Title or role starting at token k and ending by `end`; results are cached per token, since
  // the rules ask about the same tokens many times.
  Lexicons::Match title_at(std::size_t k, std::size_t end) const {
    if (title_cache_[k].tokens == kNotComputed) title_cache_[k] = lex_.match_title(text_, toks_, k, toks_.size());
    const Lexicons::Match& m = title_cache_[k];
    if (m.tokens <= end - k) return m;
    return lex_.match_title(text_, toks_, k, end);  // the cached match runs past `end`: rare
  }

  // End of the capitalized run starting at i (connectors allowed between capitalized words).
  std::size_t run_end(std::size_t i, std::size_t stop) const {
    std::size_t j = i;
    while (j < stop) {
      const Token& t = toks_[j];
      if (is_capital_word(t) && !is_calendar_word(tok(j))) {
        ++j;
        continue;
      }
      // "Fishers’ Cooperative": a plural possessive apostrophe inside a name.
      if (t.kind == TokenKind::quote && j > i && !t.has(kSpaceBefore) && j + 1 < stop &&
          is_capital_word(toks_[j + 1]) && tok(j - 1).back() == 's') {
        ++j;
        continue;
      }
      if ((is_connector(tok(j)) || t.kind == TokenKind::dash) && j > i && j + 1 < stop &&
          is_capital_word(toks_[j + 1]) && !is_calendar_word(tok(j + 1)) &&
          !(t.kind == TokenKind::dash && t.has(kSpaceBefore))) {
        // "the" only after "of": "Bank of the West"
        if (tok(j) == "the" && tok(j - 1) != "of") break;
        // "Health and Human Services" joins; "Shanghai Airlines and Xiamen Airlines" does not.
        if (tok(j) == "and" && (lex_.org_word(tok(j - 1)) != OrgWordPosition::none ||
                                !(lex_.org_word(tok(j + 1)) != OrgWordPosition::none ||
                                  (j + 2 < stop && lex_.org_word(tok(j + 2)) != OrgWordPosition::none)))) break;
        ++j;
        continue;
      }
      break;
    }
    if (j < stop && j > i + 1 && toks_[j].kind == TokenKind::number && toks_[j].has(kSpaceBefore)) --j;
    return j;
  }

  bool title_before(std::size_t first, std::size_t sentence_begin) const {
    for (std::size_t back = 1; back <= 4 && back <= first - sentence_begin; ++back) {
      const std::size_t at = first - back;
      const auto m = title_at(at, first);
      if (m.tokens == back) return true;
    }
    return false;
  }

  bool said_after(std::size_t end) const {
    std::size_t k = end;
    if (k < toks_.size() && tok(k) == ",") return false;
    return k < toks_.size() && is_speech_verb(tok(k));
  }

  // ", the authority's chief engineer" / ", a spokeswoman for" after a name.
  bool apposition_role_after(std::size_t end) const {
    if (tok(end) != ",") return false;
    std::size_t k = end + 1;
    if (tok(k) == "the" || tok(k) == "a" || tok(k) == "an" || tok(k) == "its" || tok(k) == "his" || tok(k) == "her") ++k;
    for (std::size_t q = k; q < k + 5 && q < toks_.size(); ++q) {
      const auto m = title_at(q, toks_.size());
      if (m.tokens > 0 && m.entry->label != "honorific") return true;
      if (tok(q) == "," || tok(q) == ".") break;
    }
    return false;
  }

  std::string_view classify_org_words(std::size_t first, std::size_t end) const {
    if (lex_.is_facility_word(tok(end - 1))) return labels::kLoc;
    const OrgWordPosition last = lex_.org_word(tok(end - 1));
    if (last == OrgWordPosition::last || last == OrgWordPosition::any) return labels::kOrg;
    const OrgWordPosition head = lex_.org_word(tok(first));
    if (head == OrgWordPosition::first || head == OrgWordPosition::any) {
      if (end - first >= 2) return labels::kOrg;
    }
    for (std::size_t k = first + 1; k + 1 < end; ++k) {
      if (tok(k) == "of" || tok(k) == "for") {
        const OrgWordPosition w = lex_.org_word(tok(k - 1));
        if (w != OrgWordPosition::none) return labels::kOrg;  // "Bank of England", "Centers for ..."
      }
    }
    return {};
  }

  void first_pass(const Sentence& s) {
    std::size_t i = s.first_token;
    while (i < s.end_token) {
      const Token& t = toks_[i];
      // Gazetteer first, at any capitalized token (also the sentence start: "Boeing said").
      if (!is_capital_word(t) && !(t.kind == TokenKind::word && t.has(kAllCaps))) {
        ++i;
        continue;
      }
      const bool sentence_start = i == s.first_token || toks_[i - 1].kind == TokenKind::quote ||
                                  (toks_[i - 1].kind == TokenKind::dash && i - 1 == s.first_token);
      // Datelines: "PORTVALE, March 14 —", "WASHINGTON (AP) —", "MILLBROOK, Ohio —".
      if (t.has(kLineStart) && t.has(kAllCaps)) {
        std::size_t j = i;
        while (j < s.end_token && toks_[j].has(kAllCaps) && toks_[j].kind == TokenKind::word && j - i < 4) ++j;
        const std::string_view after = tok(j);
        const bool dateline_end = after == "," || after == "(" || (j < s.end_token && toks_[j].kind == TokenKind::dash);
        if (dateline_end && j > i) {
          const auto gz = lex_.match_name(text_, toks_, i, j);
          if (gz.tokens == j - i) {
            emit(i, j, gz.entry->label, gz.entry->canonical, "dateline", 0.85f);
          } else {
            std::string place(text_.substr(toks_[i].begin, toks_[j - 1].end - toks_[i].begin));
            // "PORTVALE" -> "Portvale": the entity's name, and how running text spells it.
            bool upper = true;
            for (char& c : place) {
              if (c == ' ' || c == '-') { upper = true; continue; }
              if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
              upper = false;
            }
            emit(i, j, labels::kGpe, {}, "dateline", 0.8f);
            out_.back().canonical_owned = place;
            places_.insert(std::move(place));
          }
          i = j;
          continue;
        }
      }
      // Titles: "Sen. Lindsey Graham", "Foreign Minister Wang Yi", "Chief executive Thomas Enders".
      const auto title = title_at(i, s.end_token);
      if (title.tokens > 0 && i + title.tokens < s.end_token &&
          is_capital_word(toks_[i + title.tokens])) {
        const std::size_t name_first = i + title.tokens;
        const auto gz = lex_.match_name(text_, toks_, name_first, s.end_token);
        const bool name_is_title = title_at(name_first, s.end_token).tokens > 0;
        // "President Vladimir Putin": Vladimir is also a city, but a title wants a person.
        const bool place_as_first_name = gz.tokens == 1 && name_first + 1 < s.end_token &&
                                         is_capital_word(toks_[name_first + 1]) && gz.entry->label != labels::kOrg;
        if ((gz.tokens == 0 || gz.entry->label == labels::kPerson || place_as_first_name) && !name_is_title) {
          const std::size_t e = run_end(name_first, s.end_token);
          const std::size_t cut = person_end(name_first, e);
          emit(name_first, cut, labels::kPerson, {}, "title", 0.9f);
          i = cut;
          continue;
        }
      }
      const std::size_t e = run_end(i, s.end_token);
      // Organisation words decide for the whole run: "Portvale Harbour Authority".
      if (e - i >= 2) {
        std::size_t first = i;
        if (sentence_start && is_function_word(tok(first))) ++first;
        if (e - first >= 2) {
          const std::string_view org = classify_org_words(first, e);
          const auto exact = lex_.match_name(text_, toks_, first, e);
          if (exact.tokens == e - first) {
            emit(first, e, exact.entry->label, exact.entry->canonical, "gazetteer", 0.9f);
            i = e;
            continue;
          }
          if (!org.empty() && !contains_title(first, e)) {
            emit(first, e, org, {}, "org-word", 0.85f);
            i = e;
            continue;
          }
        }
      }
      const auto gz = lex_.match_name(text_, toks_, i, e > i ? e : i + 1);
      if (gz.tokens > 0 && gz.entry->label == labels::kOrg && i + gz.tokens < e) {
        // "Boeing Commercial Airplanes", "EADS North America": a known organisation's division,
        // up to a title inside the run ("Apple Computer CEO Steve Jobs").
        std::size_t stop = i + gz.tokens;
        while (stop < e && title_at(stop, e).tokens == 0 && !toks_[stop].has(kHasDigit) &&
               !(lex_.is_first_name(tok(stop)) && stop + 1 < e)) ++stop;
        if (stop > i + gz.tokens && !(stop < e && toks_[stop].has(kHasDigit))) {
          emit(i, stop, labels::kOrg, {}, "org-division", 0.75f);
          i = stop;
          continue;
        }
      }
      if (gz.tokens > 0) {
        const std::size_t ge = i + gz.tokens;
        // A known first word of a longer unknown capitalized run is part of a bigger name
        // ("Georgia Tech", "Jordan Smith"): leave those to the run rules below.
        const bool longer_run = ge < e && gz.entry->label != labels::kOrg && gz.tokens == 1 &&
                                (lex_.is_first_name(tok(i)) || !lex_.match_name(text_, toks_, ge, e).tokens);
        if (!longer_run) {
          emit(i, ge, gz.entry->label, gz.entry->canonical, "gazetteer", 0.9f);
          i = ge;
          continue;
        }
      }
      if (e == i) {
        ++i;
        continue;
      }
      classify_run(s, i, e, sentence_start);
      i = e;
    }
  }

  bool contains_title(std::size_t first, std::size_t end) const {
    for (std::size_t k = first; k < end; ++k) {
      const auto m = title_at(k, end);
      if (m.tokens > 0 && m.entry->label != "role" && k + m.tokens < end) return true;
    }
    return false;
  }

  // A person's name ends before a lowercase token or at the run end; at most 4 tokens.
  std::size_t person_end(std::size_t first, std::size_t end) const {
    std::size_t k = first;
    while (k < end && k - first < 4 && (is_capital_word(toks_[k]) || (k > first && is_connector(tok(k)) && tok(k) != "and" && tok(k) != "of" && tok(k) != "for"))) ++k;
    return k;
  }

  void classify_run(const Sentence& s, std::size_t first, std::size_t end, bool sentence_start) {
    // Drop a sentence-initial function word or calendar word.
    if (sentence_start && (is_function_word(tok(first)) || is_calendar_word(tok(first)))) {
      ++first;
      if (first >= end) return;
      sentence_start = false;
    }
    // Split off a known place or organisation at the end ("Ryanair CEO" is handled by titles).
    const std::size_t n = end - first;
    const std::string_view w0 = tok(first);
    const bool acronym = n == 1 && toks_[first].has(kAllCaps) && w0.size() <= 6;
    // "engine maker Europrop", "German airline Lufthansa": a descriptor names an organisation.
    if (first > s.first_token && lex_.is_org_descriptor(tok(first - 1)) && !toks_[first].has(kAllCaps) &&
        !lex_.is_first_name(w0)) {
      emit(first, end, labels::kOrg, {}, "descriptor", 0.7f);
      return;
    }
    const bool role_comma_before = first >= s.first_token + 2 && tok(first - 1) == "," &&
                                   title_before(first - 1, s.first_token);
    if (title_before(first, s.first_token) || apposition_role_after(end) || (role_comma_before && n <= 3)) {
      emit(first, person_end(first, end), labels::kPerson, {}, "title", 0.85f);
      return;
    }
    bool has_caps_word = false;
    for (std::size_t k = first + 1; k < end; ++k) has_caps_word = has_caps_word || toks_[k].has(kAllCaps);
    if (lex_.is_first_name(w0) && n >= 2 && n <= 4 && !has_caps_word) {
      emit(first, end, labels::kPerson, {}, "first-name", 0.8f);
      return;
    }
    // An acronym alone is an organisation only when it is defined in brackets right after a
    // name ("... Space Company (EADS)"); others ("CEO", "TV", "UTC") are left alone.
    if (acronym && first >= 2 && tok(first - 1) == "(" && tok(end) == ")" && covered(first - 2)) {
      emit(first, end, labels::kOrg, {}, "acronym", 0.75f);
      return;
    }
    // "..., said Tomás Aldane": a short capitalized run right after a speech verb.
    if (n >= 2 && n <= 3 && first > s.first_token && (tok(first - 1) == "said" || tok(first - 1) == "says")) {
      emit(first, end, labels::kPerson, {}, "speaker", 0.65f);
      return;
    }
    if (n >= 2 && n <= 3 && said_after(end) && !sentence_start) {
      emit(first, end, labels::kPerson, {}, "speaker", 0.6f);
      return;
    }
    if (n >= 2 && n <= 3 && said_after(end) && sentence_start) {
      emit(first, end, labels::kPerson, {}, "speaker", 0.55f);
      return;
    }
    if (n == 1 && !sentence_start && first > 0 && is_place_preposition(tok(first - 1)) &&
        !lex_.is_first_name(w0)) {
      emit(first, end, labels::kGpe, {}, "place-preposition", 0.5f);
      return;
    }
    // "Cupertino, California": an unknown place named with its state or country.
    if (n <= 3 && tok(end) == "," && end + 1 < s.end_token) {
      const auto region = lex_.match_name(text_, toks_, end + 1, s.end_token);
      if (region.tokens > 0 && region.entry->label == labels::kGpe &&
          region.entry->attrs.find("subdivision=") != std::string::npos) {
        emit(first, end, labels::kGpe, {}, "place-with-region", 0.7f);
        return;
      }
    }
    // Remember for the evidence pass.
    unknown_runs_.push_back({static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(end), first == s.first_token});
  }

  // Multi-token unknown runs: two or three capitalized words, not at a sentence start, whose
  // last word is a known surname ("Tom Ellery" after "Speaker Tom Ellery").
  void resolve_unknown_runs() {
    for (const UnknownRun& r : unknown_runs_) {
      bool any_covered = false;
      for (std::uint32_t k = r.first; k < r.end; ++k) any_covered = any_covered || covered(k);
      if (any_covered) continue;
      const std::size_t n = r.end - r.first;
      if (n >= 2 && n <= 3 && !r.sentence_start && surnames_.contains(tok(r.end - 1))) {
        emit(r.first, r.end, labels::kPerson, {}, "surname", 0.7f);
      }
    }
  }

  void collect_evidence() {
    for (const NameMention& m : out_) {
      if (m.label == labels::kPerson && m.end - m.first >= 2) {
        surnames_.insert(std::string(tok(m.end - 1)));
      }
      if (m.label == labels::kOrg && m.end - m.first >= 2) {
        org_heads_.insert(std::string(tok(m.first)));
        org_tails_.insert(std::string(tok(m.end - 1)));
        // initials: "Government Accountability Office" -> GAO
        std::string initials;
        for (std::uint32_t k = m.first; k < m.end; ++k) {
          if (is_capital_word(toks_[k])) initials.push_back(tok(k)[0]);
        }
        if (initials.size() >= 2) acronyms_.insert(initials);
      }
    }
  }

  void second_pass(const Sentence& s) {
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      if (covered(i) || !is_capital_word(toks_[i])) continue;
      const std::string_view w = tok(i);
      const bool sentence_start = i == s.first_token || toks_[i - 1].kind == TokenKind::quote;
      if (is_calendar_word(w)) continue;
      if (sentence_start && is_function_word(w)) continue;
      // Unknown runs of one token that match evidence.
      const std::size_t e = i + 1;
      if (places_.contains(w) && !(e < s.end_token && is_capital_word(toks_[e]) &&
                                             lex_.org_word(tok(e)) == OrgWordPosition::none)) {
        emit(i, e, labels::kGpe, {}, "dateline-place", 0.75f);
        continue;
      }
      if (surnames_.contains(w) && !(e < s.end_token && is_capital_word(toks_[e]))) {
        emit(i, e, labels::kPerson, {}, "surname", 0.75f);
        continue;
      }
      if (org_heads_.contains(w) && !(e < s.end_token && is_capital_word(toks_[e]))) {
        emit(i, e, labels::kOrg, {}, "org-short-name", 0.7f);
        continue;
      }
      if (acronyms_.contains(w)) {
        emit(i, e, labels::kOrg, {}, "acronym", 0.75f);
        continue;
      }
      // "the Journal" after "the Wall Street Journal"
      if (i > 0 && tok(i - 1) == "the" && org_tails_.contains(w)) {
        emit(i, e, labels::kOrg, {}, "org-short-name", 0.65f);
        continue;
      }
    }
  }

  // Lower-case words that end a left extension: determiners, prepositions, verbs ...
  static bool stops_extension(std::string_view w) {
    static constexpr std::string_view kStops[] = {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
        "those", "by", "of", "for", "with", "from", "to", "in", "on", "at", "as", "said", "says", "is",
        "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "and", "or", "but",
        "when", "while", "after", "before", "than", "who", "which", "that", "also", "not", "new",
        "because", "since", "although", "though", "during", "until", "where", "against", "about",
        "into", "onto", "over", "under", "between", "among", "through", "across", "behind", "like",
        "via", "per", "toward", "towards", "upon", "within", "without", "amid", "despite",
        "including", "plus", "if", "so", "yet", "could", "should", "may", "might", "must", "can",
        "did", "does", "do", "being", "upheld", "won", "lost", "made", "took", "got", "put", "set"};
    return one_of(w, kStops);
  }

  std::size_t sentence_first(std::span<const Sentence> sentences, std::size_t tok_index) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), tok_index,
                               [](std::size_t t, const Sentence& s) { return t < s.first_token; });
    return it == sentences.begin() ? 0 : std::prev(it)->first_token;
  }

  // Walks left from `first` over a descriptor phrase: lower-case words and capitalized names
  // ("JSA Research defence analyst", "Irish low cost airline", "Airbus chief executive").
  // Returns the new first token, or `first` when the phrase is not acceptable.
  std::size_t extend_left(std::size_t first, std::size_t sentence_begin, std::size_t max_words) const {
    std::size_t k = first;
    std::size_t words = 0;
    while (k > sentence_begin && words < max_words) {
      const Token& t = toks_[k - 1];
      const std::string_view w = tok(k - 1);
      if (t.kind != TokenKind::word || t.has(kPossessive)) break;
      if (!t.has(kCapitalized) && stops_extension(w)) {
        // "computer and electronics maker": "and" between two lower-case nouns.
        const bool inner_and = w == "and" && k >= 2 && toks_[k - 2].kind == TokenKind::word &&
                               !toks_[k - 2].has(kCapitalized) && !stops_extension(tok(k - 2));
        if (!inner_and) break;
      }
      if (t.has(kCapitalized) && is_function_word(w)) break;
      --k;
      ++words;
      if (t.has(kCapitalized)) break;  // "U.S. electronics retailer": a name bounds the phrase
    }
    return k;
  }

  // Left over a person's description: roles, role modifiers, and capitalized names (the
  // organisation: "Airbus chief executive"), never over other lower-case words.
  std::size_t extend_left_role(std::size_t first, std::size_t sentence_begin) const {
    std::size_t k = first;
    while (k > sentence_begin && first - k < 5) {
      const Token& t = toks_[k - 1];
      const std::string_view w = tok(k - 1);
      if (t.kind != TokenKind::word || t.has(kPossessive)) break;
      if (t.has(kCapitalized)) {
        if (is_function_word(w) || is_calendar_word(w)) break;
        --k;
        continue;
      }
      bool role = is_role_modifier(w);
      for (std::size_t back = 1; !role && back <= 3 && back <= k - sentence_begin; ++back) {
        const auto m = title_at(k - back, k);
        role = m.tokens == back;
      }
      if (!role) break;
      --k;
    }
    // "and" may not start the description.
    while (k < first && tok(k) == "and") ++k;
    return k;
  }

  void adjust_extents(std::span<const Sentence> sentences) {
    std::vector<NameMention> extra;
    std::vector<bool> drop(out_.size(), false);
    for (std::size_t m = 0; m < out_.size(); ++m) {
      NameMention& x = out_[m];
      const std::size_t sb = sentence_first(sentences, x.first);
      const std::string_view next = tok(x.end);
      // "US$ 40": a currency, not a country.
      if (next == "$" && !toks_[x.end].has(kSpaceBefore)) { drop[m] = true; continue; }
      // "Boeing 737s", "Airbus A380": a product, not the maker.
      if (x.label == labels::kOrg && x.end < toks_.size() && toks_[x.end].has(kSpaceBefore) &&
          (toks_[x.end].has(kHasDigit) || toks_[x.end].kind == TokenKind::number)) {
        drop[m] = true;
        continue;
      }
      // "Heathrow airport": a place and a lower-case facility word are one place.
      if ((x.label == labels::kGpe || x.label == labels::kLoc) && x.end < toks_.size() &&
          toks_[x.end].kind == TokenKind::word && !toks_[x.end].has(kCapitalized)) {
        std::string cap(next);
        if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 32);
        if (lex_.is_facility_word(cap) && cap != "Park" && cap != "Street" && cap != "Road") {
          NameMention c = x;
          c.end = x.end + 1;
          c.span.end = toks_[x.end].end;
          c.label = labels::kLoc;
          c.rule = "facility";
          extra.push_back(std::move(c));
          drop[m] = true;
          continue;
        }
      }
      // "Mobile, Alabama": a place with its state or country is one place.
      if ((x.label == labels::kGpe || x.label == labels::kLoc) && next == "," && m + 1 < out_.size()) {
        const NameMention& y = out_[m + 1];
        if (y.first == x.end + 1 && y.label == labels::kGpe && !y.canonical_name().empty()) {
          NameMention c = x;
          c.end = y.end;
          c.span = ByteSpan{x.span.begin, y.span.end};
          c.rule = "place-with-region";
          extra.push_back(std::move(c));
          drop[m] = true;
          continue;
        }
      }
      if (x.label == labels::kPerson) {
        // Title or role before the name belongs to the mention: "Senator McCain", "Airbus chief
        // executive Noel Forgeard", "Ryanair CEO, Michael O'Leary". The bare name stays too.
        std::size_t k = x.first;
        for (std::size_t back = 1; back <= 4 && back <= x.first - sb; ++back) {
          const auto t = title_at(x.first - back, x.first);
          if (t.tokens == back) k = x.first - back;
        }
        // "Ryanair CEO, Michael O'Leary": a role phrase that starts the sentence, then a comma.
        if (k == x.first && x.first >= sb + 2 && tok(x.first - 1) == ",") {
          const std::size_t role_end = x.first - 1;
          for (std::size_t back = 1; back <= 3 && back <= role_end - sb; ++back) {
            const auto t = title_at(role_end - back, role_end);
            if (t.tokens == back && extend_left_role(role_end - back, sb) == sb) k = role_end - back;
          }
        }
        if (k < x.first) {
          const std::size_t start = extend_left_role(k, sb);
          NameMention c = x;
          c.first = static_cast<std::uint32_t>(start);
          c.span.begin = toks_[start].begin;
          c.rule = "title";
          c.canonical = text_.substr(x.span.begin, x.span.size());
          extra.push_back(std::move(c));
        }
        continue;
      }
      if (x.label == labels::kOrg || x.label == labels::kGpe || x.label == labels::kLoc) {
        // "German airline Lufthansa", "engine maker Europrop", "Irish low cost airline, Ryanair".
        if (x.label == labels::kOrg && x.first > sb) {
          std::size_t d = x.first;
          if (tok(d - 1) == "," && d >= 2) --d;
          if (d > sb && lex_.is_org_descriptor(tok(d - 1))) {
            const std::size_t start = extend_left(d - 1, sb, 4);
            const bool comma = d != x.first;
            if (!comma || start == sb) {
              NameMention c = x;
              c.first = static_cast<std::uint32_t>(start);
              c.span.begin = toks_[start].begin;
              c.rule = "descriptor";
              if (c.canonical.empty()) c.canonical = text_.substr(x.span.begin, x.span.size());
              extra.push_back(std::move(c));
              continue;
            }
          }
        }
      }
    }
    // The kept mentions are still in text order; merge the few new ones in.
    auto before = [](const NameMention& a, const NameMention& b) {
      return a.first != b.first ? a.first < b.first : a.end > b.end;
    };
    std::vector<NameMention> kept;
    kept.reserve(out_.size());
    for (std::size_t m = 0; m < out_.size(); ++m) {
      if (!drop[m]) kept.push_back(std::move(out_[m]));
    }
    // Determiner extensions may reorder a few ties; usually nothing needs sorting.
    if (!std::is_sorted(kept.begin(), kept.end(), before)) std::stable_sort(kept.begin(), kept.end(), before);
    if (!std::is_sorted(extra.begin(), extra.end(), before)) std::stable_sort(extra.begin(), extra.end(), before);
    out_.clear();
    out_.reserve(kept.size() + extra.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
               std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()),
               std::back_inserter(out_), before);
  }

  std::string_view text_;
  std::span<const Token> toks_;
  const Lexicons& lex_;
  std::vector<NameMention> out_;
  std::vector<bool> covered_;
  static constexpr std::uint32_t kNotComputed = ~std::uint32_t{0};
  mutable std::vector<Lexicons::Match> title_cache_;
  struct UnknownRun {
    std::uint32_t first, end;
    bool sentence_start;
  };
  std::vector<UnknownRun> unknown_runs_;
  using StringSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
  StringSet surnames_, org_heads_, org_tails_, acronyms_, places_;
};

}  // namespace

std::vector<NameMention> find_names(std::string_view text, std::span<const Token> tokens,
                                    std::span<const Sentence> sentences, const Lexicons& lex) {
  return NameFinder(text, tokens, lex).run(sentences);
}

}  // namespace newsmark
