#!/usr/bin/env python3
"""(Re)writes the partner exports of the demo project.

    python3 tests/demo/generate_demo_exports.py config/exports
    python3 tests/demo/generate_demo_exports.py --check config/exports

With --check it writes into a temporary folder and compares every file with
OUT_DIR byte for byte: exit status 1 names the files that differ.

Deterministic: fixed seed, fixed dates, no clock; two runs give the same
bytes (LibreOffice included, once the zip dates are pinned). Needs openpyxl
and LibreOffice (soffice) for the Cap emploi workbook.

Named generate_* rather than make_* so that tests/make_test_data.sh does not
run it: its output is committed under config/exports/, not a build fixture.
It does not use prith's own code: the exports must stand on their own.

It prints the planted faults as the rows of the table in config/README.md.
"""
import filecmp
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import demo_csv  # noqa: E402
import demo_series  # noqa: E402

try:
    import demo_workbooks  # noqa: E402  (needs openpyxl)
except ImportError as error:
    sys.exit(f"generate_demo_exports.py: {error}; install python3-openpyxl "
             "(a pyenv python3 may lack it: try /usr/bin/python3)")

FOLDERS = ["france-travail", "cap-emploi", "agefiph", "carsat", "mdph"]


def generate(root):
    """Writes every export under root; returns the planted faults."""
    for folder in FOLDERS:
        os.makedirs(os.path.join(root, folder), exist_ok=True)
    data = demo_series.build()
    faults = []
    faults += demo_csv.write_france_travail(root, data)
    faults += demo_csv.write_agefiph(root, data)
    faults += demo_csv.write_mdph(root, data)
    faults += demo_workbooks.write_cap_emploi(root, data)
    faults += demo_workbooks.write_carsat(root, data)
    return faults


def relative_files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, files in os.walk(root) for f in files)


def check(root):
    with tempfile.TemporaryDirectory() as fresh:
        generate(fresh)
        expected, present = relative_files(fresh), relative_files(root)
        differ = [f for f in expected if f not in present
                  or not filecmp.cmp(os.path.join(fresh, f), os.path.join(root, f), shallow=False)]
        extra = [f for f in present if f not in expected]
    for f in differ:
        print(f"différent ou absent : {f}")
    for f in extra:
        print(f"en trop : {f}")
    return 1 if differ or extra else 0


def main(argv):
    args = argv[1:]
    if len(args) == 2 and args[0] == "--check":
        return check(args[1])
    if len(args) != 1:
        print("usage: generate_demo_exports.py [--check] OUT_DIR", file=sys.stderr)
        return 2
    for f in generate(args[0]):
        print(f"| `{f['file']}` | {f['place']} | `{f['raw']}` | `{f['code']}` ({f['severity']}) | {f['note']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
