// The App moving work in and out: opening files (a text, a page, annotated work in any format
// that imports), downloads in every format, and the document store behind autosave and the
// library (platform.h).
#include <chrono>
#include <cstdio>

#include "imgui.h"
#include "ui/widgets.h"
#include "io/json/newsmark_json.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/label_colors.h"

namespace newsmark {
namespace {

// A document id for the store: time and a counter, unique within this browser.
std::string new_document_id() {
  static unsigned counter = 0;
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  char buf[40];
  std::snprintf(buf, sizeof buf, "d%llx-%x", static_cast<unsigned long long>(ms), ++counter);
  return buf;
}

// How the store lists an article: its title, else its first words.
std::string store_title(const Document& doc) {
  if (!doc.info().title.empty()) return doc.info().title;
  std::string t;
  for (char c : doc.text()) {
    if (t.size() >= 60 && (static_cast<unsigned char>(c) & 0xC0) != 0x80) break;
    t.push_back(c == '\n' ? ' ' : c);
  }
  return t.size() < doc.text().size() ? t + "\xE2\x80\xA6" : t;
}

}  // namespace

void App::adopt(io::ImportedDocument doc, std::string id) {
  document_ = std::move(doc.document);
  ++document_version_;
  ++annotations_version_;
  annotations_ = AnnotationSet{};
  history_.clear();
  tokens_.clear();
  sentences_.clear();
  reading_.clear_selection();
  doc_id_ = id.empty() ? new_document_id() : std::move(id);
  // An exercise (or a student's work on one) opens for the student; another article ends it.
  const bool same_exercise = exercise_ && doc.exercise && exercise_->task == doc.exercise->task && exercise_->key == doc.exercise->key;
  exercise_ = std::move(doc.exercise);
  exercise_score_.reset();
  if (!same_exercise) class_view_.clear();
  stored_document_version_ = stored_annotations_version_ = 0;
  dirty_since_ = -1;
  save_state_ = SaveState::none;
  if (!doc.warnings.empty()) {
    std::string msg = doc.warnings.front();
    if (doc.warnings.size() > 1) msg += " (and " + std::to_string(doc.warnings.size() - 1) + " more like it)";
    notices_.add(ui::Severity::warning, msg);
  }
  if (doc.has_annotations) {
    // The reader's work as it was; the engine only gives the tokens the summaries build on.
    annotations_ = std::move(doc.annotations);
    analysis_ms_ = 0;
    if (engine_) start_analysis(true);
    annotations_changed();
    enter_exercise();
  } else if (engine_) {
    start_analysis(false);
  } else {
    notices_.add(ui::Severity::error, "The analysis engine could not start: " + engine_error_);
  }
  show_document();
}

void App::show_document() {
  view_ = View::reading;
  reading_.scroll_to_top();
  platform::set_window_title(document_->info().title.empty() ? "Newsmark" : document_->info().title + " \xE2\x80\x94 Newsmark");
}

LoadResult App::open_files(std::span<const io::InputFile> files) {
  // With the class results open, files are the students' work on this exercise.
  if (class_view_.is_open() && exercise_ && exercise_->has_key && document_) return add_class_files(files);
  LoadResult result;
  auto opened = io::open_input(files);
  if (!opened) {
    result.error_code = error_code_name(opened.error().code);
    result.message = opened.error().message;
    notices_.add(ui::Severity::error, result.message);  // the open article stays as it was
    return result;
  }
  result.ok = true;
  result.message = opened->report.summary();
  if (!result.message.empty()) notices_.add(ui::Severity::warning, result.message);
  for (const std::string& w : opened->warnings) result.message += (result.message.empty() ? "" : "\n") + w;
  adopt(std::move(opened).value(), "");
  return result;
}

LoadResult App::open_stored(std::string_view id, std::string_view json) {
  LoadResult result;
  auto opened = io::read_newsmark_json(json);
  if (!opened) {
    result.error_code = error_code_name(opened.error().code);
    result.message = "The saved copy could not be read: " + opened.error().message;
    notices_.add(ui::Severity::error, result.message);
    return result;
  }
  result.ok = true;
  adopt(std::move(opened).value(), std::string(id));
  // What was just read is what the store holds.
  stored_document_version_ = document_version_;
  stored_annotations_version_ = annotations_version_;
  save_state_ = SaveState::saved;
  return result;
}

std::string App::file_base() const {
  if (!document_) return "article";
  if (!document_->info().title.empty()) return io::file_base_name(document_->info().title);
  // A file it came from ("bridge.txt"); else its first words (a pasted text).
  std::string source = document_->info().source;
  const std::size_t slash = source.find_last_of("/\\");
  if (slash != std::string::npos) source = source.substr(slash + 1);
  if (source.find('.') != std::string::npos) return io::file_base_name(source.substr(0, source.find('.')));
  std::string words;
  int n = 0;
  for (char c : document_->text()) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && !words.empty() && words.back() != ' ' && ++n == 6) break;
    words.push_back(space ? ' ' : c);
  }
  return io::file_base_name(words);
}

void App::download(io::Format format) {
  if (!document_) return;
  const io::Export e = io::export_document(format, *document_, annotations_, tokens_, sentences_, file_base(),
                                           exercise_ ? &*exercise_ : nullptr);
  std::string msg;
  for (const io::ExportedFile& f : e.files) msg = platform::save_file(f.name, f.mime, f.data);
  if (e.files.size() > 1) msg += " and " + e.files.front().name;
  notices_.add(e.warning.empty() ? ui::Severity::info : ui::Severity::warning, e.warning.empty() ? msg : msg + ". " + e.warning);
}

void App::autosave_if_due() {
  if (!document_ || annotations_pending()) return;  // saved once the annotations are there
  const bool saved = document_version_ == stored_document_version_ && annotations_version_ == stored_annotations_version_;
  const bool in_flight = save_state_ == SaveState::saving && document_version_ == pending_document_version_ &&
                         annotations_version_ == pending_annotations_version_;
  if (saved || in_flight) {
    dirty_since_ = -1;
    return;
  }
  // A change is saved once it has rested 0.3 s (a burst of edits is one save), so at most
  // about half a second of work is ever only on screen.
  const double now = ImGui::GetTime();
  if (dirty_since_ < 0) dirty_since_ = now;
  if (now - dirty_since_ < 0.3) return;
  dirty_since_ = -1;
  pending_document_version_ = document_version_;
  pending_annotations_version_ = annotations_version_;
  save_state_ = SaveState::saving;
  // What it is, so the Library tells the teacher's keyed copy, the students' copy and a
  // student's work of one article apart.
  std::string kind;
  if (exercise_) {
    kind = !exercise_->student.empty() ? exercise_->student + "'s work"
           : exercise_->has_key       ? "exercise with its key"
                                      : "exercise for students";
  }
  platform::store_document(doc_id_, store_title(*document_), export_json(), kind);
}

const char* App::save_state_name() const {
  if (save_state_ == SaveState::failed) return "failed";
  if (document_version_ == stored_document_version_ && annotations_version_ == stored_annotations_version_) return "saved";
  return save_state_ == SaveState::saving ? "saving" : "unsaved";
}

void App::stored(std::string_view id) {
  if (id != doc_id_ || save_state_ == SaveState::failed) return;
  stored_document_version_ = pending_document_version_;
  stored_annotations_version_ = pending_annotations_version_;
  save_state_ = SaveState::saved;
  if (library_.visible()) platform::request_library();
}

void App::storage_failed(std::string_view message) {
  save_state_ = SaveState::failed;
  save_error_ = std::string(message);
  stored_document_version_ = stored_annotations_version_ = 0;  // try again on the next change
  notices_.add(ui::Severity::error, "Your work is not being saved in this browser: " + save_error_ +
                                        " Download it to keep it (File > Download, Ctrl+S).");
}

void App::open_file_picker() {
  if (!platform::pick_files()) notices_.add(ui::Severity::info, "Drop a file on the window to open it.");
}

void App::set_library(std::vector<platform::StoredDocument> entries) { library_.set_entries(std::move(entries)); }

void App::draw_file_menu() {
  if (!ui::begin_menu("File")) return;
  if (ImGui::MenuItem("New article", nullptr, false, view_ != View::welcome)) show_welcome();
  if (ImGui::MenuItem("Open a file\xE2\x80\xA6", ui::shortcut("Ctrl+O"))) open_file_picker();
  if (ImGui::MenuItem("Library\xE2\x80\xA6")) {
    library_.show();
    platform::request_library();
  }
  if (ImGui::MenuItem("Open the sample article")) load_sample();
  ui::mark_target("Open the sample article");
  ImGui::Separator();
  if (ImGui::MenuItem("Download as Newsmark JSON", ui::shortcut("Ctrl+S"), false, document_.has_value())) download(io::Format::newsmark);
  if (ui::begin_menu("Download as", document_.has_value())) {
    for (const io::FormatInfo& f : io::formats()) {
      if (ImGui::MenuItem(std::string(f.title).c_str())) download(f.format);
    }
    ui::end_menu();
  }
  if (ImGui::MenuItem("Download the timeline as an image (PNG)", nullptr, false, document_.has_value())) request_timeline_png();
  ui::end_menu();
}

}  // namespace newsmark
