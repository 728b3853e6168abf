// The reading view's annotation layer: legend, highlights, tooltip (see reading_view.h).
#include <algorithm>
#include <cstdio>
#include <cfloat>
#include <map>
#include <string>
#include <vector>

#include "core/model/label_set.h"
#include "core/names/name_features.h"
#include "imgui.h"
#include "ui/label_colors.h"
#include "ui/widgets.h"
#include "ui/reading_view.h"

namespace newsmark::ui {

void ReadingView::index_annotations(const AnnotationSet& set, std::uint64_t version) {
  if (indexed_version_ == version && by_begin_.size() == set.annotations.size()) return;
  indexed_version_ = version;
  const auto& anns = set.annotations;
  by_begin_.resize(anns.size());
  for (std::uint32_t i = 0; i < anns.size(); ++i) by_begin_[i] = i;
  std::stable_sort(by_begin_.begin(), by_begin_.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (anns[a].span.begin != anns[b].span.begin) return anns[a].span.begin < anns[b].span.begin;
    return anns[a].span.end > anns[b].span.end;
  });
  max_span_ = 0;
  nested_.assign(anns.size(), false);
  label_counts_.clear();
  for (const Annotation& a : anns) ++label_counts_[a.label];
  // An annotation inside the span of an earlier (outer) one is drawn as an underline.
  std::uint32_t outer_end = 0;
  for (const std::uint32_t i : by_begin_) {
    const ByteSpan s = anns[i].span;
    max_span_ = std::max(max_span_, s.size());
    if (s.begin < outer_end && s.end <= outer_end) {
      nested_[i] = true;
    } else {
      outer_end = std::max(outer_end, s.end);
    }
  }
}

void ReadingView::draw_legend(bool dark, float x, float width) {
  const std::map<std::string, int>& counts = label_counts_;  // counted once per document version
  ImGui::SetCursorPosX(x);
  float used = 0;
  // The set's labels in its order, then any other label the annotations use.
  std::vector<std::string> order;
  for (const LabelDef& l : labels_in_use()) order.push_back(l.name);
  for (const auto& [name, n] : counts) {
    if (std::find(order.begin(), order.end(), name) == order.end()) order.push_back(name);
  }
  for (const std::string& label_name : order) {
    const std::string_view label = label_name;
    const auto it = counts.find(label_name);
    if (it == counts.end()) continue;
    const int key = hotkey_of(label);
    const std::string text = (key > 0 ? hotkey_name(key) + "  " : std::string()) + std::string(label) + " " +
                             std::to_string(it->second);
    const float w = ImGui::CalcTextSize(text.c_str()).x + 22.0f;
    if (used > 0 && used + w > width) {
      used = 0;
      ImGui::SetCursorPosX(x);
    } else if (used > 0) {
      ImGui::SameLine(0, 6.0f);
    }
    const bool hidden = hidden_labels_.count(std::string(label)) > 0;
    const LabelStyle st = label_style(label, dark);
    ImGui::PushStyleColor(ImGuiCol_Button, hidden ? IM_COL32(0, 0, 0, 0) : st.fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, st.fill);
    ImGui::PushStyleColor(ImGuiCol_Border, st.underline);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 10.0f);
    if (small_button(text.c_str())) {
      if (hidden) hidden_labels_.erase(std::string(label)); else hidden_labels_.insert(std::string(label));
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(hidden ? "Show %s highlights" : "Hide %s highlights", std::string(label).c_str());
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(3);
    used += w + 6.0f;
  }
}

const Annotation* ReadingView::draw_highlights(const Document& doc, const AnnotationSet& set, std::size_t line,
                                               float x, float y, float line_h, float font_size, const Fonts& fonts,
                                               bool dark) {
  const LayoutLine& l = layout_.lines()[line];
  if (l.end <= l.begin) return nullptr;
  const auto& anns = set.annotations;
  const char* base = doc.text().data();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 mouse = ImGui::GetMousePos();
  const Annotation* hovered = nullptr;
  // First annotation that can reach this line: begins at most max_span_ bytes before it.
  const std::uint32_t from = l.begin > max_span_ ? l.begin - max_span_ : 0;
  auto it = std::lower_bound(by_begin_.begin(), by_begin_.end(), from,
                             [&](std::uint32_t i, std::uint32_t b) { return anns[i].span.begin < b; });
  auto width = [&](std::uint32_t b, std::uint32_t e) {
    return fonts.reading->CalcTextSizeA(font_size, FLT_MAX, 0.0f, base + b, base + e).x;
  };
  for (int pass = 0; pass < 2; ++pass) {  // outer highlights first, then nested underlines
    for (auto k = it; k != by_begin_.end() && anns[*k].span.begin < l.end; ++k) {
      const Annotation& a = anns[*k];
      if (a.span.end <= l.begin || nested_[*k] != (pass == 1)) continue;
      if (hidden_labels_.count(a.label) > 0) continue;
      const std::uint32_t b = std::max(a.span.begin, l.begin);
      const std::uint32_t e = std::min(a.span.end, l.end);
      if (b >= e) continue;
      const float x0 = x + width(l.begin, b);
      const float x1 = x + width(l.begin, e);
      const LabelStyle st = label_style(a.label, dark);
      const float top = y + 3.0f, bottom = y + line_h - 3.0f;
      // Suggestions are plain; accepted ones are outlined; rejected ones keep no fill and are
      // struck through, so they can be found and restored.
      if (a.status == ReviewStatus::rejected) {
        const float mid = (top + bottom) * 0.5f;
        dl->AddLine(ImVec2(x0, mid), ImVec2(x1, mid), IM_COL32(140, 140, 140, 200), 1.5f);
      } else if (pass == 0) {
        dl->AddRectFilled(ImVec2(x0 - 1.0f, top), ImVec2(x1 + 1.0f, bottom), st.fill, 3.0f);
        if (a.status == ReviewStatus::accepted) {
          dl->AddRect(ImVec2(x0 - 1.0f, top), ImVec2(x1 + 1.0f, bottom), st.underline, 3.0f, 0, 1.0f);
        }
      } else {
        dl->AddLine(ImVec2(x0, bottom - 1.0f), ImVec2(x1, bottom - 1.0f), st.underline, 2.0f);
      }
      if (!outcomes_.empty()) {
        if (auto o = outcomes_.find(a.id); o != outcomes_.end()) draw_outcome(dl, o->second, x0, x1, bottom + 1.5f);
      }
      if (a.id == selected_id_) {
        dl->AddRect(ImVec2(x0 - 3.0f, top - 2.0f), ImVec2(x1 + 3.0f, bottom + 2.0f), ImGui::GetColorU32(ImGuiCol_NavHighlight),
                    4.0f, 0, 2.5f);
      }
      ++highlighted_;
      if (mouse.x >= x0 && mouse.x < x1 && mouse.y >= top && mouse.y < bottom) hovered = &a;  // nested wins
    }
  }
  return hovered;
}

namespace {

const char* quote_kind_text(const std::string& kind) {
  if (kind == "direct") return "Direct quote";
  if (kind == "partial") return "Partial quote";
  if (kind == "indirect") return "Reported speech";
  if (kind == "scare") return "Scare quote or title: not someone's speech";
  return "Quote";
}

const char* source_kind_text(const std::string& kind) {
  if (kind == "named-person") return "named person";
  if (kind == "named-org") return "named organisation";
  if (kind == "unnamed-member") return "unnamed member of an organisation";
  if (kind == "anonymous") return "anonymous source";
  if (kind == "document") return "document or data";
  return kind.c_str();
}

const std::string* entity_name(const AnnotationSet& set, const std::string* id) {
  if (id == nullptr) return nullptr;
  for (const Entity& e : set.entities) {
    if (e.id == *id) return &e.name;
  }
  return nullptr;
}

}  // namespace

void ReadingView::draw_sourcing(const Palette& palette, const SourcingSummary& s, float x, float width) {
  if (s.quotes == 0 && s.hedges == 0) return;
  const int total_sources = static_cast<int>(s.named_sources + s.unnamed_member_sources + s.anonymous_sources +
                                             s.document_sources);
  char line[320];
  std::snprintf(line, sizeof line,
                "Sourcing: %u quote%s (%u direct, %u partial, %u reported) \xC2\xB7 %d source%s: %u named, %u unnamed "
                "member%s, %u anonymous, %u document%s \xC2\xB7 %.0f%% of the text quoted \xC2\xB7 %.1f hedges per "
                "1,000 words \xC2\xB7 %u claim%s without attribution",
                s.quotes, s.quotes == 1 ? "" : "s", s.direct, s.partial, s.indirect, total_sources,
                total_sources == 1 ? "" : "s", s.named_sources, s.unnamed_member_sources,
                s.unnamed_member_sources == 1 ? "" : "s", s.anonymous_sources, s.document_sources,
                s.document_sources == 1 ? "" : "s", s.quoted_share * 100.0, s.hedges_per_1000_words,
                s.unattributed_claims, s.unattributed_claims == 1 ? "" : "s");
  ImGui::SetCursorPosX(x);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4.0f);
  ImGui::PushTextWrapPos(x + width);
  muted_text(palette.muted_text, line);
  ImGui::PopTextWrapPos();
}

// Who speaks, through which cue, and why a hedge is flagged.
void ReadingView::draw_attribution(const Document& doc, const AnnotationSet& set, const Annotation& a) {
  const std::string* kind = a.attr("kind");
  if (a.label == "QUOTE") {
    ImGui::Text("%s", quote_kind_text(kind ? *kind : std::string()));
    if (kind != nullptr && *kind == "scare") return;
    const Annotation* speaker = a.attr("speaker") ? set.find(*a.attr("speaker")) : nullptr;
    if (speaker == nullptr) {
      ImGui::TextColored(ImVec4(0.85f, 0.35f, 0.2f, 1.0f), "No speaker: the text does not say who said this.");
    } else {
      const std::string who(doc.text().substr(speaker->span.begin, speaker->span.size()));
      const std::string* name = entity_name(set, a.attr("speaker_entity"));
      const std::string* skind = speaker->attr("kind");
      ImGui::Text("Speaker: %s%s%s (%s)", who.c_str(), name && *name != who ? " = " : "",
                  name && *name != who ? name->c_str() : "", source_kind_text(skind ? *skind : std::string()));
    }
    if (const Annotation* cue = a.attr("cue") ? set.find(*a.attr("cue")) : nullptr) {
      ImGui::Text("Cue: \"%s\"", std::string(doc.text().substr(cue->span.begin, cue->span.size())).c_str());
    }
    if (a.attr("continued") != nullptr) ImGui::TextDisabled("Continues the quote before it: same speaker.");
  } else if (a.label == "SOURCE") {
    ImGui::Text("Source: %s", source_kind_text(kind ? *kind : std::string()));
    const std::string* how = a.attr("how");
    if (const std::string* name = entity_name(set, a.attr("entity")); name && how && *how != "name") {
      ImGui::Text("Stands for: %s (by %s)", name->c_str(), how->c_str());
    }
    if (const std::string* org = entity_name(set, a.attr("org"))) ImGui::Text("Organisation: %s", org->c_str());
  } else if (a.label == "HEDGE") {
    if (const std::string* reason = a.attr("reason")) ImGui::TextWrapped("Why: %s", reason->c_str());
  } else if (a.label == "CUE") {
    if (const std::string* detail = a.attr("detail")) ImGui::Text("Attribution cue (%s)", detail->c_str());
  }
}

namespace {

const char* outcome_text(MarkOutcome o) {
  switch (o) {
    case MarkOutcome::found: return "Your mark: found, it is in the answer key";
    case MarkOutcome::in_part: return "Your mark: in part, it overlaps a span of the key (half credit)";
    case MarkOutcome::extra: return "Your mark: extra, the key has nothing here";
  }
  return "";
}

ImU32 outcome_color(MarkOutcome o) {
  switch (o) {
    case MarkOutcome::found: return IM_COL32(24, 135, 60, 255);
    case MarkOutcome::in_part: return IM_COL32(214, 130, 0, 255);
    case MarkOutcome::extra: return IM_COL32(200, 40, 40, 255);
  }
  return 0;
}

}  // namespace

void ReadingView::draw_outcome(ImDrawList* dl, MarkOutcome o, float x0, float x1, float y) {
  // Told apart by the line's pattern as well as its colour.
  const ImU32 c = outcome_color(o);
  if (o == MarkOutcome::found) {
    dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), c, 3.0f);
  } else if (o == MarkOutcome::in_part) {
    for (float x = x0; x < x1; x += 10.0f) dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + 6.0f, x1), y), c, 3.0f);
  } else {
    for (float x = x0 + 2.0f; x < x1; x += 6.0f) dl->AddCircleFilled(ImVec2(x, y), 1.8f, c);
  }
}

void ReadingView::draw_tooltip(const Document& doc, const AnnotationSet& set, const Annotation& a) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
  ImGui::Text("%s", a.label.c_str());
  ImGui::Separator();
  ImGui::TextUnformatted(doc.text().data() + a.span.begin, doc.text().data() + a.span.end);
  if (const std::string* ent = a.attr("entity")) {
    for (const Entity& e : set.entities) {
      if (e.id != *ent) continue;
      ImGui::Text("Entity: %s (%zu mention%s)", e.name.c_str(), e.mentions.size(), e.mentions.size() == 1 ? "" : "s");
      // Its other mentions, as written (up to five different ones).
      std::vector<std::string> others;
      for (const std::string& m : e.mentions) {
        const Annotation* o = m == a.id ? nullptr : set.find(m);
        if (o == nullptr) continue;
        std::string t(doc.text().substr(o->span.begin, std::min<std::uint32_t>(o->span.size(), 60)));
        if (std::find(others.begin(), others.end(), t) == others.end()) others.push_back(std::move(t));
        if (others.size() == 5) break;
      }
      if (!others.empty()) {
        std::string line = "Also: ";
        for (std::size_t k = 0; k < others.size(); ++k) line += (k ? ", " : "") + ("\u201C" + others[k] + "\u201D");
        ImGui::TextWrapped("%s", line.c_str());
      }
      break;
    }
  }
  if (const std::string* v = a.attr("value")) {
    const std::string* unit = a.attr("unit");
    const std::string* vmax = a.attr("value_max");
    ImGui::Text("Value: %s%s%s%s%s", v->c_str(), vmax ? " to " : "", vmax ? vmax->c_str() : "", unit ? " " : "",
                unit ? unit->c_str() : "");
  }
  if (const std::string* mod = a.attr("mod")) ImGui::Text("Qualified by: %s", mod->c_str());
  if (const std::string* start = a.attr("start")) {
    const std::string* end = a.attr("end");
    ImGui::Text("Covers %s to %s (%s)", start->c_str(), end ? end->c_str() : "?",
                a.attr("granularity") ? a.attr("granularity")->c_str() : "");
  }
  if (a.label == "QUOTE" || a.label == "SOURCE" || a.label == "HEDGE" || a.label == "CUE") draw_attribution(doc, set, a);
  if (!a.note.empty()) ImGui::TextWrapped("Note: %s", a.note.c_str());
  if (auto o = outcomes_.find(a.id); o != outcomes_.end()) {
    ImGui::PushStyleColor(ImGuiCol_Text, outcome_color(o->second));
    ImGui::TextWrapped("%s", outcome_text(o->second));
    ImGui::PopStyleColor();
  }
  if (a.attr("certain") != nullptr) ImGui::TextDisabled("Placed by a guess: check it against the text.");
  if (a.attr("dct") != nullptr) ImGui::TextDisabled("The article's own date.");
  const std::string* rule = a.attr("rule");
  if (const std::string* why = a.attr("features"); why != nullptr && rule != nullptr && *rule == "model") {
    // The trained tagger's strongest reasons, in words (core/names/name_features.h).
    ImGui::TextWrapped("Why the model thinks so: %s.", describe_name_features(*why).c_str());
  }
  ImGui::TextDisabled("%s suggestion, confidence %.0f%%%s%s", a.origin == Origin::user ? "Your" : "Engine",
                      static_cast<double>(a.confidence) * 100.0, rule ? " \xC2\xB7 " : "", rule ? rule->c_str() : "");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace newsmark::ui
