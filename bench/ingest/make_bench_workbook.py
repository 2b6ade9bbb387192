#!/usr/bin/env python3
"""Writes a deterministic ROWS x 10 workbook shaped like a partner export.

Columns: département (shared string), commune code (text), quarter-end date
(dd/mm/yyyy), six counts (numbers), a share (0.0 %). The XML is what Excel
writes (shared strings, styles, r attributes); zipfile deflates it.
Usage: make_bench_workbook.py ROWS OUT.xlsx
"""
import random
import sys
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DEPARTEMENTS = ["Ain", "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes",
                "Ardèche", "Ardennes", "Ariège", "Aube", "Aude", "Aveyron", "Bouches-du-Rhône", "Calvados",
                "Cantal", "Charente", "Charente-Maritime", "Cher", "Corrèze", "Côte-d'Or"]
COLUMNS = "ABCDEFGHIJ"


def sheet_rows(rows, rng):
    yield '<row r="1">' + "".join('<c r="%s1" t="s"><v>%d</v></c>' % (c, len(DEPARTEMENTS) + i)
                                  for i, c in enumerate(COLUMNS)) + "</row>"
    for r in range(2, rows + 2):
        cells = ['<c r="A%d" t="s"><v>%d</v></c>' % (r, rng.randrange(len(DEPARTEMENTS))),
                 '<c r="B%d" t="inlineStr"><is><t>%05d</t></is></c>' % (r, rng.randrange(1000, 96000)),
                 '<c r="C%d" s="1"><v>%d</v></c>' % (r, 45747 + 91 * rng.randrange(4))]
        for c in "DEFGHI":
            cells.append('<c r="%s%d"><v>%d</v></c>' % (c, r, rng.randrange(0, 20000)))
        cells.append('<c r="J%d" s="2"><v>%s</v></c>' % (r, repr(rng.randrange(0, 1000) / 1000)))
        yield '<row r="%d">%s</row>' % (r, "".join(cells))


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20251015)
    headers = ["Département", "Commune", "Trimestre", "DEFM", "DEFM BOE", "Entrées", "Sorties",
               "Placements", "Formations", "Part BOE"]
    strings = DEPARTEMENTS + headers
    sst = '<sst %s count="%d" uniqueCount="%d">%s</sst>' % (
        NS, len(strings), len(strings), "".join("<si><t>%s</t></si>" % s for s in strings))
    styles = ('<styleSheet %s><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>'
              '</styleSheet>') % NS
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<workbook %s><sheets><sheet name="Données" sheetId="1" r:id="rId1"/></sheets>'
                           '</workbook>' % NS,
        "xl/_rels/workbook.xml.rels":
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": sst,
        "xl/styles.xml": styles,
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2025, 10, 15, 8, 0, 0)), text, zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", (2025, 10, 15, 8, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as sheet:
            sheet.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>'
                         % NS).encode())
            for row in sheet_rows(rows, rng):
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")


if __name__ == "__main__":
    main()
