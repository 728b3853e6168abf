#!/usr/bin/env bash
# Fetch the third-party sources listed in third_party/deps.lock from Debian's archive as source
# packages, verify each .orig tarball's sha256, and unpack it into the cache (never into the
# source tree). Idempotent: a package already unpacked with the locked checksum is skipped.
#
# Cache: $NEWSMARK_CACHE (default ~/.cache/newsmark). Layout:
#   downloads/<orig tarball>     what apt-get source fetched
#   src/<name>/                  the unpacked sources, with .newsmark-sha256 naming the tarball
#   apt/                         a private apt configuration adding deb-src lines
#
# The Debian mirror is the one this machine's apt already uses (read from /etc/apt), or
# $NEWSMARK_DEBIAN_MIRROR when set; /etc/apt itself is never changed. NEWSMARK_OFFLINE=1 uses
# only tarballs already in downloads/ (e.g. copied from another machine) and never downloads.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="${NEWSMARK_DEPS_LOCK:-$ROOT/third_party/deps.lock}"
CACHE="${NEWSMARK_CACHE:-$HOME/.cache/newsmark}"
APTDIR="$CACHE/apt"

die() { echo "fetch-deps: error: $*" >&2; exit 1; }
say() { echo "fetch-deps: $*"; }

for tool in apt-get sha256sum tar xz; do
  command -v "$tool" >/dev/null || die "'$tool' is missing (run tools/setup.sh first)"
done

debian_mirror() {
  if [[ -n "${NEWSMARK_DEBIAN_MIRROR:-}" ]]; then echo "$NEWSMARK_DEBIAN_MIRROR"; return; fi
  local uri
  # deb822 files first, then one-line lists; the main archive is the URI ending in /debian.
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n' | grep -E '/debian/?$' | head -n1 || true)
  if [[ -z "$uri" ]]; then
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
          | awk '$1=="deb"||$1=="deb-src"{for(i=2;i<=NF;i++) if($i ~ /^(http|https|file):/){print $i; exit}}' \
          | grep -E '/debian/?$' | head -n1 || true)
  fi
  [[ -n "$uri" ]] || die "no Debian mirror found in /etc/apt; set NEWSMARK_DEBIAN_MIRROR"
  echo "$uri"
}

setup_private_apt() {
  local mirror="$1"
  mkdir -p "$APTDIR/sources.list.d" "$APTDIR/lists/partial" "$APTDIR/cache/archives/partial"
  cat > "$APTDIR/apt.conf" <<EOF
Dir::Etc::SourceList "/dev/null";
Dir::Etc::SourceParts "$APTDIR/sources.list.d";
Dir::State::Lists "$APTDIR/lists";
Dir::Cache "$APTDIR/cache";
EOF
  local suites
  suites=$(awk '!/^#/ && NF>=6 {print $3}' "$LOCK" | sort -u | tr '\n' ' ')
  cat > "$APTDIR/sources.list.d/newsmark-src.sources" <<EOF
Types: deb-src
URIs: $mirror
Suites: $suites
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
}

apt_src() { APT_CONFIG="$APTDIR/apt.conf" apt-get -q -o APT::Sandbox::User=root "$@"; }

updated=0
update_index() {
  [[ $updated == 1 ]] && return 0
  say "updating the source package index ($(awk '!/^#/ && NF>=6 {print $3}' "$LOCK" | sort -u | tr '\n' ' '))"
  apt_src update >"$APTDIR/update.log" 2>&1 || { cat "$APTDIR/update.log" >&2; die "apt-get update of the source index failed (mirror: $(debian_mirror)); cannot fetch the third-party sources"; }
  updated=1
}

mkdir -p "$CACHE/downloads" "$CACHE/src"
mirror_set=0

while read -r name pkg suite version orig sha; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  dest="$CACHE/src/$name"
  if [[ -f "$dest/.newsmark-sha256" && "$(cat "$dest/.newsmark-sha256")" == "$sha" ]]; then
    continue
  fi
  tarball="$CACHE/downloads/$orig"
  if [[ "${NEWSMARK_OFFLINE:-0}" == 1 && ! -f "$tarball" ]]; then
    die "$name: $orig is not in $CACHE/downloads, and NEWSMARK_OFFLINE=1 forbids downloading it"
  fi
  if [[ "${NEWSMARK_OFFLINE:-0}" != 1 ]] && { [[ ! -f "$tarball" ]] || ! echo "$sha  $tarball" | sha256sum --quiet -c - 2>/dev/null; }; then
    if [[ $mirror_set == 0 ]]; then setup_private_apt "$(debian_mirror)"; mirror_set=1; fi
    [[ -d "$APTDIR/lists" && -n "$(ls "$APTDIR/lists" | grep -i sources || true)" ]] || update_index
    say "downloading $pkg $version ($suite)"
    tmp=$(mktemp -d "$CACHE/downloads/.tmp.XXXXXX")
    if ! (cd "$tmp" && apt_src source --download-only "$pkg=$version" >"$tmp/log" 2>&1); then
      # The index may be stale: refresh once and retry before giving up.
      update_index
      (cd "$tmp" && apt_src source --download-only "$pkg=$version" >"$tmp/log" 2>&1) || {
        cat "$tmp/log" >&2; rm -rf "$tmp"
        die "could not download source package $pkg=$version from $suite (see the apt output above)"; }
    fi
    [[ -f "$tmp/$orig" ]] || { ls "$tmp" >&2; rm -rf "$tmp"; die "$pkg: expected $orig in the source package"; }
    mv "$tmp/$orig" "$tarball"; rm -rf "$tmp"
  fi
  actual=$(sha256sum "$tarball" | cut -d' ' -f1)
  if [[ "$actual" != "$sha" ]]; then
    mv "$tarball" "$tarball.bad"
    die "checksum mismatch for $name ($orig): expected $sha, got $actual. Kept as $tarball.bad; nothing unpacked."
  fi
  say "unpacking $name $version"
  rm -rf "$dest" "$dest.tmp"; mkdir -p "$dest.tmp"
  tar -xf "$tarball" -C "$dest.tmp" --strip-components=1 || die "could not unpack $tarball"
  echo "$sha" > "$dest.tmp/.newsmark-sha256"
  echo "$version" > "$dest.tmp/.newsmark-version"
  mv "$dest.tmp" "$dest"
done < "$LOCK"

say "sources ready in $CACHE/src"
