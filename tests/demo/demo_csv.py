"""Writes the demo project's CSV exports, each in its partner's own dialect.

Every writer returns the faults it planted, with their exact place, so that
config/README.md and the end-to-end tests can name them.
"""
import os

from demo_series import CODES, DEPARTEMENTS, QUARTERS, regional_sum, regional_weighted_mean

NBSP = "\u00a0"         # Excel (French) thousands separator in cp1252 files
NNBSP = "\u202f"        # Windows 10+ French locale thousands separator
NAMES = dict(DEPARTEMENTS)


def group_thousands(n, sep):
    text = str(abs(n))
    groups = []
    while len(text) > 3:
        groups.insert(0, text[-3:])
        text = text[:-3]
    groups.insert(0, text)
    return ("-" if n < 0 else "") + sep.join(groups)


def french_decimal(x, decimals, sep=""):
    whole, frac = f"{x:.{decimals}f}".split(".")
    return group_thousands(int(whole), sep) + "," + frac


def fault(path, place, raw, code, severity, note):
    return {"file": path, "place": place, "raw": raw, "code": code,
            "severity": severity, "note": note}


class CsvFile:
    """Records, serialised as a partner's tool does; keeps each record's
    physical start line (1-based, counting line breaks inside quotes)."""

    def __init__(self, delimiter, eol="\r\n", quote_all=False):
        self.delimiter, self.eol, self.quote_all = delimiter, eol, quote_all
        self.records = []

    def add(self, fields):
        self.records.append([str(f) for f in fields])

    def _field(self, text):
        needs = self.quote_all or any(ch in text for ch in (self.delimiter, '"', "\n", "\r"))
        return '"' + text.replace('"', '""') + '"' if needs else text

    def text_and_lines(self):
        parts, lines, line = [], [], 1
        for record in self.records:
            lines.append(line)
            text = self.delimiter.join(self._field(f) for f in record)
            parts.append(text + self.eol)
            line += text.count("\n") + 1
        return "".join(parts), lines

    def write(self, path, encoding, bom=False):
        text, lines = self.text_and_lines()
        data = (("\ufeff" if bom else "") + text).encode(encoding)
        with open(path, "wb") as out:
            out.write(data)
        return lines


def quarter_label(style, year, q):
    last_day = {1: "31/03", 2: "30/06", 3: "30/09", 4: "31/12"}[q]
    first_day = {1: "01-01", 2: "04-01", 3: "07-01", 4: "10-01"}[q]
    return {
        "T3 2025": f"T{q} {year}",
        "2025T3": f"{year}T{q}",
        "2025-T3": f"{year}-T{q}",
        "2025Q3": f"{year}Q{q}",
        "30/09/2025": f"{last_day}/{year}",
        "2025-07-01": f"{year}-{first_day}",
    }[style]


# --- France Travail: Excel "CSV (séparateur : point-virgule)", cp1252 --------

FT_ROWS = [
    ("DEBOE_A", "Demandeurs d'emploi BOE - catégorie A"),
    ("DEBOE", "Demandeurs d'emploi BOE - catégories A, B, C"),
    ("DEFM_ABC", "Ensemble des demandeurs d'emploi - catégories A, B, C"),
    ("ANCIENNETE_DEBOE", "Ancienneté moyenne d'inscription des DE BOE (jours)"),
]
FT_FILE = "france-travail/STMT_DEBOE_Pays-de-la-Loire_2026T3.csv"


def write_france_travail(root, data):
    width = 2 + len(QUARTERS)
    csv = CsvFile(";")

    def padded(*fields):  # Excel pads every row of the used range
        csv.add(list(fields) + [""] * (width - len(fields)))

    padded("Demandeurs d’emploi bénéficiaires de l’obligation d’emploi (DEBOE) – Pays de la Loire")
    padded("Effectifs en fin de trimestre, données brutes, par département")
    padded()
    csv.add(["Indicateur", "Territoire"] + [quarter_label("T3 2025", y, q) for y, q in QUARTERS])
    for code, label in FT_ROWS:
        series = data[code]
        for dep, name in DEPARTEMENTS:
            csv.add([label, f"{dep} - {name}"] + [_ft_value(code, v) for v in series[dep]])
        region = []
        for i in range(len(QUARTERS)):
            if code == "ANCIENNETE_DEBOE":
                region.append(round(regional_weighted_mean(series, data["DEBOE"], i), 1))
            else:
                region.append(regional_sum(series, i))
        csv.add([label, "Pays de la Loire"] + [_ft_value(code, v) for v in region])
    padded()
    padded("Source : France Travail, STMT – données brutes")
    padded("Note : l’ancienneté moyenne est calculée en jours à la date de fin de trimestre.")
    csv.write(os.path.join(root, FT_FILE), "cp1252")
    return []


def _ft_value(code, v):
    if code == "ANCIENNETE_DEBOE":
        return french_decimal(v, 1, NBSP)
    return group_thousands(v, NBSP)


# --- Agefiph: long layout, Excel "CSV UTF-8", with a comment column ----------

AGEFIPH_FILE = "agefiph/Agefiph_PdL_aides_accordees_2026T3.csv"
AGEFIPH_LABELS = [("AIDES_AGEFIPH", "Nombre d'aides accordées"),
                  ("MONTANT_AIDES", "Montant des aides (€)")]
TYPO_AT = ("44", (2025, 1), "MONTANT_AIDES")        # "Loire-Atlantque"
DUPLICATE_AT = ("53", (2024, 3), "AIDES_AGEFIPH")   # the row pasted twice
CONFLICT_AT = ("72", (2025, 2), "AIDES_AGEFIPH")    # a "rectificatif" appended


def write_agefiph(root, data):
    csv = CsvFile(";")
    csv.add(["Département", "Trimestre", "Indicateur", "Valeur", "Commentaire"])
    comments = {
        ("44", (2024, 4), "MONTANT_AIDES"):
            "Hausse liée à l'aide exceptionnelle à l'embauche ; voir note régionale du 15/01/2025",
        ("49", (2025, 1), "AIDES_AGEFIPH"):
            "Rattrapage de saisie\nsur le trimestre précédent",
    }
    for dep in CODES:
        comments[(dep, QUARTERS[-1], "AIDES_AGEFIPH")] = "Données provisoires"
    marks = {}
    for dep, name in DEPARTEMENTS:
        for i, (y, q) in enumerate(QUARTERS):
            for code, label in AGEFIPH_LABELS:
                key = (dep, (y, q), code)
                shown = "Loire-Atlantque" if key == TYPO_AT else name
                value = _agefiph_value(code, data[code][dep][i])
                csv.add([shown, quarter_label("2025T3", y, q), label, value, comments.get(key, "")])
                marks[key] = len(csv.records) - 1
                if key == DUPLICATE_AT:
                    csv.add(csv.records[-1])
                    marks["duplicate"] = len(csv.records) - 1
    dep, (y, q), code = CONFLICT_AT
    i = QUARTERS.index((y, q))
    corrected = data[code][dep][i] + 14
    csv.add([NAMES[dep], quarter_label("2025T3", y, q), dict(AGEFIPH_LABELS)[code],
             _agefiph_value(code, corrected), "Rectificatif du 08/10/2026"])
    marks["conflict"] = len(csv.records) - 1
    lines = csv.write(os.path.join(root, AGEFIPH_FILE), "utf-8", bom=True)

    def rec(key):
        return csv.records[marks[key]], lines[marks[key]]

    typo, typo_line = rec(TYPO_AT)
    first, first_line = rec(DUPLICATE_AT)
    _, dup_line = rec("duplicate")
    conflict, conflict_line = rec("conflict")
    original, original_line = rec(CONFLICT_AT)
    return [
        fault(AGEFIPH_FILE, f"ligne {typo_line}, colonne 1", typo[0], "territory_unknown", "error",
              "faute de frappe dans le nom du département ; la ligne n'est pas lue"),
        fault(AGEFIPH_FILE, f"ligne {dup_line} (copie de la ligne {first_line})", ";".join(first),
              "duplicate_row", "warning", "ligne collée deux fois, valeurs identiques"),
        fault(AGEFIPH_FILE, f"ligne {conflict_line}, colonne 4 (contre ligne {original_line}, colonne 4)",
              f"{conflict[3]} (contre {original[3]})", "conflicting_values", "error",
              "rectificatif ajouté en fin de fichier sans retirer la ligne d'origine"),
    ]


def _agefiph_value(code, v):
    if code == "MONTANT_AIDES":
        return french_decimal(v, 2, NNBSP)
    return group_thousands(v, NNBSP)


# --- MDPH: one file per MDPH, each from its own tool ---------------------------

MDPH_FILES = {
    # département: (file, encoding, bom, delimiter, eol, quote_all, territory,
    #               period header, period style, decimal style, headers)
    "44": ("mdph/MDPH44_RQTH_export.csv", "utf-8", False, ",", "\n", False,
           "Loire-Atlantique", "Date", "30/09/2025", "point",
           ["Demandes RQTH", "Accords RQTH", "Délai moyen de traitement (jours)"], "Département"),
    "49": ("mdph/MDPH49_tableau_RQTH.csv", "cp1252", False, ";", "\r\n", False,
           "Maine et Loire", "Trimestre", "T3 2025", "comma",
           ["Nombre de demandes de RQTH déposées", "Nombre d'accords RQTH",
            "Délai moyen de traitement RQTH (en jours)"], "Territoire"),
    "53": ("mdph/MDPH53_suivi_RQTH.csv", "utf-16-le", True, "\t", "\r\n", False,
           "MAYENNE", "Période", "2025-T3", "comma",
           ["Demandes de RQTH reçues", "Décisions d'accord RQTH",
            "Délai moyen de traitement des demandes (jours)"], "Département"),
    "72": ("mdph/MDPH72_RQTH.csv", "utf-8", True, ";", "\r\n", False,
           "72", "Début de trimestre", "2025-07-01", "comma",
           ["Demandes RQTH déposées", "RQTH accordées", "Délai moyen en jours"], "Dept"),
    "85": ("mdph/MDPH85_RQTH.csv", "utf-8", False, ";", "\r\n", True,
           "Vendée (85)", "Période", "2025Q3", "comma",
           ["RQTH - demandes", "RQTH - accords", "RQTH - délai moyen (jours)"], "Territoire"),
}
MDPH_CODES = ["RQTH_DEMANDES", "RQTH_ACCORDS", "DELAI_RQTH"]
MISSING_AT = ("53", (2024, 2))  # DELAI_RQTH "n.d." (change of software)


def write_mdph(root, data):
    faults = []
    for dep in CODES:
        (path, encoding, bom, delimiter, eol, quote_all, territory, period_header,
         period_style, decimal, headers, territory_header) = MDPH_FILES[dep]
        csv = CsvFile(delimiter, eol, quote_all)
        csv.add([territory_header, period_header] + headers)
        missing_record = None
        for i, (y, q) in enumerate(QUARTERS):
            delay = data["DELAI_RQTH"][dep][i]
            delay_text = f"{delay:.1f}" if decimal == "point" else french_decimal(delay, 1)
            if (dep, (y, q)) == MISSING_AT:
                delay_text = "n.d."
                missing_record = len(csv.records)
            csv.add([territory, quarter_label(period_style, y, q), data["RQTH_DEMANDES"][dep][i],
                     data["RQTH_ACCORDS"][dep][i], delay_text])
        lines = csv.write(os.path.join(root, path), encoding, bom)
        if missing_record is not None:
            faults.append(fault(path, f"ligne {lines[missing_record]}, colonne 5", "n.d.", "value_missing",
                                "info", "délai non disponible ce trimestre (changement de logiciel)"))
    return faults
