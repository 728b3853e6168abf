// Text fields that work with on-screen keyboards, paste, IME and dictation: ImGui's InputText,
// with the field mirrored into the host's own text field while it is active (platform.h, text
// entry). Every editable text field of the app goes through these, with ImGui's flags. The app
// connects them to its host at start (set_text_entry_host); unconnected (tests, benchmarks)
// they are plain ImGui fields.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "imgui.h"

namespace newsmark::platform {
struct TextEntryEdit;
}

namespace newsmark::ui {

// The host's side of the mirror (platform.h: text_entry_sync, text_field_drawn).
struct TextEntryHost {
  bool (*sync)(unsigned field_id, bool multiline, std::string_view text, int selection_start, int selection_end,
               platform::TextEntryEdit& edited);
  void (*drawn)(const char* name, float x0, float y0, float x1, float y1, bool active);
};
void set_text_entry_host(const TextEntryHost* host);

// One line: `hint` shows while it is empty (nullptr for none).
bool text_field(const char* id, const char* hint, std::string& value, ImGuiInputTextFlags flags = 0);
bool text_field(const char* id, const char* hint, char* buffer, std::size_t size, ImGuiInputTextFlags flags = 0);
// Several lines, in a box of `size`.
bool text_box(const char* id, std::string& value, const ImVec2& size, ImGuiInputTextFlags flags = 0);

// What the host's field typed, made fit for a field with `flags`: one line unless `multiline`,
// no blanks for CharsNoBlank, upper case for CharsUppercase (ImGui applies its filters to keys,
// not to text put in by a callback). Exposed for the tests.
inline std::string fit_for_field(std::string text, ImGuiInputTextFlags flags, bool multiline) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n' && !multiline) c = ' ';
    if ((flags & ImGuiInputTextFlags_CharsNoBlank) != 0 && (c == ' ' || c == '\t' || c == '\n')) continue;
    if ((flags & ImGuiInputTextFlags_CharsUppercase) != 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    out.push_back(c);
  }
  return out;
}

}  // namespace newsmark::ui
