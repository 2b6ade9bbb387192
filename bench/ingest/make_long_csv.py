#!/usr/bin/env python3
"""Writes a deterministic long-format export of about SIZE_MB megabytes:
territory;period;indicator;value, French numbers (NBSP thousands separator,
decimal comma), Windows-1252 and CRLF as Excel saves it.
Usage: make_long_csv.py OUT_FILE [SIZE_MB]"""
import sys

out_path = sys.argv[1]
target = int(float(sys.argv[2]) * 1_000_000) if len(sys.argv) > 2 else 50_000_000
territories = ["44", "49", "53", "72", "85", "2A", "971", "Loire-Atlantique", "Maine-et-Loire"]
indicators = ["DEBOE", "DEFM_ABC", "ENTREES_CAP", "PLACEMENTS", "TAUX_EMPLOI", "MAINTIENS"]
rows = ["territory;period;indicator;value"]
size = len(rows[0]) + 2
state = 12345
n = 0
while size < target:
    state = (state * 1103515245 + 12345) % 2147483648  # deterministic LCG
    territory = territories[state % len(territories)]
    year = 2015 + (n // 4) % 11
    period = f"{year}-T{n % 4 + 1}"
    indicator = indicators[(state >> 8) % len(indicators)]
    v = (state >> 4) % 200000
    if indicator == "TAUX_EMPLOI":
        value = f"{v % 1000 / 10:.1f}".replace(".", ",")
    elif v >= 1000:
        value = f"{v // 1000}\u00a0{v % 1000:03d}"
    else:
        value = str(v)
    line = f"{territory};{period};{indicator};{value}"
    rows.append(line)
    size += len(line) + 2
    n += 1
with open(out_path, "wb") as handle:
    handle.write(("\r\n".join(rows) + "\r\n").encode("cp1252"))
