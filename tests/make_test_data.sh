#!/usr/bin/env bash
# Generates every test fixture into the folder given as $1 (the build tree's
# test-data/). Each generator is deterministic: same script, same bytes.
set -euo pipefail
out=${1:?usage: make_test_data.sh OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
# Debian's python3 has openpyxl; a python3 of pyenv or a venv earlier in PATH may not.
python=${PYTHON:-/usr/bin/python3}
for script in "$here"/*/make_*.py; do
  [ -e "$script" ] || continue
  "$python" "$script" "$out"
done
