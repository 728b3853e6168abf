// Colours of the annotation labels on the reading page, for light and dark themes. Chosen to
// stay distinguishable for the common colour-vision deficiencies (blue/orange/green families
// differ in lightness too) and to keep black or white text readable on top.
#pragma once

#include <string_view>

#include "imgui.h"

namespace newsmark::ui {

struct LabelStyle {
  ImU32 fill;       // highlight background
  ImU32 underline;  // nested spans and the legend chip border
};

LabelStyle label_style(std::string_view label, bool dark);

// The labels the legend lists, in display order.
inline constexpr std::string_view kLegendLabels[] = {"PERSON", "ORG",     "GPE",      "LOC",      "NORP",
                                                     "DATE",   "TIME",    "DURATION", "SET",      "MONEY",
                                                     "PERCENT", "QUANTITY", "CARDINAL", "QUOTE",   "SOURCE",
                                                     "CUE",    "HEDGE",   "CLAIM",    "EVENT"};

// Labels on the number keys 1-9, in this order (shown in the legend and the label bar).
inline constexpr std::string_view kHotkeyLabels[] = {"PERSON", "ORG",    "GPE",   "LOC",  "DATE",
                                                     "QUOTE",  "SOURCE", "HEDGE", "CLAIM"};
// Every label the label bar offers, hotkey labels first.
inline constexpr std::string_view kAllLabels[] = {"PERSON", "ORG",      "GPE",      "LOC",     "DATE",  "QUOTE",
                                                  "SOURCE", "HEDGE",    "CLAIM",    "NORP",    "TIME",  "DURATION",
                                                  "SET",    "MONEY",    "PERCENT",  "QUANTITY", "CARDINAL", "CUE",
                                                  "EVENT"};
// The hotkey (1-9) of a label, or 0.
int hotkey_of(std::string_view label);

}  // namespace newsmark::ui
