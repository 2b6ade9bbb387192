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
"column", "text"}] (a cell of LibreOffice's CSV of that sheet), "print": {sheet:
min_font_points} (charts anchored below the table and within its width, and
the table printed fit to the A4 landscape width with 11-point text at least
that big), "footers": {sheet: left footer text}, "pdf_max_pages": LibreOffice's PDF of the whole workbook has at
most that many pages}

Always checked: every chart in the workbook's language with its categories
as text references (<c:strRef>, never <c:numRef> without a cache), and every
number of every sheet in its shortest form with at most 12 significant
digits (no floating-point noise such as 3189922.419999999).
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
    for name, text in expected.get("footers", {}).items():
        left = workbook[name].oddFooter.left.text or ""
        if left.replace("&&", "&") != text:
            fail(f"{name} : pied de page {left!r} au lieu de {text!r}")
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


NUMBER = re.compile(r"<v>(-?[0-9.]+(?:[Ee][-+]?[0-9]+)?)</v>")


def significant_digits(text):
    mantissa = re.split("[Ee]", text)[0].lstrip("-").replace(".", "").lstrip("0")
    return len(mantissa.rstrip("0")) if "." in text or "e" in text.lower() else len(mantissa)


def check_numbers(name, xml):
    for text in NUMBER.findall(xml):
        if "." not in text and "e" not in text.lower():
            continue
        if significant_digits(text) > 12 or len(text) > len(repr(float(text))):
            fail(f"{name} : nombre {text} avec du bruit de virgule flottante")
            return


def check_chart(name, xml, language):
    lang = re.search(r'<c:lang val="([^"]*)"', xml)
    if lang is None or lang.group(1) != language:
        fail(f"{name} : langue du graphique {lang and lang.group(1)!r} au lieu de {language!r}")
    for categories in re.findall(r"<c:cat>(.*?)</c:cat>", xml, re.S):
        if "<c:strRef>" not in categories:
            fail(f"{name} : catégories sans <c:strRef> ({categories[:80]})")


COLUMN = re.compile(r'<col min="(\d+)" max="(\d+)" width="([0-9.]+)"')
ANCHOR = re.compile(r"<xdr:from><xdr:col>(\d+)</xdr:col><xdr:colOff>\d+</xdr:colOff><xdr:row>(\d+)</xdr:row>"
                    r".*?<xdr:to><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff>", re.S)


def sheet_parts(archive):
    """Each sheet's name → (its XML, its drawing's XML or None)."""
    workbook = archive.read("xl/workbook.xml").decode()
    relations = archive.read("xl/_rels/workbook.xml.rels").decode()
    targets = {}
    for relation in re.findall(r"<Relationship [^>]*>", relations):
        rid, target = re.search(r'Id="([^"]+)"', relation), re.search(r'Target="([^"]+)"', relation)
        targets[rid.group(1)] = target.group(1)
    parts = {}
    for attributes in re.findall(r"<sheet ([^>]*)/>", workbook):
        name = re.search(r'name="([^"]*)"', attributes).group(1)
        rid = re.search(r'r:id="([^"]*)"', attributes).group(1)
        sheet_path = "xl/" + targets[rid]
        xml = archive.read(sheet_path).decode()
        drawing = None
        rels_path = sheet_path.replace("worksheets/", "worksheets/_rels/") + ".rels"
        if rels_path in archive.namelist():
            found = re.search(r'Target="\.\./drawings/([^"]+)"', archive.read(rels_path).decode())
            if found:
                drawing = archive.read("xl/drawings/" + found.group(1)).decode()
        parts[html.unescape(name)] = (xml, drawing)
    return parts


def check_print(archive, expected):
    """The printed width is the table's or the charts' right edge, whichever is further."""
    parts = sheet_parts(archive)
    for name, min_font in expected.get("print", {}).items():
        xml, drawing = parts[name]
        # libxlsxwriter writes the width with Excel's 5 pixels of padding in it.
        pixels = {}
        for first, last, width in COLUMN.findall(xml):
            for column in range(int(first), int(last) + 1):
                pixels[column - 1] = int(float(width) * 7 + 0.5)
        table_ref = re.search(r'<dimension ref="A1:([A-Z]+)(\d+)"', xml)
        last_row = int(table_ref.group(2)) if table_ref else 1
        right = sum(pixels.values())
        for from_col, from_row, to_col, to_offset in ANCHOR.findall(drawing or ""):
            if int(from_row) < last_row:
                fail(f"{name} : graphique ancré ligne {int(from_row) + 1}, à côté du tableau (jusqu'à {last_row})")
            edge = sum(pixels.get(c, 64) for c in range(int(to_col))) + int(to_offset) / 9525
            right = max(right, edge)
        # A4 landscape, 0.7 inch margins left and right: 741 points of width.
        scale = min(1.0, 741 / (right * 0.75))
        if 11 * scale < min_font:
            fail(f"{name} : imprimé à {11 * scale:.1f} pt ({right:.0f} pixels de large) au lieu de {min_font} pt "
                 "au moins")
        if "<pageSetup" not in xml or 'fitToHeight="0"' not in xml or 'fitToPage="1"' not in xml:
            fail(f"{name} : pas d'ajustement à la largeur de la page")


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
            check_chart(name, xml, expected.get("language", "fr-FR"))
            formulas.update(re.findall(r"<c:f>([^<]*)</c:f>", xml))
        # Excel quotes a sheet name only when it must: compare without quotes.
        formulas = {html.unescape(f).replace("'", "") for f in formulas}
        for formula in expected.get("chart_ranges", []):
            if formula.replace("'", "") not in formulas:
                fail(f"aucune série de graphique sur {formula}")
        for name in names:
            if name.startswith("xl/worksheets/sheet") and "<f>" in archive.read(name).decode():
                fail(f"{name} contient une formule")
            if name.startswith("xl/worksheets/sheet"):
                check_numbers(name, archive.read(name).decode())
            if name.startswith("xl/drawings/drawing"):
                xml = archive.read(name).decode()
                for frame in re.findall(r"<xdr:cNvPr [^>]*>", xml):
                    if 'descr="' not in frame:
                        fail(f"{name} : un graphique sans texte alternatif")
        check_print(archive, expected)


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


def check_pdf(path, expected):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        print("LibreOffice manquant : installer le paquet Debian libreoffice-calc-nogui")
        sys.exit(2)
    with tempfile.TemporaryDirectory() as folder:
        profile = "file://" + os.path.join(folder, "profile")
        result = subprocess.run([office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                                 "--outdir", folder, path], capture_output=True, text=True, timeout=180)
        pdf = os.path.join(folder, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        if result.returncode != 0 or not os.path.exists(pdf):
            fail(f"LibreOffice : pas de PDF ({result.stdout + result.stderr})")
            return
        with open(pdf, "rb") as file:
            pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", file.read()))
        if pages > expected["pdf_max_pages"]:
            fail(f"LibreOffice : PDF de {pages} pages au lieu de {expected['pdf_max_pages']} au plus")


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
    if expected.get("pdf_max_pages") is not None:
        check_pdf(path, expected)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
