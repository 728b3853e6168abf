// A small streaming JSON writer (simdjson only reads). Strings are written as UTF-8 with the
// escapes JSON requires plus U+2028/U+2029 (so the output is also safe inside a JS string);
// invalid UTF-8 is replaced by U+FFFD rather than producing invalid JSON. Doubles are written
// in the shortest form that reads back to the same value; NaN and infinities become null.
//
//   JsonWriter w(JsonWriter::Style::pretty);
//   w.begin_object(); w.key("n"); w.value(3); w.end_object();
//   std::string out = std::move(w).take();
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark::io {

class JsonWriter {
 public:
  enum class Style { compact, pretty };
  explicit JsonWriter(Style style = Style::compact) : style_(style) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void key(std::string_view name);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(std::int64_t n);
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  void value(std::uint64_t n);
  void value(double d);
  void null();

  // Convenience: key followed by value.
  template <typename T>
  void field(std::string_view name, const T& v) { key(name); value(v); }

  const std::string& str() const { return out_; }
  std::string take() && { return std::move(out_); }

 private:
  void before_value();
  void newline_indent();
  Style style_;
  std::string out_;
  // One entry per open container: true once it holds an element (a comma is then due).
  std::vector<bool> has_items_;
  bool after_key_ = false;
};

// Appends `s` as a quoted, escaped JSON string.
void append_json_string(std::string& out, std::string_view s);

}  // namespace newsmark::io
