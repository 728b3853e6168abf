// The browser side of platform.h's text entry: the active ImGui field and the page's hidden
// <textarea id="text-entry"> (web/newsmark-text-entry.js) hold the same text and selection.
// The field sends what it holds each frame and the page's textarea is updated when that
// differs from what it shows; the reader's typing, pastes, compositions and corrections there
// come back as an edit the field takes on its next frame. Keys the field acts on rather than
// types (Enter, Escape, Tab, shortcuts) are passed from the textarea to ImGui.
#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "imgui.h"
#include "platform/platform.h"

namespace {

struct Mirror {
  unsigned field = 0;                      // the field the textarea mirrors (0: none)
  newsmark::platform::TextEntryEdit shown;  // what the textarea holds, as far as we know
  bool edited = false;                     // the reader changed the textarea since the last frame
  newsmark::platform::TextEntryEdit edit;
  bool synced_this_frame = false;
};
Mirror g_mirror;

EM_JS(void, js_text_entry_show, (unsigned field, const char* text, int len, int selection_start, int selection_end, int multiline), {
  if (window.newsmarkTextEntry) {
    window.newsmarkTextEntry.show(field, UTF8ToString(text, len), selection_start, selection_end, multiline != 0);
  }
});
EM_JS(void, js_text_entry_end, (), {
  if (window.newsmarkTextEntry) window.newsmarkTextEntry.end();
});
EM_JS(void, js_text_field_drawn, (const char* name, double x0, double y0, double x1, double y1, int active), {
  if (window.newsmarkTextEntry) window.newsmarkTextEntry.fieldDrawn(UTF8ToString(name), x0, y0, x1, y1, active != 0);
});
EM_JS(void, js_text_fields_done, (), {
  if (window.newsmarkTextEntry) window.newsmarkTextEntry.frameDone();
});

void show(unsigned field, bool multiline) {
  const std::string& t = g_mirror.shown.text;
  js_text_entry_show(field, t.c_str(), static_cast<int>(t.size()), g_mirror.shown.selection_start, g_mirror.shown.selection_end,
                     multiline ? 1 : 0);
}

// The ImGui key for a KeyboardEvent.key the textarea passes on, or ImGuiKey_None.
ImGuiKey imgui_key(std::string_view key) {
  if (key == "Enter") return ImGuiKey_Enter;
  if (key == "Escape") return ImGuiKey_Escape;
  if (key == "Tab") return ImGuiKey_Tab;
  if (key.size() == 1) {
    const char c = key[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  if (key.size() >= 2 && key.size() <= 3 && key[0] == 'F') {
    const int n = std::atoi(std::string(key.substr(1)).c_str());
    if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + (n - 1));
  }
  return ImGuiKey_None;
}

}  // namespace

namespace newsmark::platform {

bool text_entry_sync(unsigned field_id, bool multiline, std::string_view text, int selection_start, int selection_end,
                     TextEntryEdit& edited) {
  g_mirror.synced_this_frame = true;
  if (field_id != g_mirror.field) {
    // A field became active: the textarea takes its text and the focus.
    g_mirror.field = field_id;
    g_mirror.edited = false;
    g_mirror.shown = TextEntryEdit{std::string(text), selection_start, selection_end};
    show(field_id, multiline);
    return false;
  }
  if (g_mirror.edited) {
    g_mirror.edited = false;
    g_mirror.shown = g_mirror.edit;
    edited = g_mirror.edit;
    return true;
  }
  // The field changed by itself (a click moved the caret, a passed-on Tab was typed, a filter
  // changed what came in): the textarea follows.
  if (text != g_mirror.shown.text || selection_start != g_mirror.shown.selection_start ||
      selection_end != g_mirror.shown.selection_end) {
    g_mirror.shown = TextEntryEdit{std::string(text), selection_start, selection_end};
    show(field_id, multiline);
  }
  return false;
}

void text_field_drawn(const char* name, float x0, float y0, float x1, float y1, bool active) {
  js_text_field_drawn(name, x0, y0, x1, y1, active ? 1 : 0);
}

void text_entry_frame_done() {
  if (!g_mirror.synced_this_frame && g_mirror.field != 0) {
    g_mirror.field = 0;
    g_mirror.edited = false;
    js_text_entry_end();
  }
  g_mirror.synced_this_frame = false;
  js_text_fields_done();
}

}  // namespace newsmark::platform

extern "C" {

// The reader changed the textarea (typed, pasted, composed, corrected, moved the caret).
EMSCRIPTEN_KEEPALIVE void nm_text_entry_edit(unsigned field, const char* text, int selection_start, int selection_end) {
  if (field == 0 || field != g_mirror.field) return;  // a field that is no longer active
  g_mirror.edit = newsmark::platform::TextEntryEdit{std::string(text), selection_start, selection_end};
  g_mirror.edited = true;
}

// A key the textarea does not type but ImGui acts on, with the modifiers held.
EMSCRIPTEN_KEEPALIVE void nm_text_entry_key(const char* key, int down, int ctrl, int shift, int alt, int super) {
  const ImGuiKey k = imgui_key(key);
  if (k == ImGuiKey_None) return;
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
  io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
  io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
  io.AddKeyEvent(ImGuiMod_Super, super != 0);
  io.AddKeyEvent(k, down != 0);
}

}  // extern "C"
