#!/usr/bin/env bash
# The open data files on the national reference workload. Run from the
# repository root after a Release build:
#   bash bench/render/run_open_data_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
. bench/national_workload.sh
out=$workload
/usr/bin/time -v ./build/bench/open_data_bench "$out" config/territories.csv "$runs" 2> "$out/open-data-time.txt"
grep -E "Maximum resident|Elapsed" "$out/open-data-time.txt"
