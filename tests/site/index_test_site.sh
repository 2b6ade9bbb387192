#!/usr/bin/env bash
# Fixture step of the site's browser tests: indexes the test site (made by
# make_fixture_site.py) with Pagefind, exactly as `prith build` does
# (generator/publish/search_index.cpp: --site DIR --force-language fr --quiet).
set -euo pipefail
site=${1:?usage: index_test_site.sh SITE_DIR}
here=$(cd "$(dirname "$0")/../.." && pwd)
pagefind="$here/node_modules/.bin/pagefind"
if [ ! -x "$pagefind" ]; then
  echo "MISSING: Pagefind ($pagefind); run \`bash .ci/install-deps\` at the root of the source tree." >&2
  exit 2
fi
if [ ! -f "$site/index.html" ]; then
  echo "FAIL: no test site at $site (the generate_test_data step writes it)." >&2
  exit 1
fi
"$pagefind" --site "$site" --force-language fr --quiet
test -f "$site/pagefind/pagefind.js"
