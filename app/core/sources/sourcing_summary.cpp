#include "core/sources/sourcing_summary.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <unordered_map>
#include <unordered_set>


namespace newsmark {
namespace {

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string ascii_lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return s;
}

std::string attr_or(const Annotation& a, std::string_view key) {
  const std::string* v = a.attr(key);
  return v != nullptr ? *v : std::string();
}

}  // namespace

SourcingSummary summarize_sourcing(std::string_view text, std::span<const Token> tokens,
                                   std::span<const Sentence> sentences, const AnnotationSet& set) {
  SourcingSummary s;
  for (const Token& t : tokens) s.words += t.kind == TokenKind::word ? 1 : 0;
  // Ids are positional in engine output ("a12" is annotations[11], "e3" entities[2]); sets
  // the reader edited may not be, so a miss falls back on a search.
  auto source_by_id = [&](const std::string& id) -> const Annotation* {
    std::size_t n = 0;
    if (id.size() > 1 && std::from_chars(id.data() + 1, id.data() + id.size(), n).ec == std::errc{} && n >= 1 &&
        n <= set.annotations.size() && set.annotations[n - 1].id == id) {
      return &set.annotations[n - 1];
    }
    return set.find(id);
  };
  auto entity_name = [&](const std::string& id) -> const std::string* {
    std::size_t n = 0;
    if (id.size() > 1 && std::from_chars(id.data() + 1, id.data() + id.size(), n).ec == std::errc{} && n >= 1 &&
        n <= set.entities.size() && set.entities[n - 1].id == id) {
      return &set.entities[n - 1].name;
    }
    for (const Entity& e : set.entities) {
      if (e.id == id) return &e.name;
    }
    return nullptr;
  };

  // Speakers keyed by entity, or by their own words in lower case for unnamed sources.
  std::unordered_map<std::string, std::size_t> speaker_index;  // key -> index in s.speakers
  std::unordered_set<std::string> distinct[4];  // named, unnamed member, anonymous, document
  auto kind_slot = [](std::string_view kind) {
    if (kind == "named-person" || kind == "named-org") return 0;
    if (kind == "unnamed-member") return 1;
    if (kind == "anonymous") return 2;
    return 3;
  };
  std::size_t quoted_chars = 0;
  ByteSpan last_counted{};  // quotes may nest: count each character once
  std::vector<ByteSpan> sourced_spans;  // sources, for the hedged sentences below
  for (const Annotation& a : set.annotations) {
    if (a.status == ReviewStatus::rejected) continue;
    if (a.label == labels::kHedge) ++s.hedges;
    if (a.label == labels::kSource) sourced_spans.push_back(a.span);
    if (a.label != labels::kQuote) continue;
    const std::string* kind_attr = a.attr("kind");
    const std::string_view kind = kind_attr != nullptr ? std::string_view(*kind_attr) : std::string_view();
    if (kind == "scare") {
      ++s.scare;
      continue;
    }
    ++s.quotes;
    if (kind == "indirect") ++s.indirect;
    else if (kind == "partial") ++s.partial;
    else ++s.direct;
    if (kind != "indirect") {
      const std::uint32_t b = std::max(a.span.begin, last_counted.end);
      if (a.span.end > b) quoted_chars += code_points(text.substr(b, a.span.end - b));
      if (a.span.end > last_counted.end) last_counted = a.span;
    }
    const std::string* speaker = a.attr("speaker");
    const Annotation* src = speaker != nullptr ? source_by_id(*speaker) : nullptr;
    if (src == nullptr || src->label != labels::kSource) {
      if (kind != "indirect") {
        ++s.unattributed_quotes;
        ++s.unattributed_claims;
      }
      continue;
    }
    const Annotation& source = *src;
    const std::string source_kind = attr_or(source, "kind");
    std::string entity = attr_or(source, "entity");
    std::string key, name;
    if (!entity.empty() && (source_kind == "named-person" || source_kind == "named-org")) {
      key = entity;
      const std::string* n = entity_name(entity);
      name = n != nullptr ? *n : std::string(text.substr(source.span.begin, source.span.size()));
    } else {
      entity.clear();
      name = std::string(text.substr(source.span.begin, source.span.size()));
      key = "~" + ascii_lower(name);
    }
    auto [it, added] = speaker_index.try_emplace(key, s.speakers.size());
    if (added) s.speakers.push_back(SpeakerCount{entity, name, source_kind, 0});
    ++s.speakers[it->second].quotes;
    distinct[kind_slot(source_kind)].insert(std::move(key));
  }
  s.named_sources = static_cast<std::uint32_t>(distinct[0].size());
  s.unnamed_member_sources = static_cast<std::uint32_t>(distinct[1].size());
  s.anonymous_sources = static_cast<std::uint32_t>(distinct[2].size());
  s.document_sources = static_cast<std::uint32_t>(distinct[3].size());
  const std::size_t total = code_points(text);
  s.quoted_share = total > 0 ? static_cast<double>(quoted_chars) / static_cast<double>(total) : 0.0;
  s.hedges_per_1000_words = s.words > 0 ? 1000.0 * s.hedges / s.words : 0.0;

  // Sentences that keep their distance without naming a source.
  std::sort(sourced_spans.begin(), sourced_spans.end(), [](ByteSpan x, ByteSpan y) { return x.begin < y.begin; });
  ByteSpan last_sentence{};
  for (const Annotation& a : set.annotations) {
    if (a.label != labels::kHedge || a.status == ReviewStatus::rejected || attr_or(a, "kind") != "distance") continue;
    auto sit = std::upper_bound(sentences.begin(), sentences.end(), a.span.begin,
                                [](std::uint32_t b, const Sentence& x) { return b < x.span.begin; });
    if (sit == sentences.begin()) continue;
    const ByteSpan sentence = std::prev(sit)->span;
    if (sentence == last_sentence) continue;  // one claim per sentence
    last_sentence = sentence;
    auto src = std::lower_bound(sourced_spans.begin(), sourced_spans.end(), sentence.begin,
                                [](ByteSpan x, std::uint32_t b) { return x.begin < b; });
    if (src == sourced_spans.end() || src->begin >= sentence.end) ++s.unattributed_claims;
  }

  // Most quoted first; ties in order of first quote.
  std::stable_sort(s.speakers.begin(), s.speakers.end(),
                   [](const SpeakerCount& x, const SpeakerCount& y) { return x.quotes > y.quotes; });
  return s;
}

}  // namespace newsmark
