#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build/fuzz and runs each one, seeded
# with the project's own files; prints executions, coverage and crashes per target.
#   tools/fuzz.sh [--seconds N | --runs N | --ci] [--seed S] [--max-len BYTES] [-flag=value ...] [TARGET ...]
# Defaults: 10 seconds per target. --ci (what tools/test.sh runs) is a fixed number of runs per
# target from a fixed seed, so a test run is repeatable: the same inputs every time, about 10
# seconds each. A crash leaves its input in build/fuzz/crashes/TARGET/ and makes the script
# fail; add it to tests/ as a regression test. --max-len caps an input's size (default 65536;
# long runs of the slow targets use 8192: 2.5 to 5 times the executions per second, and the
# large inputs have their own tests in tests/core/hostile_input_test.cpp). Any other -flag=value
# goes to libFuzzer as it is (e.g. -entropic=0 for fuzz_analyze, whose lexicons give tens of
# thousands of coverage features: libFuzzer's per-feature bookkeeping took 59% of its time).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
limit=(-max_total_time=10)
ci=0
seed=()
max_len=65536
extra=()
targets=()
while (( $# )); do
  case "$1" in
    --seconds) limit=(-max_total_time="$2"); shift 2 ;;
    --runs) limit=(-runs="$2"); shift 2 ;;
    --ci) ci=1; seed=(-seed=1); shift ;;
    --seed) seed=(-seed="$2"); shift 2 ;;
    --max-len) max_len="$2"; shift 2 ;;
    -*=*) extra+=("$1"); shift ;;
    *) targets+=("$1"); shift ;;
  esac
done
(( ${#targets[@]} )) || targets=(fuzz_newsmark_json fuzz_w3c fuzz_brat fuzz_html_text fuzz_open_input fuzz_analyze fuzz_analysis_transfer fuzz_exercise fuzz_name_model)
B="$ROOT/build/fuzz"
if [[ ! -f "$B/build.ninja" ]]; then
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSMARK_FUZZ=ON \
    -DNEWSMARK_BUILD_APP=OFF -DNEWSMARK_BUILD_TESTS=OFF > /dev/null
fi
cmake --build "$B" --target "${targets[@]}" > /dev/null

# Seeds: the project's own files, plus each importable format of the sample articles.
seeds="$B/seeds-4"  # named after the seed set: a new one is made when it changes
if [[ ! -d "$seeds" ]]; then
  mkdir -p "$seeds"/{json,w3c,brat,html,any,text}
  cp "$ROOT"/tests/data/*.json "$seeds/json/" 2>/dev/null || true
  for f in "$ROOT"/tests/data/articles/*.txt; do
    n=$(basename "$f" .txt)
    cp "$f" "$seeds/text/"
    "$ROOT/build/native/newsmark" convert "$f" --to newsmark -o "$seeds/json/$n.json" 2> /dev/null || true
    "$ROOT/build/native/newsmark" convert "$f" --to w3c -o "$seeds/w3c/$n.jsonld" 2> /dev/null || true
    "$ROOT/build/native/newsmark" convert "$f" --to html -o "$seeds/html/$n.html" 2> /dev/null || true
    (cd "$seeds/brat" && "$ROOT/build/native/newsmark" convert "$f" --to brat -o "$n" 2> /dev/null &&
       { cat "$n.txt"; printf '\0'; cat "$n.ann"; } > "$n.seed" && rm -f "$n.txt" "$n.ann") || true
  done
  # Exercise files (task, key) from the built-in exercises, and their sources.
  mkdir -p "$seeds/exercise"
  for f in "$ROOT"/assets/exercises/*.exercise.txt; do
    "$ROOT/build/native/newsmark" convert "$f" --to newsmark --no-analyze -o "$seeds/json/$(basename "$f" .exercise.txt).json" 2> /dev/null || true
    cp "$seeds/json/$(basename "$f" .exercise.txt).json" "$f" "$seeds/exercise/" 2> /dev/null || true
  done
  # Name models: a small one trained on two invented sentences (the built-in one is too
  # large to mutate usefully).
  mkdir -p "$seeds/model"
  "$ROOT/build/native/newsmark" train names --data "$ROOT/tests/fuzz/name_seed.jsonl" --epochs 2 --max-features 12 \
    -o "$seeds/model/small.bin" > /dev/null
  cp "$seeds"/json/* "$seeds"/w3c/* "$seeds"/html/* "$seeds"/text/* "$seeds/any/" 2>/dev/null || true
fi
seed_dir() {
  case "$1" in
    fuzz_newsmark_json) echo "$seeds/json" ;; fuzz_w3c) echo "$seeds/w3c" ;; fuzz_brat) echo "$seeds/brat" ;;
    fuzz_html_text) echo "$seeds/html" ;; fuzz_analyze | fuzz_analysis_transfer) echo "$seeds/text" ;; fuzz_exercise) echo "$seeds/exercise" ;; fuzz_name_model) echo "$seeds/model" ;; *) echo "$seeds/any" ;;
  esac
}

# Runs per target for --ci: about 10 seconds each on a 2-core machine.
ci_runs() {
  case "$1" in
    fuzz_newsmark_json|fuzz_w3c) echo 40000 ;; fuzz_exercise|fuzz_name_model) echo 20000 ;; fuzz_brat) echo 6000 ;; fuzz_html_text) echo 3000 ;;
    *) echo 1500 ;;
  esac
}

status=0
printf '%-20s %12s %8s %8s %s\n' target executions cov features crashes
for t in "${targets[@]}"; do
  corpus="$B/corpus/$t"  # kept and grown by every run but --ci's
  crashes="$B/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  log="$B/$t.log"
  set +e
  run_limit=("${limit[@]}")
  if (( ci )); then
    run_limit=(-runs="$(ci_runs "$t")")
    corpus="$B/ci-corpus/$t"
    log="$B/ci-$t.log"
    rm -rf "$corpus" && mkdir -p "$corpus"  # the same start every time
  fi
  "$B/tests/fuzz/$t" "${run_limit[@]}" "${seed[@]}" -rss_limit_mb=4096 -max_len="$max_len" "${extra[@]}" -timeout=20 -artifact_prefix="$crashes/" \
    -print_final_stats=1 "$corpus" "$(seed_dir "$t")" > "$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n1 | grep -Eo '[0-9]+' || echo 0)
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -n1 | grep -Eo '[0-9]+' || echo 0)
  found=$(find "$crashes" -type f | wc -l)
  printf '%-20s %12s %8s %8s %s\n' "$t" "$execs" "$cov" "$ft" "$found"
  if (( rc != 0 || found > 0 )); then
    status=1
    echo "fuzz: $t failed (exit $rc); log: $log" >&2
    tail -n 30 "$log" >&2
  fi
done
exit $status
