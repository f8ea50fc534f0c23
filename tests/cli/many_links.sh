#!/usr/bin/env bash
# 10,000 links into one event: checked and queried without blowing up.
set -euo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
awk 'BEGIN {
  print "event hub\n date: 2030\n title: Hub"
  for (i = 0; i < 10000; i++) printf "event s%d\n date: 2020\n title: Source %d\n", i, i
  for (i = 0; i < 10000; i++) printf "s%d -> hub\n", i
}' > "$work/hub.tg"
"$bin" check "$work/hub.tg"
"$bin" chain "$work/hub.tg" hub --causes --format json > "$work/hub.json"
grep -c '"id"' "$work/hub.json" > /dev/null
echo "many links: ok"
