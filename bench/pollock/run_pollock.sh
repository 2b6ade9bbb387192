#!/usr/bin/env bash
# The Pollock benchmark (HPI Information Systems, "Pollock: polluted CSV",
# github.com/HPI-Information-Systems/Pollock) on `prith inspect --table`:
# every polluted file is read with nothing told, its table written as CSV,
# and score.py compares it with Pollock's clean version (simple and
# weighted scores out of 10, header / record / cell F1). See README.md.
#
# Usage: bench/pollock/run_pollock.sh POLLOCK_DIR [BUILD_DIR]
#   POLLOCK_DIR       a checkout of HPI-Information-Systems/Pollock (never
#                     copied into this repository)
#   BUILD_DIR         where prith was built (default: build)
#   PRICE_PARSER_DIR  (environment, optional) a checkout of
#                     scrapinghub/price-parser at tag 0.3.4, for Pollock's
#                     exact currency normalization
#   JOBS              (environment) parallel readers, default 2
# Output: bench/out/pollock/loading/FILE_converted.csv (what prith read, or
# "Application Error" when prith refused the file, as Pollock's loaders
# write it), bench/out/pollock/per_file.csv, and the scores on stdout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ $# -lt 1 ] || [ ! -d "$1/polluted_files/csv" ]; then
  echo "usage: $0 POLLOCK_DIR [BUILD_DIR]  (POLLOCK_DIR/polluted_files/csv must exist)" >&2
  exit 2
fi
pollock=$(cd "$1" && pwd)
build=${2:-$root/build}
prith=$build/prith
if [ ! -x "$prith" ]; then
  echo "prith not built: cmake --build $build --target prith" >&2
  exit 1
fi
out=$root/bench/out/pollock
rm -rf "$out/loading"
mkdir -p "$out/loading"

# One file: its table, or Pollock's failure marker when prith refuses it
# (exit 1 with "Fichier refusé"); the diagnostics go to FILE.err.
read_one() {
  local prith=$1 csv=$2 out=$3 name
  name=$(basename "$csv")
  if ! "$prith" inspect "$csv" --table > "$out/${name}_converted.csv" 2> "$out/${name}.err"; then
    echo "Application Error" > "$out/${name}_converted.csv"
  fi
}
export -f read_one
start=$EPOCHREALTIME
find "$pollock/polluted_files/csv" -maxdepth 1 -name '*.csv' -print0 | sort -z |
  xargs -0 -P "${JOBS:-2}" -I{} bash -c 'read_one "$@"' _ "$prith" {} "$out/loading"
end=$EPOCHREALTIME
awk -v n="$(ls "$pollock"/polluted_files/csv/*.csv | wc -l)" -v s="$start" -v e="$end" \
  'BEGIN { printf "read %d files in %.1f s\n", n, e - s }'
refused=$(grep -l "^Application Error$" "$out"/loading/*_converted.csv 2>/dev/null | wc -l || true)
echo "refused $refused"

args=("$pollock" "$out/loading" --per-file "$out/per_file.csv" --worst "${WORST:-0}")
if [ -n "${PRICE_PARSER_DIR:-}" ]; then args+=(--price-parser "$PRICE_PARSER_DIR"); fi
/usr/bin/python3 "$here/score.py" "${args[@]}"
