#!/usr/bin/env python3
"""Writes the dialect matrix into OUT_DIR/dialect-matrix/ (issue 13).

Four canonical tables built from the demo project (config/indicators.csv,
config/territories.csv: the départements 44 49 53 72 85 and the région R52,
four quarters, secret and missing cells, counts above 1000, rates in %,
amounts in €, mean durations in jours), each written in at least 500 variants
that cross every dialect feature with every other: encoding, delimiter, line
ending, number locale, indicator names, title and note lines, quoting, layout,
decimals, header words, territory and period spellings, unit marks, total
rows. The variants are the rows of a covering array built greedily: every
triple of feature values that can occur together appears in at least one
variant (so every pair does too).

Every variant must give the canonical observations, except the cells whose
number is truly ambiguous (the file's own evidence does not settle it): those
must give the documented error at their cell and no observation. The expected
errors are computed here, by an implementation of the number-format rules
that is independent of prith's (see `NumberShape` below), from the generator's
own data. A variant whose correct reading would differ from the canonical
table is a bug of this script: it stops.

Output (tests/ingest/dialect_matrix_test.cpp reads it):
  dialect-matrix/manifest.tsv      variant, table, format, file, features
  dialect-matrix/observations.tsv  table, indicator, territory, period, breakdown, value, status
  dialect-matrix/errors.tsv        variant, code, line, column, raw, and the key withheld
                                   (indicator, territory, period, breakdown; empty for a total row)
  dialect-matrix/<table>/<variant>.csv, dialect-matrix/xlsx/<variant>.xlsx

A sample of variants is also converted to XLSX by LibreOffice (one soffice
call per import dialect). Deterministic: same script, same bytes (the XLSX
packages are rewritten with fixed entry dates and document dates).
Debian's python3 only (no third-party module).
"""
import csv
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIG = os.path.join(HERE, "..", "..", "config")

# The breakdown layouts: Hommes / Femmes / Total and the age bands beside each
# headline (config/breakdowns.csv), long or under a merged indicator label.
BREAKDOWN_LAYOUTS = True

MIN_VARIANTS = 500  # per table
SEED = 13           # issue 13

NBSP = "\u00a0"
NNBSP = "\u202f"

QUARTERS = [(2025, 4), (2026, 1), (2026, 2), (2026, 3)]
DEPARTEMENTS = ["44", "49", "53", "72", "85"]
REGION = "52"

# --- The demo's catalogues -----------------------------------------------------------------------


def read_catalogue(name):
    with open(os.path.join(CONFIG, name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


INDICATORS = {row["code"]: row for row in read_catalogue("indicators.csv")}
TERRITORY_NAMES = {}
for _row in read_catalogue("territories.csv"):
    level = {"departement": "D", "region": "R"}.get(_row["level"])
    if level:
        TERRITORY_NAMES[level + _row["code"]] = _row["name"]


def unit_kind(code):
    """count, rate, amount or mean: what the number rules need to know."""
    unit = INDICATORS[code]["unit"]
    if unit == "%":
        return "rate"
    if unit == "€":
        return "amount"
    if unit in ("jours", "mois"):
        return "mean"
    return "count"  # personnes, aides: whole units


def is_count(code):
    return unit_kind(code) == "count"


def alias_of(code):
    """The first alias holding a space and some punctuation (falls back on the first)."""
    aliases = [a for a in INDICATORS[code]["aliases"].split("|") if a]
    for alias in aliases:
        if " " in alias and re.search(r"[-'’,.()]", alias):
            return alias
    return aliases[0]


UNIT_SUFFIX = {"personnes": " (personnes)", "aides": " (nombre)", "%": " (%)", "€": " (€)",
               "jours": " (en jours)"}


def indicator_name(code, style):
    if style == "code":
        return code
    if style == "label":
        return INDICATORS[code]["label"]
    if style == "label_unit":
        return INDICATORS[code]["label"] + UNIT_SUFFIX[INDICATORS[code]["unit"]]
    return alias_of(code)


# --- Canonical tables ------------------------------------------------------------------------------


class Table:
    def __init__(self, name, indicators, titles, notes, precisions):
        self.name = name
        self.indicators = indicators
        self.titles = titles
        self.notes = notes
        self.precisions = precisions
        self.cells = {}  # (indicator, territory key, quarter) -> ("ok", Decimal) | ("confidential", token) | ...
        self.parts = {}  # (indicator, territory key, quarter, "sexe:H") -> the same, for a category

    def value(self, indicator, territory, quarter, part=""):
        if part:
            return self.parts[(indicator, territory, quarter, part)]
        return self.cells[(indicator, territory, quarter)]


TERRITORIES = DEPARTEMENTS + ["R" + REGION]  # keys: "44" ... "R52"
TOTAL = "Total"  # the "Total" row of a table (compared by prith, not an observation)


def quarter_factor(rng, q_index):
    season = [1.04, 1.02, 0.97, 0.95][q_index]
    return Decimal(str(round(season * (1 + 0.01 * q_index) * rng.uniform(0.985, 1.015), 4)))


def make_counts(rng, table, code, bases):
    for dep, base in zip(DEPARTEMENTS, bases):
        for qi, quarter in enumerate(QUARTERS):
            value = (Decimal(base) * quarter_factor(rng, qi)).quantize(Decimal(1))
            table.cells[(code, dep, quarter)] = ("ok", value)


def make_amounts(rng, table, code, bases, cents_cells):
    for dep, base in zip(DEPARTEMENTS, bases):
        for qi, quarter in enumerate(QUARTERS):
            value = (Decimal(base) * quarter_factor(rng, qi)).quantize(Decimal(1))
            if (dep, quarter) in cents_cells:
                value += Decimal(cents_cells[(dep, quarter)]) / 100
            table.cells[(code, dep, quarter)] = ("ok", value)


def sum_region(table, code):
    for quarter in QUARTERS:
        total = sum(table.cells[(code, dep, quarter)][1] for dep in DEPARTEMENTS)
        table.cells[(code, "R" + REGION, quarter)] = ("ok", total)


def make_rate(table, code, numerator, denominator):
    for territory in TERRITORIES:
        for quarter in QUARTERS:
            num = table.cells[(numerator, territory, quarter)][1]
            den = table.cells[(denominator, territory, quarter)][1]
            table.cells[(code, territory, quarter)] = ("ok", (num * 100 / den).quantize(Decimal("0.1")))


def make_mean(rng, table, code, low, high, weight):
    for dep in DEPARTEMENTS:
        for quarter in QUARTERS:
            table.cells[(code, dep, quarter)] = ("ok", Decimal(rng.randint(low * 10, high * 10)) / 10)
    for quarter in QUARTERS:
        num = sum(table.cells[(code, d, quarter)][1] * table.cells[(weight, d, quarter)][1] for d in DEPARTEMENTS)
        den = sum(table.cells[(weight, d, quarter)][1] for d in DEPARTEMENTS)
        table.cells[(code, "R" + REGION, quarter)] = ("ok", (num / den).quantize(Decimal("0.1")))


def canonical_tables():
    rng = random.Random(SEED)
    tables = []

    emploi = Table("emploi", ["DEBOE_A", "DEBOE", "DEFM_ABC", "PART_DEBOE", "ANCIENNETE_DEBOE"],
                   ["Demandeurs d’emploi bénéficiaires de l’obligation d’emploi (DEBOE) – Pays de la Loire",
                    "Effectifs en fin de trimestre, données brutes, par département"],
                   ["Source : France Travail, STMT – données brutes",
                    "(1) s : secret statistique ; n.d. : non disponible."],
                   ["natural", "milli_all", "milli_one", "milli_partial"])
    make_counts(rng, emploi, "DEBOE_A", [8290, 5276, 1794, 3598, 3845])
    make_counts(rng, emploi, "DEBOE", [14793, 9376, 3173, 6120, 6612])
    make_counts(rng, emploi, "DEFM_ABC", [98412, 61830, 20944, 41877, 45210])
    for code in ("DEBOE_A", "DEBOE", "DEFM_ABC"):
        sum_region(emploi, code)
    make_rate(emploi, "PART_DEBOE", "DEBOE", "DEFM_ABC")
    make_mean(rng, emploi, "ANCIENNETE_DEBOE", 560, 720, "DEBOE")
    split_parts(emploi)
    emploi.cells[("DEBOE_A", "53", (2025, 4))] = ("confidential", "s")
    emploi.cells[("ANCIENNETE_DEBOE", "53", (2026, 1))] = ("missing", "n.d.")
    tables.append(emploi)

    aides = Table("aides", ["AIDES_AGEFIPH", "MONTANT_AIDES"],
                  ["Aides financières accordées par l’Agefiph – délégation Pays de la Loire"],
                  ["Source : Agefiph, système d’information des aides – montants engagés",
                   "s : secret statistique (moins de 5 aides) ; n.d. : non disponible."],
                  ["cents", "whole"])
    make_counts(rng, aides, "AIDES_AGEFIPH", [1101, 718, 184, 463, 521])
    # Whole euros, except a few cells with cents: written with decimals even
    # in the "whole" variants, where they are the only decimal evidence.
    make_amounts(rng, aides, "MONTANT_AIDES", [1485476, 912345, 241000, 601234, 688120],
                 {("44", (2026, 1)): 12, ("72", (2025, 4)): 40})
    sum_region(aides, "AIDES_AGEFIPH")
    sum_region(aides, "MONTANT_AIDES")
    split_parts(aides)
    aides.cells[("AIDES_AGEFIPH", "53", (2026, 3))] = ("confidential", "s")
    aides.cells[("MONTANT_AIDES", "53", (2026, 3))] = ("confidential", "s")
    aides.cells[("MONTANT_AIDES", "85", (2025, 4))] = ("missing", "n.d.")
    tables.append(aides)

    rqth = Table("rqth", ["RQTH_DEMANDES", "RQTH_ACCORDS", "DELAI_RQTH"],
                 ["Reconnaissance de la qualité de travailleur handicapé (RQTH) – MDPH des Pays de la Loire"],
                 ["Source : MDPH, tableaux de bord trimestriels",
                  "Délai : du dépôt du dossier complet à la décision de la CDAPH, en jours."],
                 ["natural", "milli_all", "milli_one", "milli_partial"])
    make_counts(rng, rqth, "RQTH_DEMANDES", [3138, 1787, 636, 1201, 1501])
    make_counts(rng, rqth, "RQTH_ACCORDS", [2734, 1511, 543, 1025, 1292])
    sum_region(rqth, "RQTH_DEMANDES")
    sum_region(rqth, "RQTH_ACCORDS")
    make_mean(rng, rqth, "DELAI_RQTH", 88, 170, "RQTH_ACCORDS")
    split_parts(rqth)
    rqth.cells[("DELAI_RQTH", "53", (2026, 2))] = ("missing", "n.d.")
    tables.append(rqth)

    pdp = Table("pdp", ["SIGNALEMENTS_PDP", "MAINTIENS_PDP", "TAUX_MAINTIEN_PDP", "PLACEMENTS_CE", "MAINTIENS_CE"],
                ["Prévention de la désinsertion professionnelle et Cap emploi – Pays de la Loire"],
                ["Sources : Assurance Maladie (cellules PDP), Cap emploi (réseau Cheops)",
                 "s, <5 : secret statistique."],
                ["natural", "milli_all", "milli_one", "milli_partial"])
    make_counts(rng, pdp, "SIGNALEMENTS_PDP", [1243, 762, 238, 521, 604])
    make_counts(rng, pdp, "MAINTIENS_PDP", [452, 277, 86, 190, 219])
    sum_region(pdp, "SIGNALEMENTS_PDP")
    sum_region(pdp, "MAINTIENS_PDP")
    make_rate(pdp, "TAUX_MAINTIEN_PDP", "MAINTIENS_PDP", "SIGNALEMENTS_PDP")
    make_counts(rng, pdp, "PLACEMENTS_CE", [1052, 618, 191, 423, 478])
    make_counts(rng, pdp, "MAINTIENS_CE", [212, 131, 4, 88, 97])
    sum_region(pdp, "PLACEMENTS_CE")
    sum_region(pdp, "MAINTIENS_CE")
    split_parts(pdp)
    pdp.cells[("MAINTIENS_PDP", "53", (2026, 1))] = ("confidential", "s")
    pdp.cells[("TAUX_MAINTIEN_PDP", "53", (2026, 1))] = ("confidential", "s")
    for quarter in QUARTERS:
        pdp.cells[("MAINTIENS_CE", "53", quarter)] = ("confidential", "<5")
    tables.append(pdp)

    for table in tables:
        for code in table.indicators:
            for quarter in QUARTERS:
                # The "Total" row gives the région's figure: for a sum, the
                # sum of the five départements (prith checks it).
                table.cells[(code, TOTAL, quarter)] = table.cells[(code, "R" + REGION, quarter)]
        finish_parts(table)
        check_canonical(table)
    return tables


# The categories of config/breakdowns.csv, as the breakdown layouts head
# them, and the word over each headline column.
DIMENSIONS = {"sexe": [("H", "Hommes"), ("F", "Femmes")],
              "age": [("moins_26", "Moins de 26 ans"), ("26_49", "26-49 ans"), ("50_plus", "50 ans et plus")]}
DIMENSION_TOTAL = {"sexe": "Total", "age": "Ensemble"}


def split_parts(table):
    """Each figure split into the categories of each dimension, before the
    secrets are set: counts and amounts into whole parts that add up to it
    (the région's parts are the sums of the départements'), rates from the
    parts of their terms, means around the headline (the région's weighted
    by its weight's parts)."""
    rng = random.Random(f"{SEED}-{table.name}-parts")
    order = sorted(table.indicators, key=lambda code: {"count": 0, "amount": 0, "rate": 1, "mean": 2}[unit_kind(code)])
    for dimension, categories in DIMENSIONS.items():
        keys = [f"{dimension}:{code}" for code, _ in categories]
        for code in order:
            kind = unit_kind(code)
            for quarter in QUARTERS:
                if kind in ("count", "amount"):
                    for dep in DEPARTEMENTS:
                        total = table.cells[(code, dep, quarter)][1]
                        shares = [Decimal(str(round(rng.uniform(0.6, 1.4), 3))) for _ in keys]
                        left = total
                        for i, key in enumerate(keys):
                            part = left if i == len(keys) - 1 else (total * shares[i] / sum(shares)).quantize(Decimal(1))
                            table.parts[(code, dep, quarter, key)] = ("ok", part)
                            left -= part
                    for key in keys:
                        region = sum(table.parts[(code, dep, quarter, key)][1] for dep in DEPARTEMENTS)
                        table.parts[(code, "R" + REGION, quarter, key)] = ("ok", region)
                elif kind == "rate":
                    numerator, denominator = INDICATORS[code]["numerator"], INDICATORS[code]["denominator"]
                    for territory in TERRITORIES:
                        for key in keys:
                            num = table.parts[(numerator, territory, quarter, key)][1]
                            den = table.parts[(denominator, territory, quarter, key)][1]
                            table.parts[(code, territory, quarter, key)] = ("ok", (num * 100 / den).quantize(Decimal("0.1")))
                else:
                    weight = INDICATORS[code]["weight"]
                    for dep in DEPARTEMENTS:
                        base = table.cells[(code, dep, quarter)][1]
                        for key in keys:
                            factor = Decimal(str(round(rng.uniform(0.9, 1.1), 3)))
                            table.parts[(code, dep, quarter, key)] = ("ok", (base * factor).quantize(Decimal("0.1")))
                    for key in keys:
                        num = sum(table.parts[(code, d, quarter, key)][1] * table.parts[(weight, d, quarter, key)][1]
                                  for d in DEPARTEMENTS)
                        den = sum(table.parts[(weight, d, quarter, key)][1] for d in DEPARTEMENTS)
                        table.parts[(code, "R" + REGION, quarter, key)] = ("ok", (num / den).quantize(Decimal("0.1")))


def finish_parts(table):
    """A secret or missing headline has secret or missing parts; the Total
    row's parts are the région's."""
    for (code, territory, quarter, key) in list(table.parts):
        status, token = table.cells[(code, territory, quarter)]
        if status != "ok":
            table.parts[(code, territory, quarter, key)] = (status, token)
    for (code, territory, quarter, key), part in list(table.parts.items()):
        if territory == "R" + REGION:
            table.parts[(code, TOTAL, quarter, key)] = part


def check_canonical(table):
    figures = list(table.cells.items()) + [((code, territory, quarter), figure)
                                           for (code, territory, quarter, _), figure in table.parts.items()]
    for (code, territory, quarter), (status, value) in figures:
        if status != "ok":
            continue
        kind = unit_kind(code)
        if kind == "count":
            assert value == value.to_integral_value() and value < 1000000, (code, value)
        if kind in ("rate", "mean"):
            # Three decimals (milli variants) must make an ambiguous shape: 1 to 3
            # digits, not a lone 0, before the separator.
            assert Decimal(1) <= value < Decimal(1000) and value == value.quantize(Decimal("0.1")), (code, value)


# --- Features ---------------------------------------------------------------------------------------

ENCODINGS = ["utf8", "utf8_bom", "utf16le", "utf16be", "cp1252"]
DELIMITERS = {"semicolon": ";", "comma": ",", "tab": "\t", "pipe": "|"}
EOLS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}
# fr_comma_count: a French file (decimal comma) whose counts were grouped with
# commas (pasted from another tool): the rules make such a count fractional,
# hence fractional_count (313, an error: the reading was chosen by the
# evidence), wherever the table's evidence says French.
LOCALES = ["fr_space", "fr_nbsp", "fr_nnbsp", "fr_dot", "fr_plain", "fr_comma_count", "en_comma", "en_plain"]
NAMES = ["code", "label", "label_unit", "alias"]
PREAMBLES = ["none", "title", "notes", "both", "both_padded"]
QUOTINGS = ["none", "all", "minimal"]
LAYOUTS = ["long", "long_reordered", "long_comment", "wide_indicator", "wide_quarter", "wide_quarter_tfirst"]
BREAKDOWN_LAYOUT_NAMES = ["long_sex", "long_age", "wide_indicator_sex"]
HEADERS = ["fr", "fr_alt", "en", "blank_territory"]
TERRITORY_STYLES = ["code", "name", "code_name"]
PERIOD_STYLES = ["iso", "fr", "compact", "date", "q"]
MARKS = ["none", "units"]
TOTALS = ["none", "total_row"]


def factors_for(table):
    layouts = LAYOUTS + (BREAKDOWN_LAYOUT_NAMES if BREAKDOWN_LAYOUTS else [])
    return [("encoding", ENCODINGS), ("delimiter", list(DELIMITERS)), ("eol", list(EOLS)), ("locale", LOCALES),
            ("names", NAMES), ("preamble", PREAMBLES), ("quoting", QUOTINGS), ("layout", layouts),
            ("precision", table.precisions), ("headers", HEADERS), ("territory", TERRITORY_STYLES),
            ("period", PERIOD_STYLES), ("marks", MARKS), ("total", TOTALS)]


# The only factors the constraints below look at.
CONSTRAINED = ("encoding", "delimiter", "locale", "names", "quoting")


def valid(table, row):
    """Combinations that cannot be written are left out of the matrix:
    - Windows-1252 has no narrow no-break space (U+202F), so fr_nnbsp cannot
      be written in it (a cp1252 file groups with NBSP 0xA0: that is fr_nbsp);
    - without quoting, no field may hold the delimiter: a comma-delimited
      file with no quotes can only hold English numbers without thousands
      commas and indicator names without commas."""
    if row["encoding"] == "cp1252" and row["locale"] == "fr_nnbsp":
        return False
    if row["quoting"] == "none":
        delimiter = DELIMITERS[row["delimiter"]]
        if delimiter in numbers_characters(row["locale"]):
            return False
        if any(delimiter in indicator_name(code, row["names"]) for code in table.indicators):
            return False
    return True


def numbers_characters(locale):
    """The separators a locale's numbers may hold."""
    if locale == "en_comma":
        return {",", "."}
    if locale == "en_plain":
        return {"."}
    if locale == "fr_dot":
        return {",", "."}
    return {","}  # every French locale writes a decimal comma


# --- Covering array -------------------------------------------------------------------------------


class Covering:
    """Greedy covering array of strength 3 with constraints: each new row is
    the best of a few candidates, each built around one uncovered triple,
    until every feasible triple is covered; then rows are added that repeat
    the least covered triples, up to the minimum count."""

    def __init__(self, table, rng):
        self.table = table
        self.rng = rng
        self.factors = factors_for(table)
        self.names = [name for name, _ in self.factors]
        self.levels = [len(values) for _, values in self.factors]
        n = len(self.factors)
        self.triples = [(i, j, k) for i in range(n) for j in range(i + 1, n) for k in range(j + 1, n)]
        self.offsets = []
        offset = 0
        for (i, j, k) in self.triples:
            self.offsets.append(offset)
            offset += self.levels[i] * self.levels[j] * self.levels[k]
        self.coverage = [0] * offset
        self.feasible = [False] * offset
        self._mark_feasible()

    def keys(self, row):
        lv = self.levels
        return [off + (row[i] * lv[j] + row[j]) * lv[k] + row[k] for off, (i, j, k) in zip(self.offsets, self.triples)]

    def as_dict(self, row):
        return {name: values[v] for (name, values), v in zip(self.factors, row)}

    def is_valid(self, row):
        return valid(self.table, self.as_dict(row))

    def _mark_feasible(self):
        # Only the constrained factors decide validity: enumerate their
        # combinations, the other factors take every value freely.
        constrained = [self.names.index(name) for name in CONSTRAINED]
        free = [i for i in range(len(self.factors)) if i not in constrained]
        combos = [[]]
        for i in constrained:
            combos = [c + [v] for c in combos for v in range(self.levels[i])]
        valid_combos = []
        for combo in combos:
            row = [0] * len(self.factors)
            for i, v in zip(constrained, combo):
                row[i] = v
            if self.is_valid(row):
                valid_combos.append(dict(zip(constrained, combo)))
        # A triple is feasible when its constrained part is the projection
        # of some valid combination.
        projections = {}
        for t, (i, j, k) in enumerate(self.triples):
            part = tuple(f for f in (i, j, k) if f in constrained)
            if part not in projections:
                projections[part] = {tuple(combo[f] for f in part) for combo in valid_combos}
            allowed = projections[part]
            for a in range(self.levels[i]):
                for b in range(self.levels[j]):
                    for c in range(self.levels[k]):
                        values = {i: a, j: b, k: c}
                        if tuple(values[f] for f in part) in allowed:
                            key = self.offsets[t] + (a * self.levels[j] + b) * self.levels[k] + c
                            self.feasible[key] = True
        self.free = free

    def random_row(self, fixed):
        while True:
            row = [fixed.get(i, self.rng.randrange(self.levels[i])) for i in range(len(self.levels))]
            if self.is_valid(row):
                return row

    def decode(self, key):
        t = max(i for i, off in enumerate(self.offsets) if off <= key)
        i, j, k = self.triples[t]
        rest = key - self.offsets[t]
        c = rest % self.levels[k]
        rest //= self.levels[k]
        b = rest % self.levels[j]
        a = rest // self.levels[j]
        return {i: a, j: b, k: c}

    def build(self, minimum, candidates=24):
        rows = []
        uncovered = [key for key, ok in enumerate(self.feasible) if ok]
        uncovered_set = set(uncovered)
        while uncovered_set:
            best, best_score = None, -1
            targets = sorted(uncovered_set)
            for _ in range(candidates):
                row = self.random_row(self.decode(targets[self.rng.randrange(len(targets))]))
                score = sum(1 for key in self.keys(row) if key in uncovered_set)
                if score > best_score:
                    best, best_score = row, score
            rows.append(best)
            for key in self.keys(best):
                self.coverage[key] += 1
                uncovered_set.discard(key)
        while len(rows) < minimum:
            best, best_score = None, None
            for _ in range(candidates):
                row = self.random_row({})
                score = sum(self.coverage[key] for key in self.keys(row))
                if best_score is None or score < best_score:
                    best, best_score = row, score
            rows.append(best)
            for key in self.keys(best):
                self.coverage[key] += 1
        return [self.as_dict(row) for row in rows]


# --- Numbers: writing them, and the rules that read them back ------------------------------------


def group(digits, separator):
    if not separator or len(digits) <= 3:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def write_number(value, decimals, kind, locale, marks):
    text = f"{value:.{decimals}f}"
    integer, _, fraction = text.partition(".")
    french = locale.startswith("fr")
    thousands = {"fr_space": " ", "fr_nbsp": NBSP, "fr_nnbsp": NNBSP, "fr_dot": ".", "fr_plain": "",
                 "fr_comma_count": "," if kind == "count" else " ", "en_comma": ",", "en_plain": ""}[locale]
    out = group(integer, thousands)
    if fraction:
        out += ("," if french else ".") + fraction
    if marks == "units" and kind in ("rate", "amount"):
        sign = "%" if kind == "rate" else "€"
        if french:
            space = {"fr_nbsp": NBSP, "fr_nnbsp": NNBSP}.get(locale, " ")
            out = out + space + sign
        else:
            out = out + sign if kind == "rate" else sign + out
    return out


SPACES = " \t" + NBSP + NNBSP + "\u2009"


class NumberShape:
    """What a text cell's number shape proves (the rules of issue 13):
    neutral (no ',' or '.'), french (a decimal comma is proven), english
    (a decimal point is proven) or ambiguous (exactly one ',' or '.', 1 to 3
    digits before it but not a lone 0, exactly 3 digits after)."""

    NEUTRAL, FRENCH, ENGLISH, AMBIGUOUS = "neutral", "french", "english", "ambiguous"

    @staticmethod
    def core(text):
        core = text.strip(SPACES)
        core = core.lstrip("+-\u2212").strip(SPACES)
        for sign in ("%", "€", "EUR"):
            core = core.strip(SPACES)
            if core.endswith(sign):
                core = core[: -len(sign)]
            if core.startswith(sign):
                core = core[len(sign):]
        core = core.strip(SPACES)
        if not re.fullmatch(r"[0-9][0-9 '.,\u00a0\u202f\u2009]*", core):
            raise ValueError(f"not a number: {text!r}")
        return core

    @classmethod
    def of(cls, text):
        core = cls.core(text)
        commas, dots = core.count(","), core.count(".")
        if commas == 0 and dots == 0:
            return cls.NEUTRAL
        if commas and dots:
            return cls.FRENCH if core.rfind(",") > core.rfind(".") else cls.ENGLISH
        if commas >= 2:
            return cls.ENGLISH
        if dots >= 2:
            return cls.FRENCH
        separator = "," if commas else "."
        before, after = core.split(separator)
        if re.fullmatch(r"[0-9]{1,3}", before) and before != "0" and re.fullmatch(r"[0-9]{3}", after):
            return cls.AMBIGUOUS
        return cls.FRENCH if separator == "," else cls.ENGLISH

    @classmethod
    def read(cls, text, convention):
        """The value under a convention: french (',' decimal, '.' groups),
        english ('.' decimal, ',' groups) or thousands (both group)."""
        core = cls.core(text)
        for space in SPACES + "'":
            core = core.replace(space, "")
        if convention == "french":
            core = core.replace(".", "").replace(",", ".")
        elif convention == "english":
            core = core.replace(",", "")
        else:
            core = core.replace(",", "").replace(".", "")
        return Decimal(core)


class UnfaithfulVariant(Exception):
    """A variant whose correct reading is not the canonical table."""


def decimals_are_zeros(text):
    """"1,000": read with a decimal mark, a whole number too, so that a
    count's wholeness cannot choose between 1 and 1000."""
    core = NumberShape.core(text)
    separator = "," if "," in core else "."
    return core.split(separator)[1] == "000"


def expected_readings(cells):
    """For the value cells of one variant, what a correct reader must do:
    returns {cell index: ("ok", Decimal) | ("error", code)}.

    Per value column: French evidence only -> French; English only ->
    English; both -> ambiguous_number on each ambiguous cell; none -> the
    evidence of the table's other value columns decides the same way; still
    none -> a count takes the thousands reading (unless its decimals would be
    000: "1,000" is 1 or 1000), anything else is ambiguous_number. A count read fractional is fractional_count (an error,
    no observation), as docs/diagnostics.md says; a count whose separator the
    evidence makes decimal with three zeros after it ("1,000" in a French
    column) is ambiguous_number."""
    shapes = {}
    evidence = {}
    for index, cell in enumerate(cells):
        if cell.status != "ok":
            continue
        shape = NumberShape.of(cell.text)
        shapes[index] = shape
        if shape in (NumberShape.FRENCH, NumberShape.ENGLISH):
            evidence.setdefault(cell.value_column, set()).add(shape)
    table_evidence = set()
    for found in evidence.values():
        table_evidence |= found
    out = {}
    for index, shape in shapes.items():
        cell = cells[index]
        if shape == NumberShape.NEUTRAL:
            value = NumberShape.read(cell.text, "thousands")
        elif shape in (NumberShape.FRENCH, NumberShape.ENGLISH):
            value = NumberShape.read(cell.text, shape)
        else:
            column = evidence.get(cell.value_column, set()) or table_evidence
            if len(column) == 2:
                out[index] = ("error", "ambiguous_number")
                continue
            if len(column) == 1:
                convention = next(iter(column))
                value = NumberShape.read(cell.text, convention)
                separator = "," if "," in cell.text else "."
                as_decimal = (convention == NumberShape.FRENCH) == (separator == ",")
                if is_count(cell.indicator) and as_decimal and value == value.to_integral_value():
                    # "1,000" personnes in a French column: 1 with three zero
                    # decimals, or a thousand; a count's decimals cannot say.
                    out[index] = ("error", "ambiguous_number")
                    continue
            elif is_count(cell.indicator) and not decimals_are_zeros(cell.text):
                value = NumberShape.read(cell.text, "thousands")
            else:
                out[index] = ("error", "ambiguous_number")
                continue
        if is_count(cell.indicator) and value != value.to_integral_value():
            out[index] = ("error", "fractional_count")
            continue
        if value != cell.value:
            raise UnfaithfulVariant(f"{cell.text!r} reads {value}, canonical {cell.value}")
        out[index] = ("ok", value)
    return out


# --- Writing one variant --------------------------------------------------------------------------


class ValueCell:
    __slots__ = ("record", "column", "text", "indicator", "territory", "quarter", "status", "value", "value_column",
                 "part")

    def __init__(self, record, column, text, indicator, territory, quarter, status, value, value_column, part=""):
        self.record, self.column, self.text = record, column, text
        self.indicator, self.territory, self.quarter = indicator, territory, quarter
        self.status, self.value, self.value_column = status, value, value_column
        self.part = part  # "sexe:H" for a category cell, "" for the headline


def period_text(quarter, style):
    year, q = quarter
    if style == "iso":
        return f"{year}-T{q}"
    if style == "fr":
        return f"T{q} {year}"
    if style == "compact":
        return f"{year}T{q}"
    if style == "q":
        return f"{year}Q{q}"
    last_day = {1: "31/03", 2: "30/06", 3: "30/09", 4: "31/12"}[q]
    return f"{last_day}/{year}"


def territory_text(territory, style):
    if territory == TOTAL:
        return "Total"
    region = territory.startswith("R")
    code = territory[1:] if region else territory
    name = TERRITORY_NAMES[("R" if region else "D") + code]
    if style == "name":
        return name
    shown = "R" + code if region else code
    if style == "code":
        return shown
    return f"{shown} - {name}"


HEADER_WORDS = {
    "fr": {"territory": "Territoire", "period": "Période", "indicator": "Indicateur", "value": "Valeur",
           "comment": "Commentaire"},
    "fr_alt": {"territory": "Département", "period": "Trimestre", "indicator": "Indicateur", "value": "Valeur",
               "comment": "Commentaires"},
    "en": {"territory": "Territory", "period": "Period", "indicator": "Indicator", "value": "Value",
           "comment": "Comment"},
    "blank_territory": {"territory": "", "period": "Période", "indicator": "Indicateur", "value": "Valeur",
                        "comment": "Commentaire"},
}

# Comments of the long_comment layout; the ones holding a delimiter, a quote
# or a line break only where the quoting can carry them.
COMMENTS = ["Données provisoires", "Hausse liée à l'aide exceptionnelle ; voir note régionale du 15/01/2026",
            "Rectificatif, chiffre révisé", 'Saisie "manuelle" à vérifier', "Ligne 1 du commentaire{EOL}ligne 2"]


def comment_for(n, feature, delimiter, eol):
    text = COMMENTS[n % len(COMMENTS)]
    embedded = "\r" if eol == "\r" else "\n"
    text = text.replace("{EOL}", embedded)
    if feature["quoting"] == "none" and (delimiter in text or '"' in text or "\n" in text or "\r" in text):
        return "Données provisoires"
    return text


def cell_decimals(table, feature, code, territory, quarter, first_decimal_cell, part=""):
    kind = unit_kind(code)
    status, value = table.value(code, territory, quarter, part)
    if kind == "count":
        return 0
    precision = feature["precision"]
    if kind == "amount":
        if precision == "whole" and value == value.to_integral_value():
            return 0
        return 2
    if precision == "natural":
        return 1
    if precision == "milli_all":
        return 3
    if precision == "milli_one":
        return 1 if (code, territory, quarter) == first_decimal_cell and not part else 3
    # milli_partial: in a table with two decimal indicators, the first in
    # milli and the other natural ("another column's 4,1"); with one, the
    # three first départements in milli and the rest natural.
    decimal_indicators = [c for c in table.indicators if unit_kind(c) in ("rate", "mean")]
    if len(decimal_indicators) > 1:
        return 3 if code == decimal_indicators[0] else 1
    return 3 if territory in DEPARTEMENTS[:3] else 1


def first_decimal_cell(table):
    for code in table.indicators:
        if unit_kind(code) not in ("rate", "mean"):
            continue
        for territory in TERRITORIES:
            for quarter in QUARTERS:
                if table.value(code, territory, quarter)[0] == "ok":
                    return (code, territory, quarter)
    return None


def build_records(table, feature):
    """The table as records (lists of fields), the value cells with their
    record and column, and the width of the table."""
    words = HEADER_WORDS[feature["headers"]]
    territories = TERRITORIES + ([TOTAL] if feature["total"] == "total_row" else [])
    names = {code: indicator_name(code, feature["names"]) for code in table.indicators}
    first_decimal = first_decimal_cell(table)
    delimiter = DELIMITERS[feature["delimiter"]]
    eol = EOLS[feature["eol"]]
    records, cells = [], []

    def value_text(code, territory, quarter, part=""):
        status, value = table.value(code, territory, quarter, part)
        if status != "ok":
            return value  # the token: s, <5, n.d.
        decimals = cell_decimals(table, feature, code, territory, quarter, first_decimal, part)
        return write_number(value, decimals, unit_kind(code), feature["locale"], feature["marks"])

    def add_cell(column, code, territory, quarter, value_column, part=""):
        status, value = table.value(code, territory, quarter, part)
        text = value_text(code, territory, quarter, part)
        cells.append(ValueCell(len(records), column, text, code, territory, quarter, status, value, value_column,
                               part))
        return text

    t = lambda territory: territory_text(territory, feature["territory"])
    p = lambda quarter: period_text(quarter, feature["period"])
    layout = feature["layout"]
    if layout in ("long", "long_comment"):
        header = [words["territory"], words["period"], words["indicator"], words["value"]]
        if layout == "long_comment":
            header.append(words["comment"])
        records.append(header)
        n = 0
        for code in table.indicators:
            for quarter in QUARTERS:
                for territory in territories:
                    row = [t(territory), p(quarter), names[code], None]
                    row[3] = add_cell(4, code, territory, quarter, 4)
                    if layout == "long_comment":
                        n += 1
                        row.append(comment_for(n // 7, feature, delimiter, eol) if n % 7 == 3 else "")
                    records.append(row)
    elif layout == "long_reordered":
        records.append([words["indicator"], words["period"], words["territory"], words["value"]])
        for territory in territories:
            for code in table.indicators:
                for quarter in QUARTERS:
                    row = [names[code], p(quarter), t(territory), None]
                    row[3] = add_cell(4, code, territory, quarter, 4)
                    records.append(row)
    elif layout == "wide_indicator":
        records.append([words["territory"], words["period"]] + [names[c] for c in table.indicators])
        for quarter in QUARTERS:
            for territory in territories:
                row = [t(territory), p(quarter)]
                for i, code in enumerate(table.indicators):
                    row.append(add_cell(3 + i, code, territory, quarter, 3 + i))
                records.append(row)
    elif layout in ("wide_quarter", "wide_quarter_tfirst"):
        tfirst = layout == "wide_quarter_tfirst"
        head = [words["territory"], words["indicator"]] if tfirst else [words["indicator"], words["territory"]]
        records.append(head + [p(q) for q in QUARTERS])
        order = ([(terr, code) for terr in territories for code in table.indicators] if tfirst else
                 [(terr, code) for code in table.indicators for terr in territories])
        for territory, code in order:
            row = [t(territory), names[code]] if tfirst else [names[code], t(territory)]
            for i, quarter in enumerate(QUARTERS):
                row.append(add_cell(3 + i, code, territory, quarter, 3 + i))
            records.append(row)
    elif layout in ("long_sex", "long_age"):
        dimension = "sexe" if layout == "long_sex" else "age"
        categories = DIMENSIONS[dimension]
        records.append([words["territory"], words["period"], words["indicator"]] +
                       [label for _, label in categories] + [DIMENSION_TOTAL[dimension]])
        for code in table.indicators:
            for quarter in QUARTERS:
                for territory in territories:
                    row = [t(territory), p(quarter), names[code]]
                    for i, (category, _) in enumerate(categories):
                        row.append(add_cell(4 + i, code, territory, quarter, 4 + i, f"{dimension}:{category}"))
                    column = 4 + len(categories)
                    row.append(add_cell(column, code, territory, quarter, column))
                    records.append(row)
    elif layout == "wide_indicator_sex":
        categories = DIMENSIONS["sexe"]
        span = len(categories) + 1
        groups, labels = [words["territory"], words["period"]], ["", ""]
        for code in table.indicators:
            groups += [names[code]] + [""] * (span - 1)
            labels += [label for _, label in categories] + [DIMENSION_TOTAL["sexe"]]
        records.append(groups)
        records.append(labels)
        for quarter in QUARTERS:
            for territory in territories:
                row = [t(territory), p(quarter)]
                for i, code in enumerate(table.indicators):
                    first = 3 + i * span
                    for j, (category, _) in enumerate(categories):
                        row.append(add_cell(first + j, code, territory, quarter, first + j, f"sexe:{category}"))
                    row.append(add_cell(first + span - 1, code, territory, quarter, first + span - 1))
                records.append(row)
    else:
        raise ValueError(layout)
    return records, cells, len(records[0])


def add_preamble(table, feature, records, cells, width):
    """Title lines above and notes below, as one-field records (padded to the
    table's width with empty fields, as Excel saves them, for both_padded)."""
    preamble = feature["preamble"]
    padded = preamble == "both_padded"
    pad = (lambda text: [text] + [""] * (width - 1)) if padded else (lambda text: [text])
    above, below = [], []
    if preamble in ("title", "both", "both_padded"):
        above = [pad(line) for line in table.titles] + [pad("") if padded else None]
    if preamble in ("notes", "both", "both_padded"):
        below = [pad("") if padded else None] + [pad(line) for line in table.notes]
    shift = len(above)
    for cell in cells:
        cell.record += shift
    return above + records + below


def quote(field, delimiter, quoting, raw):
    if quoting == "all":
        return '"' + field.replace('"', '""') + '"'
    needs = delimiter in field or '"' in field or "\n" in field or "\r" in field
    if quoting == "none" or not needs:
        if quoting == "none" and needs and not raw:
            raise UnfaithfulVariant(f"field {field!r} cannot be written without quotes")
        return field
    return '"' + field.replace('"', '""') + '"'


def serialize(records, feature):
    """The text of the file and the physical line (1-based) of each record.
    A record None is an empty line. One-field records are the title and note
    lines: without quoting they are written as they are, delimiters and all."""
    delimiter = DELIMITERS[feature["delimiter"]]
    eol = EOLS[feature["eol"]]
    quoting = feature["quoting"]
    lines, physical = [], []
    line = 1
    for record in records:
        physical.append(line)
        if record is None:
            text = ""
        else:
            raw = len(record) == 1 or all(field == "" for field in record[1:])
            text = delimiter.join(quote(field, delimiter, quoting, raw) for field in record)
        lines.append(text)
        # A quoted line break inside a field: LF, or CR in a CR file.
        line += 1 + text.count("\r" if eol == "\r" else "\n")
    return eol.join(lines) + eol, physical


def encode(text, encoding):
    if encoding == "utf8":
        return text.encode("utf-8")
    if encoding == "utf8_bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding == "utf16le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf16be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode("cp1252")  # strict: an unencodable character is a bug here


def render_variant(table, feature):
    """Bytes of the file, the expected errors, and the cells' readings."""
    records, cells, width = build_records(table, feature)
    records = add_preamble(table, feature, records, cells, width)
    text, physical = serialize(records, feature)
    data = encode(text, feature["encoding"])
    readings = expected_readings(cells)
    errors = []
    for index, (outcome, detail) in sorted(readings.items()):
        if outcome != "error":
            continue
        cell = cells[index]
        errors.append({"code": detail, "line": physical[cell.record], "record": cell.record + 1,
                       "column": cell.column, "raw": cell.text, "cell": cell})
    return data, errors


# --- Output ----------------------------------------------------------------------------------------


def feature_text(feature):
    return " ".join(f"{k}={v}" for k, v in feature.items())


def territory_key(territory):
    return territory  # "44", ..., "R52"


def period_key(quarter):
    return f"{quarter[0]}-T{quarter[1]}"


def value_text(value):
    text = format(value, "f")
    return text


def expected_table(name, feature):
    """The canonical table a variant must give: its table, with the parts of
    the dimension its layout carries."""
    layout = feature["layout"]
    if layout in ("long_sex", "wide_indicator_sex"):
        return name + "+sexe"
    if layout == "long_age":
        return name + "+age"
    return name


def write_outputs(out):
    root = os.path.join(out, "dialect-matrix")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    tables = canonical_tables()
    manifest = ["variant\ttable\tformat\tfile\tfeatures"]
    errors_tsv = ["variant\tcode\tline\tcolumn\traw\tindicator\tterritory\tperiod\tbreakdown"]
    observations = ["table\tindicator\tterritory\tperiod\tbreakdown\tvalue\tstatus"]
    variants_by_table = {}
    for table in tables:
        for code in table.indicators:
            for territory in TERRITORIES:
                for quarter in QUARTERS:
                    status, value = table.value(code, territory, quarter)
                    shown = value_text(value) if status == "ok" else ""
                    for name in (table.name, table.name + "+sexe", table.name + "+age"):
                        observations.append(f"{name}\t{code}\t{territory_key(territory)}\t{period_key(quarter)}"
                                            f"\t\t{shown}\t{status}")
        for (code, territory, quarter, part), (status, value) in sorted(table.parts.items()):
            if territory == TOTAL:
                continue
            shown = value_text(value) if status == "ok" else ""
            name = table.name + "+" + part.split(":")[0]
            observations.append(f"{name}\t{code}\t{territory_key(territory)}\t{period_key(quarter)}"
                                f"\t{part}\t{shown}\t{status}")
        rows = Covering(table, random.Random(f"{SEED}-{table.name}")).build(MIN_VARIANTS)
        os.makedirs(os.path.join(root, table.name))
        variants = []
        for n, feature in enumerate(rows, 1):
            variant = f"{table.name}-{n:04d}"
            data, errors = render_variant(table, feature)
            path = f"{table.name}/{variant}.csv"
            with open(os.path.join(root, path), "wb") as handle:
                handle.write(data)
            manifest.append(f"{variant}\t{expected_table(table.name, feature)}\tcsv\t{path}\t{feature_text(feature)}")
            for error in errors:
                errors_tsv.append(error_line(variant, error, error["line"]))
            variants.append((variant, feature, errors, path))
        variants_by_table[table.name] = variants
    xlsx_rows = write_xlsx_sample(root, variants_by_table)
    manifest.extend(xlsx_rows)
    for name, lines in (("manifest.tsv", manifest), ("errors.tsv", errors_tsv),
                        ("observations.tsv", observations)):
        with open(os.path.join(root, name), "w", encoding="utf-8", newline="\n") as handle:
            handle.write("\n".join(lines) + "\n")
    return tables, variants_by_table


def error_line(variant, error, line):
    cell = error["cell"]
    if cell.territory == TOTAL:
        key = "\t\t\t"
    else:
        key = f"{cell.indicator}\t{territory_key(cell.territory)}\t{period_key(cell.quarter)}\t{cell.part}"
    return f"{variant}\t{error['code']}\t{line}\t{error['column']}\t{error['raw']}\t{key}"


# --- XLSX through LibreOffice ---------------------------------------------------------------------

# One import dialect per soffice call: CSV filter options are the field
# separator, the text delimiter (34: "), the character set, the first line
# (1), no column formats, the language (1036 fr-FR, 1033 en-US), quoted
# fields as text (false) and special numbers detected (true: dates,
# percentages, currencies as a user opening the file in Calc gets them).
XLSX_DIALECTS = [
    # (name, delimiter, encoding, language, locales)
    ("fr-semicolon-cp1252", "semicolon", "cp1252", "fr", ("fr_space", "fr_nbsp", "fr_plain")),
    ("fr-tab-utf16be", "tab", "utf16be", "fr", ("fr_nnbsp", "fr_nbsp", "fr_space", "fr_plain")),
    ("en-comma-utf8bom", "comma", "utf8_bom", "en", ("en_comma", "en_plain")),
    ("en-pipe-utf16le", "pipe", "utf16le", "en", ("en_comma", "en_plain")),
]
XLSX_PER_DIALECT = 3
SOFFICE_CHARSETS = {"cp1252": "1", "utf8": "76", "utf8_bom": "76", "utf16le": "65535", "utf16be": "65535"}
SOFFICE_LANGUAGES = {"fr": "1036", "en": "1033"}
FIXED_ZIP_DATE = (2026, 10, 15, 9, 0, 0)


def xlsx_candidates(variants_by_table, delimiter, encoding, locales):
    """Variants Calc reads as their partner meant: no expected error (a
    truly ambiguous cell has no right answer for Calc either), natural
    decimals, the locale of the import language, and no title or note line
    holding the delimiter unquoted."""
    for table in sorted(variants_by_table):
        for variant, feature, errors, path in variants_by_table[table]:
            if (feature["delimiter"] == delimiter and feature["encoding"] == encoding and
                    feature["locale"] in locales and not errors and
                    feature["precision"] in ("natural", "cents") and feature["quoting"] != "none"):
                yield table, variant, feature, path


def pick_xlsx_sample(variants_by_table):
    picked = []
    for name, delimiter, encoding, language, locales in XLSX_DIALECTS:
        candidates = list(xlsx_candidates(variants_by_table, delimiter, encoding, locales))
        chosen, seen_tables, seen_layouts = [], set(), set()
        # Spread the sample over tables and layouts first, then fill it up.
        for distinct in (True, False):
            for table, variant, feature, path in candidates:
                if len(chosen) == XLSX_PER_DIALECT or any(variant == c[0] for c in chosen):
                    continue
                if distinct and (table in seen_tables or feature["layout"] in seen_layouts):
                    continue
                chosen.append((variant, feature, path))
                seen_tables.add(table)
                seen_layouts.add(feature["layout"])
        chosen.sort()
        picked.append((name, delimiter, encoding, language, chosen))
    return picked


def normalise_xlsx(path):
    """Same bytes at every run: fixed entry dates, no document dates."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
                data = re.sub(rb"<cp:revision>[^<]*</cp:revision>", b"", data)
            if info.filename == "docProps/app.xml":
                data = re.sub(rb"<TotalTime>[^<]*</TotalTime>", b"", data)
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())


def write_xlsx_sample(root, variants_by_table):
    """Converts the sample with LibreOffice; returns the manifest rows. The
    rows are written even when soffice is missing, so that the test fails
    naming the missing files rather than silently testing less."""
    sample = pick_xlsx_sample(variants_by_table)
    rows = []
    folder = os.path.join(root, "xlsx")
    os.makedirs(folder)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("make_dialect_matrix: MISSING soffice (LibreOffice): the XLSX variants are not written; "
              "apt-get install libreoffice-calc", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="prith-dialect-matrix-") as work:
        profile = "-env:UserInstallation=file://" + os.path.join(work, "profile")
        for name, delimiter, encoding, language, chosen in sample:
            inputs = []
            for variant, feature, path in chosen:
                source = os.path.join(work, variant + ".csv")
                shutil.copyfile(os.path.join(root, path), source)
                inputs.append(source)
                features = feature_text(feature) + f" xlsx={name}"
                rows.append(f"{variant}-xlsx\t{expected_table(path.split('/')[0], feature)}\txlsx\txlsx/{variant}.xlsx"
                            f"\t{features}")
            if soffice is None or not inputs:
                continue
            options = ",".join([str(ord(DELIMITERS[delimiter])), "34", SOFFICE_CHARSETS[encoding], "1", "",
                                SOFFICE_LANGUAGES[language], "false", "true"])
            subprocess.run([soffice, profile, "--headless", "--infilter=CSV:" + options,
                            "--convert-to", 'xlsx:Calc MS Excel 2007 XML', "--outdir", folder] + inputs,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            for source in inputs:
                normalise_xlsx(os.path.join(folder, os.path.basename(source)[:-4] + ".xlsx"))
    return rows


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_dialect_matrix.py OUT_DIR")
    tables, variants = write_outputs(os.path.abspath(sys.argv[1]))
    if os.environ.get("PRITH_DIALECT_MATRIX_SUMMARY"):
        for table in tables:
            rows = variants[table.name]
            with_errors = sum(1 for _, _, errors, _ in rows if errors)
            print(f"{table.name}: {len(rows)} variants, {with_errors} with expected errors", file=sys.stderr)


if __name__ == "__main__":
    main()
