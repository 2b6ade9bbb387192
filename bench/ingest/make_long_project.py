#!/usr/bin/env python3
"""Writes a prith project whose only export is a long-format CSV of about
SIZE megabytes (default 50): `territory;period;indicator;value`, French
numbers, one row per département x quarter x indicator. Deterministic.

usage: make_long_project.py OUT_DIR [SIZE_MB]
"""
import os
import random
import sys

out = sys.argv[1]
size_mb = float(sys.argv[2]) if len(sys.argv) > 2 else 50.0
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", ".."))

departements = []
with open(os.path.join(root, "config", "territories.csv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        code, _name, level, _parent = line.rstrip("\n").split(";")[:4]
        if level == "departement":
            departements.append(code)

quarters = [f"{year}-T{q}" for year in range(2016, 2026) for q in range(1, 5)]
row_bytes = 25  # measured average of the rows written below
indicator_count = max(1, int(size_mb * 1_000_000 / row_bytes / len(departements) / len(quarters)))
indicators = [f"IND{i:03d}" for i in range(1, indicator_count + 1)]

os.makedirs(os.path.join(out, "exports"), exist_ok=True)
with open(os.path.join(out, "prith.ini"), "w", encoding="utf-8") as f:
    # A national project: no région, so no perimeter to settle codes.
    f.write("[project]\nname = Banc d'essai national\n")
with open(os.path.join(out, "indicators.csv"), "w", encoding="utf-8") as f:
    f.write("code;label;unit\n")
    for code in indicators:
        f.write(f"{code};Indicateur {code};personnes\n")

rng = random.Random(2025)
nbsp = "\u00a0"
with open(os.path.join(out, "exports", "long.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("territory;period;indicator;value\n")
    for indicator in indicators:
        for code in departements:
            for quarter in quarters:
                value = rng.randint(0, 30000)
                text = f"{value:,}".replace(",", nbsp)
                f.write(f"{code};{quarter};{indicator};{text}\n")
print(os.path.join(out, "exports", "long.csv"))
