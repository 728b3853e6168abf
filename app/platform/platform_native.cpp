// Desktop implementation of platform.h, for local debugging of the app with Debian's SDL2.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <SDL.h>

#include "platform/platform.h"

namespace newsmark::platform {

void init(App& /*app*/) {}

bool prefers_dark() {
  const char* theme = std::getenv("NEWSMARK_THEME");
  return theme != nullptr && std::strcmp(theme, "dark") == 0;
}

float device_pixel_ratio() {
  float ddpi = 0;
  if (SDL_GetDisplayDPI(0, &ddpi, nullptr, nullptr) == 0 && ddpi > 0) {
    const float ratio = ddpi / 96.0f;
    return ratio < 1.0f ? 1.0f : ratio;
  }
  return 1.0f;
}

bool viewport_size(int& /*width*/, int& /*height*/) { return false; }

void announce_ready() {
  static bool done = false;
  if (done) return;
  done = true;
  std::printf("newsmark: ready\n");
  std::fflush(stdout);
}

std::string save_file(std::string_view file_name, std::string_view /*mime*/, std::string_view data) {
  const std::string name(file_name);
  std::ofstream out(name, std::ios::binary);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!out) return "Could not write " + name;
  return "Saved " + name + " in the current directory";
}

void set_window_title(std::string_view title) {
  SDL_Window* w = SDL_GL_GetCurrentWindow();
  if (w != nullptr) SDL_SetWindowTitle(w, std::string(title).c_str());
}

namespace {

// $XDG_CONFIG_HOME/newsmark/preferences (or ~/.config/...): one "key=value" per line.
std::string preferences_path() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  if (xdg != nullptr && *xdg != '\0') return std::string(xdg) + "/newsmark/preferences";
  if (home != nullptr && *home != '\0') return std::string(home) + "/.config/newsmark/preferences";
  return {};
}

std::vector<std::pair<std::string, std::string>> read_preferences() {
  std::vector<std::pair<std::string, std::string>> out;
  std::ifstream in(preferences_path());
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t eq = line.find('=');
    if (eq != std::string::npos) out.emplace_back(line.substr(0, eq), line.substr(eq + 1));
  }
  return out;
}

}  // namespace

std::string save_png_of_frame(float /*x*/, float /*y*/, float /*width*/, float /*height*/, std::string_view /*file_name*/) {
  // The desktop build is for debugging the app; images are made in the browser.
  return "Saving the timeline as an image works in the browser version";
}

std::string load_preference(std::string_view key) {
  for (auto& [k, v] : read_preferences()) {
    if (k == key) return v;
  }
  return {};
}

void save_preference(std::string_view key, std::string_view value) {
  const std::string path = preferences_path();
  if (path.empty()) return;
  auto prefs = read_preferences();
  bool found = false;
  for (auto& [k, v] : prefs) {
    if (k == key) {
      v = std::string(value);
      found = true;
    }
  }
  if (!found) prefs.emplace_back(std::string(key), std::string(value));
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  std::ofstream out(path, std::ios::trunc);
  for (auto& [k, v] : prefs) {
    // One line per preference: newlines in a value would start a new one.
    std::string clean = v;
    for (char& c : clean) c = (c == '\n' || c == '\r') ? ' ' : c;
    out << k << '=' << clean << '\n';
  }
}

}  // namespace newsmark::platform
