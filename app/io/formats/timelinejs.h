// TimelineJS JSON (Knight Lab's TimelineJS3 data format): the timeline of an annotated article
// as slides other newsrooms' timeline tools read. Each dated event is a slide: start_date to
// the precision of its granularity (a year, a month, a day), end_date for weeks, quarters,
// seasons and decades, the time expression as written for the headline, the clause it dates
// and who takes part for the text, the first entity taking part as the group, the TIMEX3 value
// as the display date and the event id as unique_id. The title slide names the article.
// Events the text only orders against another (no date of their own) are left out. TimelineJS
// renders headline, text, group and display_date as HTML: all four are HTML-escaped.
#pragma once

#include <string>

#include "core/model/annotation.h"
#include "core/model/document.h"

namespace newsmark::io {

std::string write_timelinejs_json(const Document& doc, const AnnotationSet& set, bool pretty = true);

}  // namespace newsmark::io
