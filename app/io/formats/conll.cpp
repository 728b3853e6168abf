#include "io/formats/conll.h"

#include <algorithm>

namespace newsmark::io {
namespace {

// Spans that run for clauses and sentences yield to the names and values inside them.
bool long_form(std::string_view label) { return label == "QUOTE" || label == "CLAIM" || label == "EVENT"; }

}  // namespace

ConllOutput write_conll(const Document& doc, const AnnotationSet& set, std::span<const Token> tokens,
                        std::span<const Sentence> sentences) {
  ConllOutput out;
  const std::string_view text = doc.text();
  // Which token each kept span starts and covers: -1 = O.
  std::vector<int> owner(tokens.size(), -1);
  std::vector<const Annotation*> order;
  for (const Annotation& a : set.annotations) {
    if (a.status != ReviewStatus::rejected) order.push_back(&a);
  }
  std::stable_sort(order.begin(), order.end(), [](const Annotation* x, const Annotation* y) {
    if (long_form(x->label) != long_form(y->label)) return !long_form(x->label);
    return x->span.size() > y->span.size();
  });
  std::vector<const Annotation*> kept;
  for (const Annotation* a : order) {
    // Tokens inside the span (a token counts when it overlaps the span).
    auto first = std::lower_bound(tokens.begin(), tokens.end(), a->span.begin,
                                  [](const Token& t, std::uint32_t b) { return t.end <= b; });
    std::size_t lo = static_cast<std::size_t>(first - tokens.begin()), hi = lo;
    while (hi < tokens.size() && tokens[hi].begin < a->span.end) ++hi;
    bool free = hi > lo;
    for (std::size_t k = lo; k < hi && free; ++k) free = owner[k] < 0;
    if (!free) {
      ++out.spans_dropped;
      continue;
    }
    for (std::size_t k = lo; k < hi; ++k) owner[k] = static_cast<int>(kept.size());
    kept.push_back(a);
  }
  out.spans_written = kept.size();

  out.text = "-DOCSTART- -X- -X- O\n\n";
  auto write_token = [&](std::size_t k) {
    std::string word(tokens[k].text(text));
    for (char& c : word) {
      if (c == ' ' || c == '\t' || c == '\n') c = '_';
    }
    std::string tag = "O";
    if (owner[k] >= 0) {
      const bool begins = k == 0 || owner[k - 1] != owner[k];
      std::string label = kept[static_cast<std::size_t>(owner[k])]->label;
      for (char& c : label) {
        if (c == ' ') c = '_';
      }
      tag = (begins ? "B-" : "I-") + label;
    }
    out.text += word + " _ _ " + tag + "\n";
  };
  std::size_t next = 0;
  for (const Sentence& s : sentences) {
    for (std::size_t k = std::max<std::size_t>(next, s.first_token); k < s.end_token && k < tokens.size(); ++k) write_token(k);
    next = std::max<std::size_t>(next, s.end_token);
    out.text += "\n";
  }
  if (next < tokens.size()) {
    for (std::size_t k = next; k < tokens.size(); ++k) write_token(k);
    out.text += "\n";
  }
  if (out.spans_dropped > 0) {
    out.warning = "CoNLL has one tag per word: " + std::to_string(out.spans_dropped) + " of " +
                  std::to_string(out.spans_dropped + out.spans_written) +
                  " spans overlapped a kept span and were left out (Newsmark JSON, W3C and brat keep them all).";
  }
  return out;
}

}  // namespace newsmark::io
