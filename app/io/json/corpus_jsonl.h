// JSON Lines corpora: one document per line, {"id", "text", "dct"?, ...}. Used by
// `newsmark analyze --jsonl` (input) and `newsmark eval` (gold data in the format of
// ../shared/data/dev: "spans": [{"start", "end", "text", "layer", "type", "value"?,
// "syntactic_type"?, "group"?, "kind"?, "source_group"?}], offsets in code points, and
// "eval_end" when only a prefix is annotated).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/result.h"

namespace newsmark::io {

struct CorpusSpan {
  std::uint32_t start = 0;  // code points, end exclusive
  std::uint32_t end = 0;
  std::string text;
  std::string layer;           // entity | timex | value | quote ...
  std::string type;            // PER, ORG, DATE, MONEY ...
  std::string value;           // TIMEX3 value when given
  std::string syntactic_type;  // NAM, NOM, PRO ... (MEANTIME)
  // Attribution gold (tests/data/attribution): spans of one attribution share `group`; a
  // content has a `kind` (direct, partial, indirect) and the group whose source speaks it.
  std::string group;
  std::string kind;
  std::string source_group;
};

struct CorpusRecord {
  std::string id;
  std::string source;  // the corpus it comes from, when given
  std::string text;
  std::string dct;  // empty when null or absent
  std::optional<std::uint32_t> eval_end;
  std::vector<CorpusSpan> spans;
  // Name training data (../shared/data/train): the types marked throughout the text, and those
  // marked for some mentions only.
  std::vector<std::string> annotated_types;
  std::vector<std::string> partial_types;
};

// Parses one line. Errors say which field is wrong; `line_no` (1-based) prefixes the message.
Result<CorpusRecord> parse_corpus_line(std::string_view line, std::size_t line_no);

}  // namespace newsmark::io
