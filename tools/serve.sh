#!/usr/bin/env bash
# One command to get Newsmark running: installs what is missing, builds the web app and serves
# it on http://127.0.0.1:8080 (PORT=... to change). Ctrl+C stops the server.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/tools/setup.sh" serve
"$ROOT/tools/build.sh" web
exec node "$ROOT/tools/serve.mjs" --root "$ROOT/build/web/site" --port "${PORT:-8080}"
