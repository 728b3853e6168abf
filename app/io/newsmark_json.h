// Newsmark JSON, the app's own file format (version 1). This first part covers the document;
// annotations arrive with the engine. Layout:
//   { "format": "newsmark", "version": 1,
//     "document": { "title", "dct", "source", "language", "text",
//                   "length": { "bytes", "code_points" } },
//     "annotations": [] }
// Offsets in files are code points. Reading uses simdjson's on-demand API; every problem is
// reported with the path of the offending value ("document.dct: ..."), a file made by a newer
// Newsmark is refused, and nothing is returned on failure.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"
#include "core/result.h"

namespace newsmark::io {

inline constexpr int kNewsmarkJsonVersion = 1;

std::string write_newsmark_json(const Document& doc, bool pretty = true);

Result<LoadedDocument> read_newsmark_json(std::string_view json);

}  // namespace newsmark::io
