// The built-in exercises (assets/exercises/*.exercise.txt, embedded at build time by
// cmake/EmbedLexicons.cmake), listed on the welcome screen.
#pragma once

#include <span>

#include "core/lexicons/lexicon_data.h"

namespace newsmark {

std::span<const EmbeddedFile> embedded_exercise_files();

}  // namespace newsmark
