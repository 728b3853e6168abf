// The reading view: the article's title, date and source, then its text word-wrapped in a
// column of comfortable width. Only the lines on screen are drawn, so a 20 MB text scrolls as
// smoothly as a short one. The annotation canvas grows out of this view.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/document.h"
#include "ui/fonts.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace newsmark::ui {

class ReadingView {
 public:
  void draw(const Document& doc, std::uint64_t version, const Fonts& fonts, const Palette& palette);
  void scroll_to_top() { scroll_to_top_ = true; }

  std::size_t line_count() const { return layout_.lines().size(); }
  std::size_t first_visible_line() const { return first_visible_; }
  std::size_t visible_line_count() const { return visible_count_; }
  float wrap_width() const { return wrap_width_; }

 private:
  TextLayout layout_;
  std::size_t first_visible_ = 0;
  std::size_t visible_count_ = 0;
  float wrap_width_ = 0;
  bool scroll_to_top_ = false;
  std::uint64_t counted_version_ = ~std::uint64_t{0};
  std::size_t word_count_ = 0;  // counted once per document version
};

}  // namespace newsmark::ui
