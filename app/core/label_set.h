// The label set that travels with the annotations: each label's name, colour and hotkey. The
// defaults are colour-blind safe: the labels on the number keys take the Okabe–Ito palette
// (blue, orange, bluish green, sky blue, vermillion, reddish purple ...) and the rest Paul
// Tol's muted scheme, so the labels a reader uses most stay apart for every common kind of
// colour blindness. Readers add labels and change colours and hotkeys; the set is saved with
// their work.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/annotation.h"

namespace newsmark {

std::vector<LabelDef> default_labels();
// "#0072b2" -> true and the three channels; false for anything else.
bool parse_hex_color(std::string_view hex, int& r, int& g, int& b);

}  // namespace newsmark
