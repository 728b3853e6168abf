// A reader's own time mark (a student marking "Wednesday" in an exercise, an editor adding a
// date the engine missed) gets what the engine's own dates have: its TIMEX3 value, type and
// interval, read from the words at the mark and resolved like the engine's (timex.h), and the
// timeline event it dates (timeline.h) — so the timeline shows what the reader marked.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/iso_date.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

struct DatedMark {
  std::vector<Attr> attrs;              // value, type, mod, start, end, granularity, certain
  std::optional<TimelineEvent> event;   // none for a duration, a set, the dateline, or no date
};

// What the time expression that overlaps `span` most says (the reader's span may be wider, "on
// Wednesday", or narrower than the engine's); nothing when no time expression overlaps it.
// `label` is the reader's label (DATE, TIME).
DatedMark date_mark(std::string_view text, std::span<const Token> tokens, std::span<const Sentence> sentences,
                    const std::optional<IsoDate>& dct, ByteSpan span, std::string_view label);

}  // namespace newsmark
