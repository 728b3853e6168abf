#!/usr/bin/env bash
# One command to build everything and run every test: installs what is missing, builds the
# native and web trees, then runs ctest in both (native unit + CLI tests; the same unit tests
# compiled to wasm under node; the browser tests in Chromium), then the native tests again
# under ASan and UBSan, and a short fuzzing run of every reader (each counted as one test).
# Ends with one summary line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
start=$(date +%s)
"$ROOT/tools/setup.sh" test
"$ROOT/tools/build.sh" all

passed=0; failed=0; status=0
run_ctest() {
  local dir="$1" log
  log=$(mktemp)
  echo "test: ctest in build/$dir"
  if ! (cd "$ROOT/build/$dir" && ctest --output-on-failure --timeout 600 -j2) 2>&1 | tee "$log"; then
    status=1
  fi
  local line total f
  line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n1 || true)
  if [[ -z "$line" ]]; then
    echo "test: ctest in build/$dir did not finish (no summary line): counted as one failure"
    failed=$((failed + 1)); status=1; rm -f "$log"; return
  fi
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  f=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
  passed=$((passed + total - f)); failed=$((failed + f))
  rm -f "$log"
}
run_ctest native
run_ctest web
# The native unit and CLI tests again, built with ASan and UBSan (one test: all must pass).
echo "test: the native tests under AddressSanitizer and UndefinedBehaviorSanitizer (tools/sanitize.sh)"
if "$ROOT/tools/sanitize.sh" > "$ROOT/build/sanitize.log" 2>&1; then
  passed=$((passed + 1)); tail -n 3 "$ROOT/build/sanitize.log"
else
  failed=$((failed + 1)); status=1; tail -n 60 "$ROOT/build/sanitize.log"
fi
# Every reader and the engine under libFuzzer with ASan and UBSan: a fixed seed and number of
# runs per target (about 10 seconds each), so every test run tries the same inputs.
echo "test: fuzzing (tools/fuzz.sh --ci)"
if "$ROOT/tools/fuzz.sh" --ci; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
echo "test: finished in $(( $(date +%s) - start )) s; screenshots in build/web/test-artifacts/"
echo "tests: $passed passed, $failed failed"
if (( failed > 0 )); then status=1; fi
exit $status
