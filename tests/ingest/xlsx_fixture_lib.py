"""Shared by the XLSX fixture scripts: a raw ZIP writer whose every field can
be set (lies included) and minimal SpreadsheetML packages as Excel writes them.
Not a make_*.py script: tests/make_test_data.sh does not run it."""
import os
import struct
import zlib

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
