#include "ui/app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>

#include "imgui.h"
#include "io/json/json_writer.h"
#include "core/sources/sourcing_summary.h"
#include "core/time/mark_dating.h"
#include "io/json/newsmark_json.h"
#include "platform/platform.h"
#include "ui/label_colors.h"
#include "ui/builtin_exercises.h"
#include "ui/sample_article.h"
#include "ui/text_field.h"
#include "ui/widgets.h"
#include "version.h"

namespace newsmark {
namespace {
// The app's text fields type through the host's own text field (platform.h, text entry).
const ui::TextEntryHost kHostTextEntry{&platform::text_entry_sync, &platform::text_field_drawn};
}  // namespace

App::App() {
  ui::set_text_entry_host(&kHostTextEntry);
  auto engine = Engine::create();
  if (engine) {
    engine_.emplace(std::move(engine).value());
  } else {
    engine_error_ = engine.error().message;
  }
  load_preferences();
  // The built-in exercises' titles, from the first line of each ("title: ...").
  for (const EmbeddedFile& f : embedded_exercise_files()) {
    std::string_view first = f.data.substr(0, f.data.find('\n'));
    if (first.rfind("title:", 0) == 0) first.remove_prefix(6);
    while (!first.empty() && first.front() == ' ') first.remove_prefix(1);
    builtin_titles_.emplace_back(first);
  }
  welcome_.set_exercises(builtin_titles_);
}

void App::load_preferences() {
  const std::string theme = platform::load_preference("theme");
  for (ui::ThemeChoice c : {ui::ThemeChoice::system, ui::ThemeChoice::light, ui::ThemeChoice::dark}) {
    if (theme == ui::theme_choice_name(c)) theme_choice_ = c;
  }
  const std::string width = platform::load_preference("sidePanelWidth");
  if (!width.empty()) {
    const float w = std::strtof(width.c_str(), nullptr);
    if (w >= 200.0f && w <= 4000.0f) side_panel_w_ = w;
  }
  if (platform::load_preference("sidePanel") == "hidden") show_side_panel_ = false;
  std::set<std::string> hidden;
  const std::string labels = platform::load_preference("hiddenLabels");
  std::size_t start = 0;
  while (start < labels.size()) {
    std::size_t comma = labels.find(',', start);
    if (comma == std::string::npos) comma = labels.size();
    if (comma > start) hidden.insert(labels.substr(start, comma - start));
    start = comma + 1;
  }
  reading_.set_hidden_labels(std::move(hidden));
}

void App::save_preferences_if_changed() {
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;  // not while a splitter is being dragged
  std::string hidden;
  for (const std::string& l : reading_.hidden_labels()) hidden += (hidden.empty() ? "" : ",") + l;
  char width[32];
  std::snprintf(width, sizeof width, "%.0f", side_panel_w_);
  const std::string theme = ui::theme_choice_name(theme_choice_);
  const std::string panel = show_side_panel_ ? "shown" : "hidden";
  const std::string snapshot = theme + '\n' + width + '\n' + panel + '\n' + hidden;
  if (snapshot == saved_preferences_) return;
  if (!saved_preferences_.empty()) {  // the first snapshot is what was loaded
    platform::save_preference("theme", theme);
    platform::save_preference("sidePanelWidth", width);
    platform::save_preference("sidePanel", panel);
    platform::save_preference("hiddenLabels", hidden);
  }
  saved_preferences_ = snapshot;
}

bool App::prepare_fonts(float pixel_ratio) {
  if (fonts_.pixel_ratio == pixel_ratio && fonts_.ui != nullptr) return false;
  fonts_ = ui::build_fonts(pixel_ratio);
  return true;
}

void App::apply_theme_if_changed() {
  const bool dark = theme_choice_ == ui::ThemeChoice::dark ||
                    (theme_choice_ == ui::ThemeChoice::system && platform::prefers_dark());
  const bool coarse = platform::coarse_pointer();
  ui::set_coarse_pointer(coarse);
  if (static_cast<int>(dark) == applied_dark_ && coarse == applied_coarse_) return;
  palette_ = ui::apply_theme(dark, coarse);
  applied_dark_ = dark ? 1 : 0;
  applied_coarse_ = coarse;
}

LoadResult App::load_text(std::string_view raw, std::string dct, std::string title,
                          std::string source, std::size_t extra_repairs) {
  LoadResult result;
  DocumentInfo info;
  info.dct = std::move(dct);
  info.title = std::move(title);
  info.source = std::move(source);
  auto loaded = load_document(raw, std::move(info));
  if (!loaded) {
    result.error_code = error_code_name(loaded.error().code);
    result.message = loaded.error().message;
    notices_.add(ui::Severity::error, result.message);  // the current work stays as it was
    return result;
  }
  LoadReport report = loaded->report;
  if (extra_repairs > 0 && report.invalid_utf8_replaced == 0) report.first_invalid_byte = 0;
  report.invalid_utf8_replaced += extra_repairs;
  result.ok = true;
  result.message = report.summary();
  if (!result.message.empty()) notices_.add(ui::Severity::warning, result.message);
  adopt(io::ImportedDocument{std::move(loaded->document), report, {}, false, {}, std::nullopt}, "");
  return result;
}

void App::annotations_changed() {
  if (document_) annotations_.sourcing = summarize_sourcing(document_->text(), tokens_, sentences_, annotations_);
  ui::use_labels(annotations_.labels);
  ++annotations_version_;
}

void App::apply_canvas_actions() {
  if (!document_) return;
  for (const ui::CanvasAction& a : reading_.take_actions()) apply(a);
  for (const ui::CanvasAction& a : side_panel_.take_actions()) apply(a);
  for (const ui::CanvasAction& a : timeline_.take_actions()) apply(a);
  if (auto labels = side_panel_.take_labels()) {
    if (refuse_edit_while_analysing()) return;
    if (Status st = history_.set_labels(annotations_, std::move(*labels)); !st.ok()) {
      notices_.add(ui::Severity::error, st.error().message);
    }
    annotations_changed();
  }
}

void App::apply(const ui::CanvasAction& a) {
  const std::string& text = document_->text();
  using Kind = ui::CanvasAction::Kind;
  if (a.kind == Kind::select) {
    // A span without an annotation (a key span in the feedback, a hardest span of the class) is
    // selected as text, so the reader sees exactly where it is and can mark it with a key.
    if (!a.id.empty()) reading_.select_annotation(a.id, a.span.begin);
    else if (!a.span.empty()) reading_.select_text(a.span);
    else reading_.clear_selection();
    reading_.scroll_to(a.span.begin);
    drawer_open_ = false;  // a narrow screen's drawer would hide the place chosen in it
    return;
  }
  if (refuse_edit_while_analysing()) return;
  Status st;
  switch (a.kind) {
    case Kind::add: {
      // A date or time the reader marks is read like the engine's own (its value and interval);
      // in an exercise it also goes on the timeline, so a student sees the dates they marked.
      DatedMark dated;
      if (a.label == labels::kDate || a.label == labels::kTime) {
        std::optional<IsoDate> dct;
        if (auto d = parse_iso_date(document_->info().dct)) dct = *d;
        dated = date_mark(text, tokens_, sentences_, dct, a.span, a.label);
        if (!exercise_) dated.event.reset();
      }
      auto id = history_.add(annotations_, text, a.span, a.label, std::move(dated.attrs), std::move(dated.event));
      if (id) reading_.select_annotation(*id, a.span.begin);
      else st = id.error();
      break;
    }
    case Kind::remove: st = history_.remove(annotations_, a.id); break;
    case Kind::relabel: st = history_.relabel(annotations_, a.id, a.label); break;
    case Kind::resize: st = history_.resize(annotations_, text, a.id, a.span); break;
    case Kind::set_status: st = history_.set_status(annotations_, a.id, a.status); break;
    case Kind::set_status_all: {
      auto n = history_.set_status_all(annotations_, a.label, ReviewStatus::suggested, a.status);
      if (n) {
        notices_.add(ui::Severity::info, std::string(a.status == ReviewStatus::accepted ? "Accepted " : "Rejected ") +
                                             std::to_string(*n) + " " + a.label + " suggestion" + (*n == 1 ? "" : "s") +
                                             " (Ctrl+Z undoes it)");
      } else {
        st = n.error();
      }
      break;
    }
    case Kind::set_note: st = history_.set_note(annotations_, a.id, a.label); break;
    case Kind::rename_entity: st = history_.rename_entity(annotations_, a.id, a.label); break;
    case Kind::merge_entities: st = history_.merge_entities(annotations_, a.id, a.label); break;
    case Kind::split_mention: {
      auto id = history_.split_mention(annotations_, a.id);
      if (!id) st = id.error();
      break;
    }
    case Kind::move_event: st = history_.move_event(annotations_, a.id, a.label, a.start, a.end); break;
    case Kind::remove_event: st = history_.remove_event(annotations_, a.id); break;
    case Kind::add_event: {
      // The event: the time expression's value and interval, its sentence as the clause, the
      // entities named there.
      const Annotation* t = annotations_.find(a.id);
      if (t == nullptr || t->attr("start") == nullptr) {
        st = make_error(ErrorCode::invalid_argument, "only a date with a place on the calendar can go on the timeline");
        break;
      }
      TimelineEvent e;
      e.time = t->id;
      e.value = t->attr("value") ? *t->attr("value") : std::string();
      e.start = *t->attr("start");
      e.end = t->attr("end") ? *t->attr("end") : e.start;
      e.granularity = t->attr("granularity") ? *t->attr("granularity") : std::string("day");
      e.certain = t->attr("certain") == nullptr;
      e.event = t->span;
      for (const Sentence& s : sentences_) {
        if (s.span.begin <= t->span.begin && t->span.end <= s.span.end) e.event = s.span;
      }
      for (const Annotation& n : annotations_.annotations) {
        const std::string* ent = n.attr("entity");
        if (ent != nullptr && n.label != labels::kSource && e.event.contains(n.span) &&
            std::find(e.entities.begin(), e.entities.end(), *ent) == e.entities.end()) {
          e.entities.push_back(*ent);
        }
      }
      auto id = history_.add_event(annotations_, std::move(e));
      if (!id) st = id.error();
      break;
    }
    case Kind::select: break;
  }
  if (!st.ok()) notices_.add(ui::Severity::error, st.error().message);
  annotations_changed();
}

void App::after_render() {
  if (!timeline_png_requested_) return;
  timeline_png_requested_ = false;
  if (timeline_max_.x <= timeline_min_.x) {
    notices_.add(ui::Severity::info, "Show the timeline (View menu) to save it as an image");
    return;
  }
  notices_.add(ui::Severity::info, platform::save_png_of_frame(timeline_min_.x, timeline_min_.y, timeline_max_.x - timeline_min_.x,
                                                               timeline_max_.y - timeline_min_.y, "timeline.png"));
}

bool App::undo() {
  if (refuse_edit_while_analysing()) return false;
  if (!history_.undo(annotations_)) return false;
  if (!reading_.selected_id().empty() && annotations_.find(reading_.selected_id()) == nullptr) reading_.clear_selection();
  annotations_changed();
  return true;
}

bool App::redo() {
  if (refuse_edit_while_analysing()) return false;
  if (!history_.redo(annotations_)) return false;
  if (!reading_.selected_id().empty() && annotations_.find(reading_.selected_id()) == nullptr) reading_.clear_selection();
  annotations_changed();
  return true;
}

std::optional<std::pair<float, float>> App::locate(std::size_t cp) const {
  if (!document_ || view_ != View::reading) return std::nullopt;
  auto byte = document_->to_byte(cp);
  if (!byte) return std::nullopt;
  auto pos = reading_.screen_pos_of(document_->text(), static_cast<std::uint32_t>(*byte));
  if (!pos) return std::nullopt;
  return std::make_pair(pos->x, pos->y);
}

LoadResult App::refuse_too_large(std::size_t bytes, std::string_view what) {
  LoadResult r;
  r.error_code = error_code_name(ErrorCode::too_large);
  r.message = "The " + std::string(what) + " is " + format_byte_size(bytes) + " (" + std::to_string(bytes) +
              " bytes); Newsmark accepts articles up to " + format_byte_size(kMaxTextBytes) +
              ". Nothing was loaded; your current work is unchanged.";
  notices_.add(ui::Severity::error, r.message);
  return r;
}

void App::paste(std::string_view text, std::size_t extra_repairs) {
  if (text.size() > kMaxTextBytes) {
    (void)refuse_too_large(text.size(), "pasted text");
    return;
  }
  if (view_ == View::welcome && text.size() > kDirectLoadBytes) {
    ui::WelcomeInput& in = welcome_.input();
    const LoadResult r = load_text(text, in.dct, in.title, "pasted text", extra_repairs);
    if (r.ok) {
      notices_.add(ui::Severity::info, "Pasted " + format_byte_size(text.size()) +
                                           " straight into the reading view (too long for the text box).");
    }
    return;
  }
  auto loaded = load_document(text, {});  // repairs and reports exactly like a load
  if (!loaded) return;
  clipboard_ = loaded->document.text();
  const std::size_t repaired = loaded->report.invalid_utf8_replaced + extra_repairs;
  if (repaired > 0) {
    notices_.add(ui::Severity::warning, std::to_string(repaired) +
                                            " invalid character sequence(s) in the pasted text were "
                                            "replaced with \xEF\xBF\xBD.");
  }
  // Hand the text to the focused text field as a Ctrl+V (the browser's paste event arrives
  // after the key press, so the key itself was held back by the platform layer).
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  io.AddKeyEvent(ImGuiMod_Ctrl, false);
}

void App::show_welcome() {
  view_ = View::welcome;
  welcome_.focus_text();
  platform::set_window_title("Newsmark");
}

void App::focus_gained() {
  // Re-activating a box that is already active would drop keys typed in between.
  if (view_ == View::welcome && !ImGui::IsAnyItemActive()) welcome_.focus_text();
}

void App::load_sample() {
  auto loaded = io::read_newsmark_json(ui::sample_article_json());
  if (!loaded) {
    notices_.add(ui::Severity::error, "The sample article is damaged: " + loaded.error().message);
    return;
  }
  const Document& d = loaded->document;
  (void)load_text(d.text(), d.info().dct, d.info().title, d.info().source);
}

std::string App::export_json() const {
  if (!document_) return {};
  return io::write_newsmark_json(*document_, &annotations_, true, exercise_ ? &*exercise_ : nullptr);
}

void App::update_ready(std::string build) {
  if (build == update_build_) return;
  update_build_ = std::move(build);
  notices_.add(ui::Severity::info, "A new version of Newsmark is ready. It starts the next time the page loads "
                                   "(or now: Help \xE2\x80\xBA Update); your work is saved.");
}

void App::frame() {
  const auto frame_start = std::chrono::steady_clock::now();
  ++frame_count_;
  ui::clear_targets();
  timeline_min_ = timeline_max_ = ImVec2(0, 0);
  apply_theme_if_changed();
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("Newsmark", nullptr, flags);
  ImGui::PopStyleVar(2);
  const bool narrow = ui::is_narrow(vp->WorkSize.x);
  draw_menu_bar(narrow);
  const float menu_bar_h = ImGui::GetCursorPosY();
  float drawer_bottom = 0;

  if (view_ == View::welcome) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
    ImGui::BeginChild("welcome", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    const ui::WelcomeView::Action action = welcome_.draw(fonts_, palette_);
    ui::touch_scroll();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    if (action == ui::WelcomeView::Action::analyze) {
      ui::WelcomeInput& in = welcome_.input();
      (void)load_text(in.text, in.dct, in.title, "");
    } else if (action == ui::WelcomeView::Action::sample) {
      load_sample();
    } else if (action == ui::WelcomeView::Action::exercise) {
      const auto files = embedded_exercise_files();
      const std::size_t i = welcome_.chosen_exercise();
      if (i < files.size()) {
        const io::InputFile f{std::string(files[i].name), std::string(files[i].data)};
        (void)open_files(std::span<const io::InputFile>(&f, 1));
      }
    }
  } else if (document_) {
    const float status_h = ImGui::GetFrameHeight() + 6.0f;
    if (analysing()) draw_analysis_progress();
    if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_F)) reading_.open_find();
    reading_.draw_find_bar(*document_, document_version_);
    const float avail_w = ImGui::GetContentRegionAvail().x;
    const bool timeline = show_timeline_ && ImGui::GetContentRegionAvail().y > 420.0f;
    const float bottom_h = status_h + (timeline ? timeline_h_ : 0.0f);
    const float splitter_w = 6.0f;
    side_panel_w_ = std::clamp(side_panel_w_, 240.0f, std::max(240.0f, avail_w * 0.6f));
    const bool panel = show_side_panel_ && !narrow;
    const float reading_w = panel ? avail_w - side_panel_w_ - splitter_w : 0.0f;
    reading_.set_outline(timeline_.hovered_clause());
    reading_.set_keys_elsewhere(timeline && timeline_.takes_keys());
    reading_.set_covered(narrow && drawer_open_);
    if (!(exercise_ && exercise_score_) && !reading_.outcomes().empty()) reading_.set_outcomes({});
    reading_.draw(*document_, &annotations_, document_version_, annotations_version_, ImVec2(reading_w, -bottom_h),
                  fonts_, palette_, applied_dark_ == 1);
    if (panel) {
      // A splitter the reader drags to resize the panel.
      ImGui::SameLine(0, 0);
      ImGui::InvisibleButton("##splitter", ImVec2(splitter_w, ImGui::GetContentRegionAvail().y - bottom_h));
      if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
      if (ImGui::IsItemActive()) side_panel_w_ -= ImGui::GetIO().MouseDelta.x;
      ImGui::GetWindowDrawList()->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_SeparatorActive : ImGuiCol_Separator));
      ImGui::SameLine(0, 0);
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 8));
      ImGui::BeginChild("side panel", ImVec2(0, -bottom_h), ImGuiChildFlags_AlwaysUseWindowPadding);
      draw_side_panel_contents();
      ui::touch_scroll();
      ImGui::EndChild();
      ImGui::PopStyleVar();
    }
    if (timeline) {
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 6));
      // Its height less the spacing above it, so the status bar keeps its place.
      ImGui::BeginChild("timeline", ImVec2(0, timeline_h_ - ImGui::GetStyle().ItemSpacing.y * 2.0f),
                        ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
      timeline_.set_capturing(timeline_png_requested_);
      timeline_.draw(*document_, annotations_, annotations_version_, reading_.selected_id(), palette_, applied_dark_ == 1);
      timeline_min_ = ImGui::GetWindowPos();
      timeline_max_ = ImVec2(timeline_min_.x + ImGui::GetWindowWidth(), timeline_min_.y + ImGui::GetWindowHeight());
      ImGui::EndChild();
      ImGui::PopStyleVar();
    }
    drawer_bottom = ImGui::GetWindowPos().y + ImGui::GetCursorPosY();  // above the timeline and status bar
    apply_canvas_actions();
    handle_lesson_requests();
    draw_exercise_windows();
    draw_status_bar(narrow);
    // Undo and redo, wherever the focus is, except while typing in a text box.
    if (!ImGui::GetIO().WantTextInput) {
      if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z) ||
          ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y)) {
        (void)redo();
      } else if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) {
        (void)undo();
      }
    }
  }
  ImGui::End();
  if (narrow && drawer_open_ && view_ == View::reading && document_) draw_side_drawer(vp->WorkPos.y + menu_bar_h, drawer_bottom);
  notices_.draw_overlay(palette_, menu_bar_h);

  if (show_about_) {
    ImGui::OpenPopup("About Newsmark");
    show_about_ = false;
  }
  if (ImGui::BeginPopupModal("About Newsmark", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("Newsmark %s", NEWSMARK_VERSION);
    ImGui::TextUnformatted("Read the news closely. Runs entirely in your browser.");
    if (!site_build_.empty()) ImGui::Text("Build %s, kept in this browser: works offline.", site_build_.c_str());
    if (!update_build_.empty()) ImGui::Text("Build %s is ready: Help \xE2\x80\xBA Update, or reload the page.", update_build_.c_str());
    ImGui::Separator();
    ImGui::Text("Dear ImGui %s (Debian %s)", IMGUI_VERSION, NEWSMARK_IMGUI_VERSION);
    ImGui::Text("SDL2 (Debian %s), simdjson (Debian %s)", NEWSMARK_SDL2_VERSION, NEWSMARK_SIMDJSON_VERSION);
    ImGui::TextUnformatted("UI font: Noto Sans (SIL Open Font License 1.1)");
    if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_O)) open_file_picker();
  if (document_ && ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_S)) download(io::Format::newsmark);
  const ui::LibraryWindow::Action lib = library_.draw(doc_id_, palette_);
  switch (lib.kind) {
    case ui::LibraryWindow::Action::Kind::open: platform::open_stored_document(lib.id); break;
    case ui::LibraryWindow::Action::Kind::remove: platform::delete_stored_document(lib.id); break;
    case ui::LibraryWindow::Action::Kind::rename:
      if (lib.id == doc_id_ && document_) {
        document_->set_title(lib.title);  // saved with the article on the next autosave
        ++document_version_;
        platform::set_window_title(lib.title + " \xE2\x80\x94 Newsmark");
      }
      platform::rename_stored_document(lib.id, lib.title);
      break;
    case ui::LibraryWindow::Action::Kind::none: break;
  }
  platform::text_entry_frame_done();  // every text field of the frame has been drawn
  autosave_if_due();
  // By frame 3 the article box has taken the keyboard focus requested in frame 1.
  if (frame_count_ == 3) platform::announce_ready();
  save_preferences_if_changed();
  // The CPU time to build this frame (not to draw it), for the state JSON and the benchmark.
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count();
  frame_ms_[frame_count_ % frame_ms_.size()] = ms;
}

}  // namespace newsmark
