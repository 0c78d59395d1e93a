#!/usr/bin/env bash
# Installs whatever the project needs that is missing, at the exact versions it needs, and
# nothing that is already there. Safe to run again: a second run takes seconds.
#
#   scripts/setup.sh            tools to build and serve the page
#   scripts/setup.sh --test     also the browsers and drivers the tests need
#
# Everything comes from package registries (crates.io, npm, Debian); nothing is downloaded from
# GitHub, so Trunk runs with --offline.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
WASM_BINDGEN_VERSION=0.2.130   # must equal the `=` pin of wasm-bindgen in Cargo.toml
TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc than 1.95
BINARYEN_VERSION=132           # wasm-opt; Debian's binaryen is too old
TERSER_VERSION=5.51.4          # minifies wasm-bindgen's JavaScript (Trunk's minifier cannot parse it)
GECKODRIVER_VERSION=0.37.1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

have_version() { # command, expected substring of `command --version`
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q -- "$2"
}

rustup_bits() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for c in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$c"; then
      say "adding rustup component $c"
      rustup component add "$c"
    fi
  done
}

cargo_tools() {
  if ! have_version wasm-bindgen "$WASM_BINDGEN_VERSION" || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  if ! have_version trunk "$TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (several minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION" --force
  fi
}

node_tools() {
  if ! have_version wasm-opt "version_$BINARYEN_VERSION"; then
    command -v npm >/dev/null || { say "npm is required (Node.js 18 or later)"; exit 1; }
    say "installing wasm-opt (binaryen@$BINARYEN_VERSION) into .tools/"
    mkdir -p "$ROOT/.tools"
    npm install --prefix "$ROOT/.tools" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  fi
  if ! grep -qs "\"version\": \"$TERSER_VERSION\"" "$ROOT/.tools/node_modules/terser/package.json"; then
    command -v npm >/dev/null || { say "npm is required (Node.js 18 or later)"; exit 1; }
    say "installing terser@$TERSER_VERSION (minifies the release JavaScript) into .tools/"
    mkdir -p "$ROOT/.tools"
    npm install --prefix "$ROOT/.tools" --no-audit --no-fund --silent "terser@$TERSER_VERSION"
  fi
}

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing Debian packages: $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

browsers() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  if ! have_version geckodriver "$GECKODRIVER_VERSION"; then
    say "installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
  fi
}

e2e_tools() { # the end-to-end harness's npm packages, exactly as locked
  local dir="$ROOT/tests/e2e" stamp="$ROOT/tests/e2e/node_modules/.lock-sha256"
  local want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing the end-to-end harness (playwright-core, selenium-webdriver) into tests/e2e/"
    npm ci --prefix "$dir" --no-audit --no-fund --silent
    echo "$want" >"$stamp"
  fi
}

rustup_bits
cargo_tools
node_tools
if [ "${1:-}" = "--test" ]; then
  browsers
  e2e_tools
fi
say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1)"
