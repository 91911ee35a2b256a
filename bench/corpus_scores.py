"""Recall of this extractor and of quantulum3 on published test suites (shared/corpora).

Prints, per file: recall of values, of value+unit, and for NumberRange of the interval. A gold
result counts as found when some extracted figure has the same value (relative tolerance 1e-6)
and, for value+unit, a unit that maps to the gold unit. Run: python bench/corpus_scores.py
"""

import json
import math
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from claims.figures import DURATION_UNITS, extract  # noqa: E402

CORPORA = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora"
RECOG = CORPORA / "recognizers"

CURRENCY = {"Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Pound": "GBP",
            "British pound": "GBP", "Japanese yen": "JPY", "Chinese yuan": "CNY", "Bitcoin": "BTC",
            "Turkish lira": "TRY", "Cent": "USD_cents", "Pence": "GBP_pence", "Penny": "GBP_pence"}
DIMENSION = {"Meter": "m", "Kilometer": "km", "Centimeter": "cm", "Millimeter": "mm", "Mile": "mi",
             "Foot": "ft", "Inch": "in", "Yard": "yd", "Kilogram": "kg", "Gram": "g", "Milligram": "mg",
             "Ton": "t", "Pound": "lb", "Ounce": "oz", "Liter": "l", "Milliliter": "ml", "Gallon": "gal",
             "Square kilometer": "km2", "Square mile": "mi2", "Square foot": "ft2", "Square meter": "m2",
             "Hectare": "ha", "Acre": "acre", "Kilometer per hour": "kmh", "Mile per hour": "mph",
             "Bit": "bit", "Byte": "B", "Gigabyte": "GB", "Megabyte": "MB", "Terabyte": "TB",
             "Kilobyte": "KB", "Tablespoon": "tbsp", "Teaspoon": "tsp", "Cup": "cup", "Pint": "pt",
             "Barrel": "bbl", "Knot": "kn", "Watt": "W", "Kilowatt": "kW", "Megawatt": "MW",
             "Metric ton": "t", "Cubic foot": "ft3", "Decimeter": "dm", "Degree": "deg", "Radian": "rad",
             "Microgram": "ug"}
AGE = {"Year": "age_years", "Month": "age_months", "Week": "age_weeks", "Day": "age_days"}
QUANTULUM_UNITS = {"metre": "m", "kilometre": "km", "centimetre": "cm", "millimetre": "mm", "mile": "mi",
                   "foot": "ft", "inch": "in", "kilogram": "kg", "gram": "g", "tonne": "t",
                   "pound-mass": "lb", "litre": "l", "gallon": "gal", "percentage": "percent",
                   "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
                   "hour": "hours", "day": "days", "year": "years", "month": "months", "week": "weeks",
                   "minute": "minutes", "second": "seconds", "square kilometre": "km2", "acre": "acre",
                   "hectare": "ha", "kilometre per hour": "kmh", "mile per hour": "mph", "watt": "W",
                   "kilowatt": "kW", "megawatt": "MW", "gigabyte": "GB", "megabyte": "MB", "byte": "B",
                   # quantulum3's name for a plain number; the desk's is a count
                   "dimensionless": "count", "degree Celsius": "C", "degree fahrenheit": "F",
                   "milligram": "mg", "megawatt hour": "MWh", "kilowatt hour": "kWh", "watt hour": "Wh",
                   "gigahertz": "GHz", "square mile": "mi2", "square metre": "m2", "cubic kilometre": "km3",
                   "cubic centimetre": "ml", "centilitre": "cl", "nanometre": "nm", "kelvin": "K",
                   "cent": "USD_cents", "millilitre": "ml", "cubic metre": "m3", "tablespoon": "tbsp"}


def close(a, b):
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def load(name):
    return json.loads((RECOG / name).read_text("utf-8-sig"))


def ours(text):
    out = []
    for f in extract(text):
        out.append({"value": f.value, "unit": f.unit, "lower": f.lower, "upper": f.upper,
                    "lower_inclusive": f.lower_inclusive, "upper_inclusive": f.upper_inclusive,
                    "qualifier": f.qualifier})
        if f.kind == "range":  # a range states both its numbers (quantulum3 gets the same below)
            out.append(dict(out[-1], value=f.upper))
        pieces = _COMPOUND_SPLIT_RE.split(f.text) if f.unit in DURATION_UNITS.values() else []
        if len(pieces) > 1:
            # "3 years, 2 months" is one duration (38 months) that states both its numbers, as a
            # range does: each counts as read
            out += [{"value": p.value, "unit": p.unit, "lower": p.lower, "upper": p.upper} for piece in pieces
                    for p in extract(piece)]
    return out


_COMPOUND_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|(?<=[a-z])\s+(?=\d)")


_quantulum = None


def theirs(text):
    global _quantulum
    if _quantulum is None:
        warnings.filterwarnings("ignore")
        from quantulum3 import parser

        _quantulum = parser
    out = []
    try:
        quantities = _quantulum.parse(text)
    except Exception:
        return out
    for q in quantities:
        unit = QUANTULUM_UNITS.get(q.unit.name, q.unit.name)
        unc = getattr(q, "uncertainty", None) or 0
        out.append({"value": q.value, "unit": unit, "lower": q.value - unc if unc else q.value,
                    "upper": q.value + unc if unc else q.value, "qualifier": ""})
        if unc:
            out.append({"value": q.value - unc, "unit": unit, "lower": q.value - unc, "upper": q.value + unc})
    return out


def parse_range(value: str):
    m = re.match(r"^([\[(])(.*?),(.*?)([\])])$", value.strip())
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return lo, hi


def score(cases, extractor, gold_unit=None, text_fix=lambda s: s):
    n = hit_v = hit_u = 0
    for case in cases:
        if not case.get("Results"):
            continue
        found = extractor(text_fix(case["Input"]))
        for r in case["Results"]:
            res = r["Resolution"]
            value = res.get("value")
            if value is None or "," in str(value) and str(value)[0] in "[(":
                continue
            try:
                v = float(str(value).rstrip("%"))
            except ValueError:
                continue
            n += 1
            matches = [f for f in found if close(f["value"], v)]
            hit_v += bool(matches)
            if gold_unit and any(f["unit"] == gold_unit(res, r) for f in matches):
                hit_u += 1
    return n, hit_v, hit_u


def score_ranges(cases, extractor):
    n = hit = 0
    for case in cases:
        found = extractor(case["Input"])
        for r in case.get("Results") or []:
            lo, hi = parse_range(r["Resolution"]["value"])
            n += 1
            for f in found:
                f_lo = f.get("lower")
                f_hi = f.get("upper")
                lo_ok = close(f_lo, lo) or (lo is None and (f_lo is None or f_lo == 0))
                hi_ok = close(f_hi, hi) or (hi is None and f_hi is None)
                if lo_ok and hi_ok:
                    hit += 1
                    break
    return n, hit


def currency_unit(res, r):
    return res.get("isoCurrency") or CURRENCY.get(res.get("unit"), res.get("unit"))


def fix_currency(text):
    return re.sub(r"([$£€¥])\s+(?=\d)", r"\1", text)


def main():
    rows = []
    files = [
        ("Number", "Number/English/NumberModel.json", None, lambda s: s),
        ("Percent", "Number/English/PercentModel.json", lambda res, r: "percent", lambda s: s),
        ("Currency", "NumberWithUnit/English/CurrencyModel.json", currency_unit, fix_currency),
        ("Age", "NumberWithUnit/English/AgeModel.json", lambda res, r: AGE.get(res.get("unit")), lambda s: s),
        ("Dimension", "NumberWithUnit/English/DimensionModel.json", lambda res, r: DIMENSION.get(res.get("unit")), lambda s: s),
    ]
    for label, path, unit_fn, fix in files:
        cases = load(path)
        for name, fn in (("desk", ours), ("quantulum3", theirs)):
            n, v, u = score(cases, fn, unit_fn, fix)
            rows.append((label, name, n, v / n if n else 0, (u / n if n else 0) if unit_fn else None))
    ranges = load("Number/English/NumberRangeModel.json")
    for name, fn in (("desk", ours), ("quantulum3", theirs)):
        n, hit = score_ranges(ranges, fn)
        rows.append(("NumberRange (interval)", name, n, hit / n, None))
    qdata = json.loads((CORPORA / "quantulum3" / "quantities.json").read_text())
    for name, fn in (("desk", ours), ("quantulum3", theirs)):
        n = hv = hu = 0
        for case in qdata:
            found = fn(case["req"])
            for gold in case["res"]:
                n += 1
                unc = gold.get("uncertainty") or 0
                # quantulum3 writes a range as its midpoint and half-width ("44 to 50" = 47 +- 3)
                m = [f for f in found if close(f["value"], gold["value"])
                     or (unc and close(f.get("lower"), gold["value"] - unc) and close(f.get("upper"), gold["value"] + unc))]
                hv += bool(m)
                hu += any(f["unit"] == QUANTULUM_UNITS.get(gold["unit"], gold["unit"]) for f in m)
        rows.append(("quantulum3 quantities", name, n, hv / n, hu / n))
    print(f"{'file':<24} {'extractor':<11} {'gold':>5} {'value':>7} {'value+unit':>11}")
    for label, name, n, v, u in rows:
        print(f"{label:<24} {name:<11} {n:>5} {v:>7.3f} {'' if u is None else f'{u:.3f}':>11}")


if __name__ == "__main__":
    main()
