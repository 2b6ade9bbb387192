#!/usr/bin/env python3
"""(Re)writes the partner exports of the demo project.

    python3 tests/demo/generate_demo_exports.py config/exports

Deterministic: fixed seed, fixed dates, no clock; two runs give the same
bytes (LibreOffice included, once the zip dates are pinned). Needs openpyxl
and LibreOffice (soffice) for the Cap emploi workbook.

Named generate_* rather than make_* so that tests/make_test_data.sh does not
run it: its output is committed under config/exports/, not a build fixture.
It does not use prith's own code: the exports must stand on their own.

It prints the planted faults as the rows of the table in config/README.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import demo_csv  # noqa: E402
import demo_series  # noqa: E402
import demo_workbooks  # noqa: E402

FOLDERS = ["france-travail", "cap-emploi", "agefiph", "carsat", "mdph"]


def main(argv):
    if len(argv) != 2:
        print("usage: generate_demo_exports.py OUT_DIR", file=sys.stderr)
        return 2
    root = argv[1]
    for folder in FOLDERS:
        os.makedirs(os.path.join(root, folder), exist_ok=True)
    data = demo_series.build()
    faults = []
    faults += demo_csv.write_france_travail(root, data)
    faults += demo_csv.write_agefiph(root, data)
    faults += demo_csv.write_mdph(root, data)
    faults += demo_workbooks.write_cap_emploi(root, data)
    faults += demo_workbooks.write_carsat(root, data)
    for f in faults:
        print(f"| `{f['file']}` | {f['place']} | `{f['raw']}` | `{f['code']}` ({f['severity']}) | {f['note']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
