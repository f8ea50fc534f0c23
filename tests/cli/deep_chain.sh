#!/usr/bin/env bash
# A 50,000-event single chain must not overflow a small stack (ulimit -s 1024)
# in any command that walks the graph.
set -euo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
awk 'BEGIN {
  n = 50000
  for (i = 0; i < n; i++) {
    d = i % 28 + 1; m = int(i / 28) % 12 + 1; y = 1000 + int(i / 336)
    printf "event e%d\n date: %04d-%02d-%02d\n title: Step %d\n", i, y, m, d, i
  }
  for (i = 1; i < n; i++) printf "e%d -> e%d\n", i - 1, i
}' > "$work/chain.tg"
run() { (ulimit -s 1024; "$bin" "$@"); }
run check "$work/chain.tg"
run chain "$work/chain.tg" e49999 --causes > "$work/causes.txt"
test "$(wc -l < "$work/causes.txt")" -eq 50000
run chain "$work/chain.tg" e0 --to e49999 --format json > /dev/null
for cmd in timeline graph render; do
  if "$bin" --help | grep -q "^  $cmd"; then
    case "$cmd" in
      render) run render "$work/chain.tg" -o "$work/out" ;;
      *) run "$cmd" "$work/chain.tg" -o "$work/$cmd.svg" ;;
    esac
  fi
done
echo "deep chain: ok"
