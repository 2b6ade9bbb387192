#!/usr/bin/env bash
# The model on the national reference workload. Run from the repository root
# after a Release build:
#   bash bench/model/run_model_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
. bench/national_workload.sh
out=$workload
/usr/bin/time -v ./build/bench/model_bench "$out" config/territories.csv "$runs" 2> "$out/time.txt"
grep -E "Maximum resident|Elapsed" "$out/time.txt"
