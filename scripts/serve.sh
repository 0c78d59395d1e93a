#!/usr/bin/env bash
# Sets up what is missing, then serves the calculator at http://127.0.0.1:8080/ (Ctrl-C stops).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
exec trunk serve --offline "$@"
