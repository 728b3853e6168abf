// The name model's bytes, generated from assets/models/names.bin by cmake/EmbedFile.cmake.
#include <cstddef>

#include "core/lexicons/lexicon_data.h"

extern const unsigned char newsmark_name_model[];
extern const std::size_t newsmark_name_model_size;

namespace newsmark {

std::span<const unsigned char> embedded_name_model() { return {newsmark_name_model, newsmark_name_model_size}; }

}  // namespace newsmark
