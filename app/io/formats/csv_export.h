// CSV for spreadsheets: one row per annotation, RFC 4180 (comma-separated, fields quoted when
// they hold a comma, quote or line break, CRLF line ends, UTF-8 with a byte order mark so
// spreadsheet programs read the accents right). Columns: id, start, end (code points), text,
// label, status, origin, confidence, entity (its canonical name), note, attrs ("key=value"
// joined by "; "). A cell that starts with = + - @ gets a leading apostrophe so a spreadsheet
// shows it as text instead of running it as a formula.
#pragma once

#include <string>

#include "core/model/annotation.h"
#include "core/model/document.h"

namespace newsmark::io {

std::string write_csv(const Document& doc, const AnnotationSet& set);

// One field, quoted and escaped when it needs to be (exposed for the tests).
std::string csv_field(std::string_view s);

}  // namespace newsmark::io
