#include "core/segmentation/sentences.h"

namespace newsmark {
namespace {

using namespace token_flags;

bool is_terminal_punct(std::string_view t) {
  return t == "." || t == "?" || t == "!" || t == "..." || t == "\xE2\x80\xA6" || t == "?!" || t == "!?";
}

bool is_closing(const Token& t, std::string_view text) {
  if (t.kind == TokenKind::quote) return t.quote == QuoteSide::close;
  if (t.kind == TokenKind::punct) {
    const char c = text[t.begin];
    return c == ')' || c == ']';
  }
  return false;
}

// Could the token start a new sentence?
bool starts_sentence(const Token& t, std::string_view text) {
  if (t.has(kCapitalized) || t.kind == TokenKind::number) return true;
  if (t.kind == TokenKind::quote && t.quote == QuoteSide::open) return true;
  if (t.kind == TokenKind::punct && (text[t.begin] == '(' || text[t.begin] == '[')) return true;
  if (t.kind == TokenKind::symbol || t.kind == TokenKind::dash) return true;
  return false;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      ContinuingAbbreviationTest continues_after, const void* context) {
  std::vector<Sentence> out;
  const auto n = static_cast<std::uint32_t>(tokens.size());
  std::uint32_t start = 0;
  auto close = [&](std::uint32_t end) {
    if (end <= start) return;
    out.push_back(Sentence{start, end, ByteSpan{tokens[start].begin, tokens[end - 1].end}});
    start = end;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    // A new line before this token: a blank line always ends the sentence; a single line break
    // ends it when the previous line had no terminal punctuation (headline, dateline, list).
    if (i > start && tokens[i].has(kLineStart)) {
      if (tokens[i].has(kParagraphStart)) {
        close(i);
      } else {
        // Hard-wrapped prose continues: a comma or a lowercase word running into a lowercase one.
        const Token& prev = tokens[i - 1];
        const std::string_view pt = prev.text(text);
        const bool wrapped = pt == "," || pt == ";" || prev.kind == TokenKind::dash ||
                             (prev.kind == TokenKind::word && !prev.has(kCapitalized) &&
                              tokens[i].kind == TokenKind::word && !tokens[i].has(kCapitalized));
        if (!wrapped) close(i);
      }
    }
    const Token& t = tokens[i];
    const std::string_view tt = t.text(text);
    bool ends = false;
    std::uint32_t end = i + 1;
    if (t.kind == TokenKind::punct && is_terminal_punct(tt)) {
      ends = true;
    } else if (t.has(kAbbreviation)) {
      // "in the U.S. The" ends; "Sen. Graham" does not.
      ends = !continues_after(tt, context) && !(tt.size() <= 2);  // initials never end a sentence
    }
    if (!ends) continue;
    while (end < n && is_closing(tokens[end], text) && !tokens[end].has(kLineStart)) ++end;
    if (end >= n) {
      close(n);
      break;
    }
    const Token& next = tokens[end];
    if (next.has(kLineStart) || starts_sentence(next, text)) {
      // An abbreviation followed by a capitalized word ends a sentence only when that word is
      // not plausibly a name continuing it ("U.S. Army" continues; "U.S. The" ends).
      if (t.has(kAbbreviation) && !next.has(kLineStart)) {
        const std::string_view nt = next.text(text);
        const bool function_word = nt == "The" || nt == "A" || nt == "An" || nt == "He" || nt == "She" ||
                                   nt == "It" || nt == "They" || nt == "We" || nt == "I" || nt == "But" ||
                                   nt == "And" || nt == "In" || nt == "On" || nt == "This" || nt == "That";
        if (!function_word) continue;
      }
      close(end);
      i = end - 1;
    }
  }
  close(n);
  return out;
}

}  // namespace newsmark
