// App::state_json: the app's visible state as JSON (view, document, reading layout, exercise,
// notices, frame times), for window.newsmark.state() and the tests that drive the app.
#include <map>

#include "io/json/json_writer.h"
#include "ui/app.h"
#include "ui/label_colors.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace newsmark {

std::string App::state_json() const {
  io::JsonWriter w;
  w.begin_object();
  w.field("view", view_ == View::welcome ? "welcome" : "reading");
  w.field("frame", static_cast<std::uint64_t>(frame_count_));
  w.field("dark", applied_dark_ == 1);
  w.field("theme", ui::theme_choice_name(theme_choice_));
  w.field("build", site_build_);
  // The exercise open for the student, and the class results, for automation.
  w.key("exercise");
  if (exercise_) {
    w.begin_object();
    w.field("title", exercise_->task.title);
    w.key("labels");
    w.begin_array();
    for (const std::string& l : exercise_->task.labels) w.value(l);
    w.end_array();
    w.field("hasKey", exercise_->has_key);
    w.field("keySpans", static_cast<std::uint64_t>(exercise_->key.size()));
    w.field("student", exercise_->student);
    w.field("submitted", exercise_->submitted);
    w.key("score");
    if (exercise_score_) {
      w.begin_object();
      w.field("f1", exercise_score_->total.f1);
      w.field("precision", exercise_score_->total.precision);
      w.field("recall", exercise_score_->total.recall);
      w.end_object();
    } else {
      w.null();
    }
    // The outcome shown under each of the student's marks, counted.
    std::size_t found = 0, in_part = 0, extra = 0;
    for (const auto& [id, o] : reading_.outcomes()) {
      found += o == ui::MarkOutcome::found ? 1 : 0;
      in_part += o == ui::MarkOutcome::in_part ? 1 : 0;
      extra += o == ui::MarkOutcome::extra ? 1 : 0;
    }
    w.key("marks");
    w.begin_object();
    w.field("found", static_cast<std::uint64_t>(found));
    w.field("inPart", static_cast<std::uint64_t>(in_part));
    w.field("extra", static_cast<std::uint64_t>(extra));
    w.end_object();
    w.field("classOpen", class_view_.is_open());
    w.field("classFolded", class_view_.is_folded());
    w.field("classStudents", static_cast<std::uint64_t>(class_view_.size()));
    w.end_object();
  } else {
    w.null();
  }
  w.key("labelSet");
  w.begin_array();
  for (const LabelDef& d : annotations_.labels) w.value(d.name);
  w.end_array();
  w.field("updateReady", update_build_);
  w.field("pixelRatio", static_cast<double>(fonts_.pixel_ratio));
  const ImGuiIO& io = ImGui::GetIO();
  w.field("wantTextInput", io.WantTextInput);
  // The layout the screen asked for (ui/widgets.h), and where named controls were drawn.
  w.key("ui");
  w.begin_object();
  w.field("narrow", ui::is_narrow(io.DisplaySize.x));
  w.field("coarsePointer", ui::coarse_pointer());
  w.field("sidePanel", show_side_panel_);
  w.field("drawerOpen", drawer_open_);
  w.field("frameHeight", static_cast<double>(ImGui::GetFrameHeight()));
  w.key("targets");
  w.begin_object();
  for (const auto& [name, r] : ui::targets()) {
    w.key(name);
    w.begin_array();
    for (float v : {r.x0, r.y0, r.x1, r.y1}) w.value(static_cast<double>(v));
    w.end_array();
  }
  w.end_object();
  w.end_object();
  w.key("display");
  w.begin_array();
  w.value(static_cast<double>(io.DisplaySize.x));
  w.value(static_cast<double>(io.DisplaySize.y));
  w.end_array();
  w.key("document");
  if (document_) {
    w.begin_object();
    w.field("title", document_->info().title);
    w.key("dct");
    if (document_->info().dct.empty()) w.null(); else w.value(document_->info().dct);
    w.field("bytes", static_cast<std::uint64_t>(document_->text().size()));
    w.field("codePoints", static_cast<std::uint64_t>(document_->offsets().code_point_count()));
    w.key("annotations");
    w.begin_object();
    std::map<std::string, std::uint64_t> by_label;
    for (const Annotation& a : annotations_.annotations) ++by_label[a.label];
    for (const auto& [label, n] : by_label) w.field(label, n);
    w.end_object();
    w.field("entities", static_cast<std::uint64_t>(annotations_.entities.size()));
    w.field("analysisMs", analysis_ms_);
    w.field("analysing", analysing());
    w.field("analysisInBackground", analysing() && analysis_.in_background);
    w.field("analysisDone", analysing() ? analysis_.done : 1.0f);
    w.field("id", doc_id_);
    w.field("saveState", save_state_name());
    w.end_object();
  } else {
    w.null();
  }
  {
    // Frame build times over the last frames (0 where none yet).
    double sum = 0, max = 0;
    std::size_t n = 0;
    for (double v : frame_ms_) {
      if (v <= 0) continue;
      sum += v;
      max = std::max(max, v);
      ++n;
    }
    w.key("frameMs");
    w.begin_object();
    w.field("mean", n ? sum / static_cast<double>(n) : 0.0);
    w.field("max", max);
    w.field("frames", static_cast<std::uint64_t>(n));
    w.end_object();
  }
  w.key("timeline");
  w.begin_object();
  w.field("shown", show_timeline_);
  w.field("eventsDrawn", static_cast<std::uint64_t>(timeline_.events_drawn()));
  w.field("eventsEarlier", static_cast<std::uint64_t>(timeline_.events_earlier()));
  w.field("eventsLater", static_cast<std::uint64_t>(timeline_.events_later()));
  w.key("selected");
  if (timeline_.selected_event().empty()) w.null(); else w.value(timeline_.selected_event());
  w.field("start", timeline_.axis().start());
  w.field("end", timeline_.axis().end());
  w.end_object();
  w.key("canvas");
  w.begin_object();
  w.key("selection");
  const ByteSpan sel = reading_.selection();
  if (document_ && !sel.empty()) {
    w.begin_object();
    w.field("start", static_cast<std::uint64_t>(*document_->to_code_point(sel.begin)));
    w.field("end", static_cast<std::uint64_t>(*document_->to_code_point(sel.end)));
    w.field("text", std::string_view(document_->text()).substr(sel.begin, sel.size()));
    w.end_object();
  } else {
    w.null();
  }
  w.key("selected");
  if (reading_.selected_id().empty()) w.null(); else w.value(reading_.selected_id());
  w.field("findMatches", static_cast<std::uint64_t>(reading_.match_count()));
  w.field("undoDepth", static_cast<std::uint64_t>(history_.undo_depth()));
  w.field("undoName", history_.undo_name());
  w.field("redoDepth", static_cast<std::uint64_t>(history_.redo_depth()));
  w.field("redoName", history_.redo_name());
  w.end_object();
  w.key("reading");
  w.begin_object();
  w.field("lines", static_cast<std::uint64_t>(reading_.line_count()));
  w.field("firstVisibleLine", static_cast<std::uint64_t>(reading_.first_visible_line()));
  w.field("visibleLines", static_cast<std::uint64_t>(reading_.visible_line_count()));
  w.field("highlightsOnScreen", static_cast<std::uint64_t>(reading_.highlighted_on_screen()));
  w.field("wrapWidth", static_cast<double>(reading_.wrap_width()));
  w.field("lineHeight", static_cast<double>(reading_.line_height()));
  w.field("scrollY", static_cast<double>(reading_.scroll_y()));
  w.end_object();
  w.field("welcomeTextBytes", static_cast<std::uint64_t>(welcome_.input().text.size()));
  w.field("welcomeTextStart", std::string_view(welcome_.input().text).substr(0, 200));
  w.key("notices");
  w.begin_array();
  for (const ui::Notice& n : notices_.notices()) {
    w.begin_object();
    w.field("severity", ui::severity_name(n.severity));
    w.field("text", n.text);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return std::move(w).take();
}

}  // namespace newsmark
