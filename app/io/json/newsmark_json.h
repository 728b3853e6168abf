// Newsmark JSON, the app's own file format (version 1), documented in docs/newsmark-json.md:
//   { "format": "newsmark", "version": 1,
//     "document": { "title", "dct", "source", "language", "text",
//                   "length": { "bytes", "code_points" } },
//     "annotations": [ { "id", "start", "end", "text", "label", "origin", "status",
//                        "confidence", "attrs": {...}, "note"? } ],
//     "entities": [ { "id", "name", "label", "mentions": [annotation ids] } ],
//     "relations": [ { "id", "type", "from", "to" } ],
//     "timeline": [], "sourcing": {...}, "labels": [...],
//     "exercise"?: { "task": { "title", "instructions", "labels": [...], "suggestions",
//                              "hints": [ { "label", "text" } ] },
//                    "key"?: [ annotations ], "student": name | null, "submitted" } }
// An exercise file (core/classroom/exercise.h) is an article with an "exercise"; a student's work is
// the same file with the student's annotations, name and "submitted".
// Offsets in files are Unicode code points, end exclusive; "text" is the exact covered text.
//
// Reading uses simdjson's on-demand API and checks everything: the version (a file made by a
// newer Newsmark is refused), labels (names, colours, hotkeys), ids (unique; every reference
// names something), offsets in range and `text` matching the document there. A span whose
// offsets are off but whose text (and optional "prefix"/"suffix") is found nearby is
// re-anchored with a warning. Every problem is reported with the path of its value
// ("annotations[41].end: 9012 past end of text (8800)"), all of them at once; nothing is
// returned on failure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/classroom/exercise.h"
#include "core/model/result.h"
#include "io/imported_document.h"

namespace newsmark::io {

inline constexpr int kNewsmarkJsonVersion = 1;

std::string write_newsmark_json(const Document& doc, const AnnotationSet* annotations = nullptr,
                                bool pretty = true, const Exercise* exercise = nullptr);

// The same object written into an open JsonWriter (for JSON Lines output with extra fields).
class JsonWriter;
void write_newsmark_fields(JsonWriter& w, const Document& doc, const AnnotationSet* annotations,
                           const Exercise* exercise = nullptr);
// One annotation object of the "annotations" array (skipped if its span is not in `doc`).
void write_annotation(JsonWriter& w, const Document& doc, const Annotation& a);

Result<ImportedDocument> read_newsmark_json(std::string_view json);

// Parts other formats embed the same way (W3C's nm:document, nm:entities, nm:labels): the
// "document" object, the "entities" array and the "labels" array, each as one value.
void write_document_info(JsonWriter& w, const Document& doc);
void write_entities(JsonWriter& w, const std::vector<Entity>& entities);
void write_labels(JsonWriter& w, const std::vector<LabelDef>& labels);

}  // namespace newsmark::io
