// The document model's root: one article's text and what is known about it.
//
// The text is immutable once loaded and always valid UTF-8; spans elsewhere in the model are
// byte offsets into it, and offsets() converts them to the code point offsets that every
// export and the JS API use. Load text through load_document(), which repairs bad UTF-8,
// normalizes line endings, enforces the size limit and reports what it changed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model/annotation.h"
#include "core/model/offset_map.h"
#include "core/model/result.h"

namespace newsmark {

// Largest article text accepted (after repair). A 1 MB article is already very long; the limit
// keeps a stray paste of a binary or a whole book from freezing the browser tab.
inline constexpr std::size_t kMaxTextBytes = 20u * 1024u * 1024u;

struct DocumentInfo {
  std::string title;
  std::string dct;     // document creation time, YYYY-MM-DD, or empty when unknown
  std::string source;  // URL or file name
  std::string language = "en";
};

class Document {
 public:
  Document() : offsets_(text_) {}

  const std::string& text() const { return text_; }
  const DocumentInfo& info() const { return info_; }
  const OffsetMap& offsets() const { return offsets_; }

  // Metadata may change after loading (the user sets a title or a DCT); the text may not.
  void set_title(std::string title) { info_.title = std::move(title); }
  [[nodiscard]] Status set_dct(std::string dct);  // validated; empty clears it
  void set_source(std::string source) { info_.source = std::move(source); }

  Result<std::size_t> to_code_point(std::size_t byte) const {
    return offsets_.to_code_point(text_, byte);
  }
  Result<std::size_t> to_byte(std::size_t code_point) const {
    return offsets_.to_byte(text_, code_point);
  }

 private:
  friend struct DocumentLoader;
  std::string text_;
  DocumentInfo info_;
  OffsetMap offsets_;
};

// What load_document changed in the input, so the UI can tell the user.
struct LoadReport {
  std::size_t input_bytes = 0;
  std::size_t invalid_utf8_replaced = 0;   // ill-formed sequences replaced by U+FFFD
  std::size_t first_invalid_byte = 0;      // in the input; meaningful when the above is > 0
  std::size_t line_endings_normalized = 0; // CRLF / CR turned into LF
  bool bom_removed = false;
  // One sentence for the user, empty when nothing worth telling happened.
  std::string summary() const;
};

struct LoadedDocument {
  Document document;
  LoadReport report;
};

// Builds a Document from raw bytes (any encoding errors are repaired and reported). Fails with
// too_large past kMaxTextBytes (the message gives the size) and with invalid_argument for a
// malformed DCT. Nothing is loaded on failure.
Result<LoadedDocument> load_document(std::string_view raw_text, DocumentInfo info);

// "23.4 MB", "812 KB", "97 bytes": sizes in messages for people.
std::string format_byte_size(std::size_t bytes);
// `s` on one line (line breaks as spaces), cut to at most `max_bytes` at a character boundary
// with "…" when longer: how lists quote a span of the text.
std::string one_line_snippet(std::string_view s, std::size_t max_bytes);
// `span` of `text` inside the words around it, on one line, with the span between curly
// quotes: up to `max_side` bytes each side, never past the end of its sentence or line, cut
// at a space with "…" ("…the minister said “she” would resign"). How feedback shows a short
// span ("she", "he") where it stands.
std::string snippet_in_context(std::string_view text, ByteSpan span, std::size_t max_side);

}  // namespace newsmark
