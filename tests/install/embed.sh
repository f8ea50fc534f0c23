#!/usr/bin/env bash
# Installs the build to a temporary prefix and builds examples/embed against
# it twice, through the CMake package and through pkg-config, then runs both
# on the seed. Usage: embed.sh BUILD_DIR [FLAGS] (from the source folder);
# FLAGS are the build's sanitizer flags, which a program linking its
# instrumented library needs too.
set -euo pipefail
build="$1"
flags="${2:-}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/timegraph include/timegraph/timegraph.hpp share/man/man1/timegraph.1; do
  [ -s "$prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
lib="$(find "$prefix" -name libtimegraph.a)"
pc="$(find "$prefix" -name timegraph.pc)"
config="$(find "$prefix" -name timegraphConfig.cmake)"
[ -n "$lib" ] && [ -n "$pc" ] && [ -n "$config" ] || { echo "library, pkg-config or CMake package missing"; exit 1; }
"$prefix/bin/timegraph" --version | grep -q '^timegraph [0-9]'
"$prefix/bin/timegraph" check data/us-china-2024.tg

# The CMake package.
cmake -S examples/embed -B "$tmp/embed" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$tmp/embed" >/dev/null
mkdir "$tmp/out"
"$tmp/embed/embed" data/us-china-2024.tg working-group "$tmp/out" | tee "$tmp/said"
grep -qx '  caused by biden-xi' "$tmp/said"
grep -q '<svg' "$tmp/out/timeline.svg"
[ "$(head -c 8 "$tmp/out/timeline.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]
# A bad model: the diagnostics and the exit code of `timegraph check`.
printf 'event a\n  date: 2020-13-01\n  title: A\n' > "$tmp/bad.tg"
set +e
"$tmp/embed/embed" "$tmp/bad.tg" a "$tmp/out" 2>"$tmp/err"
status=$?
set -e
[ "$status" -eq 1 ] && grep -q 'bad.tg:2:' "$tmp/err"

# pkg-config.
PKG_CONFIG_PATH="$(dirname "$pc")" pkg-config --exists timegraph
# shellcheck disable=SC2046,SC2086
g++ -std=c++17 $flags examples/embed/main.cpp -o "$tmp/embed-pc" \
  $(PKG_CONFIG_PATH="$(dirname "$pc")" pkg-config --cflags --libs timegraph)
"$tmp/embed-pc" data/us-china-2024.tg working-group "$tmp/out" | cmp - "$tmp/said"
echo "installed, and the example built and ran both ways"
