#include "io/json/json_read.h"

#include <algorithm>
#include <cstdlib>

#include "core/model/label_set.h"

namespace newsmark::io {
namespace {

// Errors after which the on-demand iterator can go on: the value had the wrong type or an
// unreadable number, and is skipped when the walk moves on.
bool recoverable(simdjson::error_code e) {
  return e == simdjson::INCORRECT_TYPE || e == simdjson::NUMBER_OUT_OF_RANGE || e == simdjson::NUMBER_ERROR;
}

}  // namespace

std::string JsonPath::str() const {
  std::string out = parent_ != nullptr ? parent_->str() : std::string();
  if (index_ != kNoIndex) return out + "[" + std::to_string(index_) + "]";
  if (!out.empty()) out.push_back('.');
  return out.append(key_);
}

std::string item(std::string_view list, std::size_t i, std::string_view field) {
  std::string p = std::string(list) + "[" + std::to_string(i) + "]";
  if (!field.empty()) p += "." + std::string(field);
  return p;
}

// At most this much of a value is quoted in a message.
std::string shown(std::string_view s) {
  if (s.size() > 40) {
    std::size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    return "'" + std::string(s.substr(0, cut)) + "…'";
  }
  return "'" + std::string(s) + "'";
}

bool JsonReadContext::syntax(simdjson::error_code e, const JsonPath& path) {
  if (e == simdjson::SUCCESS || recoverable(e)) return false;
  if (!fatal_) fatal_ = make_error(ErrorCode::parse_error, path.str() + ": invalid JSON (" + simdjson::error_message(e) + ")");
  return true;
}

std::optional<std::string_view> JsonReadContext::string(od::value v, const JsonPath& path, bool null_ok) {
  std::string_view s;
  const simdjson::error_code e = v.get_string().get(s);
  if (e == simdjson::SUCCESS) return s;  // the common case: one read, no type probe first
  if (syntax(e, path)) return std::nullopt;
  bool is_null = false;
  if (null_ok && v.is_null().get(is_null) == simdjson::SUCCESS && is_null) return std::string_view();
  problems_.add(path.str(), null_ok ? "expected a string or null" : "expected a string");
  return std::nullopt;
}

std::optional<double> JsonReadContext::number(od::value v, const JsonPath& path) {
  const std::string_view token = v.raw_json_token();  // before the read, which moves past it
  double d = 0;
  if (auto e = v.get_double().get(d)) {
    if (!syntax(e, path)) problems_.add(path.str(), "expected a number");
    return std::nullopt;
  }
  const std::string_view mantissa = token.substr(0, token.find_first_of("eE"));
  if (std::count_if(mantissa.begin(), mantissa.end(), [](char c) { return c >= '0' && c <= '9'; }) > 19) {
    // The text is a valid JSON number (simdjson checked it); strtod reads it in the "C" locale,
    // which the app never changes.
    d = std::strtod(std::string(token).c_str(), nullptr);
  }
  return d;
}

std::optional<float> JsonReadContext::confidence(od::value v, const JsonPath& path) {
  const std::optional<double> c = number(v, path);
  if (!c) return std::nullopt;
  if (!(*c >= 0.0 && *c <= 1.0)) {
    problems_.add(path.str(), "must be between 0 and 1");
    return std::nullopt;
  }
  return static_cast<float>(confidence_in_thousandths(*c));
}

std::optional<std::uint64_t> JsonReadContext::count(od::value v, const JsonPath& path) {
  std::uint64_t n = 0;
  if (auto e = v.get_uint64().get(n)) {
    if (!syntax(e, path)) problems_.add(path.str(), "expected a non-negative integer");
    return std::nullopt;
  }
  return n;
}

bool valid_label_name(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

bool JsonReadContext::read_entity(od::object o, const JsonPath& at, std::vector<Entity>& out) {
  const std::string where = at.str();
  Entity ent;
  if (!each_field(o, where, [&](std::string_view key, od::value v) {
        if (key == "id" || key == "name" || key == "label") {
          auto s = string(v, where + "." + std::string(key));
          if (s) (key == "id" ? ent.id : key == "name" ? ent.name : ent.label).assign(*s);
        } else if (key == "mentions") {
          return string_list(v, where + ".mentions", ent.mentions);
        }
        return !fatal_;
      })) {
    return false;
  }
  if (ent.id.empty()) problems_.add(where + ".id", "missing");
  out.push_back(std::move(ent));
  return true;
}

bool JsonReadContext::string_list(od::value v, const JsonPath& path, std::vector<std::string>& out) {
  od::array arr;
  if (auto e = v.get_array().get(arr)) {
    if (!syntax(e, path)) problems_.add(path.str(), "expected an array");
    return !fatal_;
  }
  std::size_t k = 0;
  for (auto m : arr) {
    od::value mv;
    if (auto e = m.get(mv)) return !syntax(e, path);
    if (auto str = string(mv, JsonPath(path, k))) out.emplace_back(*str);
    ++k;
  }
  return !fatal_;
}

bool JsonReadContext::read_label(od::object o, const JsonPath& at, std::vector<LabelDef>& labels) {
  const std::string where = at.str();
  LabelDef def;
  bool have_color = false;
  if (!each_field(o, where, [&](std::string_view key, od::value v) {
        const std::string path = where + "." + std::string(key);
        if (key == "name" || key == "color") {
          auto s = string(v, path);
          if (!s) return !fatal_;
          if (key == "name") {
            def.name.assign(*s);
          } else {
            int r = 0, g = 0, b = 0;
            if (!parse_hex_color(*s, r, g, b)) problems_.add(path, shown(*s) + " is not a colour like #0072b2");
            def.color.assign(*s);
            have_color = true;
          }
        } else if (key == "hotkey") {
          od::json_type t;
          if (auto e = v.type().get(t)) return !syntax(e, path);
          if (t == od::json_type::null) return true;
          if (t == od::json_type::string) {
            auto name = string(v, path);
            if (name && parse_hotkey(*name) == 0) problems_.add(path, shown(*name) + " is not a key: 1-9 or a letter other than A, N, P, R");
            else if (name) def.hotkey = parse_hotkey(*name);
            return !fatal_;
          }
          auto n = count(v, path);
          if (n && (*n < 1 || *n > 9)) problems_.add(path, std::to_string(*n) + " is not a number key 1-9");
          else if (n) def.hotkey = static_cast<int>(*n);
        }
        return !fatal_;
      })) {
    return false;
  }
  if (!valid_label_name(def.name)) {
    problems_.add(where + ".name", def.name.empty() ? "missing" : shown(def.name) + " is not a label name");
    return true;
  }
  if (!have_color) def.color = label_def_for(def.name).color;
  for (const LabelDef& other : labels) {
    if (other.name == def.name) problems_.add(where + ".name", shown(def.name) + " is defined twice");
    if (def.hotkey != 0 && other.hotkey == def.hotkey) {
      problems_.add(where + ".hotkey", hotkey_name(def.hotkey) + " is already the key of " + other.name);
    }
  }
  labels.push_back(std::move(def));
  return true;
}

bool JsonReadContext::read_document(od::object d, const JsonPath& at, DocumentFields& out) {
  const std::string where = at.str();
  return each_field(d, where, [&](std::string_view key, od::value v) {
    const std::string path = where + "." + std::string(key);
    std::string* target = key == "title" ? &out.info.title
                          : key == "dct" ? &out.info.dct
                          : key == "source" ? &out.info.source
                          : key == "language" ? &out.info.language
                          : key == "text" ? &out.text
                                          : nullptr;
    if (key == "length") {
      od::object len;
      if (v.get_object().get(len) == simdjson::SUCCESS) {
        return each_field(len, path, [&](std::string_view k, od::value n) {
          if (k == "code_points") out.stated_code_points = count(n, path + ".code_points");
          return !fatal_;
        });
      }
      return !fatal_;
    }
    if (target == nullptr) return true;  // unknown fields are skipped
    if (key == "text") out.have_text = true;
    auto s = string(v, path, key != "text");
    if (s) target->assign(*s);
    return !fatal_;
  });
}

Result<ImportedDocument> load_document_fields(DocumentFields fields, const std::string& path) {
  if (!fields.have_text) return make_error(ErrorCode::parse_error, path + ".text: missing");
  if (fields.info.language.empty()) fields.info.language = "en";
  auto loaded = load_document(fields.text, std::move(fields.info));
  if (!loaded) {
    const std::string where = path + (loaded.error().code == ErrorCode::invalid_argument ? ".dct" : ".text");
    return make_error(loaded.error().code, where + ": " + loaded.error().message);
  }
  ImportedDocument out{std::move(loaded->document), loaded->report, {}, false, {}, std::nullopt};
  const std::size_t n = out.document.offsets().code_point_count();
  if (fields.stated_code_points && *fields.stated_code_points != n) {
    out.warnings.push_back(path + ".length.code_points: the file says " + std::to_string(*fields.stated_code_points) +
                           ", the text has " + std::to_string(n) + "; spans were checked against their text");
  }
  return out;
}

}  // namespace newsmark::io
