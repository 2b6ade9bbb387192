#!/usr/bin/env python3
"""Turns the national reference workload (../shared/bench/make_dataset.py)
into a prith project.

    prep_project.py DATA PROJECT [--repo REPO]

DATA is make_dataset.py's output folder; PROJECT is created (replaced).
- prith.ini with no région: prith builds the national tree (France, its
  régions, their départements) from the territories catalogue;
- territories.csv: prith's own catalogue (REPO/config/territories.csv);
- indicators.csv: ind01..ind30 with the workload's labels, summed;
- sources.csv: one source, `reference`, whose one export is the workload's
  indicators_long.csv with French headers.
The région rows (R11, R24, ...) are dropped: prith computes each région from
its départements (the workload defines them as the same sum), so the région
figures are prith's own.
"""
import argparse
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("project")
    ap.add_argument("--repo", default=os.path.dirname(os.path.dirname(HERE)))
    a = ap.parse_args(argv)

    if os.path.exists(a.project):
        shutil.rmtree(a.project)
    os.makedirs(os.path.join(a.project, "exports", "reference"))
    with open(os.path.join(a.project, "prith.ini"), "w", encoding="utf-8") as f:
        f.write("[project]\nname = Tableau de bord national (jeu de référence)\nregion =\n"
                "publication_date = 2026-01-15\n\n[site]\ntheme = default\n"
                "title = Tableau de bord national\n")
    shutil.copy(os.path.join(a.repo, "config", "territories.csv"), os.path.join(a.project, "territories.csv"))
    with open(os.path.join(a.project, "sources.csv"), "w", encoding="utf-8") as f:
        f.write("code;label;folder;url;secret;secret_threshold\n"
                "reference;Jeu de données de référence;reference;https://example.org;non;\n")
    with open(os.path.join(a.project, "series_breaks.csv"), "w", encoding="utf-8") as f:
        f.write("indicator;date;reason\n")

    with open(os.path.join(a.data, "indicators.csv"), encoding="utf-8") as f:
        indicators = list(csv.DictReader(f, delimiter=";"))
    with open(os.path.join(a.project, "indicators.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["code", "label", "aliases", "unit", "definition", "source", "aggregation", "weight",
                    "numerator", "denominator", "secret", "secret_threshold", "nature"])
        for ind in indicators:
            w.writerow([ind["code"], ind["label"], "", "personnes", ind["label"] + " (jeu de référence).",
                        "reference", "sum", "", "", "", "non", "", "stock"])

    kept = dropped = 0
    with open(os.path.join(a.data, "indicators_long.csv"), encoding="utf-8") as src, \
         open(os.path.join(a.project, "exports", "reference", "indicators_long.csv"), "w",
              encoding="utf-8", newline="") as out:
        rows = csv.reader(src, delimiter=";")
        next(rows)
        w = csv.writer(out, delimiter=";", lineterminator="\n")
        w.writerow(["Département", "Trimestre", "Indicateur", "Valeur"])
        for territory, period, indicator, value in rows:
            if territory.startswith("R"):
                dropped += 1
                continue
            w.writerow([territory, period, indicator, value])
            kept += 1
    print(f"{a.project}: {kept} lignes de départements, {dropped} lignes de régions écartées", file=sys.stderr)


if __name__ == "__main__":
    main()
