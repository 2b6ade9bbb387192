#!/usr/bin/env bash
# Full reading path (reader + mapping to observations) on a generated 50 MB
# long-format CSV. Run from the repository root after building:
#   bash bench/ingest/run_ingest_bench.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-50}
out=bench/out/ingest-long-$size
if [ ! -f "$out/exports/long.csv" ]; then
  /usr/bin/python3 bench/ingest/make_long_project.py "$out" "$size" > /dev/null
fi
# One core, as the target says.
taskset -c 0 ./build/bench/ingest_bench "$out" "$out/exports/long.csv" 5
