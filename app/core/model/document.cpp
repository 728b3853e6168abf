#include "core/model/document.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/model/iso_date.h"
#include "core/text/utf8.h"

namespace newsmark {

struct DocumentLoader {
  static Document make(std::string text, DocumentInfo info) {
    Document d;
    d.text_ = std::move(text);
    d.info_ = std::move(info);
    d.offsets_ = OffsetMap(d.text_);
    return d;
  }
};

Status Document::set_dct(std::string dct) {
  if (!dct.empty()) {
    auto parsed = parse_iso_date(dct);
    if (!parsed) return parsed.error();
  }
  info_.dct = std::move(dct);
  return {};
}

std::string one_line_snippet(std::string_view s, std::size_t max_bytes) {
  const bool cut = s.size() > max_bytes;
  if (cut) {
    std::size_t end = max_bytes >= 3 ? max_bytes - 3 : 0;  // room for the ellipsis
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s = s.substr(0, end);
  }
  std::string out(s);
  for (char& c : out) c = c == '\n' ? ' ' : c;
  if (cut) out += "\xE2\x80\xA6";
  return out;
}

std::string snippet_in_context(std::string_view text, ByteSpan span, std::size_t max_side) {
  const std::size_t b = std::min<std::size_t>(span.begin, text.size());
  const std::size_t e = std::clamp<std::size_t>(span.end, b, text.size());
  const auto ends_sentence = [&](std::size_t i) {  // text[i] ends a sentence or a line
    const char c = text[i];
    return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ');
  };
  // Back to the start of the sentence, or to a space within max_side.
  std::size_t from = b;
  bool cut_before = false;
  while (from > 0 && !ends_sentence(from - 1)) {
    if (b - from >= max_side) {
      cut_before = true;
      break;
    }
    --from;
  }
  if (cut_before) {
    while (from < b && text[from] != ' ') ++from;  // a whole word
  }
  while (from < b && text[from] == ' ') ++from;
  // On to the end of the sentence (with its stop), or to a space within max_side.
  std::size_t to = e;
  bool cut_after = false;
  while (to < text.size() && text[to] != '\n') {
    if (to > e && ends_sentence(to - 1)) break;
    if (to - e >= max_side) {
      cut_after = true;
      break;
    }
    ++to;
  }
  if (cut_after) {
    while (to > e && text[to - 1] != ' ') --to;
  }
  while (to > e && text[to - 1] == ' ') --to;
  std::string out;
  if (cut_before) out += "\xE2\x80\xA6";
  out += text.substr(from, b - from);
  out += "\xE2\x80\x9C";
  out += text.substr(b, e - b);
  out += "\xE2\x80\x9D";
  out += text.substr(e, to - e);
  if (cut_after) out += "\xE2\x80\xA6";
  for (char& c : out) c = c == '\n' ? ' ' : c;
  return out;
}

std::string format_byte_size(std::size_t bytes) {
  char buf[32];
  if (bytes < 1024) {
    std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
  } else if (bytes < 1024u * 1024u) {
    std::snprintf(buf, sizeof buf, "%.0f KB", static_cast<double>(bytes) / 1024.0);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  }
  return buf;
}

std::string LoadReport::summary() const {
  std::string s;
  if (invalid_utf8_replaced > 0) {
    s = std::to_string(invalid_utf8_replaced) +
        (invalid_utf8_replaced == 1 ? " invalid UTF-8 sequence was" : " invalid UTF-8 sequences were") +
        " replaced with \xEF\xBF\xBD (first at byte " + std::to_string(first_invalid_byte) + ").";
  }
  return s;
}

Result<LoadedDocument> load_document(std::string_view raw, DocumentInfo info) {
  LoadReport report;
  report.input_bytes = raw.size();
  // Checked before any work, so an enormous paste costs nothing.
  if (raw.size() > kMaxTextBytes) {
    return make_error(ErrorCode::too_large,
                      "The text is " + format_byte_size(raw.size()) + " (" +
                          std::to_string(raw.size()) + " bytes); Newsmark accepts articles up to " +
                          format_byte_size(kMaxTextBytes) + ".");
  }
  if (!info.dct.empty()) {
    auto dct = parse_iso_date(info.dct);
    if (!dct) return make_error(ErrorCode::invalid_argument, "Document date: " + dct.error().message);
  }

  utf8::Repair repaired = utf8::repair(raw);
  report.invalid_utf8_replaced = repaired.replacements;
  if (repaired.changed()) report.first_invalid_byte = repaired.first_invalid;

  std::string& in = repaired.text;
  std::string text;
  text.reserve(in.size());
  std::size_t i = 0;
  if (in.size() >= 3 && in.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    report.bom_removed = true;
    i = 3;
  }
  // Runs without a CR are copied whole (a byte-by-byte copy was most of the load time).
  while (i < in.size()) {
    const void* cr = std::memchr(in.data() + i, '\r', in.size() - i);
    const std::size_t end = cr != nullptr ? static_cast<std::size_t>(static_cast<const char*>(cr) - in.data()) : in.size();
    text.append(in, i, end - i);
    i = end;
    if (i == in.size()) break;
    ++report.line_endings_normalized;
    text.push_back('\n');
    i += (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
  }
  // Repair can grow the text (one bad byte -> three bytes of U+FFFD).
  if (text.size() > kMaxTextBytes) {
    return make_error(ErrorCode::too_large, "The repaired text is " + format_byte_size(text.size()) +
                                                "; Newsmark accepts articles up to " +
                                                format_byte_size(kMaxTextBytes) + ".");
  }
  return LoadedDocument{DocumentLoader::make(std::move(text), std::move(info)), report};
}

}  // namespace newsmark
