#include "io/formats.h"

#include "io/formats/brat.h"
#include "io/formats/conll.h"
#include "io/formats/csv_export.h"
#include "io/formats/html_report.h"
#include "io/formats/html_text.h"
#include "io/classroom/exercise_source.h"
#include "io/json/newsmark_json.h"
#include "io/json/offsets_json.h"
#include "io/formats/timelinejs.h"
#include "io/formats/w3c_annotation.h"

namespace newsmark::io {
namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  if (s.size() < tail.size()) return false;
  for (std::size_t i = 0; i < tail.size(); ++i) {
    char c = s[s.size() - tail.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != tail[i]) return false;
  }
  return true;
}

std::string_view stem(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

// The first non-space byte (after a byte order mark).
char first_char(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  for (char c : bytes) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c;
  }
  return '\0';
}

Result<ImportedDocument> open_text(const InputFile& f) {
  DocumentInfo info;
  info.source = f.name;
  auto loaded = load_document(f.bytes, std::move(info));
  if (!loaded) return loaded.error();
  return ImportedDocument{std::move(loaded->document), loaded->report, {}, false, {}, std::nullopt};
}

Result<ImportedDocument> open_html(const InputFile& f) {
  HtmlArticle page = extract_html_article(f.bytes);
  if (page.text.empty()) {
    return make_error(ErrorCode::parse_error, (f.name.empty() ? std::string("The page") : f.name) + " has no article text Newsmark could find.");
  }
  DocumentInfo info;
  info.title = std::move(page.title);
  info.source = f.name;
  info.dct = page.date;
  auto loaded = load_document(page.text, info);
  if (!loaded && loaded.error().code == ErrorCode::invalid_argument) {  // a date that is not a real date
    info.dct.clear();
    loaded = load_document(page.text, info);
  }
  if (!loaded) return loaded.error();
  ImportedDocument out{std::move(loaded->document), loaded->report, {}, false, {}, std::nullopt};
  out.warnings.push_back("Took the article text out of the page" + (f.name.empty() ? std::string() : " " + f.name) + ".");
  return out;
}

}  // namespace

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::newsmark, "newsmark", ".newsmark.json", "application/json", "Newsmark JSON", true},
      {Format::w3c, "w3c", ".w3c.jsonld", "application/ld+json", "W3C Web Annotation (JSON-LD)", true},
      {Format::brat, "brat", ".ann", "text/plain", "brat standoff (.txt + .ann)", true},
      {Format::doccano, "doccano", ".doccano.jsonl", "application/jsonl", "doccano JSONL", false},
      {Format::spacy, "spacy", ".spacy.json", "application/json", "spaCy offsets JSON", false},
      {Format::conll, "conll", ".conll", "text/plain", "CoNLL-2003 IOB2", false},
      {Format::csv, "csv", ".csv", "text/csv", "CSV (one row per annotation)", false},
      {Format::html, "html", ".report.html", "text/html", "HTML report (printable)", false},
      {Format::timelinejs, "timelinejs", ".timeline.json", "application/json", "TimelineJS JSON", false},
  };
  return table;
}

const FormatInfo& format_info(Format format) {
  for (const FormatInfo& f : formats()) {
    if (f.format == format) return f;
  }
  return formats().front();
}

std::optional<Format> format_by_name(std::string_view name) {
  for (const FormatInfo& f : formats()) {
    if (f.name == name) return f.format;
  }
  return std::nullopt;
}

InputKind detect_input(const InputFile& file) {
  if (ends_with(file.name, ".ann")) return InputKind::brat_ann;
  if (ends_with(file.name, ".exercise.txt")) return InputKind::exercise_source;
  const char first = first_char(file.bytes);
  const bool json_name = ends_with(file.name, ".json") || ends_with(file.name, ".jsonld");
  if (first == '{' || first == '[' || json_name) {
    const std::string_view head = std::string_view(file.bytes).substr(0, 4096);
    if (head.find("\"format\"") != std::string_view::npos && head.find("\"newsmark\"") != std::string_view::npos) {
      return InputKind::newsmark;
    }
    if (looks_like_w3c(file.bytes)) return InputKind::w3c;
    if (json_name) return InputKind::json_unknown;
  }
  if (ends_with(file.name, ".html") || ends_with(file.name, ".htm") || looks_like_html(file.bytes)) return InputKind::html;
  return InputKind::text;
}

Result<ImportedDocument> open_input(std::span<const InputFile> files) {
  if (files.empty()) return make_error(ErrorCode::invalid_argument, "Nothing to open.");
  if (files.size() > 2) {
    return make_error(ErrorCode::invalid_argument, "Open one article at a time (or an article with its .ann or W3C annotations): " +
                                                       std::to_string(files.size()) + " files were given.");
  }
  const InputFile* annotations = nullptr;
  const InputFile* article = nullptr;
  for (const InputFile& f : files) {
    const InputKind k = detect_input(f);
    if (files.size() == 2 && (k == InputKind::brat_ann || k == InputKind::w3c)) annotations = &f;
    else article = &f;
  }
  if (files.size() == 2) {
    if (annotations == nullptr || article == nullptr) {
      return make_error(ErrorCode::invalid_argument, "Two files open together only as an article and its annotations "
                                                     "(a .txt with its brat .ann, or with W3C annotations).");
    }
    if (detect_input(*annotations) == InputKind::brat_ann) {
      auto r = read_brat(article->bytes, annotations->bytes, annotations->name);
      if (r) r.value().document.set_source(article->name);
      return r;
    }
    auto text = open_text(*article);
    if (!text) return text.error();
    return read_w3c_annotations(annotations->bytes, &text->document);
  }
  const InputFile& f = files.front();
  switch (detect_input(f)) {
    case InputKind::newsmark: return read_newsmark_json(f.bytes);
    case InputKind::w3c: return read_w3c_annotations(f.bytes);
    case InputKind::brat_ann:
      return make_error(ErrorCode::invalid_argument, f.name + " holds brat annotations: open it together with the article's " +
                                                         std::string(stem(f.name)) + ".txt.");
    case InputKind::json_unknown:
      return make_error(ErrorCode::parse_error, (f.name.empty() ? std::string("This JSON") : f.name) +
                                                    " is neither Newsmark JSON nor W3C Web Annotation JSON, the JSON formats Newsmark opens.");
    case InputKind::html: return open_html(f);
    case InputKind::exercise_source: {
      auto r = read_exercise_source(f.bytes);
      if (!r) return make_error(r.error().code, f.name + ": " + r.error().message);
      return r;
    }
    case InputKind::text: break;
  }
  return open_text(f);
}

Export export_document(Format format, const Document& doc, const AnnotationSet& set, std::span<const Token> tokens,
                       std::span<const Sentence> sentences, std::string_view base_name, const Exercise* exercise) {
  const FormatInfo& info = format_info(format);
  const std::string base = base_name.empty() ? std::string("article") : std::string(base_name);
  Export out;
  auto one = [&](std::string data) { out.files.push_back(ExportedFile{base + std::string(info.extension), info.mime, std::move(data)}); };
  switch (format) {
    case Format::newsmark: one(write_newsmark_json(doc, &set, true, exercise)); break;
    case Format::w3c: one(write_w3c_annotations(doc, set)); break;
    case Format::brat: {
      BratFiles files = write_brat(doc, set);
      out.files.push_back(ExportedFile{base + ".txt", "text/plain", std::move(files.txt)});
      out.files.push_back(ExportedFile{base + ".ann", "text/plain", std::move(files.ann)});
      break;
    }
    case Format::doccano: one(write_doccano_jsonl(doc, set)); break;
    case Format::spacy: one(write_spacy_offsets_json(doc, set)); break;
    case Format::conll: {
      ConllOutput c = write_conll(doc, set, tokens, sentences);
      out.warning = std::move(c.warning);
      one(std::move(c.text));
      break;
    }
    case Format::csv: one(write_csv(doc, set)); break;
    case Format::html: one(write_html_report(doc, set)); break;
    case Format::timelinejs: one(write_timelinejs_json(doc, set)); break;
  }
  return out;
}

std::string file_base_name(std::string_view title) {
  std::string out;
  for (char c : title) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (alnum || (c >= 'a' && c <= 'z')) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
    if (out.size() >= 60) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "article" : out;
}

}  // namespace newsmark::io
