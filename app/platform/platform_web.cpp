// Browser implementation of platform.h, and the C functions behind `window.newsmark`
// (web/newsmark-api.js wraps them). This file and web/ are the only places that know about
// the browser.
#include <emscripten.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "imgui.h"
#include "io/json_writer.h"
#include "platform/platform.h"
#include "ui/app.h"

namespace {

newsmark::App* g_app = nullptr;
std::string g_result;  // last string handed to JS (valid until the next call)

EM_JS(int, js_prefers_dark, (), {
  return (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) ? 1 : 0;
});
EM_JS(double, js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, js_viewport_width, (), { return Math.max(1, Math.floor(window.innerWidth)); });
EM_JS(int, js_viewport_height, (), { return Math.max(1, Math.floor(window.innerHeight)); });
EM_JS(void, js_announce_ready, (), {
  if (window.newsmarkOnReady) window.newsmarkOnReady();
  console.log('newsmark: ready');
});
EM_JS(void, js_save_file, (const char* name, const char* mime, const char* data, int len), {
  const bytes = HEAPU8.slice(data, data + len);
  const blob = new Blob([bytes], {type : UTF8ToString(mime)});
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
});
EM_JS(void, js_set_title, (const char* title), { document.title = UTF8ToString(title); });
EM_JS(void, js_write_clipboard, (const char* text), {
  const s = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(() => {});
});

// Copies a region of the WebGL canvas into a 2D canvas and downloads it as PNG. Runs in the
// same task as the frame's drawing, so the drawing buffer still holds the frame.
EM_JS(int, js_save_png, (double x, double y, double w, double h, const char* name), {
  const c = document.getElementById('canvas');
  if (!c || !c.clientWidth) return 0;
  const s = c.width / c.clientWidth;
  const off = document.createElement('canvas');
  off.width = Math.max(1, Math.round(w * s));
  off.height = Math.max(1, Math.round(h * s));
  off.getContext('2d').drawImage(c, Math.round(x * s), Math.round(y * s), off.width, off.height, 0, 0, off.width, off.height);
  const file = UTF8ToString(name);
  off.toBlob((blob) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = file;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }, 'image/png');
  return 1;
});

EM_JS(char*, js_load_preference, (const char* key), {
  let v = "";
  try { v = window.localStorage.getItem('newsmark.' + UTF8ToString(key)) || ""; } catch (e) {}
  const n = lengthBytesUTF8(v) + 1;
  const p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_save_preference, (const char* key, const char* value), {
  try { window.localStorage.setItem('newsmark.' + UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

const char* get_clipboard(void* /*user*/) { return g_app != nullptr ? g_app->clipboard().c_str() : ""; }
void set_clipboard(void* /*user*/, const char* text) {
  if (g_app != nullptr) g_app->set_clipboard(text);
  js_write_clipboard(text);
}

const char* hand_out(std::string s) {
  g_result = std::move(s);
  return g_result.c_str();
}

const char* hand_out_position(const std::optional<std::pair<float, float>>& pos) {
  return hand_out(pos ? std::to_string(pos->first) + "," + std::to_string(pos->second) : std::string());
}

std::string load_result_json(const newsmark::LoadResult& r) {
  newsmark::io::JsonWriter w;
  w.begin_object();
  w.field("ok", r.ok);
  if (!r.ok) w.field("error", r.error_code);
  w.field("message", r.message);
  w.end_object();
  return std::move(w).take();
}

}  // namespace

namespace newsmark::platform {

void init(App& app) {
  g_app = &app;
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
}

bool prefers_dark() { return js_prefers_dark() != 0; }
float device_pixel_ratio() { return static_cast<float>(js_device_pixel_ratio()); }

bool viewport_size(int& width, int& height) {
  width = js_viewport_width();
  height = js_viewport_height();
  return true;
}

void announce_ready() {
  static bool done = false;
  if (done) return;
  done = true;
  js_announce_ready();
}

std::string save_file(std::string_view file_name, std::string_view mime, std::string_view data) {
  const std::string name(file_name), type(mime);
  js_save_file(name.c_str(), type.c_str(), data.data(), static_cast<int>(data.size()));
  return "Downloaded " + name;
}

void set_window_title(std::string_view title) { js_set_title(std::string(title).c_str()); }

std::string save_png_of_frame(float x, float y, float width, float height, std::string_view file_name) {
  if (js_save_png(x, y, width, height, std::string(file_name).c_str()) == 0) return "The image could not be made";
  return "Downloaded " + std::string(file_name);
}

std::string load_preference(std::string_view key) {
  char* v = js_load_preference(std::string(key).c_str());
  std::string out = v != nullptr ? v : "";
  std::free(v);
  return out;
}

void save_preference(std::string_view key, std::string_view value) {
  js_save_preference(std::string(key).c_str(), std::string(value).c_str());
}

}  // namespace newsmark::platform

// ---- called from web/newsmark-api.js ------------------------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE const char* nm_load_text(const char* text, int len, const char* dct,
                                              const char* title, const char* source, int extra_repairs) {
  if (g_app == nullptr) return hand_out(R"({"ok":false,"error":"not_ready","message":"The app is still starting."})");
  return hand_out(load_result_json(g_app->load_text(std::string_view(text, static_cast<std::size_t>(len)), dct,
                                                    title, source, static_cast<std::size_t>(extra_repairs))));
}

EMSCRIPTEN_KEEPALIVE void nm_paste(const char* text, int len, int extra_repairs) {
  if (g_app != nullptr) g_app->paste(std::string_view(text, static_cast<std::size_t>(len)), static_cast<std::size_t>(extra_repairs));
}

// Input so large that JS did not even copy it into wasm memory.
EMSCRIPTEN_KEEPALIVE const char* nm_refuse_too_large(double bytes, const char* what) {
  if (g_app == nullptr) return hand_out(R"({"ok":false,"error":"too_large","message":""})");
  return hand_out(load_result_json(g_app->refuse_too_large(static_cast<std::size_t>(bytes), what)));
}

EMSCRIPTEN_KEEPALIVE const char* nm_export_json() { return hand_out(g_app != nullptr ? g_app->export_json() : ""); }
EMSCRIPTEN_KEEPALIVE const char* nm_state() { return hand_out(g_app != nullptr ? g_app->state_json() : "{}"); }
EMSCRIPTEN_KEEPALIVE void nm_set_theme(int choice) {
  if (g_app != nullptr) g_app->set_theme(static_cast<newsmark::ui::ThemeChoice>(choice < 0 || choice > 2 ? 0 : choice));
}
EMSCRIPTEN_KEEPALIVE void nm_show_welcome() { if (g_app != nullptr) g_app->show_welcome(); }
EMSCRIPTEN_KEEPALIVE void nm_load_sample() { if (g_app != nullptr) g_app->load_sample(); }
EMSCRIPTEN_KEEPALIVE double nm_max_text_bytes() { return static_cast<double>(newsmark::kMaxTextBytes); }
EMSCRIPTEN_KEEPALIVE void nm_export_timeline_png() { if (g_app != nullptr) g_app->request_timeline_png(); }
EMSCRIPTEN_KEEPALIVE int nm_undo() { return g_app != nullptr && g_app->undo() ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int nm_redo() { return g_app != nullptr && g_app->redo() ? 1 : 0; }
// "x,y" in CSS pixels of the canvas, or "" when the event or character is not on screen.
EMSCRIPTEN_KEEPALIVE const char* nm_locate_event(const char* id) {
  return hand_out_position(g_app != nullptr ? g_app->locate_event(id) : std::nullopt);
}
EMSCRIPTEN_KEEPALIVE const char* nm_locate(double code_point) {
  return hand_out_position(g_app != nullptr && code_point >= 0 ? g_app->locate(static_cast<std::size_t>(code_point))
                                                               : std::nullopt);
}

}  // extern "C"
