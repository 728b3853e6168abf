// Word boundaries for selecting text on the canvas: a drag snaps to whole words, a double-click
// takes a word, Shift+arrow steps a word at a time. A word is letters and digits of any script
// with the apostrophes and hyphens inside it ("plan’s", "Jean-Luc"); quotes, dashes, spaces and
// punctuation are not. Offsets are bytes on UTF-8 character boundaries.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/model/annotation.h"

namespace newsmark::ui {

// The word around `byte` (the one it starts, or the one it ends when it starts none); an empty
// span at `byte` when it touches no word.
ByteSpan word_at(std::string_view text, std::uint32_t byte);
// Widens [begin, end) to whole words at both ends; a span with no word in it stays as is.
ByteSpan snap_to_words(std::string_view text, ByteSpan span);
// The end of the next word after `byte`, and the start of the word before it.
std::uint32_t next_word_end(std::string_view text, std::uint32_t byte);
std::uint32_t previous_word_start(std::string_view text, std::uint32_t byte);
// The start of the word after the one at `byte`, and the end of the word before the one that
// ends at `byte`: how a span's start and end step by a word.
std::uint32_t next_word_start(std::string_view text, std::uint32_t byte);
std::uint32_t previous_word_end(std::string_view text, std::uint32_t byte);

}  // namespace newsmark::ui
