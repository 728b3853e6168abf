#include "ui/label_colors.h"

namespace newsmark::ui {
namespace {

struct Rgb {
  int r, g, b;
};

Rgb base(std::string_view label) {
  if (label == "PERSON") return {66, 133, 244};
  if (label == "ORG") return {245, 140, 30};
  if (label == "GPE") return {52, 168, 83};
  if (label == "LOC") return {0, 150, 160};
  if (label == "NORP") return {156, 90, 200};
  if (label == "MONEY") return {214, 170, 0};
  if (label == "PERCENT") return {225, 80, 140};
  if (label == "QUANTITY") return {150, 105, 70};
  if (label == "CARDINAL") return {128, 128, 128};
  if (label == "DATE") return {230, 100, 60};
  if (label == "TIME") return {200, 70, 90};
  if (label == "DURATION") return {120, 140, 40};
  if (label == "SET") return {90, 110, 170};
  if (label == "QUOTE") return {70, 160, 200};
  if (label == "SOURCE") return {40, 80, 200};
  if (label == "CUE") return {110, 150, 30};
  if (label == "HEDGE") return {215, 60, 40};
  if (label == "CLAIM") return {170, 60, 170};
  if (label == "EVENT") return {100, 100, 100};
  // User labels: a stable colour from the name.
  unsigned h = 2166136261u;
  for (const char c : label) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return {static_cast<int>(60 + h % 160), static_cast<int>(60 + (h >> 8) % 160), static_cast<int>(60 + (h >> 16) % 160)};
}

}  // namespace

LabelStyle label_style(std::string_view label, bool dark) {
  const Rgb c = base(label);
  LabelStyle s{};
  // Quotes run for sentences: a lighter fill keeps the names inside them readable.
  const int alpha = label == "QUOTE" ? (dark ? 45 : 35) : (dark ? 95 : 70);
  s.fill = IM_COL32(c.r, c.g, c.b, alpha);
  s.underline = IM_COL32(c.r, c.g, c.b, 255);
  return s;
}

int hotkey_of(std::string_view label) {
  for (int k = 0; k < 9; ++k) {
    if (kHotkeyLabels[k] == label) return k + 1;
  }
  return 0;
}

}  // namespace newsmark::ui
