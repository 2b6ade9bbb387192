#!/usr/bin/env python3
"""Writes the messy-CSV corpus into OUT_DIR/csv-corpus/.

Each file reproduces one thing partners' exports do (Excel's "CSV
(séparateur: point-virgule)" in Windows-1252, "Texte Unicode" in UTF-16,
title lines, footnotes, ragged rows...). Deterministic: same script, same
bytes. tests/ingest/csv_reader_test.cpp asserts the rows read from each.
"""
import os
import sys

NBSP = "\u00a0"


def long_format(line_end="\n"):
    rows = [
        "territoire;période;indicateur;valeur",
        f"44;2025-T3;DEBOE;14{NBSP}178",
        "49;2025-T3;DEBOE;8 012",
        "53;2025-T3;DEBOE;0",
    ]
    return line_end.join(rows) + line_end


def files():
    out = {}
    # Encodings. The same French text in every form a partner may send.
    cp1252_text = (
        "Département;Libellé;Montant;Note\r\n"
        f"44;Cœur d’activité;14{NBSP}178 €;“prioritaire”\r\n"
        "49;Élan…;2,5 %;œuvre\r\n"
    )
    out["cp1252_semicolon.csv"] = cp1252_text.encode("cp1252")
    out["utf8_semicolon.csv"] = cp1252_text.encode("utf-8")
    out["utf8_bom_semicolon.csv"] = b"\xef\xbb\xbf" + cp1252_text.encode("utf-8")
    out["utf16le_bom_tab.csv"] = b"\xff\xfe" + cp1252_text.replace(";", "\t").encode("utf-16-le")
    out["utf16be_bom_tab.csv"] = b"\xfe\xff" + cp1252_text.replace(";", "\t").encode("utf-16-be")
    out["utf16le_nobom_tab.csv"] = cp1252_text.replace(";", "\t").encode("utf-16-le")
    # The five bytes Windows-1252 leaves undefined, between defined ones.
    out["cp1252_undefined_bytes.csv"] = b"code;texte\r\n1;a\x81b\x8dc\x8fd\x90e\x9df\x80\r\n"
    # A UTF-8 file with one stray Windows-1252 byte (0xE9, 'é').
    out["utf8_one_stray_byte.csv"] = (
        ("nom;ville\n" + "Éloïse;Nantes\n" * 20).encode("utf-8") + b"Ren\xe9;Angers\n"
    )

    # Delimiters.
    out["delimiter_comma.csv"] = b"a,b,c\n1,2,3\n4,5,6\n"
    out["delimiter_tab.tsv"] = b"a\tb\tc\n1\t2\t3\n4\t5\t6\n"
    out["delimiter_pipe.csv"] = b"a|b|c\n1|2|3\n4|5|6\n"
    out["delimiter_comma_space.csv"] = (
        b'nom, ville, note\nDupont, "Nantes, 44", 12\nMartin, Angers, 15\n'
    )
    # Excel's "sep=" first line names the delimiter, against the scores.
    out["excel_sep_line.csv"] = b"sep=,\r\na;b,c\r\n1;2,3\r\n4;5,6\r\n"
    # French decimals with ';': the ',' candidate must not win.
    out["decimal_commas.csv"] = b"dep;taux;nb\n44;12,5;3\n49;7,25;4\n53;10;5\n72;3,5;6\n"

    # Quotes: delimiters, doubled quotes and line breaks, in the header too.
    out["quotes.csv"] = (
        b'"Code";"Libell\xc3\xa9\nlong";"Valeur"\n'
        b'44;"a;b";"dit ""oui"""\n'
        b'49;"ligne 1\nligne 2\r\nligne 3";""\n'
        b"53;fin;x\n"
    )
    out["quote_single.csv"] = b"id,name,comment\n1,'Smith, John','it''s ok'\n2,'Doe, Jane',none\n"
    out["quote_backslash.csv"] = (
        b'id,size,label\n1,"48\\"","Round, 48\\" table"\n2,"12","plain"\n3,"7","x"\n'
    )

    # Line endings.
    out["lines_lf.csv"] = long_format("\n").encode("utf-8")
    out["lines_crlf.csv"] = long_format("\r\n").encode("utf-8")
    out["lines_cr.csv"] = long_format("\r").encode("utf-8")
    out["lines_no_final_break.csv"] = long_format("\n").encode("utf-8").rstrip(b"\n")

    # Structure: title lines, blank and delimiter-only lines, footnotes.
    out["preamble_footnotes.csv"] = (
        "Demandeurs d'emploi bénéficiaires de l'obligation d'emploi\r\n"
        "Source : France Travail, T3 2025\r\n"
        "\r\n"
        "territoire;période;indicateur;valeur\r\n"
        "44;2025-T3;DEBOE;14 178\r\n"
        ";;;\r\n"
        "49;2025-T3;DEBOE;8 012\r\n"
        "\r\n"
        "(1) Données brutes, non corrigées des variations saisonnières.\r\n"
        "(2) Hors Mayotte.\r\n"
    ).encode("cp1252")
    # A title padded with delimiters to the table's width, as spreadsheets save it.
    out["padded_title.csv"] = b"PREAMBLE,,,,\n,,,,\nA,B,C,D,E\n1,2,3,4,5\n6,7,8,9,10\n"
    # One row damaged by a stray quote, as in Pollock's row_extra_quote files.
    out["stray_quote_row.csv"] = (
        b'id,code,price,label\r\n1,AB-1,$4.00,"Pillow, red"\r\n'
        b'2,"CC-9259,$48.00,"Throw Pillow, Wooden"\r\n3,CD-2,$5.00,"Lamp, blue"\r\n'
    )
    out["trailing_delimiters.csv"] = b"a;b;c;\n1;2;3;\n4;5;6;\n"
    out["two_header_rows.csv"] = (
        ";Demandeurs;Demandeurs;Entrées\n"
        "Département;T2 2025;T3 2025;T3 2025\n"
        "Loire-Atlantique;14 012;14 178;1 203\n"
        "Maine-et-Loire;8 001;8 012;950\n"
    ).encode("utf-8")
    # A stray quote in a file that quotes nothing.
    out["stray_quote.csv"] = b'a;b;c\n1;"open;2\n3;4;5\n6;7;8\n'
    out["ragged_rows.csv"] = b"a;b;c\n1;2\n3;4;5;6\n7;8;9\n"
    out["unclosed_quote.csv"] = b'a;b;c\n"x;y";z;0\n1;"open;2\n3;4;5\n6;7;8\n'

    # Refusals.
    out["binary.csv"] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    out["empty.csv"] = b""
    out["only_bom.csv"] = b"\xef\xbb\xbf"
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_csv_corpus.py OUT_DIR")
    folder = os.path.join(sys.argv[1], "csv-corpus")
    os.makedirs(folder, exist_ok=True)
    for name, data in sorted(files().items()):
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()
