#include "io/classroom/exercise_source.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/model/label_set.h"

namespace newsmark::io {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Error at_line(std::size_t line, const std::string& what) {
  return make_error(ErrorCode::parse_error, "line " + std::to_string(line) + ": " + what);
}

}  // namespace

Result<ImportedDocument> read_exercise_source(std::string_view source) {
  Exercise ex;
  ex.has_key = true;
  std::string dct;
  std::size_t pos = 0, line = 0;
  bool body = false;
  // The header, a "name: value" per line, up to the "---" line.
  while (pos < source.size()) {
    const std::size_t nl = source.find('\n', pos);
    const std::string_view raw = source.substr(pos, (nl == std::string_view::npos ? source.size() : nl) - pos);
    pos = nl == std::string_view::npos ? source.size() : nl + 1;
    ++line;
    const std::string_view text = trim(raw);
    if (text == "---") {
      body = true;
      break;
    }
    if (text.empty()) continue;
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) return at_line(line, "expected 'name: value' or '---'");
    const std::string_view name = trim(text.substr(0, colon)), value = trim(text.substr(colon + 1));
    if (name == "title") ex.task.title.assign(value);
    else if (name == "instructions") ex.task.instructions.assign(value);
    else if (name == "dct") dct.assign(value);
    else if (name == "suggestions") {
      if (value != "yes" && value != "no") return at_line(line, "suggestions: yes or no");
      ex.task.show_suggestions = value == "yes";
    } else if (name == "resubmit") {
      if (value != "yes" && value != "no") return at_line(line, "resubmit: yes or no");
      ex.task.allow_resubmit = value == "yes";
    } else if (name == "labels") {
      for (std::size_t s = 0; s <= value.size();) {
        const std::size_t comma = std::min(value.find(',', s), value.size());
        const std::string_view l = trim(value.substr(s, comma - s));
        if (!l.empty()) ex.task.labels.emplace_back(l);
        s = comma + 1;
      }
    } else if (name.substr(0, 5) == "hint ") {
      ex.task.hints.push_back({std::string(trim(name.substr(5))), std::string(value)});
    } else {
      return at_line(line, "unknown header '" + std::string(name) + "'");
    }
  }
  if (!body) return make_error(ErrorCode::parse_error, "no '---' line before the article");

  // The article: marks taken out, their spans kept (byte offsets in the text being built).
  struct Open {
    std::string label;
    std::uint32_t begin;
    std::size_t line;
  };
  std::vector<Open> open;
  std::string text;
  ++line;  // the article's first line
  const std::string_view rest = source.substr(pos);
  for (std::size_t i = 0; i < rest.size();) {
    if (rest.compare(i, 2, "[[") == 0) {
      const std::size_t bar = rest.find('|', i + 2);
      const std::size_t close = rest.find("]]", i + 2);
      if (bar == std::string_view::npos || (close != std::string_view::npos && close < bar)) {
        return at_line(line, "a '[[' without 'LABEL|'");
      }
      open.push_back({std::string(rest.substr(i + 2, bar - i - 2)), static_cast<std::uint32_t>(text.size()), line});
      i = bar + 1;
    } else if (rest.compare(i, 2, "]]") == 0) {
      if (open.empty()) return at_line(line, "a ']]' that closes nothing");
      Annotation a;
      a.label = open.back().label;
      a.span = {open.back().begin, static_cast<std::uint32_t>(text.size())};
      a.origin = Origin::user;
      a.status = ReviewStatus::accepted;
      a.id = "k" + std::to_string(ex.key.size() + 1);
      if (a.span.empty()) return at_line(line, "an empty [[" + a.label + "|]]");
      ex.key.push_back(std::move(a));
      open.pop_back();
      i += 2;
    } else {
      if (rest[i] == '\n') ++line;
      text.push_back(rest[i]);
      ++i;
    }
  }
  if (!open.empty()) return at_line(open.back().line, "[[" + open.back().label + "| is never closed");
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();

  auto loaded = load_document(text, DocumentInfo{ex.task.title, dct, "built-in exercise", "en"});
  if (!loaded) return loaded.error();
  if (loaded->document.text() != text) return make_error(ErrorCode::parse_error, "the article changes on loading (line endings or bad UTF-8)");
  // With suggestions on, the article has no annotation layer yet: the app analyses it (and
  // keeps the suggestions of the task's labels).
  ImportedDocument out{std::move(loaded->document), loaded->report, {}, !ex.task.show_suggestions, {}, std::nullopt};
  out.annotations.labels = default_labels();
  std::sort(ex.key.begin(), ex.key.end(), [](const Annotation& a, const Annotation& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  for (std::size_t k = 0; k < ex.key.size(); ++k) ex.key[k].id = "k" + std::to_string(k + 1);
  if (Status st = check_exercise(ex, out.annotations.labels); !st.ok()) return st.error();
  out.exercise = std::move(ex);
  return out;
}

}  // namespace newsmark::io
