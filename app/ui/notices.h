// The notice bar under the menu: what just went wrong or what the app changed in the user's
// input (a refused paste with its size, repaired UTF-8 ...). Newest first; each can be closed;
// info notices fade out after a while, errors and warnings stay until closed.
#pragma once

#include <string>
#include <vector>

#include "ui/theme.h"

namespace newsmark::ui {

enum class Severity { info, warning, error };

struct Notice {
  Severity severity;
  std::string text;
  double shown_at;  // ImGui time in seconds
};

class NoticeBoard {
 public:
  void add(Severity severity, std::string text);
  // Draws the notices `width` wide at the cursor (inside a window of the caller's).
  void draw(const Palette& palette, float width);
  // Draws them as an overlay at the top centre of the viewport, `top` pixels down (under the
  // menu bar): over the interface, never pushing it down, so nothing moves under the reader's
  // finger as a notice comes and goes.
  void draw_overlay(const Palette& palette, float top);
  const std::vector<Notice>& notices() const { return notices_; }
  void clear() { notices_.clear(); }

 private:
  std::vector<Notice> notices_;
};

const char* severity_name(Severity severity);

}  // namespace newsmark::ui
