#include "core/annotation.h"


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

const Annotation* AnnotationSet::find(std::string_view id) const {
  for (const Annotation& a : annotations) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

}  // namespace newsmark
