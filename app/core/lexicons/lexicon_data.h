// The lexicon files of assets/lexicons/ and the name model of assets/models/, linked into the
// program at build time (cmake/EmbedLexicons.cmake and EmbedFile.cmake generate the data).
#pragma once

#include <span>
#include <string_view>

namespace newsmark {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "countries.tsv"
  std::string_view data;
};

std::span<const EmbeddedFile> embedded_lexicon_files();
// The trained name model, assets/models/names.bin (core/names/name_model.h reads it).
std::span<const unsigned char> embedded_name_model();

}  // namespace newsmark
