#!/usr/bin/env bash
# The Excel annex of the national reference workload. Run from the repository
# root after a Release build:
#   bash bench/excel/run_workbook_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
. bench/national_workload.sh
out=$workload
/usr/bin/time -v ./build/bench/workbook_bench "$out" config/territories.csv "$out/annexe.xlsx" "$runs" \
  2> "$out/workbook-time.txt"
grep -E "Maximum resident|Elapsed" "$out/workbook-time.txt"
