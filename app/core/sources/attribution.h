// Who says what, on whose authority, and how sure the writer is: quotes, their speakers and
// cues, the sources behind them, and hedges.
//
//   QUOTE   direct ("...," she said), partial (called the plan "a mistake"), scare (a so-called
//           "reform", names and titles in quotes), and indirect (reported speech: "X said (that)
//           ...", "according to X, ...", "X told the outlet ...").
//   CUE     the reporting verb or phrase tying a quote to its source ("said", "according to").
//   SOURCE  who or what is cited: a named person or organisation, an unnamed member of a named
//           organisation ("a State Department rep"), an anonymous source ("officials said",
//           "sources familiar with the talks"), or a document or data ("a new report", "the
//           Journal said"). Pronouns ("she said") and roles ("the ministry", "the secretary")
//           are sources standing for the entity they resolve to.
//   HEDGE   modals (may, could), reporting distance (reportedly, allegedly, it is believed) and
//           vagueness (some, many, sources say), each with the reason shown to the reader.
//           Suggestions, with a confidence below that of names. Not inside direct quotes: a
//           speaker's "may" is theirs, not the writer's.
//
// A quote with no cue near it takes the speaker of the quote before it when it continues that
// quote (a quote over paragraphs, or the next paragraph opening with a quote mark right after a
// quote); otherwise it is unattributed, which the sourcing summary counts.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/lexicons/lexicons.h"
#include "core/names/names.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

enum class QuoteKind : std::uint8_t { direct, partial, scare, indirect };
enum class SourceKind : std::uint8_t { named_person, named_org, unnamed_member, anonymous, document };

const char* quote_kind_name(QuoteKind kind);    // "direct" | "partial" | "scare" | "indirect"
const char* source_kind_name(SourceKind kind);  // "named-person" | "named-org" | "unnamed-member" | "anonymous" | "document"

inline constexpr std::int32_t kNoIndex = -1;

struct SourceMention {
  ByteSpan span;
  SourceKind kind = SourceKind::anonymous;
  std::int32_t name = kNoIndex;  // the name mention it is, or stands for (a pronoun's antecedent)
  std::int32_t org = kNoIndex;   // unnamed members: their organisation's name mention
  std::string_view how;          // "name", "pronoun", "role", "nominal"
};

struct CueMention {
  ByteSpan span;
  std::string_view detail;  // speech | writing | thought | source-after
};

struct QuoteMention {
  ByteSpan span;
  QuoteKind kind = QuoteKind::direct;
  std::int32_t source = kNoIndex;  // index into Attribution::sources
  std::int32_t cue = kNoIndex;     // index into Attribution::cues
  bool continued = false;          // the speaker comes from the quote it continues
  float confidence = 0.7f;
};

struct HedgeMention {
  ByteSpan span;
  std::string_view kind;    // modal | distance | vague
  std::string_view reason;  // shown to the reader
};

struct Attribution {
  std::vector<QuoteMention> quotes;   // in text order
  std::vector<SourceMention> sources; // in text order, one per span
  std::vector<CueMention> cues;       // in text order
  std::vector<HedgeMention> hedges;   // in text order
};

// `entity_of[k]` groups name mentions: the entity index of names[k] (mentions of one entity
// share it), so a pronoun or role resolves to the whole entity's gender and titles.
Attribution find_attribution(std::string_view text, std::span<const Token> tokens,
                             std::span<const Sentence> sentences, std::span<const NameMention> names,
                             std::span<const std::int32_t> entity_of, const Lexicons& lex);

}  // namespace newsmark
