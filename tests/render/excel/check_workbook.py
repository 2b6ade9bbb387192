#!/usr/bin/python3
"""Reads a workbook prith wrote back with openpyxl, its unzipped XML and
LibreOffice, and checks it against what the C++ test expects (a JSON file).

    /usr/bin/python3 check_workbook.py WORKBOOK.xlsx EXPECTED.json

Prints one line per failed check and exits 1; exits 2 when a tool is missing
(openpyxl, soffice): the test must fail, never skip.

EXPECTED: {"title", "author", "sheets": [names, in order], "cells": [{"sheet",
"cell", "value", "number_format"?, "comment"?: bool}], "freeze": {sheet: "C2"},
"tables": {sheet: {"name", "ref"}}, "defined_names": [...], "chart_ranges":
[formulas every chart series must use, e.g. "'DEBOE'!$C$2:$N$2"],
"charts": count, "hidden": [{"sheet", "cell", "value"}] (a hidden figure's
cell: "s", its comment without the value; no hidden column, row or sheet
anywhere, no formula, no chart cache), "libreoffice": [{"sheet", "row",
"column", "text"}] (a cell of LibreOffice's CSV of that sheet)}
"""
import csv
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

try:
    import openpyxl
except ImportError:
    print("openpyxl manquant : installer le paquet Debian python3-openpyxl (/usr/bin/python3)")
    sys.exit(2)

failures = []


def unescape(value):
    """Excel's _xHHHH_ escapes of control characters, which openpyxl keeps."""
    if not isinstance(value, str):
        return value
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def fail(message):
    failures.append(message)


def check_openpyxl(path, expected):
    workbook = openpyxl.load_workbook(path)
    if workbook.sheetnames != expected["sheets"]:
        fail(f"feuilles {workbook.sheetnames} au lieu de {expected['sheets']}")
    properties = workbook.properties
    if properties.title != expected["title"]:
        fail(f"titre {properties.title!r} au lieu de {expected['title']!r}")
    if properties.language != expected.get("language", "fr-FR"):
        fail(f"langue {properties.language!r} au lieu de {expected.get('language', 'fr-FR')!r}")
    if properties.creator != expected["author"]:
        fail(f"auteur {properties.creator!r} au lieu de {expected['author']!r}")
    if str(properties.created)[:10] != expected["created"]:
        fail(f"date de création {properties.created} au lieu de {expected['created']}")
    for cell in expected.get("cells", []):
        sheet = workbook[cell["sheet"]]
        got = sheet[cell["cell"]]
        place = f"{cell['sheet']}!{cell['cell']}"
        want = cell["value"]
        if isinstance(want, (int, float)):
            if not isinstance(got.value, (int, float)) or abs(got.value - want) > 1e-9 * max(1, abs(want)):
                fail(f"{place} vaut {got.value!r} au lieu du nombre {want!r}")
        elif unescape(got.value) != want:
            fail(f"{place} vaut {got.value!r} au lieu de {want!r}")
        if "number_format" in cell and got.number_format != cell["number_format"]:
            fail(f"{place} a le format {got.number_format!r} au lieu de {cell['number_format']!r}")
        if cell.get("comment") and (got.comment is None or not got.comment.text):
            fail(f"{place} n'a pas de commentaire")
        if "comment_text" in cell and (got.comment is None or cell["comment_text"] not in got.comment.text):
            fail(f"{place} : le commentaire ne dit pas {cell['comment_text']!r}")
        if "link" in cell and (got.hyperlink is None or got.hyperlink.location != cell["link"]):
            fail(f"{place} : lien {got.hyperlink and got.hyperlink.location!r} au lieu de {cell['link']!r}")
    for name, pane in expected.get("freeze", {}).items():
        if workbook[name].freeze_panes != pane:
            fail(f"{name} : volets figés en {workbook[name].freeze_panes} au lieu de {pane}")
    for name, table in expected.get("tables", {}).items():
        tables = workbook[name].tables
        if list(tables.keys()) != [table["name"]]:
            fail(f"{name} : tableaux {list(tables.keys())} au lieu de [{table['name']}]")
        elif tables[table["name"]].ref != table["ref"]:
            fail(f"{name} : tableau sur {tables[table['name']].ref} au lieu de {table['ref']}")
        elif tables[table["name"]].autoFilter is None:
            fail(f"{name} : tableau sans filtre automatique")
    for sheet in workbook.worksheets:
        if sheet.merged_cells.ranges:
            fail(f"{sheet.title} : cellules fusionnées {sheet.merged_cells.ranges}")
        if sheet.page_setup.orientation != "landscape":
            fail(f"{sheet.title} : impression en {sheet.page_setup.orientation}")
        if sheet.print_title_rows not in ("1:1", "$1:$1"):
            fail(f"{sheet.title} : lignes répétées {sheet.print_title_rows!r}")
        if "&P" not in (sheet.oddFooter.right.text or ""):
            fail(f"{sheet.title} : pas de numéro de page en pied de page")
    names = sorted(workbook.defined_names.keys()) if hasattr(workbook.defined_names, "keys") else \
        sorted(d.name for d in workbook.defined_names.definedName)
    for name in expected.get("defined_names", []):
        if name not in names:
            fail(f"nom défini {name} absent ({names[:5]}…)")
    for hidden in expected.get("hidden", []):
        cell = workbook[hidden["sheet"]][hidden["cell"]]
        place = f"{hidden['sheet']}!{hidden['cell']}"
        if cell.value != "s":
            fail(f"{place} montre {cell.value!r} pour un chiffre masqué")
        if cell.comment is not None and str(hidden["value"]) in cell.comment.text:
            fail(f"{place} : le commentaire d'un chiffre masqué donne sa valeur")
    for sheet in workbook.worksheets:
        # Nothing out of sight: no hidden column or row, no hidden sheet.
        if sheet.sheet_state != "visible":
            fail(f"{sheet.title} est une feuille masquée")
        for letter, dimension in sheet.column_dimensions.items():
            if dimension.hidden:
                fail(f"{sheet.title} : colonne {letter} masquée")
        for number, dimension in sheet.row_dimensions.items():
            if dimension.hidden:
                fail(f"{sheet.title} : ligne {number} masquée")


def check_xml(path, expected):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        dates = {info.date_time for info in archive.infolist()}
        if dates != {(1980, 1, 1, 0, 0, 0)}:
            fail(f"dates du zip {dates} : le classeur n'est pas reproductible")
        charts = [n for n in names if n.startswith("xl/charts/chart")]
        if len(charts) != expected.get("charts", len(charts)):
            fail(f"{len(charts)} graphiques au lieu de {expected['charts']}")
        formulas = set()
        for name in charts:
            xml = archive.read(name).decode()
            if "Cache>" in xml:
                fail(f"{name} garde un cache de valeurs")
            formulas.update(re.findall(r"<c:f>([^<]*)</c:f>", xml))
        # Excel quotes a sheet name only when it must: compare without quotes.
        formulas = {html.unescape(f).replace("'", "") for f in formulas}
        for formula in expected.get("chart_ranges", []):
            if formula.replace("'", "") not in formulas:
                fail(f"aucune série de graphique sur {formula}")
        for name in names:
            if name.startswith("xl/worksheets/sheet") and "<f>" in archive.read(name).decode():
                fail(f"{name} contient une formule")
            if name.startswith("xl/drawings/drawing"):
                xml = archive.read(name).decode()
                for frame in re.findall(r"<xdr:cNvPr [^>]*>", xml):
                    if 'descr="' not in frame:
                        fail(f"{name} : un graphique sans texte alternatif")


def check_libreoffice(path, expected):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        print("LibreOffice manquant : installer le paquet Debian libreoffice-calc-nogui")
        sys.exit(2)
    with tempfile.TemporaryDirectory() as folder:
        profile = "file://" + os.path.join(folder, "profile")
        # Every sheet to its own CSV, UTF-8, raw values (not as shown).
        result = subprocess.run(
            [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
             "--outdir", folder, path], capture_output=True, text=True, timeout=180)
        output = result.stdout + result.stderr
        if result.returncode != 0 or "rror" in output or "repair" in output.lower():
            fail(f"LibreOffice : code {result.returncode}, {output.strip()}")
        stem = os.path.splitext(os.path.basename(path))[0]
        made = glob.glob(os.path.join(folder, stem + "-*.csv"))
        if len(made) != len(expected["sheets"]):
            fail(f"LibreOffice a écrit {len(made)} feuilles au lieu de {len(expected['sheets'])} ({output.strip()})")
        for cell in expected.get("libreoffice", []):
            csv_path = os.path.join(folder, f"{stem}-{cell['sheet']}.csv")
            if not os.path.exists(csv_path):
                fail(f"LibreOffice : pas de feuille {cell['sheet']}")
                continue
            with open(csv_path, encoding="utf-8") as file:
                rows = list(csv.reader(file))
            got = rows[cell["row"]][cell["column"]] if cell["row"] < len(rows) and \
                cell["column"] < len(rows[cell["row"]]) else None
            if got != cell["text"]:
                fail(f"LibreOffice : {cell['sheet']} ligne {cell['row'] + 1} colonne {cell['column'] + 1} "
                     f"vaut {got!r} au lieu de {cell['text']!r}")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as file:
        expected = json.load(file)
    check_openpyxl(path, expected)
    check_xml(path, expected)
    if expected.get("libreoffice") is not None:
        check_libreoffice(path, expected)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
