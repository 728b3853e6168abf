#include "io/json/json_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/text/utf8.h"

namespace newsmark::io {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t pos = 0;
  while (pos < s.size()) {
    // Runs of plain ASCII go in whole (most of an article): per-byte appends were most of
    // the export's time.
    std::size_t run = pos;
    while (run < s.size()) {
      const auto b = static_cast<unsigned char>(s[run]);
      if (b < 0x20 || b >= 0x7F || b == '"' || b == '\\') break;
      ++run;
    }
    if (run > pos) {
      out.append(s.data() + pos, run - pos);
      pos = run;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c >= 0x80) {
      const utf8::Decoded d = utf8::decode(s, pos);
      if (!d.valid) {
        utf8::append(out, utf8::kReplacementChar);
      } else if (d.code_point == 0x2028 || d.code_point == 0x2029) {
        out += d.code_point == 0x2028 ? "\\u2028" : "\\u2029";
      } else {
        out.append(s.substr(pos, d.length));
      }
      pos += d.length;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++pos;
  }
  out.push_back('"');
}

void JsonWriter::newline_indent() {
  if (style_ != Style::pretty) return;
  out_.push_back('\n');
  out_.append(has_items_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_.push_back(',');
    has_items_.back() = true;
    newline_indent();
  }
}

void JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  has_items_.push_back(false);
}

void JsonWriter::end_object() {
  const bool had = has_items_.back();
  has_items_.pop_back();
  if (had) newline_indent();
  out_.push_back('}');
}

void JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  has_items_.push_back(false);
}

void JsonWriter::end_array() {
  const bool had = has_items_.back();
  has_items_.pop_back();
  if (had) newline_indent();
  out_.push_back(']');
}

void JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += style_ == Style::pretty ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
}

void JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::value(std::int64_t n) {
  before_value();
  out_ += std::to_string(n);
}

void JsonWriter::value(std::uint64_t n) {
  before_value();
  out_ += std::to_string(n);
}

void JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    out_ += "null";
    return;
  }
  // Most numbers written have at most three decimals (confidences, shares): written from an
  // integer count of thousandths. n / 1000.0 is the double nearest the decimal n/1000, which is
  // what a reader makes of the text, so the check below means it reads back exactly. (printf of
  // a double is the slowest step of an export in wasm.)
  if (std::abs(d) < 1e12) {
    const double thousandths = std::round(d * 1000.0);
    if (thousandths / 1000.0 == d) {
      long long n = static_cast<long long>(thousandths);
      if (n < 0) {
        out_ += '-';
        n = -n;
      }
      out_ += std::to_string(n / 1000);
      if (int frac = static_cast<int>(n % 1000); frac != 0) {
        char digits[5] = {'.', static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                          static_cast<char>('0' + frac % 10), '\0'};
        std::size_t len = 4;
        while (digits[len - 1] == '0') --len;
        out_.append(digits, len);
      }
      return;
    }
  }
  // Otherwise the shortest of %.15g / %.16g / %.17g that reads back exactly.
  char buf[32];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  out_ += buf;
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

}  // namespace newsmark::io
