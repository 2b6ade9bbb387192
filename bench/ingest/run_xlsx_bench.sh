#!/usr/bin/env bash
# Generates 10k- and 100k-row x 10-column workbooks into bench/out/ (git
# ignored) and reads each through read_xlsx_file, reporting cells/s and the
# peak RSS (/usr/bin/time -v). Build first: cmake --build build --target xlsx_bench
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bench=${XLSX_BENCH:-$root/build/bench/xlsx_bench}
out=$root/bench/out
if [ ! -x "$bench" ]; then
  echo "xlsx_bench absent: cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --target xlsx_bench" >&2
  exit 1
fi
mkdir -p "$out"
python=python3
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; fi
for rows in 10000 100000; do
  workbook=$out/xlsx_${rows}.xlsx
  [ -s "$workbook" ] || "$python" "$root/bench/ingest/make_bench_workbook.py" "$rows" "$workbook"
  /usr/bin/time -v "$bench" "$workbook" 5 2> "$out/xlsx_${rows}.time"
  grep -E "Maximum resident set size" "$out/xlsx_${rows}.time" | sed 's/^\s*/  /'
done
