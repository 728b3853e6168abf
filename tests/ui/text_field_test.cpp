// What the browser's text field types is made fit for the app's field: ImGui filters keys, not
// text put in by a callback, so the mirror applies the field's filters itself.
#include "ui/text_field.h"

#include <gtest/gtest.h>

namespace newsmark::ui {
namespace {

struct FitCase {
  const char* typed;
  ImGuiInputTextFlags flags;
  bool multiline;
  const char* expected;
};

TEST(TextField, TypedTextIsMadeFitForTheField) {
  const FitCase cases[] = {
      {"Ann Lee", 0, false, "Ann Lee"},
      {"two\nlines", 0, false, "two lines"},          // a paste of lines into a one-line field
      {"two\nlines", 0, true, "two\nlines"},          // the article box keeps them
      {"2026 03 14", ImGuiInputTextFlags_CharsNoBlank, false, "20260314"},  // the date field
      {"rumour\n", ImGuiInputTextFlags_CharsUppercase, false, "RUMOUR "},   // a new label
      {"caf\xC3\xA9", ImGuiInputTextFlags_CharsUppercase, false, "CAF\xC3\xA9"},  // ASCII only, UTF-8 intact
      {"", 0, false, ""},
  };
  for (const FitCase& c : cases) EXPECT_EQ(fit_for_field(c.typed, c.flags, c.multiline), c.expected) << c.typed;
}

}  // namespace
}  // namespace newsmark::ui
