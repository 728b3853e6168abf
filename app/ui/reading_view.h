// The reading view: the article's title, date and source, a legend of the engine's labels
// (click one to hide or show it), then the text word-wrapped in a column of comfortable width
// with the annotations as coloured highlights (nested ones underlined) and a tooltip on hover.
// Only the lines on screen are drawn, so a 20 MB text scrolls as smoothly as a short one. The
// annotation canvas grows out of this view.
#pragma once

#include <cstddef>
#include <cstdint>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/annotation.h"
#include "core/document.h"
#include "ui/fonts.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace newsmark::ui {

class ReadingView {
 public:
  void draw(const Document& doc, const AnnotationSet* annotations, std::uint64_t version, const Fonts& fonts,
            const Palette& palette, bool dark);
  void scroll_to_top() { scroll_to_top_ = true; }

  std::size_t line_count() const { return layout_.lines().size(); }
  std::size_t first_visible_line() const { return first_visible_; }
  std::size_t visible_line_count() const { return visible_count_; }
  float wrap_width() const { return wrap_width_; }
  std::size_t highlighted_on_screen() const { return highlighted_; }

 private:
  TextLayout layout_;
  std::size_t first_visible_ = 0;
  std::size_t visible_count_ = 0;
  float wrap_width_ = 0;
  bool scroll_to_top_ = false;
  std::size_t highlighted_ = 0;
  void draw_legend(bool dark, float x, float width);
  void index_annotations(const AnnotationSet& set, std::uint64_t version);
  const Annotation* draw_highlights(const Document& doc, const AnnotationSet& set, std::size_t line,
                                    float x, float y, float line_h, float font_size, const Fonts& fonts, bool dark);
  void draw_tooltip(const Document& doc, const AnnotationSet& set, const Annotation& a);
  // One line under the legend: how the article is sourced (core/sourcing_summary.h).
  void draw_sourcing(const Palette& palette, const SourcingSummary& s, float x, float width);
  void draw_attribution(const Document& doc, const AnnotationSet& set, const Annotation& a);

  std::set<std::string> hidden_labels_;
  std::uint64_t indexed_version_ = ~std::uint64_t{0};
  std::vector<std::uint32_t> by_begin_;  // annotation indices sorted by begin
  std::vector<bool> nested_;             // per annotation: inside another annotation
  std::uint32_t max_span_ = 0;
  std::map<std::string, int> label_counts_;  // for the legend
  std::uint64_t counted_version_ = ~std::uint64_t{0};
  std::size_t word_count_ = 0;  // counted once per document version
};

}  // namespace newsmark::ui
