// The built-in exercises' source: an article written for the project with its answer key
// marked inline, and the task in a short header, so a key can be read and reviewed as text
// (assets/exercises/*.exercise.txt):
//
//   title: Who is speaking?
//   instructions: Mark every source of information, named or not.
//   labels: SOURCE, QUOTE
//   suggestions: no
//   dct: 2026-03-03
//   hint SOURCE: Who is the claim from? A name, a job, "officials", a report ...
//   ---
//   MILLBROOK — [[SOURCE|City officials]] said on Tuesday that ...
//
// `[[LABEL|text]]` marks a key span; marks may nest ("[[QUOTE|... [[SOURCE|she]] ...]]").
// Everything after the "---" line, without the marks, is the article.
#pragma once

#include <string_view>

#include "core/classroom/exercise.h"
#include "core/model/result.h"
#include "io/imported_document.h"

namespace newsmark::io {

// The article (document and the default label set) with `exercise` filled in: the task, the
// key (has_key), no student. Errors name the line ("line 3: unknown header 'lables'").
[[nodiscard]] Result<ImportedDocument> read_exercise_source(std::string_view source);

}  // namespace newsmark::io
