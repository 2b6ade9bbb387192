#!/usr/bin/env bash
# The store on the national reference workload (119 territories x 40
# quarters x 30 indicators). Run from the repository root after building:
#   bash bench/store/run_store_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
out=bench/out/store-national
if [ ! -f "$out/project/exports/indicators_long.csv" ]; then
  /usr/bin/python3 ../shared/bench/make_dataset.py --out "$out/dataset" > /dev/null
  /usr/bin/python3 bench/store/make_bench_project.py "$out/dataset" "$out/project"
fi
# One core, as the target says; /usr/bin/time for the whole process.
taskset -c 0 /usr/bin/time -f "process: %e s wall, %U s user, %S s sys, %M KiB peak RSS" \
  ./build/bench/store_bench "$out/project" "$runs"
