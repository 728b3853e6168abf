#!/usr/bin/env bash
# The engine benchmark, native and as wasm under node, on the same generated text, the canvas
# benchmark (frames built headless over a 1 MB article), and the Newsmark JSON import benchmark.
#   tools/bench.sh [--mb N] [--repeat R] [--file FILE]
# Builds what is needed first (tools/build.sh), then prints each benchmark's tables and, last,
# one summary table of the run (tools/bench_summary.mjs over the figure lines). The whole output
# is kept in build/bench.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/tools/build.sh" all > /dev/null
log="$ROOT/build/bench.txt"
{
"$ROOT/build/native/tests/newsmark-bench" "$@"
echo
# The engine's time against input size: 1, 2, 4, 8 MB of news and of hard texts.
"$ROOT/build/native/tests/newsmark-bench" --scaling
echo
node --no-experimental-fetch "$ROOT/build/web/tests/newsmark-bench.js" "$@"
echo
"$ROOT/build/native/tests/newsmark-canvas-bench"
echo
# Newsmark JSON import (100,000 annotations), native and wasm; under node also JSON.parse.
"$ROOT/build/native/tests/newsmark-import-bench"
node --no-experimental-fetch "$ROOT/build/web/tests/newsmark-import-bench.js"
echo
# The site's files and sizes, and start-up times in headless Chromium (first, repeat, offline).
node "$ROOT/tests/bench/load_bench.mjs"
echo
# The engine against compromise, chrono-node and wink-nlp (npm) on the same text, in one run.
node "$ROOT/tests/bench/compare_libraries.mjs"
} 2>&1 | tee "$log" | grep -v $'^figure\t'
echo
node "$ROOT/tools/bench_summary.mjs" < "$log"
