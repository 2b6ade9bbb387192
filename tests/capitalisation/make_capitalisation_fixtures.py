#!/usr/bin/python3
"""Capitalisation workbooks written by openpyxl, as a working group's Excel
would save them: OUT_DIR/capitalisation/pratiques.xlsx (a date cell, a
serial number typed in a text-looking column, French headers in another case)
and OUT_DIR/capitalisation/plans.xlsx (two sheets, one per département, a
percentage cell and date cells)."""
import datetime
import os
import sys

from openpyxl import Workbook

out = os.path.join(sys.argv[1], "capitalisation")
os.makedirs(out, exist_ok=True)
fixed = datetime.datetime(2026, 1, 1)

workbook = Workbook()
sheet = workbook.active
sheet.title = "Fiches"
sheet.append(["Recensement des pratiques – groupe de travail 49"])
sheet.append([])
sheet.append(["TITRE", "Département(s)", "Axe", "Type", "Résumé", "Date de début", "Dernière mise à jour"])
sheet.append(["Annuaire partagé", "49", "Coordination", "Outil", "Un annuaire.", datetime.date(2024, 11, 1), 46296])
sheet["F4"].number_format = "DD/MM/YYYY"
sheet.append(["Sans axe", "49", None, "Outil", "Un résumé.", "mars 2025", None])
workbook.properties.created = fixed
workbook.properties.modified = fixed
workbook.save(os.path.join(out, "pratiques.xlsx"))

workbook = Workbook()
for index, (departement, rows) in enumerate([
        ("44", [("Pérenniser les groupes de travail", "A1", "Calendrier", "DREETS", "En cours", 0.45)]),
        ("Vendée", [("Interconnaissance des acteurs", "A1", "Matinales", "Cap emploi 85", "Réalisée", 1)])]):
    sheet = workbook.active if index == 0 else workbook.create_sheet()
    sheet.title = "Plan " + departement
    sheet.append(["Département", "Priorité", "N°", "Action", "Pilote", "Statut", "Avancement", "Fin réelle"])
    for row in rows:
        sheet.append([departement, *row, datetime.date(2025, 6, 30)])
        sheet.cell(row=sheet.max_row, column=7).number_format = "0%"
        sheet.cell(row=sheet.max_row, column=8).number_format = "DD/MM/YYYY"
workbook.properties.created = fixed
workbook.properties.modified = fixed
workbook.save(os.path.join(out, "plans.xlsx"))
