#!/usr/bin/env bash
# Sets up what is missing, then runs every check the project has, in this order:
# formatting, clippy (native and wasm32), native tests, the benchmarks (built and run once, not
# measured), browser tests in headless Chrome and headless Firefox, the release build and its
# size report, and the end-to-end checks of that build in Chromium and Firefox ESR (tests/e2e).
# Stops at the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh" --test

step "cargo fmt --check"
cargo fmt --all -- --check
cargo fmt --manifest-path benches/floor/Cargo.toml -- --check

step "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "engine purity (src/engine imports no web or UI code)"
if grep -rnE '\b(leptos|web_sys|js_sys|wasm_bindgen)\b' src/engine; then
  echo "src/engine must stay pure"; exit 1
fi

step "native tests"
cargo test --locked

step "benchmarks build and run once (the measured run is scripts/bench.sh)"
# criterion in test mode: the engine benchmark builds and runs its corpus once, measuring nothing.
cargo test --locked --benches
# The framework floor of the page benchmark, and the page benchmark's script.
CARGO_TARGET_DIR="$ROOT/target/floor-build" \
  cargo check --locked --manifest-path benches/floor/Cargo.toml --target wasm32-unknown-unknown
node --check benches/page.mjs

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json"
# The runner's bound for the whole suite in one browser (not a timing check): generous, since the
# suite shares two cores with the browser and grows with every journey it covers.
export WASM_BINDGEN_TEST_TIMEOUT=600

step "browser tests: headless Chrome"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --locked --target wasm32-unknown-unknown --test browser

step "browser tests: headless Firefox"
GECKODRIVER="$(command -v geckodriver)" cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build and size report"
"$ROOT/scripts/size-report.sh"

step "end-to-end checks on the release build (Chromium and Firefox ESR)"
GECKODRIVER="$(command -v geckodriver)" node "$ROOT/tests/e2e/run.mjs"

printf '\n\033[1mAll checks passed.\033[0m\n'
