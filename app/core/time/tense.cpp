#include "core/time/tense.h"

namespace newsmark {

using namespace token_flags;

std::optional<Tense> tense_marker(std::string_view text, std::span<const Token> toks, std::size_t k) {
  const Token& t = toks[k];
  if (t.kind != TokenKind::word || t.has(kCapitalized)) return std::nullopt;
  const std::string_view w = toks[k].text(text);
  if (w.size() < 2 || w.size() > 9) return std::nullopt;
  // Past: regular verbs in -ed, and the common irregular ones.
  if (w.size() > 4 && w.ends_with("ed")) {
    if (w == "expected" || w == "scheduled") return Tense::future;
    return Tense::past;
  }
  switch (w[0]) {
    case 'w':
      if (w == "will" || w == "would") return Tense::future;
      if (w == "was" || w == "were" || w == "won") return Tense::past;
      break;
    case 's':
      if (w == "shall") return Tense::future;
      if (w == "said") return Tense::past;
      break;
    case '\'':
      if (w == "'ll") return Tense::future;
      break;
    case 'p':
      if (w == "plans") return Tense::future;
      break;
    case 'e':
      if (w == "expects") return Tense::future;
      break;
    case 'u':
      if (w == "upcoming") return Tense::future;
      break;
    case 'h':
      if (w == "had") return Tense::past;
      break;
    case 'd':
      if (w == "did") return Tense::past;
      break;
    case 't':
      if (w == "told" || w == "took") return Tense::past;
      // "is to be held", "is to run": an infinitive of plan.
      if (w == "to" && k + 1 < toks.size()) {
        const std::string_view v = toks[k + 1].text(text);
        if (v == "be" || v == "run" || v == "begin" || v == "start" || v == "open" || v == "hold" ||
            v == "close" || v == "launch" || v == "take" || v == "end" || v == "resume" || v == "meet" ||
            v == "vote") {
          return Tense::future;
        }
      }
      break;
    case 'b':
      if (w == "began") return Tense::past;
      break;
    case 'l':
      if (w == "lost") return Tense::past;
      break;
    case 'm':
      if (w == "met") return Tense::past;
      break;
    default:
      break;
  }
  return std::nullopt;
}

std::optional<Tense> tense_near(std::string_view text, std::span<const Token> toks, const Sentence& s,
                                std::size_t i) {
  for (std::size_t k = i; k > s.first_token && i - k < 8;) {
    --k;
    if (auto t = tense_marker(text, toks, k)) return t;
  }
  for (std::size_t k = i + 1; k < s.end_token && k - i < 5; ++k) {
    if (auto t = tense_marker(text, toks, k)) return t;
  }
  return std::nullopt;
}

Tense sentence_tense(std::string_view text, std::span<const Token> toks, const Sentence& s) {
  bool past = false;
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string_view w = toks[k].text(text);
    if (w == "next" || w == "tomorrow" || w == "planned") return Tense::future;
    if (const auto t = tense_marker(text, toks, k)) {
      if (*t == Tense::future) return Tense::future;
      past = past || *t == Tense::past;
    }
  }
  return past ? Tense::past : Tense::present;
}

}  // namespace newsmark
