// A self-contained HTML report of one article, the accessible way to share results (the
// canvas is opaque to screen readers): the article with its highlights (the innermost span's
// colour as background, the spans around it as stacked underlines, every label in the
// tooltip), a legend, the sourcing summary and who is quoted, the entities, the timeline and a
// table of every annotation. One file, no scripts, no remote resources (a CSP meta tag says
// so), print styles that keep colours and avoid breaking table rows. Rejected spans are left
// out.
#pragma once

#include <string>

#include "core/model/annotation.h"
#include "core/model/document.h"

namespace newsmark::io {

std::string write_html_report(const Document& doc, const AnnotationSet& set);

// Text with & < > " ' escaped for HTML.
std::string html_escape(std::string_view s);

}  // namespace newsmark::io
