// A short word in ASCII lower case without allocating, for rules that compare words against
// fixed lists. Words of 24 bytes or more become "" and never match a list word.
#pragma once

#include <string>
#include <string_view>

namespace newsmark {

class Lower {
 public:
  explicit Lower(std::string_view w) {
    if (w.size() >= sizeof buf_) return;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      buf_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    len_ = w.size();
  }
  operator std::string_view() const { return {buf_, len_}; }  // NOLINT: used like a string_view
  bool operator==(std::string_view o) const { return std::string_view(*this) == o; }
  std::string str() const { return std::string(buf_, len_); }

 private:
  char buf_[24] = {};
  std::size_t len_ = 0;
};

}  // namespace newsmark
