#!/usr/bin/env python3
"""Turns the national reference workload (../shared/bench/make_dataset.py)
into a prith project: prith.ini without a région (a national project),
indicators.csv for ind01..ind30 from the dataset's own list, the default
territories (which read the workload's `R11` région codes), and the long
CSV as the only export. Deterministic.

usage: make_bench_project.py DATASET_DIR PROJECT_DIR
"""
import os
import shutil
import sys

dataset, project = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(project, "exports"), exist_ok=True)
with open(os.path.join(project, "prith.ini"), "w", encoding="utf-8") as f:
    f.write("[project]\nname = Banc d'essai national\npublication_date = 2026-01-15\n")
with open(os.path.join(dataset, "indicators.csv"), encoding="utf-8") as source, \
        open(os.path.join(project, "indicators.csv"), "w", encoding="utf-8") as target:
    next(source)
    target.write("code;label;unit;aggregation\n")
    for line in source:
        code, label, _unit = line.rstrip("\n").split(";")[:3]
        target.write(f"{code};{label};personnes;sum\n")
shutil.copyfile(os.path.join(dataset, "indicators_long.csv"),
                os.path.join(project, "exports", "indicators_long.csv"))
