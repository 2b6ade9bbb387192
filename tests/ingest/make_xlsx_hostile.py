#!/usr/bin/env python3
"""Writes into OUT_DIR/xlsx/hostile/ every package the XLSX reader must refuse
(plus valid.xlsx, their common base, and secret.txt, the file external
references point at and the tests watch). Raw bytes and our own ZIP writer,
so that every field can lie. The legacy .xls comes from LibreOffice, in
make_xlsx_fixtures.py. Deterministic. Usage: make_xlsx_hostile.py OUT_DIR
"""
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xlsx_fixture_lib import *  # noqa: E402,F403


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
    xlsb_types = CONTENT_TYPES.replace("sheet.main+xml", "sheet.binary.macroEnabled.main")
    write(h("xlsb_renamed.xlsx"), zip_parts([(n_, xlsb_types.encode() if n_ == "[Content_Types].xml" else d)
                                             for n_, d in parts]))
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
        sys.exit("usage: make_xlsx_hostile.py OUT_DIR")
    out = os.path.join(os.path.abspath(sys.argv[1]), "xlsx")
    os.makedirs(os.path.join(out, "hostile"), exist_ok=True)
    hostile(out)
    hostile_sizes(out)


if __name__ == "__main__":
    main()
