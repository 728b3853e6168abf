// The timeline panel under the article: the story in time. A time axis that zooms (wheel, +/-)
// and pans (drag), events drawn by granularity (a day is a point, a month or a year a bar;
// guessed placements hollow), events ordered only by the text ("two days after the vote")
// beside their anchor, the article's date as a marked line, lanes (one, by label of the
// entities taking part, or by entity), labels stacked so they do not overlap (or left to the
// tooltip). Linked with the canvas: hovering an event outlines its clause in the text,
// clicking selects its time expression and scrolls there; selecting an annotation that names
// an entity shows only that entity's events. Dragging an event moves it (its value changes),
// Delete removes it, Left/Right step between events — through the undo stack like every edit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "ui/canvas_actions.h"
#include "ui/theme.h"
#include "ui/timeline_axis.h"

namespace newsmark::ui {

class TimelinePanel {
 public:
  void draw(const Document& doc, const AnnotationSet& set, std::uint64_t version, const std::string& selected,
            const Palette& palette, bool dark);
  std::vector<CanvasAction> take_actions() { return std::exchange(actions_, {}); }
  // The clause of the event under the mouse, for the canvas to outline.
  std::optional<ByteSpan> hovered_clause() const { return hovered_clause_; }
  // The mouse was over the axis last frame: the keys are the timeline's (arrows, Delete, +/-, F),
  // not the text's, so Delete removes the selected event and not its date too.
  bool takes_keys() const { return hovered_; }
  const std::string& selected_event() const { return selected_event_; }
  std::size_t events_drawn() const { return drawn_; }
  // Two fingers moved apart (`scale` > 1: the distance between them grew by that factor) or
  // together around `x` (logical px): the axis zooms there on the next draw, and the finger
  // the pointer follows neither pans nor drags an event meanwhile.
  void pinch(float scale, float x) {
    pinch_scale_ *= scale;
    pinch_x_ = x;
  }
  // Events out of view before and after the visible range (the edge markers' counts).
  std::size_t events_earlier() const { return earlier_; }
  std::size_t events_later() const { return later_; }
  const TimeAxis& axis() const { return axis_; }
  void fit_all() { refit_ = true; }
  // While the panel is being saved as an image: no tooltip, no hover outline.
  void set_capturing(bool capturing) { capturing_ = capturing; }
  // Screen position of an event's mark as last drawn (for automation), if it was drawn.
  std::optional<std::pair<float, float>> position_of(std::string_view event_id) const;

 private:
  struct Placed {
    const TimelineEvent* event;
    double t0, t1;  // days
    bool point;
    bool relative;  // ordered by the text, no date of its own
    int lane;
    float x0, x1, y;
    std::string label;  // as drawn next to the mark
    float label_w;
    unsigned fill, line;  // colours (ImU32)
  };
  // Lays the events out in lanes with their labels and colours; only when the events, the
  // filter, the lane mode or the theme changed (per frame only the x positions move).
  void place(const Document& doc, const AnnotationSet& set, const std::string& entity_filter, bool dark);
  std::string placed_key_;
  void select_event(const AnnotationSet& set, const TimelineEvent& e);

  TimeAxis axis_;
  std::uint64_t fitted_version_ = ~std::uint64_t{0};
  bool refit_ = false;
  bool refit_everything_ = false;
  float pinch_scale_ = 1.0f, pinch_x_ = 0.0f;
  int pinch_frames_ = 0;  // frames left in which a pinch holds back panning  // outliers included (a click on an edge marker)
  std::size_t earlier_ = 0, later_ = 0;  // events out of view on each side, last frame
  bool capturing_ = false;
  int lanes_mode_ = 0;  // 0 one lane, 1 by label, 2 by entity
  bool filter_by_entity_ = true;
  std::string selected_event_;
  std::string last_text_selection_;  // the canvas's selection seen last frame
  std::string dragging_;  // event being moved
  float drag_from_x_ = 0;
  bool panning_ = false;
  bool hovered_ = false;
  std::optional<ByteSpan> hovered_clause_;
  std::vector<Placed> placed_;
  std::vector<std::string> lane_names_;
  std::vector<CanvasAction> actions_;
  std::size_t drawn_ = 0;
};

}  // namespace newsmark::ui
