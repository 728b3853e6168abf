// Browser implementation of platform.h, and the C functions behind `window.newsmark`
// (web/newsmark-api.js wraps them). This file and web/ are the only places that know about
// the browser.
#include <emscripten.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "io/json/json_writer.h"
#include "platform/platform.h"
#include "ui/app.h"

namespace {

newsmark::App* g_app = nullptr;
std::string g_result;  // last string handed to JS (valid until the next call)
bool g_graphics_restored = false;  // set by the page when a lost WebGL context came back
std::vector<newsmark::io::InputFile> g_open_files;  // files being handed over (a brat pair is two)

EM_JS(int, js_prefers_dark, (), {
  return (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) ? 1 : 0;
});
EM_JS(int, js_coarse_pointer, (), {
  if (!window.matchMedia) return 0;
  if (!Module.coarsePointerQuery) Module.coarsePointerQuery = window.matchMedia('(pointer: coarse)');
  return Module.coarsePointerQuery.matches ? 1 : 0;
});
// Two fingers on the canvas: the change of the distance between them, and their middle (CSS px
// in the canvas), to the app on every move (SDL passes one finger on, as the pointer).
EM_JS(void, js_install_pinch, (), {
  const canvas = Module.canvas;
  if (!canvas) return;
  let last = 0;
  const apart = (t) => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
  canvas.addEventListener('touchmove', (e) => {
    if (e.touches.length !== 2) { last = 0; return; }
    const d = apart(e.touches);
    const r = canvas.getBoundingClientRect();
    const x = (e.touches[0].clientX + e.touches[1].clientX) / 2 - r.left;
    const y = (e.touches[0].clientY + e.touches[1].clientY) / 2 - r.top;
    if (last > 0 && d > 0) Module._nm_pinch(d / last, x, y);
    last = d;
  }, {passive: true});
  const reset = () => { last = 0; };
  canvas.addEventListener('touchend', reset, {passive: true});
  canvas.addEventListener('touchcancel', reset, {passive: true});
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

// The document store (web/newsmark-store.js). Outcomes come back through the nm_* exports.
EM_JS(void, js_store_document, (const char* id, const char* title, const char* json, int len, const char* kind), {
  const docId = UTF8ToString(id);
  const text = UTF8ToString(json, len);
  window.newsmarkStore.save(docId, UTF8ToString(title), text, UTF8ToString(kind))
    .then(() => Module.ccall('nm_stored', null, ['string'], [docId]))
    .catch((e) => window.newsmark._storageFailed(e));
});
EM_JS(void, js_request_library, (), { window.newsmark._sendLibrary(); });
EM_JS(void, js_open_stored, (const char* id), { window.newsmark.openStored(UTF8ToString(id)); });
EM_JS(void, js_delete_stored, (const char* id), {
  window.newsmarkStore.remove(UTF8ToString(id)).then(() => window.newsmark._sendLibrary(),
                                                     (e) => window.newsmark._storageFailed(e));
});
EM_JS(void, js_rename_stored, (const char* id, const char* title), {
  window.newsmarkStore.rename(UTF8ToString(id), UTF8ToString(title)).then(() => window.newsmark._sendLibrary(),
                                                                          (e) => window.newsmark._storageFailed(e));
});
EM_JS(int, js_pick_files, (), {
  const input = document.getElementById('file-input');
  if (!input) return 0;
  input.value = "";
  input.click();
  return 1;
});

EM_JS(int, js_start_analysis, (double request, const char* text, int len, const char* dct, int tokens_only), {
  // A copy of the text for the worker (handed over without another copy).
  const bytes = HEAPU8.slice(text, text + len);
  return window.newsmarkAnalysis.start(request, bytes, UTF8ToString(dct), tokens_only != 0) ? 1 : 0;
});

EM_JS(void, js_apply_update, (), { window.newsmark.applyUpdate(); });
EM_JS(void, js_make_exercise_link, (const char* json, int len, int open_tab), {
  window.newsmark._makeExerciseLink(UTF8ToString(json, len), open_tab ? 'open' : 'copy');
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
  js_install_pinch();
}

bool prefers_dark() { return js_prefers_dark() != 0; }
bool coarse_pointer() { return js_coarse_pointer() != 0; }
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

void store_document(std::string_view id, std::string_view title, std::string_view json, std::string_view kind) {
  js_store_document(std::string(id).c_str(), std::string(title).c_str(), json.data(), static_cast<int>(json.size()),
                    std::string(kind).c_str());
}
void request_library() { js_request_library(); }
void open_stored_document(std::string_view id) { js_open_stored(std::string(id).c_str()); }
void delete_stored_document(std::string_view id) { js_delete_stored(std::string(id).c_str()); }
void rename_stored_document(std::string_view id, std::string_view title) {
  js_rename_stored(std::string(id).c_str(), std::string(title).c_str());
}
bool pick_files() { return js_pick_files() != 0; }

void apply_update() { js_apply_update(); }
bool make_exercise_link(std::string_view exercise_json, LinkUse use) {
  js_make_exercise_link(exercise_json.data(), static_cast<int>(exercise_json.size()), use == LinkUse::open_tab ? 1 : 0);
  return true;
}

bool take_graphics_restored() {
  const bool restored = g_graphics_restored;
  g_graphics_restored = false;
  return restored;
}

bool start_background_analysis(std::uint64_t request, std::string_view text, std::string_view dct, bool tokens_only) {
  return js_start_analysis(static_cast<double>(request), text.data(), static_cast<int>(text.size()), std::string(dct).c_str(),
                           tokens_only ? 1 : 0) != 0;
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
EMSCRIPTEN_KEEPALIVE void nm_pinch(double scale, double x, double y) {
  if (g_app != nullptr && scale > 0.0) g_app->pinch(static_cast<float>(scale), static_cast<float>(x), static_cast<float>(y));
}
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

// Opening files: JS adds each file's bytes (g_open_files), then opens them together.
EMSCRIPTEN_KEEPALIVE void nm_open_add(const char* name, const char* bytes, int len) {
  g_open_files.push_back(newsmark::io::InputFile{name, std::string(bytes, static_cast<std::size_t>(len))});
}
EMSCRIPTEN_KEEPALIVE const char* nm_open_files() {
  std::vector<newsmark::io::InputFile> files = std::move(g_open_files);
  g_open_files.clear();
  if (g_app == nullptr) return hand_out(R"({"ok":false,"error":"not_ready","message":"The app is still starting."})");
  return hand_out(load_result_json(g_app->open_files(files)));
}
EMSCRIPTEN_KEEPALIVE const char* nm_open_stored(const char* id, const char* json, int len) {
  if (g_app == nullptr) return hand_out(R"({"ok":false,"error":"not_ready","message":"The app is still starting."})");
  return hand_out(load_result_json(g_app->open_stored(id, std::string_view(json, static_cast<std::size_t>(len)))));
}
// The service worker's news (web/newsmark-pwa.js).
// Exercises for automation (the same steps as the Exercise dialog and tab). `labels`: comma
// separated.
EMSCRIPTEN_KEEPALIVE const char* nm_make_exercise(const char* title, const char* instructions, const char* labels, int suggestions,
                                                  int keep_key) {
  if (g_app == nullptr) return hand_out("");
  newsmark::ExerciseTask task;
  task.title = title;
  task.instructions = instructions;
  task.show_suggestions = suggestions != 0;
  std::string_view list(labels);
  while (!list.empty()) {
    const std::size_t comma = std::min(list.find(','), list.size());
    if (comma > 0) task.labels.emplace_back(list.substr(0, comma));
    list.remove_prefix(std::min(comma + 1, list.size()));
  }
  return hand_out(g_app->make_exercise_file(std::move(task), keep_key != 0));
}
EMSCRIPTEN_KEEPALIVE int nm_submit_exercise(const char* student) { return g_app != nullptr && g_app->submit_exercise(student) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE void nm_show_class_results() { if (g_app != nullptr) g_app->show_class_results(); }
EMSCRIPTEN_KEEPALIVE void nm_show_error(const char* message) { if (g_app != nullptr) g_app->show_error(message); }
EMSCRIPTEN_KEEPALIVE void nm_exercise_link(const char* link, int outcome) {
  if (g_app != nullptr) g_app->exercise_link_made(link, static_cast<newsmark::platform::LinkOutcome>(outcome));
}
EMSCRIPTEN_KEEPALIVE void nm_graphics_restored() { g_graphics_restored = true; }
EMSCRIPTEN_KEEPALIVE void nm_site_build(const char* build) { if (g_app != nullptr) g_app->set_site_build(build); }
EMSCRIPTEN_KEEPALIVE void nm_update_ready(const char* build) { if (g_app != nullptr) g_app->update_ready(build); }

// The analysis worker reporting back (platform::start_background_analysis).
EMSCRIPTEN_KEEPALIVE void nm_analysis_progress(double request, double done, const char* stage) {
  if (g_app != nullptr) g_app->analysis_progress(static_cast<std::uint64_t>(request), static_cast<float>(done), stage);
}
EMSCRIPTEN_KEEPALIVE void nm_analysis_done(double request, const char* bytes, int len) {
  if (g_app != nullptr) g_app->analysis_done(static_cast<std::uint64_t>(request), std::string_view(bytes, static_cast<std::size_t>(len)));
}
EMSCRIPTEN_KEEPALIVE void nm_analysis_failed(double request, const char* message) {
  if (g_app != nullptr) g_app->analysis_failed(static_cast<std::uint64_t>(request), message);
}
EMSCRIPTEN_KEEPALIVE void nm_stored(const char* id) { if (g_app != nullptr) g_app->stored(id); }
EMSCRIPTEN_KEEPALIVE void nm_storage_error(const char* message) { if (g_app != nullptr) g_app->storage_failed(message); }
// The library listing: one "id TAB title TAB updated-ms TAB bytes TAB kind" line per document.
EMSCRIPTEN_KEEPALIVE void nm_library(const char* lines, int len) {
  if (g_app == nullptr) return;
  std::vector<newsmark::platform::StoredDocument> out;
  std::string_view rest(lines, static_cast<std::size_t>(len));
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    std::string_view f[5];
    for (int k = 0; k < 5; ++k) {
      const std::size_t tab = line.find('\t');
      f[k] = line.substr(0, tab);
      line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    }
    if (f[0].empty()) continue;
    out.push_back({std::string(f[0]), std::string(f[1]), std::strtod(std::string(f[2]).c_str(), nullptr),
                   static_cast<std::size_t>(std::strtoull(std::string(f[3]).c_str(), nullptr, 10)), std::string(f[4])});
  }
  g_app->set_library(std::move(out));
}
EMSCRIPTEN_KEEPALIVE int nm_download(const char* format) {
  auto f = newsmark::io::format_by_name(format);
  if (g_app == nullptr || !f) return 0;
  g_app->download(*f);
  return 1;
}

}  // extern "C"
