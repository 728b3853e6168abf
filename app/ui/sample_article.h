// The built-in sample article (assets/samples/harbour-dredging.newsmark.json, embedded at
// build time), offered on the welcome screen.
#pragma once

#include <string_view>

namespace newsmark::ui {

std::string_view sample_article_json();

}  // namespace newsmark::ui
