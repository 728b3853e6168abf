#include "io/json/corpus_jsonl.h"

#include <simdjson.h>

namespace newsmark::io {
namespace {

Error at(std::size_t line, const std::string& what) {
  return make_error(ErrorCode::parse_error, "line " + std::to_string(line) + ": " + what);
}

// A string, or empty for null.
simdjson::error_code get_string_or_null(simdjson::ondemand::value v, std::string& out) {
  simdjson::ondemand::json_type t;
  if (auto e = v.type().get(t)) return e;
  if (t == simdjson::ondemand::json_type::null) {
    out.clear();
    return simdjson::SUCCESS;
  }
  std::string_view s;
  if (auto e = v.get_string().get(s)) return e;
  out.assign(s);
  return simdjson::SUCCESS;
}

}  // namespace

Result<CorpusRecord> parse_corpus_line(std::string_view line, std::size_t line_no) {
  simdjson::padded_string padded(line);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document doc;
  if (auto e = parser.iterate(padded).get(doc)) return at(line_no, std::string("invalid JSON (") + simdjson::error_message(e) + ")");
  simdjson::ondemand::object obj;
  if (doc.get_object().get(obj)) return at(line_no, "expected a JSON object");
  CorpusRecord r;
  bool have_text = false;
  for (auto field : obj) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return at(line_no, "invalid JSON key");
    simdjson::ondemand::value v;
    if (field.value().get(v)) return at(line_no, "invalid value of " + std::string(key));
    if (key == "id") {
      simdjson::ondemand::json_type t;
      if (v.type().get(t)) return at(line_no, "invalid id");
      if (t == simdjson::ondemand::json_type::number) {
        int64_t n = 0;
        if (v.get_int64().get(n)) return at(line_no, "id: expected a string or an integer");
        r.id = std::to_string(n);
      } else if (get_string_or_null(v, r.id)) {
        return at(line_no, "id: expected a string");
      }
    } else if (key == "text") {
      if (get_string_or_null(v, r.text)) return at(line_no, "text: expected a string");
      have_text = true;
    } else if (key == "source") {
      if (get_string_or_null(v, r.source)) return at(line_no, "source: expected a string");
    } else if (key == "annotated_types" || key == "partial_types") {
      simdjson::ondemand::array arr;
      if (v.get_array().get(arr)) return at(line_no, std::string(key) + ": expected an array of strings");
      std::vector<std::string>& list = key == "annotated_types" ? r.annotated_types : r.partial_types;
      for (auto item : arr) {
        std::string_view t;
        if (item.get_string().get(t)) return at(line_no, std::string(key) + ": expected an array of strings");
        list.emplace_back(t);
      }
    } else if (key == "dct") {
      if (get_string_or_null(v, r.dct)) return at(line_no, "dct: expected a string or null");
    } else if (key == "eval_end") {
      uint64_t n = 0;
      if (v.get_uint64().get(n)) return at(line_no, "eval_end: expected a non-negative integer");
      r.eval_end = static_cast<std::uint32_t>(n);
    } else if (key == "spans") {
      simdjson::ondemand::array arr;
      if (v.get_array().get(arr)) return at(line_no, "spans: expected an array");
      std::size_t k = 0;
      for (auto item : arr) {
        simdjson::ondemand::object so;
        const std::string where = "spans[" + std::to_string(k++) + "]";
        if (item.get_object().get(so)) return at(line_no, where + ": expected an object");
        CorpusSpan s;
        for (auto sf : so) {
          std::string_view sk;
          if (sf.unescaped_key().get(sk)) return at(line_no, where + ": invalid key");
          simdjson::ondemand::value sv;
          if (sf.value().get(sv)) return at(line_no, where + "." + std::string(sk) + ": invalid value");
          uint64_t n = 0;
          if (sk == "start" || sk == "end") {
            if (sv.get_uint64().get(n)) return at(line_no, where + "." + std::string(sk) + ": expected an integer");
            (sk == "start" ? s.start : s.end) = static_cast<std::uint32_t>(n);
          } else if (std::string* target = sk == "text"             ? &s.text
                                           : sk == "layer"          ? &s.layer
                                           : sk == "type"           ? &s.type
                                           : sk == "value"          ? &s.value
                                           : sk == "syntactic_type" ? &s.syntactic_type
                                           : sk == "group"          ? &s.group
                                           : sk == "kind"           ? &s.kind
                                           : sk == "source_group"   ? &s.source_group
                                                                    : nullptr) {
            simdjson::ondemand::json_type t;
            if (sv.type().get(t)) return at(line_no, where + ": invalid value");
            if (t == simdjson::ondemand::json_type::string || t == simdjson::ondemand::json_type::null) {
              if (get_string_or_null(sv, *target)) return at(line_no, where + "." + std::string(sk) + ": invalid string");
            }
          }
        }
        if (s.end < s.start) return at(line_no, where + ": end before start");
        r.spans.push_back(std::move(s));
      }
    }
  }
  if (!have_text) return at(line_no, "missing \"text\"");
  return r;
}

}  // namespace newsmark::io
