#include "ui/side_panel.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <utility>

#include "imgui.h"
#include "core/model/label_set.h"
#include "ui/label_colors.h"
#include "ui/text_field.h"
#include "ui/widgets.h"

namespace newsmark::ui {
namespace {

std::string excerpt(std::string_view text, ByteSpan s, std::size_t max_bytes = 80) {
  std::string out(text.substr(s.begin, std::min<std::size_t>(s.size(), max_bytes)));
  if (s.size() > max_bytes) {
    // Cut on a character boundary, then mark the cut.
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty()) out.pop_back();
    out += "\xE2\x80\xA6";
  }
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

bool contains_folded(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                     [&](char a, char b) { return lower(a) == lower(b); }) != hay.end();
}

void label_chip(std::string_view label, bool dark) {
  const LabelStyle st = label_style(label, dark);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x - 2, p.y), ImVec2(p.x + size.x + 4, p.y + size.y), st.fill, 3.0f);
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
}

}  // namespace

void SidePanel::select(const Annotation& a) {
  actions_.push_back(CanvasAction::make(CanvasAction::Kind::select, a.id, {}, a.span, a.status));
}

void SidePanel::draw(const Document& doc, const AnnotationSet& set, std::uint64_t version, const std::string& selected,
                     const Palette& palette, bool dark, const std::function<void()>* lesson) {
  if (!ImGui::BeginTabBar("side panel")) return;
  if (lesson != nullptr && ImGui::BeginTabItem("Exercise", nullptr, select_lesson_ ? ImGuiTabItemFlags_SetSelected : 0)) {
    (*lesson)();
    ImGui::EndTabItem();
  }
  if (lesson != nullptr) select_lesson_ = false;
  if (ImGui::BeginTabItem("Entities")) {
    draw_entities(doc, set, selected, dark);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem("Annotations")) {
    draw_annotations(doc, set, version, selected, dark);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem("Sources")) {
    draw_sources(doc, set, version, palette);
    ImGui::EndTabItem();
  }
  if (ImGui::BeginTabItem("Labels")) {
    draw_labels(set, version);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

void SidePanel::draw_entities(const Document& doc, const AnnotationSet& set, const std::string& selected, bool dark) {
  ImGui::SetNextItemWidth(-1);
  text_field("##entity filter", "Filter entities", entity_filter_, sizeof entity_filter_);
  ImGui::TextDisabled("%s", hint("Click: next mention. Right-click: rename, merge, split.",
                                 "Tap: next mention. Press and hold: rename, merge, split."));
  ImGui::BeginChild("entity list");
  std::map<std::string, std::vector<const Entity*>> by_label;
  for (const Entity& e : set.entities) {
    if (!e.mentions.empty() && contains_folded(e.name, entity_filter_)) by_label[e.label].push_back(&e);
  }
  std::vector<std::string> order;  // the set's order, then any other label
  for (const LabelDef& l : labels_in_use()) order.push_back(l.name);
  for (const auto& [name, list] : by_label) {
    if (std::find(order.begin(), order.end(), name) == order.end()) order.push_back(name);
  }
  for (const std::string& label_name : order) {
    const std::string_view label = label_name;
    auto it = by_label.find(label_name);
    if (it == by_label.end()) continue;
    auto& list = it->second;
    std::stable_sort(list.begin(), list.end(), [](const Entity* a, const Entity* b) { return a->mentions.size() > b->mentions.size(); });
    char header[64];
    std::snprintf(header, sizeof header, "%.*s (%zu)###%.*s", static_cast<int>(label.size()), label.data(), list.size(),
                  static_cast<int>(label.size()), label.data());
    ImGui::PushStyleColor(ImGuiCol_Header, label_style(label, dark).fill);
    const bool open = ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen);
    ImGui::PopStyleColor();
    if (!open) continue;
    for (const Entity* e : list) {
      ImGui::PushID(e->id.c_str());
      // Is the selected annotation one of its mentions?
      const auto cur = std::find(e->mentions.begin(), e->mentions.end(), selected);
      char row[200];
      std::snprintf(row, sizeof row, "%s  \xC2\xB7  %zu", e->name.c_str(), e->mentions.size());
      if (ImGui::Selectable(row, cur != e->mentions.end(), 0, row_size())) {
        // Step to the next mention after the selected one (the first when none is selected).
        const std::size_t next = cur == e->mentions.end() ? 0 : (static_cast<std::size_t>(cur - e->mentions.begin()) + 1) % e->mentions.size();
        if (const Annotation* a = set.find(e->mentions[next])) select(*a);
      }
      open_popup_on_long_press("entity menu");
      if (ImGui::BeginPopupContextItem("entity menu")) {
        ImGui::TextDisabled("%s", e->name.c_str());
        if (ImGui::BeginMenu("Rename")) {
          if (renaming_ != e->id) {
            renaming_ = e->id;
            std::snprintf(rename_buffer_, sizeof rename_buffer_, "%s", e->name.c_str());
          }
          ImGui::SetNextItemWidth(220);
          const bool enter = text_field("##rename", nullptr, rename_buffer_, sizeof rename_buffer_, ImGuiInputTextFlags_EnterReturnsTrue);
          ImGui::SameLine();
          if ((ImGui::Button("OK") || enter) && rename_buffer_[0] != '\0') {
            actions_.push_back(CanvasAction::make(CanvasAction::Kind::rename_entity, e->id, rename_buffer_, {}, ReviewStatus::accepted));
            ImGui::CloseCurrentPopup();
          }
          ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Merge into", list.size() > 1)) {
          for (const Entity* other : list) {
            if (other == e) continue;
            if (ImGui::MenuItem(other->name.c_str())) {
              actions_.push_back(CanvasAction::make(CanvasAction::Kind::merge_entities, other->id, e->id, {}, ReviewStatus::accepted));
            }
          }
          ImGui::EndMenu();
        }
        const bool can_split = cur != e->mentions.end() && e->mentions.size() > 1;
        if (ImGui::MenuItem("Split the selected mention off", nullptr, false, can_split)) {
          actions_.push_back(CanvasAction::make(CanvasAction::Kind::split_mention, *cur, {}, {}, ReviewStatus::accepted));
        }
        ImGui::EndPopup();
      }
      if (ImGui::IsItemHovered() && !e->mentions.empty()) {
        if (const Annotation* first = set.find(e->mentions.front())) {
          ImGui::SetTooltip("First mention: %s", excerpt(doc.text(), first->span, 60).c_str());
        }
      }
      ImGui::PopID();
    }
  }
  touch_scroll();
  ImGui::EndChild();
}

void SidePanel::draw_annotations(const Document& doc, const AnnotationSet& set, std::uint64_t version,
                                 const std::string& selected, bool dark) {
  // Filters.
  if (rows_version_ != version) {
    labels_present_.clear();
    for (const LabelDef& def : labels_in_use()) {
      if (std::any_of(set.annotations.begin(), set.annotations.end(), [&](const Annotation& a) { return a.label == def.name; })) {
        labels_present_.push_back(def.name);
      }
    }
    for (const Annotation& a : set.annotations) {
      if (std::find(labels_present_.begin(), labels_present_.end(), a.label) == labels_present_.end()) labels_present_.push_back(a.label);
    }
    if (label_filter_ > static_cast<int>(labels_present_.size())) label_filter_ = 0;
  }
  const float w = ImGui::GetContentRegionAvail().x;
  ImGui::SetNextItemWidth(w * 0.34f);
  const char* label_preview = label_filter_ == 0 ? "All labels" : labels_present_[static_cast<std::size_t>(label_filter_ - 1)].c_str();
  if (ImGui::BeginCombo("##label", label_preview)) {
    if (ImGui::Selectable("All labels", label_filter_ == 0, 0, row_size())) label_filter_ = 0;
    for (std::size_t k = 0; k < labels_present_.size(); ++k) {
      if (ImGui::Selectable(labels_present_[k].c_str(), label_filter_ == static_cast<int>(k + 1), 0, row_size())) label_filter_ = static_cast<int>(k + 1);
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(w * 0.3f);
  const char* origins[] = {"Anyone", "Engine", "Yours"};
  ImGui::Combo("##origin", &origin_filter_, origins, 3);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  const char* statuses[] = {"Any status", "Suggested", "Accepted", "Rejected"};
  ImGui::Combo("##status", &status_filter_, statuses, 4);
  ImGui::SetNextItemWidth(-1);
  text_field("##search", "Search the annotated text", text_filter_, sizeof text_filter_);

  const std::string label = label_filter_ == 0 ? std::string() : labels_present_[static_cast<std::size_t>(label_filter_ - 1)];
  const std::string key = label + '\x1f' + std::to_string(origin_filter_) + '\x1f' + std::to_string(status_filter_) + '\x1f' + text_filter_;
  if (rows_version_ != version || rows_key_ != key) {
    rows_.clear();
    for (std::uint32_t i = 0; i < set.annotations.size(); ++i) {
      const Annotation& a = set.annotations[i];
      if (!label.empty() && a.label != label) continue;
      if (origin_filter_ == 1 && a.origin != Origin::automatic) continue;
      if (origin_filter_ == 2 && a.origin != Origin::user) continue;
      if (status_filter_ > 0 && static_cast<int>(a.status) != status_filter_ - 1) continue;
      if (text_filter_[0] != '\0' && !contains_folded(doc.text().substr(a.span.begin, a.span.size()), text_filter_)) continue;
      rows_.push_back(i);
    }
    rows_version_ = version;
    rows_key_ = key;
  }
  ImGui::TextDisabled("%zu of %zu", rows_.size(), set.annotations.size());
  if (!label.empty()) {
    ImGui::SameLine();
    if (small_button("Accept all")) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::set_status_all, {}, label, {}, ReviewStatus::accepted));
    }
    ImGui::SameLine();
    if (small_button("Reject all")) {
      actions_.push_back(CanvasAction::make(CanvasAction::Kind::set_status_all, {}, label, {}, ReviewStatus::rejected));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Every suggested %s (Ctrl+Z undoes it)", label.c_str());
  }
  ImGui::BeginChild("annotation rows");
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const Annotation& a = set.annotations[rows_[static_cast<std::size_t>(r)]];
      ImGui::PushID(r);
      label_chip(a.label, dark);
      ImGui::SameLine(96.0f);
      const std::string text = excerpt(doc.text(), a.span, 60);
      const char* mark = a.status == ReviewStatus::accepted ? "  \xE2\x9C\x93" : a.status == ReviewStatus::rejected ? "  \xE2\x9C\x97" : "";
      const std::string row = text + mark;
      if (ImGui::Selectable(row.c_str(), a.id == selected, 0, row_size())) select(a);
      ImGui::PopID();
    }
  }
  touch_scroll();
  ImGui::EndChild();
}

void SidePanel::draw_labels(const AnnotationSet& set, std::uint64_t version) {
  ImGui::TextWrapped("Colours and number keys of the labels; they are saved with the annotations. "
                     "Changes can be undone (Ctrl+Z).");
  std::vector<LabelDef> labels = set.labels.empty() ? labels_in_use() : set.labels;
  bool changed = false;
  if (counts_version_ != version) {
    label_counts_.clear();
    for (const Annotation& a : set.annotations) ++label_counts_[a.label];
    counts_version_ = version;
  }
  const std::map<std::string, int>& counts = label_counts_;
  if (ImGui::BeginTable("labels", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Key", ImGuiTableColumnFlags_WidthFixed, 70.0f);
    ImGui::TableSetupColumn("Uses", ImGuiTableColumnFlags_WidthFixed, 50.0f);
    ImGui::TableHeadersRow();
    for (std::size_t k = 0; k < labels.size(); ++k) {
      LabelDef& l = labels[k];
      ImGui::PushID(static_cast<int>(k));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      int r = 0, g = 0, b = 0;
      (void)parse_hex_color(l.color, r, g, b);
      float rgb[3] = {r / 255.0f, g / 255.0f, b / 255.0f};
      ImGui::ColorEdit3("##color", rgb, ImGuiColorEditFlags_NoInputs);
      // Applied when the picker closes, so one change is one undo step.
      if (ImGui::IsItemDeactivatedAfterEdit() || (ImGui::IsItemEdited() && !ImGui::IsItemActive())) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "#%02x%02x%02x", static_cast<int>(rgb[0] * 255.0f + 0.5f),
                      static_cast<int>(rgb[1] * 255.0f + 0.5f), static_cast<int>(rgb[2] * 255.0f + 0.5f));
        l.color = hex;
        changed = true;
      }
      ImGui::SameLine();
      ImGui::TextUnformatted(l.name.c_str());
      ImGui::TableNextColumn();
      // The keys a label can have: none, 1-9, and the letters the canvas does not use itself.
      static const std::vector<int> kKeys = [] {
        std::vector<int> keys{0};
        for (int option : all_hotkeys()) keys.push_back(option);
        return keys;
      }();
      int key = l.hotkey;
      ImGui::SetNextItemWidth(-1);
      const std::string current = key > 0 ? hotkey_name(key) : std::string("none");
      if (ImGui::BeginCombo("##key", current.c_str())) {
        for (int option : kKeys) {
          const std::string name = option > 0 ? hotkey_name(option) : std::string("none");
          if (ImGui::Selectable(name.c_str(), option == l.hotkey, 0, row_size())) key = option;
        }
        ImGui::EndCombo();
      }
      if (key != l.hotkey) {
        // The key moves here from whichever label had it.
        for (LabelDef& other : labels) {
          if (key > 0 && other.hotkey == key) other.hotkey = 0;
        }
        l.hotkey = key;
        changed = true;
      }
      ImGui::TableNextColumn();
      auto c = counts.find(l.name);
      ImGui::Text("%d", c == counts.end() ? 0 : c->second);
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 90.0f);
  const bool enter = text_field("##new label", "New label, e.g. RUMOUR", new_label_, sizeof new_label_,
                                              ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsUppercase);
  ImGui::SameLine();
  if ((ImGui::Button("Add label") || enter) && new_label_[0] != '\0') {
    LabelDef def = label_def_for(new_label_);
    def.hotkey = 0;  // a default label re-added keeps its colour; the reader picks its key
    labels.push_back(std::move(def));
    new_label_[0] = '\0';
    changed = true;
  }
  if (changed) pending_labels_ = std::move(labels);
}

void SidePanel::group_speakers(const Document& doc, const AnnotationSet& set) {
  // Quotes grouped by who speaks them: the speaker's entity, or the source's own words.
  speaker_groups_.clear();
  unattributed_.clear();
  std::unordered_map<std::string, std::size_t> group_of;
  for (std::uint32_t i = 0; i < set.annotations.size(); ++i) {
    const Annotation& q = set.annotations[i];
    if (q.label != labels::kQuote || q.status == ReviewStatus::rejected) continue;
    const std::string* kind = q.attr("kind");
    if (kind != nullptr && *kind == "scare") continue;
    const Annotation* src = q.attr("speaker") ? set.find(*q.attr("speaker")) : nullptr;
    if (src == nullptr) {
      unattributed_.push_back(i);
      continue;
    }
    std::string who(doc.text().substr(src->span.begin, src->span.size()));
    if (const std::string* ent = q.attr("speaker_entity")) {
      for (const Entity& e : set.entities) {
        if (e.id == *ent) who = e.name;
      }
    }
    if (const std::string* skind = src->attr("kind")) who += "  (" + *skind + ")";
    auto [it, added] = group_of.try_emplace(who, speaker_groups_.size());
    if (added) speaker_groups_.emplace_back(who, std::vector<std::uint32_t>{});
    speaker_groups_[it->second].second.push_back(i);
  }
  std::stable_sort(speaker_groups_.begin(), speaker_groups_.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
}

void SidePanel::draw_sources(const Document& doc, const AnnotationSet& set, std::uint64_t version, const Palette& palette) {
  const SourcingSummary& s = set.sourcing;
  ImGui::TextWrapped("%u quotes: %u direct, %u partial, %u reported", s.quotes, s.direct, s.partial, s.indirect);
  ImGui::TextWrapped("Sources: %u named, %u unnamed members, %u anonymous, %u documents", s.named_sources,
                     s.unnamed_member_sources, s.anonymous_sources, s.document_sources);
  ImGui::TextWrapped("%.0f%% of the text quoted  \xC2\xB7  %.1f hedges per 1,000 words", s.quoted_share * 100.0,
                     s.hedges_per_1000_words);
  if (s.unattributed_claims > 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette.accent);
    ImGui::Text("%u claim%s without attribution", s.unattributed_claims, s.unattributed_claims == 1 ? "" : "s");
    ImGui::PopStyleColor();
  }
  ImGui::Separator();
  ImGui::BeginChild("who said what");
  if (groups_version_ != version) {
    group_speakers(doc, set);
    groups_version_ = version;
  }
  int id = 0;
  auto quote_rows = [&](const std::vector<std::uint32_t>& quotes) {
    for (const std::uint32_t i : quotes) {
      const Annotation& q = set.annotations[i];
      ImGui::PushID(id++);
      const std::string text = excerpt(doc.text(), q.span, 90);
      if (ImGui::Selectable(text.c_str(), false, 0, row_size())) select(q);
      ImGui::PopID();
    }
  };
  for (const auto& [who, quotes] : speaker_groups_) {
    char header[240];
    std::snprintf(header, sizeof header, "%s \xC2\xB7 %zu###%s", who.c_str(), quotes.size(), who.c_str());
    if (ImGui::TreeNodeEx(header, ImGuiTreeNodeFlags_DefaultOpen)) {
      quote_rows(quotes);
      ImGui::TreePop();
    }
  }
  if (!unattributed_.empty()) {
    char header[64];
    std::snprintf(header, sizeof header, "No speaker \xC2\xB7 %zu###none", unattributed_.size());
    if (ImGui::TreeNodeEx(header, ImGuiTreeNodeFlags_DefaultOpen)) {
      quote_rows(unattributed_);
      ImGui::TreePop();
    }
  }
  touch_scroll();
  ImGui::EndChild();
}

}  // namespace newsmark::ui
