#include "io/formats/timelinejs.h"

#include <cstdio>

#include "core/time/calendar.h"
#include "core/model/iso_date.h"
#include "io/formats/html_report.h"
#include "io/json/json_writer.h"

namespace newsmark::io {
namespace {

// Writes {"year", "month"?, "day"?} for `iso` to the precision `granularity` asks for.
void write_date(JsonWriter& w, const IsoDate& d, const std::string& granularity) {
  w.begin_object();
  w.field("year", static_cast<std::int64_t>(d.year));
  const bool month = granularity != "year" && granularity != "decade";
  const bool day = month && granularity != "month" && granularity != "quarter" && granularity != "season";
  if (month) w.field("month", static_cast<std::int64_t>(d.month));
  if (day) w.field("day", static_cast<std::int64_t>(d.day));
  w.end_object();
}

// TimelineJS puts headline, text, group and display_date into the page as HTML, so every one
// is escaped: an article (or an imported file) containing "<img onerror=...>" must show as
// text wherever the timeline is published, never run.
void write_html_field(JsonWriter& w, std::string_view key, std::string_view text) {
  w.field(key, html_escape(text));
}

}  // namespace

std::string write_timelinejs_json(const Document& doc, const AnnotationSet& set, bool pretty) {
  JsonWriter w(pretty ? JsonWriter::Style::pretty : JsonWriter::Style::compact);
  const std::string_view text = doc.text();
  w.begin_object();
  w.key("title");
  w.begin_object();
  w.key("text");
  w.begin_object();
  write_html_field(w, "headline", doc.info().title.empty() ? std::string("Timeline") : doc.info().title);
  std::string about = "The events of the article, as Newsmark placed them";
  if (!doc.info().dct.empty()) about += " (article date " + doc.info().dct + ")";
  write_html_field(w, "text", about + ".");
  w.end_object();
  w.end_object();
  w.key("events");
  w.begin_array();
  for (const TimelineEvent& e : set.timeline) {
    auto start = parse_iso_date(e.start);
    if (!start) continue;  // undated: ordered by the text only
    auto end = parse_iso_date(e.end);
    w.begin_object();
    w.key("start_date");
    write_date(w, *start, e.granularity);
    const bool spans = e.granularity == "week" || e.granularity == "quarter" || e.granularity == "season" ||
                       e.granularity == "decade";
    if (spans && end) {
      w.key("end_date");
      write_date(w, calendar::add_days(*end, -1), "day");  // TimelineJS ends are inclusive
    }
    const Annotation* time = e.time.empty() ? nullptr : set.find(e.time);
    std::string names;
    std::string group;
    for (const std::string& id : e.entities) {
      for (const Entity& ent : set.entities) {
        if (ent.id != id) continue;
        names += (names.empty() ? "" : ", ") + ent.name;
        if (group.empty()) group = ent.name;
      }
    }
    w.key("text");
    w.begin_object();
    write_html_field(w, "headline", time != nullptr ? text.substr(time->span.begin, time->span.size()) : std::string_view(e.value));
    std::string body(text.substr(e.event.begin, e.event.size()));
    if (!names.empty()) body += " (with " + names + ")";
    if (!e.certain) body += " [placed by a guess]";
    write_html_field(w, "text", body);
    w.end_object();
    if (!group.empty()) write_html_field(w, "group", group);
    write_html_field(w, "display_date", e.value);
    w.field("unique_id", e.id);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  std::string out = std::move(w).take();
  if (pretty) out.push_back('\n');
  return out;
}

}  // namespace newsmark::io
