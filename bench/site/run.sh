#!/usr/bin/env bash
# The site on the national reference workload, against Hugo in the same run.
# Run from anywhere after a Release build (cmake --build build --target prith):
#   bash bench/site/run.sh [RUNS]          (RUNS: 3 by default, the median is reported)
# The workload generator and the Hugo site definition are used in place from
# ../shared/bench relative to the repository (override with PRITH_SHARED_BENCH);
# they are never copied in. Everything is written under bench/out/site/.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${PRITH_SHARED_BENCH:-../shared/bench}
if [ ! -f "$shared/make_dataset.py" ] || [ ! -f "$shared/hugo/prep_hugo.py" ]; then
  echo "bench/site : $shared/make_dataset.py ou $shared/hugo/prep_hugo.py introuvable (PRITH_SHARED_BENCH)" >&2
  exit 2
fi
for tool in /usr/bin/time hugo ./build/prith; do
  command -v "$tool" > /dev/null || { echo "bench/site : $tool introuvable" >&2; exit 2; }
done
exec /usr/bin/python3 bench/site/site_bench.py --shared "$shared" --prith ./build/prith --runs "${1:-3}" \
  --out bench/out/site
