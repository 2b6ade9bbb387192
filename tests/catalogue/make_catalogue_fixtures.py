#!/usr/bin/env python3
"""Writes OUT_DIR/catalogue/indicators_libreoffice{,_quoted}.csv: an indicators
catalogue saved as CSV by LibreOffice itself (separator ';', UTF-8; quotes
where needed, or around every text cell), so that
the catalogue reader is checked against the quoting the real application
produces for definitions holding ';', quotes and line breaks.

The source sheet is a flat ODS document written here (no third-party module);
LibreOffice converts it with a private profile so that parallel runs do not
share a lock. Deterministic: same script, same bytes.
"""
import os
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

ROWS = [
    ["code", "libellé", "alias", "unité", "définition", "source", "agrégation", "poids",
     "numérateur", "dénominateur", "secret", "seuil_secret"],
    ["DEBOE", "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi",
     "DEBOE cat. ABC|Nombre de DEBOE", "personnes",
     "Demandeurs d'emploi inscrits en catégories A, B, C ; bénéficiaires de l'obligation "
     "d'emploi (OETH).\nDonnées brutes, fin de trimestre, « champ France entière ».",
     "FT", "somme", "", "", "", "oui", 5],
    ["DE", "Demandeurs d'emploi tous publics", "DEFM ABC", "personnes",
     "Tous les demandeurs d'emploi ; \"catégories\" A, B et C.", "FT", "somme", "", "", "",
     "non", ""],
    ["PART_DEBOE", "Part des DEBOE parmi les demandeurs d'emploi", "Taux DEBOE", "%",
     "DEBOE / DE, en pourcentage.", "FT", "ratio", "", "DEBOE", "DE", "non", ""],
]


def cell(value):
    if isinstance(value, int):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if value == "":
        return "<table:table-cell/>"
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in value.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def fods(rows):
    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>\n"
                   for row in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            '<office:body><office:spreadsheet><table:table table:name="indicateurs">\n'
            + body +
            "</table:table></office:spreadsheet></office:body></office:document>\n")


def main():
    out = os.path.join(sys.argv[1], "catalogue")
    os.makedirs(out, exist_ok=True)
    source = os.path.join(out, "indicators_libreoffice.fods")
    with open(source, "w", encoding="utf-8") as f:
        f.write(fods(ROWS))
    profile = os.path.join(out, "lo-profile")
    # Filter options: separator ';' (59), quote '"' (34), UTF-8 (76), from
    # line 1, then "quote all text cells" false or true.
    for suffix, quote_all in (("", "false"), ("_quoted", "true")):
        work = os.path.join(out, "lo-out")
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{os.path.abspath(profile)}", "--headless",
             "--convert-to", f"csv:Text - txt - csv (StarCalc):59,34,76,1,,0,{quote_all}",
             "--outdir", work, source],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        written = os.path.join(work, "indicators_libreoffice.csv")
        if not os.path.exists(written):
            sys.exit("LibreOffice did not write indicators_libreoffice.csv")
        os.replace(written, os.path.join(out, f"indicators_libreoffice{suffix}.csv"))
        shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)

if __name__ == "__main__":
    main()
