#!/usr/bin/env bash
# The native unit and CLI tests built with AddressSanitizer and UndefinedBehaviorSanitizer
# (clang from Debian) in build/asan, and run: any memory error, leak or undefined behaviour
# fails the run. `tools/test.sh` runs it (counted as one test); the app itself is not built.
#   tools/sanitize.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
B="$ROOT/build/asan"
if [[ ! -f "$B/build.ninja" ]]; then
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSMARK_SANITIZE=ON \
    -DNEWSMARK_BUILD_APP=OFF > /dev/null
fi
cmake --build "$B" > /dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$B" && ctest --output-on-failure -j2 --timeout 900 -E '^bench\.'
