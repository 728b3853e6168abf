#include "ui/reading_view.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "ui/widgets.h"

namespace newsmark::ui {
namespace {

constexpr float kLineSpacing = 1.55f;  // line height as a multiple of the font size
constexpr float kColumnWidth = 740.0f;  // about 75 characters: a comfortable measure

std::size_t count_words(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

void ReadingView::draw(const Document& doc, const AnnotationSet* annotations, std::uint64_t version,
                       std::uint64_t annotations_version, ImVec2 size,
                       const Fonts& fonts, const Palette& palette, bool dark) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, palette.page_bg);
  ImGui::BeginChild("reading", size, ImGuiChildFlags_None, ImGuiWindowFlags_NoMove);
  if (scroll_to_top_) {
    ImGui::SetScrollY(0);
    scroll_to_top_ = false;
  }
  float col_x = 0, col_w = 0;
  ImGui::Indent(24.0f);
  centered_column(kColumnWidth, col_x, col_w);
  ImGui::Unindent(24.0f);
  col_w = std::max(120.0f, col_w - 24.0f);

  // Header: title, then date, source and length in muted text.
  ImGui::SetCursorPos(ImVec2(col_x, ImGui::GetCursorPosY() + 20.0f));
  ImGui::PushTextWrapPos(col_x + col_w);
  ImGui::PushStyleColor(ImGuiCol_Text, palette.page_text);
  ImGui::PushFont(fonts.heading);
  ImGui::TextWrapped("%s", doc.info().title.empty() ? "Untitled article" : doc.info().title.c_str());
  ImGui::PopFont();
  ImGui::PopStyleColor();
  std::string meta = doc.info().dct.empty() ? std::string("Date unknown") : doc.info().dct;
  if (!doc.info().source.empty()) meta += "  \xC2\xB7  " + doc.info().source;
  if (counted_version_ != version) {
    word_count_ = count_words(doc.text());
    counted_version_ = version;
  }
  meta += "  \xC2\xB7  " + std::to_string(word_count_) + " words";
  ImGui::SetCursorPosX(col_x);
  muted_text(palette.muted_text, meta.c_str());
  ImGui::PopTextWrapPos();
  if (annotations != nullptr && !annotations->annotations.empty()) {
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4.0f);
    index_annotations(*annotations, annotations_version);
    draw_legend(dark, col_x, col_w);
    draw_sourcing(palette, annotations->sourcing, col_x, col_w);
  }
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 12.0f);

  // Body: laid out once per width, drawn line by line for the visible range only.
  const float font_size = kReadingFontSize;
  const float line_h = std::round(font_size * kLineSpacing);
  wrap_width_ = col_w;
  layout_.update(doc.text(), version, fonts.reading, font_size, col_w);
  const auto& lines = layout_.lines();

  const float text_top = ImGui::GetCursorPosY();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float view_h = ImGui::GetWindowHeight();
  if (scroll_to_byte_) {
    // Bring a selected annotation (or the caret) into view, a third of the way down.
    const float line_y = text_top + static_cast<float>(layout_.line_of(*scroll_to_byte_)) * line_h;
    const float now = ImGui::GetScrollY();
    if (line_y < now + line_h || line_y > now + view_h - 3 * line_h) {
      ImGui::SetScrollY(std::clamp(line_y - view_h / 3.0f, 0.0f, ImGui::GetScrollMaxY()));
    }
    scroll_to_byte_.reset();
  }
  const float scroll_y = ImGui::GetScrollY();
  scroll_y_ = scroll_y;
  const float first_f = std::max(0.0f, (scroll_y - text_top) / line_h);
  first_visible_ = std::min(lines.size(), static_cast<std::size_t>(first_f));
  const std::size_t last = std::min(lines.size(), first_visible_ + static_cast<std::size_t>(view_h / line_h) + 2);
  visible_count_ = last - first_visible_;

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const char* base = doc.text().data();
  const float x = ImGui::GetWindowPos().x + col_x;
  const float baseline_pad = (line_h - font_size) * 0.5f;
  text_origin_ = ImVec2(x, origin.y);
  line_h_ = line_h;
  column_w_ = col_w;
  highlighted_ = 0;
  const Annotation* hovered = nullptr;
  for (std::size_t i = first_visible_; i < last; ++i) {
    const LayoutLine& l = lines[i];
    if (l.end == l.begin) continue;
    const float line_top = origin.y + static_cast<float>(i) * line_h;
    draw_matches(doc, i, x, line_top, line_h);
    draw_selection(doc, i, x, line_top, line_h);
    if (annotations != nullptr && !annotations->annotations.empty()) {
      if (const Annotation* h = draw_highlights(doc, *annotations, i, x, line_top, line_h, font_size, fonts, dark)) {
        hovered = h;
      }
    }
    dl->AddText(fonts.reading, font_size, ImVec2(x, line_top + baseline_pad), palette.page_text, base + l.begin,
                base + l.end);
  }
  const ImVec2 mouse = ImGui::GetMousePos();
  const bool over_text = ImGui::IsWindowHovered() && mouse.x >= x - 8.0f && mouse.x <= x + col_w + 8.0f &&
                         mouse.y >= origin.y;
  handle_mouse(doc, annotations, over_text);
  handle_keys(doc, annotations);
  // The selected annotation has the label bar; its tooltip would cover it.
  // Not under a finger: a tap selects (the label bar says what it is), and a tooltip would stay
  // up after it, over the label bar.
  if (hovered != nullptr && ImGui::IsWindowHovered() && !dragging_ && hovered->id != selected_id_ && !touch_.last_input) {
    draw_tooltip(doc, *annotations, *hovered);
  }
  draw_touch_handles(doc);
  draw_label_bar(doc, annotations);
  ImGui::SetCursorPos(ImVec2(col_x, text_top));
  ImGui::Dummy(ImVec2(col_w, static_cast<float>(lines.size()) * line_h + 40.0f));

  // Keyboard scrolling when nothing else wants the keys.
  if (ImGui::IsWindowFocused() && !ImGui::GetIO().WantTextInput) {
    float dy = 0;
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown) || ImGui::IsKeyPressed(ImGuiKey_Space)) dy = view_h * 0.9f;
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) dy = -view_h * 0.9f;
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) dy = line_h * 3;
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) dy = -line_h * 3;
    if (ImGui::IsKeyPressed(ImGuiKey_Home)) ImGui::SetScrollY(0);
    if (ImGui::IsKeyPressed(ImGuiKey_End)) ImGui::SetScrollY(ImGui::GetScrollMaxY());
    if (dy != 0) ImGui::SetScrollY(std::clamp(scroll_y + dy, 0.0f, ImGui::GetScrollMaxY()));
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace newsmark::ui
