#!/usr/bin/env bash
# Builds Newsmark. Configures on first use; incremental afterwards.
#   tools/build.sh native   build/native: core, io, the `newsmark` CLI, unit tests, desktop app
#   tools/build.sh web      build/web:    the site in build/web/site, unit tests as wasm
#   tools/build.sh all      both (default)
# Third-party objects are compiled once into the cache (~/.cache/newsmark, or $NEWSMARK_CACHE)
# and reused by every build directory.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-all}"
type="${NEWSMARK_BUILD_TYPE:-Release}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

build_one() {
  local name="$1"; shift
  local dir="$ROOT/build/$name"
  if [[ ! -f "$dir/build.ninja" ]]; then
    echo "build: configuring $name in build/$name"
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
  fi
  echo "build: building $name"
  cmake --build "$dir"
}

case "$what" in
  native) build_one native ;;
  web) build_one web -DCMAKE_TOOLCHAIN_FILE="$ROOT/emsdk-config.cmake" ;;
  all) build_one native; build_one web -DCMAKE_TOOLCHAIN_FILE="$ROOT/emsdk-config.cmake" ;;
  *) echo "usage: tools/build.sh [native|web|all]" >&2; exit 2 ;;
esac
