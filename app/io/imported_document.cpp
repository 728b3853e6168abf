#include "io/imported_document.h"

namespace newsmark::io {

void ImportProblems::add(std::string path, const std::string& what) {
  ++count_;
  if (shown_.size() < kShown) shown_.push_back(std::move(path) + ": " + what);
}

Error ImportProblems::error(ErrorCode code) const {
  if (count_ == 1) return make_error(code, shown_.front());
  std::string message = std::to_string(count_) + " problems; nothing was imported:";
  for (const std::string& s : shown_) message += "\n" + s;
  if (count_ > shown_.size()) message += "\n… and " + std::to_string(count_ - shown_.size()) + " more";
  return make_error(code, message);
}

}  // namespace newsmark::io
