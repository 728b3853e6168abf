// Exercise › Make an exercise: the teacher turns the open article into an exercise — a title
// and instructions, the labels that count (the key is the article's accepted annotations of
// those labels, as the teacher corrected them), whether students start from the engine's
// suggestions, a hint per label, and whether the key stays in the file so students get
// feedback when they submit. Then: download the exercise file, make a link to it, or try it
// as a student.
#pragma once

#include <string>
#include <vector>

#include "core/model/annotation.h"
#include "core/classroom/exercise.h"
#include "ui/theme.h"

namespace newsmark::ui {

class ExerciseDialog {
 public:
  enum class Request { none, download, link, try_it };
  // Opens the dialog, filled from `current` (the exercise open now) or with fresh defaults.
  void open(const AnnotationSet& set, const Exercise* current);
  Request draw(const AnnotationSet& set, const Palette& palette);
  // The exercise as the dialog stands (the key taken from `set`).
  Exercise build(const AnnotationSet& set) const;
  // The link made for the last "link" request (shown to copy), or a message why not.
  // The link made (or why not), and whether it is on the clipboard already.
  void set_link(std::string link, bool copied) {
    link_ = std::move(link);
    link_copied_ = copied;
  }
  bool is_open() const { return open_; }

 private:
  bool open_ = false;
  bool request_open_ = false;
  std::string title_, instructions_;
  std::vector<std::string> labels_;  // chosen, in the label set's order
  std::vector<std::pair<std::string, std::string>> hints_;  // label -> hint text
  bool suggestions_ = false;
  bool keep_key_ = true;
  bool one_submission_ = false;  // with the key: no Keep working after Submit
  std::string link_;
  bool link_copied_ = false;
  std::string error_;
};

}  // namespace newsmark::ui
