// The engine's Analysis as compact bytes, for handing it from one copy of the engine to
// another: the browser analyses long articles in a Web Worker (its own wasm instance) and
// posts the result back to the page, which decodes it into its model. Newsmark JSON could carry
// the annotations, but reading 15 MB of JSON back costs about as much as the analysis itself;
// these bytes decode in a fraction of it, and they carry the tokens and sentences too.
//
// Layout (little-endian): "NMAT", a version (u32), the DCT, then each list as a count and its
// items, strings as a u32 length and bytes. It is not a file format: both ends are the same
// build, so a version mismatch is refused, never migrated.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/engine.h"
#include "core/model/result.h"

namespace newsmark::io {

std::string encode_analysis(const Analysis& analysis);

// Checks what it reads (truncation, counts past the end, spans past `text_size`, unknown
// enum values), so bytes that went wrong on the way give an error, never a bad model.
[[nodiscard]] Result<Analysis> decode_analysis(std::string_view bytes, std::size_t text_size);

}  // namespace newsmark::io
