// Colours and hotkeys of the annotation labels on the reading page, for light and dark themes,
// from the label set in use (core/model/label_set.h: colour-blind-safe defaults, editable by the
// reader); highlights are translucent so black or white text stays readable on top.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"

#include "imgui.h"

namespace newsmark::ui {

struct LabelStyle {
  ImU32 fill;       // highlight background
  ImU32 underline;  // nested spans and the legend chip border
};

LabelStyle label_style(std::string_view label, bool dark);

// The label set the UI draws with (colours, hotkeys): the App passes the open annotations'
// set whenever it changes; until then, and for an empty set, the defaults (core/model/label_set.h).
void use_labels(const std::vector<LabelDef>& labels);
const std::vector<LabelDef>& labels_in_use();
// The key of a label (1-9 or a letter's code, label_set.h), or 0; the label on a key, or "".
int hotkey_of(std::string_view label);
std::string label_for_hotkey(int key);

}  // namespace newsmark::ui
