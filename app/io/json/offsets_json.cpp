#include "io/json/offsets_json.h"

#include <unordered_map>

#include "io/json/json_writer.h"

namespace newsmark::io {
namespace {

struct CpSpan {
  const Annotation* a;
  std::uint64_t start, end;
};

// The spans to export, in text order, with code point offsets; rejected ones are left out.
std::vector<CpSpan> exported_spans(const Document& doc, const AnnotationSet& set) {
  std::vector<CpSpan> out;
  out.reserve(set.annotations.size());
  for (const Annotation& a : set.annotations) {
    if (a.status == ReviewStatus::rejected) continue;
    auto s = doc.to_code_point(a.span.begin);
    auto e = doc.to_code_point(a.span.end);
    if (s && e) out.push_back(CpSpan{&a, *s, *e});
  }
  return out;
}

void write_triples(JsonWriter& w, const std::vector<CpSpan>& spans) {
  w.begin_array();
  for (const CpSpan& s : spans) {
    w.begin_array();
    w.value(s.start);
    w.value(s.end);
    w.value(s.a->label);
    w.end_array();
  }
  w.end_array();
}

}  // namespace

std::string write_doccano_jsonl(const Document& doc, const AnnotationSet& set) {
  const std::vector<CpSpan> spans = exported_spans(doc, set);
  JsonWriter w;
  w.begin_object();
  w.field("text", doc.text());
  w.key("label");
  write_triples(w, spans);
  w.key("entities");
  w.begin_array();
  std::unordered_map<std::string_view, std::uint64_t> number;  // doccano ids are integers
  for (const CpSpan& s : spans) {
    const std::uint64_t n = number.size() + 1;
    number.emplace(s.a->id, n);
    w.begin_object();
    w.field("id", n);
    w.field("label", s.a->label);
    w.field("start_offset", s.start);
    w.field("end_offset", s.end);
    w.end_object();
  }
  w.end_array();
  w.key("relations");
  w.begin_array();
  std::uint64_t rn = 0;
  for (const Relation& r : set.relations) {
    auto from = number.find(r.from), to = number.find(r.to);
    if (from == number.end() || to == number.end()) continue;
    w.begin_object();
    w.field("id", ++rn);
    w.field("from_id", from->second);
    w.field("to_id", to->second);
    w.field("type", r.type);
    w.end_object();
  }
  w.end_array();
  if (!doc.info().title.empty()) w.field("title", doc.info().title);
  w.end_object();
  std::string out = std::move(w).take();
  out.push_back('\n');
  return out;
}

std::string write_spacy_offsets_json(const Document& doc, const AnnotationSet& set) {
  JsonWriter w(JsonWriter::Style::compact);
  w.begin_array();
  w.begin_array();
  w.value(doc.text());
  w.begin_object();
  w.key("entities");
  write_triples(w, exported_spans(doc, set));
  w.end_object();
  w.end_array();
  w.end_array();
  std::string out = std::move(w).take();
  out.push_back('\n');
  return out;
}

}  // namespace newsmark::io
