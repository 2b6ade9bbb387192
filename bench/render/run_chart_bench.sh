#!/usr/bin/env bash
# Times the 774 charts of the national workload, SVG and PNG (see README.md).
#   bench/render/run_chart_bench.sh [BUILD_DIR] [COUNT]
set -euo pipefail
build=${1:-build}
count=${2:-774}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cmake --build "$build" --target chart_bench -j2 >/dev/null
"$build/bench/chart_bench" "$count" "$out"
echo "sample files:"; ls -l "$out"
