#!/usr/bin/env bash
# Generates the 50 MB long-format export into bench/out/ (ignored by git),
# then runs csv_bench under /usr/bin/time -v: MB/s (best and median of 5
# runs after one warm-up) and peak RSS.
# Usage: bench/ingest/run_csv_bench.sh [BUILD_DIR] [SIZE_MB]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
size=${2:-50}
out=$root/bench/out
mkdir -p "$out"
data=$out/long_${size}mb.csv
if [ ! -f "$data" ]; then
  python3 "$here/make_long_csv.py" "$data" "$size"
fi
bench=$(find "$build" -name csv_bench -type f -perm -u+x | head -n1)
if [ -z "$bench" ]; then
  echo "csv_bench not built: cmake --build $build --target csv_bench" >&2
  exit 1
fi
/usr/bin/time -v "$bench" "$data" 5 2> "$out/csv_bench.time"
grep -E "Maximum resident set size|Elapsed" "$out/csv_bench.time"
