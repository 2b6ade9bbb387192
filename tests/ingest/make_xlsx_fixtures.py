#!/usr/bin/env python3
"""Writes the XLSX reader's fixtures into OUT_DIR/xlsx/.

  openpyxl/     workbooks written by openpyxl (a real producer of partner files)
  libreoffice/  workbooks saved by LibreOffice Calc from .fods sources
                (cached formula values, shared formulas, cached errors, .xls)
  handmade/     packages written byte by byte with the XML Excel writes, for
                what neither tool can be told to write (rich-text runs,
                phonetic runs, inline strings, a dangling shared string)
  hostile/      every package the reader must refuse

Deterministic: fixed document dates and ZIP timestamps. LibreOffice's own
output may differ in bytes between versions; the tests assert content.
Usage: make_xlsx_fixtures.py OUT_DIR
"""
import datetime
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

try:
    import openpyxl
except ImportError:  # a pyenv python3 shadows Debian's, which has openpyxl
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

from openpyxl.chart import BarChart, Reference
from openpyxl.utils.datetime import CALENDAR_MAC_1904

FIXED_DATE = datetime.datetime(2025, 10, 15, 8, 0, 0)
ZIP_DATE = (2025, 10, 15, 8, 0, 0)


# --- A raw ZIP writer: every field under control, lies included -------------

def dos_time(date_time):
    y, mo, d, h, mi, s = date_time
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


class RawEntry:
    def __init__(self, name, data=b"", method=8, **overrides):
        self.name = name.encode("utf-8") if isinstance(name, str) else name
        self.method = method
        self.flags = overrides.pop("flags", 0)
        if "deflated" in overrides:  # precompressed stream (the bomb)
            self.payload = overrides.pop("deflated")
            self.crc = overrides.pop("crc")
            self.size = overrides.pop("size")
        else:
            self.crc = zlib.crc32(data)
            self.size = len(data)
            if method == 8:
                c = zlib.compressobj(6, zlib.DEFLATED, -15)
                self.payload = c.compress(data) + c.flush()
            else:
                self.payload = data
        self.crc = overrides.pop("crc_field", self.crc)
        self.declared_size = overrides.pop("declared_size", self.size)
        self.local_signature = overrides.pop("local_signature", 0x04034B50)
        assert not overrides, overrides


def raw_zip(entries):
    out = bytearray()
    central = bytearray()
    t, d = dos_time(ZIP_DATE)
    for e in entries:
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", e.local_signature, 20, e.flags, e.method, t, d, e.crc,
                           len(e.payload), e.declared_size, len(e.name), 0) + e.name + e.payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, e.flags, e.method, t, d, e.crc,
                               len(e.payload), e.declared_size, len(e.name), 0, 0, 0, 0, 0, offset) + e.name
    cd_offset = len(out)
    count = len(entries)
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), cd_offset, 0)
    return bytes(out)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def normalize_zip(path):
    """Rewrites a zip with fixed timestamps, same parts in the same order."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    write(path, raw_zip([RawEntry(name, data) for name, data in parts]))


# --- Minimal SpreadsheetML packages, as Excel writes them --------------------

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_DOC = NS_REL + "/officeDocument"
REL_SHEET = NS_REL + "/worksheet"
REL_STRINGS = NS_REL + "/sharedStrings"
REL_STYLES = NS_REL + "/styles"

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '</Types>')


def rels(items):
    body = "".join('<Relationship Id="%s" Type="%s" Target="%s"%s/>'
                   % (rid, typ, target, ' TargetMode="External"' if external else "")
                   for rid, typ, target, external in items)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
            '</Relationships>' % body)


def workbook_xml(sheets, extra=""):
    body = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (name, i + 1, i + 1)
                   for i, name in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="%s" xmlns:r="%s">%s<sheets>%s</sheets></workbook>' % (NS_MAIN, NS_REL, extra, body))


def sheet_xml(rows_xml):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>%s</sheetData></worksheet>' % (NS_MAIN, NS_REL, rows_xml))


SIMPLE_SHEET = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>Territoire</t></is></c>'
                         '<c r="B1"><v>42</v></c></row>')


def package(sheet_parts=None, workbook=None, workbook_rels=None, extra_parts=(), drop=()):
    """A valid one-sheet package by default; each piece can be replaced."""
    sheet_parts = sheet_parts if sheet_parts is not None else {"xl/worksheets/sheet1.xml": SIMPLE_SHEET}
    parts = [("[Content_Types].xml", CONTENT_TYPES),
             ("_rels/.rels", rels([("rId1", REL_DOC, "xl/workbook.xml", False)])),
             ("xl/workbook.xml", workbook or workbook_xml(["Feuil1"])),
             ("xl/_rels/workbook.xml.rels",
              workbook_rels or rels([("rId1", REL_SHEET, "worksheets/sheet1.xml", False)]))]
    parts += list(sheet_parts.items()) + list(extra_parts)
    return [(n, d.encode("utf-8") if isinstance(d, str) else d) for n, d in parts if n not in drop]


def zip_parts(parts, **per_name):
    return raw_zip([RawEntry(n, d, **per_name.get(n, {})) for n, d in parts])


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


def libreoffice_fixtures(out):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("make_xlsx_fixtures: soffice absent, LibreOffice fixtures skipped", file=sys.stderr)
        return
    dest = os.path.join(out, "libreoffice")
    os.makedirs(dest, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="prith-soffice-") as work:
        sources = {"formulas.fods": fods_formulas(), "sheets1904.fods": fods_sheets_1904()}
        for name, text in sources.items():
            with open(os.path.join(work, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        profile = "-env:UserInstallation=file://" + os.path.join(work, "profile")
        batches = (("xlsx", list(sources)), ("xls", ["formulas.fods"]))
        for target, names in batches:  # one soffice start per target format
            subprocess.run([soffice, profile, "--headless", "--convert-to", target, "--outdir", dest]
                           + [os.path.join(work, name) for name in names],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


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


# --- Hostile packages -------------------------------------------------------------

def deflated_zeros(total):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    crc, out = 0, []
    for _ in range(total // len(chunk)):
        out.append(c.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    out.append(c.flush())
    return b"".join(out), crc


def ole2(names):
    """A compound-file header and one directory sector naming streams."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    directory = bytearray()
    for name in names:
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[0:len(encoded)] = encoded
        struct.pack_into("<HB", entry, 64, len(encoded), 2)
        directory += entry
    return bytes(header) + bytes(directory) + bytes(512 - len(directory) % 512)


def valid_bytes():
    return zip_parts(package())


def hostile(out):
    h = lambda name: os.path.join(out, "hostile", name)
    write(h("html.xlsx"), b"<!DOCTYPE html><html><body><table><tr><td>Ain</td></tr></table></body></html>\n")
    write(h("text.xlsx"), "Territoire;DEFM\nAin;8123\n".encode("utf-8"))
    write(h("empty.xlsx"), b"")
    write(h("encrypted_ooxml.xlsx"), ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))
    valid = valid_bytes()
    write(h("valid.xlsx"), valid)
    write(h("truncated.xlsx"), valid[: len(valid) // 2])
    write(h("no_end_of_directory.xlsx"), valid[: valid.rfind(b"PK\x05\x06")])
    parts = package()
    write(h("bad_local_header.xlsx"),
          zip_parts(parts, **{"xl/worksheets/sheet1.xml": {"local_signature": 0x04034B51}}))
    write(h("crc_mismatch.xlsx"), zip_parts(parts, **{"xl/worksheets/sheet1.xml": {"crc_field": 0xDEADBEEF}}))
    zeros, crc = deflated_zeros(1 << 30)
    write(h("bomb.xlsx"), zip_parts(parts, **{"xl/worksheets/sheet1.xml": {
        "deflated": zeros, "crc": crc, "size": 1 << 30}}))
    write(h("size_lie.xlsx"), zip_parts(parts, **{"xl/worksheets/sheet1.xml": {
        "deflated": zeros, "crc": crc, "size": 1 << 30, "declared_size": 4096}}))
    big_sheet = sheet_xml("".join('<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i * 7919 % 100003)
                                  for i in range(1, 60001)))
    write(h("big_sheet.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": big_sheet})))
    write(h("many_entries.xlsx"), zip_parts(parts + [("xl/media/image%d.png" % i, b"") for i in range(10001 - len(parts))]))
    write(h("duplicate.xlsx"), zip_parts(parts + [("xl/worksheets/sheet1.xml", SIMPLE_SHEET.encode())]))
    write(h("duplicate_case.xlsx"), zip_parts(parts + [("XL/Worksheets/Sheet1.xml", SIMPLE_SHEET.encode())]))
    for name, bad in (("dotdot", "../evil"), ("absolute", "/abs"), ("drive", "C:\\x"), ("drive_slash", "C:/x"),
                      ("backslash", "xl\\..\\x"), ("nul", b"xl/a\x00.xml"), ("inner_dotdot", "xl/../../evil")):
        write(h("unsafe_%s.xlsx" % name), zip_parts(parts + [(bad, b"x")]))
    write(h("encrypted_entry.xlsx"), zip_parts(parts, **{"xl/worksheets/sheet1.xml": {"flags": 1}}))
    write(h("bzip2_entry.xlsx"), zip_parts(parts, **{"xl/worksheets/sheet1.xml": {"method": 12}}))
    secret = os.path.join(out, "hostile", "secret.txt")
    write(secret, b"SECRET-CONTENT\n")
    xxe = ('<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file://%s">]>'
           '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="&xxe;" sheetId="1" r:id="rId1"/></sheets>'
           '</workbook>') % (secret, NS_MAIN, NS_REL)
    write(h("xxe_workbook.xlsx"), zip_parts(package(workbook=xxe)))
    passwd = sheet_xml("").replace("<worksheet", '<!DOCTYPE worksheet [<!ENTITY p SYSTEM "file:///etc/passwd">]>'
                                   "<worksheet", 1).replace("<sheetData>", '<sheetData><row r="1"><c r="A1" '
                                                            't="inlineStr"><is><t>&p;</t></is></c></row>', 1)
    write(h("xxe_sheet_passwd.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": passwd})))
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        '<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % (i - 1 if i > 1 else "")) * 10) for i in range(1, 10)) + "]>"
    laughs_sheet = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>').replace(
        "<worksheet", laughs + "<worksheet", 1)
    write(h("billion_laughs.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": laughs_sheet})))
    write(h("doctype_content_types.xlsx"), zip_parts(
        [(n_, d.replace(b"<Types", b"<!DOCTYPE Types><Types") if n_ == "[Content_Types].xml" else d)
         for n_, d in parts]))
    write(h("malformed_sheet.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": sheet_xml(
        '<row r="1"><c r="A1"><v>1</v></row>')})))
    write(h("malformed_workbook.xlsx"), zip_parts(package(workbook="<workbook><sheets>")))
    write(h("no_workbook.xlsx"), zip_parts(package(drop={"xl/workbook.xml"})))
    write(h("no_content_types.xlsx"), zip_parts(package(drop={"[Content_Types].xml"})))
    two = workbook_xml(["Feuil1", "Feuil2"])
    two_rels = rels([("rId1", REL_SHEET, "worksheets/sheet1.xml", False),
                     ("rId2", REL_SHEET, "worksheets/sheet2.xml", False)])
    write(h("missing_sheet.xlsx"), zip_parts(package(workbook=two, workbook_rels=two_rels)))
    for name, target, external in (("rels_escape", "../../../etc/x", False),
                                   ("rels_url", "http://example.com/sheet1.xml", False),
                                   ("rels_external", "worksheets/sheet1.xml", True),
                                   ("rels_file_url", "file:///etc/passwd", False),
                                   ("rels_secret", "file://" + secret, False)):
        write(h("%s.xlsx" % name), zip_parts(package(workbook_rels=rels([("rId1", REL_SHEET, target, external)]))))


def noise(size, seed):
    """Pseudo-random letters repeated with a 30,000-byte period: they deflate
    about 130:1, under the ratio limit (200:1), so only the size limits apply,
    and the fixture stays small on disk."""
    state, block = seed, bytearray()
    while len(block) < 30000:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        block.append(97 + (state >> 16) % 26)
    return (block.decode() * (size // len(block) + 1))[:size]


def hostile_sizes(out):
    """Packages whose parts are valid but whose content is out of all proportion."""
    h = lambda name: os.path.join(out, "hostile", name)
    write(h("huge_cell.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row>' % noise(2 << 20, 7))})))
    write(h("repeated_cells.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": sheet_xml(
        '<row r="1">' + '<c r="A1"><v>1</v></c>' * 16385 + "</row>")})))
    write(h("many_errors.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": sheet_xml("".join(
        '<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="e"><f>NA()</f><v>#N/A</v></c></row>' % (i, i, i, i)
        for i in range(1, 251)))})))
    names = ["F%d" % i for i in range(10001)]
    write(h("many_sheets.xlsx"), zip_parts(package(workbook=workbook_xml(names))))
    many_rels = rels([("rId%d" % i, REL_SHEET, "worksheets/sheet1.xml", False) for i in range(1, 100002)])
    write(h("many_relationships.xlsx"), zip_parts(package(workbook_rels=many_rels)))
    long_tag = sheet_xml('<row r="1"><c r="A1" t="inlineStr" x="%s"><is><t>a</t></is></c></row>'
                         % noise(40 << 20, 11))
    write(h("huge_tag.xlsx"), zip_parts(package({"xl/worksheets/sheet1.xml": long_tag})))


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
    hostile(out)
    hostile_sizes(out)
    libreoffice_fixtures(out)


if __name__ == "__main__":
    main()
