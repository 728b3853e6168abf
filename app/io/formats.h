// Every file format Newsmark reads or writes, in one table, and the two entry points the app
// and the CLI share: open_input (what a user drops, picks or names on the command line) and
// export_document (one format's files for the open article).
//
//   name        extension       import  what
//   newsmark    .newsmark.json  yes     Newsmark JSON v1, everything (docs/newsmark-json.md)
//   w3c         .w3c.jsonld     yes     W3C Web Annotation collection (io/formats/w3c_annotation.h)
//   brat        .txt + .ann     yes     brat standoff (io/formats/brat.h)
//   doccano     .doccano.jsonl  no      doccano JSONL (io/json/offsets_json.h)
//   spacy       .spacy.json     no      spaCy training offsets (io/json/offsets_json.h)
//   conll       .conll          no      CoNLL-2003 IOB2 (io/formats/conll.h)
//   csv         .csv            no      one row per annotation (io/formats/csv_export.h)
//   html        .report.html    no      printable report (io/formats/html_report.h)
//   timelinejs  .timeline.json  no      TimelineJS3 slides (io/formats/timelinejs.h)
// Inputs also include plain text (.txt and anything unrecognised) and HTML pages (their
// article text is extracted: io/formats/html_text.h).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/model/result.h"
#include "core/segmentation/sentences.h"
#include "core/segmentation/tokenizer.h"
#include "io/imported_document.h"

namespace newsmark::io {

enum class Format { newsmark, w3c, brat, doccano, spacy, conll, csv, html, timelinejs };

struct FormatInfo {
  Format format;
  std::string_view name;       // for --to and the JS API
  std::string_view extension;  // appended to the file's base name
  std::string_view mime;
  std::string_view title;      // for menus: "W3C Web Annotation (JSON-LD)"
  bool can_import;
};

const std::vector<FormatInfo>& formats();
const FormatInfo& format_info(Format format);
std::optional<Format> format_by_name(std::string_view name);

struct InputFile {
  std::string name;  // file name (for the kind of file and for messages), may be empty
  std::string bytes;
};

// What the input is, from its name and first bytes.
// exercise_source: a built-in exercise's source (io/classroom/exercise_source.h), named *.exercise.txt.
enum class InputKind { text, html, newsmark, w3c, brat_ann, json_unknown, exercise_source };
InputKind detect_input(const InputFile& file);

// Opens one article: a text or HTML file, a Newsmark JSON or W3C file; or an article with its
// annotations given as two files (brat's .txt and .ann; W3C JSON and the article's text).
// `has_annotations` in the result tells whether the caller should analyse the text.
Result<ImportedDocument> open_input(std::span<const InputFile> files);

struct ExportedFile {
  std::string name;
  std::string_view mime;
  std::string data;
};

struct Export {
  std::vector<ExportedFile> files;  // brat: two; the rest: one
  std::string warning;              // what the format could not carry (CoNLL overlaps), or empty
};

// `base_name` is the file name without extension ("bridge-reopens"). CoNLL needs the tokens
// and sentences of the text (Engine::analyze gives them). An `exercise` goes with Newsmark
// JSON (the other formats have no place for it).
Export export_document(Format format, const Document& doc, const AnnotationSet& set, std::span<const Token> tokens,
                       std::span<const Sentence> sentences, std::string_view base_name, const Exercise* exercise = nullptr);

// A file base name from a title: lower case ASCII letters and digits joined by '-', at most
// 60 characters; "article" when nothing is left.
std::string file_base_name(std::string_view title);

}  // namespace newsmark::io
