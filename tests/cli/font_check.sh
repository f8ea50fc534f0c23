#!/usr/bin/env bash
# PNG and PDF are drawn only with the faces the layout measured: with DejaVu
# Sans Oblique missing, fontconfig would slant the regular face instead, and
# the command refuses with the packages to install, writing nothing; with all
# three faces it draws.
set -euo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dejavu="$(dirname "$(fc-match -f '%{file}' 'DejaVu Sans')")"
mkdir "$work/fonts"
cp "$dejavu/DejaVuSans.ttf" "$dejavu/DejaVuSans-Bold.ttf" "$work/fonts/"
cat > "$work/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$work/fonts</dir>
  <cachedir>$work/cache</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
CONF
export FONTCONFIG_FILE="$work/fonts.conf"

set +e
"$bin" timeline data/us-china-2024.tg -o "$work/t.png" 2> "$work/err"
status=$?
set -e
cat "$work/err"
[ "$status" -eq 1 ]
grep -q "DejaVu Sans oblique" "$work/err"
grep -q "fonts-dejavu-extra" "$work/err"
[ ! -e "$work/t.png" ]

cp "$dejavu/DejaVuSans-Oblique.ttf" "$work/fonts/"
"$bin" graph data/us-china-2024.tg -o "$work/g.pdf"
[ -s "$work/g.pdf" ]
echo "font check: ok"
