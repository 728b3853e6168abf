// What the app needs from its host (browser or desktop), in one place. platform_web.cpp
// implements it over the browser (EM_JS, exported callbacks), platform_native.cpp over the
// desktop; CMake picks one. Nothing else in app/ may talk to the browser directly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsmark {
class App;
}

namespace newsmark::platform {

// Called once after the window exists: installs the browser listeners (paste, drop, resize,
// theme changes) and exposes `window.newsmark` for automation. `app` receives those events.
void init(App& app);

// The system's colour-scheme preference (prefers-color-scheme in the browser; NEWSMARK_THEME
// =dark|light in the desktop build's environment).
bool prefers_dark();

// The primary pointer is a finger, not a mouse (the browser's `pointer: coarse`; on the desktop
// NEWSMARK_POINTER=coarse): controls then get touch-sized (ui/widgets.h).
bool coarse_pointer();

// Physical pixels per CSS / logical pixel.
float device_pixel_ratio();

// Size in logical pixels the app window should have now (the browser viewport), or false
// when the host manages the window size itself (desktop).
bool viewport_size(int& width, int& height);

// Prints the "newsmark: ready" line once, after the first frame is on screen.
void announce_ready();

// Offers `data` to the user as a file download (browser) or writes it to the current
// directory (desktop). Returns a message for the status line.
std::string save_file(std::string_view file_name, std::string_view mime, std::string_view data);

void set_window_title(std::string_view title);

// Saves the region (logical pixels) of the frame just drawn as a PNG download. Call after the
// frame is rendered, before it is presented. Returns a message for the status line.
std::string save_png_of_frame(float x, float y, float width, float height, std::string_view file_name);

// Small preferences that outlive the session (theme, panel width, hidden labels): the
// browser's localStorage, or a file in the desktop user's config directory. A missing key
// reads as "". Failures (storage disabled, a private window) are ignored: preferences are a
// comfort, never needed to work.
std::string load_preference(std::string_view key);
void save_preference(std::string_view key, std::string_view value);

// The reader's documents, saved as they work (autosave) and listed in File > Library: the
// browser's IndexedDB (web/newsmark-store.js), or one file per document in the desktop
// user's data directory. In the browser every call is asynchronous and its outcome comes back
// through the App: stored() or storage_failed() after a save, set_library() after a listing
// (also after a delete or rename), open_stored() after open_stored_document().
struct StoredDocument {
  std::string id;
  std::string title;
  double updated_ms = 0;  // milliseconds since 1970
  std::size_t bytes = 0;
  // What it is, for the Library to tell copies of one article apart: "" (an article), or a
  // few words ("exercise with its key", "exercise for students", "Ann's work").
  std::string kind;
};
void store_document(std::string_view id, std::string_view title, std::string_view json, std::string_view kind = {});
void request_library();
void open_stored_document(std::string_view id);
void delete_stored_document(std::string_view id);
void rename_stored_document(std::string_view id, std::string_view title);

// Shows the system's file picker (browser: an <input type=file>); the chosen files arrive
// through App::open_files. False when there is none (the desktop build: drop files on its
// window instead).
bool pick_files();

// True once after the browser restored a lost WebGL context (the GPU was reset, or the system
// reclaimed it): the renderer must make its GL objects again. Always false on the desktop.
bool take_graphics_restored();

// Makes a link that opens `exercise_json` (an exercise file) in the app: the file compressed
// into the URL's fragment, which never leaves the browser. The link comes back through
// App::exercise_link_made. False where links cannot be made (the desktop build).
// `use`: copy it to the clipboard, or open it in a new tab (a teacher trying the exercise as a
// student, their own work left as it is in this tab).
enum class LinkUse { copy, open_tab };
// What became of the link: made (the clipboard refused it: the reader copies it by hand), copied,
// opened in a new tab, or the new tab was blocked by the browser.
enum class LinkOutcome { made = 0, copied = 1, opened = 2, tab_blocked = 3 };
bool make_exercise_link(std::string_view exercise_json, LinkUse use = LinkUse::copy);

// Switches to the newer build of the site the service worker has installed (the page reloads;
// the work is saved already). Nothing on the desktop.
void apply_update();

// Long articles are analysed off the page's thread, in a Web Worker running its own copy of
// the engine (web/newsmark-analysis-worker.js), so the page keeps answering. `text` must be a
// loaded Document's text. The outcome comes back through App::analysis_progress, then
// App::analysis_done (io/json/analysis_transfer.h bytes) or App::analysis_failed, with the same
// `request`; a new request drops the one before. False when there is no such worker (the
// desktop build, a browser without workers): the caller analyses in place.
bool start_background_analysis(std::uint64_t request, std::string_view text, std::string_view dct, bool tokens_only);

// Text entry through the host's own text field. An ImGui text field draws and edits its text,
// but on a touch screen only a real, focused text field brings up the on-screen keyboard, and
// only there do paste, IME composition, dictation and autocorrect work. So while a field is
// active, the browser keeps a visually hidden <textarea> focused with the same text and
// selection (web/newsmark-text-entry.js), and each side takes the other's changes. ui/
// text_field.h calls these; the desktop build has no such field (they do nothing there).
struct TextEntryEdit {
  std::string text;
  int selection_start = 0;  // byte offsets in `text`; the caret is at selection_end
  int selection_end = 0;
};
// The active field (`field_id`, `multiline`) as it is this frame: its text and selection (byte
// offsets). Returns true, with the host's newer text and selection in `edited`, when the
// reader changed them there since: the field takes those instead.
bool text_entry_sync(unsigned field_id, bool multiline, std::string_view text, int selection_start, int selection_end,
                     TextEntryEdit& edited);
// Where a text field (`name`: its ImGui label without "##") was drawn this frame, in logical
// pixels, so that a tap on one can focus the host's field within the tap itself (iOS shows
// its keyboard only then), and tests can find it.
void text_field_drawn(const char* name, float x0, float y0, float x1, float y1, bool active);
// Once per frame, after the UI is built: no field synced this frame means none is active, and
// the host's field lets go of the keyboard focus.
void text_entry_frame_done();

}  // namespace newsmark::platform
