// Classroom exercises in the app: the student's side (the Exercise tab, only the task's labels,
// Submit and feedback), the teacher's (Make an exercise; Class results) and the built-in
// exercises of the welcome screen. The scoring is core's (exercise_scoring, class_results).
#include <algorithm>
#include <map>

#include "core/engine.h"
#include "core/model/label_set.h"
#include "core/classroom/exercise_scoring.h"
#include "imgui.h"
#include "io/classroom/class_report.h"
#include "io/classroom/exercise_files.h"
#include "io/json/newsmark_json.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/builtin_exercises.h"
#include "ui/label_colors.h"
#include "ui/widgets.h"

namespace newsmark {

// The open document just became an exercise for a student: only the task's labels, on the
// keys 1, 2, 3 ... in the task's order.
void App::enter_exercise() {
  exercise_score_.reset();
  if (!exercise_) return;
  const ExerciseTask& task = exercise_->task;
  keep_task_labels(annotations_, task);
  std::vector<LabelDef> labels;
  for (const std::string& name : task.labels) {
    auto it = std::find_if(annotations_.labels.begin(), annotations_.labels.end(), [&](const LabelDef& d) { return d.name == name; });
    LabelDef d = it != annotations_.labels.end() ? *it : label_def_for(name);
    d.hotkey = labels.size() < 9 ? static_cast<int>(labels.size()) + 1 : 0;
    labels.push_back(std::move(d));
  }
  annotations_.labels = std::move(labels);
  lesson_.set_name(exercise_->student);
  if (exercise_->submitted && exercise_->has_key) score_exercise();
  side_panel_.select_lesson();
  drawer_open_ = true;  // on a narrow screen the task is in the drawer: show it
  annotations_changed();
}

void App::score_exercise() {
  const std::vector<Annotation> answers = answers_of(annotations_.annotations, exercise_->task);
  exercise_score_ = score_answers(exercise_->key, answers, exercise_->task.labels);
  // Each mark's outcome, for the text: matched exactly, in part, or not at all.
  std::map<std::string, ui::MarkOutcome> outcomes;
  for (const LabelScore& l : exercise_score_->labels) {
    for (std::size_t i = 0; i < l.found.size() && i < l.matched_by.size(); ++i) {
      const bool part = std::find(l.partly.begin(), l.partly.end(), l.found[i]) != l.partly.end();
      if (l.matched_by[i] < answers.size()) outcomes[answers[l.matched_by[i]].id] = part ? ui::MarkOutcome::in_part : ui::MarkOutcome::found;
    }
    for (std::size_t s : l.extra) {
      if (s < answers.size()) outcomes[answers[s].id] = ui::MarkOutcome::extra;
    }
  }
  reading_.set_outcomes(std::move(outcomes));
}

void App::handle_lesson_requests() {
  if (!exercise_ || !document_) return;
  for (const ui::CanvasAction& a : lesson_.take_actions()) apply(a);
  switch (lesson_.take_request()) {
    case ui::LessonPanel::Request::none: return;
    case ui::LessonPanel::Request::set_name: exercise_->student = lesson_.name(); break;
    case ui::LessonPanel::Request::submit: (void)submit_exercise(lesson_.name()); return;
    case ui::LessonPanel::Request::edit_again:
      if (!exercise_->task.allow_resubmit) return;  // one submission: the button is not shown
      exercise_->submitted = false;
      exercise_score_.reset();
      break;
    case ui::LessonPanel::Request::download: {
      const std::string name = (exercise_->student.empty() ? std::string("my-work") : io::file_base_name(exercise_->student)) + "-" +
                               file_base() + ".newsmark.json";
      notices_.add(ui::Severity::info, platform::save_file(name, "application/json", export_json()));
      return;
    }
  }
  ++document_version_;  // the exercise is saved with the work
}

bool App::submit_exercise(std::string_view student) {
  if (!exercise_ || !document_) return false;
  // The work is handed in under the student's name (the file and the teacher's table use it).
  student = ui::trim_blanks(student);
  if (student.empty()) {
    notices_.add(ui::Severity::error, "Type your name before you submit: your work is handed in under it.");
    return false;
  }
  exercise_->student.assign(student);
  lesson_.set_name(exercise_->student);
  exercise_->submitted = true;
  if (exercise_->has_key) score_exercise();
  side_panel_.select_lesson();
  drawer_open_ = true;  // the feedback
  ++document_version_;  // saved with the work
  return true;
}

std::string App::make_exercise_file(ExerciseTask task, bool keep_key) {
  if (!document_) return {};
  const Exercise ex = make_exercise(annotations_, std::move(task), keep_key);
  if (Status st = check_exercise(ex, annotations_.labels); !st.ok()) {
    notices_.add(ui::Severity::error, st.error().message);
    return {};
  }
  return exercise_file_json(ex);
}

std::string App::exercise_file_json(const Exercise& ex) const {
  AnnotationSet start;
  start.labels = annotations_.labels;
  if (ex.task.show_suggestions && engine_) {
    // The engine's suggestions as they come, not the teacher's corrections (those are the key).
    start = engine_->analyze(*document_).annotations;
    keep_task_labels(start, ex.task);
    start.labels = annotations_.labels;
  }
  Exercise for_students = ex;
  for_students.student.clear();
  for_students.submitted = false;
  return io::write_newsmark_json(*document_, &start, false, &for_students);
}

std::vector<ByteSpan> App::word_spans() const {
  std::vector<ByteSpan> out;
  for (const Token& t : tokens_) {
    if (t.kind == TokenKind::word || t.kind == TokenKind::number) out.push_back({t.begin, t.end});
  }
  return out;
}

LoadResult App::add_class_files(std::span<const io::InputFile> files) {
  LoadResult result;
  std::size_t added = 0;
  for (const io::InputFile& f : files) {
    auto work = io::read_student_work(f.bytes, f.name, *document_, exercise_->task);
    if (!work) {
      result.message += (result.message.empty() ? "" : "\n") + work.error().message;
      continue;
    }
    class_view_.add(std::move(work).value());
    ++added;
  }
  result.ok = added > 0;
  if (!result.message.empty()) notices_.add(ui::Severity::error, result.message);
  if (added > 0) {
    notices_.add(ui::Severity::info, std::to_string(added) + (added == 1 ? " student's work" : " students' work") + " added to the class results.");
  }
  if (!result.ok) result.error_code = "invalid_argument";
  return result;
}

void App::exercise_link_made(std::string link, platform::LinkOutcome outcome) {
  using platform::LinkOutcome;
  if (outcome == LinkOutcome::opened) {
    notices_.add(ui::Severity::info, "The exercise opened in a new tab, as a student sees it; your work stays here.");
    try_it_json_.clear();
    return;
  }
  if (outcome == LinkOutcome::tab_blocked) {
    // The browser allowed no new tab: the exercise opens here (the work is kept in the Library).
    const io::InputFile f{file_base() + ".exercise.newsmark.json", std::move(try_it_json_)};
    try_it_json_.clear();
    if (open_files(std::span<const io::InputFile>(&f, 1)).ok) {
      notices_.add(ui::Severity::info, "The browser opened no new tab, so the exercise opened here; your article is in "
                                       "File \xE2\x80\xBA Library.");
    }
    return;
  }
  exercise_dialog_.set_link(std::move(link), outcome == LinkOutcome::copied);
}

void App::draw_exercise_menu() {
  if (!ui::begin_menu("Exercise")) return;
  if (ImGui::MenuItem("Make an exercise from this article\xE2\x80\xA6", nullptr, false, document_.has_value())) {
    exercise_dialog_.open(annotations_, nullptr);
  }
  const bool keyed = exercise_ && exercise_->has_key;
  if (ImGui::MenuItem("Class results\xE2\x80\xA6", nullptr, class_view_.is_open(), keyed)) class_view_.show();
  if (!keyed) ImGui::TextDisabled("(class results: open the exercise file that keeps its key)");
  ImGui::Separator();
  ImGui::TextDisabled("Built-in exercises");
  const auto files = embedded_exercise_files();
  for (std::size_t i = 0; i < files.size() && i < builtin_titles_.size(); ++i) {
    if (ImGui::MenuItem(builtin_titles_[i].c_str())) {
      const io::InputFile f{std::string(files[i].name), std::string(files[i].data)};
      (void)open_files(std::span<const io::InputFile>(&f, 1));
    }
  }
  ui::end_menu();
}

void App::draw_exercise_windows() {
  if (!document_) return;
  switch (exercise_dialog_.draw(annotations_, palette_)) {
    case ui::ExerciseDialog::Request::none: break;
    case ui::ExerciseDialog::Request::download: {
      const std::string json = exercise_file_json(exercise_dialog_.build(annotations_));
      notices_.add(ui::Severity::info, platform::save_file(file_base() + ".exercise.newsmark.json", "application/json", json));
      break;
    }
    case ui::ExerciseDialog::Request::link:
      if (!platform::make_exercise_link(exercise_file_json(exercise_dialog_.build(annotations_)))) {
        exercise_dialog_.set_link("Links are made in the browser version of Newsmark.", false);
      }
      break;
    case ui::ExerciseDialog::Request::try_it: {
      // In a new tab, as a student opens a link; the teacher's article stays in this one. Where
      // there are no tabs (the desktop build), here (the work stays in the Library).
      std::string json = exercise_file_json(exercise_dialog_.build(annotations_));
      if (platform::make_exercise_link(json, platform::LinkUse::open_tab)) {
        try_it_json_ = std::move(json);
      } else {
        const io::InputFile f{file_base() + ".exercise.newsmark.json", std::move(json)};
        (void)open_files(std::span<const io::InputFile>(&f, 1));
      }
      break;
    }
  }
  if (exercise_ && exercise_->has_key) {
    switch (class_view_.draw(*document_, *exercise_, word_spans(), palette_)) {
      case ui::ClassView::Request::none: break;
      case ui::ClassView::Request::add_files:
        if (!platform::pick_files()) notices_.add(ui::Severity::info, "Drop the students' files on the window.");
        break;
      case ui::ClassView::Request::export_csv:
        notices_.add(ui::Severity::info, platform::save_file(file_base() + "-class-results.csv", "text/csv", io::class_results_csv(class_view_.results())));
        break;
    }
    for (const ui::CanvasAction& a : class_view_.take_actions()) apply(a);
  }
}

}  // namespace newsmark
