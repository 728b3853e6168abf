// Span-offset JSON for training and labelling tools, offsets in code points (Python string
// indices, which both tools use):
// - doccano JSONL: one line {"text", "label": [[start, end, "PERSON"], ...] (sequence
//   labelling), "entities": [{"id", "label", "start_offset", "end_offset"}], "relations":
//   [{"id", "from_id", "to_id", "type"}] (relation labelling)}; rejected spans left out.
// - spaCy training offsets: [[text, {"entities": [[start, end, label], ...]}]], as read by
//   Doc.char_span; spaCy's own training data cannot overlap, but this keeps every span (filter
//   with spacy.util.filter_spans when training an NER model).
#pragma once

#include <string>

#include "core/model/annotation.h"
#include "core/model/document.h"

namespace newsmark::io {

std::string write_doccano_jsonl(const Document& doc, const AnnotationSet& set);
std::string write_spacy_offsets_json(const Document& doc, const AnnotationSet& set);

}  // namespace newsmark::io
