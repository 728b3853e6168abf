#include "ui/label_colors.h"

#include "core/model/label_set.h"

namespace newsmark::ui {
namespace {

struct Rgb {
  int r, g, b;
};

// The label set in use (set by the App from the open annotations); the defaults otherwise.
std::vector<LabelDef>& current_labels() {
  static std::vector<LabelDef> labels = default_labels();
  return labels;
}

Rgb base(std::string_view label) {
  for (const LabelDef& l : current_labels()) {
    Rgb c{};
    if (l.name == label && parse_hex_color(l.color, c.r, c.g, c.b)) return c;
  }
  // Labels outside the set: the colour they would get on joining it.
  Rgb c{128, 128, 128};
  (void)parse_hex_color(label_def_for(label).color, c.r, c.g, c.b);
  return c;
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

void use_labels(const std::vector<LabelDef>& labels) {
  current_labels() = labels.empty() ? default_labels() : labels;
}

const std::vector<LabelDef>& labels_in_use() { return current_labels(); }

int hotkey_of(std::string_view label) {
  for (const LabelDef& l : current_labels()) {
    if (l.name == label) return l.hotkey;
  }
  return 0;
}

std::string label_for_hotkey(int key) {
  for (const LabelDef& l : current_labels()) {
    if (l.hotkey == key) return l.name;
  }
  return {};
}

}  // namespace newsmark::ui
