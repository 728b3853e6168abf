// File > Library: the articles this browser keeps (every article opened is saved as the reader
// works), newest first, to open again, rename or delete. The list comes from the platform's
// store; the window only asks for changes, which the App carries out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/platform.h"
#include "ui/theme.h"

namespace newsmark::ui {

class LibraryWindow {
 public:
  struct Action {
    enum class Kind { none, open, remove, rename } kind = Kind::none;
    std::string id;
    std::string title;  // rename: the new title
  };

  void show() { visible_ = true; }
  bool visible() const { return visible_; }
  void set_entries(std::vector<platform::StoredDocument> entries);
  const std::vector<platform::StoredDocument>& entries() const { return entries_; }
  // Draws the window when visible; `current_id` marks the open article.
  Action draw(std::string_view current_id, const Palette& palette);

 private:
  std::vector<platform::StoredDocument> entries_;
  bool visible_ = false;
  bool loaded_ = false;
  std::string renaming_;  // id being renamed
  char title_buf_[256] = {};
  std::string confirm_delete_;  // id waiting for a second click
};

}  // namespace newsmark::ui
