#!/usr/bin/python3
"""The demo's capitalisation spreadsheets are what their committed generator
writes: config/capitalisation/make_demo_spreadsheets.py run into a temporary
folder gives the same pratiques.csv (byte for byte) and the same cells in
plans-d-action.xlsx. Fails when openpyxl is missing."""
import os
import subprocess
import sys
import tempfile

try:
    from openpyxl import load_workbook
except ImportError:
    sys.exit("openpyxl is required (Debian: python3-openpyxl)")

SOURCE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FOLDER = os.path.join(SOURCE, "config", "capitalisation")


def cells(path):
    workbook = load_workbook(path)
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in workbook.worksheets}


with tempfile.TemporaryDirectory() as out:
    subprocess.run([sys.executable, os.path.join(FOLDER, "make_demo_spreadsheets.py"), out], check=True)
    with open(os.path.join(out, "pratiques.csv"), "rb") as a, open(os.path.join(FOLDER, "pratiques.csv"), "rb") as b:
        if a.read() != b.read():
            sys.exit("config/capitalisation/pratiques.csv differs from its generator's output: run the script")
    if cells(os.path.join(out, "plans-d-action.xlsx")) != cells(os.path.join(FOLDER, "plans-d-action.xlsx")):
        sys.exit("config/capitalisation/plans-d-action.xlsx differs from its generator's output: run the script")
    rows = cells(os.path.join(FOLDER, "plans-d-action.xlsx"))["Plans d'action"]
    if len(rows) != 19 or rows[18][6] != "Réalisée" or rows[18][10] is not None:
        sys.exit("planted fault 8 (G19 réalisée without actual end) is no longer where config/README.md says")
print("demo spreadsheets match their generator")
