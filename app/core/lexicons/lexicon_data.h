// The lexicon files of assets/lexicons/, linked into the program at build time
// (cmake/EmbedLexicons.cmake generates the definition).
#pragma once

#include <span>
#include <string_view>

namespace newsmark {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "countries.tsv"
  std::string_view data;
};

std::span<const EmbeddedFile> embedded_lexicon_files();

}  // namespace newsmark
