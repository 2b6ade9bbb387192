#!/usr/bin/env bash
# The Excel annex of the national reference workload. Run from the repository
# root after a Release build:
#   bash bench/excel/run_workbook_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=bench/out/model-workload
if [ ! -f "$out/indicators_long.csv" ]; then
  shared=${PRITH_SHARED_BENCH:-../shared/bench}  # the shared workload, used in place
  /usr/bin/python3 "$shared/make_dataset.py" --out "$out" > /dev/null 2>&1
fi
/usr/bin/time -v ./build/bench/workbook_bench "$out" config/territories.csv "$out/annexe.xlsx" "$runs" \
  2> "$out/workbook-time.txt"
grep -E "Maximum resident|Elapsed" "$out/workbook-time.txt"
