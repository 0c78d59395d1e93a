#!/usr/bin/env bash
# How far code splitting could take the first load: builds the release page with parts of it
# left out (benches/size-bounds/*.patch, applied to a copy of the working tree's committed HEAD)
# and writes the gzipped size of each build's wasm, beside the whole page's, to
# reports/size-bounds.md. A bound, not a build to ship: what is left out is what a split could
# at best move out of the first load (the split itself adds a loader and duplicated glue).
#
#   bash scripts/size-bounds.sh      (about two minutes per build after the first)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# A target folder of its own: the copy's sources sit at another path with other contents, and
# cargo, judging freshness by file times, could otherwise hand one tree's build to the other.
target="${CARGO_TARGET_DIR:-$ROOT/target}/size-bounds"
work=$(mktemp -d)
trap 'git -C "$ROOT" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$ROOT" worktree add --detach "$work/tree" HEAD >/dev/null
# The release hook's tools (terser), installed by scripts/setup.sh.
ln -s "$ROOT/.tools" "$work/tree/.tools"
gz() { gzip -9 -c "$1" | wc -c; }
measure() { # builds the copy and prints the gzipped bytes of its wasm
  (cd "$work/tree" && rm -rf dist && CARGO_TARGET_DIR="$target" trunk build --release --offline >"$work/build.log" 2>&1) ||
    { tail -20 "$work/build.log" >&2; exit 1; }
  gz "$(ls "$work"/tree/dist/*_bg.wasm)"
}
whole=$(measure)
rows=()
for patch in "$ROOT"/benches/size-bounds/*.patch; do
  git -C "$work/tree" checkout -q -- .
  git -C "$work/tree" apply --whitespace=nowarn "$patch"
  bytes=$(measure)
  rows+=("| $(basename "$patch" .patch) | $bytes ($(awk "BEGIN { printf \"%.1f\", $bytes / 1024 }") KB) | $(awk "BEGIN { printf \"%.1f\", ($whole - $bytes) / 1024 }") KB |")
done
mkdir -p "$ROOT/reports"
{
  echo "# Size bounds: what code splitting could move out of the first load"
  echo
  echo "Measured by \`scripts/size-bounds.sh\` on $(date -u +%Y-%m-%d) at $(git -C "$ROOT" rev-parse --short HEAD):"
  echo "release builds (trunk, wasm-opt -Oz) of the page with parts left out by the patches in"
  echo "\`benches/size-bounds/\`, gzip level 9. The rest of the first load (JavaScript glue, HTML,"
  echo "CSS) is about 13 KB gzipped and does not change."
  echo
  echo "- **first-screen-only**: without everything drawn after the first timeline or opened on"
  echo "  demand (drafts, report panel, checklists, stage guide, footer, print views and controls,"
  echo "  school breaks, the embed-code page, the state's sources, the labels' key, the calendar"
  echo "  file): what an ideal split of the rest would leave in the first load."
  echo "- **timeline-only**: also without the questions, the next dates, the language switch and"
  echo "  the notices: the timeline from a share link and nothing else."
  echo "- **timeline-drawn-by-hand**: no Leptos view at all: the first timeline of a share link"
  echo "  drawn with web-sys alone (each deadline's name, date and card lines, in English), over"
  echo "  the same engine, rules, case format and words. What a first screen drawn by hand, with"
  echo "  the Leptos page loaded after it as a second module, would weigh before that module."
  echo
  echo "| build | wasm, gzipped | less than the whole page |"
  echo "| --- | ---: | ---: |"
  echo "| the whole page | $whole ($(awk "BEGIN { printf \"%.1f\", $whole / 1024 }") KB) | |"
  printf '%s\n' "${rows[@]}"
} >"$ROOT/reports/size-bounds.md"
cat "$ROOT/reports/size-bounds.md"
