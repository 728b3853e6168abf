#include "core/annotation.h"

#include <algorithm>

namespace newsmark {

const char* origin_name(Origin origin) { return origin == Origin::user ? "user" : "auto"; }

const char* status_name(ReviewStatus status) {
  switch (status) {
    case ReviewStatus::suggested: return "suggested";
    case ReviewStatus::accepted: return "accepted";
    case ReviewStatus::rejected: return "rejected";
  }
  return "suggested";
}

const std::string* Annotation::attr(std::string_view key) const {
  for (const Attr& a : attrs) {
    if (a.key == key) return &a.value;
  }
  return nullptr;
}

void Annotation::set_attr(std::string_view key, std::string value) {
  for (Attr& a : attrs) {
    if (a.key == key) {
      a.value = std::move(value);
      return;
    }
  }
  attrs.push_back(Attr{std::string(key), std::move(value)});
}

void AnnotationSet::sort_by_position() {
  std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation& a, const Annotation& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
}

const Annotation* AnnotationSet::find(std::string_view id) const {
  for (const Annotation& a : annotations) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

}  // namespace newsmark
