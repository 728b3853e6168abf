// The canvas's input: mouse and keyboard selection, the label bar, and the actions they ask
// for (see reading_view.h for the keys).
#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "core/model/label_set.h"
#include "imgui.h"
#include "ui/widgets.h"
#include "ui/label_colors.h"
#include "ui/reading_view.h"
#include "ui/word_bounds.h"
#include "ui/text_field.h"

namespace newsmark::ui {
namespace {

// The label key pressed this frame (label_set.h: 1-9, or a letter's code), or 0. Shift and
// Alt belong to other commands (Shift+A accepts all; Alt+arrows move a span's start).
int label_key_pressed() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyShift || io.KeyAlt) return 0;
  for (int k = 0; k < 9; ++k) {
    if (ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_1 + k), false) ||
        ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_Keypad1 + k), false)) {
      return k + 1;
    }
  }
  for (int c = 'B'; c <= 'Z'; ++c) {
    if (valid_hotkey(c) && ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A')), false)) return c;
  }
  return 0;
}

}  // namespace

ByteSpan ReadingView::selection() const {
  if (!has_caret_ || anchor_ == caret_) return ByteSpan{};
  return ByteSpan{std::min(anchor_, caret_), std::max(anchor_, caret_)};
}

void ReadingView::clear_selection() {
  anchor_ = caret_;
  selected_id_.clear();
  dragging_ = false;
}

void ReadingView::select_text(ByteSpan span) {
  selected_id_.clear();
  anchor_ = span.begin;
  caret_ = span.end;
  has_caret_ = true;
  dragging_ = false;
  scroll_to_byte_ = span.begin;
}

void ReadingView::select_annotation(std::string id, std::uint32_t scroll_to_byte) {
  selected_id_ = std::move(id);
  anchor_ = caret_ = scroll_to_byte;
  has_caret_ = true;
  scroll_to_byte_ = scroll_to_byte;
}

std::optional<ImVec2> ReadingView::screen_pos_of(std::string_view text, std::uint32_t byte) const {
  if (layout_.lines().empty() || line_h_ <= 0) return std::nullopt;
  const std::size_t line = layout_.line_of(byte);
  return ImVec2(text_origin_.x + layout_.x_of(text, line, byte),
                text_origin_.y + (static_cast<float>(line) + 0.5f) * line_h_);
}

std::uint32_t ReadingView::byte_at(std::string_view text, ImVec2 screen) const {
  const auto& lines = layout_.lines();
  if (lines.empty() || line_h_ <= 0) return 0;
  const float row = (screen.y - text_origin_.y) / line_h_;
  if (row < 0) return lines.front().begin;
  const std::size_t line = std::min(lines.size() - 1, static_cast<std::size_t>(row));
  return layout_.byte_at(text, line, screen.x - text_origin_.x);
}

std::string ReadingView::annotation_at(const AnnotationSet& set, std::uint32_t byte) const {
  // Every visible annotation over `byte`, innermost first; a click on the selected one moves on
  // to the next (a name and its SOURCE often share a span).
  const auto& anns = set.annotations;
  std::vector<const Annotation*> under;
  const std::uint32_t from = byte > max_span_ ? byte - max_span_ : 0;
  auto it = std::lower_bound(by_begin_.begin(), by_begin_.end(), from,
                             [&](std::uint32_t i, std::uint32_t b) { return anns[i].span.begin < b; });
  for (; it != by_begin_.end() && anns[*it].span.begin <= byte; ++it) {
    const Annotation& a = anns[*it];
    if (a.span.end > byte && hidden_labels_.count(a.label) == 0) under.push_back(&a);
  }
  if (under.empty()) return {};
  std::stable_sort(under.begin(), under.end(),
                   [](const Annotation* x, const Annotation* y) { return x->span.size() < y->span.size(); });
  for (std::size_t k = 0; k < under.size(); ++k) {
    if (under[k]->id == selected_id_) return under[(k + 1) % under.size()]->id;
  }
  return under.front()->id;
}

void ReadingView::handle_mouse(const Document& doc, const AnnotationSet* set, bool over_text) {
  const std::string_view text = doc.text();
  const ImGuiIO& io = ImGui::GetIO();
  if (io.MouseSource == ImGuiMouseSource_TouchScreen || touch_.down) {
    handle_touch(doc, set, over_text);
    return;
  }
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) touch_.last_input = false;
  const ImVec2 mouse = io.MousePos;
  if (over_text && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const std::uint32_t b = byte_at(text, mouse);
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
      const ByteSpan w = word_at(text, b);
      anchor_ = w.begin;
      caret_ = w.end;
      has_caret_ = true;
      selected_id_.clear();
      dragging_ = false;
    } else if (io.KeyShift && has_caret_) {
      caret_ = b;  // extend the selection to here
      selected_id_.clear();
      dragging_ = true;
    } else {
      anchor_ = caret_ = b;
      has_caret_ = true;
      dragging_ = true;
    }
  }
  if (dragging_ && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    caret_ = byte_at(text, mouse);
    // Scroll while dragging past the top or bottom edge.
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    if (mouse.y > bottom - 12.0f) ImGui::SetScrollY(ImGui::GetScrollY() + line_h_ * 0.5f);
    if (mouse.y < top + 12.0f) ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() - line_h_ * 0.5f));
  }
  if (dragging_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    dragging_ = false;
    if (anchor_ == caret_) {
      // A click: select the annotation under it, or nothing. The character under the mouse is
      // the one before the nearest boundary when the mouse is left of that boundary.
      std::uint32_t b = byte_at(text, mouse);
      const std::size_t line = layout_.line_of(b);
      if (line < layout_.lines().size() && b > layout_.lines()[line].begin &&
          text_origin_.x + layout_.x_of(text, line, b) > mouse.x) {
        do --b; while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80);
      }
      selected_id_ = set != nullptr ? annotation_at(*set, b) : std::string();
    } else {
      selected_id_.clear();
      if (!io.KeyAlt) {  // snap to whole words unless Alt asks for exact characters
        const ByteSpan s = snap_to_words(text, selection());
        const bool forward = caret_ >= anchor_;
        anchor_ = forward ? s.begin : s.end;
        caret_ = forward ? s.end : s.begin;
      }
    }
  }
}

void ReadingView::step_annotation(const AnnotationSet& set, int direction) {
  const auto& anns = set.annotations;
  if (anns.empty()) return;
  std::ptrdiff_t i = selected_id_.empty() ? -1 : set.index_of(selected_id_);
  if (i < 0) {
    // From the top of the screen.
    const std::uint32_t from = layout_.lines().empty() ? 0 : layout_.lines()[std::min(first_visible_, layout_.lines().size() - 1)].begin;
    auto it = std::lower_bound(anns.begin(), anns.end(), from,
                               [](const Annotation& a, std::uint32_t b) { return a.span.begin < b; });
    i = static_cast<std::ptrdiff_t>(it - anns.begin()) - (direction > 0 ? 1 : 0);
  }
  const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(anns.size());
  for (std::ptrdiff_t step = 0; step < n; ++step) {
    i = (i + direction + n) % n;
    if (hidden_labels_.count(anns[static_cast<std::size_t>(i)].label) == 0) break;
  }
  const Annotation& a = anns[static_cast<std::size_t>(i)];
  select_annotation(a.id, a.span.begin);
}

void ReadingView::handle_keys(const Document& doc, const AnnotationSet* set) {
  if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || ImGui::GetIO().WantTextInput || keys_elsewhere_) return;
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl || io.KeySuper) return;  // shortcuts (undo, redo) belong to the App
  const std::string_view text = doc.text();
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) clear_selection();
  const Annotation* selected = nullptr;
  if (set != nullptr && !selected_id_.empty()) {
    const std::ptrdiff_t i = set->index_of(selected_id_);
    if (i >= 0) selected = &set->annotations[static_cast<std::size_t>(i)];
    else selected_id_.clear();
  }
  const ByteSpan sel = selection();
  if (const int k = label_key_pressed(); k > 0) {
    const std::string label = label_for_hotkey(k);
    if (label.empty()) {
      // No label on that key.
    } else if (!sel.empty()) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::add, {}, label, sel, ReviewStatus::accepted));
      anchor_ = caret_ = sel.end;
    } else if (selected != nullptr) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::relabel, selected->id, label, {}, ReviewStatus::accepted));
    }
  }
  if (set != nullptr && (ImGui::IsKeyPressed(ImGuiKey_N, false) || ImGui::IsKeyPressed(ImGuiKey_P, false))) {
    step_annotation(*set, ImGui::IsKeyPressed(ImGuiKey_N, false) ? 1 : -1);
  }
  const bool left = ImGui::IsKeyPressed(ImGuiKey_LeftArrow), right = ImGui::IsKeyPressed(ImGuiKey_RightArrow);
  if (selected != nullptr) {
    if (ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::remove, selected->id, {}, {}, ReviewStatus::accepted));
      selected_id_.clear();
      return;
    }
    for (const auto& [key, status] : {std::pair{ImGuiKey_A, ReviewStatus::accepted}, std::pair{ImGuiKey_R, ReviewStatus::rejected}}) {
      if (!ImGui::IsKeyPressed(key, false)) continue;
      if (io.KeyShift) {
        actions_.push_back(CanvasAction::make(CanvasAction::Kind::set_status_all, {}, selected->label, {}, status));
      } else {
        actions_.push_back(CanvasAction::make(CanvasAction::Kind::set_status, selected->id, {}, {}, status));
      }
    }
    if (io.KeyShift && (left || right)) {
      // Shift+arrows move the end by a word; Alt+Shift+arrows the start.
      ByteSpan s = selected->span;
      if (io.KeyAlt) s.begin = right ? next_word_start(text, s.begin) : previous_word_start(text, s.begin);
      else s.end = right ? next_word_end(text, s.end) : previous_word_end(text, s.end);
      if (s.begin < s.end && !(s == selected->span)) {
        actions_.push_back(CanvasAction::make(CanvasAction::Kind::resize, selected->id, {}, s, ReviewStatus::accepted));
      }
    }
    return;
  }
  if (left || right) {
    if (!has_caret_) {
      const auto& lines = layout_.lines();
      anchor_ = caret_ = lines.empty() ? 0 : lines[std::min(first_visible_, lines.size() - 1)].begin;
      has_caret_ = true;
    }
    caret_ = right ? next_word_end(text, caret_) : previous_word_start(text, caret_);
    if (!io.KeyShift) anchor_ = caret_;
    scroll_to_byte_ = caret_;
  }
}

void ReadingView::draw_selection(const Document& doc, std::size_t line, float x, float y, float line_h) {
  if (outline_) {
    const LayoutLine& l = layout_.lines()[line];
    const std::uint32_t b = std::max(outline_->begin, l.begin), e = std::min(outline_->end, l.end);
    if (b < e) {
      ImGui::GetWindowDrawList()->AddRect(ImVec2(x + layout_.x_of(doc.text(), line, b) - 2.0f, y + 1.0f),
                                          ImVec2(x + layout_.x_of(doc.text(), line, e) + 2.0f, y + line_h - 1.0f),
                                          ImGui::GetColorU32(ImGuiCol_NavHighlight), 3.0f, 0, 2.0f);
    }
  }
  const ByteSpan sel = selection();
  if (sel.empty()) return;
  const LayoutLine& l = layout_.lines()[line];
  const std::uint32_t b = std::max(sel.begin, l.begin), e = std::min(sel.end, l.end);
  if (b >= e && !(sel.begin <= l.begin && sel.end > l.end)) return;
  const float x0 = x + layout_.x_of(doc.text(), line, b);
  const float x1 = x + layout_.x_of(doc.text(), line, e) + (sel.end > l.end ? 4.0f : 0.0f);
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(x0, y + 2.0f), ImVec2(x1, y + line_h - 2.0f),
                                            ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
}

void ReadingView::draw_label_bar(const Document& doc, const AnnotationSet* set) {
  const ByteSpan sel = selection();
  const Annotation* selected = set != nullptr && !selected_id_.empty() ? set->find(selected_id_) : nullptr;
  if (((sel.empty() || dragging_) && selected == nullptr) || covered_) return;
  if (touch_.down && touch_.mode != Touch::Mode::undecided) return;  // a finger is still choosing
  const std::uint32_t at = selected != nullptr ? selected->span.end : sel.end;
  const std::optional<ImVec2> pos = screen_pos_of(doc.text(), at);
  if (!pos) return;
  const ImVec2 window_pos = ImGui::GetWindowPos();
  const float window_bottom = window_pos.y + ImGui::GetWindowHeight();
  if (pos->y < window_pos.y || pos->y > window_bottom) return;
  // The bar starts under the selection's end but stays on screen: on a narrow screen it moves
  // left and its buttons wrap to the width there is.
  // (Within the reading view: over the side panel it would hide the exercise's feedback.)
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float margin = 8.0f;
  const float left = std::max(vp->WorkPos.x, window_pos.x), right = std::min(vp->WorkPos.x + vp->WorkSize.x, window_pos.x + ImGui::GetWindowWidth());
  const float max_w = std::min(600.0f, right - left - 2.0f * margin);
  const float x = std::clamp(pos->x, left + margin, std::max(left + margin, right - margin - label_bar_w_));
  ImGui::SetNextWindowPos(ImVec2(x, pos->y + line_h_ * 0.5f + 4.0f + touch_handle_room()), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(max_w, FLT_MAX));
  ImGui::SetNextWindowBgAlpha(1.0f);  // opaque: the text under it must not show through
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav;
  if (!ImGui::Begin("##label bar", nullptr, flags)) {
    ImGui::End();
    return;
  }
  label_bar_w_ = ImGui::GetWindowWidth();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float inner_w = max_w - style.WindowPadding.x * 2.0f;
  // Puts the next item of width `w` on this line when it fits, else starts a line.
  bool line_started = false;
  const auto next_item = [&](float w) {
    if (line_started && ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x - style.WindowPadding.x + style.ItemSpacing.x + w <= inner_w) {
      ImGui::SameLine();
    }
    line_started = true;
  };
  const auto button_w = [&](const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f;
  };
  if (selected != nullptr) {
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s  \xC2\xB7  %s", selected->label.c_str(), status_name(selected->status));
    line_started = true;
    const char* accept = coarse_pointer() ? "Accept" : "Accept (A)";
    const char* reject = coarse_pointer() ? "Reject" : "Reject (R)";
    next_item(button_w(accept));
    const bool accepted = small_button(accept);
    mark_target("label bar:Accept");
    if (accepted) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::set_status, selected->id, {}, {}, ReviewStatus::accepted));
    }
    next_item(button_w(reject));
    if (small_button(reject)) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::set_status, selected->id, {}, {}, ReviewStatus::rejected));
    }
    next_item(button_w("Delete"));
    if (small_button("Delete")) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::remove, selected->id, {}, {}, ReviewStatus::accepted));
      selected_id_.clear();
    }
    // A note on the annotation, saved (as an undoable step) when the field loses focus.
    if (note_for_ != selected->id) {
      note_for_ = selected->id;
      std::snprintf(note_buffer_, sizeof note_buffer_, "%s", selected->note.c_str());
    }
    ImGui::SetNextItemWidth(std::min(320.0f, inner_w));
    text_field("##note", "Add a note", note_buffer_, sizeof note_buffer_);
    if (ImGui::IsItemDeactivatedAfterEdit() && selected->note != note_buffer_) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::set_note, selected->id, note_buffer_, {}, ReviewStatus::accepted));
    }
    ImGui::TextDisabled("Relabel:");
  } else {
    ImGui::TextDisabled("Label the selection:");
  }
  line_started = false;
  for (const LabelDef& def : labels_in_use()) {
    const std::string_view label = def.name;
    const int key = def.hotkey;
    char text[48];
    // The key is a keyboard's shortcut; a finger taps the name.
    if (key > 0 && !coarse_pointer()) {
      std::snprintf(text, sizeof text, "%s %.*s", hotkey_name(key).c_str(), static_cast<int>(label.size()), label.data());
    } else {
      std::snprintf(text, sizeof text, "%.*s", static_cast<int>(label.size()), label.data());
    }
    next_item(button_w(text));
    const LabelStyle st = label_style(label, false);
    ImGui::PushStyleColor(ImGuiCol_Button, st.fill);
    ImGui::PushStyleColor(ImGuiCol_Border, st.underline);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool pressed = small_button(text);
    mark_target("label bar:" + std::string(label));
    if (pressed) {
      if (selected != nullptr) {
        actions_.push_back(CanvasAction::make(CanvasAction::Kind::relabel, selected->id, std::string(label), {}, ReviewStatus::accepted));
      } else {
        actions_.push_back(CanvasAction::make(CanvasAction::Kind::add, {}, std::string(label), sel, ReviewStatus::accepted));
        anchor_ = caret_ = sel.end;
      }
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
  }
  ImGui::End();
}

}  // namespace newsmark::ui
