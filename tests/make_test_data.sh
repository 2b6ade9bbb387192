#!/usr/bin/env bash
# Generates every test fixture into the folder given as $1 (the build tree's
# test-data/). Each generator is deterministic: same script, same bytes.
set -euo pipefail
out=${1:?usage: make_test_data.sh OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
for script in "$here"/*/make_*.py; do
  [ -e "$script" ] || continue
  python3 "$script" "$out"
done
