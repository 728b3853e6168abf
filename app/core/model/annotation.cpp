#include "core/model/annotation.h"

#include <cmath>

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

double confidence_in_thousandths(double confidence) { return std::round(confidence * 1000.0) / 1000.0; }

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
  const std::ptrdiff_t i = index_of(id);
  return i < 0 ? nullptr : &annotations[static_cast<std::size_t>(i)];
}

std::ptrdiff_t AnnotationSet::index_of(std::string_view id) const {
  // Engine ids are positional ("a12" is the 12th); edited sets may not be, so search then.
  if (id.size() > 1 && id.size() <= 12 && id[0] == 'a') {
    std::size_t n = 0;
    bool digits = true;
    for (std::size_t k = 1; k < id.size() && digits; ++k) {
      digits = id[k] >= '0' && id[k] <= '9';
      n = n * 10 + static_cast<std::size_t>(id[k] - '0');
    }
    if (digits && n >= 1 && n <= annotations.size() && annotations[n - 1].id == id) {
      return static_cast<std::ptrdiff_t>(n - 1);
    }
  }
  for (std::size_t k = 0; k < annotations.size(); ++k) {
    if (annotations[k].id == id) return static_cast<std::ptrdiff_t>(k);
  }
  return -1;
}

}  // namespace newsmark
