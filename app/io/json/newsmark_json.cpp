#include "io/json/newsmark_json.h"

#include "core/model/label_set.h"

#include <cmath>

#include "io/json/json_writer.h"

namespace newsmark::io {

namespace {

// The sourcing summary: counts, shares and who speaks (core/sources/sourcing_summary.h).
void write_sourcing(JsonWriter& w, const SourcingSummary& s) {
  w.key("sourcing");
  w.begin_object();
  w.key("quotes");
  w.begin_object();
  w.field("total", static_cast<std::uint64_t>(s.quotes));
  w.field("direct", static_cast<std::uint64_t>(s.direct));
  w.field("partial", static_cast<std::uint64_t>(s.partial));
  w.field("indirect", static_cast<std::uint64_t>(s.indirect));
  w.field("scare", static_cast<std::uint64_t>(s.scare));
  w.field("unattributed", static_cast<std::uint64_t>(s.unattributed_quotes));
  w.end_object();
  w.key("sources");
  w.begin_object();
  w.field("named", static_cast<std::uint64_t>(s.named_sources));
  w.field("unnamed-member", static_cast<std::uint64_t>(s.unnamed_member_sources));
  w.field("anonymous", static_cast<std::uint64_t>(s.anonymous_sources));
  w.field("document", static_cast<std::uint64_t>(s.document_sources));
  w.end_object();
  w.field("quotedShare", s.quoted_share);
  w.field("words", static_cast<std::uint64_t>(s.words));
  w.field("hedges", static_cast<std::uint64_t>(s.hedges));
  w.field("hedgesPer1000Words", s.hedges_per_1000_words);
  w.field("unattributedClaims", static_cast<std::uint64_t>(s.unattributed_claims));
  w.key("speakers");
  w.begin_array();
  for (const SpeakerCount& c : s.speakers) {
    w.begin_object();
    w.key("entity");
    if (c.entity.empty()) w.null();
    else w.value(c.entity);
    w.field("name", c.name);
    w.field("kind", c.kind);
    w.field("quotes", static_cast<std::uint64_t>(c.quotes));
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void write_entities(JsonWriter& w, const std::vector<Entity>& entities) {
  w.begin_array();
  for (const Entity& e : entities) {
    w.begin_object();
    w.field("id", e.id);
    w.field("name", e.name);
    w.field("label", e.label);
    w.key("mentions");
    w.begin_array();
    for (const std::string& m : e.mentions) w.value(m);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

void write_labels(JsonWriter& w, const std::vector<LabelDef>& labels) {
  w.begin_array();
  for (const LabelDef& l : labels) {
    w.begin_object();
    w.field("name", l.name);
    w.field("color", l.color);
    // Number keys stay numbers (as version 1 files have always had them); letters are strings.
    w.key("hotkey");
    if (l.hotkey >= 1 && l.hotkey <= 9) w.value(static_cast<std::uint64_t>(l.hotkey));
    else if (valid_hotkey(l.hotkey)) w.value(hotkey_name(l.hotkey));
    else w.null();
    w.end_object();
  }
  w.end_array();
}

void write_document_info(JsonWriter& w, const Document& doc) {
  w.begin_object();
  const DocumentInfo& info = doc.info();
  w.field("title", info.title);
  w.key("dct");
  if (info.dct.empty()) w.null(); else w.value(info.dct);
  w.field("source", info.source);
  w.field("language", info.language);
  w.field("text", doc.text());
  w.key("length");
  w.begin_object();
  w.field("bytes", static_cast<std::uint64_t>(doc.text().size()));
  w.field("code_points", static_cast<std::uint64_t>(doc.offsets().code_point_count()));
  w.end_object();
  w.end_object();
}

void write_annotation(JsonWriter& w, const Document& doc, const Annotation& a) {
  // Offsets out: code points. Spans come from the engine or validated input, so the
  // conversions succeed; a span that does not is skipped rather than written wrong.
  auto start = doc.to_code_point(a.span.begin);
  auto end = doc.to_code_point(a.span.end);
  if (!start || !end) return;
  w.begin_object();
  w.field("id", a.id);
  w.field("start", static_cast<std::uint64_t>(*start));
  w.field("end", static_cast<std::uint64_t>(*end));
  w.field("text", std::string_view(doc.text()).substr(a.span.begin, a.span.size()));
  w.field("label", a.label);
  w.field("origin", origin_name(a.origin));
  w.field("status", status_name(a.status));
  w.field("confidence", confidence_in_thousandths(a.confidence));
  w.key("attrs");
  w.begin_object();
  for (const Attr& at : a.attrs) w.field(at.key, at.value);
  w.end_object();
  if (!a.note.empty()) w.field("note", a.note);
  w.end_object();
}

void write_exercise(JsonWriter& w, const Document& doc, const Exercise& ex) {
  w.begin_object();
  w.key("task");
  w.begin_object();
  w.field("title", ex.task.title);
  w.field("instructions", ex.task.instructions);
  w.key("labels");
  w.begin_array();
  for (const std::string& l : ex.task.labels) w.value(l);
  w.end_array();
  w.field("suggestions", ex.task.show_suggestions);
  w.field("resubmit", ex.task.allow_resubmit);
  w.key("hints");
  w.begin_array();
  for (const LabelHint& h : ex.task.hints) {
    w.begin_object();
    w.field("label", h.label);
    w.field("text", h.text);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  // No "key" at all when the teacher left it out (an empty array is an empty key).
  if (ex.has_key) {
    w.key("key");
    w.begin_array();
    for (const Annotation& a : ex.key) write_annotation(w, doc, a);
    w.end_array();
  }
  w.key("student");
  if (ex.student.empty()) w.null(); else w.value(ex.student);
  w.field("submitted", ex.submitted);
  w.end_object();
}

void write_newsmark_fields(JsonWriter& w, const Document& doc, const AnnotationSet* set, const Exercise* exercise) {
  w.field("format", "newsmark");
  w.field("version", kNewsmarkJsonVersion);
  w.key("document");
  write_document_info(w, doc);

  w.key("annotations");
  w.begin_array();
  if (set != nullptr) {
    for (const Annotation& a : set->annotations) write_annotation(w, doc, a);
  }
  w.end_array();

  w.key("entities");
  write_entities(w, set != nullptr ? set->entities : std::vector<Entity>{});

  w.key("relations");
  w.begin_array();
  if (set != nullptr) {
    for (const Relation& r : set->relations) {
      w.begin_object();
      w.field("id", r.id);
      w.field("type", r.type);
      w.field("from", r.from);
      w.field("to", r.to);
      w.end_object();
    }
  }
  w.end_array();
  w.key("timeline");
  w.begin_array();
  if (set != nullptr) {
    for (const TimelineEvent& e : set->timeline) {
      auto es = doc.to_code_point(e.event.begin);
      auto ee = doc.to_code_point(e.event.end);
      if (!es || !ee) continue;
      w.begin_object();
      w.field("id", e.id);
      // An undated event has no time expression; a value only when the text gives the distance.
      auto string_or_null = [&w](std::string_view name, const std::string& v) {
        w.key(name);
        if (v.empty()) w.null();
        else w.value(v);
      };
      string_or_null("time", e.time);
      string_or_null("value", e.value);
      string_or_null("start", e.start);
      string_or_null("end", e.end);
      string_or_null("granularity", e.granularity);
      w.key("event");
      w.begin_object();
      w.field("start", static_cast<std::uint64_t>(*es));
      w.field("end", static_cast<std::uint64_t>(*ee));
      w.field("text", std::string_view(doc.text()).substr(e.event.begin, e.event.size()));
      w.end_object();
      w.key("entities");
      w.begin_array();
      for (const std::string& id : e.entities) w.value(id);
      w.end_array();
      w.field("certain", e.certain);
      if (!e.anchor.empty()) {
        w.key("relative");
        w.begin_object();
        w.field("to", e.anchor);
        w.field("relation", e.relation);
        string_or_null("offset", e.offset);
        w.end_object();
      }
      w.end_object();
    }
  }
  w.end_array();
  if (set != nullptr) write_sourcing(w, set->sourcing);
  w.key("labels");
  write_labels(w, set != nullptr ? set->labels : std::vector<LabelDef>{});
  if (exercise != nullptr) {
    w.key("exercise");
    write_exercise(w, doc, *exercise);
  }
}

std::string write_newsmark_json(const Document& doc, const AnnotationSet* set, bool pretty, const Exercise* exercise) {
  JsonWriter w(pretty ? JsonWriter::Style::pretty : JsonWriter::Style::compact);
  w.begin_object();
  write_newsmark_fields(w, doc, set, exercise);
  w.end_object();
  std::string out = std::move(w).take();
  out.push_back('\n');
  return out;
}

}  // namespace newsmark::io
