// The reading view under a finger. A mouse drag selects text, but on a touch screen a swipe
// must scroll, as in every reader: so a finger that moves first pans (and flings on release),
// a finger held still for a moment starts a selection at the word under it, a tap selects the
// highlight under it or else its word (the label bar then offers the labels), and a selection
// made by touch shows a handle at each end to drag.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/reading_view.h"
#include "ui/word_bounds.h"

namespace newsmark::ui {
namespace {
constexpr float kSlop = 10.0f;            // a finger moving less than this is holding still
// Seconds a still finger holds before it starts a selection, counted from frames of at most
// 1/30 s each: on a machine too slow to draw fast, a finger's next move may come only frames
// later, and that must not read as holding still.
constexpr float kLongPress = 0.45f;
constexpr float kMaxFrameCount = 1.0f / 30.0f;
constexpr float kHandleRadius = 9.0f;
constexpr float kHandleReach = 30.0f;     // a touch this close to a handle takes it
constexpr float kFlingFriction = 4.0f;    // the fling loses 1 - e^-4 of its speed per second

float distance(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }
}  // namespace

void ReadingView::handle_touch(const Document& doc, const AnnotationSet* set, bool over_text) {
  const std::string_view text = doc.text();
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 finger = io.MousePos;
  const auto scroll_by = [](float dy) {
    ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + dy, 0.0f, ImGui::GetScrollMaxY()));
  };

  // The view follows the finger. The fling's speed is the finger's over its last moves; a
  // finger that rests (0.1 s, counted like a long press) before it lifts does not fling.
  const auto pan = [&](float dy) {
    scroll_by(dy);
    if (dy != 0.0f && io.DeltaTime > 0) {
      touch_.still = 0;
      const float a = 1.0f - std::exp(-io.DeltaTime / 0.1f);
      touch_.velocity += a * (dy / io.DeltaTime - touch_.velocity);
    } else if ((touch_.still += std::min(io.DeltaTime, kMaxFrameCount)) > 0.1f) {
      touch_.velocity = 0;
    }
  };

  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && over_text) {
    touch_.down = true;
    touch_.last_input = true;
    touch_.mode = Touch::Mode::undecided;
    touch_.start = finger;
    touch_.held = 0;
    touch_.still = 0;
    touch_.velocity = 0;  // a touch stops a fling
    // On a handle of the selection: drag that end.
    // (The handles hang below the line: a touch on the selected words themselves is not one.)
    const ByteSpan sel = selection();
    if (!sel.empty()) {
      const auto lo = screen_pos_of(text, sel.begin), hi = screen_pos_of(text, sel.end);
      const ImVec2 below(0, line_h_ * 0.5f + kHandleRadius);
      if (hi && finger.y > hi->y + line_h_ * 0.3f && distance(finger, ImVec2(hi->x + below.x, hi->y + below.y)) < kHandleReach) {
        touch_.mode = Touch::Mode::handle;
        touch_.moves_anchor = anchor_ > caret_;
      } else if (lo && finger.y > lo->y + line_h_ * 0.3f && distance(finger, ImVec2(lo->x + below.x, lo->y + below.y)) < kHandleReach) {
        touch_.mode = Touch::Mode::handle;
        touch_.moves_anchor = anchor_ < caret_;
      }
    }
  }

  if (touch_.down && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    if (touch_.mode == Touch::Mode::undecided) {
      if (distance(finger, touch_.start) > kSlop) {
        touch_.mode = Touch::Mode::pan;
        pan(touch_.start.y - finger.y);  // the whole swipe so far
      } else if ((touch_.held += std::min(io.DeltaTime, kMaxFrameCount)) >= kLongPress) {
        const ByteSpan w = word_at(text, byte_at(text, touch_.start));
        anchor_ = w.begin;
        caret_ = w.end;
        has_caret_ = true;
        selected_id_.clear();
        touch_.mode = Touch::Mode::select;
      }
    } else if (touch_.mode == Touch::Mode::pan) {
      pan(-io.MouseDelta.y);
    } else {
      const std::uint32_t b = byte_at(text, finger);
      if (touch_.mode == Touch::Mode::handle && touch_.moves_anchor) anchor_ = b;
      else caret_ = b;
      selected_id_.clear();
      // Scroll while dragging past the top or bottom edge.
      const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
      if (finger.y > bottom - 24.0f) scroll_by(line_h_ * 0.5f);
      if (finger.y < top + 24.0f) scroll_by(-line_h_ * 0.5f);
    }
  }

  if (touch_.down && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    touch_.down = false;
    if (touch_.mode == Touch::Mode::pan) pan(-io.MouseDelta.y);  // the move the lift came with
    if (touch_.mode == Touch::Mode::undecided) {
      // A tap: the highlight under the finger, or else its word.
      const std::uint32_t b = byte_at(text, finger);
      const std::string id = set != nullptr ? annotation_at(*set, b) : std::string();
      if (!id.empty()) {
        selected_id_ = id;
        anchor_ = caret_ = b;
      } else {
        const ByteSpan w = word_at(text, b);
        anchor_ = w.begin;
        caret_ = w.end;
        selected_id_.clear();
      }
      has_caret_ = true;
    } else if (touch_.mode == Touch::Mode::select || touch_.mode == Touch::Mode::handle) {
      const ByteSpan s = snap_to_words(text, selection());
      const bool forward = caret_ >= anchor_;
      anchor_ = forward ? s.begin : s.end;
      caret_ = forward ? s.end : s.begin;
    }
    if (touch_.mode != Touch::Mode::pan) touch_.velocity = 0;
  }

  // A fling goes on after the finger leaves, slowing down.
  if (!touch_.down && touch_.velocity != 0.0f) {
    scroll_by(touch_.velocity * io.DeltaTime);
    touch_.velocity *= std::exp(-kFlingFriction * io.DeltaTime);
    if (std::fabs(touch_.velocity) < 30.0f || ImGui::GetScrollY() <= 0.0f || ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) {
      touch_.velocity = 0;
    }
  }
}

float ReadingView::touch_handle_room() const {
  return touch_.last_input && selected_id_.empty() && !selection().empty() ? 2.0f * kHandleRadius + 6.0f : 0.0f;
}

void ReadingView::draw_touch_handles(const Document& doc) {
  if (!touch_.last_input) return;
  const ByteSpan sel = selection();
  if (sel.empty() || !selected_id_.empty()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 color = IM_COL32(31, 99, 196, 255);  // the primary buttons' blue
  for (const std::uint32_t b : {sel.begin, sel.end}) {
    const auto p = screen_pos_of(doc.text(), b);
    if (!p) continue;
    const ImVec2 stem_top(p->x, p->y - line_h_ * 0.5f), knob(p->x, p->y + line_h_ * 0.5f + kHandleRadius);
    dl->AddLine(stem_top, ImVec2(knob.x, knob.y - kHandleRadius), color, 2.0f);
    dl->AddCircleFilled(knob, kHandleRadius, color);
  }
}

}  // namespace newsmark::ui
