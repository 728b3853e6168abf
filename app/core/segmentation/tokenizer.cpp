#include "core/segmentation/tokenizer.h"

#include "core/text/chars.h"
#include "core/text/utf8.h"

namespace newsmark {
namespace {

using namespace token_flags;

struct Cursor {
  std::string_view text;
  std::size_t pos = 0;

  char32_t peek(std::size_t at) const {
    if (at >= text.size()) return 0;
    const auto b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) return b;
    return utf8::decode(text, at).code_point;
  }
  std::size_t width(std::size_t at) const {
    if (at >= text.size()) return 0;
    if (static_cast<unsigned char>(text[at]) < 0x80) return 1;
    return utf8::decode(text, at).length;
  }
};

bool is_word_char(char32_t c) { return chars::is_letter(c) || chars::is_digit(c); }

// Internal period joins "U.S", "N.V", "R-S.C" (short segments) and "amazon.com".
bool period_joins(const Cursor& cur, std::size_t dot, std::size_t segment_len) {
  const char32_t next = cur.peek(dot + 1);
  if (!chars::is_letter(next)) return false;
  if (segment_len <= 2 && chars::is_upper(next)) return true;
  // "p.m.", "a.m.", "e.g.", "i.e.": single letters between periods.
  if (segment_len == 1 && cur.peek(dot + 2) == '.') return true;
  // a lowercase web suffix: com, org, net, gov, edu, io, uk
  std::size_t end = dot + 1;
  while (end < cur.text.size() && chars::is_ascii_lower(static_cast<unsigned char>(cur.text[end]))) ++end;
  const std::string_view suffix = cur.text.substr(dot + 1, end - dot - 1);
  return suffix == "com" || suffix == "org" || suffix == "net" || suffix == "gov" || suffix == "edu" ||
         suffix == "io" || suffix == "uk";
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const AbbreviationTest& is_abbreviation) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 8);
  Cursor cur{text, 0};
  int newlines = 2;  // the text start counts as a paragraph start
  bool space = false;
  bool open_double = false;  // whether a straight double quote is currently open

  while (cur.pos < text.size()) {
    const char32_t c = cur.peek(cur.pos);
    const std::size_t w = cur.width(cur.pos);
    if (chars::is_space(c)) {
      if (c == '\n') ++newlines;
      space = true;
      cur.pos += w;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(cur.pos);
    if (space) t.flags |= kSpaceBefore;
    if (newlines >= 1 || out.empty()) t.flags |= kLineStart;
    if (newlines >= 2) t.flags |= kParagraphStart;
    newlines = 0;
    space = false;

    if (is_word_char(c)) {
      // A run of letters/digits with internal hyphens, apostrophes, and periods (see above).
      std::size_t p = cur.pos;
      std::size_t segment_len = 0;
      bool all_digits = true, has_digit = false, has_internal_period = false, hyphen = false;
      bool first_upper = chars::is_upper(c);
      int letters = 0, uppers = 0;
      char32_t prev = 0;
      while (p < text.size()) {
        const char32_t ch = cur.peek(p);
        const std::size_t cw = cur.width(p);
        if (is_word_char(ch)) {
          if (chars::is_digit(ch)) has_digit = true; else all_digits = false;
          if (chars::is_letter(ch)) {
            ++letters;
            if (chars::is_upper(ch)) ++uppers;
          }
          ++segment_len;
          prev = ch;
          p += cw;
          continue;
        }
        const char32_t next = cur.peek(p + cw);
        if ((ch == ',' || ch == '.') && chars::is_digit(prev) && chars::is_digit(next) && all_digits) {
          p += cw;  // 22,000 and 4.5
          continue;
        }
        if ((ch == '-' || ch == 0x2010 || ch == 0x2011) && is_word_char(next) &&
            !(chars::is_digit(prev) && chars::is_digit(next))) {
          hyphen = true;
          all_digits = false;
          segment_len = 0;
          p += cw;
          continue;
        }
        if (ch == '&' && chars::is_upper(prev) && chars::is_upper(next)) {
          p += cw;  // AT&T, S&P
          continue;
        }
        if (chars::is_apostrophe(ch) && chars::is_letter(next) && chars::is_letter(prev)) {
          // Possessive 's / ’s at the end of a word is its own token.
          const char32_t after = cur.peek(p + cw + 1);
          if ((next == 's' || next == 'S') && !is_word_char(after)) break;
          p += cw;  // O'Leary, don't
          continue;
        }
        if (ch == '.' && chars::is_letter(prev) && period_joins(cur, p, segment_len)) {
          has_internal_period = true;
          all_digits = false;
          segment_len = 0;
          p += 1;
          continue;
        }
        break;
      }
      t.end = static_cast<std::uint32_t>(p);
      t.kind = all_digits ? TokenKind::number : TokenKind::word;
      if (has_digit) t.flags |= kHasDigit;
      if (hyphen) t.flags |= kHyphenated;
      if (first_upper) t.flags |= kCapitalized;
      if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
      // A trailing period belongs to abbreviations: U.S. / Sen. / Inc. / J. (an initial).
      if (p < text.size() && text[p] == '.' && t.kind == TokenKind::word) {
        const std::string_view word = text.substr(t.begin, p - t.begin);
        const bool initial = letters == 1 && uppers == 1 && word.size() <= 2;
        if (has_internal_period || initial || is_abbreviation(word)) {
          t.end = static_cast<std::uint32_t>(p + 1);
          t.flags |= kAbbreviation;
        }
      }
      cur.pos = t.end;
      out.push_back(t);
      continue;
    }

    if (chars::is_apostrophe(c) && !out.empty() && !(t.flags & kSpaceBefore)) {
      const char32_t next = cur.peek(cur.pos + w);
      const char32_t after = cur.peek(cur.pos + w + 1);
      if ((next == 's' || next == 'S') && !is_word_char(after)) {
        t.end = static_cast<std::uint32_t>(cur.pos + w + 1);
        t.kind = TokenKind::word;
        t.flags |= kPossessive;
        cur.pos = t.end;
        out.push_back(t);
        continue;
      }
    }

    if (chars::is_quote(c) || c == '\'') {
      std::size_t len = w;
      if ((c == '`' && cur.peek(cur.pos + 1) == '`') || (c == '\'' && cur.peek(cur.pos + 1) == '\'')) len = 2;
      t.end = static_cast<std::uint32_t>(cur.pos + len);
      t.kind = TokenKind::quote;
      if (c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x201E || c == 0x201A || c == 0x2039 || (c == '`')) {
        t.quote = QuoteSide::open;
      } else if (c == 0x201D || c == 0xBB || c == 0x203A || (c == '\'' && len == 2)) {
        t.quote = QuoteSide::close;
      } else if (c == '"') {
        // Straight quotes: opening after a space and before a word, closing before a space;
        // otherwise they alternate.
        const bool before = (t.flags & (kSpaceBefore | kLineStart)) != 0 || out.empty() ||
                            out.back().kind == TokenKind::dash ||
                            (out.back().kind == TokenKind::punct && text[out.back().begin] == '(');
        const char32_t next = cur.peek(cur.pos + len);
        const bool after = next == 0 || chars::is_space(next) || next == ',' || next == '.' || next == ';' ||
                           next == ':' || next == ')' || next == '?' || next == '!';
        if (before && !after) t.quote = QuoteSide::open;
        else if (!before && after) t.quote = QuoteSide::close;
        else t.quote = open_double ? QuoteSide::close : QuoteSide::open;
        open_double = t.quote == QuoteSide::open;
      } else {
        // ’ or ' not inside a word: opening if space before and a letter after.
        const char32_t next = cur.peek(cur.pos + len);
        t.quote = (t.flags & (kSpaceBefore | kLineStart)) && is_word_char(next) ? QuoteSide::open : QuoteSide::close;
      }
      cur.pos = t.end;
      out.push_back(t);
      continue;
    }

    t.end = static_cast<std::uint32_t>(cur.pos + w);
    if (chars::is_dash(c)) {
      t.kind = TokenKind::dash;
    } else if (c == '-') {
      t.kind = TokenKind::dash;
      if (cur.peek(cur.pos + 1) == '-') t.end += 1;  // "--"
    } else if (chars::is_currency_symbol(c) || c == '%' || c == '#' || c == '@' || c == '+' || c == '=' ||
               c == '<' || c == '>' || c == '~' || c == '^' || c == '|' || c == 0xB0 || c >= 0x1F000) {
      t.kind = TokenKind::symbol;
    } else {
      t.kind = TokenKind::punct;
      // "..." and "…" as one token
      if (c == '.') {
        std::size_t e = cur.pos;
        while (e < text.size() && text[e] == '.') ++e;
        t.end = static_cast<std::uint32_t>(e);
      }
    }
    cur.pos = t.end;
    out.push_back(t);
  }
  return out;
}

}  // namespace newsmark
