#include "ui/sample_article.h"

#include <cstddef>

extern const unsigned char newsmark_sample_article[];
extern const std::size_t newsmark_sample_article_size;

namespace newsmark::ui {

std::string_view sample_article_json() {
  return {reinterpret_cast<const char*>(newsmark_sample_article), newsmark_sample_article_size};
}

}  // namespace newsmark::ui
