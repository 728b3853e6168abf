#include "io/formats/w3c_annotation.h"

#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "io/anchoring.h"
#include "io/json/json_read.h"
#include "io/json/json_writer.h"
#include "io/json/newsmark_json.h"

namespace newsmark::io {
namespace {

constexpr std::string_view kContext = "http://www.w3.org/ns/anno.jsonld";
constexpr std::string_view kVocabulary = "urn:newsmark:vocab#";

// A stable IRI for the document: FNV-1a 64 of its text.
std::string document_iri(const Document& doc) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : doc.text()) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return "urn:newsmark:doc:" + std::string(hex);
}

// "urn:...#a5" -> "a5"; an IRI without a fragment stays whole.
std::string_view local_id(std::string_view iri) {
  const std::size_t hash = iri.rfind('#');
  return hash == std::string_view::npos || hash + 1 == iri.size() ? iri : iri.substr(hash + 1);
}

}  // namespace

bool looks_like_w3c(std::string_view json) {
  const std::string_view head = json.substr(0, 4096);
  return head.find("anno.jsonld") != std::string_view::npos || head.find("\"AnnotationCollection\"") != std::string_view::npos ||
         head.find("\"AnnotationPage\"") != std::string_view::npos ||
         (head.find("\"Annotation\"") != std::string_view::npos && head.find("\"target\"") != std::string_view::npos);
}

std::string write_w3c_annotations(const Document& doc, const AnnotationSet& set, bool pretty) {
  JsonWriter w(pretty ? JsonWriter::Style::pretty : JsonWriter::Style::compact);
  const std::string doc_iri = document_iri(doc);
  const std::string_view text = doc.text();
  w.begin_object();
  w.key("@context");
  w.begin_array();
  w.value(kContext);
  w.begin_object();
  w.field("nm", kVocabulary);
  w.end_object();
  w.end_array();
  w.field("id", doc_iri + "/annotations");
  w.field("type", "AnnotationCollection");
  w.field("label", doc.info().title.empty() ? std::string("Newsmark annotations") : doc.info().title);
  w.field("total", static_cast<std::uint64_t>(set.annotations.size() + set.relations.size()));
  w.key("nm:document");
  write_document_info(w, doc);
  w.key("nm:entities");
  write_entities(w, set.entities);
  w.key("nm:labels");
  write_labels(w, set.labels);
  w.key("first");
  w.begin_object();
  w.field("type", "AnnotationPage");
  w.field("startIndex", 0);
  w.key("items");
  w.begin_array();
  for (const Annotation& a : set.annotations) {
    auto start = doc.to_code_point(a.span.begin);
    auto end = doc.to_code_point(a.span.end);
    if (!start || !end) continue;
    w.begin_object();
    w.field("id", doc_iri + "#" + a.id);
    w.field("type", "Annotation");
    w.field("motivation", "tagging");
    w.key("body");
    w.begin_array();
    w.begin_object();
    w.field("type", "TextualBody");
    w.field("purpose", "tagging");
    w.field("value", a.label);
    w.end_object();
    if (!a.note.empty()) {
      w.begin_object();
      w.field("type", "TextualBody");
      w.field("purpose", "commenting");
      w.field("value", a.note);
      w.end_object();
    }
    w.end_array();
    w.key("target");
    w.begin_object();
    w.field("source", doc_iri);
    w.key("selector");
    w.begin_array();
    w.begin_object();
    w.field("type", "TextPositionSelector");
    w.field("start", static_cast<std::uint64_t>(*start));
    w.field("end", static_cast<std::uint64_t>(*end));
    w.end_object();
    w.begin_object();
    w.field("type", "TextQuoteSelector");
    w.field("exact", text.substr(a.span.begin, a.span.size()));
    w.field("prefix", text_before(doc, a.span.begin));
    w.field("suffix", text_after(doc, a.span.end));
    w.end_object();
    w.end_array();
    w.end_object();
    w.field("nm:origin", origin_name(a.origin));
    w.field("nm:status", status_name(a.status));
    w.field("nm:confidence", confidence_in_thousandths(a.confidence));
    if (!a.attrs.empty()) {
      w.key("nm:attrs");
      w.begin_object();
      for (const Attr& at : a.attrs) w.field(at.key, at.value);
      w.end_object();
    }
    w.end_object();
  }
  for (const Relation& r : set.relations) {
    w.begin_object();
    w.field("id", doc_iri + "#" + r.id);
    w.field("type", "Annotation");
    w.field("motivation", "linking");
    w.field("body", doc_iri + "#" + r.from);
    w.field("target", doc_iri + "#" + r.to);
    w.field("nm:relation", r.type);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
  std::string out = std::move(w).take();
  out.push_back('\n');
  return out;
}

namespace {

// One item as read, before it is placed on the text.
struct RawItem {
  std::string id;
  std::string_view motivation, label, note, status, origin, relation;
  std::string_view untyped;  // a TextualBody without a purpose: label or comment, by motivation
  std::string_view body_iri, target_iri;
  std::optional<float> confidence;
  FileSpan span;
  std::vector<Attr> attrs;
};

class W3cReader : JsonReadContext {
 public:
  W3cReader(std::string_view json, const Document* article) : input_(json), article_(article) {}
  Result<ImportedDocument> read();

 private:
  bool read_collection_fields(od::object o, bool first_pass);
  bool read_items(od::value v, const std::string& path);
  bool read_item(od::object o, const std::string& where);
  bool read_body(od::value v, const std::string& path, RawItem& it);
  bool read_target(od::value v, const std::string& path, RawItem& it);
  bool read_selector(od::value v, const std::string& path, RawItem& it);
  template <typename F>
  bool each_value(od::value v, const std::string& path, F&& f);
  void add_item(RawItem& it, const std::string& where);

  simdjson::padded_string input_;
  od::parser parser_;
  const Document* article_;
  DocumentFields document_;
  bool have_document_ = false;
  std::optional<ImportedDocument> out_;
  bool have_labels_ = false;
  std::vector<std::pair<RawItem, std::string>> items_;  // with their paths
};

// W3C lets a selector, target or body be one value or an array of them: calls f(value, path)
// for each element; false once a syntax error is recorded.
template <typename F>
bool W3cReader::each_value(od::value v, const std::string& path, F&& f) {
  od::array arr;
  if (auto e = v.get_array().get(arr)) return !syntax(e, path);
  std::size_t k = 0;
  for (auto el : arr) {
    od::value ev;
    if (auto e = el.get(ev)) return !syntax(e, path);
    if (!f(ev, path + "[" + std::to_string(k++) + "]")) return false;
  }
  return true;
}

bool W3cReader::read_selector(od::value v, const std::string& path, RawItem& it) {
  od::json_type t;
  if (auto e = v.type().get(t)) return !syntax(e, path);
  if (t == od::json_type::array) {
    return each_value(v, path, [&](od::value ev, const std::string& p) { return read_selector(ev, p, it); });
  }
  od::object o;
  if (v.get_object().get(o) != simdjson::SUCCESS) return !fatal_;  // a selector we do not know
  // Fields in any order: remember the type and the values, then keep what the type means.
  std::string_view type, exact, prefix, suffix;
  std::optional<std::uint64_t> start, end;
  if (!each_field(o, path, [&](std::string_view key, od::value fv) {
        const std::string p = path + "." + std::string(key);
        if (key == "type") {
          if (auto s = string(fv, p)) type = *s;
        } else if (key == "start") {
          start = count(fv, p);
        } else if (key == "end") {
          end = count(fv, p);
        } else if (key == "exact" || key == "prefix" || key == "suffix") {
          auto s = string(fv, p, true);
          if (s) (key == "exact" ? exact : key == "prefix" ? prefix : suffix) = *s;
        }
        return !fatal_;
      })) {
    return false;
  }
  if (type == "TextPositionSelector" && start && end) {
    it.span.start = *start;
    it.span.end = *end;
    it.span.has_start = it.span.has_end = true;
  } else if (type == "TextQuoteSelector") {
    it.span.text = exact;
    it.span.prefix = prefix;
    it.span.suffix = suffix;
  }
  return true;
}

bool W3cReader::read_target(od::value v, const std::string& path, RawItem& it) {
  od::json_type t;
  if (auto e = v.type().get(t)) return !syntax(e, path);
  if (t == od::json_type::string) {
    if (auto s = string(v, path)) it.target_iri = *s;
    return !fatal_;
  }
  if (t == od::json_type::array) {  // several targets: the first with a selector counts
    return each_value(v, path, [&](od::value ev, const std::string& p) {
      if (it.span.has_start || !it.span.text.empty() || !it.target_iri.empty()) return true;
      return read_target(ev, p, it);
    });
  }
  od::object o;
  if (auto e = v.get_object().get(o)) {
    if (!syntax(e, path)) problems_.add(path, "expected an object, an array or an IRI");
    return !fatal_;
  }
  return each_field(o, path, [&](std::string_view key, od::value fv) {
    if (key == "selector") return read_selector(fv, path + ".selector", it);
    return true;
  });
}

bool W3cReader::read_body(od::value v, const std::string& path, RawItem& it) {
  od::json_type t;
  if (auto e = v.type().get(t)) return !syntax(e, path);
  if (t == od::json_type::string) {
    if (auto s = string(v, path)) it.body_iri = *s;
    return !fatal_;
  }
  if (t == od::json_type::array) {
    return each_value(v, path, [&](od::value ev, const std::string& p) { return read_body(ev, p, it); });
  }
  od::object o;
  if (auto e = v.get_object().get(o)) {
    if (!syntax(e, path)) problems_.add(path, "expected an object, an array or an IRI");
    return !fatal_;
  }
  std::string_view purpose, value, id;
  if (!each_field(o, path, [&](std::string_view key, od::value fv) {
        if (key == "purpose" || key == "value" || key == "id") {
          od::json_type ft;
          if (auto e = fv.type().get(ft)) return !syntax(e, path);
          if (ft != od::json_type::string) return true;  // purposes may be arrays: not ours
          auto s = string(fv, path + "." + std::string(key));
          if (s) (key == "purpose" ? purpose : key == "value" ? value : id) = *s;
        }
        return !fatal_;
      })) {
    return false;
  }
  if (purpose == "commenting" || purpose == "describing" || purpose == "replying") {
    if (it.note.empty()) it.note = value;
  } else if (!value.empty() && it.label.empty() && (purpose == "tagging" || purpose == "classifying")) {
    it.label = value;
  } else if (!value.empty() && purpose.empty()) {
    if (it.untyped.empty()) it.untyped = value;
  } else if (value.empty() && !id.empty() && it.body_iri.empty()) {
    it.body_iri = id;  // a SpecificResource or an annotation as body (linking)
  }
  return true;
}

bool W3cReader::read_item(od::object o, const std::string& where) {
  RawItem it;
  if (!each_field(o, where, [&](std::string_view key, od::value v) {
        const std::string path = where + "." + std::string(key);
        if (key == "id") {
          if (auto s = string(v, path)) it.id = std::string(local_id(*s));
        } else if (key == "motivation") {
          od::json_type t;
          if (auto e = v.type().get(t)) return !syntax(e, path);
          if (t == od::json_type::string) {
            if (auto s = string(v, path)) it.motivation = *s;
          }
        } else if (key == "body") {
          return read_body(v, path, it);
        } else if (key == "target") {
          return read_target(v, path, it);
        } else if (key == "nm:status" || key == "nm:origin" || key == "nm:relation") {
          auto s = string(v, path);
          if (s) (key == "nm:status" ? it.status : key == "nm:origin" ? it.origin : it.relation) = *s;
        } else if (key == "nm:confidence") {
          it.confidence = confidence(v, path);
        } else if (key == "nm:attrs") {
          od::object attrs;
          if (auto e = v.get_object().get(attrs)) {
            if (!syntax(e, path)) problems_.add(path, "expected an object");
            return !fatal_;
          }
          return each_field(attrs, path, [&](std::string_view k, od::value av) {
            if (auto s = string(av, path + "." + std::string(k))) it.attrs.push_back(Attr{std::string(k), std::string(*s)});
            return !fatal_;
          });
        }
        return !fatal_;
      })) {
    return false;
  }
  items_.emplace_back(std::move(it), where);
  return true;
}

bool W3cReader::read_items(od::value v, const std::string& path) {
  return each_object(v, path, [&](od::object o, const JsonPath& at) { return read_item(o, at.str()); });
}

// The collection's own fields. The first pass reads only nm:document (the text the items
// need); the second the items and the rest.
bool W3cReader::read_collection_fields(od::object o, bool first_pass) {
  return each_field(o, "(root)", [&](std::string_view key, od::value v) {
    if (first_pass) {
      if (key != "nm:document") return true;
      od::object d;
      if (auto e = v.get_object().get(d)) {
        if (!syntax(e, "nm:document")) problems_.add("nm:document", "expected an object");
        return !fatal_;
      }
      have_document_ = true;
      return read_document(d, "nm:document", document_);
    }
    AnnotationSet& set = out_->annotations;
    if (key == "items") return read_items(v, "items");
    if (key == "first") {
      od::object page;
      if (auto e = v.get_object().get(page)) {
        if (!syntax(e, "first")) problems_.add("first", "expected an AnnotationPage object (pages behind links are not followed)");
        return !fatal_;
      }
      return each_field(page, "first", [&](std::string_view k, od::value pv) {
        return k == "items" ? read_items(pv, "first.items") : true;
      });
    }
    if (key == "nm:entities") {
      return each_object(v, "nm:entities", [&](od::object e, const JsonPath& at) { return read_entity(e, at, set.entities); });
    }
    if (key == "nm:labels") {
      have_labels_ = true;
      return each_object(v, "nm:labels", [&](od::object l, const JsonPath& at) { return read_label(l, at, set.labels); });
    }
    return true;
  });
}

void W3cReader::add_item(RawItem& it, const std::string& where) {
  AnnotationSet& set = out_->annotations;
  if (it.motivation == "linking" || (!it.body_iri.empty() && !it.target_iri.empty())) {
    if (it.body_iri.empty() || it.target_iri.empty()) {
      problems_.add(where, "a linking annotation needs a body and a target that name annotations");
      return;
    }
    Relation r;
    r.id = it.id.empty() ? "r:" + std::to_string(set.relations.size() + 1) : it.id;
    r.type = it.relation.empty() ? "linking" : std::string(it.relation);
    r.from = std::string(local_id(it.body_iri));
    r.to = std::string(local_id(it.target_iri));
    set.relations.push_back(std::move(r));
    return;
  }
  if (!it.untyped.empty()) {
    const bool labelling = it.motivation == "tagging" || it.motivation == "classifying";
    if (labelling && it.label.empty()) it.label = it.untyped;
    else if (it.note.empty()) it.note = it.untyped;
  }
  const std::size_t problems_before = problems_.count();
  Annotation a;
  a.id = it.id.empty() ? "a:" + std::to_string(set.annotations.size() + 1) : it.id;
  a.label = it.label.empty() ? std::string(it.note.empty() ? "TAG" : "NOTE") : std::string(it.label);
  if (!valid_label_name(a.label)) problems_.add(where + ".body", shown(a.label) + " is not a label name (1-64 characters, no control characters)");
  a.note = std::string(it.note);
  a.origin = it.origin == "auto" ? Origin::automatic : Origin::user;
  if (!it.origin.empty() && it.origin != "auto" && it.origin != "user") problems_.add(where + ".nm:origin", shown(it.origin) + " is not auto or user");
  if (it.status.empty()) a.status = a.origin == Origin::user ? ReviewStatus::accepted : ReviewStatus::suggested;
  else if (it.status == "suggested") a.status = ReviewStatus::suggested;
  else if (it.status == "accepted") a.status = ReviewStatus::accepted;
  else if (it.status == "rejected") a.status = ReviewStatus::rejected;
  else problems_.add(where + ".nm:status", shown(it.status) + " is not suggested, accepted or rejected");
  if (it.confidence) a.confidence = *it.confidence;
  a.attrs = std::move(it.attrs);
  if (!it.span.has_start && it.span.text.empty()) {
    problems_.add(where + ".target", "no TextPositionSelector or TextQuoteSelector");
    return;
  }
  if (!it.span.has_start) {  // a quote alone: look for it from the start of the text
    it.span.has_start = it.span.has_end = true;
    it.span.start = it.span.end = 0;
  }
  auto span = place_span(out_->document, it.span, where + ".target.selector", problems_, out_->warnings);
  if (!span || problems_.count() != problems_before) return;
  a.span = *span;
  set.annotations.push_back(std::move(a));
}

Result<ImportedDocument> W3cReader::read() {
  od::document root;
  if (auto e = parser_.iterate(input_).get(root)) {
    return make_error(ErrorCode::parse_error, std::string("(root): invalid JSON (") + simdjson::error_message(e) + ")");
  }
  od::json_type top_type;
  if (auto e = root.type().get(top_type)) {
    return make_error(ErrorCode::parse_error, std::string("(root): invalid JSON (") + simdjson::error_message(e) + ")");
  }
  const bool top_is_array = top_type == od::json_type::array;
  bool top_is_annotation = false;
  if (!top_is_array) {
    od::object top;
    if (root.get_object().get(top) != simdjson::SUCCESS) return make_error(ErrorCode::parse_error, "(root): expected a JSON object or array");
    if (!read_collection_fields(top, true)) return *fatal_;
    // A single Annotation at the top: read it as the only item.
    root.rewind();
    if (root.get_object().get(top) == simdjson::SUCCESS) {
      std::string_view type;
      if (top["type"].get_string().get(type) == simdjson::SUCCESS) top_is_annotation = type == "Annotation";
    }
  }
  if (have_document_) {
    auto doc = load_document_fields(std::move(document_), "nm:document");
    if (!doc) return doc.error();
    out_.emplace(std::move(doc).value());
  } else if (article_ != nullptr) {
    out_.emplace(ImportedDocument{*article_, {}, {}, false, {}, std::nullopt});
  } else {
    return make_error(ErrorCode::parse_error,
                      "These W3C annotations do not include the article's text: open the article's text file together with them.");
  }
  out_->has_annotations = true;
  if (!problems_.empty()) return problems_.error();

  root.rewind();
  if (top_is_array) {
    od::value all;
    if (auto e = root.get_value().get(all)) return make_error(ErrorCode::parse_error, std::string("(root): ") + simdjson::error_message(e));
    if (!read_items(all, "(root)")) return *fatal_;
  } else if (top_is_annotation) {
    od::object top;
    if (auto e = root.get_object().get(top)) return make_error(ErrorCode::parse_error, std::string("(root): ") + simdjson::error_message(e));
    if (!read_item(top, "(root)")) return *fatal_;
  } else {
    od::object top;
    if (auto e = root.get_object().get(top)) return make_error(ErrorCode::parse_error, std::string("(root): ") + simdjson::error_message(e));
    if (!read_collection_fields(top, false)) return *fatal_;
  }
  std::unordered_map<std::string, std::string> seen;  // id -> path
  for (auto& [it, where] : items_) {
    if (!it.id.empty() && !seen.emplace(it.id, where).second) {
      problems_.add(where + ".id", shown(it.id) + " is used twice");
      continue;
    }
    add_item(it, where);
  }
  check_entity_and_relation_references(out_->annotations, problems_);
  if (!problems_.empty()) return problems_.error();
  finish_annotation_set(*out_, have_labels_);
  return std::move(*out_);
}

}  // namespace

Result<ImportedDocument> read_w3c_annotations(std::string_view json, const Document* article) {
  if (json.size() > kMaxTextBytes * 8) {
    return make_error(ErrorCode::too_large, "The file is " + format_byte_size(json.size()) + ", too large to import.");
  }
  W3cReader reader(json, article);
  return reader.read();
}

}  // namespace newsmark::io
