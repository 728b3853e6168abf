// Models the format tests share: a hand-made set with every part of the model (overlaps and
// nesting, notes, a user label, relations, entities, a relative timeline event, emoji and CJK
// before the spans), and the engine's analysis of the sample articles.
#pragma once

#include <string>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"

namespace newsmark::testing_support {

Document make_document(std::string_view text, DocumentInfo info = {});

// The text rich_set() annotates.
Document rich_document();
AnnotationSet rich_set(const Document& d);

struct SampleArticle {
  std::string name;
  Document document;
  AnnotationSet annotations;  // the engine's
};
// tests/data/articles/*.txt analysed with DCT 2026-03-09.
const std::vector<SampleArticle>& sample_articles();

// The set without what a format does not carry: `keep_timeline`, `keep_sourcing` off clear
// those parts.
AnnotationSet without(AnnotationSet set, bool keep_timeline, bool keep_sourcing);

}  // namespace newsmark::testing_support
