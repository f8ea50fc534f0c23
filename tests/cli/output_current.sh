#!/usr/bin/env bash
# output/ holds what the current code makes of the seed: regenerate it and
# compare byte for byte (run scripts/render after a change that alters it).
set -euo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin" render data/us-china-2024.tg -o "$work"
for f in us-china-2024.html us-china-2024.timeline.svg us-china-2024.graph.svg; do
  cmp "$work/$f" "output/$f" || { echo "output/$f is stale: run scripts/render"; exit 1; }
done
# Twice the same input, twice the same bytes.
"$bin" render data/us-china-2024.tg -o "$work/again"
for f in us-china-2024.html us-china-2024.timeline.svg us-china-2024.graph.svg; do cmp "$work/$f" "$work/again/$f"; done
echo "output is current"
