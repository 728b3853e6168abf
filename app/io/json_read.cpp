#include "io/json_read.h"

namespace newsmark::io {
namespace {

// Errors after which the on-demand iterator can go on: the value had the wrong type or an
// unreadable number, and is skipped when the walk moves on.
bool recoverable(simdjson::error_code e) {
  return e == simdjson::INCORRECT_TYPE || e == simdjson::NUMBER_OUT_OF_RANGE || e == simdjson::NUMBER_ERROR;
}

}  // namespace

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

bool JsonReadContext::syntax(simdjson::error_code e, const std::string& path) {
  if (e == simdjson::SUCCESS || recoverable(e)) return false;
  if (!fatal_) fatal_ = make_error(ErrorCode::parse_error, path + ": invalid JSON (" + simdjson::error_message(e) + ")");
  return true;
}

std::optional<std::string_view> JsonReadContext::string(od::value v, const std::string& path, bool null_ok) {
  od::json_type type;
  if (auto e = v.type().get(type)) {
    syntax(e, path);
    return std::nullopt;
  }
  if (type == od::json_type::null && null_ok) return std::string_view();
  std::string_view s;
  if (type != od::json_type::string) {
    problems_.add(path, null_ok ? "expected a string or null" : "expected a string");
    return std::nullopt;
  }
  if (auto e = v.get_string().get(s)) {
    if (!syntax(e, path)) problems_.add(path, "expected a string");
    return std::nullopt;
  }
  return s;
}

std::optional<std::uint64_t> JsonReadContext::count(od::value v, const std::string& path) {
  std::uint64_t n = 0;
  if (auto e = v.get_uint64().get(n)) {
    if (!syntax(e, path)) problems_.add(path, "expected a non-negative integer");
    return std::nullopt;
  }
  return n;
}

}  // namespace newsmark::io
