#!/usr/bin/env bash
# Fixture step of the site's link checker and browser tests (docs/testing.md).
# Usage: build_test_sites.sh PRITH_BIN OUT_DIR
#  - OUT_DIR/demo-site: the demo project (a copy of config/, so the source
#    tree's store is left alone) built by `prith build --out`, Pagefind
#    index included;
#  - OUT_DIR/site-fixture (written by make_fixture_site.py in the
#    generate_test_data step): indexed by Pagefind with the same flags as
#    generator/publish/search_index.cpp.
set -euo pipefail
prith=${1:?usage: build_test_sites.sh PRITH_BIN OUT_DIR}
out=${2:?usage: build_test_sites.sh PRITH_BIN OUT_DIR}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
pagefind="$source_dir/node_modules/.bin/pagefind"
if [ ! -x "$pagefind" ]; then
  echo "MISSING: Pagefind ($pagefind); run \`bash .ci/install-deps\` at the root of the source tree." >&2
  exit 2
fi

rm -rf "$out/demo-project" "$out/demo-site"
mkdir -p "$out/demo-project"
cp -R "$source_dir/config/." "$out/demo-project/"
rm -f "$out/demo-project"/prith.sqlite*
# Exit code 1 is the demo's planted data errors (refused files): the site is still written.
status=0
(cd "$source_dir" && "$prith" build "$out/demo-project" --out "$out/demo-site" > "$out/demo-build.log" 2>&1) || status=$?
if [ "$status" -gt 1 ] || [ ! -f "$out/demo-site/index.html" ]; then
  echo "FAIL: prith build of the demo (exit $status) wrote no site; its output:" >&2
  cat "$out/demo-build.log" >&2
  exit 1
fi
if [ ! -f "$out/demo-site/pagefind/pagefind.js" ]; then
  echo "FAIL: the demo site has no search index (pagefind/pagefind.js); prith build said:" >&2
  cat "$out/demo-build.log" >&2
  exit 1
fi

if [ ! -f "$out/site-fixture/index.html" ]; then
  echo "FAIL: no fixture site at $out/site-fixture (the generate_test_data step writes it)." >&2
  exit 1
fi
"$pagefind" --site "$out/site-fixture" --force-language fr --quiet
test -f "$out/site-fixture/pagefind/pagefind.js"
