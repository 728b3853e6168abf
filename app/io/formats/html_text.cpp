#include "io/formats/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <vector>

#include "core/text/lower.h"
#include "core/text/utf8.h"

namespace newsmark::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }
bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// Case-insensitive search for an ASCII needle.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The next occurrence of a needle at or after a position, remembered: once a search found the
// next one (or none), later searches from before it cost nothing. Keeps a page full of
// unclosed comments or quotes linear.
class NextOf {
 public:
  // `ascii_case`: the needle is lower case ASCII and matches in any case ("</SCRIPT").
  std::size_t find(std::string_view hay, std::string_view needle, std::size_t from, bool ascii_case = false) {
    if (known_ && from >= from_ && (pos_ == std::string_view::npos || pos_ >= from)) return pos_;
    pos_ = ascii_case ? find_ci(hay, needle, from) : hay.find(needle, from);
    from_ = from;
    known_ = true;
    return pos_;
  }

 private:
  bool known_ = false;
  std::size_t from_ = 0, pos_ = 0;
};

// The next "</name" at or after a position, remembered per element name, so a page full of
// unclosed <title> or <script> tags costs one scan per name instead of one per tag.
class CloseFinder {
 public:
  explicit CloseFinder(std::string_view html) : html_(html) {}
  std::size_t next(const std::string& name, std::size_t from) { return found_[name].find(html_, "</" + name, from, true); }

 private:
  std::string_view html_;
  std::map<std::string, NextOf> found_;
};

// The searches read_tag makes, remembered for one document.
struct TagScan {
  NextOf comment_end, gt, double_quote, single_quote;
};

struct Tag {
  std::string name;  // lower case; empty for comments, doctypes and stray '<'
  bool end = false;
  bool self_closing = false;  // <svg ... />
  std::vector<std::pair<std::string, std::string>> attrs;  // names lower case, values raw
  std::size_t after = 0;  // index just past the tag
  const std::string* attr(std::string_view key) const {
    for (const auto& [k, v] : attrs) {
      if (k == key) return &v;
    }
    return nullptr;
  }
};

// Reads the tag starting at html[at] == '<'.
Tag read_tag(std::string_view html, std::size_t at, TagScan& scan) {
  Tag t;
  std::size_t i = at + 1;
  if (html.compare(i, 3, "!--") == 0) {
    const std::size_t close = scan.comment_end.find(html, "-->", i + 3);
    t.after = close == std::string_view::npos ? html.size() : close + 3;
    return t;
  }
  if (i < html.size() && (html[i] == '!' || html[i] == '?')) {
    const std::size_t close = scan.gt.find(html, ">", i);
    t.after = close == std::string_view::npos ? html.size() : close + 1;
    return t;
  }
  if (i < html.size() && html[i] == '/') {
    t.end = true;
    ++i;
  }
  const std::size_t name_start = i;
  while (i < html.size() && is_name_char(html[i])) ++i;
  if (i == name_start) {  // a stray '<' is text
    t.after = at;
    return t;
  }
  t.name = lowered(html.substr(name_start, i - name_start));
  while (i < html.size() && html[i] != '>') {
    if (is_space(html[i]) || html[i] == '/') {
      ++i;
      continue;
    }
    const std::size_t k0 = i;
    while (i < html.size() && !is_space(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') ++i;
    std::string key = lowered(html.substr(k0, i - k0));
    while (i < html.size() && is_space(html[i])) ++i;
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && is_space(html[i])) ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const char q = html[i++];
        const std::size_t close = (q == '"' ? scan.double_quote : scan.single_quote).find(html, q == '"' ? "\"" : "'", i);
        const std::size_t end = close == std::string_view::npos ? html.size() : close;
        value.assign(html.substr(i, end - i));
        i = std::min(html.size(), end + 1);
      } else {
        const std::size_t v0 = i;
        while (i < html.size() && !is_space(html[i]) && html[i] != '>') ++i;
        value.assign(html.substr(v0, i - v0));
      }
    }
    if (!key.empty()) t.attrs.emplace_back(std::move(key), std::move(value));
    if (i == k0) ++i;  // never stall on an odd character
  }
  t.self_closing = i > 0 && i < html.size() && html[i - 1] == '/';
  t.after = std::min(html.size(), i + 1);
  return t;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose content is never article text.
bool skipped(std::string_view name, bool inside_article) {
  if (one_of(name, {"script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "svg",
                    "iframe", "object", "video", "audio", "canvas", "math"})) {
    return true;
  }
  // Inside <article> the header holds the headline and byline; on a whole page it is the site's.
  return !inside_article && one_of(name, {"header", "footer"});
}

// Elements that start a new paragraph in the extracted text.
bool block(std::string_view name) {
  return one_of(name, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section",
                       "article", "main", "header", "footer", "figure", "figcaption", "table", "tr", "dl", "dt", "dd",
                       "pre", "hr", "address", "body"});
}

std::string iso_date_prefix(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  if (s.size() < 10) return {};
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return {};
  }
  return std::string(s.substr(0, 10));
}

// Where the article is: the content of the first <article>, else <main>, else <body>, else all.
std::pair<std::size_t, std::size_t> article_region(std::string_view html, bool& inside_article) {
  for (std::string_view name : {std::string_view("article"), std::string_view("main"), std::string_view("body")}) {
    const std::string open = "<" + std::string(name);
    std::size_t at = find_ci(html, open, 0);
    while (at != std::string_view::npos && at + open.size() < html.size() && is_name_char(html[at + open.size()])) {
      at = find_ci(html, open, at + 1);  // <articles>, <mainframe>: not it
    }
    if (at == std::string_view::npos) continue;
    TagScan scan;
    const Tag t = read_tag(html, at, scan);
    // The matching close: count nested elements of the same name.
    int depth = 1;
    std::size_t i = t.after;
    while (depth > 0) {
      const std::size_t lt = html.find('<', i);
      if (lt == std::string_view::npos) {
        i = html.size();
        break;
      }
      const Tag inner = read_tag(html, lt, scan);
      if (inner.name == name) depth += inner.end ? -1 : 1;
      i = inner.after > lt ? inner.after : lt + 1;
      if (depth == 0) i = lt;
    }
    inside_article = name == "article";
    return {t.after, i};
  }
  inside_article = false;
  return {0, html.size()};
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 2048);
  return find_ci(head, "<!doctype html", 0) != std::string_view::npos || find_ci(head, "<html", 0) != std::string_view::npos ||
         find_ci(head, "<head", 0) != std::string_view::npos || find_ci(head, "<body", 0) != std::string_view::npos;
}

std::string decode_html_entities(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, char32_t>, 32> kNamed{{
      {"amp", '&'},        {"lt", '<'},         {"gt", '>'},          {"quot", '"'},        {"apos", '\''},
      {"nbsp", 0xA0},      {"mdash", 0x2014},   {"ndash", 0x2013},    {"hellip", 0x2026},   {"lsquo", 0x2018},
      {"rsquo", 0x2019},   {"ldquo", 0x201C},   {"rdquo", 0x201D},    {"laquo", 0xAB},      {"raquo", 0xBB},
      {"copy", 0xA9},      {"reg", 0xAE},       {"trade", 0x2122},    {"euro", 0x20AC},     {"pound", 0xA3},
      {"yen", 0xA5},       {"cent", 0xA2},      {"deg", 0xB0},        {"middot", 0xB7},     {"bull", 0x2022},
      {"eacute", 0xE9},    {"egrave", 0xE8},    {"aacute", 0xE1},     {"uuml", 0xFC},       {"ouml", 0xF6},
      {"auml", 0xE4},      {"szlig", 0xDF},
  }};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const std::size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12) {
      out.push_back('&');
      continue;
    }
    const std::string_view ref = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (ref.size() >= 2 && ref[0] == '#') {
      const bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::uint32_t v = 0;
      bool ok = ref.size() > (hex ? 2u : 1u);
      for (std::size_t k = hex ? 2 : 1; k < ref.size() && ok; ++k) {
        const char c = lower(ref[k]);
        const int d = c >= '0' && c <= '9' ? c - '0' : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
        if (d < 0 || v > 0x10FFFF) ok = false;
        else v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      }
      if (ok) cp = (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) ? 0xFFFD : v;
    } else {
      for (const auto& [name, value] : kNamed) {
        if (name == ref) cp = value;
      }
    }
    if (cp == 0) {
      out.push_back('&');
      continue;
    }
    utf8::append(out, cp == 0xA0 ? char32_t{' '} : cp);
    i = semi;
  }
  return out;
}

HtmlArticle extract_html_article(std::string_view html) {
  HtmlArticle out;
  std::string og_title, title_tag, h1;

  // Metadata from the whole page.
  CloseFinder closes(html);
  TagScan meta_scan;
  for (std::size_t lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', lt + 1)) {
    const Tag t = read_tag(html, lt, meta_scan);
    if (t.end || t.name.empty()) continue;
    if (t.name == "meta") {
      const std::string* key = t.attr("property");
      if (key == nullptr) key = t.attr("name");
      const std::string* content = t.attr("content");
      if (key == nullptr || content == nullptr) continue;
      const std::string k = lowered(*key);
      if (k == "og:title" && og_title.empty()) og_title = decode_html_entities(*content);
      if ((k == "article:published_time" || k == "date" || k == "pubdate" || k == "dc.date") && out.date.empty()) {
        out.date = iso_date_prefix(*content);
      }
    } else if (t.name == "time" && out.date.empty()) {
      if (const std::string* dt = t.attr("datetime")) out.date = iso_date_prefix(*dt);
    } else if (t.name == "title" || t.name == "h1" || t.name == "script") {
      const std::size_t close = closes.next(t.name, t.after);
      const std::size_t end = close == std::string_view::npos ? html.size() : close;
      std::string_view inner = html.substr(t.after, end - t.after);
      if (t.name == "script") {
        const std::size_t dp = inner.find("\"datePublished\"");
        if (dp != std::string_view::npos && out.date.empty()) {
          const std::size_t q = inner.find('"', inner.find(':', dp) + 1);
          if (q != std::string_view::npos) out.date = iso_date_prefix(inner.substr(q + 1));
        }
      } else {
        // Strip inner tags (<h1><span>..</span></h1>).
        std::string plain;
        TagScan inner_scan;
        for (std::size_t i = 0; i < inner.size(); ++i) {
          if (inner[i] == '<') {
            const Tag it = read_tag(inner, i, inner_scan);
            if (it.after > i) {
              i = it.after - 1;
              continue;
            }
          }
          plain.push_back(inner[i]);
        }
        std::string& target = t.name == "title" ? title_tag : h1;
        if (target.empty()) target = decode_html_entities(plain);
      }
      lt = end > lt ? end - 1 : lt;
    }
  }
  for (std::string* cand : {&og_title, &h1, &title_tag}) {
    std::string collapsed;
    for (char c : *cand) {
      if (is_space(c)) {
        if (!collapsed.empty() && collapsed.back() != ' ') collapsed.push_back(' ');
      } else {
        collapsed.push_back(c);
      }
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    if (!collapsed.empty()) {
      out.title = collapsed;
      break;
    }
  }

  // The text, paragraph by paragraph.
  bool inside_article = false;
  const auto [from, to] = article_region(html, inside_article);
  std::string raw_para;
  std::vector<std::string> paragraphs;
  auto flush = [&] {
    std::string text = decode_html_entities(raw_para);
    std::string collapsed;
    for (char c : text) {
      if (is_space(c)) {
        if (!collapsed.empty() && collapsed.back() != ' ' && collapsed.back() != '\n') collapsed.push_back(' ');
      } else {
        collapsed.push_back(c);
      }
    }
    while (!collapsed.empty() && (collapsed.back() == ' ' || collapsed.back() == '\n')) collapsed.pop_back();
    if (!collapsed.empty()) paragraphs.push_back(std::move(collapsed));
    raw_para.clear();
  };
  int skip_depth = 0;
  std::string skip_name;
  TagScan text_scan;
  for (std::size_t i = from; i < to;) {
    if (html[i] != '<') {
      const std::size_t lt = html.find('<', i);
      const std::size_t end = std::min(to, lt == std::string_view::npos ? to : lt);
      if (skip_depth == 0) raw_para.append(html.substr(i, end - i));
      i = end;
      continue;
    }
    const Tag t = read_tag(html, i, text_scan);
    if (t.after <= i) {  // stray '<'
      if (skip_depth == 0) raw_para.push_back('<');
      ++i;
      continue;
    }
    i = t.after;
    if (t.name.empty()) continue;
    if (skip_depth > 0) {
      if (t.name == skip_name) skip_depth += t.end ? -1 : 1;
      continue;
    }
    if (!t.end && (t.name == "script" || t.name == "style" || t.name == "textarea" || t.name == "title")) {
      // Raw text: skip straight to the close tag (a '<' inside a script is not a tag).
      const std::size_t close = closes.next(t.name, i);
      i = close == std::string_view::npos ? to : read_tag(html, close, text_scan).after;
      continue;
    }
    if (!t.end && !t.self_closing && skipped(t.name, inside_article)) {
      skip_name = t.name;
      skip_depth = 1;
      continue;
    }
    if (t.name == "br") raw_para.append("\n");
    else if (block(t.name)) flush();
  }
  flush();
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    if (k > 0) out.text += "\n\n";
    out.text += paragraphs[k];
  }
  return out;
}

}  // namespace newsmark::io
