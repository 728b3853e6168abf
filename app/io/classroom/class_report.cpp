#include "io/classroom/class_report.h"

#include <cstdio>

#include "io/formats/csv_export.h"

namespace newsmark::io {

std::string format_share(double v) {
  char b[16];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

namespace {

void csv_row(std::string& out, const std::string& student, const LabelScore& s) {
  char numbers[160];
  std::snprintf(numbers, sizeof numbers, "%zu,%zu,%zu,%zu,%.1f,%.4f,%.4f,%.4f", s.key, s.student, s.exact, s.partial, s.credit,
                s.precision, s.recall, s.f1);
  out += csv_field(student) + "," + csv_field(s.label) + "," + numbers + "\r\n";
}

std::string padded(std::string s, std::size_t width) {
  // Pads by characters (UTF-8 continuation bytes do not count).
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80 ? 1 : 0;
  if (chars < width) s.append(width - chars, ' ');
  return s;
}

std::string prf_cells(const LabelScore& s) {
  return padded(format_share(s.precision), 5) + padded(format_share(s.recall), 5) + padded(format_share(s.f1), 8);
}

}  // namespace

std::string class_results_csv(const ClassResults& r) {
  std::string out = "student,label,key,marked,exact,partial,credit,precision,recall,f1\r\n";
  for (const StudentResult& s : r.students) {
    for (const LabelScore& l : s.score.labels) csv_row(out, s.name, l);
    csv_row(out, s.name, s.score.total);
  }
  for (const LabelScore& l : r.class_by_label) csv_row(out, "(class)", l);
  csv_row(out, "(class)", r.class_total);
  return out;
}

std::string class_results_text(const ClassResults& r, const Document& doc, const std::vector<Annotation>& key,
                               const std::string& title) {
  std::string out;
  std::string labels;
  for (const std::string& l : r.labels) labels += (labels.empty() ? "" : ", ") + l;
  out += "Exercise: " + (title.empty() ? std::string("(untitled)") : title) + " \xE2\x80\x94 " + std::to_string(r.students.size()) +
         (r.students.size() == 1 ? " student" : " students") + ", labels " + labels + "; the key has " + std::to_string(key.size()) +
         " spans.\n\n";
  std::size_t name_w = 10;
  for (const StudentResult& s : r.students) name_w = std::max(name_w, s.name.size() + 2);
  std::string head = padded("", name_w), sub = padded("student", name_w);
  for (const std::string& l : r.labels) {
    head += padded(l, 18);
    sub += "P    R    F1      ";
  }
  head += "all";
  sub += "P    R    F1";
  out += head + "\n" + sub + "\n";
  auto line = [&](const std::string& name, const std::vector<LabelScore>& by_label, const LabelScore& total) {
    std::string row = padded(name, name_w);
    for (const LabelScore& l : by_label) row += prf_cells(l);
    row += prf_cells(total);
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
  };
  for (const StudentResult& s : r.students) line(s.name, s.score.labels, s.score.total);
  line("class", r.class_by_label, r.class_total);

  out += "\nHardest spans (missed by the most students):\n";
  if (r.hardest.empty()) out += "  none: every student found every span of the key.\n";
  const std::size_t shown = std::min<std::size_t>(r.hardest.size(), 10);
  for (std::size_t i = 0; i < shown; ++i) {
    const HardSpan& h = r.hardest[i];
    const Annotation& a = key[h.key];
    const std::string text = one_line_snippet(std::string_view(doc.text()).substr(a.span.begin, a.span.size()), 60);
    std::string what = "missed by " + std::to_string(h.missed_by) + " of " + std::to_string(r.students.size());
    if (h.partly_by > 0) what += ", found in part by " + std::to_string(h.partly_by);
    out += "  " + padded(a.label, 9) + padded("\"" + text + "\"", 64) + what + "\n";
  }
  if (r.hardest.size() > shown) out += "  (" + std::to_string(r.hardest.size() - shown) + " more)\n";

  out += "\nAgreement among the students (Fleiss' kappa on tokens; 1 = full agreement, 0 = chance):\n";
  if (r.agreement.empty()) out += "  needs two students or more.\n";
  for (const LabelAgreement& a : r.agreement) {
    out += "  " + padded(a.label, 9) + padded(a.kappa ? format_share(*a.kappa) : "-", 7) + "(" + std::to_string(a.units_marked) +
           " of " + std::to_string(a.units) + " words marked by someone" +
           (a.kappa ? "" : "; not measurable: everyone made the same choice everywhere") + ")\n";
  }
  return out;
}

}  // namespace newsmark::io
