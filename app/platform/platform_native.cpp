// Desktop implementation of platform.h, for local debugging of the app with Debian's SDL2.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

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

}  // namespace newsmark::platform
