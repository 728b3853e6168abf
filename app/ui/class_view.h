// Exercise › Class results: the teacher drops in the students' files (or picks them) and sees
// a table of every student's precision, recall and F1 per label, the class as a whole, the
// key spans most students missed (a click shows one in the text), and how much the students
// agree (Fleiss' kappa on words, core/classroom/agreement.h); the table exports as CSV.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/classroom/class_results.h"
#include "core/model/document.h"
#include "core/classroom/exercise.h"
#include "ui/canvas_actions.h"
#include "ui/theme.h"

namespace newsmark::ui {

class ClassView {
 public:
  enum class Request { none, add_files, export_csv };
  void show() {
    open_ = true;
    unfold_ = true;
  }
  bool is_open() const { return open_; }
  // Folded to its title bar (after a span of the article was chosen in it; its title unfolds it).
  bool is_folded() const { return collapsed_; }
  // A student's work joins the table (replacing an earlier file of the same name).
  void add(StudentAnswers student);
  void clear();
  std::size_t size() const { return students_.size(); }
  // `tokens`: the article's words, the units of agreement.
  Request draw(const Document& doc, const Exercise& exercise, const std::vector<ByteSpan>& tokens, const Palette& palette);
  const ClassResults& results() const { return results_; }
  std::vector<CanvasAction> take_actions() { return std::exchange(actions_, {}); }

 private:
  bool open_ = false;
  bool fold_ = false;
  bool collapsed_ = false;
  bool unfold_ = false;  // shown again: unfold it  // fold the window next frame (a span of the article was chosen in it)
  bool dirty_ = true;
  std::vector<StudentAnswers> students_;
  ClassResults results_;
  std::vector<CanvasAction> actions_;
};

}  // namespace newsmark::ui
