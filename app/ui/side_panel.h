// The side panel beside the canvas: Entities (grouped by label, with mention counts; click to
// step through an entity's mentions; rename, merge, split from the context menu), Annotations
// (filter by label, origin, status and text; bulk accept or reject a label), Sources (the
// sourcing summary and who said what) and Labels (colours, number keys, new labels). It reads the model and asks for changes as
// CanvasActions, like the canvas.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "ui/canvas_actions.h"
#include "ui/theme.h"

namespace newsmark::ui {

class SidePanel {
 public:
  // Draws into the current window region; `selected` is the canvas's selected annotation.
  // `lesson`, when given, draws the Exercise tab (first; ui/lesson_panel.h).
  void draw(const Document& doc, const AnnotationSet& set, std::uint64_t annotations_version,
            const std::string& selected, const Palette& palette, bool dark, const std::function<void()>* lesson = nullptr);
  // Brings the Exercise tab to the front on the next draw.
  void select_lesson() { select_lesson_ = true; }
  std::vector<CanvasAction> take_actions() { return std::exchange(actions_, {}); }
  // A changed label set to apply (once), from the Labels tab.
  std::optional<std::vector<LabelDef>> take_labels() { return std::exchange(pending_labels_, std::nullopt); }

 private:
  void draw_entities(const Document& doc, const AnnotationSet& set, const std::string& selected, bool dark);
  void draw_annotations(const Document& doc, const AnnotationSet& set, std::uint64_t version,
                        const std::string& selected, bool dark);
  void draw_labels(const AnnotationSet& set, std::uint64_t version);
  void draw_sources(const Document& doc, const AnnotationSet& set, std::uint64_t version, const Palette& palette);
  void group_speakers(const Document& doc, const AnnotationSet& set);
  void select(const Annotation& a);

  std::vector<CanvasAction> actions_;
  bool select_lesson_ = false;
  // Entities
  char entity_filter_[64] = {};
  char rename_buffer_[128] = {};
  std::string renaming_;  // entity id whose rename popup is open
  // Annotations
  int label_filter_ = 0;   // 0: all, else index + 1 into the labels present
  int origin_filter_ = 0;  // all, engine, yours
  int status_filter_ = 0;  // all, suggested, accepted, rejected
  char text_filter_[64] = {};
  std::vector<std::uint32_t> rows_;  // filtered annotation indices
  std::uint64_t rows_version_ = ~std::uint64_t{0};
  std::string rows_key_;             // the filters rows_ was built with
  std::vector<std::string> labels_present_;
  // Sources: quote indices grouped by speaker, most quoted first (rebuilt per version).
  std::vector<std::pair<std::string, std::vector<std::uint32_t>>> speaker_groups_;
  std::vector<std::uint32_t> unattributed_;
  std::uint64_t groups_version_ = ~std::uint64_t{0};
  // Labels
  std::map<std::string, int> label_counts_;
  std::uint64_t counts_version_ = ~std::uint64_t{0};
  char new_label_[48] = {};
  std::optional<std::vector<LabelDef>> pending_labels_;
};

}  // namespace newsmark::ui
