#include "io/formats/html_report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "core/model/label_set.h"
#include "core/time/value_words.h"

namespace newsmark::io {
namespace {

std::string color_of(const AnnotationSet& set, std::string_view label) {
  for (const LabelDef& l : set.labels) {
    if (l.name == label) return l.color;
  }
  return label_def_for(label).color;
}

std::string percent(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", share * 100.0);
  return buf;
}

constexpr const char* kStyle = R"(
body{font:17px/1.6 Georgia,'Noto Serif',serif;color:#1b1b1b;background:#fff;max-width:46em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;line-height:1.25;margin:0 0 .2em}h2{font:600 1.1em system-ui,sans-serif;margin:2em 0 .5em;border-bottom:1px solid #ccc}
.meta,.legend,table,.summary{font:14px/1.5 system-ui,sans-serif}.meta{color:#555}
.article{white-space:pre-wrap}
mark{color:inherit;border-radius:2px;padding:0 1px}
mark.suggested{border-bottom:1px dashed #555}
.legend span{display:inline-block;margin:0 .8em .3em 0}.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.3em}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.25em .5em;border-bottom:1px solid #e3e3e3}
th{font-weight:600}td.n{text-align:right}
@media print{body{margin:0;max-width:none}mark,.sw{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr{break-inside:avoid}h2{break-after:avoid}}
)";

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string write_html_report(const Document& doc, const AnnotationSet& set) {
  const std::string_view text = doc.text();
  const DocumentInfo& info = doc.info();
  std::vector<const Annotation*> shown;
  for (const Annotation& a : set.annotations) {
    if (a.status != ReviewStatus::rejected && !a.span.empty() && a.span.end <= text.size()) shown.push_back(&a);
  }
  std::string h;
  h.reserve(text.size() * 3 + 4096);
  const std::string title = info.title.empty() ? std::string("Newsmark report") : info.title;
  h += "<!DOCTYPE html>\n<html lang=\"" + html_escape(info.language.empty() ? "en" : info.language) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html_escape(title) + "</title>\n<style>" +
       kStyle + "</style>\n</head>\n<body>\n";
  h += "<header>\n<h1>" + html_escape(title) + "</h1>\n<p class=\"meta\">";
  if (!info.dct.empty()) h += "Dated " + html_escape(info.dct) + " · ";
  if (!info.source.empty()) h += "Source: " + html_escape(info.source) + " · ";
  h += std::to_string(shown.size()) + " annotations · report made with Newsmark</p>\n</header>\n";

  // Legend: the labels in use, with counts.
  std::map<std::string, std::size_t> counts;
  for (const Annotation* a : shown) ++counts[a->label];
  h += "<section class=\"legend\" aria-label=\"Labels\">";
  for (const auto& [label, n] : counts) {
    h += "<span><span class=\"sw\" style=\"background:" + color_of(set, label) + "\"></span>" + html_escape(label) + " (" +
         std::to_string(n) + ")</span>";
  }
  h += "</section>\n";

  // The article: segments between span boundaries, each marked by the spans covering it.
  h += "<h2>Article</h2>\n<div class=\"article\">";
  std::vector<std::uint32_t> cuts{0, static_cast<std::uint32_t>(text.size())};
  for (const Annotation* a : shown) {
    cuts.push_back(a->span.begin);
    cuts.push_back(a->span.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::size_t next = 0;  // index into shown (text order): spans starting at or before a cut
  std::vector<const Annotation*> active;
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    const std::uint32_t b = cuts[c], e = cuts[c + 1];
    while (next < shown.size() && shown[next]->span.begin <= b) active.push_back(shown[next++]);
    active.erase(std::remove_if(active.begin(), active.end(), [&](const Annotation* a) { return a->span.end <= b; }), active.end());
    const std::string piece = html_escape(text.substr(b, e - b));
    if (active.empty()) {
      h += piece;
      continue;
    }
    std::vector<const Annotation*> cover = active;
    std::sort(cover.begin(), cover.end(), [](const Annotation* x, const Annotation* y) { return x->span.size() < y->span.size(); });
    const Annotation* inner = cover.front();
    std::string style = "background:" + color_of(set, inner->label) + (inner->status == ReviewStatus::accepted ? "66" : "38");
    std::string shadows;
    for (std::size_t k = 1; k < cover.size() && k <= 3; ++k) {
      shadows += (shadows.empty() ? "" : ",") + std::string("inset 0 -") + std::to_string(2 * k) + "px 0 " + color_of(set, cover[k]->label);
    }
    if (!shadows.empty()) style += ";box-shadow:" + shadows;
    std::string tip;
    for (const Annotation* a : cover) {
      tip += (tip.empty() ? "" : " · ") + a->label;
      if (const std::string* v = a->attr("value")) {
        const bool time = a->label == labels::kDate || a->label == labels::kTime || a->label == labels::kDuration || a->label == labels::kSet;
        const std::string words = time ? timex_value_words(*v) : *v;
        tip += " " + (words != *v ? words + " (" + *v + ")" : *v);
      }
      if (a->status == ReviewStatus::suggested) tip += " (suggested)";
      if (!a->note.empty()) tip += " — " + a->note;
    }
    h += "<mark" + std::string(inner->status == ReviewStatus::suggested ? " class=\"suggested\"" : "") + " style=\"" + style +
         "\" title=\"" + html_escape(tip) + "\">" + piece + "</mark>";
  }
  h += "</div>\n";

  // Sourcing summary.
  const SourcingSummary& s = set.sourcing;
  h += "<h2>Sources</h2>\n<p class=\"summary\">" + std::to_string(s.quotes) + " quotes (" + std::to_string(s.direct) + " direct, " +
       std::to_string(s.partial) + " partial, " + std::to_string(s.indirect) + " reported), " + std::to_string(s.unattributed_quotes) +
       " without a speaker. Sources: " + std::to_string(s.named_sources) + " named, " + std::to_string(s.unnamed_member_sources) +
       " unnamed members of an organisation, " + std::to_string(s.anonymous_sources) + " anonymous, " +
       std::to_string(s.document_sources) + " documents. " + percent(s.quoted_share) + " of the text is quoted; " +
       std::to_string(s.hedges) + " hedges; " + std::to_string(s.unattributed_claims) + " claims the reader cannot trace.</p>\n";
  if (!s.speakers.empty()) {
    h += "<table>\n<thead><tr><th>Who is quoted</th><th>Kind of source</th><th class=\"n\">Quotes</th></tr></thead>\n<tbody>\n";
    for (const SpeakerCount& c : s.speakers) {
      h += "<tr><td>" + html_escape(c.name) + "</td><td>" + html_escape(c.kind) + "</td><td class=\"n\">" + std::to_string(c.quotes) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";
  }

  // Entities.
  std::unordered_map<std::string_view, const Annotation*> by_id;
  for (const Annotation& a : set.annotations) by_id.emplace(a.id, &a);
  if (!set.entities.empty()) {
    h += "<h2>Entities</h2>\n<table>\n<thead><tr><th>Name</th><th>Label</th><th class=\"n\">Mentions</th><th>As written</th></tr></thead>\n<tbody>\n";
    for (const Entity& e : set.entities) {
      std::vector<std::string> forms;
      for (const std::string& m : e.mentions) {
        auto it = by_id.find(m);
        if (it == by_id.end()) continue;
        std::string f(text.substr(it->second->span.begin, it->second->span.size()));
        if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(std::move(f));
      }
      std::string joined;
      for (const std::string& f : forms) joined += (joined.empty() ? "" : ", ") + f;
      h += "<tr><td>" + html_escape(e.name) + "</td><td>" + html_escape(e.label) + "</td><td class=\"n\">" +
           std::to_string(e.mentions.size()) + "</td><td>" + html_escape(joined) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";
  }

  // Timeline.
  if (!set.timeline.empty()) {
    h += "<h2>Timeline</h2>\n<table>\n<thead><tr><th>When</th><th>What</th></tr></thead>\n<tbody>\n";
    for (const TimelineEvent& ev : set.timeline) {
      const std::string words = timex_value_words(ev.value);
      std::string when = ev.value.empty() ? (ev.relation + " " + ev.anchor) : words == ev.value ? ev.value : words + " (" + ev.value + ")";
      if (!ev.certain) when += " (uncertain)";
      h += "<tr><td>" + html_escape(when) + "</td><td>" + html_escape(text.substr(ev.event.begin, ev.event.size())) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";
  }

  // Every annotation, for screen readers and for checking.
  h += "<h2>All annotations</h2>\n<table>\n<thead><tr><th>Label</th><th>Text</th><th>Status</th><th>Note</th></tr></thead>\n<tbody>\n";
  for (const Annotation* a : shown) {
    h += "<tr><td>" + html_escape(a->label) + "</td><td>" + html_escape(text.substr(a->span.begin, a->span.size())) + "</td><td>" +
         status_name(a->status) + "</td><td>" + html_escape(a->note) + "</td></tr>\n";
  }
  h += "</tbody>\n</table>\n</body>\n</html>\n";
  return h;
}

}  // namespace newsmark::io
