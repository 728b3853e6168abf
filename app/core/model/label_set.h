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

#include "core/model/annotation.h"

namespace newsmark {

std::vector<LabelDef> default_labels();

// Label keys: 1-9, or a letter B-Z except the letters the canvas uses for its commands (A
// accept, R reject, N next, P previous). 0 means no key.
bool valid_hotkey(int key);
// "1", "B"; "" for 0 or an invalid key.
std::string hotkey_name(int key);
// "1" -> 1, "b"/"B" -> 'B'; 0 when `name` is not a valid key.
int parse_hotkey(std::string_view name);
// Every valid key in the order menus list them: 1-9, then the letters.
std::vector<int> all_hotkeys();
// The definition a label gets when it first appears: its default, or for a label of the
// reader's own a colour derived from the name (stable, mid-tone, readable on both themes)
// and no hotkey.
LabelDef label_def_for(std::string_view name);
// Adds to `labels` every label the annotations use that it lacks (a default label keeps its
// number key only when no label of the set has it); returns the names added.
std::vector<std::string> add_missing_labels(std::vector<LabelDef>& labels, const std::vector<Annotation>& annotations);
// "#0072b2" -> true and the three channels; false for anything else.
bool parse_hex_color(std::string_view hex, int& r, int& g, int& b);

}  // namespace newsmark
