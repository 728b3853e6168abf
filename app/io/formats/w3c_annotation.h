// W3C Web Annotation Data Model (JSON-LD), the format annotation tools and Hypothesis share.
//
// Export: an AnnotationCollection whose first AnnotationPage holds one Annotation per span,
//   motivation "tagging", a TextualBody with purpose "tagging" (the label) and, when there is a
//   note, one with purpose "commenting"; the target's source is the document (an urn made from
//   a hash of its text) and its selectors a TextPositionSelector (code points, end exclusive)
//   and a TextQuoteSelector (exact, 32 characters of prefix and suffix). Relations are
//   "linking" annotations whose body is the source annotation and target the other. What the
//   model has beyond the standard travels under the "nm:" prefix declared in the context:
//   per annotation nm:status, nm:origin, nm:confidence, nm:attrs; on the collection
//   nm:document (title, dct, text ...), nm:entities, nm:labels.
// Import: a collection (items in "first" or inline), a page, an array of annotations or one
//   annotation. The label is the first tagging/classifying body (or an untyped TextualBody);
//   a commenting body is the note (a comment-only annotation, as Hypothesis makes, gets the
//   label NOTE). The article text is nm:document.text, or the text file given with it.
//   Selectors place the span (re-anchored by the quote when the positions are off).
#pragma once

#include <string>
#include <string_view>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/model/result.h"
#include "io/imported_document.h"

namespace newsmark::io {

std::string write_w3c_annotations(const Document& doc, const AnnotationSet& set, bool pretty = true);

// `article` is the text file dropped with the annotations (nullptr when none); it is used when
// the file has no nm:document.
Result<ImportedDocument> read_w3c_annotations(std::string_view json, const Document* article = nullptr);

// True when `json` looks like W3C annotations (an anno.jsonld context or an Annotation type).
bool looks_like_w3c(std::string_view json);

}  // namespace newsmark::io
