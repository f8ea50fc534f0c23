#!/usr/bin/env bash
# Imports as a user runs them: a spreadsheet, a TimelineJS file and a Markwhen
# file each become a model that checks and renders; the CSV goes out again
# unchanged; a bad file writes nothing and exits 1.
set -euo pipefail
bin="$1"
data=tests/import/data
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for source in "csv space-race.csv" "timelinejs women-suffrage.timelinejs.json" "markwhen product-launch.mw"; do
  set -- $source
  "$bin" import "$data/$2" --from "$1" -o "$work/$1.tg" 2> "$work/$1.err"
  "$bin" check "$work/$1.tg" 2> /dev/null
  "$bin" render "$work/$1.tg" -o "$work/$1-out" 2> /dev/null
  test -s "$work/$1-out/$1.html"
done
# The spreadsheet goes out as CSV exactly as the import reads it back.
"$bin" export "$work/csv.tg" --format csv -o "$work/again.csv"
cmp "$work/again.csv" "$data/space-race.export.csv"
"$bin" import "$work/again.csv" --from csv | "$bin" export - --format csv | cmp - "$data/space-race.export.csv"
# A bad row: its line in the message, exit 1, no file.
status=0
"$bin" import "$data/bad-rows.csv" --from csv -o "$work/bad.tg" 2> "$work/bad.err" || status=$?
test "$status" -eq 1
grep -q "bad-rows.csv:3:3: error: the date '2024-02-30' is not a date" "$work/bad.err"
test ! -e "$work/bad.tg"
# An unknown source is a usage error.
status=0
"$bin" import "$data/space-race.csv" --from excel 2> /dev/null || status=$?
test "$status" -eq 2
echo "import: ok"
