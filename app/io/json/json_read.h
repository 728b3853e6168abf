// Shared by the readers of JSON formats (Newsmark JSON, W3C Web Annotation): typed reads
// over simdjson's on-demand values that turn a wrong type into a problem with a path (the
// reading goes on, so the user sees every problem) and a syntax error into the one fatal
// error (on-demand parsing cannot go past it).
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/imported_document.h"

namespace newsmark::io {

namespace od = simdjson::ondemand;

// 1-64 characters, no control characters.
bool valid_label_name(std::string_view s);

// Where a value is in the file ("annotations[41].end"), kept as a chain of parts on the stack
// and rendered into a string only when a problem is reported: reading 100,000 annotations
// builds no path strings at all.
class JsonPath {
 public:
  JsonPath(const char* whole) : key_(whole) {}                // NOLINT: paths read naturally as strings
  JsonPath(std::string_view whole) : key_(whole) {}           // NOLINT
  JsonPath(const std::string& whole) : key_(whole) {}         // NOLINT
  JsonPath(const JsonPath& parent, std::string_view key) : parent_(&parent), key_(key) {}
  JsonPath(const JsonPath& parent, std::size_t index) : parent_(&parent), index_(index) {}
  std::string str() const;

 private:
  static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);
  const JsonPath* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = kNoIndex;
};

// "annotations[3]" or "annotations[3].label".
std::string item(std::string_view list, std::size_t i, std::string_view field = {});
// A value quoted for a message, cut to 40 bytes (whole characters).
std::string shown(std::string_view s);

// The "document" object of Newsmark JSON (W3C's nm:document): {title, dct, source, language,
// text, length: {code_points}}.
struct DocumentFields {
  DocumentInfo info;
  std::string text;
  bool have_text = false;
  std::optional<std::uint64_t> stated_code_points;
};

// Loads the document the fields describe; errors name `path` ("document.dct: ...").
Result<ImportedDocument> load_document_fields(DocumentFields fields, const std::string& path);

class JsonReadContext {
 protected:
  // Typed reads: a wrong type adds a problem and yields nothing; a syntax error sets fatal_.
  // String views stay valid while the parser lives (simdjson keeps unescaped strings).
  std::optional<std::string_view> string(od::value v, const JsonPath& path, bool null_ok = false);
  std::optional<std::uint64_t> count(od::value v, const JsonPath& path);
  // Any JSON number. Numbers of more than 19 digits are read from their text: simdjson 3.0.1's
  // on-demand parser gets some of them wrong (0.95000000000000000000 read as 0.0277,
  // simdjson#2093, fixed in 3.6.3; Debian 12 has 3.0.1).
  std::optional<double> number(od::value v, const JsonPath& path);
  // An annotation's confidence: a number from 0 to 1, kept in thousandths.
  std::optional<float> confidence(od::value v, const JsonPath& path);
  // True (and fatal_ set) when `e` is a syntax error; false for success or a wrong type.
  bool syntax(simdjson::error_code e, const JsonPath& path);
  // Calls f(key, value) for each field / f(object, its path) for each element; false once fatal.
  template <typename F>
  bool each_field(od::object o, const JsonPath& path, F&& f);
  template <typename F>
  bool each_object(od::value v, const JsonPath& list, F&& f);

  // An array of strings appended to `out`.
  bool string_list(od::value v, const JsonPath& path, std::vector<std::string>& out);
  // Model parts several formats carry the same way: {"id","name","label","mentions"} and
  // {"name","color","hotkey"} (checked: colour, key 1-9, no name or key twice).
  bool read_entity(od::object o, const JsonPath& where, std::vector<Entity>& out);
  bool read_label(od::object o, const JsonPath& where, std::vector<LabelDef>& labels);
  bool read_document(od::object d, const JsonPath& path, DocumentFields& out);

  std::optional<Error> fatal_;
  ImportProblems problems_;
};

template <typename F>
inline bool JsonReadContext::each_field(od::object o, const JsonPath& path, F&& f) {
  for (auto field : o) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return !syntax(e, path);
    od::value v;
    if (auto e = field.value().get(v)) {
      if (syntax(e, JsonPath(path, key))) return false;
      continue;
    }
    if (!f(key, v)) return false;
  }
  return !fatal_;
}

template <typename F>
inline bool JsonReadContext::each_object(od::value v, const JsonPath& list, F&& f) {
  od::array arr;
  if (auto e = v.get_array().get(arr)) {
    if (!syntax(e, list)) problems_.add(list.str(), "expected an array");
    return !fatal_;
  }
  std::size_t i = 0;
  for (auto element : arr) {
    const JsonPath at(list, i++);
    od::object o;
    if (auto e = element.get_object().get(o)) {
      if (syntax(e, at)) return false;
      problems_.add(at.str(), "expected an object");
    } else if (!f(o, at)) {
      return false;
    }
  }
  return !fatal_;
}

}  // namespace newsmark::io
