#include "ui/text_field.h"

#include <algorithm>

#include "imgui_stdlib.h"
#include "platform/platform.h"

namespace newsmark::ui {
namespace {

const TextEntryHost* g_host = nullptr;

struct FieldMirror {
  ImGuiID id;
  ImGuiInputTextFlags flags;
  bool multiline;
};

// ImGui calls this every frame while the field is active (CallbackAlways).
int mirror_callback(ImGuiInputTextCallbackData* d) {
  if (d->EventFlag != ImGuiInputTextFlags_CallbackAlways) return 0;
  const auto* f = static_cast<const FieldMirror*>(d->UserData);
  if (g_host == nullptr) return 0;
  platform::TextEntryEdit edit;
  const int lo = std::min(d->SelectionStart, d->SelectionEnd);
  const int hi = std::max(d->SelectionStart, d->SelectionEnd);
  if (!g_host->sync(f->id, f->multiline, std::string_view(d->Buf, static_cast<std::size_t>(d->BufTextLen)),
                                 lo == hi ? d->CursorPos : lo, lo == hi ? d->CursorPos : hi, edit)) {
    return 0;
  }
  if ((f->flags & ImGuiInputTextFlags_ReadOnly) != 0) return 0;
  const std::string text = fit_for_field(std::move(edit.text), f->flags, f->multiline);
  d->DeleteChars(0, d->BufTextLen);
  d->InsertChars(0, text.data(), text.data() + text.size());  // cut short by a full fixed buffer
  const int n = d->BufTextLen;
  d->SelectionStart = std::clamp(edit.selection_start, 0, n);
  d->SelectionEnd = std::clamp(edit.selection_end, 0, n);
  d->CursorPos = d->SelectionEnd;
  return 0;
}

// Tells the host where the field is (and its name: "##student" is "student"), for taps and
// for placing the host's own field over it.
void after_field(const char* id) {
  const ImVec2 a = ImGui::GetItemRectMin();
  const ImVec2 b = ImGui::GetItemRectMax();
  while (*id == '#') ++id;
  if (g_host != nullptr) g_host->drawn(id, a.x, a.y, b.x, b.y, ImGui::IsItemActive());
}

}  // namespace

void set_text_entry_host(const TextEntryHost* host) { g_host = host; }

bool text_field(const char* id, const char* hint, std::string& value, ImGuiInputTextFlags flags) {
  FieldMirror m{ImGui::GetID(id), flags, false};
  const bool changed = ImGui::InputTextWithHint(id, hint != nullptr ? hint : "", &value, flags | ImGuiInputTextFlags_CallbackAlways,
                                                mirror_callback, &m);
  after_field(id);
  return changed;
}

bool text_field(const char* id, const char* hint, char* buffer, std::size_t size, ImGuiInputTextFlags flags) {
  FieldMirror m{ImGui::GetID(id), flags, false};
  const bool changed = ImGui::InputTextWithHint(id, hint != nullptr ? hint : "", buffer, size, flags | ImGuiInputTextFlags_CallbackAlways,
                                                mirror_callback, &m);
  after_field(id);
  return changed;
}

bool text_box(const char* id, std::string& value, const ImVec2& size, ImGuiInputTextFlags flags) {
  FieldMirror m{ImGui::GetID(id), flags, true};
  const bool changed = ImGui::InputTextMultiline(id, &value, size, flags | ImGuiInputTextFlags_CallbackAlways, mirror_callback, &m);
  after_field(id);
  return changed;
}

}  // namespace newsmark::ui
