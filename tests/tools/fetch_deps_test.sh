#!/usr/bin/env bash
# tools/fetch-deps.sh stops with a message naming the package when a tarball's checksum does not
# match the lock file or a tarball cannot be had, and unpacks nothing. Runs offline, in a
# temporary cache, against a fake package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$tmp/cache/downloads" "$tmp/pkg/fakelib-1.0"
echo "int fake;" > "$tmp/pkg/fakelib-1.0/fake.c"
tar -C "$tmp/pkg" -czf "$tmp/cache/downloads/fakelib_1.0.orig.tar.gz" fakelib-1.0
good=$(sha256sum "$tmp/cache/downloads/fakelib_1.0.orig.tar.gz" | cut -d' ' -f1)
bad=0000000000000000000000000000000000000000000000000000000000000000

run() {  # lock-sha -> output in $out, status in $rc
  echo "fakelib fakelib bookworm 1.0-1 fakelib_1.0.orig.tar.gz $1" > "$tmp/lock"
  set +e
  out=$(NEWSMARK_CACHE="$tmp/cache" NEWSMARK_DEPS_LOCK="$tmp/lock" NEWSMARK_OFFLINE=1 "$ROOT/tools/fetch-deps.sh" 2>&1)
  rc=$?
  set -e
}

run "$bad"
[[ $rc != 0 ]] || fail "a checksum mismatch did not stop fetch-deps"
grep -q "checksum mismatch for fakelib" <<<"$out" || fail "message does not name the package: $out"
[[ ! -d "$tmp/cache/src/fakelib" ]] || fail "something was unpacked after a mismatch"
echo "ok: mismatch -> $out"

mv "$tmp/cache/downloads/fakelib_1.0.orig.tar.gz.bad" "$tmp/cache/downloads/fakelib_1.0.orig.tar.gz"
run "$good"
[[ $rc == 0 ]] || fail "a matching tarball was refused: $out"
[[ -f "$tmp/cache/src/fakelib/fake.c" && "$(cat "$tmp/cache/src/fakelib/.newsmark-sha256")" == "$good" ]] || fail "not unpacked"
run "$good"
[[ $rc == 0 && -z "$(grep unpacking <<<"$out" || true)" ]] || fail "second run was not a no-op: $out"
echo "ok: verified, unpacked once"

rm -rf "$tmp/cache/src/fakelib" "$tmp/cache/downloads/fakelib_1.0.orig.tar.gz"
run "$good"
[[ $rc != 0 ]] && grep -q "fakelib: fakelib_1.0.orig.tar.gz is not in" <<<"$out" || fail "missing tarball not reported: $out"
echo "ok: missing -> $out"
