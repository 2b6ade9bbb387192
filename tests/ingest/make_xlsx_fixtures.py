#!/usr/bin/env python3
"""Writes the XLSX reader's fixtures into OUT_DIR/xlsx/.

  openpyxl/     workbooks written by openpyxl (a real producer of partner files)
  libreoffice/  workbooks saved by LibreOffice Calc from .fods sources
                (cached formula values, shared formulas, cached errors, .xls),
                and a Calc .ods file, also renamed .xlsx (both refused)
  handmade/     packages written byte by byte with the XML Excel writes, for
                what neither tool can be told to write (rich-text runs,
                phonetic runs, inline strings, a dangling shared string)
  (hostile/, every package the reader must refuse: make_xlsx_hostile.py)

Deterministic: fixed document dates and ZIP timestamps. LibreOffice's own
output may differ in bytes between versions; the tests assert content.
Usage: make_xlsx_fixtures.py OUT_DIR
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:  # a pyenv python3 shadows Debian's, which has openpyxl
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

from openpyxl.chart import BarChart, Reference
from openpyxl.utils.datetime import CALENDAR_MAC_1904

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xlsx_fixture_lib import *  # noqa: E402,F403

FIXED_DATE = datetime.datetime(2025, 10, 15, 8, 0, 0)


# --- openpyxl workbooks -------------------------------------------------------

def fixed_properties(wb):
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.creator = "prith tests"


def save(wb, path):
    fixed_properties(wb)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)
    normalize_zip(path)


def openpyxl_cells(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Données"
    ws["A1"] = "Territoire"
    ws["B1"] = "DEFM"
    ws["C1"] = "Taux"
    ws["A2"] = "Ardèche"
    ws["B2"] = 14178
    ws["C2"] = 0.035
    ws["C2"].number_format = "0.0%"
    ws["A3"] = "  deux espaces  "
    ws["B3"] = "14178"  # a number stored as text
    ws["C3"] = 0.5
    ws["C3"].number_format = '0" %"'  # % inside quotes: not a percentage
    ws["A4"] = "=B2*2"  # openpyxl writes no cached value
    ws["B4"] = True
    ws["C4"] = "#DIV/0!"  # an error value, without formula
    ws["A5"] = datetime.date(2025, 9, 30)
    ws["A5"].number_format = "mm-dd-yy"  # built-in 14
    ws["B5"] = datetime.date(2025, 9, 30)
    ws["B5"].number_format = "dd/mm/yyyy"
    ws["C5"] = datetime.date(2025, 9, 1)
    ws["C5"].number_format = "mmm-yy"
    ws["D5"] = datetime.date(2025, 6, 1)
    ws["D5"].number_format = "[$-40C]mmmm yyyy"
    ws["E5"] = 1.5
    ws["E5"].number_format = "[h]:mm"  # elapsed time: a number
    ws["F5"] = "30/09/2025"  # a date as text stays text
    ws["A6"] = -1234.5
    ws["B6"] = 1e-7
    ws["C6"] = 0.1 + 0.2
    save(wb, path)


def openpyxl_date1904(path):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws["A1"] = datetime.date(2025, 9, 30)
    ws["A1"].number_format = "dd/mm/yyyy"
    save(wb, path)


def openpyxl_sheets(path):
    wb = openpyxl.Workbook()
    notice = wb.active
    notice.title = "Notice"
    notice["A1"] = "Source : France Travail, STMT, données brutes."
    data = wb.create_sheet("Données")
    data.append(["Département", "DEFM"])
    data.append(["Ain", 8123])
    data.append(["Allier", 4567])
    hidden = wb.create_sheet("Cachée")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "calculs"
    chart_sheet = wb.create_chartsheet("Graphique")
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    chart_sheet.add_chart(chart)
    very = wb.create_sheet("Très cachée")
    very.sheet_state = "veryHidden"
    very["A1"] = "secret"
    wb.create_sheet("Vide")
    save(wb, path)


def openpyxl_layout(path):
    """A partner-style sheet: title, notes, merged two-row header at C5, total."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tableau"
    ws["A1"] = "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi"
    ws["A2"] = "Champ : catégories A, B, C ; données brutes"
    ws["C5"] = "Département"
    ws.merge_cells("C5:C6")
    ws["D5"] = "DEFM BOE"
    ws.merge_cells("D5:E5")
    ws["D6"] = datetime.date(2025, 6, 30)
    ws["E6"] = datetime.date(2025, 9, 30)
    for cell in ("D6", "E6"):
        ws[cell].number_format = "mmm-yy"
    ws["F5"] = "Part"
    rows = [("Ain", 812, 799, 0.052), ("Allier", 456, 470, 0.061), ("Total", 1268, 1269, 0.055)]
    for i, (name, q2, q3, share) in enumerate(rows, start=7):
        ws.cell(row=i, column=3, value=name)
        ws.cell(row=i, column=4, value=q2)
        ws.cell(row=i, column=5, value=q3)
        ws.cell(row=i, column=6, value=share).number_format = "0.0%"
    ws["C11"] = "Note : s = secret statistique."
    save(wb, path)


# --- LibreOffice workbooks ------------------------------------------------------

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Ndate"><number:day number:style="long"/><number:text>/</number:text>
  <number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:percentage-style style:name="Npct"><number:number number:decimal-places="1" number:min-integer-digits="1"/>
  <number:text>%</number:text></number:percentage-style>
 <style:style style:name="cdate" style:family="table-cell" style:data-style-name="Ndate"/>
 <style:style style:name="cpct" style:family="table-cell" style:data-style-name="Npct"/>
 <style:style style:name="tahidden" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
FODS_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def s(text):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % text


def n(value):
    return '<table:table-cell office:value-type="float" office:value="%s"/>' % value


def f(formula):
    from xml.sax.saxutils import quoteattr
    return '<table:table-cell table:formula=%s/>' % quoteattr("of:=" + formula)


def row(*cells):
    return "<table:table-row>%s</table:table-row>" % "".join(cells)


def fods_formulas():
    rows = [row(s("Département"), s("Demandeurs"), s("Dont BOE"), s("Part"), s("Double")),
            row(s("Ain"), n(8123), n(812), f("[.C2]/[.B2]"), f("[.B2]*2")),
            row(s("Allier"), n(4567), n(456), f("[.C3]/[.B3]"), f("[.B3]*2")),
            row(s("Cantal"), n(0), n(0), f("[.C4]/[.B4]"), f("[.B4]*2")),
            row(s("Drôme"), n(100), n(5), f("[.C5]/[.B5]"), f("[.B5]*2")),
            row(s("Total"), f("SUM([.B2:.B5])"), f("SUM([.C2:.C5])"), f("NA()"), f('[.A2]&" et "&[.A3]')),
            row('<table:table-cell table:style-name="cdate" office:value-type="date" office:date-value="2025-09-30"/>',
                '<table:table-cell table:style-name="cpct" office:value-type="percentage" office:value="0.035"/>',
                s("1 234"))]
    return (FODS_HEAD + '<table:table table:name="Formules">' + "".join(rows) + "</table:table>"
            + '<table:table table:name="Notice">' + row(s("Lisez-moi")) + "</table:table>" + FODS_TAIL)


def fods_sheets_1904():
    """Several sheets, one hidden, one empty, in a 1904-based document."""
    date = ('<table:table-cell table:style-name="cdate" office:value-type="date" office:date-value="%s"/>')
    head = FODS_HEAD.replace("<office:spreadsheet>", '<office:spreadsheet><table:calculation-settings>'
                             '<table:null-date table:date-value="1904-01-01"/></table:calculation-settings>')
    return (head
            + '<table:table table:name="Notice">' + row(s("Source : Agefiph")) + "</table:table>"
            + '<table:table table:name="T3 2025">' + row(s("Département"), s("Fin de trimestre"), s("DEFM"))
            + row(s("Ain"), date % "2025-09-30", n(812)) + row(s("Allier"), date % "2025-09-30", n(456))
            + "</table:table>"
            + '<table:table table:name="Brouillon" table:style-name="tahidden">' + row(s("calculs")) + "</table:table>"
            + '<table:table table:name="Vide"><table:table-row><table:table-cell/></table:table-row></table:table>'
            + FODS_TAIL)


def fods_breakdowns():
    """DEBOE and MAINTIENS merged over Hommes | Femmes | Total, as a pilot
    lays out a sheet by sex in Calc; the Vendée's Total is one off."""
    def merged(text, span):
        return ('<table:table-cell table:number-columns-spanned="%d" office:value-type="string"><text:p>%s</text:p>'
                '</table:table-cell>' % (span, text)) + "<table:covered-table-cell/>" * (span - 1)
    empty = "<table:table-cell/>"
    rows = [row(s("Demandeurs d'emploi et maintiens par sexe, T3 2025")),
            row(s("Département"), s("Trimestre"), merged("DEBOE", 3), merged("Maintiens en emploi", 3)),
            row(empty, empty, s("Hommes"), s("Femmes"), s("Total"), s("Hommes"), s("Femmes"), s("Total")),
            row(s("Loire-Atlantique"), s("T3 2025"), n(700), n(550), f("[.C4]+[.D4]"), n(30), n(25), n(55)),
            row(s("Vendée"), s("T3 2025"), n(300), n(200), n(510), s("s"), n(12), n(20))]
    return FODS_HEAD + '<table:table table:name="Par sexe">' + "".join(rows) + "</table:table>" + FODS_TAIL


def libreoffice_fixtures(out):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("make_xlsx_fixtures: soffice absent, LibreOffice fixtures skipped", file=sys.stderr)
        return
    dest = os.path.join(out, "libreoffice")
    os.makedirs(dest, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="prith-soffice-") as work:
        sources = {"formulas.fods": fods_formulas(), "sheets1904.fods": fods_sheets_1904(),
                   "breakdowns.fods": fods_breakdowns()}
        for name, text in sources.items():
            with open(os.path.join(work, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        profile = "-env:UserInstallation=file://" + os.path.join(work, "profile")
        batches = (("xlsx", list(sources)), ("xls", ["formulas.fods"]), ("ods", ["formulas.fods"]))
        for target, names in batches:  # one soffice start per target format
            subprocess.run([soffice, profile, "--headless", "--convert-to", target, "--outdir", dest]
                           + [os.path.join(work, name) for name in names],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    # A LibreOffice Calc file renamed .xlsx by someone who hoped it would do.
    shutil.copyfile(os.path.join(dest, "formulas.ods"), os.path.join(dest, "ods_renamed.xlsx"))


# --- Handmade packages (Excel's XML) -------------------------------------------

def handmade_strings(path):
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="%s" count="5" uniqueCount="5">'
           '<si><t>Territoire</t></si>'
           '<si><r><rPr><b/></rPr><t>Deman</t></r><r><t xml:space="preserve">deurs </t></r><r><t>BOE</t></r></si>'
           '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>'
           '<si><t xml:space="preserve">  Ain </t></si>'
           '<si><t>ligne_x000D_suivante</t></si>'
           '</sst>') % NS_MAIN
    sheet = sheet_xml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>99</v></c><c r="C2"><v>7</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Inline </t></r><r><t>riche</t></r></is></c>'
        '<c r="B3" t="str"><f>A1&amp;"!"</f><v>Territoire!</v></c>'
        '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="s"><v>4</v></c></row>'
        '<row r="4"><c t="inlineStr"><is><t>sans r</t></is></c><c><v>2</v></c><c r="E4" s="0"/>'
        '<c r="F4" t="b"><v>0</v></c><c r="G4" t="d"><v>2025-09-30T00:00:00</v></c></row>'
        '<row r="6"><c r="B6"><f>SUM(B1:B5)</f></c><c r="C6"><f t="shared" ref="C6:D6" si="0">A6</f><v>3</v></c>'
        '<c r="D6"><f t="shared" si="0"/><v>4</v></c></row>')
    parts = package({"xl/worksheets/sheet1.xml": sheet},
                    workbook_rels=rels([("rId1", REL_SHEET, "/xl/worksheets/sheet1.xml", False),
                                        ("rId2", REL_STRINGS, "sharedStrings.xml", False)]),
                    extra_parts=[("xl/sharedStrings.xml", sst)])
    write(path, zip_parts(parts))


def handmade_prefixed(path):
    """Namespace prefixes chosen by the writer (x:), cells out of order."""
    wb = ('<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="%s" xmlns:r="%s">'
          '<x:workbookPr date1904="true"/><x:sheets><x:sheet name="Préfixes" sheetId="1" r:id="rId1"/></x:sheets>'
          '</x:workbook>') % (NS_MAIN, NS_REL)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="%s"><x:sheetData>'
             '<x:row r="2"><x:c r="C2"><x:v>3</x:v></x:c><x:c r="A2" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>'
             '</x:row></x:sheetData></x:worksheet>') % NS_MAIN
    write(path, zip_parts(package({"xl/worksheets/sheet1.xml": sheet}, workbook=wb)))


def handmade_odt_renamed(path):
    """A LibreOffice Writer package (its mimetype first, stored) renamed .xlsx."""
    write(path, raw_zip([RawEntry("mimetype", b"application/vnd.oasis.opendocument.text", method=0),
                         RawEntry("content.xml", b"<office:document-content/>")]))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_xlsx_fixtures.py OUT_DIR")
    out = os.path.join(os.path.abspath(sys.argv[1]), "xlsx")
    os.makedirs(out, exist_ok=True)
    openpyxl_cells(os.path.join(out, "openpyxl", "cells.xlsx"))
    openpyxl_date1904(os.path.join(out, "openpyxl", "date1904.xlsx"))
    openpyxl_sheets(os.path.join(out, "openpyxl", "sheets.xlsx"))
    openpyxl_layout(os.path.join(out, "openpyxl", "layout.xlsx"))
    handmade_strings(os.path.join(out, "handmade", "strings.xlsx"))
    handmade_prefixed(os.path.join(out, "handmade", "prefixed.xlsx"))
    handmade_odt_renamed(os.path.join(out, "handmade", "odt_renamed.xlsx"))
    libreoffice_fixtures(out)


if __name__ == "__main__":
    main()
