// Reading Newsmark JSON (the format is in newsmark_json.h and docs/newsmark-json.md).
//
// simdjson's on-demand API walks the file forwards only; fields may come in any order, so the
// reader makes two passes over the same parsed input (rewind is cheap: the structural index
// stays): the header and document text first, then the annotation layers, which need the text
// to check their offsets. Wrong values are collected (ImportProblems) so the user sees all of
// them; a syntax error ends reading at once, since on-demand parsing cannot go past it.
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/model/label_set.h"
#include "io/anchoring.h"
#include "io/json/json_read.h"
#include "io/json/newsmark_json.h"

namespace newsmark::io {
namespace {

class Reader : JsonReadContext {
 public:
  explicit Reader(std::string_view json) : input_(json) {}
  Result<ImportedDocument> read();

 private:
  // Every step returns false once a syntax error is recorded in fatal_.
  bool read_header(od::object top);
  bool read_layers(od::object top);
  // An annotation of "annotations" (into the set) or of the exercise's "key" (`into_key`).
  bool read_annotation(od::object o, const JsonPath& at, std::size_t position, bool into_key = false);
  bool read_exercise(od::object o);
  bool read_task(od::object o, ExerciseTask& task);
  bool read_span_field(std::string_view key, od::value v, FileSpan& span, const JsonPath& where, bool& known);
  bool read_relation(od::object o, const JsonPath& at);
  bool read_event(od::object o, const JsonPath& at);
  bool read_sourcing(od::object o);
  void check_references();

  simdjson::padded_string input_;
  od::parser parser_;

  std::string format_;
  std::int64_t version_ = -1;
  bool have_document_ = false;
  DocumentFields document_;

  std::optional<ImportedDocument> out_;
  // Ids of the annotations read (views of their own strings, made once all are read), and
  // each one's position in the file's array, for messages.
  std::unordered_set<std::string_view> annotation_ids_;
  std::vector<std::uint32_t> file_index_;
  std::size_t file_position_ = 0;
  bool have_labels_ = false;
  std::optional<Exercise> exercise_;
  std::size_t unnamed_ = 0;  // annotations and relations without an id get one
};

// ---- pass 1: what the file is, and the text -----------------------------------------------

bool Reader::read_header(od::object top) {
  return each_field(top, "(root)", [&](std::string_view key, od::value v) {
    if (key == "format") {
      if (auto s = string(v, "format", true)) format_.assign(*s);
    } else if (key == "version") {
      if (auto e = v.get_int64().get(version_)) {
        if (!syntax(e, "version")) problems_.add("version", "expected an integer");
      }
    } else if (key == "document") {
      od::object d;
      if (auto e = v.get_object().get(d)) {
        if (!syntax(e, "document")) problems_.add("document", "expected an object");
      } else {
        have_document_ = true;
        return read_document(d, "document", document_);
      }
    }
    return !fatal_;
  });
}

// ---- pass 2: the annotation layers ---------------------------------------------------------


bool Reader::read_span_field(std::string_view key, od::value v, FileSpan& span, const JsonPath& where, bool& known) {
  known = true;
  if (key == "start" || key == "end") {
    auto n = count(v, JsonPath(where, key));
    if (n) {
      (key == "start" ? span.start : span.end) = *n;
      (key == "start" ? span.has_start : span.has_end) = true;
    }
  } else if (key == "text" || key == "prefix" || key == "suffix") {
    auto s = string(v, JsonPath(where, key), true);
    if (s) (key == "text" ? span.text : key == "prefix" ? span.prefix : span.suffix) = *s;
  } else {
    known = false;
  }
  return !fatal_;
}

bool Reader::read_annotation(od::object o, const JsonPath& at, std::size_t position, bool into_key) {
  if (!into_key) file_position_ = position;
  const std::size_t problems_before = problems_.count();
  FileSpan span;
  Annotation a;
  std::string_view origin = "user", status;
  bool ok_fields = each_field(o, at, [&](std::string_view key, od::value v) {
    bool known = false;
    if (!read_span_field(key, v, span, at, known)) return false;
    if (known) return true;
    const JsonPath path(at, key);
    if (key == "id" || key == "label" || key == "origin" || key == "status" || key == "note") {
      auto s = string(v, path, key == "note");
      if (!s) return !fatal_;
      if (key == "id") a.id.assign(*s);
      else if (key == "label") a.label.assign(*s);
      else if (key == "origin") origin = *s;
      else if (key == "status") status = *s;
      else a.note.assign(*s);
    } else if (key == "confidence") {
      if (const std::optional<float> c = confidence(v, path)) a.confidence = *c;
    } else if (key == "attrs") {
      od::object attrs;
      if (auto e = v.get_object().get(attrs)) {
        if (!syntax(e, path)) problems_.add(path.str(), "expected an object");
        return !fatal_;
      }
      return each_field(attrs, path, [&](std::string_view k, od::value av) {
        od::json_type t;
        if (auto e = av.type().get(t)) return !syntax(e, JsonPath(path, k));
        std::string_view s;
        // Values are strings; numbers and booleans written by other tools keep their JSON text.
        simdjson::error_code e = simdjson::INCORRECT_TYPE;
        if (t == od::json_type::string) {
          e = av.get_string().get(s);
        } else if (t == od::json_type::number || t == od::json_type::boolean) {
          s = av.raw_json_token();
          e = simdjson::SUCCESS;
        }
        if (e) {
          if (!syntax(e, JsonPath(path, k))) problems_.add(JsonPath(path, k).str(), "expected a string");
          return !fatal_;
        }
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
        a.add_attr(k, s);
        return true;
      });
    }
    return !fatal_;
  });
  if (!ok_fields) return false;

  if (!valid_label_name(a.label)) {
    problems_.add(JsonPath(at, "label").str(), a.label.empty() ? "missing" : shown(a.label) + " is not a label name (1-64 characters, no control characters)");
  }
  if (origin == "auto") a.origin = Origin::automatic;
  else if (origin == "user") a.origin = Origin::user;
  else problems_.add(JsonPath(at, "origin").str(), shown(origin) + " is not auto or user");
  if (status.empty()) a.status = a.origin == Origin::user ? ReviewStatus::accepted : ReviewStatus::suggested;
  else if (status == "suggested") a.status = ReviewStatus::suggested;
  else if (status == "accepted") a.status = ReviewStatus::accepted;
  else if (status == "rejected") a.status = ReviewStatus::rejected;
  else problems_.add(JsonPath(at, "status").str(), shown(status) + " is not suggested, accepted or rejected");

  auto where = place_span(out_->document, span, at, problems_, out_->warnings);
  if (!where || problems_.count() != problems_before) return true;
  a.span = *where;
  if (a.id.empty()) a.id = (into_key ? "k:" : "a:") + std::to_string(++unnamed_);  // ':' keeps clear of the file's own ids
  if (into_key) {
    exercise_->key.push_back(std::move(a));
    return true;
  }
  file_index_.push_back(static_cast<std::uint32_t>(file_position_));
  out_->annotations.annotations.push_back(std::move(a));
  return true;
}

bool Reader::read_task(od::object o, ExerciseTask& task) {
  const JsonPath task_path("exercise.task");  // outlives the paths made from it
  return each_field(o, task_path, [&](std::string_view key, od::value v) {
    const JsonPath path(task_path, key);
    if (key == "title" || key == "instructions") {
      if (auto s = string(v, path, true)) (key == "title" ? task.title : task.instructions).assign(*s);
    } else if (key == "labels") {
      return string_list(v, path, task.labels);
    } else if (key == "suggestions" || key == "resubmit") {
      if (auto e = v.get_bool().get(key == "suggestions" ? task.show_suggestions : task.allow_resubmit)) {
        if (!syntax(e, path)) problems_.add(path.str(), "expected true or false");
      }
    } else if (key == "hints") {
      return each_object(v, path, [&](od::object h, const JsonPath& at) {
        LabelHint hint;
        if (!each_field(h, at, [&](std::string_view k, od::value hv) {
              if (k == "label" || k == "text") {
                if (auto s = string(hv, JsonPath(at, k))) (k == "label" ? hint.label : hint.text).assign(*s);
              }
              return !fatal_;
            })) {
          return false;
        }
        task.hints.push_back(std::move(hint));
        return true;
      });
    }
    return !fatal_;
  });
}

bool Reader::read_exercise(od::object o) {
  exercise_.emplace();
  const JsonPath exercise_path("exercise");  // outlives the paths made from it
  return each_field(o, exercise_path, [&](std::string_view key, od::value v) {
    const JsonPath path(exercise_path, key);
    if (key == "task") {
      od::object t;
      if (auto e = v.get_object().get(t)) {
        if (!syntax(e, path)) problems_.add(path.str(), "expected an object");
        return !fatal_;
      }
      return read_task(t, exercise_->task);
    }
    if (key == "key") {
      exercise_->has_key = true;
      std::size_t position = 0;
      return each_object(v, path, [&](od::object a, const JsonPath& at) { return read_annotation(a, at, position++, true); });
    }
    if (key == "student") {
      if (auto s = string(v, path, true)) exercise_->student.assign(*s);
    } else if (key == "submitted") {
      if (auto e = v.get_bool().get(exercise_->submitted)) {
        if (!syntax(e, path)) problems_.add(path.str(), "expected true or false");
      }
    }
    return !fatal_;
  });
}

bool Reader::read_relation(od::object o, const JsonPath& at) {
  Relation rel;
  if (!each_field(o, at, [&](std::string_view key, od::value v) {
        if (key == "id" || key == "type" || key == "from" || key == "to") {
          auto s = string(v, JsonPath(at, key));
          if (s) (key == "id" ? rel.id : key == "type" ? rel.type : key == "from" ? rel.from : rel.to).assign(*s);
        }
        return !fatal_;
      })) {
    return false;
  }
  if (rel.type.empty()) problems_.add(JsonPath(at, "type").str(), "missing");
  if (rel.id.empty()) rel.id = "r:" + std::to_string(++unnamed_);
  out_->annotations.relations.push_back(std::move(rel));
  return true;
}

bool Reader::read_event(od::object o, const JsonPath& at) {
  TimelineEvent ev;
  FileSpan span;
  bool have_event = false;
  const std::string where = at.str();
  if (!each_field(o, where, [&](std::string_view key, od::value v) {
        const std::string path = where + "." + std::string(key);
        if (key == "id" || key == "time" || key == "value" || key == "start" || key == "end" || key == "granularity") {
          auto s = string(v, path, key != "id");
          if (!s) return !fatal_;
          (key == "id" ? ev.id : key == "time" ? ev.time : key == "value" ? ev.value : key == "start" ? ev.start
                                                                               : key == "end" ? ev.end : ev.granularity).assign(*s);
        } else if (key == "certain") {
          if (auto e = v.get_bool().get(ev.certain)) {
            if (!syntax(e, path)) problems_.add(path, "expected true or false");
          }
        } else if (key == "event") {
          od::object eo;
          if (auto e = v.get_object().get(eo)) {
            if (!syntax(e, path)) problems_.add(path, "expected an object");
            return !fatal_;
          }
          have_event = true;
          return each_field(eo, path, [&](std::string_view k, od::value ev_v) {
            bool known = false;
            return read_span_field(k, ev_v, span, path, known);
          });
        } else if (key == "entities") {
          return string_list(v, path, ev.entities);
        } else if (key == "relative") {
          od::object ro;
          if (auto e = v.get_object().get(ro)) {
            if (!syntax(e, path)) problems_.add(path, "expected an object");
            return !fatal_;
          }
          return each_field(ro, path, [&](std::string_view k, od::value rv) {
            if (k == "to" || k == "relation" || k == "offset") {
              auto s = string(rv, path + "." + std::string(k), k == "offset");
              if (s) (k == "to" ? ev.anchor : k == "relation" ? ev.relation : ev.offset).assign(*s);
            }
            return !fatal_;
          });
        }
        return !fatal_;
      })) {
    return false;
  }
  if (ev.id.empty()) problems_.add(where + ".id", "missing");
  if (!ev.anchor.empty() && ev.relation != "before" && ev.relation != "after") {
    problems_.add(where + ".relative.relation", shown(ev.relation) + " is not before or after");
  }
  if (!have_event) {
    problems_.add(where + ".event", "missing");
    return true;
  }
  if (auto placed = place_span(out_->document, span, where + ".event", problems_, out_->warnings)) ev.event = *placed;
  out_->annotations.timeline.push_back(std::move(ev));
  return true;
}

bool Reader::read_sourcing(od::object o) {
  SourcingSummary& s = out_->annotations.sourcing;
  auto counts = [&](od::value v, const std::string& path,
                    std::initializer_list<std::pair<std::string_view, std::uint32_t*>> fields) {
    od::object obj;
    if (auto e = v.get_object().get(obj)) {
      if (!syntax(e, path)) problems_.add(path, "expected an object");
      return !fatal_;
    }
    return each_field(obj, path, [&](std::string_view k, od::value n) {
      for (const auto& [name, target] : fields) {
        if (k != name) continue;
        if (auto c = count(n, path + "." + std::string(k))) *target = static_cast<std::uint32_t>(std::min<std::uint64_t>(*c, UINT32_MAX));
      }
      return !fatal_;
    });
  };
  return each_field(o, "sourcing", [&](std::string_view key, od::value v) {
    const std::string path = "sourcing." + std::string(key);
    if (key == "quotes") {
      return counts(v, path, {{"total", &s.quotes}, {"direct", &s.direct}, {"partial", &s.partial}, {"indirect", &s.indirect},
                              {"scare", &s.scare}, {"unattributed", &s.unattributed_quotes}});
    }
    if (key == "sources") {
      return counts(v, path, {{"named", &s.named_sources}, {"unnamed-member", &s.unnamed_member_sources},
                              {"anonymous", &s.anonymous_sources}, {"document", &s.document_sources}});
    }
    if (key == "quotedShare" || key == "hedgesPer1000Words") {
      if (const std::optional<double> d = number(v, path)) (key == "quotedShare" ? s.quoted_share : s.hedges_per_1000_words) = *d;
    } else if (key == "words" || key == "hedges" || key == "unattributedClaims") {
      if (auto c = count(v, path)) {
        (key == "words" ? s.words : key == "hedges" ? s.hedges : s.unattributed_claims) =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(*c, UINT32_MAX));
      }
    } else if (key == "speakers") {
      return each_object(v, "sourcing.speakers", [&](od::object so, const JsonPath& at) {
        SpeakerCount c;
        if (!each_field(so, at, [&](std::string_view k, od::value sv) {
              const JsonPath p(at, k);
              if (k == "quotes") {
                if (auto n = count(sv, p)) c.quotes = static_cast<std::uint32_t>(std::min<std::uint64_t>(*n, UINT32_MAX));
              } else if (k == "entity" || k == "name" || k == "kind") {
                auto str = string(sv, p, k == "entity");
                if (str) (k == "entity" ? c.entity : k == "name" ? c.name : c.kind).assign(*str);
              }
              return !fatal_;
            })) {
          return false;
        }
        s.speakers.push_back(std::move(c));
        return true;
      });
    }
    return !fatal_;
  });
}

bool Reader::read_layers(od::object top) {
  AnnotationSet& set = out_->annotations;
  return each_field(top, "(root)", [&](std::string_view key, od::value v) {
    if (key == "annotations") {
      out_->has_annotations = true;
      std::size_t position = 0;
      return each_object(v, "annotations", [&](od::object o, const JsonPath& at) { return read_annotation(o, at, position++); });
    }
    if (key == "entities") {
      return each_object(v, "entities", [&](od::object o, const JsonPath& at) { return read_entity(o, at, set.entities); });
    }
    if (key == "relations") return each_object(v, "relations", [&](od::object o, const JsonPath& at) { return read_relation(o, at); });
    if (key == "timeline") return each_object(v, "timeline", [&](od::object o, const JsonPath& at) { return read_event(o, at); });
    if (key == "labels") {
      have_labels_ = true;
      return each_object(v, "labels", [&](od::object o, const JsonPath& at) { return read_label(o, at, set.labels); });
    }
    if (key == "exercise") {
      od::object eo;
      if (auto e = v.get_object().get(eo)) {
        if (!syntax(e, "exercise")) problems_.add("exercise", "expected an object");
        return !fatal_;
      }
      return read_exercise(eo);
    }
    if (key == "sourcing") {
      od::object so;
      if (auto e = v.get_object().get(so)) {
        if (!syntax(e, "sourcing")) problems_.add("sourcing", "expected an object");
        return !fatal_;
      }
      return read_sourcing(so);
    }
    return true;
  });
}

// Ids that point elsewhere must name something in the file.
void Reader::check_references() {
  AnnotationSet& set = out_->annotations;
  annotation_ids_ = check_entity_and_relation_references(set, problems_, &file_index_);
  std::unordered_set<std::string_view> entity_ids, event_ids;
  for (const Entity& e : set.entities) entity_ids.insert(e.id);
  for (const TimelineEvent& ev : set.timeline) {
    if (!ev.id.empty()) event_ids.insert(ev.id);
  }
  for (std::size_t i = 0; i < set.timeline.size(); ++i) {
    const TimelineEvent& ev = set.timeline[i];
    if (!ev.time.empty() && annotation_ids_.count(ev.time) == 0) {
      problems_.add(item("timeline", i, "time"), "no annotation has the id " + shown(ev.time));
    }
    if (!ev.anchor.empty() && event_ids.count(ev.anchor) == 0) {
      problems_.add(item("timeline", i, "relative.to"), "no event has the id " + shown(ev.anchor));
    }
    for (std::size_t k = 0; k < ev.entities.size(); ++k) {
      if (entity_ids.count(ev.entities[k]) == 0) {
        problems_.add(item("timeline", i, "entities[" + std::to_string(k) + "]"), "no entity has the id " + shown(ev.entities[k]));
      }
    }
  }
  if (event_ids.size() != set.timeline.size()) {
    std::unordered_set<std::string_view> seen;
    for (std::size_t i = 0; i < set.timeline.size(); ++i) {
      if (!seen.insert(set.timeline[i].id).second) problems_.add(item("timeline", i, "id"), shown(set.timeline[i].id) + " is used twice");
    }
  }
}

Result<ImportedDocument> Reader::read() {
  if (input_.size() > kMaxTextBytes * 8) {
    return make_error(ErrorCode::too_large, "The file is " + format_byte_size(input_.size()) + ", too large for a Newsmark document.");
  }
  od::document root;
  if (auto e = parser_.iterate(input_).get(root)) return make_error(ErrorCode::parse_error, std::string("(root): invalid JSON (") + simdjson::error_message(e) + ")");
  od::object top;
  if (auto e = root.get_object().get(top)) {
    if (syntax(e, "(root)")) return *fatal_;
    return make_error(ErrorCode::parse_error, "(root): expected a JSON object (is this a Newsmark file?)");
  }
  if (!read_header(top)) return *fatal_;
  if (format_ != "newsmark") return make_error(ErrorCode::parse_error, "format: missing or not \"newsmark\" (is this a Newsmark file?)");
  if (version_ > kNewsmarkJsonVersion) {
    return make_error(ErrorCode::unsupported, "version: this file is Newsmark JSON version " + std::to_string(version_) +
                                                  ", made by a newer Newsmark; this one reads up to version " +
                                                  std::to_string(kNewsmarkJsonVersion) + ".");
  }
  if (version_ < 1) problems_.add("version", "missing or not a positive integer");
  if (!have_document_) problems_.add("document", "missing");
  if (!problems_.empty()) return problems_.error();
  auto doc = load_document_fields(std::move(document_), "document");
  if (!doc) return doc.error();
  out_.emplace(std::move(doc).value());

  root.rewind();
  if (auto e = root.get_object().get(top)) return make_error(ErrorCode::parse_error, std::string("(root): ") + simdjson::error_message(e));
  if (!read_layers(top)) return *fatal_;
  check_references();
  if (!problems_.empty()) return problems_.error();

  finish_annotation_set(*out_, have_labels_);
  if (exercise_) {
    // Checked against the label set as it ends up (the file's, or the default one).
    std::unordered_set<std::string_view> key_ids;
    for (std::size_t i = 0; i < exercise_->key.size(); ++i) {
      if (!key_ids.insert(exercise_->key[i].id).second) problems_.add(item("exercise.key", i, "id"), shown(exercise_->key[i].id) + " is used twice");
    }
    if (Status st = check_exercise(*exercise_, out_->annotations.labels); !st.ok()) problems_.add("exercise", st.error().message);
    if (!problems_.empty()) return problems_.error();
    std::sort(exercise_->key.begin(), exercise_->key.end(), [](const Annotation& a, const Annotation& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
    });
    out_->exercise = std::move(exercise_);
  }
  return std::move(*out_);
}

}  // namespace

Result<ImportedDocument> read_newsmark_json(std::string_view json) {
  Reader reader(json);
  return reader.read();
}

}  // namespace newsmark::io
