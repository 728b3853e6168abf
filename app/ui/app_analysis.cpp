// The engine's analysis of the open article: in place for short articles, in the background
// worker (platform::start_background_analysis) for long ones, so the page never stops
// answering; with a progress box while it runs.
#include <chrono>

#include "imgui.h"
#include "io/json/analysis_transfer.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/label_colors.h"

namespace newsmark {

void App::start_analysis(bool tokens_only) {
  analysis_ = PendingAnalysis{};
  analysis_.request = ++last_analysis_request_;
  analysis_.tokens_only = tokens_only;
  analysis_.started = ImGui::GetTime();
  analysis_.stage = tokens_only ? "words" : "starting";
  const std::string& text = document_->text();
  if (text.size() >= (tokens_only ? kBackgroundTokensBytes : kBackgroundAnalysisBytes) &&
      platform::start_background_analysis(analysis_.request, text, document_->info().dct, tokens_only)) {
    analysis_.in_background = true;
    return;
  }
  // In place: a long article a few frames from now, so the reader sees the text and the
  // progress box first instead of a window that stopped answering.
  if (text.size() >= kBackgroundAnalysisBytes) analysis_.due_frame = frame_count_ + 3;
  else run_analysis_here();
}

void App::run_analysis_here() {
  const bool tokens_only = analysis_.tokens_only;
  const auto t0 = std::chrono::steady_clock::now();
  Analysis analysis = engine_->analyze(*document_, tokens_only ? AnalyzeOptions::tokens_only() : AnalyzeOptions{});
  take_analysis(std::move(analysis), std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
}

void App::take_analysis(Analysis analysis, double ms) {
  const bool tokens_only = analysis_.tokens_only;
  analysis_ = PendingAnalysis{};
  tokens_ = std::move(analysis.tokens);
  sentences_ = std::move(analysis.sentences);
  if (tokens_only) {
    annotations_changed();  // the sourcing summary needs the tokens
    return;
  }
  analysis_ms_ = ms;
  annotations_ = std::move(analysis.annotations);
  ui::use_labels(annotations_.labels);
  ++annotations_version_;
  // An exercise that starts from suggestions: those of its labels only.
  if (exercise_) enter_exercise();
}

void App::analysis_progress(std::uint64_t request, float done, std::string_view stage) {
  if (request != analysis_.request || request == 0) return;
  analysis_.done = done;
  analysis_.stage.assign(stage);
}

void App::analysis_done(std::uint64_t request, std::string_view bytes) {
  if (request != analysis_.request || request == 0 || !document_) return;
  const double ms = (ImGui::GetTime() - analysis_.started) * 1000.0;
  auto analysis = io::decode_analysis(bytes, document_->text().size());
  if (!analysis) {
    analysis_failed(request, analysis.error().message);
    return;
  }
  take_analysis(std::move(analysis).value(), ms);
}

void App::analysis_failed(std::uint64_t request, std::string_view message) {
  if (request != analysis_.request || request == 0 || !document_) return;
  // The work still has to be done: here, with the page paused for it, rather than not at all.
  notices_.add(ui::Severity::warning, "The background analysis failed (" + std::string(message) +
                                          "); analysing here instead, the page pauses meanwhile.");
  analysis_.in_background = false;
  analysis_.due_frame = frame_count_ + 3;
}

bool App::refuse_edit_while_analysing() {
  if (!annotations_pending()) return false;
  if (!analysis_.edit_refused) {
    analysis_.edit_refused = true;
    notices_.add(ui::Severity::info, "Edits wait until the analysis is done: its highlights would replace them.");
  }
  return true;
}

void App::draw_analysis_progress() {
  if (!analysis_.in_background && analysis_.due_frame != 0 && frame_count_ >= analysis_.due_frame) {
    run_analysis_here();
    return;
  }
  const ImVec2 c = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(c, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24.0f, 0.0f));
  ImGui::Begin("##analysing", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  const std::string size = format_byte_size(document_->text().size());
  if (analysis_.tokens_only) ImGui::Text("Reading the words of %s of text\xE2\x80\xA6", size.c_str());
  else ImGui::Text("Analysing %s of text\xE2\x80\xA6", size.c_str());
  if (analysis_.in_background) {
    const std::string overlay = analysis_.stage + " \xC2\xB7 " + std::to_string(static_cast<int>(analysis_.done * 100.0f + 0.5f)) + "%";
    ImGui::ProgressBar(analysis_.done, ImVec2(-1.0f, 0.0f), overlay.c_str());
    ImGui::TextDisabled(analysis_.tokens_only ? "Your annotations are all here; you can work on meanwhile."
                                              : "Read on meanwhile: the highlights appear when it is done.");
  } else {
    ImGui::TextDisabled("Names, dates, quotes and sources: a few seconds for the longest articles.");
  }
  ImGui::End();
}

}  // namespace newsmark
