#!/usr/bin/env bash
# Sets up what is missing, then serves the calculator at http://127.0.0.1:8080/ (Ctrl-C stops).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"
exec trunk serve --offline "$@"
