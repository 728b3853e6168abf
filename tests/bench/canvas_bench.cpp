// The canvas benchmark: the reading view and side panel over a 1 MB article with the engine's
// annotations, driven headless (Dear ImGui with no renderer: frames are built, not drawn),
// printing the CPU time to build frames while scrolling, to re-layout after a resize, and per
// frame while typing in the find bar.
//   newsmark-canvas-bench [--mb N] [--frames F]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench_figures.h"
#include "core/model/document.h"
#include "core/engine.h"
#include "imgui.h"
#include "news_generator.h"
#include "ui/fonts.h"
#include "ui/reading_view.h"
#include "ui/side_panel.h"
#include "ui/timeline_panel.h"
#include "ui/theme.h"

#ifndef __EMSCRIPTEN__
#include <sys/resource.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

struct Stats {
  double mean = 0, p95 = 0, max = 0;
};

Stats stats_of(std::vector<double> ms) {
  Stats s;
  if (ms.empty()) return s;
  for (double v : ms) s.mean += v;
  s.mean /= static_cast<double>(ms.size());
  std::sort(ms.begin(), ms.end());
  s.p95 = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
  s.max = ms.back();
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 1.0;
  int frames = 300;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--mb") && i + 1 < argc) mb = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--frames") && i + 1 < argc) frames = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "usage: newsmark-canvas-bench [--mb N] [--frames F]\n");
      return 2;
    }
  }
  auto engine = newsmark::Engine::create();
  if (!engine) {
    std::fprintf(stderr, "newsmark-canvas-bench: %s\n", engine.error().message.c_str());
    return 1;
  }
  const std::string text = newsmark::bench::generate_news(static_cast<std::size_t>(mb * 1048576.0));
  auto doc = newsmark::load_document(text, {});
  if (!doc) return 1;
  const newsmark::Document& d = doc->document;
  const newsmark::AnnotationSet set = engine->analyze(d).annotations;

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60.0f;
  const newsmark::ui::Fonts fonts = newsmark::ui::build_fonts(1.0f);
  unsigned char* pixels = nullptr;
  int tw = 0, th = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
  const newsmark::ui::Palette palette = newsmark::ui::apply_theme(false);
  newsmark::ui::ReadingView view;
  newsmark::ui::SidePanel panel;

  // One frame as the app builds it: the canvas and the side panel; returns its CPU time.
  auto frame = [&](auto&& before) {
    const auto t0 = Clock::now();
    ImGui::NewFrame();
    before();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration);
    view.draw_find_bar(d, 1);
    const float panel_w = 360.0f;
    view.draw(d, &set, 1, 1, ImVec2(ImGui::GetContentRegionAvail().x - panel_w, 0), fonts, palette, false);
    ImGui::SameLine();
    ImGui::BeginChild("panel");
    panel.draw(d, set, 1, view.selected_id(), palette, false);
    ImGui::EndChild();
    ImGui::End();
    ImGui::Render();
    (void)view.take_actions();
    (void)panel.take_actions();
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  };
  auto nothing = [] {};

  const double first = frame(nothing);  // lays out the whole text
  (void)frame(nothing);
  // Scrolling: the wheel over the text, a few lines per frame, through the article.
  std::vector<double> scroll;
  io.AddMousePosEvent(400, 400);
  for (int f = 0; f < frames; ++f) {
    scroll.push_back(frame([&] { io.AddMouseWheelEvent(0, -4.0f); }));
  }
  const std::size_t scrolled_to = view.first_visible_line();
  // Resizing: a narrower window re-lays out the whole text in one frame.
  io.DisplaySize = ImVec2(1000, 800);
  const double relayout = frame(nothing);
  io.DisplaySize = ImVec2(1280, 800);
  (void)frame(nothing);
  // Typing in the find bar: one character per frame, every match of the text so far.
  view.open_find();
  (void)frame(nothing);
  std::vector<double> typing;
  for (const char c : std::string("harbour authority")) {
    typing.push_back(frame([&] { io.AddInputCharacter(static_cast<unsigned int>(c)); }));
    typing.push_back(frame(nothing));
  }
  // The timeline panel with 5,000 events (the article's, repeated a year apart), zooming.
  newsmark::AnnotationSet timeline_set = set;
  {
    const std::size_t base = set.timeline.size();
    for (std::size_t k = 0; base > 0 && timeline_set.timeline.size() < 5000; ++k) {
      newsmark::TimelineEvent e = set.timeline[k % base];
      e.id = "x" + std::to_string(k);
      if (e.start.size() >= 4) {
        const int shift = static_cast<int>(k / base) + 1;
        e.start = std::to_string(std::atoi(e.start.substr(0, 4).c_str()) + shift) + e.start.substr(4);
        if (e.end.size() >= 4) e.end = std::to_string(std::atoi(e.end.substr(0, 4).c_str()) + shift) + e.end.substr(4);
      }
      timeline_set.timeline.push_back(std::move(e));
    }
  }
  newsmark::ui::TimelinePanel timeline;
  std::vector<double> tl;
  io.AddMousePosEvent(600, 300);
  for (int f = 0; f < frames; ++f) {
    const auto t0 = Clock::now();
    ImGui::NewFrame();
    if (f > 1) io.AddMouseWheelEvent(0, f % 40 < 20 ? 1.0f : -1.0f);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1280, 260));
    ImGui::Begin("timeline", nullptr, ImGuiWindowFlags_NoDecoration);
    timeline.draw(d, timeline_set, 1, std::string(), palette, false);
    ImGui::End();
    ImGui::Render();
    (void)timeline.take_actions();
    tl.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  const Stats tls = stats_of(tl);
  const Stats s = stats_of(scroll), t = stats_of(typing);

  std::printf("newsmark-canvas-bench: %.2f MB article, %zu annotations, %zu laid-out lines, 1280x800, no renderer\n",
              static_cast<double>(text.size()) / 1048576.0, set.annotations.size(), view.line_count());
  std::printf("%-34s %8s %8s %8s\n", "frame CPU time (ms)", "mean", "p95", "max");
  std::printf("%-34s %8.2f %8.2f %8.2f   (%d frames, to line %zu; %zu highlights on screen)\n", "scrolling", s.mean,
              s.p95, s.max, frames, scrolled_to, view.highlighted_on_screen());
  std::printf("%-34s %8.2f %8.2f %8.2f   (%zu frames)\n", "typing in the find bar", t.mean, t.p95, t.max, typing.size());
  std::printf("%-34s %8.2f %8.2f %8.2f   (%zu events, %zu drawn at the end)\n", "timeline panel, zooming", tls.mean,
              tls.p95, tls.max, timeline_set.timeline.size(), timeline.events_drawn());
  std::printf("%-34s %8.2f\n", "first frame (lay out 1 MB)", first);
  std::printf("%-34s %8.2f\n", "re-layout after a resize", relayout);
  std::printf("find matches for 'harbour authority': %zu\n", view.match_count());
  using newsmark::bench::figure;
  figure("canvas.scroll_mean", s.mean, "ms");
  figure("canvas.scroll_p95", s.p95, "ms");
  figure("canvas.scroll_max", s.max, "ms");
  figure("canvas.typing_max", t.max, "ms");
  figure("canvas.first_frame", first, "ms");
  figure("canvas.relayout", relayout, "ms");
  figure("timeline.zoom_mean", tls.mean, "ms");
  figure("timeline.zoom_max", tls.max, "ms");
#ifndef __EMSCRIPTEN__
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("peak memory: %.1f MB\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  figure("canvas.peak_memory", static_cast<double>(ru.ru_maxrss) / 1024.0, "MB");
#endif
  ImGui::DestroyContext();
  return 0;
}
