"""Writes the demo project's XLSX exports.

Cap emploi's workbook is made with openpyxl and then re-saved by LibreOffice
headless, so that it is a file LibreOffice wrote (its cached formula values,
its styles, its XML). Assurance Maladie's workbook stays as openpyxl wrote it,
like the exports many statistical tools produce. In both, the only volatile
bytes (zip entry dates, document dates) are pinned, so reruns are identical.
"""
import calendar
import datetime
import os
import shutil
import struct
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from demo_series import CODES, DEPARTEMENTS, QUARTERS

PINNED = datetime.datetime(2026, 10, 15, 9, 0, 0)
CAP_EMPLOI_FILE = "cap-emploi/CapEmploi_PdL_activite_2026T3.xlsx"
CARSAT_FILE = "carsat/PDP_Pays-de-la-Loire_T3-2026.xlsx"
SECRET_AT = ("53", (2024, 2))  # MAINTIENS_PDP and its rate shown as "s"


def _pin_metadata(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = PINNED
    wb.properties.modified = PINNED


def pin_zip_dates(path):
    """Overwrites the DOS date and time of every entry, in the local and the
    central headers, leaving the compressed bytes as the writer made them."""
    dos_time = (PINNED.hour << 11) | (PINNED.minute << 5) | (PINNED.second // 2)
    dos_date = ((PINNED.year - 1980) << 9) | (PINNED.month << 5) | PINNED.day
    with open(path, "rb") as f:
        data = bytearray(f.read())
    eocd = data.rfind(b"PK\x05\x06")
    count = struct.unpack_from("<H", data, eocd + 10)[0]
    pos = struct.unpack_from("<I", data, eocd + 16)[0]
    for _ in range(count):
        if data[pos:pos + 4] != b"PK\x01\x02":
            raise ValueError(f"{path}: unexpected central directory layout")
        struct.pack_into("<HH", data, pos + 12, dos_time, dos_date)
        local = struct.unpack_from("<I", data, pos + 42)[0]
        struct.pack_into("<HH", data, local + 10, dos_time, dos_date)
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        pos += 46 + name_len + extra_len + comment_len
    with open(path, "wb") as f:
        f.write(data)


def end_of_quarter(year, q):
    month = 3 * q
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


# --- Cap emploi ---------------------------------------------------------------

CE_SHEETS = [("PLACEMENTS_CE", "Placements", "Placements en emploi des personnes accompagnées", "date"),
             ("MAINTIENS_CE", "Maintiens en emploi", "Maintiens dans l'emploi des salariés accompagnés", "text")]


def write_cap_emploi(root, data):
    wb = openpyxl.Workbook()
    _pin_metadata(wb, "Cap emploi Pays de la Loire")
    notice = wb.active
    notice.title = "Notice"
    for row, text in enumerate([
            "Cap emploi Pays de la Loire – tableau de bord trimestriel",
            "",
            "Ce classeur rassemble l'activité des cinq Cap emploi de la région, par trimestre civil.",
            "Placements : contrats de travail de plus de 3 mois (CDI, CDD, intérim, alternance) signés par "
            "les personnes accompagnées.",
            "Maintiens en emploi : situations de maintien abouties (même poste, poste aménagé ou reclassement "
            "chez le même employeur).",
            "Les chiffres du dernier trimestre sont provisoires.",
            "Extraction du 12/10/2026, outil de suivi régional."], start=1):
        if text:
            notice.cell(row=row, column=1, value=text)
    notice["A1"].font = Font(bold=True, size=13)
    notice.column_dimensions["A"].width = 100

    for code, sheet_name, title, period_kind in CE_SHEETS:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = f"{title} – Cap emploi Pays de la Loire"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Nombre par département et par trimestre"
        ws.cell(row=4, column=2, value="Département").font = Font(bold=True)
        for j, (y, q) in enumerate(QUARTERS):
            cell = ws.cell(row=4, column=3 + j)
            if period_kind == "date":
                cell.value = end_of_quarter(y, q)
                cell.number_format = "mmm-yy"
            else:
                cell.value = f"{y}-T{q}"
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center")
            ws.column_dimensions[get_column_letter(3 + j)].width = 10
        for r, (dep, name) in enumerate(DEPARTEMENTS):
            ws.cell(row=5 + r, column=2, value=name.upper())
            for j in range(len(QUARTERS)):
                ws.cell(row=5 + r, column=3 + j, value=data[code][dep][j])
        total_row = 5 + len(DEPARTEMENTS)
        ws.cell(row=total_row, column=2, value="Total").font = Font(bold=True)
        for j in range(len(QUARTERS)):
            col = get_column_letter(3 + j)
            ws.cell(row=total_row, column=3 + j, value=f"=SUM({col}5:{col}{total_row - 1})").font = Font(bold=True)
        ws.column_dimensions["B"].width = 20

    calc = wb.create_sheet("calculs")
    calc.sheet_state = "hidden"
    calc.append(["Mois", "Département", "Placements", "Maintiens"])
    for i, (y, q) in enumerate(QUARTERS):
        for dep in CODES:
            months = [_split(data[code][dep][i], (dep, i, code)) for code in ("PLACEMENTS_CE", "MAINTIENS_CE")]
            for m in range(3):
                calc.append([f"{y}-{3 * (q - 1) + m + 1:02d}", dep, months[0][m], months[1][m]])

    with tempfile.TemporaryDirectory() as tmp:
        made = os.path.join(tmp, "in", os.path.basename(CAP_EMPLOI_FILE))
        os.makedirs(os.path.dirname(made))
        wb.save(made)
        out_dir = os.path.join(tmp, "out")
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-demo",
                        "--convert-to", "xlsx", "--outdir", out_dir, made],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        target = os.path.join(root, CAP_EMPLOI_FILE)
        shutil.copyfile(os.path.join(out_dir, os.path.basename(made)), target)
    pin_zip_dates(target)
    return []


def _split(total, key):
    """Splits a quarter into three months, deterministically."""
    weights = [(hash_int(key, m) % 7) + 10 for m in range(3)]
    first = total * weights[0] // sum(weights)
    second = total * weights[1] // sum(weights)
    return [first, second, total - first - second]


def hash_int(key, m):
    """A stable small hash (Python's hash() of strings varies per run)."""
    text = f"{key}/{m}"
    value = 0
    for ch in text:
        value = (value * 31 + ord(ch)) % 1000003
    return value


# --- Assurance Maladie / Carsat: PDP -------------------------------------------

PDP_BLOCKS = [("SIGNALEMENTS_PDP", "Nombre de signalements PDP"),
              ("MAINTIENS_PDP", "Nombre de maintiens en emploi PDP"),
              ("TAUX_MAINTIEN_PDP", "Taux de maintien en emploi PDP (%)")]
PDP_SHEET = "PDP par département"


def write_carsat(root, data):
    wb = openpyxl.Workbook()
    _pin_metadata(wb, "Carsat Pays de la Loire")
    ws = wb.active
    ws.title = PDP_SHEET
    ws["A1"] = "Département"
    ws.merge_cells("A1:A2")
    n = len(QUARTERS)
    secret_cells = []
    for b, (code, label) in enumerate(PDP_BLOCKS):
        first = 2 + b * n
        ws.cell(row=1, column=first, value=label).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=1, start_column=first, end_row=1, end_column=first + n - 1)
        for j, (y, q) in enumerate(QUARTERS):
            ws.cell(row=2, column=first + j, value=f"T{q} {y}")
        for r, dep in enumerate(CODES):
            ws.cell(row=3 + r, column=1, value=int(dep))
            for j, yq in enumerate(QUARTERS):
                cell = ws.cell(row=3 + r, column=first + j)
                if (dep, yq) == SECRET_AT and code != "SIGNALEMENTS_PDP":
                    cell.value = "s"
                    secret_cells.append((code, cell.coordinate))
                elif code == "TAUX_MAINTIEN_PDP":
                    cell.value = data["MAINTIENS_PDP"][dep][j] / data["SIGNALEMENTS_PDP"][dep][j]
                    cell.number_format = "0.0%"
                else:
                    cell.value = data[code][dep][j]
    for cell in ws[1] + ws[2]:
        cell.font = Font(bold=True)
    target = os.path.join(root, CARSAT_FILE)
    wb.save(target)
    pin_zip_dates(target)
    return [{"file": CARSAT_FILE, "place": f"feuille « {PDP_SHEET} », cellule {coord}", "raw": "s",
             "code": "value_confidential", "severity": "info",
             "note": f"{code} de la Mayenne au T2 2024 masqué par la Carsat"} for code, coord in secret_cells]
