// The reading view and annotation canvas: the article's title, date and source, a legend of
// the labels (click one to hide or show it; number keys label), then the text word-wrapped in
// a column of comfortable width with the annotations as coloured highlights (nested ones
// underlined; suggestions plain, accepted ones outlined, rejected ones struck through) and a
// tooltip on hover. Only the lines on screen are drawn, so a 20 MB text scrolls as smoothly as
// a short one.
//
// Editing: drag to select (snapped to words; Alt for exact characters), double-click a word,
// Shift+click to extend, Shift+arrows by word; then a number key or the label bar. Click an
// annotation to select it: number keys relabel, A/R accept/reject (Shift: every suggestion of
// its label), Delete removes, Shift+arrows move its end (Alt+Shift its start), N/P step to
// the next/previous annotation, Esc clears. Changes leave as CanvasActions.
#pragma once

#include <cstddef>
#include <cstdint>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <optional>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "imgui.h"
#include "ui/canvas_actions.h"
#include "ui/fonts.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace newsmark::ui {

// How a student's mark fared against an exercise's key, once submitted (shown in the text).
enum class MarkOutcome { found, in_part, extra };

class ReadingView {
 public:
  // `version` changes with the text, `annotations_version` with every change to the
  // annotations; `size` is the view's size (ImGui::BeginChild's: 0 fills, negative leaves room).
  void draw(const Document& doc, const AnnotationSet* annotations, std::uint64_t version,
            std::uint64_t annotations_version, ImVec2 size, const Fonts& fonts,
            const Palette& palette, bool dark);
  void scroll_to_top() { scroll_to_top_ = true; }

  std::size_t line_count() const { return layout_.lines().size(); }
  std::size_t first_visible_line() const { return first_visible_; }
  std::size_t visible_line_count() const { return visible_count_; }
  float wrap_width() const { return wrap_width_; }
  float line_height() const { return line_h_; }
  float scroll_y() const { return scroll_y_; }  // of the last frame, in pixels
  std::size_t highlighted_on_screen() const { return highlighted_; }

  // The canvas: what the reader asked for since the last call (the App turns each into a
  // command on the undo stack).
  std::vector<CanvasAction> take_actions() { return std::exchange(actions_, {}); }
  // The selected text (empty when none) and the selected annotation ("" when none).
  ByteSpan selection() const;
  const std::string& selected_id() const { return selected_id_; }
  void select_annotation(std::string id, std::uint32_t scroll_to_byte);
  // Scrolls so that byte `b` is in view (on the next frame).
  void scroll_to(std::uint32_t b) { scroll_to_byte_ = b; }
  void clear_selection();
  // Selects the text `span` (no annotation) and scrolls to it, as a find does.
  void select_text(ByteSpan span);
  // Another view takes the keys this frame (the timeline, under the mouse): the text's key
  // commands wait.
  void set_keys_elsewhere(bool elsewhere) { keys_elsewhere_ = elsewhere; }
  // After an exercise's Submit: each of the student's marks (annotation id) and its outcome,
  // drawn under the mark (solid: found, dashed: in part, dotted: extra); empty: none shown.
  void set_outcomes(std::map<std::string, MarkOutcome> outcomes) { outcomes_ = std::move(outcomes); }
  const std::map<std::string, MarkOutcome>& outcomes() const { return outcomes_; }
  // Something covers the text (the narrow layout's drawer): no label bar floats over it.
  void set_covered(bool covered) { covered_ = covered; }
  // A span to outline (the clause of the timeline event under the mouse), or none.
  void set_outline(std::optional<ByteSpan> span) { outline_ = span; }
  // Labels whose highlights the reader hid in the legend (kept as a preference).
  const std::set<std::string>& hidden_labels() const { return hidden_labels_; }
  void set_hidden_labels(std::set<std::string> labels) { hidden_labels_ = std::move(labels); }
  // The find bar (find_bar.cpp): Ctrl+F opens it; drawn by the App above the canvas; returns
  // whether it is open.
  void open_find();
  bool draw_find_bar(const Document& doc, std::uint64_t version);
  std::size_t match_count() const { return matches_.size(); }
  // Where byte `b` is on screen (its character's left edge, at the middle of its line), if
  // its line was laid out; for automation.
  std::optional<ImVec2> screen_pos_of(std::string_view text, std::uint32_t byte) const;

 private:
  TextLayout layout_;
  std::size_t first_visible_ = 0;
  std::size_t visible_count_ = 0;
  float wrap_width_ = 0;
  float scroll_y_ = 0;
  bool keys_elsewhere_ = false;
  bool scroll_to_top_ = false;
  std::size_t highlighted_ = 0;
  void draw_legend(bool dark, float x, float width);
  void index_annotations(const AnnotationSet& set, std::uint64_t version);
  const Annotation* draw_highlights(const Document& doc, const AnnotationSet& set, std::size_t line,
                                    float x, float y, float line_h, float font_size, const Fonts& fonts, bool dark);
  void draw_tooltip(const Document& doc, const AnnotationSet& set, const Annotation& a);
  // One line under the legend: how the article is sourced (core/sources/sourcing_summary.h).
  void draw_sourcing(const Palette& palette, const SourcingSummary& s, float x, float width);
  void draw_attribution(const Document& doc, const AnnotationSet& set, const Annotation& a);

  // Canvas input (canvas_input.cpp).
  std::uint32_t byte_at(std::string_view text, ImVec2 screen) const;
  void handle_mouse(const Document& doc, const AnnotationSet* set, bool over_text);
  std::string annotation_at(const AnnotationSet& set, std::uint32_t byte) const;
  void handle_keys(const Document& doc, const AnnotationSet* set);
  // Touch (canvas_touch.cpp): a swipe scrolls (with momentum), a tap selects the highlight or
  // the word under the finger, a long press starts a selection, and the selection's two
  // handles drag its ends.
  struct Touch {
    enum class Mode { undecided, pan, select, handle };
    bool down = false;
    Mode mode = Mode::undecided;
    ImVec2 start{};
    float held = 0;             // seconds held still before deciding (see canvas_touch.cpp)
    float still = 0;            // seconds the panning finger has not moved
    bool moves_anchor = false;  // handle mode: the end being dragged
    float velocity = 0;         // pixels per second of a flung scroll, decaying
    bool last_input = false;    // the last press was a finger: show the selection's handles
  };
  Touch touch_;
  void handle_touch(const Document& doc, const AnnotationSet* set, bool over_text);
  void draw_touch_handles(const Document& doc);
  float touch_handle_room() const;  // the height the handles take under the selection
  void draw_selection(const Document& doc, std::size_t line, float x, float y, float line_h);
  void draw_label_bar(const Document& doc, const AnnotationSet* set);
  static void draw_outcome(ImDrawList* dl, MarkOutcome o, float x0, float x1, float y);
  float label_bar_w_ = 0;
  bool covered_ = false;  // the bar's width last frame, to keep it on screen
  void step_annotation(const AnnotationSet& set, int direction);

  void update_matches(std::string_view text, std::uint64_t version);
  void step_match(int direction);
  void draw_matches(const Document& doc, std::size_t line, float x, float y, float line_h);
  bool find_open_ = false;
  bool focus_find_ = false;
  char find_buf_[256] = {};
  std::string matched_query_;
  std::uint64_t matched_version_ = ~std::uint64_t{0};
  std::vector<ByteSpan> matches_;  // in text order
  int current_match_ = -1;

  std::optional<ByteSpan> outline_;
  std::vector<CanvasAction> actions_;
  std::string selected_id_;
  std::string note_for_;     // the annotation whose note the label bar's field holds
  char note_buffer_[512] = {};
  std::uint32_t anchor_ = 0, caret_ = 0;  // the text selection is [min, max) of the two
  bool has_caret_ = false;
  bool dragging_ = false;
  std::optional<std::uint32_t> scroll_to_byte_;
  ImVec2 text_origin_{};  // screen position of the first line's top-left, last frame
  float line_h_ = 0;
  float column_w_ = 0;

  std::set<std::string> hidden_labels_;
  std::map<std::string, MarkOutcome> outcomes_;
  std::uint64_t indexed_version_ = ~std::uint64_t{0};
  std::vector<std::uint32_t> by_begin_;  // annotation indices sorted by begin
  std::vector<bool> nested_;             // per annotation: inside another annotation
  std::uint32_t max_span_ = 0;
  std::map<std::string, int> label_counts_;  // for the legend
  std::uint64_t counted_version_ = ~std::uint64_t{0};
  std::size_t word_count_ = 0;  // counted once per document version
};

}  // namespace newsmark::ui
