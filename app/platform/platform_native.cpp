// Desktop implementation of platform.h, for local debugging of the app with Debian's SDL2.
#include <chrono>
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
#include "ui/app.h"

namespace newsmark::platform {
namespace {
App* g_app = nullptr;
}  // namespace

void init(App& app) { g_app = &app; }

bool prefers_dark() {
  const char* theme = std::getenv("NEWSMARK_THEME");
  return theme != nullptr && std::strcmp(theme, "dark") == 0;
}

bool coarse_pointer() {
  const char* pointer = std::getenv("NEWSMARK_POINTER");
  return pointer != nullptr && std::strcmp(pointer, "coarse") == 0;
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

namespace {

// $XDG_DATA_HOME/newsmark/library (or ~/.local/share/...): ID.json and ID.title per document.
std::filesystem::path library_dir() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  if (xdg != nullptr && *xdg != '\0') return std::filesystem::path(xdg) / "newsmark" / "library";
  if (home != nullptr && *home != '\0') return std::filesystem::path(home) / ".local/share/newsmark/library";
  return {};
}

// Ids come from the app ("d18c...-1"); anything else is refused as a file name.
bool safe_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool write_file(const std::filesystem::path& p, std::string_view data) {
  const std::filesystem::path tmp = p.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, p, ec);  // the old copy stays whole until the new one is
  return !ec;
}

}  // namespace

void store_document(std::string_view id, std::string_view title, std::string_view json, std::string_view kind) {
  const std::filesystem::path dir = library_dir();
  std::error_code ec;
  if (dir.empty() || !safe_id(id) || (std::filesystem::create_directories(dir, ec), ec) ||
      !write_file(dir / (std::string(id) + ".json"), json) || !write_file(dir / (std::string(id) + ".title"), title) ||
      !write_file(dir / (std::string(id) + ".kind"), kind)) {
    if (g_app != nullptr) g_app->storage_failed("could not write to " + dir.string() + ".");
    return;
  }
  if (g_app != nullptr) g_app->stored(id);
}

void request_library() {
  std::vector<StoredDocument> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(library_dir(), ec)) {
    if (entry.path().extension() != ".json") continue;
    StoredDocument d;
    d.id = entry.path().stem().string();
    d.title = read_file(entry.path().parent_path() / (d.id + ".title"));
    d.kind = read_file(entry.path().parent_path() / (d.id + ".kind"));  // "" for documents stored before kinds
    d.bytes = static_cast<std::size_t>(entry.file_size(ec));
    const auto mtime = std::filesystem::last_write_time(entry.path(), ec);
    const auto sys = std::chrono::time_point_cast<std::chrono::milliseconds>(
        mtime - std::filesystem::file_time_type::clock::now() + std::chrono::system_clock::now());
    d.updated_ms = static_cast<double>(sys.time_since_epoch().count());
    out.push_back(std::move(d));
  }
  if (g_app != nullptr) g_app->set_library(std::move(out));
}

void open_stored_document(std::string_view id) {
  if (!safe_id(id) || g_app == nullptr) return;
  (void)g_app->open_stored(id, read_file(library_dir() / (std::string(id) + ".json")));
}

void delete_stored_document(std::string_view id) {
  if (!safe_id(id)) return;
  std::error_code ec;
  std::filesystem::remove(library_dir() / (std::string(id) + ".json"), ec);
  std::filesystem::remove(library_dir() / (std::string(id) + ".title"), ec);
  request_library();
}

void rename_stored_document(std::string_view id, std::string_view title) {
  if (!safe_id(id)) return;
  (void)write_file(library_dir() / (std::string(id) + ".title"), title);
  request_library();
}

// The desktop build opens files dropped on its window (main.cpp).
bool pick_files() { return false; }

void apply_update() {}
bool make_exercise_link(std::string_view, LinkUse) { return false; }
bool take_graphics_restored() { return false; }

// The desktop's keyboard reaches ImGui directly; there is no host text field to mirror.
bool text_entry_sync(unsigned, bool, std::string_view, int, int, TextEntryEdit&) { return false; }
void text_field_drawn(const char*, float, float, float, float, bool) {}
void text_entry_frame_done() {}

// The desktop build analyses in place (it is the debugging build; its window may pause).
bool start_background_analysis(std::uint64_t, std::string_view, std::string_view, bool) { return false; }

}  // namespace newsmark::platform
