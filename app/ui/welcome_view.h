// The welcome screen: a text box to paste or type an article, optional title and date, and the
// Analyze button (Ctrl+Enter); or a sample article to try, or a classroom exercise.
#pragma once

#include <string>
#include <vector>

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
  enum class Action { none, analyze, sample, exercise };
  Action draw(const Fonts& fonts, const Palette& palette);
  WelcomeInput& input() { return input_; }
  const WelcomeInput& input() const { return input_; }
  // The built-in exercises, listed under the box; Action::exercise names one.
  void set_exercises(std::vector<std::string> titles) { exercises_ = std::move(titles); }
  std::size_t chosen_exercise() const { return chosen_exercise_; }
  // Puts keyboard focus in the article box on the next frame.
  void focus_text() { focus_text_ = true; }

 private:
  WelcomeInput input_;
  bool focus_text_ = true;
  std::vector<std::string> exercises_;
  std::size_t chosen_exercise_ = 0;
};

}  // namespace newsmark::ui
