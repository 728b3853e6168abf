// brat standoff: the article as a .txt and its annotations as an .ann beside it.
//
//   T12<TAB>PERSON 10 22<TAB>Jane Okafor        a span: label, code point offsets, its text
//   T13<TAB>QUOTE 30 41;42 60<TAB>...           a span over a line break, as two fragments
//   R1<TAB>speaker-of Arg1:T12 Arg2:T13         a relation
//   A1<TAB>Status T12 accepted                  an attribute (also Origin, Confidence, and
//                                               every attr of the model: value, kind ...)
//   N1<TAB>Reference T12 newsmark:e4<TAB>Jane Okafor   the entity a mention belongs to
//   #1<TAB>AnnotatorNotes T12<TAB>check the spelling   a note
// Annotation ids a<n> become T<n> and back (r<n>: R<n>); other ids keep theirs in an nm_id
// attribute. brat needs labels, relation types and attribute values without spaces: those
// characters are %-escaped (space %20, % %25, tab %09, newline %0A) and unescaped on import.
// Import takes any brat .ann (E, M and * lines are skipped with a warning) and checks every
// line: offsets in range, the text matching (re-anchored when off), references that exist.
#pragma once

#include <string>
#include <string_view>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/model/result.h"
#include "io/imported_document.h"

namespace newsmark::io {

struct BratFiles {
  std::string txt;  // the document text, as is
  std::string ann;
};

BratFiles write_brat(const Document& doc, const AnnotationSet& set);

// `txt` is the article (any bytes: repaired like any text), `ann` its annotations; `ann_name`
// names the file in messages ("article.ann line 4: ...").
Result<ImportedDocument> read_brat(std::string_view txt, std::string_view ann, std::string_view ann_name = "ann");

}  // namespace newsmark::io
