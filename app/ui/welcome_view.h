// The welcome screen: a text box to paste or type an article, optional title and date, and the
// Analyze button (Ctrl+Enter); or a sample article to try.
#pragma once

#include <string>

#include "ui/fonts.h"
#include "ui/theme.h"

namespace newsmark::ui {

struct WelcomeInput {
  std::string text;
  std::string title;
  std::string dct;
};

class WelcomeView {
 public:
  enum class Action { none, analyze, sample };
  Action draw(const Fonts& fonts, const Palette& palette);
  WelcomeInput& input() { return input_; }
  const WelcomeInput& input() const { return input_; }
  // Puts keyboard focus in the article box on the next frame.
  void focus_text() { focus_text_ = true; }

 private:
  WelcomeInput input_;
  bool focus_text_ = true;
};

}  // namespace newsmark::ui
