# Sourced by the other scripts: the project root, the tools scripts/setup.sh installs put first on
# PATH, the working directory set to the root, and `step` to title each part of a run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
cd "$ROOT"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
