#!/usr/bin/env bash
# Installs what building and testing Newsmark needs on Debian 12, then fetches the third-party
# sources. Idempotent: when everything is there it only checks, in about a second.
#   tools/setup.sh serve    what building and serving the web app needs
#   tools/setup.sh test     everything: native + web builds, unit, wasm and browser tests
# Needs root (or sudo) only when a Debian package is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
profile="${1:-test}"
say() { echo "setup: $*"; }
die() { echo "setup: error: $*" >&2; exit 1; }

# Debian packages, by what needs them.
packages=(cmake ninja-build g++ emscripten googletest fonts-noto-core xz-utils ca-certificates)
if [[ "$profile" == test ]]; then
  # native app build and its windowless smoke test (Mesa's software GL); browser tests
  packages+=(libsdl2-dev libgl1-mesa-dri chromium)
  # the fuzz targets (tools/fuzz.sh): clang with libFuzzer, ASan and UBSan
  packages+=(clang libclang-rt-14-dev)
fi
# node and npm: Debian's nodejs/npm unless a node is already installed (e.g. from another repo).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if (( ${#missing[@]} )); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) != 0 ]]; then
    command -v sudo >/dev/null || die "need root to install: ${missing[*]}"
    SUDO=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q || die "apt-get update failed"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" || die "apt-get install failed for: ${missing[*]}"
fi

# npm packages for the browser tests, exactly as locked.
if [[ "$profile" == test ]]; then
  stamp="$ROOT/node_modules/.newsmark-lock-sha256"
  want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    say "installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    echo "$want" > "$stamp"
  fi
fi

"$ROOT/tools/fetch-deps.sh"
