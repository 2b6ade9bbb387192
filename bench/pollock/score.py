#!/usr/bin/env python3
"""Pollock's scores (simple and weighted, out of 10) for one system's output.

A stdlib-only port of Pollock's `pollock/metrics.py` and `evaluate.py`
(HPI-Information-Systems/Pollock), so that it runs on Debian's python3
without pip: numpy and multiset become collections.Counter, pandas' means
become plain sums.

    score.py POLLOCK_DIR LOADED_DIR [--per-file OUT.csv] [--worst N]

POLLOCK_DIR is a checkout of the Pollock repository (polluted_files/clean,
pollock_weights.json); LOADED_DIR holds FILE_converted.csv for every file of
polluted_files/csv, as Pollock's systems under test write them ("Application
Error" as first line when loading failed).

Per file, ten measures in [0, 1]: success, header precision/recall/F1 (the
first rows as multisets of normalized cells), record precision/recall/F1 (the
other rows, each the concatenation of its normalized cells, as multisets),
cell precision/recall/F1 (every raw cell, as multisets). The simple score is
the sum of the ten means over the files; the weighted score weighs each file
by pollock_weights.json (how often its pollution occurs in real open data)
before summing.

Cells are normalized as Pollock's `data_types.normalize_cell` does (empty,
boolean, integer, float, time, date, currency, else lower case): times with
Pollock's own `pollock/timeparser.py` (stdlib only) from POLLOCK_DIR, dates
with python3-dateutil (Debian package), currencies with a port of
price-parser 0.3.4's extraction (the version Pollock pins) and that
package's currency tables, `price_parser/_currencies.py`, read from the
checkout named by --price-parser (stdlib only; without it, only the
unambiguous symbols such as "$" are currencies). The normalization is
applied to both sides, so it matters only when the text read differs from
the clean text; the script says what it lacked.
"""

import argparse
import csv
import decimal
import importlib.util
import json
import os
import re
import string
import sys
from collections import Counter

csv.field_size_limit(1 << 30)

MEASURES = ["success", "header_precision", "header_recall", "header_f1",
            "record_precision", "record_recall", "record_f1",
            "cell_precision", "cell_recall", "cell_f1"]


class Normalizer:
    """Pollock's normalize_cell: empty, boolean, integer, float, time, date,
    currency, else lower case. Times use Pollock's own timeparser (from the
    Pollock folder), dates python3-dateutil, currencies a port of
    price-parser 0.3.4's extraction with its currency tables (from a
    price-parser checkout); what is missing is said by `missing`."""

    def __init__(self, pollock_dir, price_parser_dir):
        self.missing = []
        self.timeparser = _load_module("pollock_timeparser",
                                       os.path.join(pollock_dir, "pollock", "timeparser.py"))
        try:
            import dateutil.parser
            parserinfo_class = type("CustomDateParserInfo", (dateutil.parser.parserinfo,),
                                    {"JUMP": [" ", ".", ",", ";", "-", "/", "'"]})
            parserinfo = parserinfo_class()
            self.parse_date = lambda v: str(dateutil.parser.parse(v, parserinfo=parserinfo))
        except ImportError:
            self.missing.append("python3-dateutil (dates left as text)")
            self.parse_date = None
        currencies = None
        if price_parser_dir:
            currencies = _load_module("price_parser_currencies", os.path.join(
                price_parser_dir, "price_parser", "_currencies.py"))
        else:
            self.missing.append("price-parser checkout (only the unambiguous currency symbols)")
        self._init_currency(currencies)
        self.cache = {}

    def _init_currency(self, currencies):
        def or_regex(symbols):
            return re.compile("|".join(re.escape(s) for s in symbols))
        self.search_safe = or_regex(SAFE_CURRENCY_SYMBOLS).search
        self.search_dollar_code = None
        self.search_unsafe = None
        if currencies is None:
            return
        codes = currencies.CURRENCY_CODES
        dollar_codes = [k for k in codes if k.endswith("D")]
        self.search_dollar_code = re.compile(
            r"\b(?:{})(?=\$?(?:[\W\d]|$))".format("|".join(re.escape(k) for k in dollar_codes))
        ).search
        other = (set(codes + currencies.CURRENCY_SYMBOLS + currencies.CURRENCY_NATIONAL_SYMBOLS +
                     ["р", "Р"]) - set(SAFE_CURRENCY_SYMBOLS) - {"-", "XXX"} -
                 set(string.ascii_uppercase))
        self.search_unsafe = or_regex(sorted(other, key=len, reverse=True)).search

    def currency(self, price):
        methods = [self.search_safe, self.search_unsafe]
        if "$" in price:
            methods.insert(0, self.search_dollar_code)
        for search in methods:
            m = search(price) if search else None
            if m:
                return m.group(0).strip()
        return None

    def __call__(self, cell):
        if cell is None or cell == "":
            return ""
        value = self.cache.get(cell)
        if value is None:
            value = self.cache[cell] = self._normalize(cell)
        return value

    def _normalize(self, val):
        if not val.split() or val.isspace():
            return val.lower()  # Pollock's "empty" type falls through to the string case
        try:
            if val in ["True", "true", "False", "false"] or int(val) == 0 or int(val) == 1:
                if val in ["False", "false", "0"]:
                    return "0"
                if val in ["True", "true", "1"]:
                    return "1"
                return str(bool(int(val)))
        except ValueError:
            pass
        try:
            return str(int(val))
        except ValueError:
            pass
        try:
            return str(float(val))
        except ValueError:
            pass
        try:
            return str(self.timeparser.parsetime(val))
        except ValueError:
            pass
        if self.parse_date is not None:
            try:
                return self.parse_date(val)
            except (ValueError, OverflowError, TypeError):
                pass
        currency = self.currency(val)
        amount_text = extract_price_text(val)
        amount = parse_number(amount_text) if amount_text is not None else None
        if currency is not None and amount is not None:
            return currency + str(float(amount))
        return val.lower()


def _load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# price-parser 0.3.4 (scrapinghub/price-parser, BSD), as Pollock pins it:
# symbols taken as a currency wherever they appear, and the extraction of
# the first number of a text.
SAFE_CURRENCY_SYMBOLS = [
    "Bds$", "CUC$", "MOP$",
    "AR$", "AU$", "BN$", "BZ$", "CA$", "CL$", "CO$", "CV$", "HK$", "MX$",
    "NT$", "NZ$", "TT$", "RD$", "WS$", "US$",
    "$U", "C$", "J$", "N$", "R$", "S$", "T$", "Z$", "A$",
    "SY£", "LB£", "CN¥", "GH₵",
    "$", "€", "£", "zł", "Zł", "Kč", "₽", "¥", "￥",
    "฿", "դր.", "դր", "₦", "₴", "₱", "৳", "₭", "₪", "﷼", "៛", "₩", "₫", "₡",
    "টকা", "ƒ", "₲", "؋", "₮", "नेरू", "₨",
    "₶", "₾", "֏", "ރ", "৲", "૱", "௹", "₠", "₢", "₣", "₤", "₧", "₯",
    "₰", "₳", "₷", "₸", "₹", "₺", "₼", "₾", "₿", "ℳ",
    "ر.ق.\u200f", "د.ك.\u200f", "د.ع.\u200f", "ر.ع.\u200f", "ر.ي.\u200f",
    "ر.س.\u200f", "د.ج.\u200f", "د.م.\u200f", "د.إ.\u200f", "د.ت.\u200f",
    "د.ل.\u200f", "ل.س.\u200f", "د.ب.\u200f", "د.أ.\u200f", "ج.م.\u200f",
    "ل.ل.\u200f",
    " تومان", "تومان",
    "EUR", "euro", "eur", "CHF", "DKK", "Rp", "lei",
    "руб.", "руб", "грн.", "грн", "дин.", "Dinara", "динар", "лв.", "лв",
    "р.", "тңг", "тңг.", "ман.",
]

_EURO_PRICE = re.compile(r"""
    [\d\s.,]*?\d
    \s*?€(\s*?)?
    \d(?(1)\d|\d*?)
    (?:$|[^\d])
    """, re.VERBOSE)
_PRICE = re.compile(r"""
    ([.]?\d[\d\s.,]*)
    \s*?
    (?:[^%\d]|$)
    """, re.VERBOSE)
_DECIMAL_SEPARATOR = re.compile(r"""
    \d*
    ([.,€])
    (?:
       \d{1,2}?|
       \d{4}\d*?
    )
    $
    """, re.VERBOSE)


def extract_price_text(price):
    price = re.sub(r"\s+", " ", price)
    if price.count("€") == 1:
        m = _EURO_PRICE.search(price)
        if m:
            return m.group(0).replace(" ", "")
    m = _PRICE.search(price)
    if m:
        text = m.group(1).rstrip(",.")
        return text.strip() if text.count(".") == 1 else text.lstrip(",.").strip()
    if "free" in price.lower():
        return "0"
    return None


def parse_number(num):
    if not num:
        return None
    num = num.strip().replace(" ", "")
    m = _DECIMAL_SEPARATOR.search(num)
    separator = m.group(1) if m else None
    if separator is None:
        num = num.replace(".", "").replace(",", "")
    elif separator == ".":
        num = num.replace(",", "")
    elif separator == ",":
        num = num.replace(".", "").replace(",", ".")
    else:
        num = num.replace(".", "").replace(",", "").replace("€", ".")
    try:
        return decimal.Decimal(num)
    except decimal.InvalidOperation:
        return None


def _read_rows(path):
    try:
        with open(path, "r", encoding="utf-8-sig") as f:
            return list(csv.reader(f, delimiter=",", quotechar='"', doublequote=True))
    except UnicodeDecodeError:
        with open(path, "r", encoding="latin-1") as f:
            return list(csv.reader(f, delimiter=",", quotechar='"', doublequote=True))


def _prf(source, loaded):
    """Pollock's precision (over the source), recall (over the loaded) and F1."""
    common = sum((Counter(source) & Counter(loaded)).values())
    if common == 0:
        return 0.0, 0.0, 0.0
    p = common / len(source)
    r = common / len(loaded)
    return p, r, 2 * p * r / (p + r)


def successful(path):
    try:
        with open(path, "r", encoding="utf-8-sig") as f:
            data = f.read()
    except UnicodeDecodeError:
        with open(path, "r", encoding="latin-1") as f:
            data = f.read()
    if not data:
        return 1
    return 0 if data.splitlines()[0] == "Application Error" else 1


def measures(clean_path, loaded_path, normalize_cell):
    source_rows = _read_rows(clean_path)
    loaded_rows = _read_rows(loaded_path)
    if not source_rows:
        return [1.0] * 9
    source_header = [normalize_cell(c) for c in source_rows[0]]
    if not source_header:
        header = (1.0, 1.0, 1.0)
    elif not loaded_rows:
        header = (0.0, 0.0, 0.0)
    else:
        header = _prf(source_header, [normalize_cell(c) for c in loaded_rows[0]])
    source_records = ["".join(normalize_cell(c) for c in r) for r in source_rows[1:]]
    loaded_records = ["".join(normalize_cell(c) for c in r) for r in loaded_rows[1:]]
    if not source_records:
        record = (1.0, 1.0, 1.0)
    else:
        record = _prf(source_records, loaded_records)
    source_cells = [c for r in source_rows for c in r]
    loaded_cells = [c for r in loaded_rows for c in r]
    cell = (1.0, 1.0, 1.0) if not source_cells else _prf(source_cells, loaded_cells)
    return list(header) + list(record) + list(cell)


def evaluate_file(pollock_dir, loaded_dir, name, normalize_cell):
    clean_path = os.path.join(pollock_dir, "polluted_files", "clean", name)
    loaded_path = os.path.join(loaded_dir, name + "_converted.csv")
    row = {"file": name}
    try:
        row["success"] = successful(loaded_path)
        values = measures(clean_path, loaded_path, normalize_cell) if row["success"] else [0.0] * 9
    except Exception as error:  # as Pollock: a file that cannot be scored scores 0
        print(f"{name}: {error}", file=sys.stderr)
        values = [0.0] * 9
    row.update(zip(MEASURES[1:], values))
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pollock_dir")
    parser.add_argument("loaded_dir")
    parser.add_argument("--price-parser", help="a checkout of scrapinghub/price-parser (tag 0.3.4)")
    parser.add_argument("--per-file", help="write every file's ten measures to this CSV")
    parser.add_argument("--worst", type=int, default=0, help="list the N files that lose most")
    args = parser.parse_args()

    names = sorted(f for f in os.listdir(os.path.join(args.pollock_dir, "polluted_files", "csv"))
                   if f.endswith("csv"))
    with open(os.path.join(args.pollock_dir, "pollock_weights.json")) as f:
        weights = json.load(f)
    normalize_cell = Normalizer(args.pollock_dir, args.price_parser)
    rows = [evaluate_file(args.pollock_dir, args.loaded_dir, n, normalize_cell) for n in names]

    means = {m: sum(r[m] for r in rows if m in r) / sum(1 for r in rows if m in r) for m in MEASURES}
    simple = sum(means.values())
    total_weight = sum(weights.get(r["file"], -1) for r in rows)
    weighted = sum(sum(r.get(m, 0) for m in MEASURES) * weights.get(r["file"], -1) / total_weight
                   for r in rows)

    if args.per_file:
        with open(args.per_file, "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=["file"] + MEASURES, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    if args.worst:
        def loss(r):
            return 10 - sum(r.get(m, 0) for m in MEASURES)
        lost = sorted(rows, key=lambda r: (-loss(r) * weights.get(r["file"], 1), r["file"]))
        for r in lost[:args.worst]:
            if loss(r) > 1e-12:
                print(f"  {r['file']}: {10 - loss(r):.4f} (poids {weights.get(r['file'])})")

    print(f"files {len(rows)}" + "".join(f"  (missing: {m})" for m in normalize_cell.missing))
    print(f"header F1 {means['header_f1']:.4f}  record F1 {means['record_f1']:.4f}  "
          f"cell F1 {means['cell_f1']:.4f}  success {means['success']:.4f}")
    print(f"exact files {sum(1 for r in rows if all(r.get(m) == 1 for m in MEASURES))}")
    print(f"simple {simple:.4f}  weighted {weighted:.4f}")


if __name__ == "__main__":
    main()
