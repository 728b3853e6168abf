#include "io/formats/brat.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/text/utf8.h"
#include "io/anchoring.h"
#include "io/json/json_read.h"

namespace newsmark::io {
namespace {

// brat splits its fields on spaces and lines on newlines: those become %-escapes.
std::string escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case ' ': out += "%20"; break;
      case '%': out += "%25"; break;
      case '\t': out += "%09"; break;
      case '\n': out += "%0A"; break;
      case '\r': out += "%0D"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      unsigned v = 0;
      auto [p, ec] = std::from_chars(s.data() + i + 1, s.data() + i + 3, v, 16);
      if (ec == std::errc{} && p == s.data() + i + 3) {
        out.push_back(static_cast<char>(v));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  // "%E2" alone decodes to a byte that is no character: repaired like any bad UTF-8, so what
  // is read writes out and reads back the same (found by fuzzing).
  if (!utf8::is_valid(out)) out = utf8::repair(out).text;
  return out;
}

// Text for one line of an .ann: newlines and tabs would break the line.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return out;
}

// The number in "a12" (prefix 'a'), or 0.
std::uint64_t numbered(std::string_view id, char prefix) {
  if (id.size() < 2 || id[0] != prefix) return 0;
  std::uint64_t n = 0;
  auto [p, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
  return ec == std::errc{} && p == id.data() + id.size() ? n : 0;
}

// brat ids for the model's ids: a<n> -> T<n> (r<n> -> R<n>), the rest numbered after them.
std::unordered_map<std::string, std::string> brat_ids(const std::vector<std::string>& ids, char model_prefix, char brat_prefix) {
  std::unordered_map<std::string, std::string> out;
  std::unordered_set<std::uint64_t> used;
  std::uint64_t next = 1;
  for (const std::string& id : ids) {
    const std::uint64_t n = numbered(id, model_prefix);
    if (n > 0 && used.insert(n).second) {
      out[id] = std::string(1, brat_prefix) + std::to_string(n);
      next = std::max(next, n + 1);
    }
  }
  for (const std::string& id : ids) {
    if (out.count(id) == 0) out[id] = std::string(1, brat_prefix) + std::to_string(next++);
  }
  return out;
}

}  // namespace

BratFiles write_brat(const Document& doc, const AnnotationSet& set) {
  BratFiles out;
  out.txt = doc.text();
  const std::string_view text = doc.text();
  std::vector<std::string> ids;
  for (const Annotation& a : set.annotations) ids.push_back(a.id);
  auto tid = brat_ids(ids, 'a', 'T');
  ids.clear();
  for (const Relation& r : set.relations) ids.push_back(r.id);
  auto rid = brat_ids(ids, 'r', 'R');

  std::string& ann = out.ann;
  std::size_t attr_n = 0, note_n = 0, norm_n = 0;
  auto attribute = [&](std::string_view name, const std::string& target, std::string_view value) {
    ann += "A" + std::to_string(++attr_n) + "\t" + escape(name) + " " + target + " " + escape(value) + "\n";
  };
  for (const Annotation& a : set.annotations) {
    auto start = doc.to_code_point(a.span.begin);
    if (!start) {
      tid.erase(a.id);
      continue;
    }
    const std::string& t = tid[a.id];
    // Fragments split at line breaks (brat draws one line per fragment). The text column is
    // what the fragments cover: line breaks at the span's edges are in no fragment.
    std::string offsets;
    std::size_t cp = *start, b = a.span.begin, frag_b = a.span.begin, frag_cp = *start;
    std::size_t covered_b = a.span.end, covered_e = a.span.begin;
    auto add_fragment = [&](std::size_t end_cp, std::size_t end_b) {
      if (end_cp <= frag_cp) return;
      if (offsets.empty()) covered_b = frag_b;
      offsets += (offsets.empty() ? "" : ";") + std::to_string(frag_cp) + " " + std::to_string(end_cp);
      covered_e = end_b;
    };
    while (b < a.span.end) {
      const unsigned char c = static_cast<unsigned char>(text[b]);
      const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (c == '\n') {
        add_fragment(cp, b);
        frag_b = b + 1;
        frag_cp = cp + 1;
      }
      b += len;
      ++cp;
    }
    add_fragment(cp, a.span.end);
    if (offsets.empty()) {  // an empty span or only line breaks: nothing brat can show
      tid.erase(a.id);      // nor relations or entity links to it
      continue;
    }
    ann += t + "\t" + escape(a.label) + " " + offsets + "\t" + one_line(text.substr(covered_b, covered_e - covered_b)) + "\n";
    if (numbered(a.id, 'a') == 0 || "T" + a.id.substr(1) != t) attribute("nm_id", t, a.id);
    attribute("Status", t, status_name(a.status));
    attribute("Origin", t, origin_name(a.origin));
    if (a.confidence != 1.0f) {
      char c[32];
      std::snprintf(c, sizeof c, "%g", confidence_in_thousandths(a.confidence));
      attribute("Confidence", t, c);
    }
    for (const Attr& at : a.attrs) attribute(at.key, t, at.value);
    if (!a.note.empty()) ann += "#" + std::to_string(++note_n) + "\tAnnotatorNotes " + t + "\t" + escape(a.note) + "\n";
  }
  for (const Relation& r : set.relations) {
    auto from = tid.find(r.from), to = tid.find(r.to);
    if (from == tid.end() || to == tid.end()) continue;
    const std::string& id = rid[r.id];
    ann += id + "\t" + escape(r.type) + " Arg1:" + from->second + " Arg2:" + to->second + "\n";
    if (numbered(r.id, 'r') == 0 || "R" + r.id.substr(1) != id) {
      ann += "#" + std::to_string(++note_n) + "\tnm_id " + id + "\t" + escape(r.id) + "\n";
    }
  }
  for (const Entity& e : set.entities) {
    for (const std::string& m : e.mentions) {
      auto t = tid.find(m);
      if (t == tid.end()) continue;
      ann += "N" + std::to_string(++norm_n) + "\tReference " + t->second + " newsmark:" + escape(e.id) + "\t" +
             one_line(e.name) + "\n";
    }
  }
  return out;
}

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t from = 0;
  for (std::size_t at = s.find(sep); at != std::string_view::npos; at = s.find(sep, from)) {
    out.push_back(s.substr(from, at - from));
    from = at + 1;
  }
  out.push_back(s.substr(from));
  return out;
}

bool parse_count(std::string_view s, std::uint64_t& n) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc{} && p == s.data() + s.size() && !s.empty();
}

}  // namespace

Result<ImportedDocument> read_brat(std::string_view txt, std::string_view ann, std::string_view ann_name) {
  if (ann.size() > kMaxTextBytes * 8) return make_error(ErrorCode::too_large, std::string(ann_name) + " is too large to import.");
  auto loaded = load_document(txt, {});
  if (!loaded) return loaded.error();
  ImportedDocument out{std::move(loaded->document), loaded->report, {}, true, {}, std::nullopt};
  // The .ann is text too: bad UTF-8 in it is repaired (and said), like the article's.
  std::string repaired_ann;
  if (!utf8::is_valid(ann)) {
    utf8::Repair fixed = utf8::repair(ann);
    repaired_ann = std::move(fixed.text);
    ann = repaired_ann;
    out.warnings.push_back(std::string(ann_name) + ": invalid UTF-8 was replaced by U+FFFD");
  }
  ImportProblems problems;
  AnnotationSet& set = out.annotations;

  std::unordered_map<std::string, std::string> t_to_id;  // T12 -> a12 (or its nm_id)
  std::unordered_map<std::string, std::size_t> t_index;   // T12 -> index in set.annotations
  struct PendingAttr {
    std::string target, name, value, where;
  };
  std::vector<PendingAttr> attrs;
  struct PendingRelation {
    std::string id, type, from, to, where;
  };
  std::vector<PendingRelation> relations;
  std::unordered_map<std::string, std::string> relation_names;  // R3 -> its nm_id
  std::map<std::string, std::pair<std::string, std::string>> notes;  // T12 -> (note, where)
  struct PendingNorm {
    std::string target, entity, name, where;
  };
  std::vector<PendingNorm> norms;
  std::size_t skipped = 0;

  const std::vector<std::string_view> lines = split(ann, '\n');
  for (std::size_t ln = 0; ln < lines.size(); ++ln) {
    std::string_view line = lines[ln];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const std::string where = std::string(ann_name) + " line " + std::to_string(ln + 1);
    const std::vector<std::string_view> cols = split(line, '\t');
    const std::string_view id = cols[0];
    if (cols.size() < 2 || id.empty()) {
      problems.add(where, "expected an id and a tab-separated annotation");
      continue;
    }
    const std::vector<std::string_view> args = split(cols[1], ' ');
    switch (id[0]) {
      case 'T': {
        if (args.size() < 3 || cols.size() < 3) {
          problems.add(where, "a text-bound annotation needs a label, offsets and its text");
          break;
        }
        std::uint64_t lo = UINT64_MAX, hi = 0;
        bool ok = true;
        const std::string_view offsets = cols[1].substr(args[0].size() + 1);
        for (std::string_view frag : split(offsets, ';')) {
          const std::vector<std::string_view> se = split(frag, ' ');
          std::uint64_t s = 0, e = 0;
          if (se.size() != 2 || !parse_count(se[0], s) || !parse_count(se[1], e)) {
            ok = false;
            break;
          }
          lo = std::min(lo, s);
          hi = std::max(hi, e);
        }
        if (!ok) {
          problems.add(where, "offsets '" + std::string(offsets) + "' are not 'start end' pairs");
          break;
        }
        FileSpan span;
        span.start = lo;
        span.end = hi;
        span.has_start = span.has_end = true;
        // The text column joins fragments with spaces: it is checked only for one fragment.
        const bool one_fragment = offsets.find(';') == std::string_view::npos;
        std::string text_col(cols[2]);
        if (one_fragment) {
          // The column has the span's tabs and line breaks as spaces (one_line): the text at the
          // offsets is the span's text when it reads the same so (found by fuzzing).
          const auto b = out.document.to_byte(static_cast<std::size_t>(lo)), e = out.document.to_byte(static_cast<std::size_t>(hi));
          if (lo <= hi && hi <= out.document.offsets().code_point_count() && b && e) {
            const std::string_view at = std::string_view(out.document.text()).substr(*b, *e - *b);
            if (at != text_col && one_line(at) == text_col) text_col = std::string(at);
          }
          span.text = text_col;
        }
        const std::size_t before = problems.count();
        auto placed = place_span(out.document, span, where, problems, out.warnings);
        if (!placed || problems.count() != before) break;
        // Line breaks at the edges are in no fragment brat can draw or write: left out, so what
        // is read writes out and reads back the same (found by fuzzing).
        const std::string& doc_text = out.document.text();
        while (placed->begin < placed->end && doc_text[placed->begin] == '\n') ++placed->begin;
        while (placed->end > placed->begin && doc_text[placed->end - 1] == '\n') --placed->end;
        if (placed->begin == placed->end) {
          out.warnings.push_back(where + ": covers only line breaks; left out");
          break;
        }
        Annotation a;
        const std::uint64_t n = numbered(id, 'T');
        a.id = n > 0 ? "a" + std::to_string(n) : std::string(id);
        a.label = unescape(args[0]);
        if (!valid_label_name(a.label)) {
          problems.add(where, shown(a.label) + " is not a label name");
          break;
        }
        a.span = *placed;
        a.origin = Origin::user;
        a.status = ReviewStatus::accepted;
        if (!t_index.emplace(std::string(id), set.annotations.size()).second) {
          problems.add(where, shown(id) + " is used twice");
          break;
        }
        t_to_id[std::string(id)] = a.id;
        set.annotations.push_back(std::move(a));
        break;
      }
      case 'R': {
        if (args.size() != 3 || args[1].substr(0, 5) != "Arg1:" || args[2].substr(0, 5) != "Arg2:") {
          problems.add(where, "a relation is 'type Arg1:T1 Arg2:T2'");
          break;
        }
        const std::uint64_t n = numbered(id, 'R');
        relations.push_back({n > 0 ? "r" + std::to_string(n) : std::string(id), unescape(args[0]), std::string(args[1].substr(5)),
                             std::string(args[2].substr(5)), where});
        break;
      }
      case 'A':
      case 'M': {
        if (args.size() < 2) {
          problems.add(where, "an attribute is 'Name T1 [value]'");
          break;
        }
        attrs.push_back({std::string(args[1]), unescape(args[0]), args.size() > 2 ? unescape(args[2]) : "true", where});
        break;
      }
      case 'N': {
        if (args.size() < 3) {
          problems.add(where, "a normalization is 'Reference T1 db:id'");
          break;
        }
        std::string ref(args[2]);
        if (ref.rfind("newsmark:", 0) == 0) ref = unescape(std::string_view(ref).substr(9));
        norms.push_back({std::string(args[1]), ref, cols.size() > 2 ? std::string(cols[2]) : ref, where});
        break;
      }
      case '#': {
        if (args.size() < 2) {
          problems.add(where, "a note is 'AnnotatorNotes T1<TAB>text'");
          break;
        }
        const std::string value = cols.size() > 2 ? unescape(cols[2]) : "";
        if (args[0] == "nm_id") relation_names[std::string(args[1])] = value;
        else notes[std::string(args[1])] = {value, where};
        break;
      }
      default:
        ++skipped;  // events (E) and equivalences (*): not in Newsmark's model
    }
  }
  if (skipped > 0) out.warnings.push_back(std::string(ann_name) + ": skipped " + std::to_string(skipped) + " event or equivalence lines");

  // Attributes, in file order: nm_id renames first, so references below use the final ids.
  for (const PendingAttr& at : attrs) {
    auto it = t_index.find(at.target);
    if (it == t_index.end()) {
      problems.add(at.where, "no text-bound annotation " + shown(at.target));
      continue;
    }
    Annotation& a = set.annotations[it->second];
    if (at.name == "nm_id") {
      a.id = at.value;
      t_to_id[at.target] = at.value;
    } else if (at.name == "Status") {
      if (at.value == "accepted") a.status = ReviewStatus::accepted;
      else if (at.value == "rejected") a.status = ReviewStatus::rejected;
      else if (at.value == "suggested") a.status = ReviewStatus::suggested;
      else problems.add(at.where, shown(at.value) + " is not suggested, accepted or rejected");
    } else if (at.name == "Origin") {
      if (at.value == "auto") a.origin = Origin::automatic;
      else if (at.value == "user") a.origin = Origin::user;
      else problems.add(at.where, shown(at.value) + " is not auto or user");
    } else if (at.name == "Confidence") {
      char* end = nullptr;
      const double c = std::strtod(at.value.c_str(), &end);
      if (end == at.value.c_str() || *end != '\0' || !(c >= 0.0 && c <= 1.0)) problems.add(at.where, "confidence " + shown(at.value) + " is not between 0 and 1");
      else a.confidence = static_cast<float>(confidence_in_thousandths(c));
    } else {
      a.add_attr(at.name, at.value);
    }
  }
  for (const auto& [target, note] : notes) {
    auto it = t_index.find(target);
    if (it == t_index.end()) problems.add(note.second, "no text-bound annotation " + shown(target));
    else set.annotations[it->second].note = note.first;
  }
  for (PendingRelation& r : relations) {
    auto from = t_to_id.find(r.from), to = t_to_id.find(r.to);
    if (from == t_to_id.end()) problems.add(r.where, "Arg1: no text-bound annotation " + shown(r.from));
    if (to == t_to_id.end()) problems.add(r.where, "Arg2: no text-bound annotation " + shown(r.to));
    if (from == t_to_id.end() || to == t_to_id.end()) continue;
    const std::string brat_id = "R" + r.id.substr(1);
    auto named = relation_names.find(brat_id);
    set.relations.push_back(Relation{named != relation_names.end() ? named->second : r.id, r.type, from->second, to->second});
  }
  std::unordered_map<std::string, std::size_t> entity_index;
  for (const PendingNorm& nm : norms) {
    auto t = t_to_id.find(nm.target);
    if (t == t_to_id.end()) {
      problems.add(nm.where, "no text-bound annotation " + shown(nm.target));
      continue;
    }
    auto [it, fresh] = entity_index.emplace(nm.entity, set.entities.size());
    if (fresh) {
      // brat has no entity types: the entity takes its first mention's label.
      set.entities.push_back(Entity{nm.entity, nm.name, set.annotations[t_index[nm.target]].label, {}});
    }
    set.entities[it->second].mentions.push_back(t->second);
  }
  check_entity_and_relation_references(set, problems);
  if (!problems.empty()) return problems.error();
  finish_annotation_set(out, false);
  return out;
}

}  // namespace newsmark::io
