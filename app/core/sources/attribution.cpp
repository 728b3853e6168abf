#include "core/sources/attribution.h"

#include <algorithm>

#include "core/sources/quote_marks.h"
#include "core/sources/source_phrases.h"

namespace newsmark {

const char* quote_kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::partial: return "partial";
    case QuoteKind::scare: return "scare";
    case QuoteKind::indirect: return "indirect";
  }
  return "direct";
}

const char* source_kind_name(SourceKind kind) {
  switch (kind) {
    case SourceKind::named_person: return "named-person";
    case SourceKind::named_org: return "named-org";
    case SourceKind::unnamed_member: return "unnamed-member";
    case SourceKind::anonymous: return "anonymous";
    case SourceKind::document: return "document";
  }
  return "anonymous";
}

namespace {

using attribution_detail::SourcePhrases;

bool is_sentence_end(std::string_view w) { return w == "." || w == "?" || w == "!"; }

// Words right before a quotation that make it a name, a title or a term, not speech:
// 'the so-called "reform"', 'a robot named "Hope"', 'known as "Super District Council"'.
bool names_a_term(const Lower& w) {
  return w == "so-called" || w == "dubbed" || w == "named" || w == "titled" || w == "entitled" || w == "as" ||
         w == "word" || w == "words" || w == "term" || w == "phrase" || w == "label" || w == "slogan" ||
         w == "hashtag" || w == "nicknamed" || w == "branded" || w == "headlined" || w == "marked";
}

// Cues that report speech in the sentence after them ("said that ..."); others ("read",
// "asked", "continued") only introduce direct quotes.
bool reports_content(std::string_view cue) {
  return !(cue == "read" || cue == "reads" || cue == "asked" || cue == "asks" || cue == "continued" ||
           cue == "went on" || cue == "posted" || cue == "tweeted" || cue == "replied" || cue == "responded" ||
           cue == "commented" || cue == "remarked" || cue == "recalled" || cue == "recalls");
}

bool is_naming_verb(const Lower& w) { return w == "called" || w == "calls" || w == "calling"; }

// "Better Idea of Afghan Girls", "Scientology vs. the Internet, part XVII": every content word
// capitalized. Titles of works and names in quotation marks, not speech.
bool is_title_case(std::string_view text, std::span<const Token> toks, std::size_t first, std::size_t end) {
  std::size_t words = 0, capitalized = 0;
  for (std::size_t t = first; t < end; ++t) {
    if (toks[t].kind != TokenKind::word) continue;
    const Lower w(toks[t].text(text));
    if (w == "of" || w == "the" || w == "and" || w == "a" || w == "an" || w == "in" || w == "on" || w == "for" ||
        w == "to" || w == "vs." || w == "at" || w == "from" || w == "with" || w == "by") {
      continue;
    }
    ++words;
    capitalized += toks[t].has(token_flags::kCapitalized) || toks[t].has(token_flags::kHasDigit) ? 1 : 0;
  }
  return words >= 2 && capitalized == words;
}

bool is_tell(const Lower& w) { return w == "told" || w == "tells" || w == "tell"; }

class Finder {
 public:
  Finder(std::string_view text, std::span<const Token> toks, std::span<const Sentence> sentences,
         std::span<const NameMention> names, std::span<const std::int32_t> entity_of, const Lexicons& lex)
      : text_(text), toks_(toks), sentences_(sentences), names_(names), lex_(lex),
        phrases_(text, toks, names, entity_of, lex), cue_len_(toks.size(), 0), in_quote_(toks.size(), 0),
        in_indirect_(toks.size(), 0) {}

  Attribution run() {
    find_cues();
    direct_quotes();
    pull_quotes();
    indirect_speech();
    hedges();
    finish();
    return std::move(out_);
  }

 private:
  std::string_view tok(std::size_t i) const { return toks_[i].text(text_); }
  Lower low(std::size_t i) const { return Lower(tok(i)); }

  // The sentence holding token i.
  const Sentence& sentence_of(std::size_t i) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), i,
                               [](std::size_t t, const Sentence& s) { return t < s.first_token; });
    return it == sentences_.begin() ? sentences_.front() : *std::prev(it);
  }

  void find_cues() {
    const std::size_t n = toks_.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (toks_[i].kind != TokenKind::word) continue;
      const Lexicons::Match m = lex_.match_cue(text_, toks_, i, std::min(n, i + 4));
      if (m.tokens == 0) continue;
      // "declined to say", "refused to tell": no one is quoted; "has been told", "was asked":
      // the passive names the audience, not the speaker.
      if (i > 0) {
        const Lower prev = low(i - 1);
        // "a reported fee", "the said company": an adjective after a determiner.
        if (prev == "to" || prev == "been" || prev == "be" || prev == "being" || prev == "was" || prev == "were" ||
            prev == "is" || prev == "are" || prev == "a" || prev == "an" || prev == "the" || prev == "this" ||
            prev == "his" || prev == "her" || prev == "its" || prev == "their") {
          continue;
        }
      }
      // "called" reports speech after a subject or an auxiliary ("has called the plan ..."), not
      // after a noun ("a robot called ...").
      if (is_naming_verb(low(i)) && i > 0) {
        const Lower prev = low(i - 1);
        if (!(prev == "has" || prev == "have" || prev == "had" || prev == "also" || prev == "he" || prev == "she" ||
              prev == "they" || prev == "it" || prev == "who" || prev == "and" || prev == "publicly" || prev == "," ||
              (toks_[i - 1].has(token_flags::kCapitalized) && !toks_[i - 1].has(token_flags::kLineStart)))) {
          continue;
        }
      }
      // A capitalized cue mid-sentence is a name ("Says Law"), not a verb.
      if (toks_[i].has(token_flags::kCapitalized) && i > 0 && !toks_[i].has(token_flags::kLineStart) &&
          !is_sentence_end(tok(i - 1)) && toks_[i - 1].kind != TokenKind::quote && low(i) != "according") {
        continue;
      }
      cue_len_[i] = static_cast<std::uint8_t>(m.tokens);
      cue_detail_.emplace_back(static_cast<std::uint32_t>(i), m.entry->canonical);
      i += m.tokens - 1;
    }
  }

  std::string_view cue_detail(std::size_t i) const {
    auto it = std::lower_bound(cue_detail_.begin(), cue_detail_.end(), static_cast<std::uint32_t>(i),
                               [](const auto& p, std::uint32_t v) { return p.first < v; });
    return it != cue_detail_.end() && it->first == i ? it->second : std::string_view();
  }

  std::int32_t add_cue(std::size_t i) {
    const ByteSpan span{toks_[i].begin, toks_[i + cue_len_[i] - 1].end};
    for (std::size_t k = out_.cues.size(); k > 0 && k + 8 > out_.cues.size(); --k) {
      if (out_.cues[k - 1].span == span) return static_cast<std::int32_t>(k - 1);
    }
    out_.cues.push_back(CueMention{span, cue_detail(i)});
    return static_cast<std::int32_t>(out_.cues.size() - 1);
  }

  std::int32_t add_source(const SourceMention& s) {
    phrases_.spoke(s);
    for (std::size_t k = out_.sources.size(); k > 0 && k + 8 > out_.sources.size(); --k) {
      if (out_.sources[k - 1].span == s.span) return static_cast<std::int32_t>(k - 1);
    }
    out_.sources.push_back(s);
    return static_cast<std::int32_t>(out_.sources.size() - 1);
  }

  struct Found {
    std::size_t cue = 0;
    std::optional<SourceMention> source;
    bool adjacent = false;  // the cue is right next to the quote ("...," she said / said: "...")
    std::size_t last_token = 0;  // the attribution's last token
  };

  // '"...," she said' / '"...," said the minister' / '"...", it added'.
  std::optional<Found> cue_after(const QuotedPiece& p) const {
    const std::size_t n = toks_.size();
    // '"... still work." The European Union ...': a quote closing its sentence with a period
    // has its attribution before it; after "?" or "!" the attribution goes on in lower case
    // ('"Why now?" she asked').
    const std::string_view last_inside = tok(p.end - 1);
    std::size_t j = p.close + 1;
    if (last_inside == ".") return std::nullopt;
    if ((last_inside == "?" || last_inside == "!") && j < n && toks_[j].has(token_flags::kCapitalized) &&
        cue_len_[j] == 0 && !(j + 1 < n && cue_len_[j + 1] > 0)) {
      return std::nullopt;
    }
    if (j < n && tok(j) == ",") ++j;
    for (std::size_t c = j; c < n && c < j + 16; ++c) {
      const Token& t = toks_[c];
      // The attribution shares the quote's paragraph.
      // (An apostrophe closing a plural possessive, "the Farmers' Union", is not a mark.)
      if (t.has(token_flags::kLineStart) ||
          (c > j && t.kind == TokenKind::quote && t.has(token_flags::kSpaceBefore))) {
        break;
      }
      if (is_sentence_end(tok(c)) || tok(c) == ";") break;
      if (cue_len_[c] == 0) continue;
      Found f;
      f.cue = c;
      f.adjacent = true;
      f.last_token = c + cue_len_[c] - 1;
      if (c == j) {
        std::size_t end = 0;
        f.source = phrases_.phrase_after(c + cue_len_[c], std::min(n, c + 16), &end);
        if (f.source) f.last_token = end - 1;
      } else {
        // The subject must fill the gap: '"...," Tierney said', not '"..." south of the
        // breakwater, and it has asked'.
        f.source = phrases_.subject_before(c, j);
        if (!f.source || f.source->span.begin > toks_[j].begin + 0u) {
          if (!(f.source && gap_is_subject(j, c, f.source->span))) return std::nullopt;
        }
      }
      return f;
    }
    return std::nullopt;
  }

  // Whether the tokens [first, cue) are the subject `span` with only its description around it
  // ("the trust's medical director, Dr. Helen Maddox,"), not another clause ('"..." south of
  // the breakwater, and it has asked').
  bool gap_is_subject(std::size_t first, std::size_t cue, ByteSpan span) const {
    std::size_t extra = 0;
    for (std::size_t t = first; t < cue; ++t) {
      if (toks_[t].begin >= span.begin && toks_[t].end <= span.end) continue;
      const Lower w = low(t);
      if (w == "and" || w == "but" || w == "or" || w == "which" || w == "that" || w == "while" || w == "when" ||
          w == "as" || w == "because" || w == "after" || w == "before" || w == "it" || w == "they") {
        return false;
      }
      // A plural possessive's apostrophe ("the Farmers' Union") is part of the phrase.
      const bool apostrophe = toks_[t].kind == TokenKind::quote && !toks_[t].has(token_flags::kSpaceBefore);
      const bool part = toks_[t].kind == TokenKind::word || tok(t) == "," || apostrophe;
      if (!part || ++extra > 8) return false;
    }
    return true;
  }

  // 'She said, "..."' / 'Braverman told GB News: "..."' / 'said a "more general reflection"'.
  std::optional<Found> cue_before(const QuotedPiece& p, std::size_t reach) const {
    const std::size_t start = p.open != QuotedPiece::kNone ? p.open : p.first;
    if (start == 0 || toks_[start].has(token_flags::kLineStart)) return std::nullopt;
    std::size_t k = start;
    bool punct_before = false;
    if (tok(k - 1) == "," || tok(k - 1) == ":") {
      punct_before = true;
      --k;
    }
    const std::size_t floor = k > reach ? k - reach : 0;
    for (std::size_t c = k; c > floor;) {
      --c;
      const Token& t = toks_[c];
      if (t.kind == TokenKind::quote || is_sentence_end(tok(c)) || tok(c) == ";") break;
      if (cue_len_[c] == 0) {
        if (t.has(token_flags::kLineStart)) break;
        continue;
      }
      Found f;
      f.cue = c;
      f.last_token = c + cue_len_[c] - 1;
      // Adjacent: nothing but the cue's object ("told GB News") between it and the mark.
      f.adjacent = punct_before && k - c <= 5;
      // Limit the subject to the sentence (or the line) holding the cue.
      std::size_t limit = c;
      while (limit > 0 && !toks_[limit].has(token_flags::kLineStart) && !is_sentence_end(tok(limit - 1)) &&
             toks_[limit - 1].kind != TokenKind::quote && tok(limit - 1) != ";") {
        --limit;
      }
      if (cue_detail(c) == "source-after") {
        f.source = phrases_.phrase_after(c + cue_len_[c], start, nullptr);
      } else {
        f.source = phrases_.subject_before(c, limit);
        if (!f.source && c + cue_len_[c] < k) f.source = phrases_.phrase_after(c + cue_len_[c], k, nullptr);
      }
      return f;
    }
    return std::nullopt;
  }

  // Whether a quote opening a sentence at `start` goes on with the last speaker: only the rest
  // of that speaker's attribution lies between ('"...," said Mayor Ellen Park, who chairs the
  // board. "The harbour ..."'): no other cue, quote or person, at most two sentence ends.
  bool continues_speaker(std::size_t from, std::size_t start, std::int32_t source) const {
    const ByteSpan speaker = out_.sources[static_cast<std::size_t>(source)].span;
    std::size_t words = 0, ends = 0;
    for (std::size_t t = from; t < start; ++t) {
      if (cue_len_[t] > 0 || toks_[t].kind == TokenKind::quote) return false;
      if (is_sentence_end(tok(t)) && ++ends > 2) return false;
      if (toks_[t].kind == TokenKind::word && ++words > 25) return false;
    }
    const std::uint32_t b = from < toks_.size() ? toks_[from].begin : 0;
    const std::uint32_t e = start < toks_.size() ? toks_[start].begin : b;
    auto it = std::lower_bound(names_.begin(), names_.end(), b,
                               [](const NameMention& n, std::uint32_t x) { return n.span.begin < x; });
    for (; it != names_.end() && it->span.begin < e; ++it) {
      if (it->label == labels::kPerson && !speaker.overlaps(it->span)) return false;
    }
    return true;
  }

  void mark_quoted(const QuotedPiece& p) {
    for (std::size_t t = p.first; t < p.end; ++t) in_quote_[t] = 1;
  }

  void direct_quotes() {
    const std::vector<QuotedPiece> pieces = find_quoted_pieces(text_, toks_);
    ByteSpan last_direct{};        // the last direct quote's piece (nested single marks are skipped)
    std::int32_t last_source = kNoIndex;
    std::size_t last_attribution_end = 0;  // token after the last quote and its attribution
    for (const QuotedPiece& p : pieces) {
      if (p.single && last_direct.contains(p.span)) continue;  // a quote inside a quote
      std::size_t words = 0;
      bool has_sentence = false;
      for (std::size_t t = p.first; t < p.end; ++t) {
        if (toks_[t].kind == TokenKind::word || toks_[t].kind == TokenKind::number) ++words;
        if (is_sentence_end(tok(t)) && t + 1 < p.end) has_sentence = true;
      }
      const std::string_view last_inside = tok(p.end - 1);
      const bool ends_like_speech = last_inside == "," || is_sentence_end(last_inside);
      const std::size_t start = p.open != QuotedPiece::kNone ? p.open : p.first;
      const bool opens_line = toks_[start].has(token_flags::kLineStart) ||
                              (start > 0 && (is_sentence_end(tok(start - 1)) ||
                                             (toks_[start - 1].kind == TokenKind::quote && start > 1 &&
                                              is_sentence_end(tok(start - 2)))));
      // A quotation followed by a dash is a title in a list of sources ('"Document found on
      // street" — The Canadian Press'); one after "known as", "named", "the word" is a term.
      const bool followed_by_dash = p.close != QuotedPiece::kNone && p.close + 1 < toks_.size() &&
                                    toks_[p.close + 1].kind == TokenKind::dash;
      const bool term = (start > 0 && names_a_term(low(start - 1))) || followed_by_dash ||
                        (words <= 8 && is_title_case(text_, toks_, p.first, p.end));

      std::optional<Found> found;
      if (!term && p.close != QuotedPiece::kNone) found = cue_after(p);
      if (!term && !found) found = cue_before(p, ends_like_speech || opens_line ? 8 : 16);

      QuoteMention q;
      q.span = p.span;
      // '"Why now?" asked Holt' is speech however short; otherwise three words at least.
      const bool speech_shaped = (words >= 3 && (ends_like_speech || has_sentence || opens_line)) ||
                                 (words >= 1 && ends_like_speech && found && found->adjacent);
      if (p.continues) {
        q.kind = QuoteKind::direct;
      } else if (term || (p.single && words <= 4 && !speech_shaped)) {
        q.kind = QuoteKind::scare;
      } else if (found && (found->adjacent || opens_line) && speech_shaped) {
        q.kind = QuoteKind::direct;
      } else if (found) {
        q.kind = words >= 1 ? QuoteKind::partial : QuoteKind::scare;
      } else if (speech_shaped && (words >= 6 || opens_line)) {
        q.kind = QuoteKind::direct;
      } else if (words >= 4 && !p.single) {
        // Four words and more in a sentence are someone's words even when the cue is outside
        // the lexicon ('the government recommending "online translation tools if needed"').
        q.kind = QuoteKind::partial;
      } else {
        q.kind = QuoteKind::scare;
      }
      if (q.kind == QuoteKind::scare) {
        q.confidence = 0.5f;
        out_.quotes.push_back(q);
        continue;
      }
      if (found && !p.continues) {
        q.cue = add_cue(found->cue);
        if (found->source) q.source = add_source(*found->source);
        q.confidence = q.kind == QuoteKind::direct ? (q.source != kNoIndex ? 0.85f : 0.7f) : 0.6f;
        last_attribution_end = std::max<std::size_t>(found->last_token + 1, p.close == QuotedPiece::kNone ? p.end : p.close + 1);
      } else {
        // No cue of its own: it continues the quote before it when nothing but punctuation
        // (or the line break of a new paragraph) separates them.
        if (last_source != kNoIndex && last_attribution_end > 0 &&
            (p.continues || (opens_line && continues_speaker(last_attribution_end, start, last_source)))) {
          q.source = last_source;
          q.continued = true;
          q.confidence = 0.75f;
        } else {
          q.confidence = 0.6f;
        }
        last_attribution_end = p.close == QuotedPiece::kNone ? p.end : p.close + 1;
      }
      if (q.source != kNoIndex) last_source = q.source;
      else if (!q.continued) last_source = kNoIndex;
      if (found) cue_used_.push_back(static_cast<std::uint32_t>(found->cue));
      if (!p.single) last_direct = p.span;
      mark_quoted(p);
      out_.quotes.push_back(q);
    }
  }

  // Skips a short time or place phrase after a cue: "said on Monday", "said in a statement",
  // "said last week". Returns the first token after it.
  std::size_t skip_adjunct(std::size_t k, std::size_t end) const {
    if (k >= end) return k;
    const Lower w = low(k);
    if (!(w == "on" || w == "in" || w == "at" || w == "during" || w == "last" || w == "this" || w == "yesterday" ||
          w == "today" || w == "earlier" || w == "late" || w == "early" || w == "monday" || w == "tuesday" ||
          w == "wednesday" || w == "thursday" || w == "friday" || w == "saturday" || w == "sunday")) {
      return k;
    }
    const std::size_t from = k;
    while (k < end && k - from < 6) {
      if (toks_[k].kind != TokenKind::word && toks_[k].kind != TokenKind::number) break;
      const Lower x = low(k);
      const bool after_preposition = k > from && (low(k - 1) == "in" || low(k - 1) == "on" || low(k - 1) == "at" ||
                                                  low(k - 1) == "during");
      if (k > from && (x == "that" || x == "it" || x == "he" || x == "she" || x == "they" || x == "we" ||
                       x == "there" || x == "i" ||
                       (!after_preposition && (x == "the" || x == "a" || x == "an" || x == "its" || x == "his" ||
                                               x == "her" || x == "their")))) {
        break;
      }
      ++k;
    }
    if (k < end && tok(k) == ",") ++k;
    return k;
  }

  bool overlaps_quote(std::size_t first, std::size_t end) const {
    for (std::size_t t = first; t < end; ++t) {
      if (in_quote_[t] || in_indirect_[t] || toks_[t].kind == TokenKind::quote) return true;
    }
    return false;
  }

  void add_indirect(std::size_t cue, const SourceMention& source, std::size_t first, std::size_t end) {
    // The content ends where another attribution starts: "..., according to a statement".
    for (std::size_t t = first; t + 1 < end; ++t) {
      if (tok(t) == "," && cue_len_[t + 1] > 0 && t + 1 != cue) {
        end = t;
        break;
      }
    }
    while (end > first && (toks_[end - 1].kind == TokenKind::punct || toks_[end - 1].kind == TokenKind::quote)) --end;
    while (first < end && toks_[first].kind == TokenKind::punct) ++first;
    std::size_t words = 0;
    for (std::size_t t = first; t < end; ++t) words += toks_[t].kind == TokenKind::word ? 1 : 0;
    if (words < 3 || overlaps_quote(first, end)) return;
    const Lower w = low(first);
    if (w == "to" || w == "for" || w == "about" || w == "of" || w == "with" || w == "by" || w == "as") return;
    QuoteMention q;
    q.span = ByteSpan{toks_[first].begin, toks_[end - 1].end};
    q.kind = QuoteKind::indirect;
    q.cue = add_cue(cue);
    q.source = add_source(source);
    q.confidence = 0.6f;
    out_.quotes.push_back(q);
    for (std::size_t t = first; t < end; ++t) in_indirect_[t] = 1;
  }

  // The start of a sentence's content: after a dateline ("HARBOURTON — The port ...").
  std::size_t content_start(const Sentence& s) const {
    for (std::size_t t = s.first_token; t < s.end_token && t < s.first_token + 16; ++t) {
      if (toks_[t].kind == TokenKind::dash) return t + 1;
      const bool dateline_word = toks_[t].has(token_flags::kAllCaps) || toks_[t].kind == TokenKind::punct ||
                                 toks_[t].kind == TokenKind::number || toks_[t].has(token_flags::kCapitalized);
      if (!dateline_word) break;
    }
    return s.first_token;
  }

  // Pull quotes and block quotes without marks, signed at the end of their line: "... she was
  // suppressive. Valeska Paris" / "... a difficult decision.  Charles Bolden, NASA
  // Administrator". The line up to its last sentence end is the quote, the name its speaker.
  void pull_quotes() {
    const std::size_t n = toks_.size();
    std::size_t line = 0;
    while (line < n) {
      std::size_t end = line + 1;
      while (end < n && !toks_[end].has(token_flags::kLineStart)) ++end;
      const std::size_t first = line;
      line = end;
      if (end - first < 8 || in_quote_[first] || toks_[first].kind == TokenKind::quote) continue;
      // The signature: a person's name after the last sentence end, then at most a title after
      // a comma ("Charles Bolden, NASA Administrator"), nothing else.
      std::size_t stop = end;
      for (std::size_t t = end; t > first + 4; --t) {
        if (is_sentence_end(tok(t - 1))) {
          stop = t;
          break;
        }
      }
      if (stop >= end || stop - first < 6) continue;
      auto it = std::lower_bound(names_.begin(), names_.end(), toks_[stop].begin,
                                 [](const NameMention& m, std::uint32_t b) { return m.span.begin < b; });
      if (it == names_.end() || it->span.begin != toks_[stop].begin || it->label != labels::kPerson) continue;
      std::size_t after = it->end;
      for (auto jt = it; jt != names_.end() && jt->span.begin == toks_[stop].begin; ++jt) after = std::max<std::size_t>(after, jt->end);
      if (after < end && tok(after) != ",") continue;
      if (after < end && end - after > 10) continue;
      // The sentences before it must not hold a cue of their own (then it is ordinary prose).
      bool cue = false;
      for (std::size_t t = first; t < stop; ++t) cue = cue || cue_len_[t] > 0 || toks_[t].kind == TokenKind::quote;
      if (cue) continue;
      SourceMention src;
      src.span = it->span;
      src.kind = SourceKind::named_person;
      src.name = static_cast<std::int32_t>(it - names_.begin());
      src.how = "name";
      QuoteMention q;
      q.span = ByteSpan{toks_[first].begin, toks_[stop - 1].end};
      q.kind = QuoteKind::direct;
      q.source = add_source(src);
      q.confidence = 0.6f;
      out_.quotes.push_back(q);
      for (std::size_t t = first; t < stop; ++t) in_quote_[t] = 1;
    }
  }

  void indirect_speech() {
    std::sort(cue_used_.begin(), cue_used_.end());
    // Reporting verbs first: "The authority said it would wait, according to a statement" is
    // the authority's speech; "according to" then only adds where nothing else attributes.
    for (const bool according : {false, true}) {
      for (const auto& [ci, detail] : cue_detail_) {
        if ((detail == "source-after") == according) indirect_at(ci, detail);
      }
    }
  }

  void indirect_at(std::size_t c, std::string_view detail) {
    {
      if (std::binary_search(cue_used_.begin(), cue_used_.end(), c) || in_quote_[c]) return;
      if (detail == "thought" || !reports_content(tok(c))) return;
      const Sentence& s = sentence_of(c);
      const std::size_t after = c + cue_len_[c];
      if (detail == "source-after") {
        // "According to the report, sales fell" / "Sales fell, according to the report."
        std::size_t phrase_end = 0;
        auto src = phrases_.phrase_after(after, s.end_token, &phrase_end);
        if (!src) return;
        std::size_t lead = content_start(s);
        while (lead < c && (toks_[lead].kind == TokenKind::punct || low(lead) == "but" || low(lead) == "and")) ++lead;
        if (lead == c) {
          std::size_t k = phrase_end;
          if (k < s.end_token && tok(k) == ",") ++k;
          add_indirect(c, *src, k, s.end_token);
        } else if (c > s.first_token && tok(c - 1) == ",") {
          add_indirect(c, *src, lead, c - 1);
        }
        return;
      }
      auto src = phrases_.subject_before(c, s.first_token);
      if (!src) return;
      // "The deal is done, officials said." / "..., the authority said on Friday, ending a
      // dispute": after a comma-led subject the content comes before it.
      std::size_t k = skip_adjunct(after, s.end_token);
      const bool ends_clause = k >= s.end_token || is_sentence_end(tok(k)) ||
                               (k > after && tok(k - 1) == ",") || tok(k) == ",";
      if (ends_clause) {
        std::size_t subject_first = c;
        while (subject_first > s.first_token && toks_[subject_first - 1].begin >= src->span.begin) --subject_first;
        while (subject_first > s.first_token && tok(subject_first - 1) != "," &&
               subject_first + 12 > c && toks_[subject_first - 1].kind == TokenKind::word) {
          --subject_first;
        }
        if (subject_first > s.first_token && tok(subject_first - 1) == ",") {
          add_indirect(c, *src, content_start(s), subject_first - 1);
        }
        return;
      }
      if (is_tell(low(c))) {
        // "told reporters", "told the outlet", "told Reuters": the audience, then the content.
        if (k < s.end_token) {
          const auto it = std::lower_bound(names_.begin(), names_.end(), toks_[k].begin,
                                           [](const NameMention& n, std::uint32_t b) { return n.span.begin < b; });
          std::size_t name_end = 0;
          for (auto jt = it; jt != names_.end() && jt->span.begin == toks_[k].begin; ++jt) name_end = std::max<std::size_t>(name_end, jt->end);
          const Lower o = low(k);
          if (name_end > k) {
            k = name_end;
          } else if (o == "the" || o == "a" || o == "an") {
            // "told the Westbrook Courier", "told the outlet"
            std::size_t after_det = k + 1;
            while (after_det < s.end_token && toks_[after_det].has(token_flags::kCapitalized)) ++after_det;
            k = after_det > k + 1 ? after_det : std::min<std::size_t>(s.end_token, k + 2);
          } else if (toks_[k].has(token_flags::kCapitalized) || toks_[k].has(token_flags::kAllCaps)) {
            while (k < s.end_token && (toks_[k].has(token_flags::kCapitalized) || toks_[k].has(token_flags::kAllCaps))) ++k;  // "told MPs", "told Reuters"
          } else if (o == "reporters" || o == "journalists" || o == "him" || o == "her" || o == "them" || o == "us" ||
                     o == "me" || o == "lawmakers" || o == "investigators" || o == "parliament" || o == "congress") {
            ++k;
          } else {
            return;
          }
        }
        k = skip_adjunct(k, s.end_token);
      }
      if (k < s.end_token && low(k) == "that") ++k;
      if (k >= s.end_token || toks_[k].kind == TokenKind::quote) return;
      add_indirect(c, *src, k, s.end_token);
    }
  }

  void hedges() {
    const std::size_t n = toks_.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (toks_[i].kind != TokenKind::word || in_quote_[i]) continue;
      const Lexicons::Match m = lex_.match_hedge(text_, toks_, i, std::min(n, i + 4));
      if (m.tokens == 0) continue;
      const Lower w = low(i);
      // "May" is a month; a hedge is the lower-case modal.
      if (w == "may" && tok(i) != "may") continue;
      if (m.tokens == 1 && (w == "some" || w == "many" || w == "several" || w == "numerous")) {
        // Vague only before a noun: not "some 40 people", "how many".
        if (i + 1 >= n || toks_[i + 1].kind != TokenKind::word) continue;
        if (i > 0 && (low(i - 1) == "how" || low(i - 1) == "so" || low(i - 1) == "too" || low(i - 1) == "as")) continue;
      }
      HedgeMention h;
      h.span = ByteSpan{toks_[i].begin, toks_[i + m.tokens - 1].end};
      h.kind = m.entry->canonical;
      h.reason = m.entry->attrs;
      out_.hedges.push_back(h);
      i += m.tokens - 1;
    }
  }

  // Puts `items` in text order and returns, for each old index, its new one.
  template <typename T>
  static std::vector<std::int32_t> sort_by_position(std::vector<T>& items) {
    std::vector<std::uint32_t> order(items.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return items[a].span.begin < items[b].span.begin; });
    std::vector<std::int32_t> new_index(order.size());
    std::vector<T> sorted;
    sorted.reserve(order.size());
    for (std::uint32_t k : order) {
      new_index[k] = static_cast<std::int32_t>(sorted.size());
      sorted.push_back(std::move(items[k]));
    }
    items = std::move(sorted);
    return new_index;
  }

  // Quotes, sources and cues in text order, with the quotes' indices remapped.
  void finish() {
    const std::vector<std::int32_t> new_source = sort_by_position(out_.sources);
    const std::vector<std::int32_t> new_cue = sort_by_position(out_.cues);
    for (QuoteMention& q : out_.quotes) {
      if (q.source != kNoIndex) q.source = new_source[static_cast<std::size_t>(q.source)];
      if (q.cue != kNoIndex) q.cue = new_cue[static_cast<std::size_t>(q.cue)];
    }
    std::stable_sort(out_.quotes.begin(), out_.quotes.end(), [](const QuoteMention& a, const QuoteMention& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
  }

  std::string_view text_;
  std::span<const Token> toks_;
  std::span<const Sentence> sentences_;
  std::span<const NameMention> names_;
  const Lexicons& lex_;
  SourcePhrases phrases_;
  std::vector<std::uint8_t> cue_len_;
  std::vector<std::pair<std::uint32_t, std::string_view>> cue_detail_;  // in token order
  std::vector<std::uint32_t> cue_used_;
  std::vector<std::uint8_t> in_quote_;     // tokens inside direct and partial quotes
  std::vector<std::uint8_t> in_indirect_;  // tokens inside reported speech
  Attribution out_;
};

}  // namespace

Attribution find_attribution(std::string_view text, std::span<const Token> tokens, std::span<const Sentence> sentences,
                             std::span<const NameMention> names, std::span<const std::int32_t> entity_of,
                             const Lexicons& lex) {
  if (tokens.empty() || sentences.empty()) return {};
  return Finder(text, tokens, sentences, names, entity_of, lex).run();
}

}  // namespace newsmark
