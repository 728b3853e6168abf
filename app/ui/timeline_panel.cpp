#include "ui/timeline_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/time/calendar.h"
#include "core/time/value_words.h"
#include "imgui.h"
#include "ui/label_colors.h"
#include "ui/widgets.h"

namespace newsmark::ui {
namespace {

constexpr float kLaneHeight = 34.0f;
constexpr float kAxisHeight = 26.0f;
constexpr int kLabelRows = 2;  // label rows per lane before labels are left to the tooltip

// The start of the period of `granularity` holding `t` and the value naming it: a day
// "2024-03-08", a month "2024-03", a year "2024" (other granularities move by days).
void snap(double t, const std::string& granularity, double length, std::string& value, std::string& start,
          std::string& end) {
  IsoDate d = calendar::civil_from_days(static_cast<std::int64_t>(std::floor(t)));
  char buf[16];
  if (granularity == "year") {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
    value = buf;
    start = IsoDate{d.year, 1, 1}.to_string();
    end = IsoDate{d.year + 1, 1, 1}.to_string();
  } else if (granularity == "month") {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    value = buf;
    start = IsoDate{d.year, d.month, 1}.to_string();
    end = calendar::add_months(IsoDate{d.year, d.month, 1}, 1).to_string();
  } else {
    value = d.to_string();
    start = value;
    const auto days = static_cast<std::int64_t>(std::max(1.0, std::round(length)));
    end = calendar::add_days(d, days).to_string();
  }
}

}  // namespace

std::optional<std::pair<float, float>> TimelinePanel::position_of(std::string_view event_id) const {
  for (const Placed& p : placed_) {
    if (p.event->id != event_id || std::isnan(p.t0)) continue;
    const float x = p.point || p.relative ? (p.x0 + p.x1) * 0.5f : (p.x0 + std::min(p.x1, p.x0 + 12.0f)) * 0.5f;
    return std::make_pair(x, p.y);
  }
  return std::nullopt;
}

void TimelinePanel::select_event(const AnnotationSet& set, const TimelineEvent& e) {
  selected_event_ = e.id;
  const Annotation* time = e.time.empty() ? nullptr : set.find(e.time);
  CanvasAction a;
  a.kind = CanvasAction::Kind::select;
  a.id = time != nullptr ? time->id : std::string();
  a.span = time != nullptr ? time->span : e.event;
  actions_.push_back(a);
}

void TimelinePanel::place(const Document& doc, const AnnotationSet& set, const std::string& entity_filter, bool dark) {
  placed_.clear();
  const std::string_view text = doc.text();
  lane_names_.clear();
  std::map<std::string, int> lanes;
  auto lane_of = [&](const TimelineEvent& e) {
    std::string name = "events";
    if (lanes_mode_ != 0) {
      name = "no one named";
      for (const std::string& id : e.entities) {
        for (const Entity& ent : set.entities) {
          if (ent.id != id) continue;
          name = lanes_mode_ == 1 ? ent.label : ent.name;
          break;
        }
        break;  // the first entity taking part decides
      }
    }
    auto [it, added] = lanes.try_emplace(name, static_cast<int>(lane_names_.size()));
    if (added) lane_names_.push_back(name);
    return it->second;
  };
  std::map<std::string, std::size_t> by_id;
  for (const TimelineEvent& e : set.timeline) {
    if (!entity_filter.empty() && std::find(e.entities.begin(), e.entities.end(), entity_filter) == e.entities.end()) continue;
    double t0 = 0, t1 = 0;
    Placed p{&e, 0, 0, true, false, 0, 0, 0, 0, {}, 0, 0, 0};
    if (days_of_iso(e.start, t0)) {
      if (!days_of_iso(e.end, t1) || t1 <= t0) t1 = t0 + 1;
      p.t0 = t0;
      p.t1 = t1;
      p.point = e.granularity == "day" || e.granularity == "time" || t1 - t0 <= 1.0;
    } else if (!e.anchor.empty()) {
      p.relative = true;  // placed next to its anchor below
    } else {
      continue;
    }
    p.lane = lane_of(e);
    by_id[e.id] = placed_.size();
    placed_.push_back(p);
  }
  // Labels and colours: the time expression as written, or the relation for undated events.
  for (Placed& p : placed_) {
    const TimelineEvent& e = *p.event;
    const Annotation* time = e.time.empty() ? nullptr : set.find(e.time);
    if (p.relative) p.label = e.relation + " " + std::string(text.substr(e.event.begin, std::min<std::uint32_t>(e.event.size(), 24)));
    else if (time != nullptr) p.label = std::string(text.substr(time->span.begin, std::min<std::uint32_t>(time->span.size(), 28)));
    p.label_w = ImGui::CalcTextSize(p.label.c_str()).x;
    const LabelStyle st = label_style(p.relative || time == nullptr ? std::string_view("EVENT") : std::string_view(time->label), dark);
    p.fill = st.fill;
    p.line = st.underline;
  }
  // Events the text orders against another: half a day before or after their anchor's start.
  for (Placed& p : placed_) {
    if (!p.relative) continue;
    auto it = by_id.find(p.event->anchor);
    if (it == by_id.end()) {
      p.t0 = p.t1 = NAN;
      continue;
    }
    const Placed& a = placed_[it->second];
    p.t0 = p.event->relation == "before" ? a.t0 - 0.5 : a.t1 + 0.5;
    p.t1 = p.t0;
  }
}

void TimelinePanel::draw(const Document& doc, const AnnotationSet& set, std::uint64_t version, const std::string& selected,
                         const Palette& palette, bool dark) {
  hovered_clause_.reset();
  const std::string_view text = doc.text();
  // Selecting an annotation that names an entity shows that entity's events only.
  std::string entity_filter, entity_name;
  if (filter_by_entity_ && !selected.empty()) {
    if (const Annotation* a = set.find(selected)) {
      if (const std::string* ent = a->attr("entity")) {
        entity_filter = *ent;
        for (const Entity& e : set.entities) {
          if (e.id == *ent) entity_name = e.name;
        }
      }
    }
  }
  {
    char key[96];
    std::snprintf(key, sizeof key, "%llu|%d|%d|%zu|", static_cast<unsigned long long>(version), lanes_mode_, dark ? 1 : 0,
                  set.timeline.size());
    const std::string k = std::string(key) + entity_filter;
    if (k != placed_key_) {
      place(doc, set, entity_filter, dark);
      placed_key_ = k;
    }
  }

  // Toolbar.
  if (small_button("Fit all")) refit_ = true;
  ImGui::SameLine();
  if (small_button("Zoom to selection") && !selected_event_.empty()) {
    for (const Placed& p : placed_) {
      if (p.event->id == selected_event_ && !std::isnan(p.t0)) axis_.fit(p.t0 - 3, p.t1 + 3);
    }
  }
  // A date selected in the text that is not on the timeline yet can be added.
  if (!selected.empty()) {
    const Annotation* a = set.find(selected);
    const bool dated = a != nullptr && (a->label == "DATE" || a->label == "TIME") && a->attr("start") != nullptr;
    const bool listed = std::any_of(set.timeline.begin(), set.timeline.end(), [&](const TimelineEvent& e) { return e.time == selected; });
    if (dated && !listed) {
      ImGui::SameLine();
      if (small_button("Add the selected date")) {
        actions_.push_back(CanvasAction::make(CanvasAction::Kind::add_event, selected, {}, a->span, ReviewStatus::accepted));
      }
    }
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(120);
  const char* modes[] = {"One lane", "Lanes by label", "Lanes by entity"};
  ImGui::Combo("##lanes", &lanes_mode_, modes, 3);
  ImGui::SameLine();
  if (!entity_name.empty()) {
    ImGui::Text("Events of %s", entity_name.c_str());
    ImGui::SameLine();
    if (small_button("Show all")) filter_by_entity_ = false;
  } else {
    if (!filter_by_entity_) {
      if (small_button("Filter by the selected entity")) filter_by_entity_ = true;
      ImGui::SameLine();
    }
    ImGui::TextDisabled(coarse_pointer() ? "%zu events \xC2\xB7 blue line: the article's date \xC2\xB7 swipe pans, drag an event to move it"
                                         : "%zu events \xC2\xB7 blue line: the article's date \xC2\xB7 wheel zooms, drag pans, drag an event to move it, Delete removes it",
                        placed_.size());
  }

  // From the text to the timeline: a time expression selected in the text selects its event
  // (and brings it into view once).
  if (selected != last_text_selection_) {
    last_text_selection_ = selected;
    for (const Placed& p : placed_) {
      if (p.event->time != selected || selected.empty()) continue;
      selected_event_ = p.event->id;
      if (!std::isnan(p.t0) && (p.t1 < axis_.start() || p.t0 > axis_.end())) {
        const double half = (axis_.end() - axis_.start()) / 2;
        const double mid = (p.t0 + p.t1) / 2;
        axis_.pan(static_cast<float>((axis_.start() + half - mid) / (2 * half) * axis_.width()));
      }
    }
  }

  // No dated event: say so, instead of an empty axis around an arbitrary year.
  if (placed_.empty()) {
    ImGui::Spacing();
    if (!entity_name.empty()) {
      ImGui::TextDisabled("No dated events of %s.", entity_name.c_str());
    } else {
      ImGui::TextDisabled("No dated events in this article: the events of the dates in a text (\"on March 3\", "
                          "\"last year\") are placed here.");
    }
    return;
  }

  // The plot.
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float label_w = lanes_mode_ == 0 ? 0.0f : 110.0f;
  const float w = std::max(50.0f, avail.x - label_w);
  const float h = std::max(kLaneHeight + kAxisHeight, avail.y);
  axis_.set_width(w);
  if (fitted_version_ != version || refit_ || refit_everything_) {
    // The bulk of the story (bulk_range), or with the outliers too when their marker was clicked.
    std::vector<std::pair<double, double>> spans;
    for (const Placed& p : placed_) {
      if (!std::isnan(p.t0)) spans.emplace_back(p.t0, p.t1);
    }
    FitRange r = bulk_range(spans);
    if (refit_everything_) {
      for (const auto& [a, b] : spans) {
        r.lo = std::min(r.lo, a);
        r.hi = std::max(r.hi, b);
      }
    }
    double dct = 0;
    if (days_of_iso(doc.info().dct, dct)) {
      r.lo = std::min(r.lo, dct);
      r.hi = std::max(r.hi, dct + 1);
    }
    if (r.lo <= r.hi) axis_.fit(r.lo, r.hi);
    fitted_version_ = version;
    refit_ = refit_everything_ = false;
  }
  ImGui::InvisibleButton("##timeline", ImVec2(w + label_w, h));
  const bool hovered = ImGui::IsItemHovered();
  hovered_ = hovered;
  const bool active = ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float x_base = origin.x + label_w;
  const float plot_bottom = origin.y + h - kAxisHeight;
  dl->PushClipRect(origin, ImVec2(origin.x + w + label_w, origin.y + h), true);
  dl->AddRectFilled(ImVec2(x_base, origin.y), ImVec2(x_base + w, plot_bottom), palette.page_bg);

  // Ticks and their labels.
  const ImU32 tick_col = ImGui::GetColorU32(ImGuiCol_Separator);
  const ImU32 muted = palette.muted_text;
  for (const AxisTick& t : axis_.ticks(90.0f)) {
    const float x = x_base + axis_.x_of(t.t);
    dl->AddLine(ImVec2(x, origin.y), ImVec2(x, plot_bottom), t.major ? tick_col : (tick_col & 0x60FFFFFF), 1.0f);
    dl->AddText(ImVec2(x + 3, plot_bottom + 5), t.major ? palette.page_text : muted, t.label.c_str());
  }
  // Lane names and separators.
  const std::size_t lanes = std::max<std::size_t>(1, lane_names_.size());
  const float lane_h = std::max(kLaneHeight, (plot_bottom - origin.y) / static_cast<float>(lanes));
  for (std::size_t l = 0; l < lane_names_.size() && lanes_mode_ != 0; ++l) {
    const float y = origin.y + lane_h * static_cast<float>(l);
    dl->AddText(ImVec2(origin.x + 4, y + 6), palette.page_text, lane_names_[l].c_str());
    if (l > 0) dl->AddLine(ImVec2(origin.x, y), ImVec2(x_base + w, y), tick_col & 0x50FFFFFF);
  }
  // The article's date: its line now, its words once the events' labels are placed.
  float dct_x = -1e9f;
  double dct = 0;
  if (days_of_iso(doc.info().dct, dct)) {
    const float x = x_base + axis_.x_of(dct + 0.5);
    dl->AddLine(ImVec2(x, origin.y), ImVec2(x, plot_bottom), palette.accent, 2.0f);
    dct_x = x;
  }

  // Events, then their labels stacked in rows per lane.
  const ImVec2 mouse = ImGui::GetMousePos();
  const Placed* hover = nullptr;
  float hover_d = 8.0f;
  std::vector<LabelRows> label_rows(lanes, LabelRows(kLabelRows));
  // Two label rows when the lane has room for them and the marks between, one, or none.
  const float font = ImGui::GetFontSize();
  const int label_row_count = lane_h >= 2.0f * (font + 6.0f) + 34.0f ? 2 : lane_h >= font + 40.0f ? 1 : 0;
  std::vector<ImVec4> label_boxes;  // where labels were drawn (x0, y0, x1, y1)
  // Marks that would overlap in a lane go to the next of kMarkRows rows.
  constexpr int kMarkRows = 3;
  std::vector<std::vector<float>> mark_end(lanes, std::vector<float>(kMarkRows, -1e9f));
  drawn_ = 0;
  for (Placed& p : placed_) {
    if (std::isnan(p.t0)) continue;
    p.x0 = x_base + axis_.x_of(p.t0);
    p.x1 = x_base + axis_.x_of(p.t1);
    if (p.x1 < x_base - 200 || p.x0 > x_base + w + 200) continue;
    {
      auto& rows = mark_end[static_cast<std::size_t>(p.lane)];
      const float left = p.point || p.relative ? (p.x0 + p.x1) * 0.5f - 7.0f : p.x0;
      int r = 0;
      while (r < kMarkRows - 1 && left <= rows[static_cast<std::size_t>(r)] + 2.0f) ++r;
      rows[static_cast<std::size_t>(r)] = std::max(rows[static_cast<std::size_t>(r)], p.point || p.relative ? left + 14.0f : p.x1);
      const float row_gap = std::min(14.0f, (lane_h - 8.0f) / kMarkRows);
      p.y = origin.y + lane_h * static_cast<float>(p.lane) + lane_h * 0.5f + (static_cast<float>(r) - 0.5f) * row_gap;
    }
    ++drawn_;
    const LabelStyle st{p.fill, p.line};
    const bool sel = p.event->id == selected_event_;
    const float cx = p.point ? (p.x0 + p.x1) * 0.5f : p.x0;
    float dx = 0;
    if (!dragging_.empty() && dragging_ == p.event->id) dx = mouse.x - drag_from_x_;
    if (p.relative) {
      // A hollow diamond beside its anchor, with the relation in its label.
      const float x = cx + dx;
      dl->AddQuad(ImVec2(x, p.y - 6), ImVec2(x + 6, p.y), ImVec2(x, p.y + 6), ImVec2(x - 6, p.y), st.underline, 1.5f);
    } else if (p.point || p.x1 - p.x0 < 8.0f) {
      if (p.event->certain) dl->AddCircleFilled(ImVec2(cx + dx, p.y), sel ? 7.0f : 5.5f, st.underline);
      else dl->AddCircle(ImVec2(cx + dx, p.y), sel ? 7.0f : 5.5f, st.underline, 0, 2.0f);  // guessed: hollow
    } else {
      const ImVec2 a(p.x0 + dx, p.y - 6), b(p.x1 + dx, p.y + 6);
      if (p.event->certain) dl->AddRectFilled(a, b, st.fill, 3.0f);
      dl->AddRect(a, b, st.underline, 3.0f, 0, p.event->certain ? 1.0f : 2.0f);
    }
    if (sel) dl->AddCircle(ImVec2(cx + dx, p.y), 10.0f, ImGui::GetColorU32(ImGuiCol_NavHighlight), 0, 2.0f);
    // Labels sit in rows of their own at the top and the bottom of the lane, whatever row the
    // mark took, so two labels never overlap (a label with no room is left to the tooltip),
    // with a faint line down or up to their mark.
    const float lx = (p.point || p.relative ? cx - 4 : p.x0) + dx;
    const int r = label_rows[static_cast<std::size_t>(p.lane)].place(lx, p.label_w);
    if (r >= 0 && r < label_row_count) {
      const float lane_top = origin.y + lane_h * static_cast<float>(p.lane);
      const float ly = r == 0 ? lane_top + 3.0f : lane_top + lane_h - ImGui::GetFontSize() - 3.0f;
      const float lead_x = p.point || p.relative ? cx + dx : lx + 2.0f;
      dl->AddLine(ImVec2(lead_x, r == 0 ? ly + ImGui::GetFontSize() : p.y + 7.0f), ImVec2(lead_x, r == 0 ? p.y - 7.0f : ly),
                  (p.line & 0x00FFFFFF) | 0x60000000, 1.0f);
      dl->AddText(ImVec2(lx, ly), palette.page_text, p.label.c_str(), p.label.c_str() + p.label.size());
      label_boxes.push_back({lx, ly, lx + p.label_w, ly + font});
    }
    // Hit test: the mark (or the bar).
    const float d = (p.point || p.relative) ? std::hypot(mouse.x - cx, mouse.y - p.y)
                                            : (mouse.x >= p.x0 && mouse.x <= p.x1 ? std::fabs(mouse.y - p.y) : 1e9f);
    if (hovered && d < hover_d) {
      hover_d = d;
      hover = &p;
    }
  }
  // "article date" beside its line, at the top or else the bottom of the plot, where no label is.
  if (dct_x > -1e8f) {
    const float tw = ImGui::CalcTextSize("article date").x;
    for (float ty : {origin.y + 2.0f, plot_bottom - font - 2.0f}) {
      const bool free = std::none_of(label_boxes.begin(), label_boxes.end(), [&](const ImVec4& b) {
        return dct_x + 4.0f < b.z + 4.0f && dct_x + 4.0f + tw + 4.0f > b.x && ty < b.w && ty + font > b.y;
      });
      if (free) {
        dl->AddText(ImVec2(dct_x + 4.0f, ty), palette.accent, "article date");
        break;
      }
    }
  }
  // Events out of view (outliers "Fit all" left out, or panned away) are pointed at from the
  // edges, with how many and the nearest's year; a click on a marker fits everything.
  earlier_ = later_ = 0;
  double nearest_earlier = -1e18, nearest_later = 1e18;
  for (const Placed& p : placed_) {
    if (std::isnan(p.t0)) continue;
    if (x_base + axis_.x_of(p.t1) < x_base) {
      ++earlier_;
      nearest_earlier = std::max(nearest_earlier, p.t0);
    } else if (x_base + axis_.x_of(p.t0) > x_base + w) {
      ++later_;
      nearest_later = std::min(nearest_later, p.t0);
    }
  }
  const auto year_of = [](double t) { return calendar::civil_from_days(static_cast<std::int64_t>(std::floor(t))).year; };
  for (int side = 0; side < 2; ++side) {
    const std::size_t n = side == 0 ? earlier_ : later_;
    if (n == 0) continue;
    char text[64];
    if (side == 0) std::snprintf(text, sizeof text, "< %zu earlier (%d)", n, year_of(nearest_earlier));
    else std::snprintf(text, sizeof text, "%zu later (%d) >", n, year_of(nearest_later));
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float bx = side == 0 ? x_base + 4.0f : x_base + w - size.x - 12.0f, by = plot_bottom - size.y - 10.0f;
    const ImVec2 a(bx, by), b(bx + size.x + 8.0f, by + size.y + 6.0f);
    const bool over = hovered && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y;
    dl->AddRectFilled(a, b, over ? ImGui::GetColorU32(ImGuiCol_ButtonHovered) : ImGui::GetColorU32(ImGuiCol_Button), 4.0f);
    dl->AddText(ImVec2(bx + 4.0f, by + 3.0f), ImGui::GetColorU32(ImGuiCol_Text), text);
    if (over && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) refit_everything_ = true;
    mark_target(side == 0 ? "timeline:earlier" : "timeline:later", a, b);
  }
  dl->PopClipRect();

  // Mouse: wheel zooms at the mouse, drag pans (or moves the event it started on), click selects.
  const ImGuiIO& io = ImGui::GetIO();
  if (pinch_scale_ != 1.0f) {
    axis_.zoom(1.0 / static_cast<double>(pinch_scale_), axis_.t_at(pinch_x_ - x_base));
    pinch_scale_ = 1.0f;
    pinch_frames_ = 3;
    panning_ = false;
    dragging_.clear();
  } else if (pinch_frames_ > 0) {
    --pinch_frames_;
  }
  if (hovered && io.MouseWheel != 0.0f) {
    axis_.zoom(std::pow(0.85, static_cast<double>(io.MouseWheel)), axis_.t_at(mouse.x - x_base));
  }
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    drag_from_x_ = mouse.x;
    if (hover != nullptr) {
      select_event(set, *hover->event);
      if (!hover->relative) dragging_ = hover->event->id;
    } else {
      panning_ = true;
    }
  }
  if (active && panning_ && pinch_frames_ == 0 && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) axis_.pan(io.MouseDelta.x);
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    if (!dragging_.empty() && std::fabs(mouse.x - drag_from_x_) > 3.0f) {
      for (const Placed& p : placed_) {
        if (p.event->id != dragging_) continue;
        const double shift = axis_.t_at(mouse.x - x_base) - axis_.t_at(drag_from_x_ - x_base);
        CanvasAction a;
        a.kind = CanvasAction::Kind::move_event;
        a.id = p.event->id;
        snap(p.t0 + shift + (p.point ? 0.5 : 0.0), p.event->granularity, p.t1 - p.t0, a.label, a.start, a.end);
        actions_.push_back(a);
      }
    }
    dragging_.clear();
    panning_ = false;
  }
  // Keys while the mouse is over the timeline: Left/Right step, Delete removes, +/- zoom, F fits.
  if (hovered && !io.WantTextInput) {
    if (ImGui::IsKeyPressed(ImGuiKey_F, false)) refit_ = true;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) axis_.zoom(0.7, (axis_.start() + axis_.end()) / 2);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) axis_.zoom(1.4, (axis_.start() + axis_.end()) / 2);
    const bool left = ImGui::IsKeyPressed(ImGuiKey_LeftArrow), right = ImGui::IsKeyPressed(ImGuiKey_RightArrow);
    if ((left || right) && !placed_.empty()) {
      std::ptrdiff_t k = -1;
      for (std::size_t i = 0; i < placed_.size(); ++i) {
        if (placed_[i].event->id == selected_event_) k = static_cast<std::ptrdiff_t>(i);
      }
      const auto n = static_cast<std::ptrdiff_t>(placed_.size());
      k = k < 0 ? 0 : (k + (right ? 1 : -1) + n) % n;
      const Placed& p = placed_[static_cast<std::size_t>(k)];
      select_event(set, *p.event);
      if (!std::isnan(p.t0) && (p.x0 < x_base || p.x0 > x_base + w)) axis_.pan(x_base + w * 0.5f - p.x0);
    }
    if ((ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) &&
        !selected_event_.empty()) {
      CanvasAction a;
      a.kind = CanvasAction::Kind::remove_event;
      a.id = selected_event_;
      actions_.push_back(a);
      selected_event_.clear();
    }
  }
  if (hover != nullptr && !capturing_) {
    hovered_clause_ = hover->event->event;
    const TimelineEvent& e = *hover->event;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    if (e.anchor.empty()) {
      // In words first ("the morning of 17 April 2024"), the TIMEX3 value for those who want it.
      const std::string words = timex_value_words(e.value);
      ImGui::TextUnformatted(words.c_str());
      ImGui::TextDisabled("%s  \xC2\xB7  %s to %s (end excluded), a %s", e.value.c_str(), e.start.c_str(), e.end.c_str(),
                          e.granularity.empty() ? "period" : e.granularity.c_str());
    } else {
      ImGui::Text("Undated: %s %s%s%s", e.relation.c_str(), e.anchor.c_str(), e.offset.empty() ? "" : " by ", e.offset.c_str());
    }
    ImGui::Separator();
    ImGui::TextWrapped("%s", std::string(text.substr(e.event.begin, e.event.size())).c_str());
    std::string who;
    for (const std::string& id : e.entities) {
      for (const Entity& ent : set.entities) {
        if (ent.id == id) who += (who.empty() ? "" : ", ") + ent.name;
      }
    }
    if (!who.empty()) ImGui::Text("With: %s", who.c_str());
    if (!e.certain) ImGui::TextDisabled("Placed by a guess: check it against the text.");
    ImGui::TextDisabled("Click to find it in the text; drag to move it.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace newsmark::ui
