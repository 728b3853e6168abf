#include "io/formats/csv_export.h"

#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace newsmark::io {

std::string csv_field(std::string_view s) {
  std::string v;
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) v.push_back('\'');
  v.append(s);
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string write_csv(const Document& doc, const AnnotationSet& set) {
  std::unordered_map<std::string_view, const Entity*> entity_of;
  for (const Entity& e : set.entities) {
    for (const std::string& m : e.mentions) entity_of.emplace(m, &e);
  }
  std::string out = "\xEF\xBB\xBF" "id,start,end,text,label,status,origin,confidence,entity,note,attrs\r\n";
  const std::string_view text = doc.text();
  for (const Annotation& a : set.annotations) {
    auto s = doc.to_code_point(a.span.begin);
    auto e = doc.to_code_point(a.span.end);
    if (!s || !e) continue;
    std::string attrs;
    for (const Attr& at : a.attrs) attrs += (attrs.empty() ? "" : "; ") + at.key + "=" + at.value;
    auto ent = entity_of.find(a.id);
    char conf[16];
    std::snprintf(conf, sizeof conf, "%g", confidence_in_thousandths(a.confidence));
    out += csv_field(a.id) + "," + std::to_string(*s) + "," + std::to_string(*e) + "," +
           csv_field(text.substr(a.span.begin, a.span.size())) + "," + csv_field(a.label) + "," + status_name(a.status) + "," +
           origin_name(a.origin) + "," + conf + "," + csv_field(ent == entity_of.end() ? "" : ent->second->name) + "," +
           csv_field(a.note) + "," + csv_field(attrs) + "\r\n";
  }
  return out;
}

}  // namespace newsmark::io
