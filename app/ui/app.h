// The application: owns the open document and the views, draws one ImGui frame per call, and
// offers the operations the browser bridge (window.newsmark), the menus and the views share, so
// a test driving the JS API exercises the same paths as a user.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/document.h"
#include "core/model/edit_history.h"
#include "core/engine.h"
#include "io/formats.h"
#include "platform/platform.h"
#include "ui/class_view.h"
#include "ui/exercise_dialog.h"
#include "ui/fonts.h"
#include "ui/lesson_panel.h"
#include "ui/library_window.h"
#include "ui/notices.h"
#include "ui/reading_view.h"
#include "ui/side_panel.h"
#include "ui/timeline_panel.h"
#include "ui/theme.h"
#include "ui/welcome_view.h"

namespace newsmark {

struct LoadResult {
  bool ok = false;
  std::string error_code;  // error_code_name() on failure
  std::string message;     // for the user: the error, or what was repaired (may be empty)
};

class App {
 public:
  // Above this size a paste skips the welcome text box (which is not built for megabytes) and
  // goes straight to the reading view.
  static constexpr std::size_t kDirectLoadBytes = 256u * 1024u;

  App();

  // Once per frame between ImGui::NewFrame() and ImGui::Render(). Rebuilds the fonts first
  // when the pixel ratio changed (returns true then: the renderer must re-upload them).
  bool prepare_fonts(float pixel_ratio);
  void frame();

  // Replaces the open article with `raw` (any bytes: bad UTF-8 is repaired and reported).
  // `extra_repairs` counts replacements made before the text got here (lone UTF-16 surrogates
  // in a JS string). On failure nothing changes.
  LoadResult load_text(std::string_view raw, std::string dct, std::string title,
                       std::string source, std::size_t extra_repairs = 0);
  // A paste from the system clipboard (browser paste event).
  void paste(std::string_view text, std::size_t extra_repairs = 0);
  // Tells the user an input of `bytes` ("pasted text", "file x.txt") was refused for its size;
  // nothing changes.
  LoadResult refuse_too_large(std::size_t bytes, std::string_view what);
  void show_welcome();
  // The window (browser: the canvas) got keyboard focus: put the caret where typing belongs.
  void focus_gained();
  void load_sample();

  // Asks for the timeline panel as a PNG download, made after the next frame is drawn.
  void request_timeline_png() { timeline_png_requested_ = true; }
  // A two-finger pinch on the screen (platform_web.cpp): zooms the timeline when it is over it.
  void pinch(float scale, float x, float y) {
    if (x >= timeline_min_.x && x < timeline_max_.x && y >= timeline_min_.y && y < timeline_max_.y) timeline_.pinch(scale, x);
  }
  // After a frame is rendered (before it is presented): makes the requested images.
  void after_render();

  // Undo and redo the last change to the annotations (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y).
  bool undo();
  bool redo();
  // Where the character at code point `cp` of the open article is on screen (CSS pixels: its
  // left edge, the middle of its line), for automation; nullopt when it is not laid out.
  std::optional<std::pair<float, float>> locate(std::size_t cp) const;
  // Where timeline event `id` is drawn (CSS pixels), for automation.
  std::optional<std::pair<float, float>> locate_event(std::string_view id) const { return timeline_.position_of(id); }

  // Opens what the reader dropped or picked (io::open_input): an article to analyse, or work
  // annotated before (Newsmark JSON, W3C, brat). On failure nothing changes and the notice
  // says every problem.
  LoadResult open_files(std::span<const io::InputFile> files);
  // Downloads the open article in `format` (File > Download, Ctrl+S for Newsmark JSON).
  void download(io::Format format);

  // The document store (platform.h) reporting back.
  void stored(std::string_view id);
  void storage_failed(std::string_view message);
  void set_library(std::vector<platform::StoredDocument> entries);
  LoadResult open_stored(std::string_view id, std::string_view json);

  // The site's service worker (web/newsmark-pwa.js): the build this page runs (kept for
  // offline use), and a newer build installed and waiting for the next load.
  void set_site_build(std::string build) { site_build_ = std::move(build); }
  void update_ready(std::string build);

  // The same steps as the Exercise dialog and tab, for automation: an exercise file of the open
  // article ("" when the task is not usable: the error is shown), the student's Submit, and
  // the class results window.
  std::string make_exercise_file(ExerciseTask task, bool keep_key);
  bool submit_exercise(std::string_view student);
  void show_class_results() { if (exercise_ && exercise_->has_key) class_view_.show(); }
  // A problem the page found (a damaged link) shown like the app's own.
  void show_error(std::string message) { notices_.add(ui::Severity::error, std::move(message)); }
  // A link to an exercise was made (platform::make_exercise_link): the link, or why not, and
  // what became of it.
  void exercise_link_made(std::string link, platform::LinkOutcome outcome);

  // The analysis worker reporting back (platform::start_background_analysis); app_analysis.cpp.
  // A report for any request but the current one is ignored (the article changed since).
  void analysis_progress(std::uint64_t request, float done, std::string_view stage);
  void analysis_done(std::uint64_t request, std::string_view bytes);
  void analysis_failed(std::uint64_t request, std::string_view message);

  std::string export_json() const;
  // The app's visible state as JSON, for automation and tests.
  std::string state_json() const;

  void set_theme(ui::ThemeChoice choice) { theme_choice_ = choice; }
  // Text ImGui reads on Ctrl+V (filled by paste(); the browser gives no synchronous access).
  const std::string& clipboard() const { return clipboard_; }
  void set_clipboard(std::string text) { clipboard_ = std::move(text); }
  std::uint64_t frame_count() const { return frame_count_; }

 private:
  // app_menus.cpp. `narrow`: ui::is_narrow(the window's width).
  void draw_menu_bar(bool narrow);
  void draw_edit_menu();
  void draw_view_menu(bool narrow);
  void draw_help_menu();
  void draw_status_bar(bool narrow);
  // The side panel's contents (beside the article, or in the narrow layout's drawer).
  void draw_side_panel_contents();
  // The narrow layout's side panel: a drawer over the article, from the right.
  void draw_side_drawer(float top, float bottom);
  // Carries out what the canvas asked for, each as a command on the undo stack.
  void apply_canvas_actions();
  void apply(const ui::CanvasAction& action);
  // Derived data that follows the annotations (the sourcing summary) after a change.
  void annotations_changed();
  // Makes `doc` the open article (app_files.cpp): its annotations, or the engine's when it
  // has none; a new undo history; a document id for the store (`id`, or a fresh one).
  void adopt(io::ImportedDocument doc, std::string id);
  void show_document();
  // Saves the open article to the store once a change has rested (app_files.cpp).
  void autosave_if_due();
  void draw_file_menu();
  void open_file_picker();
  // "saved" (what is on screen is in the store), "saving", "unsaved" (a change not yet
  // handed to the store) or "failed".
  const char* save_state_name() const;
  std::string file_base() const;
  // The analysis of the open article (app_analysis.cpp). Long articles go to the background
  // worker and the reader reads on while it runs (edits wait: they would be lost under the
  // result); short ones, and any when there is no worker, are analysed here.
  // `tokens_only`: the article came with its annotations; only its tokens are wanted.
  void start_analysis(bool tokens_only);
  void run_analysis_here();
  void take_analysis(Analysis analysis, double ms);
  bool analysing() const { return analysis_.request != 0; }
  // The engine's annotations are on their way (not only the tokens of an annotated file).
  bool annotations_pending() const { return analysing() && !analysis_.tokens_only; }
  // While analysing: the progress box; and a notice when an edit had to wait.
  void draw_analysis_progress();
  bool refuse_edit_while_analysing();
  // From these sizes on, the analysis goes to the worker (the analysis of 1 MB takes about
  // 100 ms in the browser, its tokens alone a tenth of that).
  static constexpr std::size_t kBackgroundAnalysisBytes = 1024u * 1024u;
  static constexpr std::size_t kBackgroundTokensBytes = 4u * 1024u * 1024u;
  struct PendingAnalysis {
    std::uint64_t request = 0;  // 0: none
    bool tokens_only = false;
    bool in_background = false;  // false: runs here on frame `due_frame`
    std::uint64_t due_frame = 0;
    float done = 0;
    std::string stage;
    double started = 0;  // ImGui time
    bool edit_refused = false;  // the notice was shown
  } analysis_;
  std::uint64_t last_analysis_request_ = 0;
  // Classroom exercises (app_exercise.cpp). An exercise file opens for the student: the task in
  // the side panel's Exercise tab, only the task's labels, feedback on Submit. The teacher
  // makes exercises from the open article and sees a class's results.
  void enter_exercise();
  // Scores the student's marks against the key (exercise_score_) and shows each mark's outcome.
  void score_exercise();
  void draw_exercise_menu();
  void draw_exercise_windows();
  void handle_lesson_requests();
  // The files go to the class view (open): each a student's work on this exercise.
  LoadResult add_class_files(std::span<const io::InputFile> files);
  // The exercise file for students: the article, the task, the key if kept, and the
  // engine's suggestions of the task's labels when the task shows them.
  std::string exercise_file_json(const Exercise& ex) const;
  std::vector<ByteSpan> word_spans() const;
  std::optional<Exercise> exercise_;
  std::optional<AnswerScore> exercise_score_;
  ui::LessonPanel lesson_;
  ui::ExerciseDialog exercise_dialog_;
  ui::ClassView class_view_;
  std::string try_it_json_;  // the exercise being opened in a new tab (opened here if that is refused)
  std::vector<std::string> builtin_titles_;
  // Preferences (platform storage): read once at start, written when they change.
  void load_preferences();
  void save_preferences_if_changed();
  std::string saved_preferences_;
  void apply_theme_if_changed();

  std::optional<Engine> engine_;       // lexicons loaded once at start
  std::string engine_error_;
  std::optional<Document> document_;
  AnnotationSet annotations_;          // the engine's suggestions, then the reader's changes
  EditHistory history_;                // every change to annotations_, undoable
  // The store: this article's id, and what of it is saved.
  std::string doc_id_;
  std::uint64_t stored_document_version_ = 0, stored_annotations_version_ = 0;
  std::uint64_t pending_document_version_ = 0, pending_annotations_version_ = 0;  // being saved
  double dirty_since_ = -1;  // ImGui time of the first unsaved change, -1 when none
  enum class SaveState { none, saving, saved, failed } save_state_ = SaveState::none;
  std::string save_error_;
  ui::LibraryWindow library_;
  std::vector<Token> tokens_;          // of document_, for the sourcing summary
  std::vector<Sentence> sentences_;
  double analysis_ms_ = 0;
  std::uint64_t document_version_ = 0;
  std::uint64_t annotations_version_ = 0;  // bumped on every change to annotations_
  std::uint64_t status_counted_version_ = ~std::uint64_t{0};
  std::size_t status_suggested_ = 0, status_user_ = 0;
  enum class View { welcome, reading } view_ = View::welcome;
  ui::WelcomeView welcome_;
  ui::ReadingView reading_;
  ui::SidePanel side_panel_;
  ui::TimelinePanel timeline_;
  bool show_timeline_ = true;
  bool timeline_png_requested_ = false;
  ImVec2 timeline_min_{}, timeline_max_{};  // where the timeline panel was drawn this frame
  float timeline_h_ = 210.0f;
  float side_panel_w_ = 360.0f;  // dragged by the splitter
  bool show_side_panel_ = true;
  bool drawer_open_ = false;  // the narrow layout's side panel
  bool applied_coarse_ = false;
  ui::NoticeBoard notices_;
  ui::Fonts fonts_;
  ui::ThemeChoice theme_choice_ = ui::ThemeChoice::system;
  int applied_dark_ = -1;  // -1: no theme applied yet
  ui::Palette palette_{};
  std::string clipboard_;
  std::uint64_t frame_count_ = 0;
  std::array<double, 120> frame_ms_{};  // CPU time of the last frames (a ring)
  bool show_about_ = false;
  std::string site_build_;    // "" when the page is not served by the service worker
  std::string update_build_;  // the waiting build, "" when none
};

}  // namespace newsmark
