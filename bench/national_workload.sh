# Sourced by the benches of the model, the open data and the workbook (after
# `cd` to the repository root): sets `workload` to the national reference
# workload's folder, generating it once with ../shared/bench/make_dataset.py
# (used in place; PRITH_SHARED_BENCH to use another folder). The C++ side
# that loads it is bench/national_workload.h.
workload=bench/out/model-workload
if [ ! -f "$workload/indicators_long.csv" ]; then
  shared=${PRITH_SHARED_BENCH:-../shared/bench}
  /usr/bin/python3 "$shared/make_dataset.py" --out "$workload" > /dev/null 2>&1
fi
