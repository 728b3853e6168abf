// The find bar (Ctrl+F): every match of the query in the text (case-insensitive for ASCII),
// highlighted on the canvas, Enter / Shift+Enter to step through them (see reading_view.h).
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "ui/reading_view.h"
#include "ui/text_field.h"
#include "ui/widgets.h"

namespace newsmark::ui {
namespace {

constexpr std::size_t kMaxMatches = 100000;

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace

void ReadingView::open_find() {
  find_open_ = true;
  focus_find_ = true;
}

void ReadingView::update_matches(std::string_view text, std::uint64_t version) {
  const std::string query(find_buf_);
  if (query == matched_query_ && version == matched_version_) return;
  matched_query_ = query;
  matched_version_ = version;
  matches_.clear();
  current_match_ = -1;
  if (query.empty()) return;
  auto it = text.begin();
  while (matches_.size() < kMaxMatches) {
    it = std::search(it, text.end(), query.begin(), query.end(), [](char a, char b) { return fold(a) == fold(b); });
    if (it == text.end()) break;
    const auto b = static_cast<std::uint32_t>(it - text.begin());
    matches_.push_back(ByteSpan{b, b + static_cast<std::uint32_t>(query.size())});
    it += static_cast<std::ptrdiff_t>(query.size());
  }
}

void ReadingView::step_match(int direction) {
  if (matches_.empty()) return;
  if (current_match_ < 0) {
    // From the caret (or the top of the screen) onwards.
    const std::uint32_t from = has_caret_ ? std::min(anchor_, caret_) : 0;
    auto it = std::lower_bound(matches_.begin(), matches_.end(), from,
                               [](ByteSpan m, std::uint32_t b) { return m.begin < b; });
    current_match_ = static_cast<int>(it - matches_.begin());
    if (direction < 0) --current_match_;
  } else {
    current_match_ += direction;
  }
  const int n = static_cast<int>(matches_.size());
  current_match_ = ((current_match_ % n) + n) % n;
  const ByteSpan m = matches_[static_cast<std::size_t>(current_match_)];
  anchor_ = m.begin;
  caret_ = m.end;
  has_caret_ = true;
  selected_id_.clear();
  scroll_to_byte_ = m.begin;
}

bool ReadingView::draw_find_bar(const Document& doc, std::uint64_t version) {
  if (!find_open_) return false;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 12.0f);
  ImGui::TextUnformatted("Find");
  ImGui::SameLine();
  if (focus_find_) {
    ImGui::SetKeyboardFocusHere();
    focus_find_ = false;
  }
  ImGui::SetNextItemWidth(280.0f);
  const bool enter = text_field("##find", nullptr, find_buf_, sizeof find_buf_, ImGuiInputTextFlags_EnterReturnsTrue);
  const bool active = ImGui::IsItemActive() || ImGui::IsItemFocused();
  update_matches(doc.text(), version);
  if (enter) {
    step_match(ImGui::GetIO().KeyShift ? -1 : 1);
    ImGui::SetKeyboardFocusHere(-1);  // keep typing or pressing Enter
  }
  ImGui::SameLine();
  if (find_buf_[0] == '\0') {
    ImGui::TextDisabled("type to search the article");
  } else if (matches_.empty()) {
    ImGui::TextDisabled("no match");
  } else {
    ImGui::Text("%d of %zu%s", current_match_ < 0 ? 0 : current_match_ + 1, matches_.size(),
                matches_.size() >= kMaxMatches ? "+" : "");
  }
  ImGui::SameLine();
  if (small_button("Previous")) step_match(-1);
  ImGui::SameLine();
  if (small_button("Next")) step_match(1);
  ImGui::SameLine();
  if (small_button("Close") || (active && ImGui::IsKeyPressed(ImGuiKey_Escape, false))) {
    find_open_ = false;
    matches_.clear();
    matched_query_.clear();
  }
  return true;
}

void ReadingView::draw_matches(const Document& doc, std::size_t line, float x, float y, float line_h) {
  if (matches_.empty()) return;
  const LayoutLine& l = layout_.lines()[line];
  auto it = std::lower_bound(matches_.begin(), matches_.end(), l.begin,
                             [](ByteSpan m, std::uint32_t b) { return m.end <= b; });
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (; it != matches_.end() && it->begin < l.end; ++it) {
    const std::uint32_t b = std::max(it->begin, l.begin), e = std::min(it->end, l.end);
    if (b >= e) continue;
    const bool current = current_match_ >= 0 && static_cast<std::size_t>(current_match_) == static_cast<std::size_t>(it - matches_.begin());
    dl->AddRectFilled(ImVec2(x + layout_.x_of(doc.text(), line, b) - 1.0f, y + 1.0f),
                      ImVec2(x + layout_.x_of(doc.text(), line, e) + 1.0f, y + line_h - 1.0f),
                      current ? IM_COL32(255, 150, 0, 150) : IM_COL32(255, 220, 0, 110), 2.0f);
  }
}

}  // namespace newsmark::ui
