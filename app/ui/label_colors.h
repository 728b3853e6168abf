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
                                                     "CUE",    "HEDGE"};

}  // namespace newsmark::ui
