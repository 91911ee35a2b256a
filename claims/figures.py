"""Figure extraction: text -> [Figure]. Pure Python, no Django import.

Every figure a careful fact-checker would check (money, counts, percentages, ages, durations,
calendar years, ranges, ratios) becomes a `Figure` anchored to its span of the text, with the
stated value and two interval readings of it (see DESIGN.md, "Figures as intervals"):

- strict: what the words allow logically ("more than 250" is (250, inf));
- pragmatic: what a reader takes them to mean ("more than 250" is (250, 300)).

The rounding step `g` of a figure is the place value of its last significant digit as written,
except that a last significant 5 followed by zeros counts as a half step of the place above:
250 -> 50, 2,500 -> 500, 80,000 -> 10,000, 82,000 -> 1,000, 6.3 million -> 100,000, 23 -> 1.
A plain figure is read as [v - g/2, v + g/2] when g > 1 or a scale word is used ("6 million"),
else as exactly v. A lower bound reads, as readers take it, up to the next round step ("more
than 250" is 251-299); one that is not round, up to the next round number of its size ("at
least 17" is 17-19, "more than 312" is 313-399).

Units (the vocabulary is closed; see UNIT_* below): ISO 4217 codes for money; `percent`,
`percentage_points`, `basis_points`; `year` (a calendar year; `month` set for "March 2022"); `years`, `months`,
`weeks`, `days`, `hours`, `minutes`, `seconds` (also a race time, "2:03:11"), `decades` (durations; one told in two
units is one figure in the smaller: "two hours and 51 minutes" is 171 minutes); `age_years` (and `age_months`,
`age_weeks`, `age_days` for infants); `ratio` ("one in eight" = 0.125); `score` (a match score or
a vote tally, "4-0", "218-214": value is the first number, no measure); `magnitude` (earthquakes);
`times` ("twice", "thrice", and a level "doubled", "tripled", "halved"); `count` with the
counted noun in `noun`; physical units by short name (km, m, cm, mm, mi, ft, in, kg, g, t, lb,
l, gal, km2, km3, ha, acre, mph, kmh, mw, gw, kwh, c, f, nm, cl, K, ...: PHYSICAL_UNITS holds them all).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import math
import re
from collections import defaultdict, deque
from dataclasses import asdict, dataclass, field

# ---------------------------------------------------------------------------------------------
# Vocabulary

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000,
}  # fmt: skip
SCALE_ABBR = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "tr": 1_000_000_000_000,
}  # fmt: skip
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

CURRENCY_SIGNS = {
    "US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "C$": "CAD",
    "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL", "S$": "SGD", "₿": "BTC", "₩": "KRW", "₽": "RUB", "CHF": "CHF",
}  # fmt: skip
CURRENCY_CODES = (
    "USD EUR GBP JPY CNY INR CAD AUD NZD HKD CHF BRL MXN RUB KRW ZAR SEK NOK DKK PLN TRY "
    "SGD ARS COP CLP PEN NGN KES EGP ILS SAR AED BTC"
).split()
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "pesos": "MXN",
    "peso": "MXN", "francs": "CHF", "franc": "CHF", "rubles": "RUB", "roubles": "RUB",
    "won": "KRW", "rand": "ZAR", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY",
    "bitcoin": "BTC", "bitcoins": "BTC", "cents": "USD_CENT", "cent": "USD_CENT",
    "pence": "GBP_PENNY", "penny": "GBP_PENNY", "p": "GBP_PENNY",
    "us dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD", "australian dollars": "AUD",
    "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "new zealand dollars": "NZD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "swiss francs": "CHF", "swiss franc": "CHF", "french francs": "FRF", "belgian francs": "BEF",
    "deutsche marks": "DEM", "pesetas": "ESP", "peseta": "ESP", "dutch guilders": "NLG",
    "guilders": "NLG", "guilder": "NLG", "finnish markka": "FIM", "markka": "FIM", "lire": "ITL",
    "rmb": "CNY", "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupees": "INR",
    "mexican pesos": "MXN", "argentine pesos": "ARS", "brazilian reais": "BRL", "reais": "BRL",
    "shekels": "ILS", "naira": "NGN", "shillings": "KES",
    "riyals": "SAR", "dirhams": "AED", "zloty": "PLN", "kronor": "SEK", "kroner": "NOK",
    "krona": "SEK", "hryvnias": "UAH", "hryvnia": "UAH", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR",
}  # fmt: skip
MILLION_CODES = {"M" + code: code for code in CURRENCY_CODES}
CURRENCY_SIGNS_AFTER = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₡": "CRC",
                        "₾": "GEL", "₭": "LAK", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
                        "₦": "NGN", "₱": "PHP", "₫": "VND", "₴": "UAH", "₪": "ILS"}  # fmt: skip

DURATION_UNITS = {
    "year": "years", "years": "years", "yr": "years", "yrs": "years", "month": "months",
    "months": "months", "week": "weeks", "weeks": "weeks", "day": "days", "days": "days",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "minute": "minutes",
    "minutes": "minutes", "min": "minutes", "mins": "minutes", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries",
    "second": "seconds", "seconds": "seconds",
}  # fmt: skip
_DURATIONS = frozenset(DURATION_UNITS.values())
PHYSICAL_UNITS = {
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "mm": "mm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "mi": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "foot": "ft", "feet": "ft",
    "in": "in", "inch": "in", "inches": "in", "yard": "yd", "yards": "yd", "yd": "yd",
    "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "g": "g", "gram": "g", "grams": "g", "mg": "mg", "milligrams": "mg", "milligram": "mg",
    "t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "lb": "lb", "lbs": "lb",
    "ounce": "oz", "ounces": "oz", "oz": "oz", "stone": "st", "stones": "st",
    "l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l", "ml": "ml",
    "millilitres": "ml", "milliliters": "ml", "gallon": "gal", "gallons": "gal", "gal": "gal",
    "barrels": "bbl", "barrel": "bbl", "cup": "cup", "cups": "cup", "tablespoons": "tbsp",
    "tablespoon": "tbsp", "teaspoons": "tsp", "teaspoon": "tsp", "pint": "pt", "pints": "pt",
    "km2": "km2", "sq km": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "square miles": "mi2", "square mile": "mi2", "sq mi": "mi2", "square feet": "ft2",
    "square foot": "ft2", "sq ft": "ft2", "square metres": "m2", "square meters": "m2",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre", "acre": "acre",
    "mph": "mph", "km/h": "kmh", "kph": "kmh", "kmh": "kmh", "knots": "kn",
    "mw": "MW", "megawatts": "MW", "gw": "GW", "gigawatts": "GW", "kw": "kW", "kilowatts": "kW",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "watts": "W", "w": "W",
    "degrees celsius": "C", "°c": "C", "degrees fahrenheit": "F", "°f": "F", "degrees": "deg",
    "c": "C", "f": "F", "celsius": "C", "fahrenheit": "F",
    "bit": "bit", "bits": "bit", "bytes": "B", "gb": "GB", "mb": "MB", "tb": "TB", "kb": "KB",
    "gigabytes": "GB", "megabytes": "MB", "terabytes": "TB",
    "hz": "Hz", "mhz": "MHz", "ghz": "GHz", "volts": "V", "volt": "V", "calories": "kcal",
    "metric tons": "t", "metric tonnes": "t", "metric ton": "t", "cubic feet": "ft3",
    "cubic foot": "ft3", "cubic metres": "m3", "cubic meters": "m3", "miles an hour": "mph",
    "miles per hour": "mph", "kilometres per hour": "kmh", "kilometers per hour": "kmh",
    "km per hour": "kmh", "kilometres an hour": "kmh", "kilometers an hour": "kmh",
    "m2": "m2", "km²": "km2", "m²": "m2", "rad": "rad", "radians": "rad", "dm": "dm", "decimetres": "dm", "decimeters": "dm", "nautical miles": "nmi", "light years": "ly",
    "micrograms": "ug", "microgram": "ug", "microgrammes": "ug", "microgramme": "ug", "μg": "ug",
    "µg": "ug", "mcg": "ug", "pounds": "lb", "pound": "lb",
    "nanometres": "nm", "nanometers": "nm", "nanometre": "nm", "nanometer": "nm",
    "cubic kilometres": "km3", "cubic kilometers": "km3", "km3": "km3", "km³": "km3",
    "centilitres": "cl", "centiliters": "cl", "cl": "cl", "wh": "Wh", "watt-hours": "Wh",
    "watt hours": "Wh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "kelvin": "K",
    "megawatt-hours": "MWh", "megawatt hours": "MWh", "gigawatt-hours": "GWh", "gigawatt hours": "GWh",
}  # fmt: skip
# Units that are also common words: only taken when written straight after the digits ("5m"),
# never after a space ("5 in the morning").
TIGHT_ONLY_UNITS = {"m", "in", "g", "t", "l", "w", "b", "p", "mi", "min", "ha", "yd", "c", "f"}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip

# Words before a number that make it a name or a label, not a figure ("Article 5").
LABEL_WORDS = {
    "article", "section", "chapter", "clause", "paragraph", "rule", "amendment", "route",
    "highway", "interstate", "flight", "room", "no", "no.", "number", "page", "pages", "vol",
    "volume", "platform", "gate", "channel", "apollo", "windows", "iphone", "pixel", "galaxy",
    "level", "grade", "phase", "stage", "episode", "season", "series", "version", "v",
    "model", "boeing", "airbus", "resolution", "bill", "exhibit", "figure", "fig", "table",
    "item", "lot", "unit", "apartment", "apt", "suite", "building", "block", "district", "ward",
    "precinct", "squad", "division", "group", "covid", "covid-", "ms-", "g", "f-", "su-",
    "day", "week", "round", "game", "match", "lap", "act", "scene", "verse", "psalm", "line", "row",
    "ftse", "s&p", "russell", "nikkei", "dax", "cac", "fortune", "stoxx", "ibex", "sensex", "nifty",
    "nasdaq", "asx", "kospi", "topix", "msci", "bovespa", "category", "cat", "tier",
    "max", "formula", "type", "class", "pro", "ultra", "mini",
}  # fmt: skip

# Qualifiers: the phrase (lowercase, single spaces) -> the reading it sets (see _intervals).
PREFIX_QUALIFIERS = {
    "more than": "gt", "over": "gt", "above": "gt", "in excess of": "gt", "upwards of": "gt",
    "upward of": "gt", "greater than": "gt", "higher than": "gt", "exceeding": "gt",
    "beyond": "gt", "north of": "gt", "well over": "gt", "well above": "gt",
    "much more than": "gt", "far more than": "gt", "just over": "gt_just",
    "just above": "gt_just", "slightly more than": "gt_just", "a little over": "gt_just",
    "a little more than": "gt_just", "at least": "ge", "no fewer than": "ge",
    "no less than": "ge", "not less than": "ge", "not fewer than": "ge", "a minimum of": "ge",
    "minimum of": "ge", "at minimum": "ge", "almost": "almost", "nearly": "almost",
    "close to": "almost", "just under": "almost", "just below": "almost", "just shy of": "almost",
    "approaching": "almost", "not quite": "almost", "just short of": "almost",
    "slightly less than": "almost", "a little under": "almost", "a little less than": "almost",
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "approx.": "about", "approx": "about", "an estimated": "about",
    "estimated": "about", "circa": "about", "c.": "about", "nearly about": "about",
    "in the region of": "about", "on the order of": "about", "of the order of": "about",
    "something like": "about", "give or take": "about", "more or less": "about",
    "up to": "le", "as many as": "le", "as much as": "le", "no more than": "le",
    "not more than": "le", "at most": "le", "a maximum of": "le", "maximum of": "le",
    "as high as": "le", "not exceeding": "le", "fewer than": "lt", "less than": "lt",
    "under": "lt", "below": "lt", "lower than": "lt", "smaller than": "lt", "short of": "lt",
    "well under": "lt", "well below": "lt", "exactly": "exact", "precisely": "exact",
    "just": "exact", "only": "exact", "equal to": "exact", "a total of": "exact",
    "a record": "exact", "as few as": "ge", "as little as": "ge", "as low as": "ge",
    "larger than": "gt", "bigger than": "gt", "exceed": "gt", "exceeds": "gt", "exceeded": "gt",
    "surpass": "gt", "surpasses": "gt", "surpassed": "gt", "topping": "gt", "topped": "gt",
    "greater than or equal to": "ge", "more than or equal to": "ge", "higher than or equal to": "ge",
    "larger than or equal to": "ge", "bigger than or equal to": "ge", "at least or equal to": "ge",
    "greater or equal than": "ge", "greater or equal to": "ge", "higher or equal than": "ge",
    "bigger or equal than": "ge", "larger or equal than": "ge", "more or equal than": "ge",
    "less than or equal to": "le", "smaller than or equal to": "le", "lower than or equal to": "le",
    "fewer than or equal to": "le", "less or equal than": "le", "less or equal to": "le",
    "smaller or equal than": "le", "lower or equal than": "le", "at most or equal to": "le",
    "equals": "exact", "equals to": "exact", "equaling": "exact", "equaling to": "exact",
    "equalling": "exact", "is equal to": "exact", ">": "gt", "&gt;": "gt", ">=": "ge", "> =": "ge",
    "≥": "ge", "<": "lt", "&lt;": "lt", "<=": "le", "< =": "le", "≤": "le", "=": "exact",
}  # fmt: skip
SUFFIX_QUALIFIERS = {
    "or more": "ge", "or greater": "ge", "or higher": "ge", "or above": "ge", "or over": "ge",
    "and above": "ge", "and over": "ge", "and up": "ge", "or so": "about", "or less": "le",
    "or fewer": "le", "or lower": "le", "or below": "le", "and under": "le", "and below": "le",
    "plus": "ge", "+": "ge", "-plus": "ge", "odd": "about", "-odd": "about", "and more": "ge",
    "or more than": "ge", "or greater than": "ge", "or less than": "le", "or fewer than": "le",
    "at most": "le", "at least": "ge", "or under": "le", "and fewer": "le", "and less": "le",
}  # fmt: skip

RELATIVE_YEAR_WORDS = {"later": 1, "afterwards": 1, "after": 1, "on": 1, "earlier": -1,
                       "before": -1, "prior": -1, "ago": -1}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Patterns

_SCALE_WORD = "|".join(sorted([*SCALES, "dozens", "dozen", "dozs", "doz", "dzs", "dz"], key=len, reverse=True))
UNICODE_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5,
                     "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8,
                     "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}  # fmt: skip
_UFRAC = "".join(UNICODE_FRACTIONS)
# Digits as news and reports write them; the longest form first.
_DIGITS = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d)"  # Indian grouping: 12,34,567.89
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"  # 1,234,567.5
    r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:\.\d+)?(?!\d|[,.]\d)"  # 1 234 567 (SI spacing; not 423 0000)
    r"|(?:\d+[ \u00a0]{1,2})?\d+/(?:2|3|4|5|6|8|10|16|32|100)(?![\d/])"  # 3/4, 2 1/4 (not 9/11, 24/7)
    r"|\d{1,3}/[1-9]\d{0,3}(?=\s+of\s)"  # "1/40 of the wavelength": a fraction of something
    r"|\d+(?:\.\d+)?\^(?:[+-]|--)?\d{1,2}(?!\d|\.\d)"  # powers: 2^10, 1.1^23, 2.5^-1
    r"|\d*[" + _UFRAC + r"]"  # ½, 2½
    r"|\d+(?:\.\d+)?(?:[eE][+-]?\d+|\s?[x×]\s?10(?:\^[+-−]?|−)\d+)?(?![\d])"  # 12.5, 1e10, 1.3x10^6, 2.5×10−5
    r"|\.\d+"
)
# "MM" (finance's million) only in capitals: "300mm" is millimetres.
_SCALE_ABBR_TIGHT = r"(?:(?-i:MM)|k|m|mn|mln|mil|bn|bln|b|tn|tln|tr|(?-i:T))"
_SCALE_ABBR_SPACED = r"(?:(?-i:MM)|k|mn|mln|mil|bn|bln|tn|tln)"
SCALE_ABBR.update({"mm": 10**6, "mil": 10**6, "bln": 10**9, "tln": 10**12, "t": 10**12})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[^\sA-Za-z\d]")
PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}\b"
    r"|\+\d{1,3}(?:[\s./-]\d{1,5}){2,}\b"  # "+1-222-2222/2222": a country code and its groups
    r"|\b0\d{4}\s\d{6}\b"  # a British mobile, "07700 900123"
)
# a race time: "2:03:11" (hours, minutes, seconds), "3:43.13" (minutes, seconds and hundredths)
_CLOCK_DURATION_RE = re.compile(r"(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.(?P<frac>\d{1,3}))?)"
                                r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.(?P<frac2>\d{1,3})))(?![\d:])")
# a time of day told by the clock: "9am", "10.30 p.m.", "6 o'clock"
_TIME_OF_DAY = r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)"
TIME_RE = re.compile(
    _TIME_OF_DAY + r"|\b\d{1,2}:\d{2}\b"
    r"|\b[0-2]\d[0-5]\d\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|IST|JST|local\s+time)\b",
    re.IGNORECASE
)
NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d+(?:\.\d+){2,}\b")  # dates; IPs, versions
_SYMBOL_QUALIFIERS = [q for q in PREFIX_QUALIFIERS if not q[0].isalpha()]
_PREFIX_Q_RE = re.compile(
    r"(?:(?:^|(?<=[\s(\"“‘—–-]))(?P<q>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(PREFIX_QUALIFIERS, key=len, reverse=True) if q[0].isalpha())
    + r")|(?P<qs>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s*") for q in sorted(_SYMBOL_QUALIFIERS, key=len, reverse=True))
    + r"))\s*$",
    re.IGNORECASE,
)
_SUFFIX_Q_RE = re.compile(
    r"^(?P<q>\s+(?:"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in SUFFIX_QUALIFIERS if q[0].isalpha())
    + r")\b|\+|-plus\b|-odd\b)",
    re.IGNORECASE,
)
_CURRENCY_PREFIX_RE = re.compile(
    r"(?P<cur>(?:\b(?:US|C|A|NZ|HK|R|S|Mex|(?:USD|CAD|AUD|NZD|HKD|SGD|MXN)(?=\$)))?\$|[£€¥₹₩₽₿]|\bM?(?:"
    + "|".join(CURRENCY_CODES)
    + r"|CHF|Rs\.?))\s?$"
)
_CURRENCY_SUFFIX_RE = re.compile(
    r"^(?:\s?(?P<sign>[" + "".join(CURRENCY_SIGNS_AFTER) + r"])(?!\s?\d)|[\s-]?(?P<code>M?(?:" + "|".join(CURRENCY_CODES) + r"))\b|[\s-]?(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(CURRENCY_WORDS, key=len, reverse=True) if w != "p")
    + r")\b)",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(
    r"^(?:\s?%|pc\b|\s*(?:per\s?cents?|pct|percentage(?![\s-]points?))\b|\s+percentage[\s-]points?\b|\s+points?\b(?=\s+(?:lead|drop|rise|gap|margin)|\s+(?:to|from)\s+[\d.]+\s?(?:%|per\s?cent))"
    r"|[\s-]*(?:basis[\s-]points?|bps|bp)\b)",
    re.IGNORECASE,
)
# "a fall of 8.6 points", "down 3 points" in a sentence of percentages: percentage points
_POINTS_RE = re.compile(r"^\s+(?:percentage\s+)?points?\b", re.IGNORECASE)
_PERCENT_THEN_RE = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)\s*,\s*$", re.IGNORECASE)
_CHANGE_OF_RE = re.compile(r"(?:\b(?:rise|fall|drop|increase|decrease|decline|gain|jump|swing|change|cut|gap|lead|margin|difference)\s+of|"
                           r"\b(?:up|down|rose|fell|dropped|gained|lost|climbed|slipped|slid|jumped)(?:\s+by)?)"
                           r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE)
_PERCENT_IN_SENTENCE_RE = re.compile(r"\d\s?%|\bper\s?cent\b", re.IGNORECASE)
_AGE_RE = re.compile(
    r"^(?:[\s-]+(?P<u>year|month|week|day)s?[\s-]+olds?\b|\s+(?P<u2>year|month|week|day)s?\s+of\s+age\b"
    r"|[\s-]*(?:yo|y/o|yrs?\.?\s+old)\b)",
    re.IGNORECASE,
)
_FRACTION_OF_POINT_RE = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage[\s-])?point\b", re.IGNORECASE)
_APPOSED_AGE_RE = re.compile(r"\b[A-Z][\w'’.-]+,\s*$")
_PERCENT_OF_RE = re.compile(r"\b(?:per\s?cents?|percents?)\s+of\s+$", re.IGNORECASE)
# "children under 5", "people over 65", "those aged over 80": an age bound on a group of people
_PEOPLE_BOUND_RE = re.compile(
    r"\b(?:children|kids|people|adults|those|men|women|boys|girls|patients|voters|residents|pupils|"
    r"students|teenagers|teens|infants|babies|anyone|everyone|workers|drivers|users)\s+"
    r"(?:aged\s+)?(?:under|over|above|below|younger\s+than|older\s+than)\s*$", re.IGNORECASE)
# "she was 36 in 2020", "who turned 70 when he won": a person's age, where nothing is counted
_PERSON_WAS_RE = re.compile(r"\b(?:he|she|who)\s+(?:was|is|turned|turns|had\s+turned)\s+$", re.IGNORECASE)
# "Hardy, who was born in 1952, was 34 when he founded the company": "was N when he" is an age
_WAS_THEN_WHEN_RE = re.compile(r"\b(?:was|is|were)\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
_WHEN_PERSON_RE = re.compile(r"\s+when\s+(?:he|she|they|I|we)\b")
# "In 2019, then 64, he sold ...", "Reyes, then 41, was named ...": an age at the time just named
_THEN_AGE_BEFORE_RE = re.compile(r",\s*then\s+(?:aged\s+)?$")
_THEN_AGE_AFTER_RE = re.compile(r"\s*,\s*(?:he|she|they|who)\b")
_NAME_THEN_BEFORE_RE = re.compile(r"\b[A-Z][\w'’.-]+,\s*then\s+$")
_AGE_END_RE = re.compile(r"\s*(?:[,.;]|$|(?:when|in|at|and|as|on|last|this)\b)", re.IGNORECASE)
# "aged 36", "age 36", "at the age of 28"
_AGE_PREFIX_RE = re.compile(r"\b(?:aged|age|ages|the\s+age\s+of)\s*$", re.IGNORECASE)
_PHYS_SORTED = sorted(PHYSICAL_UNITS, key=len, reverse=True)
_UNIT_RE = re.compile(
    r"^(?P<sp>[\s-]?)(?P<u>"
    + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in _PHYS_SORTED)
    + r")(?![\w])",
    re.IGNORECASE,
)
_DURATION_RE = re.compile(
    r"^[\s-]+(?P<u>" + "|".join(sorted(DURATION_UNITS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_RANGE_SEP_RE = re.compile(r"^\s*(?P<sep>-|–|—|~|to|and|through|or)\s*", re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(
    r"\b(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$",
    re.IGNORECASE,
)
_MONTH_AFTER_RE = re.compile(
    r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_YEAR_CONTEXT_RE = re.compile(
    r"\b(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|spring|summer|autumn|fall|winter|year|fiscal|election|season)[\s-]*$",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*")
_ABBREV_RE = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Sen|Rep|Gov|Inc|Corp|Co|Ltd|vs|etc|Lt|Col|Capt|Sgt|Prof|Mt|Ft|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K)\.)$"
)

STOP_WORDS = set(
    """in on at by for from to with over under since during who whom whose which that than as
    is are was were have has had been be being will would could should may might must can do
    does did the a an or but nor this these those their its his her our your my they them he she
    it we you i not no so if because while when where after before into onto about per each
    every all both such then also just only more most less fewer across among amid around along
    near including within without through throughout toward towards against between behind beyond
    despite following inside outside upon via except above below worth""".split()
)
AUX_WORDS = {"have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "reportedly",
             "already", "now", "still", "who", "that", "which", "allegedly", "all"}  # fmt: skip
IRREGULAR_VERBS = set("""said says found find showed shows told made make took take saw see left went came
come became become held hold kept keep lost lose won win got get gave give ran run fell fall rose rise grew
grow paid pay spent spend fled flee fought fight sought seek brought bring bought buy sold sell sent send
met meet led lead stood stand struck strike wrote write died die face faced remain remained seen shown
known given taken done gone begun written driven hidden spoken stolen thrown born chosen hit include includes
comprise comprises""".split())
GENERIC_NOUNS = {"people", "persons", "person", "individuals", "men", "women", "children",
                 "adults", "residents", "citizens", "others", "cases", "times", "units",
                 "members", "ones", "dollars", "percent", ""}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Data


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str = ""
    lower: float | None = None
    upper: float | None = None
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    pragmatic_lower: float | None = None
    pragmatic_upper: float | None = None
    noun: str = ""
    sentence: tuple[int, int] = (0, 0)
    kind: str = "figure"  # figure, range, year, relative_year, ratio
    step: float = 1.0
    resolved_year: int | None = None
    month: int | None = None
    measure: str = ""  # suggested measure key
    measure_label: str = ""
    context: str = field(default="", repr=False)  # the event word that sets the measure
    is_total: bool = False  # "a total of 165", "165 in all": a sum of other figures
    scaled: bool = False  # written with a scale word or abbreviation ("6 million", "$6m")
    person: str = ""  # whose age or birth year this is ("mark ellison"), where the text names them
    local_measure: bool = False  # a measure of generic things ("people killed"): not shared with other articles
    # figures tied by arithmetic: a divided whole (w...), shares of 100% (pct...), a change
    # (chg...), a part stated as a share of its whole (shr...)
    arithmetic_group: str = ""
    # who, where, when and among whom the figure is stated, as "kind:value" tags joined by ";"
    # ("who:apple;when:2023"): two figures with different values of one kind are not compared
    tags: str = ""

    def to_dict(self) -> dict:
        data = asdict(self)
        data["sentence"] = list(self.sentence)
        for key in ("lower", "upper", "pragmatic_lower", "pragmatic_upper", "value"):
            if isinstance(data[key], float) and math.isinf(data[key]):
                data[key] = None
        return data

    def describe(self) -> str:
        """The reading in words, e.g. "more than 250" read as 251-299."""
        return format_interval(self.pragmatic_lower, self.pragmatic_upper,
                               self.lower_inclusive, self.upper_inclusive, self.unit)


def format_number(value: float | None) -> str:
    if value is None:
        return "∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def format_interval(lower, upper, lower_inclusive=True, upper_inclusive=True, unit="", qualifier=""):
    """Human reading of an interval; integer counts show their whole-number ends (251-299).
    An open end is None (or infinite); a qualified figure whose floor is 0 ("up to 500") reads
    "up to 500", its excluded ceiling ("under 500") "under 500"."""
    if lower is not None and math.isinf(lower):
        lower = None
    if upper is not None and math.isinf(upper):
        upper = None
    if unit == "date" and lower is not None and lower == upper and 1 <= lower <= 365:
        day = datetime.date(2001, 1, 1) + datetime.timedelta(days=int(lower) - 1)
        return f"{day:%B} {day.day}"  # a day of the year: "June 18"
    if lower is not None and lower == upper:
        return format_number(lower)
    lo, hi, lo_inc, hi_inc = lower, upper, lower_inclusive, upper_inclusive
    if unit in ("count", "year", "age_years"):
        if lo is not None and float(lo).is_integer() and not lo_inc:
            lo, lo_inc = lo + 1, True
        if hi is not None and float(hi).is_integer() and not hi_inc:
            hi, hi_inc = hi - 1, True
    if lo is not None and lo == hi:  # "at least 35" read pragmatically: [35, 36) is 35
        return format_number(lo)
    if hi is None:
        return f"{format_number(lo)} or more" if lo_inc else f"over {format_number(lo)}"
    if lo is None or (lo == 0 and qualifier):
        return f"up to {format_number(hi)}" if hi_inc else f"under {format_number(hi)}"
    return f"{format_number(lo)}-{format_number(hi)}"


# ---------------------------------------------------------------------------------------------
# Number parsing


class NumberTooLong(ValueError):
    """A run of digits too long to be a figure (an identifier, a hash, a corrupted file)."""


MAX_DIGITS = 18


def parse_digits(raw: str) -> tuple[float, float]:
    """'80,000' -> (80000, 10000): the value and its rounding step as written.

    Also '1 234 567', '12,34,567.89', '3/4', '2 1/4', '2½', '1.3e6', '1.3x10^6'."""
    s = raw.replace(",", "").replace("\u00a0", " ").replace("\u202f", " ").strip()
    if len(re.sub(r"\D", "", s)) > MAX_DIGITS:
        raise NumberTooLong(raw)
    if s and s[-1] in UNICODE_FRACTIONS:
        whole = float(s[:-1]) if s[:-1] else 0.0
        return whole + UNICODE_FRACTIONS[s[-1]], UNICODE_FRACTIONS[s[-1]]
    if "/" in s:
        whole, _, frac = s.rpartition(" ") if " " in s else ("", "", s)
        num, den = frac.split("/")
        return (float(whole) if whole else 0.0) + int(num) / int(den), 1 / int(den)
    s = s.replace(" ", "")
    if "^" in s and not re.search(r"[x×]10\^", s):  # a power, exact as written: 2^10, 1.1^-2
        base, _, exponent = s.partition("^")
        value = float(base) ** int(exponent.replace("--", "+"))  # 0^-1, 9e17^99: raise, no figure
        return value, 1.0 if value.is_integer() else abs(value) * 1e-12
    s = s.replace("−", "-").replace("×10-", "×10^-").replace("x10-", "x10^-")
    power = re.search(r"(?:[eE]|[x×]10\^)([+-]?\d+)$", s)
    if power:
        exponent = int(power.group(1))
        if abs(exponent) > 30:
            raise NumberTooLong(raw)
        mantissa, step = parse_digits(s[: power.start()])
        return mantissa * 10.0**exponent, step * 10.0**exponent
    value = float(s)
    if "." in s:
        decimals = len(s.split(".", 1)[1])
        return value, 10.0 ** -decimals
    stripped = s.rstrip("0")
    zeros = len(s) - len(stripped)
    if not stripped:
        return value, 1.0
    step = 10.0**zeros
    if zeros and stripped[-1] == "5" and len(stripped) > 1:
        step *= 5
    return value, step


# ---------------------------------------------------------------------------------------------
# Numbers written in words: "one hundred and twenty", "two thirds", "five and a half million",
# "minus five point five", "one over twenty", "half a dozen".

ORDINAL_ONES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9}  # fmt: skip
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _word, _n in {**ORDINAL_ONES, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                  "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                  "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
                  "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
                  "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
                  "billionth": 10**9, "trillionth": 10**12}.items():
    if _word not in ("first", "second"):  # "one second" is a duration, "first" an order
        DENOMINATORS[_word] = _n
        DENOMINATORS[_word + "s"] = _n
DENOMINATORS["firsts"] = 1  # "three twenty-firsts"; "seconds" is a duration, never halves
ZERO_WORDS = {"nought": 0, "naught": 0}
# "twice", and the verbs that say a level was multiplied ("net income tripled to $1.1bn from $520m")
MULTIPLIED_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
# "more than double the February average": a multiple set before what it multiplies
MULTIPLE_WORDS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
MULTIPLIERS = {"twice": 2.0, "thrice": 3.0, **MULTIPLIED_VERBS, **MULTIPLE_WORDS}
# "seconds" is never a denominator here: "one hundred twenty seconds" is a duration.
ORDINAL_TOKENS = {**ORDINAL_ONES, **{w + "s": n for w, n in ORDINAL_ONES.items() if w != "second"}}
DOZEN_WORDS = {"dozen", "dozens", "doz", "dozs"}
_NUMBER_WORDS = {**ONES, **TENS, **SCALES, **dict.fromkeys(DOZEN_WORDS, 12), **ZERO_WORDS}
_RUN_TOKENS = sorted([*_NUMBER_WORDS, *DENOMINATORS, "first", "second"], key=len, reverse=True)
WORD_RUN_RE = re.compile(
    r"\b(?:(?:minus|negative)\s+)?(?:(?:a|an)\s+)?(?:" + "|".join(_RUN_TOKENS) + r")\b"
    r"(?:(?:\s+|\s*-\s*)(?:(?:and|a|an|point|over|of)\s+)*(?:" + "|".join(_RUN_TOKENS) + r")\b)*",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"[a-z]+", re.IGNORECASE)


class _WordParser:
    """Consumes the longest prefix of a token list that reads as one number."""

    def __init__(self, tokens):
        self.t = [w.lower() for w in tokens]
        self.i = 0

    def peek(self, k=0):
        j = self.i + k
        return self.t[j] if j < len(self.t) else None

    def cardinal(self):
        """An integer in words; returns (value, has_scale) or None; 'and' after a hundred or a
        scale joins ('one hundred and twenty'), elsewhere it ends the number."""
        start = self.i
        total = current = small = added = 0
        seen = has_scale = False
        last = None
        while (w := self.peek()) is not None:
            if w in ONES or w in ZERO_WORDS:
                if last in ("ones",) or (last == "tens" and (ONES.get(w, 0) >= 10 or w in ZERO_WORDS)):
                    break
                current += ONES.get(w, 0)
                small += ONES.get(w, 0)
                last = "ones"
            elif w in TENS:
                if last in ("ones", "tens"):
                    break
                if self.i > start and self.peek(1) in ORDINAL_TOKENS and self.t[self.i - 1] != "and":
                    break  # "one hundred thirty fifths": "thirty fifths" is the denominator (35)
                current += TENS[w]
                small += TENS[w]
                last = "tens"
            elif w == "hundred":
                if last == "hundred":
                    break
                current = (current or 1) * 100
                small = 0
                last = "hundred"
            elif w in SCALES:
                if last == "scale" and SCALES[w] > 100:
                    # "three lakh crore", "two thousand million": a scale of a scale multiplies
                    total += added * (SCALES[w] - 1)
                    added *= SCALES[w]
                else:
                    added = (current or 1) * SCALES[w]
                    total += added
                current = small = 0
                has_scale = True
                last = "scale"
            elif w in DOZEN_WORDS:
                # "three hundred and two dozen" is 300 + 24: the dozens are of the small part
                if last in ("ones", "tens") and current != small:
                    current += small * 11
                else:
                    current = (current or 1) * 12
                small = 0
                last = "dozen"
            elif w == "and" and last in ("hundred", "scale") and (self.peek(1) in ONES or self.peek(1) in TENS):
                # "one hundred and twenty"; but "one hundred and three quarters" is a fraction tail
                if self.peek(1) in ONES and self.peek(2) in DENOMINATORS:
                    break
                self.i += 1
                continue
            else:
                break
            seen = True
            self.i += 1
        if not seen:
            self.i = start
            return None
        return total + current, has_scale

    def number(self):
        """Returns (value, has_scale, is_fraction) or None."""
        sign = 1
        if self.peek() in ("minus", "negative"):
            sign = -1
            self.i += 1
        if self.peek() in ("a", "an"):
            nxt = self.peek(1)
            if nxt in DENOMINATORS:  # "a half", "a quarter million"
                self.i += 2
                value = 1 / DENOMINATORS[nxt]
                return self._scaled(sign * value, True)
            if nxt == "hundred" or nxt in SCALES or nxt in ("dozen",):
                self.t[self.i] = "one"
            else:
                return None
        if self.peek() == "half" and self.peek(1) in ("a", "an") and self.peek(2) in ("dozen", "million", "billion", "thousand", "hundred"):
            unit = self.peek(2)
            self.i += 3
            return sign * 0.5 * _NUMBER_WORDS[unit], unit in SCALES, True
        if self.peek() in ("half", "quarter", "third") and self.peek(1) not in SCALES and self.i == 0:
            self.i += 1
            return sign * (1 / DENOMINATORS[self.t[self.i - 1]]), False, True
        if self.peek() in ("half", "quarter") and self.peek(1) in SCALES:
            value = 1 / DENOMINATORS[self.peek()]
            self.i += 1
            return self._scaled(sign * value, True)
        card = self.cardinal()
        if card is None:
            return None
        value, has_scale = card
        w = self.peek()
        if self.t[self.i - 1] in TENS and w in ORDINAL_ONES and w != "second":
            # "the twenty-first century", "the sixty-fourth anniversary": an ordinal, a name
            # (but "twenty fifths" is a fraction, 4, and a "thirty-second" ad lasts 30 seconds)
            return None
        if w == "point":
            digits, j = "", self.i + 1
            while j < len(self.t) and (self.t[j] in ONES or self.t[j] in TENS or self.t[j] in ZERO_WORDS):
                tok = self.t[j]
                if tok in TENS and j + 1 < len(self.t) and 0 < ONES.get(self.t[j + 1], 0) < 10:
                    digits += f"{TENS[tok] // 10}{ONES[self.t[j + 1]]}"  # "point seventy-one": .71
                    j += 2
                    continue
                digits += str(ONES.get(tok, TENS.get(tok, 0)))
                j += 1
            if digits:
                self.i = j
                return self._scaled(sign * float(f"{int(value)}.{digits}"), True, has_scale)
            return sign * value, has_scale, False
        save = self.i
        denominator = self._denominator(value)
        if denominator and not has_scale:
            return self._scaled(sign * value / denominator, True)
        if denominator and self.t[self.i - 1].endswith("s"):
            # "a hundred thousand trillionths"; but not "two thousand fifth graders"
            return sign * value / denominator, False, True
        self.i = save
        if w == "over":
            save = self.i
            self.i += 1
            denom = self.cardinal()
            if denom and denom[0]:
                return sign * value / denom[0], False, True
            self.i = save
        if w == "and":
            save = self.i
            self.i += 1
            frac = None
            if self.peek() in ("a", "an", "one") and self.peek(1) in DENOMINATORS:
                frac = 1 / DENOMINATORS[self.peek(1)]
                self.i += 2
            else:
                num = self.cardinal()
                if num and self.peek() in DENOMINATORS:
                    frac = num[0] / DENOMINATORS[self.peek()]
                    self.i += 1
            if frac is None:
                self.i = save
                return sign * value, has_scale, False
            if has_scale:  # "one million and a half", "five billion and three quarters"
                scale = _largest_scale(value)
                smaller = self.peek()
                if smaller in SCALES and SCALES[smaller] < scale:
                    # "one billion and a half million" is 1,000,500,000
                    scale = SCALES[smaller]
                    self.i += 1
                return sign * (value + frac * scale), True, True
            return self._scaled(sign * (value + frac), True)
        return sign * value, has_scale, False

    def _denominator(self, numerator) -> int | None:
        """The denominator after a numerator, consumed: 'fifths' (5), 'twenty-fifth' (25),
        'thirty fifths' (35), and after 'one' a singular 'hundred fifth' (105)."""
        w, nxt = self.peek(), self.peek(1)
        if w in TENS and nxt in ORDINAL_TOKENS:
            self.i += 2
            return TENS[w] + ORDINAL_TOKENS[nxt]
        if w in DENOMINATORS:
            self.i += 1
            return DENOMINATORS[w]
        if numerator == 1:
            j, base = self.i, 0
            if self.peek() in ONES and self.peek(1) in ("hundred", "thousand"):
                base, j = ONES[self.peek()], j + 1
            if j < len(self.t) and self.t[j] in ("hundred", "thousand") and j + 1 < len(self.t) \
                    and self.t[j + 1] in ORDINAL_ONES:
                scale = 100 if self.t[j] == "hundred" else 1000
                self.i = j + 2
                return (base or 1) * scale + ORDINAL_ONES[self.t[j + 1]]
        return None

    def _scaled(self, value, is_fraction, has_scale=False):
        """'three quarters billion', 'five and a half million', 'two thirds of a million'."""
        w = self.peek()
        if w in ("of",) and self.peek(1) in ("a", "an") and self.peek(2) in SCALES:
            self.i += 3
            return value * SCALES[self.t[self.i - 1]], True, is_fraction
        if w in SCALES and w != "hundred" and not has_scale:
            self.i += 1
            return value * SCALES[w], True, is_fraction
        return value, has_scale, is_fraction


def _largest_scale(value: float) -> float:
    for scale in (10**12, 10**9, 10**6, 10**3):
        if abs(value) >= scale:
            return scale
    return 1


def read_words(text: str, start: int, end: int):
    """Parse the word run text[start:end]; returns (value, end, has_scale, is_fraction) for the
    longest prefix that reads as a number, or None."""
    spans = [m.span() for m in _TOKEN_RE.finditer(text, start, end)]
    parser = _WordParser([text[s:e] for s, e in spans])
    result = parser.number()
    if result is None or parser.i == 0:
        return None
    value, has_scale, is_fraction = result
    return value, spans[parser.i - 1][1], has_scale, is_fraction


def parse_words(raw: str) -> float | None:
    """'one hundred and twenty' -> 120; 'a dozen' -> 12; 'twenty-three' -> 23."""
    read = read_words(raw, 0, len(raw))
    return read[0] if read and read[1] == len(raw.rstrip()) else None


# One number: digits with an optional sign and scale ("-1.5", "6.3 million", "$6m", "4.5bn",
# "80K"), or a run of number words that _WordParser reads ("twenty-three", "two thirds").
NUMBER_RE = re.compile(
    rf"""
    (?P<sign>(?<![^\s(\[<>=≤≥~])[-−+](?=[\d.]))?
    (?P<digits>(?:(?<![\d.,/])|(?<=\d,)(?=\d{{1,2}}(?!\d|\.\d)))(?:{_DIGITS}))
    (?P<scale>\s*(?:{_SCALE_WORD})\b(?:\s+(?:{_SCALE_WORD})\b)?
      |{_SCALE_ABBR_TIGHT}\b(?![./]\w)
      |\s{_SCALE_ABBR_SPACED}\b(?![./]\w))?
    |
    (?P<words>{WORD_RUN_RE.pattern}
      |\ba(?=\s+(?:year|decade|month)\s+(?:later|earlier|before|after|ago|on)\b)
      |\b(?:twice|thrice|doubled|tripled|trebled|quadrupled|halved)\b
      |\b(?:double|triple|treble|quadruple)\b(?=\s+(?:the|its|their|that|what|his|her)\b))
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _word_step(value: float) -> float:
    if value <= 0 or not float(value).is_integer():
        return 1.0
    return parse_digits(str(int(value)))[1]


# ---------------------------------------------------------------------------------------------
# Intervals


def intervals(value: float, step: float, reading: str, *, exact_plain: bool):
    """(lower, upper, lower_inclusive, upper_inclusive, p_lower, p_upper) for a reading.

    `reading` is one of the qualifier kinds of PREFIX_QUALIFIERS (or "" for a plain figure).
    """
    inf = None
    half = step / 2
    if reading in ("gt", "gt_just", "ge"):
        # "more than 250": up to the next round step, 300. A figure that is not round ("at least
        # 17") reaches up to the next round number of its size, 20: a reader takes "at least 17
        # killed" and "18 dead" for one toll, not two readings of it.
        p_upper = value + (half if reading == "gt_just" else step)
        if step == 1 and value >= 10 and float(value).is_integer():
            size = 10 ** math.floor(math.log10(value))
            p_upper = max(p_upper, (value // size + 1) * size)
        return value, inf, reading == "ge", False, value, p_upper
    if reading == "almost":
        return value - step, value, True, False, value - step, value
    if reading == "about":
        return value - half, value + half, True, True, value - half, value + half
    if reading == "le":
        return 0.0, value, True, True, 0.0, value
    if reading == "lt":
        return 0.0, value, True, False, 0.0, value
    if reading == "exact" or exact_plain:
        return value, value, True, True, value, value
    return value - half, value + half, True, True, value - half, value + half


# ---------------------------------------------------------------------------------------------
# Sentences and noun phrases


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group(0)[0] != "\n" and _ABBREV_RE.search(text, max(0, m.start() - 8), m.start()):
            continue
        end = m.start()
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


# Words one count is told with: "killing 17 people", "18 people had died" and "17 dead" are one
# toll; "1,100 migrants crossed" and "900 migrants arrived", one count of arrivals; "arrested"
# and "detained", one count of arrests.
# a noun that names what happened to the thing before it: "job cuts" are jobs cut, "job losses"
# jobs lost, "branch closures" branches closed
_EVENT_NOUNS = {"cut": "cut", "loss": "lost", "closur": "closed"}
_CREWS = {"crew", "staff", "team", "cabinet", "board", "committee", "family", "cast", "jury"}
# "homes without power", "households that lost electricity", "homes left without water": a supply lost
_WITHOUT_SUPPLY_RE = re.compile(r"\s*(?:(?:that|which|who)\s+)?(?:(?:were|was|are|is|remained|remain|still|left)\s+)*"
                                r"(?:without|lost|losing)\s+(?:power|electricity|water|heat(?:ing)?|gas|running\s+water)\b",
                                re.IGNORECASE)
_SAME_EVENT = {"kill": "die", "died": "die", "di": "die", "dead": "die", "perish": "die", "injur": "injure",
               "wound": "injure", "hurt": "injure", "cross": "arrive", "arriv": "arrive", "detain": "arrest",
               "arrest": "arrest", "finish": "scor"}


def _stem(word: str) -> str:
    w = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    for suffix, repl in (("ies", "y"), ("ment", ""), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


_DETERMINERS = {"the", "all", "its", "their", "his", "her", "our", "those", "these", "this", "that"}
_AFTER_MEASURE = {"later", "earlier", "ago", "tall", "long", "wide", "high", "deep", "old", "away"}


def _noun_phrase(text: str, pos: int, limit: int) -> tuple[str, str]:
    """The counted noun phrase after `pos`, and the event word after it (a verb such as
    'died' or 'expelled')."""
    words: list[str] = []
    end = pos
    event = ""
    plural_seen = after_of = False
    for m in _WORD.finditer(text, pos, min(limit, pos + 160)):
        w = m.group(0)
        lw = w.lower()
        if not w[0].isalpha():
            if lw in ("-", "’", "'"):
                continue
            break
        if lw == "and":
            if plural_seen or not words:
                break  # "30 countries and plans to hire": the phrase is over
            words.append(w)
            continue
        if lw in _NUMBER_WORDS or lw in IRREGULAR_VERBS or lw in _AFTER_MEASURE:
            break  # "above 50,000 two weeks later", "£105m Manchester City paid"
        if not words and lw.endswith("ed") and not _noun_follows(text, m.end(), limit):
            break  # "5,100 walked fewer than 5,000 steps": a verb; "250 detained migrants": a noun's adjective
        if not words and (lw == "of" or (lw in _DETERMINERS or lw in ("last", "first", "next")) and after_of):
            after_of = True
            continue  # "a quarter of adults", "two-thirds of the vote": the adults, the vote
        if after_of and not words and (lw in _NUMBER_WORDS or lw[0].isdigit()):
            return "", ""  # "12 of their last 13 matches": a part of another figure, no noun of its own
        if lw == "of" and words and lw not in words and len(words) <= 2 and not plural_seen:
            words.append(w)
            continue
        if lw in STOP_WORDS or lw.endswith("ly") and len(lw) > 4:
            break
        if words and lw in ("last", "this", "next") and _PERIOD_WORD_AFTER_RE.match(text, m.end()):
            break  # "2.1 million visits last year": when, not what
        if plural_seen and (lw.endswith("ed") or lw.endswith("ing") or lw in IRREGULAR_VERBS):
            break
        words.append(w)
        end = m.end()
        if lw.endswith("s") and not lw.endswith("ss") or lw in GENERIC_NOUNS or lw in ("police", "staff"):
            plural_seen = True
        if len(words) >= 7:
            break
    while words and words[-1].lower() in ("and", "of"):
        words.pop()
    # The event word: skip auxiliaries and adverbs, take the next content word.
    copula = relative = False
    for m in _WORD.finditer(text, end, min(limit, end + 60)):
        lw = m.group(0).lower()
        if not lw[0].isalpha():
            break
        if lw in ("it", "they", "he", "she", "we") and not relative and words:
            relative = True  # "the 4.6 million passengers it carried": the verb of a relative clause
            continue
        if relative and not (lw.endswith("ed") or lw in IRREGULAR_VERBS or lw in AUX_WORDS):
            break
        if lw in AUX_WORDS or lw.endswith("ly") or lw in _ADVERBS:
            copula = copula or lw in _COPULAS
            continue
        if lw in _HEDGES and re.match(r"\s+(?:dead|killed|injured|missing|drowned)\b", text[m.end() : m.end() + 12]):
            continue  # "11 people had been confirmed dead": the event is 'dead'
        if lw not in STOP_WORDS and not (copula and not lw.endswith(("ed", "en", "ing")) and lw not in IRREGULAR_VERBS
                                         and lw not in _STATES):
            event = lw  # "were killed"; but "the budget was too high" describes, nothing happened
        break
    return " ".join(words), event


_PERIOD_WORD_AFTER_RE = re.compile(r"\s+(?:year|month|week|season|quarter|decade|summer|winter|spring|autumn|weekend)\b",
                              re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"\b(his|her|their)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
_WHOLE_WORDS = {"total", "whole", "sum", "overall", "amount", "figure", "number", "lot", "rest", "remainder"}
_THING_OF_RE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
_STATES = {"dead", "missing", "homeless", "unaccounted"}  # "were dead" is what happened, "was too high" is not
_HEDGES = {"confirmed", "reported", "feared", "believed", "presumed", "known", "thought"}
# Words between a noun and its verb that are not what happened: "the budget was too high"
_ADVERBS = {"too", "very", "so", "still", "now", "also", "already", "just", "even", "only", "then", "far"}


def _noun_follows(text: str, pos: int, limit: int) -> bool:
    nxt = _WORD.search(text, pos, limit)
    w = nxt.group(0).lower() if nxt else ""
    return bool(w) and w[0].isalpha() and w not in STOP_WORDS and w not in PREFIX_QUALIFIERS \
        and w not in _NUMBER_WORDS and w not in AUX_WORDS


def _event_before(text: str, pos: int, floor: int) -> str:
    """The content word before a figure ('imprisonment of', 'killed', 'paying X')."""
    tokens = list(_WORD.finditer(text, max(floor, pos - 80), pos))
    skipped = 0
    for m in reversed(tokens):
        w = m.group(0)
        lw = w.lower()
        if not w[0].isalpha():
            if w in ",;:()":
                break
            continue
        if lw in ("and", "or", "but") or lw in _SAID:
            break  # "killed 30 in March and 52 in April": 'and' is not what happened; nor is 'said'
        if lw in PREFIX_QUALIFIERS or lw in ("of", "the", "a", "an", "than", "to", "by", "some"):
            continue
        if w[0].isupper() and skipped < 3:
            skipped += 1
            continue
        if lw in STOP_WORDS:
            continue
        return lw
    return ""


_BORN_PLACE_RE = re.compile(r"\bborn\s+(?:in|at)\s+(?:[A-Z][\w'’.-]*,?\s+){1,4}in\s+$")


def word_before(prefix: str) -> str:
    """The word a figure hangs on, from the text before it: 'born' for "was born in 1990"."""
    words = [w.strip(",.;:").lower() for w in prefix.split()[-3:]]
    return next((w for w in reversed(words) if w not in ("in", "the", "of", "on")), "")


# the words of a change's unit: "fell 5 basis points to 4.02%"
_POINT_WORDS = {"basis", "points", "point", "percentage", "bps", "bp"}
_SUBJECT_SKIP = {"of", "the", "a", "an", "than", "to", "by", "some", "from", "up", "down", "at", "nearly",
                 "unchanged", "steady", "stable", "flat"} | _POINT_WORDS  # the change's unit is no verb
_OBJECT_DETERMINERS = {"the", "its", "their", "his", "her", "our"}
_CLAUSE_JOINS = {"and", "or", "but", "while", "whereas"}
_OBJECT_STOPS = STOP_WORDS | _OBJECT_DETERMINERS
_AUX_AND_MODALS = AUX_WORDS | {"will", "would", "could", "may", "might", "also"}
_CONNECTORS = {"of", "in"}


_CHANGE_VERBS = set("""rose risen fell fallen climbed grew grown increased decreased dropped declined
jumped surged slid slipped edged gained soared plunged tumbled rallied sank dipped eased slowed up down
rising falling growing climbing increasing expanded contracted shrank shrunk expanding contracting narrowed widened
slumped plummeted leapt leaped swelled ballooned rebounded recovered advanced retreated spiked crept inched dived
deepened improved worsened deteriorated""".split())
_LEVEL_VERBS = set("""was were is are be been stood stands reached reaches hit hits totalled totaled
totals totalling totaling amounted came topped remained remains""".split())
_COPULAS = {"was", "were", "is", "are", "be", "been"}
_VERBS = _CHANGE_VERBS | _LEVEL_VERBS | IRREGULAR_VERBS
_REPORTING_VERBS = set("""said says say told reported added noted according estimated announced showed
shows stated wrote found finds believes believed expects expected""".split())
# Verbs that only report ("said"); "added 22 points", "reported revenue of", "estimated 300" may
# also be what the figure did.
_SAID = {"said", "says", "say", "told", "according", "noted", "stated", "wrote"}
_CHANGE_GLUE = {"%", "to", "per", "cent", "percent", "pc", "$", "£", "€", "by"} | _POINT_WORDS


def _subject_before(text: str, pos: int, floor: int) -> tuple[str, str, bool]:
    """The subject and verb a figure with no noun hangs on, and whether the verb states a level
    rather than a move: ('unemployment rate', 'rose', False) for "The unemployment rate rose 0.2
    points"; ('revenue', 'rose', True) for the $4.2 billion of "revenue rose 12% to $4.2
    billion"; ('Voter turnout', 'was', True); ('repo rate', 'held', True) for "held the repo
    rate at 6.25%"; ('', '', False) where the clause gives none."""
    tokens = [m.group(0) for m in _WORD.finditer(text, max(floor, pos - 120), pos)]
    i = len(tokens) - 1
    while i >= 0 and tokens[i].lower() in PREFIX_QUALIFIERS:
        i -= 1
    if i >= 1 and tokens[i].lower() == "of" and _noun_of(tokens[i - 1]):
        # "a trade surplus of 22.3 billion euros", "a death toll of 35": the noun is the subject
        # and the figure its level
        words = []
        k = i - 1
        while k >= 0 and len(words) < 4 and tokens[k][0].isalpha() and _noun_of(tokens[k]):
            words.append(tokens[k])
            k -= 1
        return " ".join(reversed(words)), "of", True
    i = len(tokens) - 1
    verb, level = "", False
    while i >= 0:  # back over small words to the verb
        w, lw = tokens[i], tokens[i].lower()
        if lw in ("had", "has", "have") and i == len(tokens) - 1:
            verb, level = lw, True  # "Bam Adebayo had 27 points": what someone has is a level
            break
        if not w[0].isalpha():
            if w[0].isdigit():
                # Another figure between: "led Trump 48% to 45%" is two sides, no subject;
                # but "revenue rose 12% to $4.2 billion" states the level after a change.
                k = i - 1
                while k >= 0 and (tokens[k].lower() in PREFIX_QUALIFIERS or tokens[k].lower() in ("by", "about")):
                    k -= 1
                glue = {t.lower() for t in tokens[i + 1 :]}
                if k >= 0 and "to" in glue and glue <= _CHANGE_GLUE and tokens[k].lower() in _CHANGE_VERBS:
                    verb, level, i = tokens[k].lower(), True, k
                    break
                return "", "", False
            if w == "," and [t.lower() for t in tokens[i + 1 :]] == ["at"]:
                # "Spain's unemployment rate, at 12.3%, remains ...": the subject is before the comma
                verb, level = "at", True
                break
            if w in ",;:()\"“”":
                return "", "", False  # another clause
        elif lw in _CLAUSE_JOINS:
            return "", "", False  # "12,000 acres and was 15% contained": another clause
        elif lw in _COPULAS:
            verb, level = lw, True  # "Voter turnout was 66.6%"
            break
        elif lw in _SAID:
            return "", "", False  # "Officials said more than 15 million ...": the figure starts the clause
        elif not (lw in PREFIX_QUALIFIERS or lw in _SUBJECT_SKIP or lw in STOP_WORDS or lw in AUX_WORDS):
            verb, level = lw, lw in _LEVEL_VERBS
            if lw in _CHANGE_VERBS:
                # "fell to 11.3%" is the new level; "fell 0.5%", "fell by 0.5%" is the move
                level = "to" in {t.lower() for t in tokens[i + 1 :]}
                if not level:
                    verb = "change"
            break
        i -= 1
    if i < 0:
        return "", "", False
    counted = _number_of(tokens, i)
    if counted:
        return counted, verb, level
    j = i - 1
    while j >= 0 and tokens[j][0].isalpha() and tokens[j].lower() not in _OBJECT_STOPS:
        j -= 1
    head = tokens[i].lower()
    verb_like = head in _VERBS or head.endswith(("ed", "ing"))
    if not verb_like and j >= 1 and tokens[j].lower() in _OBJECT_DETERMINERS and tokens[j - 1][0].isalpha():
        # "held the repo rate at 6.25%", "kept its repo rate unchanged at 6.5%": the figure
        # belongs to the object, not to whoever held it
        subject = " ".join(tokens[j + 1 : i + 1])
        object_verb = tokens[j - 1].lower()
        return subject, object_verb, True
    i -= 1
    while i >= 0 and tokens[i].lower() in _AUX_AND_MODALS:
        i -= 1
    words: list[str] = []
    while i >= 0 and len(words) < 4:
        w, lw = tokens[i], tokens[i].lower()
        if w == "-" and words and i >= 1 and tokens[i - 1][0].isdigit():
            words[-1] = f"{tokens[i - 1]}-{words[-1]}"  # "the rate on a 30-year mortgage": the 30-year one
            i -= 2
            continue
        if not w[0].isalpha() and w not in ("'", "’"):
            break
        if lw in _CONNECTORS and words:
            words.append(lw)
        elif lw in STOP_WORDS or lw in AUX_WORDS or lw in _REPORTING_VERBS or lw in _CLAUSE_JOINS \
                or not w[0].isalpha():
            break  # "the company said quarterly revenue was": the subject starts after 'said'
        else:
            words.append(w)
        i -= 1
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    return " ".join(reversed(words)), verb, level


def _number_of(tokens: list[str], verb: int) -> str:
    """What "the number of" counts, where the subject of the verb is a number: "patients" for
    "The number of patients who waited more than 12 hours in A&E rose to 48,200"; '' where the
    subject is not one."""
    for k in range(verb - 2, 0, -1):
        if not tokens[k][0].isalnum() and tokens[k] not in ("&", "-", "'", "’"):
            return ""  # another clause
        if tokens[k].lower() == "of" and tokens[k - 1].lower() == "number":
            words = []
            for w in tokens[k + 1 : verb]:
                lw = w.lower()
                if not w[0].isalpha() or lw in STOP_WORDS or lw in AUX_WORDS or lw in _VERBS \
                        or lw.endswith(("ing", "ed")) or len(words) == 3:
                    break
                words.append(w)
            counted = " ".join(words)
            # "The number of people aged 65 and over": "people" alone would join every count of people
            return "" if counted.lower() in GENERIC_NOUNS else counted
    return ""


# Nouns that take "of" and a figure without being what it measures: a change ("a rise of 5%"),
# a part or a group ("a total of", "a crowd of"), an age ("at the age of 36").
_NOT_OF_NOUNS = set("""increase decrease rise fall drop decline gain loss growth cut jump reduction
total number majority minority average maximum minimum sum group crowd team fleet series set range
list couple lot handful share fraction proportion half part age out one each all some none any most
many few top bottom end middle outside inside front back""".split())


def _noun_of(word: str) -> bool:
    lw = word.lower()
    return (word[0].isalpha() and lw not in _NOT_OF_NOUNS and lw not in STOP_WORDS and lw not in _NUMBER_WORDS
            and lw not in AUX_WORDS and lw not in _VERBS and lw not in _REPORTING_VERBS
            and not lw.endswith(("ed", "ing", "ly")))


# Words that do not change what a subject measures: "quarterly revenue" is revenue, "average
# rents in London" are rents in London.
_PERIOD_WORDS = {"quarterly", "annual", "monthly", "weekly", "yearly", "full-year", "half-year", "overall",
                 "total", "latest", "current", "average", "median", "mean", "typical"}
_NOT_SUBJECT_CONTENT = _CONNECTORS | _PERIOD_WORDS
_PHYSICAL_CODES = set(PHYSICAL_UNITS.values()) - {"C", "F", "deg"}  # temperatures are levels, not amounts
_EACH_RE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:each|apiece|per\s+head|per\s+person)\b", re.IGNORECASE)
# Subjects that name nobody in particular: "Police arrested 120 people" and "officials said 28
# were killed" may well speak of the same count.
_GENERIC_AGENTS = set("""police officials authorities researchers scientists doctors experts analysts
witnesses residents rescuers troops soldiers protesters they we it he she this that these those
there the a an some many most""".split())


# "... late on Saturday has killed": a day or a month before the verb is a time, not an actor
_NOT_ACTORS = _GENERIC_AGENTS | _NUMBER_WORDS.keys() | MONTHS.keys() | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}


def _named_actor(subject: str, text: str, loose: bool = False) -> str:
    """The subject when it names someone ("City", "Manchester United", "Apple"), else ''. A
    capital at the start of a sentence proves nothing ("Wildfires have burned"), so the name must
    also be written with a capital inside a sentence somewhere in the text."""
    words = subject.split()
    if not words or words[0].lower() in _NOT_ACTORS or not all(w[0].isupper() for w in words):
        return ""
    if len(words) == 1 and not loose and not _inside_a_sentence(words[-1], text):
        return ""  # (two capitalised words in a row, "Bam Adebayo", are a name wherever they stand)
    return " ".join(w.lower() for w in words)


def _inside_a_sentence(word: str, text: str) -> bool:
    """`word` is written somewhere in `text` after a small letter or a comma: not only at the
    start of a sentence. Looked up in the words of the text read once, so that a long text of
    many figures stays linear."""
    if re.fullmatch(r"\w+", word):
        return word in _inner_words(text)
    return bool(re.search(r"[a-z,;:]\s+" + re.escape(word) + r"\b", text))


@functools.lru_cache(maxsize=4)
def _inner_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<=[a-z,;:])\s+(\w+)", text))


_RELATIVE_ACTOR_RE = re.compile(r"(?-i:(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})),\s+(?:who|which)\s")


def _relative_actor(text: str, pos: int, floor: int) -> str:
    """The name a relative clause hangs on: "Liverpool, who have 57 points" and "Arsenal, who
    have won 19 of their 26 games, have 62 points" are two teams' tallies. The figure must be
    in the clause or in the verb phrase right after it, not in what someone said."""
    m = next(reversed(list(_RELATIVE_ACTOR_RE.finditer(text, max(floor, pos - 160), pos))), None)
    if m is None:
        return ""
    rest = text[m.end() : pos]
    if rest.count(",") > 1 or any(c in rest for c in ".;:") or m.group("name").split()[0].lower() in _NOT_ACTORS:
        return ""
    after_comma = rest.rpartition(",")[2].split()
    if after_comma and after_comma[0].lower() in _REPORTING_VERBS:
        return ""
    return m.group("name").lower()


# "LeBron James scored 32 points and added 11 rebounds and nine assists": a verb after "and"
# shares the subject that opens the sentence
_OPENING_ACTOR_RE = re.compile(
    r"\s*(?:The\s+)?(?-i:(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}))\s+(?P<verb>[a-z]+)\b(?P<rest>[^;:()\"“”]*)$")
_AND_VERB_RE = re.compile(r"\band\s+(?:also\s+)?(?P<verb>[a-z]+)\s")


def _coordinated_actor(text: str, pos: int, floor: int, loose: bool = False) -> str:
    """The named subject of a sentence's first verb, for a figure in the object of a later verb
    joined to it by "and": "The Lakers outrebounded Boston 50-41 and had 28 assists" (the
    Lakers' assists, not LeBron James's nine). Nothing when a comma or a reported speech
    intervenes, or the word after "and" is not a verb."""
    m = _OPENING_ACTOR_RE.match(text, floor, pos)
    if not m or not _is_verb(m.group("verb")) or m.group("verb") in _REPORTING_VERBS or "," in m.group("rest") \
            or any(w in _SAID for w in m.group("rest").lower().split()):
        return ""
    if not loose and not any(_is_verb(a.group("verb")) for a in _AND_VERB_RE.finditer(m.group("rest"))):
        return ""  # (loosely, any figure of the opening clause: "The Fed raised its key rate to 5.25%")
    return _named_actor(m.group("name"), text, loose)


# "Arctic sea ice reached ...", "In the south, Antarctic sea ice peaked ...": a subject named by a
# proper adjective and one to three nouns, then its verb
_PROPER_SUBJECT_RE = re.compile(r"(?:\s*(?:In|At|Across|On|During|Near)\s+[^,.;\d]{1,40},)?\s*(?:The\s+)?"
                                r"(?-i:(?P<words>[A-Z][a-z]+(?:\s+[a-z]+){2,4}))\b")


def _proper_subject(text: str, lo: int, pos: int) -> str:
    """The subject of the sentence when a proper adjective names it ("Arctic sea ice", "Chinese
    exports": written with a capital inside a sentence too) and the figure is not in reported
    speech, else ''. Two such subjects ("Antarctic sea ice" in the next sentence) keep their
    figures apart; a figure of no named subject is still compared with both."""
    m = _PROPER_SUBJECT_RE.match(text, lo, pos)
    if not m:
        return ""
    words = m.group("words").split()
    verb = next((n for n, w in enumerate(words[1:], 1) if _is_verb(w)), 0)
    if not verb or words[verb] in _REPORTING_VERBS or any(w in _SAID for w in text[m.end() : pos].lower().split()) \
            or not _named_actor(words[0], text):
        return ""
    return " ".join(words[:verb]).lower()


def _tags(text: str, fig: Figure, lo: int, hi: int, who: str) -> str:
    """Who, where, when and among whom a figure is stated, as "kind:value" tags joined by ";".
    - who: the named subject (see above), or the holder of "The island has a population of";
    - where: the place the sentence opens with ("In London, house prices rose 2.1%");
    - when: the years, months, quarters and days of the figure's own clause ("The 2022 budget was
      $3.1 billion", "rose to $80,610 in 2023");
    - among: the group a rate is of ("by 20% in men", "Among adults, ...");
    - basis: what it is measured against ("in dollar terms", "year on year", "annualised");
    - since: the start of a tally ("16 crashes since 2021"), which is not the figure's time;
    - other: the clause says it is of another thing ("The other school has 800 pupils").
    The rules do not compare two figures whose tags of one kind differ; a figure without a tag
    of that kind is compared with all."""
    tags = {}
    if who:
        tags["who"] = who
    opening = _OPENING_PHRASE_RE.match(text, lo, fig.start)
    place = opening and next((m.group("place") for m in _SETTING_RE.finditer(opening.group(0)) if m.group("place")), None)
    before, after = _own_clause(text, fig, lo, hi)
    if not place:
        # "Temperatures reached 46.1C in the southern town of El Granado": the place after it
        place = next((m.group("place") for m in _SETTING_RE.finditer(after) if m.group("place")), None)
    if place:
        tags["where"] = place.lower()
    clause = before + " " + after
    when = _times(clause)
    if opening and not re.match(r"\s*(?:By|Since)\b", opening.group(0)):
        when += _times(opening.group(0))  # "In the first quarter, revenue was ..."; not "By Tuesday," (a tally)
    when += [_SPACE.sub(" ", m.group(0).lower()) for m in _AGO_RE.finditer(clause)]
    if not when and re.fullmatch(r"\s*with\s+", before):
        when = _times(text[lo : fig.start])  # "The toll rose to 2,946 on Monday, with 5,674 injured"
    told = not when and _REPORTED_ON_RE.search(text, lo, hi)
    if told:
        # "..., fire officials said Wednesday": a figure reported on a day is that day's tally; a
        # figure of no day may be the same tally, and is compared with it
        when = [told.group("day").lower()]
    if not when:
        # "Labour's lead was 18 points a month ago, when ... the Conservatives [stood] at 25%": a
        # time said earlier in the sentence, before a clause that hangs on it
        when = [_SPACE.sub(" ", m.group(0).lower()) for m in _AGO_RE.finditer(text, lo, fig.start)][-1:]
    when = sorted(set(when))
    since = _SINCE_YEAR_RE.search(clause) or (opening and _SINCE_YEAR_RE.search(opening.group(0)))
    if since:
        tags["since"] = since.group(1).lower()
    if fig.unit.startswith("age"):
        when = [w for w in when if w.isdigit()]  # an age stated on Monday is the age stated on Tuesday
    if when:
        tags["when"] = " ".join(when)
    among = _AMONG_RE.search(clause) or (opening and _AMONG_RE.search(opening.group(0)))
    if not among and re.fullmatch(r"\s*(?:at|on)\s+", before):
        among = _AMONG_RE.search(text, lo, fig.start)  # "highest among those aged 18 to 34, at 58%"
    if among:
        tags["among"] = among.group(1).lower()
    basis = _BASIS_RE.search(clause) or (opening and _BASIS_RE.search(opening.group(0))) \
        or _COMPARED_OPENING_RE.match(text, lo, fig.start)
    if basis:
        tags["basis"] = _SPACE.sub(" ", next(g for g in basis.groups() if g).lower().replace("-", " "))
    if _OTHER_RE.search(before) or _OTHER_RE.search(text, max(lo, fig.start - 40), fig.start):
        tags["other"] = "yes"
    return ";".join(f"{k}:{v}" for k, v in tags.items())


_PRODUCT_TERM_RE = re.compile(r"\s+(?:fixed[\s-]+(?:rate\s+)?)?(?:mortgages?|bonds?|notes?|treasur(?:y|ies)|yields?|loans?|gilts?|"
                              r"bunds?|deals?|contracts?|leases?|highs?|lows?|fixes|fixed)\b", re.IGNORECASE)
# "another school", "the other school", "a second vaccine": explicitly not the thing before
_OTHER_RE = re.compile(r"\b(?:another|the\s+other|other|a\s+(?:second|third|fourth|rival|separate|different)|"
                       r"its\s+rival|the\s+rival)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)
# "in dollar terms", "year on year", "adjusted for inflation": what the figure is measured against
_BASIS_RE = re.compile(r"\b(?:in\s+([a-z]+)\s+terms|((?:year|month|quarter|week)[\s-]on[\s-](?:year|month|quarter|week))|"
                       r"(annuali[sz]ed|seasonally\s+adjusted|adjusted\s+for\s+inflation|inflation[\s-]adjusted)|"
                       # "2.8% larger than before the pandemic", "Compared with the same quarter last year,"
                       r"(?:than|compared\s+(?:with|to))\s+((?:the\s+)?[a-z]+(?:\s+[a-z]+)?))\b",
                       re.IGNORECASE)
# "Compared with the same quarter last year, the economy was 1.9% larger."
_COMPARED_OPENING_RE = re.compile(r"\s*(?:Compared|Measured)\s+(?:with|to|against)\s+((?:the\s+)?[a-z]+(?:\s+[a-z]+)?)[^,.;]{0,40},")
# a time counted back from now or from the story's time: "a month ago", "a year earlier"
_AGO_RE = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:year|month|week|day|decade)s?"
                     r"\s+(?:ago|earlier|before)\b|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|month|quarter|week)\b",
                     re.IGNORECASE)
_AMONG_RE = re.compile(
    r"\b(?:in|among|for)\s+(?:the\s+)?(men|women|boys|girls|children|adults|teenagers|teens|pensioners|seniors|"
    r"retirees|students|graduates|smokers|non-smokers|whites?|black|hispanics?|asians?|under-\d+s|over-\d+s|"
    r"(?:white|black|hispanic|asian|older|younger)\s+(?:workers|people|adults|women|men|voters)|"
    # "among those aged 18 to 34", "Among people aged 65 and over,", "among Labour voters"
    r"(?:those|people|adults|voters|respondents|men|women)\s+aged\s+\d+(?:\s*(?:to|-|–)\s*\d+|"
    r"\s+(?:and|or)\s+(?:over|above|older|under|younger|more))?|"
    r"(?:[A-Z][a-z]+|young|older|undecided|swing|first-time)\s+(?:voters|supporters|members))(?!\w)", re.IGNORECASE)
_HOLDER_RE = re.compile(r"(?:^|[.;]\s+)(?:The\s+|the\s+)?([a-z]+)\s+(?:has|had|have)\s+(?:a|an)\s+[a-z]+\s+of\s+$")


def _holder(text: str, fig: Figure, lo: int) -> str:
    """"The island has a population of 120,000": the island's."""
    m = _HOLDER_RE.search(text, max(0, lo - 2), fig.start)
    return m.group(1) if m else ""


# "Health care added 31,000 jobs and construction 34,000": after the figure's noun, "and", a new
# subject and a figure with the verb left out
_GAPPED_AFTER_RE = re.compile(r"(?P<noun>(?:\s+[a-z][\w-]*){0,3}?)\s*,?\s+and\s+(?:the\s+)?"
                              r"(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:(?:US|C|A)?\$|[£€])?\d")


def _gapped_subject(text: str, fig: Figure, lo: int) -> str:
    """The subject of a figure whose sentence gives another subject's figure with the verb left
    out ("Health care added 31,000 jobs and construction 34,000"): the sentence contrasts the
    subjects, so each figure is its subject's own, not the whole's ("employers added 142,000
    jobs"). '' for any other figure."""
    m = _GAPPED_AFTER_RE.match(text, fig.end, fig.sentence[1])
    if not m or any(_is_verb(w) for w in (m.group("noun") + " " + m.group("subject")).split()):
        return ""
    return _subject_before(text, fig.start, lo)[0].lower()


def _is_verb(word: str) -> bool:
    return word in _VERBS or word in ("had", "has", "added", "grabbed") or (word.endswith("ed") and len(word) > 4)


_CLAUSE_BREAK_RE = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s|\s[-–—]\s")
_SETTING_RE = re.compile(
    r"(?P<quarter>\b(?:first|second|third|fourth)\s+quarter\b|\bq[1-4]\b"
    r"|\b(?:three|3)\s+months\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?:march|june|september|december)\b"
    r"|\b(?:january|april|july|october)\s*[-–]\s*(?:march|june|september|december)\s+(?:quarter|period)\b)"
    r"|\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\b"
    r"|\b(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|November|December))\b"
    r"|\b(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<period>(?:last|this|next)\s+(?:year|month|week|season|quarter)|the\s+weekend|overnight)\b"
    r"|\b(?P<nth>first|second|third|fourth|fifth)\b"
    r"|\b(?:in|at|near)\s+(?:the\s+)?(?:(?-i:[a-z]+\s+)?(?:town|city|village|province|state|county|region|district|borough|port)\s+of\s+)?(?P<place>(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))",
    re.IGNORECASE)


# A figure that defines a group rather than states a fact: "those who walked at least 7,000
# steps", "households earning less than $30,000", and "5,100 walked fewer than 5,000 steps"
# (the figure says which 5,100).
_CONDITION_RE = re.compile(
    r"(?:\b(?:those|people|anyone|participants|adults|children|patients|respondents|households|families|"
    r"men|women|drivers|users|customers|students|workers|smokers|employees|companies|firms)\s+"
    r"(?:(?:who|that)\s+(?:[a-z]+\s+){1,2}|(?:earning|making|with|having|taking|walking|living|paying)\s+)"
    # (not "Its 86,000 members include 41,200 nurses": the parts of a whole)
    r"|^\s*(?:about|some|nearly|almost|over|only)?\s*\d[\d,.]*(?:\s+[a-z]+){1,2}\s+(?<!include\s)(?<!includes\s)"
    r"(?<!included\s)(?<!comprise\s)(?<!comprises\s))$", re.IGNORECASE)


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last comma, 'and', 'but' or dash."""
    start = lo
    for m in _CLAUSE_BREAK_RE.finditer(text, lo, pos):
        start = m.end()
    return start


_PART_OF_RE = re.compile(r"\s+of\s+(?:the|their|its|those|these|them|his|her|our)\b", re.IGNORECASE)


def _is_condition(text: str, fig: Figure, lo: int) -> bool:
    start = _clause_start(text, lo, fig.start)
    clause = text[start : fig.start]
    m = _CONDITION_RE.search(clause)
    return bool(m) and not set(clause[m.start() :].lower().split()) & _REPORTING_VERBS


_REPORTED_ON_RE = re.compile(
    r"\b(?:said|says|told|reported|announced|confirmed|added)\s+(?:on\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b", re.IGNORECASE)
_OPENING_PHRASE_RE = re.compile(r"\s*(?:In|At|Across|On|By|During|Since|Near|Among)\s+[^,.;]{1,60},")


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "march": 1, "june": 2, "september": 3,
                  "december": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}


def _quarter(phrase: str) -> str:
    """'second quarter', 'three months to June', 'April-June quarter', 'Q2' -> 'q2'."""
    words = re.findall(r"[a-z0-9]+", phrase.lower())
    key = words[0] if words[0] in ("first", "second", "third", "fourth") or words[0].startswith("q") else next(
        w for w in reversed(words) if w in _QUARTER_WORDS)
    return f"q{_QUARTER_WORDS[key]}"


def _own_clause(text: str, fig: Figure, lo: int, hi: int) -> tuple[str, str]:
    """The figure's own clause, before and after it. A relative clause before the figure's verb
    is not its own: in "An earthquake that struck late on Saturday has killed 2,412 people",
    Saturday is when it struck."""
    brk = _CLAUSE_BREAK_RE.search(text, fig.end, hi)
    before = text[_clause_start(text, lo, fig.start) : fig.start]
    rel = _RELATIVE_RE.search(before)
    verb = rel and _MAIN_VERB_RE.search(before, rel.end())
    if verb:
        before = before[: rel.start()] + before[verb.start() :]
    return before, text[fig.end : brk.start() if brk else hi]


_RELATIVE_RE = re.compile(r"\b(?:that|which|who)\s")
_MAIN_VERB_RE = re.compile(r"\s(?:has|have|had|will|would|could|may|might)\s+(?:[a-z]+\s+)?[a-z]+\s+\S*$")


def _times(clause: str, tallies: bool = True) -> list[str]:
    """The days, months, years, quarters and periods a clause names ("second quarter" and "Q2"
    alike); without `tallies`, not the time a running count is given as of ("By Wednesday
    evening the blaze had destroyed")."""
    return [_quarter(m.group("quarter")) if m.group("quarter") else
            next(v for k, v in m.groupdict().items() if v and k != "place").lower()
            for m in _SETTING_RE.finditer(clause)
            if (m.group("quarter") or m.group("day") or m.group("month") or m.group("year") or m.group("period"))
            and not _SINCE_RE.search(clause, 0, m.start())
            and not (m.group("day") and _SAID_ON_RE.search(clause, 0, m.start()))
            and (tallies or not _BY_TIME_RE.search(clause, 0, m.start()))]


_BY_TIME_RE = re.compile(r"\b(?:by|as\s+of)\s+(?:the\s+(?:end\s+of\s+)?)?$", re.IGNORECASE)


# "..., the company said on Monday": the day of the report, not of the figure (see _setting)
_SAID_ON_RE = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|added)\s+(?:on\s+)?$", re.IGNORECASE)


# "16 crashes since 2021": a tally from then to now, not a figure of 2021
_SINCE_YEAR_RE = re.compile(r"\b(?i:since)\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?((?:19|20)\d\d|"
                            r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                            r"(?:\s+(?:19|20)\d\d)?)\b")
_SINCE_RE = re.compile(r"\bsince\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?$", re.IGNORECASE)


def _setting(text: str, fig: Figure, lo: int, hi: int) -> list[str]:
    """When and where, in the figure's own clause: days, months, years, places after 'in' or
    'at' that follow the figure, 'first'/'second'; and the place a sentence opens with ("In
    Texas, ..."). Two figures of a generic measure ("people killed") are compared only when
    their settings are the same."""
    before, after = _own_clause(text, fig, lo, hi)
    start = fig.start - len(before)
    times = _times(before + " " + after, tallies=False)  # a tally's time is a tag (see _tags)
    words = set(times)
    for m in _SETTING_RE.finditer(after):
        if m.group("place") or m.group("nth"):
            # (a place only after the figure: "Floods in Kenya have killed 70" is the place of
            # the subject, not of the count)
            words.add(next(v for v in m.groupdict().values() if v).lower())
    for m in _SETTING_RE.finditer(before):
        if m.group("nth"):
            words.add(m.group("nth").lower())
    when = _YEAR_WHEN_RE.search(text, lo, fig.start)
    if when:
        words.add(when.group(1))  # "the deadliest since 2016, when two trains collided, killing 23"
    opening = _OPENING_PHRASE_RE.match(text, lo, fig.start)
    if re.search(r"\balone\b", text[opening.start() if opening else start : fig.start], re.IGNORECASE):
        words.add("alone")  # "In Riverton alone, 3 people died": a part of a larger toll
    if opening and opening.end() <= start:
        # "In Texas, 1.2 million people lost power. In Louisiana, ...": the place the sentence
        # opens with; and its time when it says when ("In 2015, two earthquakes killed ..."),
        # but not "By Tuesday," or "Since March,", which may be a later tally of the same count
        tally = re.match(r"\s*(?:By|Since)\b", opening.group(0))
        for m in _SETTING_RE.finditer(opening.group(0)):
            if m.group("place") or not tally and (m.group("year") or m.group("month") or m.group("day")):
                words.add(next(v for v in m.groupdict().values() if v).lower())
    return sorted(words)


_YEAR_WHEN_RE = re.compile(r"\b((?:19|20)\d\d),?\s+when\b")
_REFERENCE_BEFORE_RE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|than|before)\s+"
    r"(?:(?:the\s+)?(?:[a-z]+\s+){0,2}?[a-z]+(?:'s|’s)\s+)?(?:(?:US|C|A)?\$|[£€])?\s*$",  # "than this year's $1.78 billion"
    re.IGNORECASE)
_REFERENCE_AFTER_RE = re.compile(
    r"^[^.;:]{0,40}?\b(?:(?:a|one)\s+(?:year|month|quarter|week)\s+(?:earlier|ago|before)"
    r"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|month|quarter|week|day)|last\s+(?:year|month|quarter|week))\b",
    re.IGNORECASE)


def _reference_tag(text: str, fig: Figure, lo: int, hi: int) -> str:
    """'from' for the old value of a change ("rose to 3.9% from 3.7%", "up from 240", "than
    5%"), 'earlier' for a value of an earlier period ("rising 0.5% the previous month"): figures
    of another moment, never compared with the current one; 'forecast' for what someone
    expected, planned or aims at ("had expected inflation of 3.3%", "plans to hire 500")."""
    if _REFERENCE_BEFORE_RE.search(text, max(lo, fig.start - 24), fig.start):
        return "from"
    if _REFERENCE_AFTER_RE.match(text[fig.end : hi]):
        return "earlier"
    start = _clause_start(text, lo, fig.start)
    if _FORECAST_RE.search(text, start, fig.start):
        return "forecast"
    return ""


# "Economists had expected inflation of 3.3%", "analysts' estimates of $2.2 billion", "a target
# of 2%": what someone expected or aims at, never compared with what happened
_FORECAST_RE = re.compile(
    r"\b(?:expect(?:s|ed|ing|ations?)?|forecasts?|forecasted|predict(?:s|ed|ions?)?|project(?:s|ed|ions)"
    r"|anticipated?|targets?|targeted|goals?|aims?|aimed|consensus|estimates|would|could|might|may|plans?|planned)\b",
    re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# The extractor


_CODE_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(CURRENCY_CODES) + r")$")
_GLUED_OK_RE = re.compile(
    r"[" + "".join(CURRENCY_SIGNS_AFTER) + r"]|pc?\b|bps?\b|" + _SCALE_ABBR_TIGHT + r"\b|M?(?:" + "|".join(CURRENCY_CODES) + r")\b|(?:"
    + "|".join(re.escape(u) for u in _PHYS_SORTED if " " not in u) + r")\b",
    re.IGNORECASE,
)


_MAJOR_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CAD", "AUD", "CHF", "HKD", "SGD"}


def _is_label(text: str, start: int, end: int) -> bool:
    """Numbers that are names: MS-13, COVID-19, G7, Article 5, 18th Street, 4x4, A320."""
    before = text[max(0, start - 14) : start]
    after = text[end : end + 3]
    if before[-1:].isalpha() or (before[-1:] in "-–" and before[-2:-1].isalpha()
                                 and not re.search(r"\d[A-Za-z]{1,3}[-–]$|\b(?:mid|pre|post|early|late)[-–]$", before, re.I)):
        # "MS-13" and "COVID-19" are names; "USD115" is money and "5k-20k" a range; "COP28" is a
        # summit, not 28 Colombian pesos
        code = _CODE_BEFORE_RE.search(before)
        return not code or end - start <= 2 and code.group(0).upper() not in _MAJOR_CODES

    if after[:1].isalpha() and not _GLUED_OK_RE.match(text, end):
        # 18th, 3D, 4x4 (but not 6m, 4.5bn)
        return True
    if re.match(r"G\b", after):
        return True  # "5G" is a network generation; grams are written "5g"
    if re.match(r"/\d", after) or before[-1:] == "/":
        return True  # "24/7", "9/11" (fractions such as 3/4 are read before this)
    if re.match(r"[-–][A-Za-z]\b", after) and not re.match(r"-an?-", text[end : end + 4], re.IGNORECASE):
        return True  # "Form 10-K", "T-1000"; but "$10,000-a-year" is a rate
    if after[:1] in "-–" and after[1:2].isdigit() and before[-1:] not in " ($£€":
        return False
    if re.search(r"\bGroup\s+of\s+$", before):
        return True  # "the Group of 20"
    prev = before.rstrip().rsplit(None, 1)[-1].lower().rstrip(".#") if before.strip() else ""
    if prev in LABEL_WORDS and _PERCENT_AFTER_RE.match(text, end):
        return False  # "a figure 38% higher", "level 4%": no label is numbered in percent
    return prev in LABEL_WORDS and before[-1:] in " #"


_PERCENT_AFTER_RE = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)


_MOMENT_GAP_RE = re.compile(r"\s*,\s*")
_EVENT_AFTER_RE = re.compile(r"[^,.;:()]{1,60}")


_LEVEL_FROM_RE = re.compile(r"\s*,?\s+(?:(?:up|down)\s+)?(?:from|against|compared\s+with)\s+", re.IGNORECASE)
_MOMENT_AFTER_RE = re.compile(r",?\s+in\s+((?:1[6-9]|20)\d\d)\b")


def _moment_anchor(text: str, rel: Figure, years: list[Figure], figures: list[Figure]) -> int | None:
    """The year a relative year hangs on when the year right before it names the moment: for
    "120 years after it opened", the latest earlier year of the same event ("opened to the
    public in 1793"; "16 years after the quake", "the earthquake of February 22, 2011"); for
    "four years later", the year stated before that moment, in its sentence or the two before.
    None when the text gives no such year."""
    earlier = [y for y in years if y.end <= rel.start]
    if rel.context in ("after", "before"):
        clause = _EVENT_AFTER_RE.match(text, rel.end)
        events = {_stem(w) for w in _WORD.findall(clause.group(0)) if w.isalpha() and w.lower() not in STOP_WORDS} \
            if clause else set()
        previous_end = {id(f): figures[k - 1].end for k, f in enumerate(figures) if k and f.kind == "year"}
        for y in reversed(earlier):
            # the words of the year's own clause: from the figure before it ("It opened in 1793
            # and closed in 1850": 1850 is the closing; "fell ... before the quake to 341,000 in
            # 2013": 2013 is the fall's) or 60 characters back
            floor = max(y.sentence[0], y.start - 60, previous_end.get(id(y), 0))
            words = {_stem(w) for w in _WORD.findall(text, floor, y.start)}
            if any(w == e or len(e) >= 4 and w.endswith(e) for e in events for w in words):
                return int(y.value)  # ("the earthquake of 2011" is the quake's)
        return None
    if not earlier:
        return None
    last = earlier[-1]
    between = text[last.sentence[0] : rel.start]
    return int(last.value) if "\n" not in between and len(sentence_spans(between)) <= 3 else None


_MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 3)
# "on Saturday, 14 June 2025", "on Monday, July 14, 2025": a day written with its weekday is the
# story's own time
_DATELINE_RE = re.compile(rf"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})|"
                          rf"(?:{_MONTH_NAMES})\s+\d{{1,2}},?)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _dateline_year(text: str) -> int | None:
    """The year of the story, where the text gives it with a weekday and a day; the latest of
    them when it gives several."""
    years = [int(m.group(1)) for m in _DATELINE_RE.finditer(text)]
    return max(years) if years else None


def extract(text: str, *, reference_year: int | None = None) -> list[Figure]:
    """Every figure of `text`, in order of position.

    `reference_year` (the publication year, when known; else the year of a date the text writes
    with its weekday) anchors "two years ago"; other relative years hang on the nearest calendar
    year stated before them.
    """
    if not text:
        return []
    sentences = sentence_spans(text)
    sentence_starts = [s for s, _ in sentences]
    excluded: list[tuple[int, int]] = [
        m.span() for r in (PHONE_RE, TIME_RE, NUMERIC_DATE_RE) for m in r.finditer(text)
    ]
    excluded.sort()
    excluded_starts = [s for s, _ in excluded]

    def is_excluded(s: int, e: int) -> bool:
        i = bisect.bisect_right(excluded_starts, s) - 1
        return i >= 0 and excluded[i][0] <= s < excluded[i][1]

    figures: list[Figure] = []
    slots: dict[str, tuple[str, tuple[str | None, ...]]] = {}
    # "two years ago" counts back from the time of writing, never from a year the text states
    now = reference_year if reference_year is not None else _dateline_year(text)
    last_year: int | None = None
    seen_years: dict[int, None] = {}  # the years stated so far, each once, in order of first mention
    last_year_sentence = 0
    pos = 0
    # "its 125th anniversary", "the centenary": years since something, read apart from the numbers
    anniversaries = deque(a for a in _anniversaries(text) if not is_excluded(a[0], a[1]))
    while True:
        m = NUMBER_RE.search(text, pos)
        while anniversaries and anniversaries[0][0] < pos:
            anniversaries.popleft()
        if anniversaries and (m is None or anniversaries[0][0] <= m.start()):
            a = anniversaries.popleft()
            fig = _anniversary(text, *a)
            pos = a[1]
        elif m is None:
            break
        else:
            fig = _read_figure(text, m, is_excluded)
            if fig is None:
                # a word run that did not read as a number may hold one further on ("first three")
                pos = m.start() + 1 if m.group("words") else m.end()
                continue
            # Two numbers joined as a range: "120 to 150", "between 20 and 30", "5,000-7,500".
            fig = _maybe_range(text, fig, is_excluded)
            fig = _maybe_bounded_pair(text, fig, is_excluded)
            fig = _maybe_over(text, fig)
            pos = max(fig.end, m.start() + 1)
            joined = _compound_duration(text, figures[-1], fig) if figures else None
            if joined is not None:
                figures.pop()  # "2 hours, 9 minutes and 14 seconds": one duration
                fig = joined
        si = bisect.bisect_right(sentence_starts, fig.start) - 1
        fig.sentence = sentences[max(si, 0)]
        if not fig.is_total and fig.kind == "figure" and _TOGETHER_RE.match(text, fig.sentence[0], fig.start) \
                and not any(f.sentence == fig.sentence and f.unit == fig.unit for f in figures[-6:]):
            fig.is_total = True  # "Together the two sides spent $19.5 million": the sum of figures before
        if fig.kind == "year":
            last_year, last_year_sentence = int(fig.value), max(si, 0)
            seen_years.setdefault(int(fig.value))
            # "born in 1990"; "born in Tucson in 1981", with the place between
            fig.context = fig.context or ("born" if _BORN_PLACE_RE.search(text, max(0, fig.start - 60), fig.start)
                                          else word_before(text[max(0, fig.start - 40) : fig.start]))
        elif fig.kind == "relative_year":
            sign = RELATIVE_YEAR_WORDS.get(fig.context, 1)
            moment = figures[-1] if figures and figures[-1].kind == "year" \
                and _MOMENT_GAP_RE.fullmatch(text, figures[-1].end, fig.start) else None
            if fig.context == "ago":
                if now is not None:
                    fig.resolved_year = now - int(fig.value)
            elif moment is not None:
                # "in 1911, 120 years after it opened", "In 2023, four years later": the year
                # before names the moment itself; what it hangs on is another year
                anchor = _moment_anchor(text, fig, [y for y in figures if y.kind == "year" and y is not moment], figures)
                if anchor is not None:
                    fig.resolved_year = anchor + sign * int(fig.value)
            else:
                # "Four years later" hangs on a year stated in this or the two sentences before it;
                # further back, or in another paragraph, it is read against the publication year.
                near = last_year is not None and max(si, 0) - last_year_sentence <= 2 and \
                    "\n" not in text[sentences[last_year_sentence][0] : fig.start]
                anchor = last_year if near else reference_year
                stated = _MOMENT_AFTER_RE.match(text, fig.end)
                if anchor is None and stated:
                    # "sank in 1893. [...another paragraph...] The wreck was found 127 years later, in
                    # 2021": a year stated with it that all but fits a year before hangs it there
                    moment = int(stated.group(1)) - sign * int(fig.value)
                    near_years = [y for y in seen_years if abs(y - moment) <= 2]
                    anchor = min(near_years, key=lambda y: abs(y - moment), default=None)
                if anchor is not None:
                    fig.resolved_year = anchor + sign * int(fig.value)
        if fig.unit == "count" and fig.kind == "figure" and figures and figures[-1].sentence == fig.sentence \
                and (figures[-1].unit in _AMOUNT_UNITS or figures[-1].unit in ("seconds", "minutes", "hours")) \
                and _LEVEL_FROM_RE.fullmatch(text, figures[-1].end, fig.start) \
                and not _noun_phrase(text, fig.end, fig.sentence[1])[0]:
            fig.unit = figures[-1].unit  # "fell to 870,000 tonnes from 910,000": tonnes too
        if fig.unit == "count" and fig.scaled and figures and figures[-1].sentence == fig.sentence \
                and figures[-1].unit in CURRENCY_CODES and not _noun_phrase(text, fig.end, fig.sentence[1])[0]:
            fig.unit = figures[-1].unit  # "Of the £4.8 billion, 3.1 billion will go on ...": pounds too
        if fig.kind != "relative_year":
            _suggest_measure(text, fig, slots)
        figures.append(fig)
    slots = _full_names(figures, slots)
    _fill_open_slots(figures, slots)
    _fill_open_times(text, figures)
    _join_on_board(text, figures)
    _join_burned(text, figures)
    _join_sized(text, figures)
    _link_people(text, figures)
    _mark_partitions(text, figures, sentences)
    _mark_shares(text, figures)
    _mark_remaining_shares(text, figures)
    _mark_changes(text, figures)
    _mark_share_of(text, figures)
    _mark_share_of_before(text, figures)
    _mark_share_of_named(text, figures)
    _mark_change_on_named_level(text, figures)
    _mark_share_of_level(text, figures)
    _mark_multiple_of_named(text, figures)
    _mark_sibling_shares(text, figures)
    _mark_remaining_of_share(text, figures)
    _mark_majorities(text, figures)
    _mark_gaps_between_two(text, figures)
    _mark_densities(text, figures)
    _mark_averages(text, figures)
    _mark_each_totals(text, figures)
    _mark_add_ons(text, figures)
    _mark_each_averages(text, figures)
    _mark_of_which_leaving(text, figures)
    _mark_included(text, figures)
    _mark_composed(text, figures)
    _mark_breakdowns(text, figures)
    _mark_votes(text, figures)
    _mark_leaving(text, figures)
    _mark_balances(text, figures)
    _mark_on_top(text, figures)
    _mark_net_of(text, figures, sentences)
    _mark_gap_closed(text, figures)
    _mark_records(text, figures)
    _mark_closing_spans(text, figures, sentences)
    _mark_work_spans(text, figures)
    _mark_speeds(text, figures)
    _mark_fates_on_board(text, figures)
    if now is not None:
        _mark_lifespans(text, figures, now)
    return figures



# "have won 14, drawn four and lost three of their 20 league games": a record and the games it is of
_RESULT_BEFORE_RE = re.compile(r"\b(?P<verb>won|winning|drawn|drew|drawing|lost|losing|tied|tying)\s+$", re.IGNORECASE)
_RESULTS = {"won": "w", "winning": "w", "drawn": "d", "drew": "d", "drawing": "d", "tied": "d", "tying": "d",
            "lost": "l", "losing": "l"}
# "won 14 ... of their 20 league games", "1,080 wins and 227 losses in 1,317 matches"
_GAMES_OF_RE = re.compile(r"\s+(?:of|in|from|over)\s+(?:(?:their|its|his|her|the)\s+)?(?:[a-z-]+\s+){0,2}?$", re.IGNORECASE)
_GAME_NOUNS = ("game", "match", "matche", "fixture", "contest", "outing", "bout", "start", "race")
# "1,080 wins and 227 losses": results told as nouns
_RESULT_NOUNS = {"win": "w", "victory": "w", "victorie": "w", "draw": "d", "tie": "d", "loss": "l", "losse": "l",
                 "defeat": "l"}


def _mark_records(text: str, figures: list[Figure]) -> None:
    """A win-draw-loss record against the games it is of: "Rovers have won 14, drawn four and lost
    three of their 20 league games" (21 games). Every game is won, drawn or lost, so with all three
    stated they add up to the games; with no draw stated ("won 31 and lost 12 of their 45
    games"), they are at most the games."""
    by_sentence: dict[tuple[int, int], list[Figure]] = defaultdict(list)
    for fig in figures:
        if fig.kind == "figure" and fig.unit == "count" and not fig.arithmetic_group and not fig.qualifier:
            by_sentence[fig.sentence].append(fig)
    for figs in by_sentence.values():
        results: dict[str, Figure] = {}
        games = []
        for fig in figs:
            verb = _RESULT_BEFORE_RE.search(text, max(fig.sentence[0], fig.start - 12), fig.start)
            noun = (fig.noun or _noun_phrase(text, fig.end, fig.sentence[1])[0]).lower().split()
            key = _RESULTS[verb.group("verb").lower()] if verb else \
                _RESULT_NOUNS.get(noun[0].removesuffix("s")) if len(noun) == 1 else None
            if key:
                results[key] = None if key in results else fig  # a result stated twice: not one record
            if noun and noun[-1].rstrip("s") in _GAME_NOUNS \
                    and _GAMES_OF_RE.search(text, max(fig.sentence[0], fig.start - 30), fig.start):
                games.append(fig)
        parts = [f for f in results.values() if f is not None]
        if len(games) != 1 or len(parts) != len(results) or not {"w", "l"} <= results.keys() \
                or any(p is games[0] or p.value >= games[0].value for p in parts):
            continue
        if len(parts) == 3:
            for f in (games[0], *parts):
                f.arithmetic_group = f"w{games[0].start}"
        else:
            _tie_included(games[0], parts)


# "power had been restored to 180,000 homes, leaving 45,000 still cut off"
_LEAVING_RE = re.compile(r"[^.;:%\d()]{0,40}?,\s*leaving\s+(?:(?:just|only|some|about|around|another|a\s+further)\s+)?",
                         re.IGNORECASE)


_OF_WHICH_RE = re.compile(r"[^.;:%\d()]{0,40}?,\s*of\s+(?:which|whom|it|this)\s+(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


def _mark_leaving(text: str, figures: list[Figure]) -> None:
    """A whole split in two by "leaving": "Storm Darragh left 240,000 homes without power ... By
    Tuesday evening, power had been restored to 180,000 homes, leaving 45,000 still cut off." The
    two parts are all of the whole: the one figure of their unit in the sentence right before
    that counts what the first part counts (its noun's last word) and is larger than each."""
    for n, (first, rest) in enumerate(zip(figures, figures[1:], strict=False)):
        if first.kind != "figure" or rest.kind != "figure" or first.unit != rest.unit or first.unit != "count" \
                or first.arithmetic_group or rest.arithmetic_group or first.qualifier or rest.qualifier \
                or not first.noun or not _LEAVING_RE.fullmatch(text, first.end, rest.start):
            continue
        head = _stem(first.noun.split()[-1])
        before = [f for f in figures[:n] if f.sentence != first.sentence and f.sentence[1] <= first.sentence[0]]
        before = [f for f in before if f.sentence == before[-1].sentence] if before else []
        wholes = [f for f in before if f.kind == "figure" and f.unit == first.unit and f.noun
                  and _stem(f.noun.split()[-1]) == head and not f.arithmetic_group]
        if len(wholes) == 1 and wholes[0].value > max(first.value, rest.value):
            for f in (wholes[0], first, rest):
                f.arithmetic_group = f"w{wholes[0].start}"


def _mark_of_which_leaving(text: str, figures: list[Figure]) -> None:
    """A whole, the part "of which", and what that leaves, in one sentence: "weighed 4,100 kg at
    launch, of which 2,660 kg was fuel, leaving 1,540 kg for the spacecraft". The two parts are
    all of the whole."""
    for whole, first, rest in zip(figures, figures[1:], figures[2:], strict=False):
        if all(f.kind == "figure" and not f.arithmetic_group and f.unit == whole.unit for f in (first, rest)) \
                and whole.kind == "figure" and not whole.arithmetic_group and whole.unit != "percent" \
                and whole.sentence == rest.sentence and not first.qualifier and not rest.qualifier \
                and whole.value > max(first.value, rest.value) \
                and _OF_WHICH_RE.fullmatch(text, whole.end, first.start) and _LEAVING_RE.fullmatch(text, first.end, rest.start):
            for f in (whole, first, rest):
                f.arithmetic_group = f"w{whole.start}"


# the approximating words a figure restated after "or" / "including" may carry
_APPROX = r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?"
# "imports of $312.4 billion and exports of $241.9 billion, leaving a trade deficit of $70.5
# billion": between the two sums, then from the second to the balance of the two
_BALANCE_TERMS_RE = re.compile(r"[^.;:%\d()]{0,60}?(?:,\s*|\s+)(?:and|while|but|whereas|against|compared\s+with)\s+"
                               r"[^.;:%\d()]{0,40}?", re.IGNORECASE)
_BALANCE_RE = re.compile(r"[^.;:%\d()]{0,40}?,\s*(?:leaving|giving|producing|creating|making|for|with)?\s*(?:a|an)\s+"
                         r"(?:(?:trade|budget|fiscal|current[\s-]account|operating|net|record|monthly|annual)\s+)?"
                         r"(?:(?:goal|points?)\s+)?(?:deficit|surplus|shortfall|gap|profit|difference)\s+of\s+" + _APPROX
                         + r"(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


def _mark_balances(text: str, figures: list[Figure]) -> None:
    """Two sums and the balance between them: "Imports rose to $312.4 billion while exports were
    $241.9 billion, leaving a trade deficit of $78.5 billion" (a $70.5 billion gap). Tied as a
    gap between two levels side by side, so that the rules check the difference ("scored 78
    goals and conceded 41, a goal difference of +35": 37)."""
    for a, b, c in zip(figures, figures[1:], figures[2:], strict=False):
        if not (a.kind == b.kind == c.kind == "figure" and a.unit == b.unit == c.unit) \
                or a.unit in _NO_DIFFERENCE_UNITS or a.unit in _CHANGE_UNITS \
                or not a.sentence == b.sentence == c.sentence or a.arithmetic_group or b.arithmetic_group \
                or c.arithmetic_group or not _BALANCE_TERMS_RE.fullmatch(text, a.end, b.start) \
                or not _BALANCE_RE.fullmatch(text, b.end, c.start):
            continue
        key = f"chg{c.start}"
        c.arithmetic_group, a.arithmetic_group, b.arithmetic_group = f"{key}:gap", f"{key}:new", f"{key}:old"
    for n, (a, b) in enumerate(zip(figures, figures[1:], strict=False)):
        # the net figure first: "Net migration fell to 431,000 in the year to June, after 728,000
        # people arrived and 380,000 left"; also past the level it fell from ("fell to 431,000 ...,
        # from 728,000 a year earlier, as 908,000 people arrived and 467,000 left"), when the words
        # say what came and what went
        if not (a.kind == b.kind == "figure" and a.unit == b.unit) or a.unit not in _INCLUDED_UNITS \
                or a.sentence != b.sentence or a.arithmetic_group or b.arithmetic_group or not a.value > b.value \
                or not _BALANCE_TERMS_RE.fullmatch(text, a.end, b.start):
            continue
        c = figures[n - 1] if n else None
        if c is None or c.kind != "figure" or c.unit != a.unit or c.sentence != a.sentence or c.arithmetic_group \
                or not _NET_AFTER_RE.fullmatch(text, c.end, a.start) or not _NET_BEFORE_RE.search(text, c.sentence[0], c.start):
            c = None
            if _CAME_IN_RE.fullmatch(text, a.end, b.start) and _WENT_OUT_RE.match(text, b.end):
                c = next((f for f in reversed(figures[max(0, n - 6) : n]) if f.sentence == a.sentence and f.unit == a.unit
                          and f.kind == "figure" and f.value < a.value and not f.arithmetic_group.endswith(":old")
                          and not _FROM_BEFORE_RE.search(text, max(0, f.start - 12), f.start)
                          and _NET_BEFORE_RE.search(text, f.sentence[0], f.start)), None)
        if c is None:
            continue
        key = f"chg{c.start}"
        _tie(c, key, "gap")  # it may be a change's new level as well ("fell to 431,000 from 728,000")
        _tie(a, key, "new")
        _tie(b, key, "old")


# what came in and what went out: "as 908,000 people arrived and 467,000 left"
_CAME_IN_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:arrived|came|immigrated|entered|joined|moved\s+in|were\s+hired|"
                         r"signed\s+up|arrivals|immigrants|inflows|hires|joiners)\b[^.;:%\d]{0,40}?(?:\s+and|,|\s+while|\s+but)\s+$",
                         re.IGNORECASE)
_WENT_OUT_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:left|departed|emigrated|moved\s+out|quit|departures|emigrants|outflows|"
                          r"leavers)\b", re.IGNORECASE)


# "Net migration fell to 431,000 ..., after 728,000 people arrived and 380,000 left": a net figure,
# then what came and what went
_NET_BEFORE_RE = re.compile(r"\bnet\b[^.;:%\d()]{0,40}$", re.IGNORECASE)
_NET_AFTER_RE = re.compile(r"[^.;:%\d()]{0,60}?,?\s+(?:after|as|with)\s+[^.;:%\d()]{0,20}?", re.IGNORECASE)


# "3,200 jobs on top of the 1,800 announced in March, bringing the total to 5,000": a figure added
# to an earlier one, and the total the two make
# ("Gift Aid added £410,000 to the £3.4m, bringing the total to £3.71m": the added part first)
# ("Another 3,960 people were in shelters, bringing the total counted as homeless to 5,570")
_ON_TOP_BEFORE_RE = re.compile(r"\b(?:(?:on\s+top\s+of|in\s+addition\s+to|adding\s+to|add(?:ed|s|ing)?\s+[^.;:%()]{1,40}?\s+to)"
                               r"\s+(?:the\s+|a\s+further\s+|another\s+)?|another\s+|a\s+further\s+)"
                               r"(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)
_BRINGING_TOTAL_RE = re.compile(r"[^.;:%\d()]{0,60}?,\s*(?:bringing|taking|lifting|raising|pushing)\s+(?:the|its|their)\s+"
                                r"(?:(?:overall|combined|total)\s+)?(?:total|tally|toll|number|count|sum)"
                                r"(?:\s+[a-z]+){0,3}?\s+to\s+" + _APPROX + r"(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


def _mark_on_top(text: str, figures: list[Figure]) -> None:
    """A figure added on top of an earlier one, and the total the two make: "The carmaker will cut
    3,200 jobs. The cuts come on top of 1,800 announced in March, bringing the total this year to
    5,000." The first part is the nearest figure of the unit before, in the sentence or the one
    before."""
    for n, (b, total) in enumerate(zip(figures, figures[1:], strict=False)):
        if n == 0 or b.kind != "figure" or total.kind != "figure" or b.unit != total.unit or b.unit not in _INCLUDED_UNITS \
                or b.arithmetic_group or total.arithmetic_group \
                or not _ON_TOP_BEFORE_RE.search(text, max(b.sentence[0], b.start - 30), b.start) \
                or not _BRINGING_TOTAL_RE.fullmatch(text, b.end, total.start):
            continue
        # the first part: the nearest figure of the unit before, smaller than the total, in this
        # sentence or the one right before ("will cut 3,200 jobs, about 8% of its 41,000 staff":
        # not the staff); it may be in another group too, as the part of a share
        a = next((f for f in reversed(figures[:n]) if f.kind == "figure" and f.unit == b.unit and not f.qualifier
                  and f.value < total.value and not f.arithmetic_group.endswith((":whole", ":old"))
                  and (f.sentence == b.sentence or not text[f.sentence[1] : b.sentence[0]].strip())), None)
        if a is None:
            continue
        key = f"w{total.start}"
        total.arithmetic_group = b.arithmetic_group = key
        _tie(a, key, "part")
    _mark_and_bringing(text, figures)


# ", bringing the total it must pay to": the total clause after two amounts joined by "and"
_BRINGING_TO_RE = re.compile(r",\s*(?:bringing|taking|lifting|raising|pushing)\s+(?:the|its|their)\s+(?:(?:overall|combined)\s+)?"
                             r"(?:total|tally|sum|bill)(?:\s+[a-z]+){0,4}?\s+to\s+" + _APPROX + r"(?:(?:US|C|A)?\$|[£€])?$",
                             re.IGNORECASE)


def _mark_and_bringing(text: str, figures: list[Figure]) -> None:
    """"was fined €2.4 million and ordered to pay €650,000 in costs after a spill ..., bringing the
    total it must pay to €3.15 million": two amounts of one unit joined by "and" in the total's
    sentence, the total after them, and nothing else of that unit in the sentence."""
    for n, total in enumerate(figures):
        if total.kind != "figure" or total.arithmetic_group or total.unit not in _INCLUDED_UNITS \
                or not _BRINGING_TO_RE.search(text, max(total.sentence[0], total.start - 80), total.start):
            continue
        same = [f for f in _back_to(figures, n, total.sentence[0]) if f.unit == total.unit]
        if len(same) != 2 or any(f.kind != "figure" or f.arithmetic_group or f.qualifier for f in same):
            continue
        a, b = same
        between = text[a.end : b.start]
        if len(between) > 60 or re.search(r"\d", between) or not re.search(r"\band\b", between) \
                or abs(a.value + b.value - total.value) > _FAR_FROM_WHOLE * total.value:
            continue
        key = f"w{total.start}"
        for f in (total, a, b):
            f.arithmetic_group = key


# "Clubs also received £1.12bn from player sales, leaving net spending of £740m": what came back,
# then the net figure; the gross one is stated before, with the net figure's noun
_LEAVING_NET_RE = re.compile(r"[^.;:%\d()]{0,60}?,\s*leaving\s+(?:an?\s+|the\s+)?net\s+(?P<noun>[a-z]{4,})\s+of\s+"
                             + _APPROX + r"(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)


def _mark_net_of(text: str, figures: list[Figure], sentences: list[tuple[int, int]]) -> None:
    """A gross figure, what is taken from it, and the net figure left: "Premier League clubs spent
    £1.96bn ... Clubs also received £1.12bn from player sales, leaving net spending of £740m". The
    gross figure is the nearest larger one of the unit in this sentence or the three before whose
    sentence names the net figure's noun before it ("spent", "spending"); tied as a gap between
    two levels, so that the rules check the difference."""
    for n, (b, c) in enumerate(zip(figures, figures[1:], strict=False)):
        m = _LEAVING_NET_RE.fullmatch(text, b.end, c.start) if b.unit == c.unit else None
        if m is None or b.kind != "figure" or c.kind != "figure" or b.arithmetic_group or c.arithmetic_group \
                or b.unit in _NO_DIFFERENCE_UNITS or b.unit in _CHANGE_UNITS:
            continue
        k = sentences.index(b.sentence) if b.sentence in sentences else 0
        floor = sentences[max(0, k - 3)][0] if sentences else 0
        named = re.compile(r"\b" + re.escape(m.group("noun")[:4]), re.IGNORECASE)
        # not the level before a change ("down from £2.36bn last year"): that is another time's
        gross = next((f for f in reversed(figures[:n]) if f.start >= floor and f.kind == "figure" and f.unit == b.unit
                      and f.value > b.value and not f.qualifier and ":old" not in f.arithmetic_group
                      and not _FROM_BEFORE_RE.search(text, max(0, f.start - 12), f.start)
                      and named.search(text, f.sentence[0], f.start)), None)
        if gross is not None:
            key = f"chg{c.start}"
            c.arithmetic_group, b.arithmetic_group = f"{key}:gap", f"{key}:old"
            _tie(gross, key, "new")


# "closes a $180 million shortfall with $95 million in cuts and $65 million from reserves", "to
# fill a £22bn black hole through £10bn of tax rises and £12bn of savings": a gap and the sums said
# to close it, which add up to it
_GAP_CLOSED_RE = re.compile(
    r"\b(?:close[sd]?|closing|fill(?:s|ed|ing)?|plug(?:s|ged|ging)?|bridge[sd]?|bridging|cover(?:s|ed|ing)?"
    r"|eliminate[sd]?|eliminating|erase[sd]?|erasing)"
    r"\s+(?:a|an|the|its|their|this|that)\s+(?:(?:projected|expected|estimated|forecast|looming|remaining)\s+)?"
    r"(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)
_GAP_NOUN_RE = re.compile(
    r"\s+(?:(?:budget|funding|financing|spending|revenue|pension|fiscal)\s+)?(?:shortfall|gap|deficit|hole|black\s+hole)"
    r"\s+(?:with|through|by|using|via)\s+(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)
# between two of those sums: "... in spending cuts and ", "... of tax rises, "
_GAP_PARTS_RE = re.compile(r"[^,.;:%\d]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


def _mark_gap_closed(text: str, figures: list[Figure]) -> None:
    """A gap and the sums that close it: "The budget closes a $180 million shortfall with $95
    million in spending cuts and $65 million drawn from reserves". The sums are the figures of
    the gap's unit listed right after it (with "and" or commas); they are all of the gap, so they
    are tied as its parts."""
    for n, gap in enumerate(figures):
        if gap.kind != "figure" or gap.arithmetic_group or gap.unit in ("percent", "year") \
                or not _GAP_CLOSED_RE.search(text, max(gap.sentence[0], gap.start - 40), gap.start):
            continue
        parts: list[Figure] = []
        for f in figures[n + 1:]:
            if f.kind != "figure" or f.unit != gap.unit or f.arithmetic_group or f.sentence != gap.sentence:
                break
            prev = parts[-1] if parts else gap
            if not (_GAP_PARTS_RE if parts else _GAP_NOUN_RE).fullmatch(text, prev.end, f.start):
                break
            parts.append(f)
        if len(parts) >= 2 and all(p.value < gap.value for p in parts):
            for f in (gap, *parts):
                f.arithmetic_group = f"w{gap.start}"


# "after 112 years of trading", "50 years in business": how long a thing has run, up to now
_LIFESPAN_AFTER_RE = re.compile(r"\s+(?:of\s+(?:trading|business|operation|service|existence|production|"
                                r"publication|broadcasting)|in\s+(?:business|operation|existence|service|print))\b",
                                re.IGNORECASE)
# "founded by Thomas Hartley in 1921", "which opened in 1964": the year a thing began
_FOUNDED_BEFORE_RE = re.compile(r"\b(?:founded|established|opened|formed|launched|created|set\s+up|started|"
                                r"incorporated)\b(?:\s+[^\s.;,]+){0,4}?\s+in\s+$", re.IGNORECASE)


# "It carried traffic until 2019, when it closed after 56 years of service", "will close in March
# 2026, after 47 years": how long a thing ran, up to its closing
_AFTER_BEFORE_RE = re.compile(r"\bafter\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_FOR_BEFORE_RE = re.compile(r"\bfor\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_RAN_FROM_START_RE = re.compile(r"[^.;:\d]*?\b(?:after|since)\s+(?:it|they|he|she|its|their)?[^.;:\d]{0,40}$", re.IGNORECASE)
_CLOSING_RE = re.compile(r"\b(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting|down)?|demolish(?:ed)?|scrapped)\b", re.IGNORECASE)


# "ran the company for 41 years until she retired in 2006", "led it for 22 years until 2019"
_RAN_BEFORE_RE = re.compile(r"\b(?:ran|led|headed|managed|chaired|edited)\s+(?:it|the\s+[a-z]+|its\s+[a-z]+|"
                            r"his\s+[a-z]+|her\s+[a-z]+)\s+for\s+$", re.IGNORECASE)
_UNTIL_AFTER_RE = re.compile(r"\s+until\s+(?:(?:she|he|they)\s+[a-z]+\s+in\s+|in\s+)?(?=\d{4}\b)", re.IGNORECASE)


def _ran_until(text: str, d: Figure, start: Figure, years: list[Figure],
               sentences: list[tuple[int, int]]) -> Figure | None:
    """The year that ends a founder's running of what they founded, in another sentence than
    the founding: "Eleanor Voss, who founded Voss Textiles in 1968, ... Voss ran the company for 41
    years until she retired in 2006" (38). The sentence opens with a name the founding sentence
    gives before its year, or with "She"/"He" within two sentences of it: one who did not found
    the thing may have run it for less time."""
    until = _UNTIL_AFTER_RE.match(text, d.end)
    if until is None or d.sentence == start.sentence \
            or not _RAN_BEFORE_RE.search(text, max(d.sentence[0], d.start - 40), d.start):
        return None
    opening = re.match(r"\s*([A-Z][a-z]+)\b", text[d.sentence[0] : d.start])
    word = opening.group(1) if opening else ""
    if word in ("She", "He"):
        between = bisect.bisect_left(sentences, d.sentence) - bisect.bisect_left(sentences, start.sentence)
        if not 0 < between <= 2:
            return None
    elif not word or word in _NOT_NAMES or word in ("Its", "This") \
            or not re.search(rf"\b{word}\b", text[start.sentence[0] : start.start]):
        return None
    return next((y for y in years if y.start == until.end()), None)


# "The orchestra celebrated its 50th anniversary in 2019", "marked their centenary in 2021"
_ITS_BEFORE_RE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_ANNIVERSARY_IN_RE = re.compile(r"\s+in\s+(?=\d{4}\b)", re.IGNORECASE)


def _anniversary_year(text: str, d: Figure, start: Figure, year_at: dict[int, Figure]) -> Figure | None:
    """The year of a thing's own anniversary, told in another sentence than its founding: "The
    orchestra celebrated its 50th anniversary in 2019" (founded in 1971: 2021). Only "its" or
    "their" anniversary, not one "of" another event, and the year right after it ("in 2019")."""
    if d.sentence == start.sentence or not _ANNIVERSARY_WORD_RE.search(d.text) \
            or not _ITS_BEFORE_RE.search(text, max(d.sentence[0], d.start - 8), d.start):
        return None
    then = _ANNIVERSARY_IN_RE.match(text, d.end)
    return year_at.get(then.end()) if then else None


def _mark_closing_spans(text: str, figures: list[Figure], sentences: list[tuple[int, int]]) -> None:
    """How long a thing ran up to its closing, against the year the text says it began, in
    another sentence: "The bridge ... opened in 1961. It carried traffic until 2019, when it
    closed after 56 years of service" (58). The closing's year is in the duration's sentence, or
    in the next one that names the closing ("After 31 years it is a sad day ... The closure is
    expected in 2026"); the start is the one year of the text said to be a founding or an
    opening. Tied as a span (`spn`) of the duration and the two years."""
    years = [f for f in figures if f.kind == "year"]
    following = dict(zip(sentences, sentences[1:], strict=False))
    founded = [y for y in years if _FOUNDED_BEFORE_RE.search(text, max(y.sentence[0], y.start - 60), y.start)]
    if len(founded) != 1:
        return  # no founding year, or several things founded: which one ran is not sure
    start = founded[0]
    year_at = {y.start: y for y in years}
    for d in figures:
        if d.unit != "years" or d.kind != "figure" or d.arithmetic_group or d.qualifier \
                or not float(d.value).is_integer():
            continue
        until = _ran_until(text, d, start, years, sentences) or _anniversary_year(text, d, start, year_at)
        if until is not None:
            key = f"spn{d.start}"
            d.arithmetic_group = f"{key}:duration"
            _tie(start, key, "start")
            _tie(until, key, "end")
            continue
        if d.sentence == start.sentence:
            # "carried traffic for 85 years after it opened in 1932" ... "was closed in 2019"
            if not (d.end < start.start and _FOR_BEFORE_RE.search(text, max(d.sentence[0], d.start - 10), d.start)
                    and _RAN_FROM_START_RE.fullmatch(" " + d.text.split()[-1] + text[d.end : start.start])):
                continue
        elif not (_AFTER_BEFORE_RE.search(text, max(d.sentence[0], d.start - 14), d.start)
                  or _LIFESPAN_AFTER_RE.match(text, d.end)):
            continue
        here = [y for y in years if y.sentence == d.sentence and y is not start]
        if not here:
            nxt = following.get(d.sentence)
            here = [y for y in years if y.sentence == nxt] if nxt and _CLOSING_RE.search(text, *nxt) else []
        if len(here) != 1 or here[0] is start or not _CLOSING_RE.search(text, *d.sentence) \
                and not _CLOSING_RE.search(text, *here[0].sentence):
            continue
        key = f"spn{d.start}"
        d.arithmetic_group = f"{key}:duration"
        _tie(start, key, "start")
        _tie(here[0], key, "end")


# "Construction began in 1270 ... The cathedral was completed in 1311 after 39 years of work"
# (the verbs of a founding are `_FOUNDED_BEFORE_RE`'s; these are a work's beginning)
_BEGAN_BEFORE_RE = re.compile(r"\b(?:began|begun|commenced)\b(?:\s+[^\s.;,]+){0,3}?\s+in\s+$", re.IGNORECASE)
_ENDED_BEFORE_RE = re.compile(r"\b(?:completed|finished|closed|ended|shut|demolished|concluded)\s+(?:[^\s.;,]+\s+){0,2}?in\s+$",
                              re.IGNORECASE)
_YEAR_THEN_AFTER_RE = re.compile(r"\s*,?\s+after\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)


def _mark_work_spans(text: str, figures: list[Figure]) -> None:
    """How long a work took, told right after the year it ended, against the one year the text
    says it began: "Construction began in 1270 ... completed in 1311 after 39 years of work" (41).
    With no such year the duration still hangs on the year it ended, not on another year of its
    sentence ("... and consecrated in 1326"): tied without a start, it is not checked."""
    years = [f for f in figures if f.kind == "year"]
    began = [y for y in years if _BEGAN_BEFORE_RE.search(text, max(y.sentence[0], y.start - 60), y.start)
             or _FOUNDED_BEFORE_RE.search(text, max(y.sentence[0], y.start - 60), y.start)]
    for n in range(1, len(figures)):
        end, d = figures[n - 1], figures[n]
        if d.unit != "years" or d.kind != "figure" or d.arithmetic_group or d.qualifier or end.kind != "year" \
                or end.sentence != d.sentence or not _YEAR_THEN_AFTER_RE.fullmatch(text, end.end, d.start) \
                or not _ENDED_BEFORE_RE.search(text, max(end.sentence[0], end.start - 40), end.start):
            continue
        key = f"spn{d.start}"
        d.arithmetic_group = f"{key}:duration"
        _tie(end, key, "end")
        start = [y for y in began if y.value < end.value]  # ("... and opened in 1806": after it)
        if len(start) == 1 and float(d.value).is_integer():
            _tie(start[0], key, "start")


# "at an average speed of 210 km/h", "averaging 20.5 km/h": a speed over a whole trip
_AVERAGE_SPEED_BEFORE_RE = re.compile(r"\b(?:average\s+(?:speed\s+)?of|averag(?:ing|ed|es))\s+(?:about\s+|around\s+|"
                                      r"nearly\s+|almost\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
SPEED_UNITS = {"kmh": 1.0, "mph": 1.609344, "kn": 1.852}  # in km/h
DISTANCE_UNITS = {"km": 1.0, "mi": 1.609344}  # in km
TIME_UNITS = {"hours": 1.0, "minutes": 1 / 60, "seconds": 1 / 3600}  # in hours
_WIND_BEFORE_RE = re.compile(r"\b(?:wind|winds|gusts?|current|storm)\b", re.IGNORECASE)


def _mark_speeds(text: str, figures: list[Figure]) -> None:
    """An average speed against the one distance and the one time of the trip the text states
    with it, in its sentence or the two before: "The 142 km line ... cutting the journey to 48
    minutes ... Trains will run at an average speed of 210 km/h" (177.5). A time stated as what
    it used to be ("from one hour and 52 minutes") is not the trip's; a wind's speed is not
    a traveller's. Tied as `spd` (speed, distance, time)."""
    for n, speed in enumerate(figures):
        if speed.unit not in SPEED_UNITS or speed.kind != "figure" or speed.arithmetic_group \
                or not _AVERAGE_SPEED_BEFORE_RE.search(text, max(speed.sentence[0], speed.start - 40), speed.start) \
                or _WIND_BEFORE_RE.search(text, speed.sentence[0], speed.start):
            continue
        window = [f for f in _back_to(figures, n, speed.sentence[0] - 600) if f.kind == "figure" and not f.arithmetic_group]
        window += [f for f in figures[n + 1 : n + 6] if f.sentence == speed.sentence]
        distances = [f for f in window if f.unit in DISTANCE_UNITS]
        times = [f for f in window if f.unit in TIME_UNITS and not f.qualifier
                 and not re.search(r"\bfrom\s+$", text[max(0, f.start - 6) : f.start])]
        if len(distances) != 1 or len(times) != 1 or distances[0].upper is None:
            continue
        key = f"spd{speed.start}"
        speed.arithmetic_group = f"{key}:speed"
        _tie(distances[0], key, "distance")
        _tie(times[0], key, "time")


def _mark_lifespans(text: str, figures: list[Figure], now: int) -> None:
    """How long a thing has run up to the time of writing, in a sentence that gives the year it
    began: "The bakery, founded in 1921, will close on Saturday after 112 years of trading". The
    duration's `resolved_year` is then the year it began, counted back from `now` (as "112 years
    ago" would be), for the rules to hold against the year the sentence states."""
    for fig in figures:
        if fig.unit != "years" or fig.kind != "figure" or not float(fig.value).is_integer() \
                or not _LIFESPAN_AFTER_RE.match(text, fig.end):
            continue
        starts = [y for y in figures if y.kind == "year" and y.sentence == fig.sentence
                  and _FOUNDED_BEFORE_RE.search(text, max(fig.sentence[0], y.start - 60), y.start)]
        if len(starts) == 1:
            fig.resolved_year = now - int(fig.value)


# "12 of the 40 people arrested, or 35%", "Twelve of the 40 members (30%)", "Of the 2,250 who
# received the drug, 120, or 5.3%,", "About 40% of the 150 million users, or 75 million": a part,
# its whole and the percentage the text says the part is
_OF_WHOLE_RE = re.compile(r"\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[A-Za-z]+['’]s\s+)?(?:(?:US|C|A)?\$|[£€])?")
# ("of the city's 98,700 registered voters": a possessive may name whose whole it is)
# "about 12% of its workforce of 9,800": the whole named, then its figure
_OF_WHOLE_NAMED_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:(?:US|C|A)?\$|[£€])?")
# "cut about 9,000 jobs, about 15% of its workforce": a share set beside the part
_APPOSED_PCT_RE = re.compile(r"[^.;:%\d()]{0,60}?,\s*" + _APPROX)
# "..., or 30%", "... (30%)", "..., a turnout of 64%" (a rate named by its noun; not "an increase of")
_OR_PCT_RE = re.compile(r"[^.;:%\d()]{0,100}?(?:,\s*or\s+|\(\s*|,\s*an?\s+(?!(?:increase|rise|fall|drop|decline|decrease|"
                        r"jump|gain|growth|cut|reduction|loss|change|surge|slump|return|margin|premium|discount)\b)"
                        r"[a-z]+(?:\s+rate)?\s+of\s+)" + _APPROX, re.IGNORECASE)
# "8,900 of them from overseas, or 28%", "$4.1 million of it this season, or 22%": the part of the whole just named
_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|these|those|whom|which|it)\b[^.;:%\d()]{0,40}?(?:,\s*or\s+|\(\s*)" + _APPROX,
                         re.IGNORECASE)
# "..., or 35% more than last year", "..., or 40% of assets": not the share of the part in its whole
_NOT_THE_SHARE_RE = re.compile(r"\s+(?:of|more|less|fewer|higher|lower|above|below|up|down|increase|decrease|rise|"
                               r"fall|from|than)\b", re.IGNORECASE)
_OF_WHOM_BEFORE_RE = re.compile(r"[^.;:%\d()]{0,60}?,\s*of\s+(?:whom|which|them|these|those)\s+", re.IGNORECASE)
_DIVIDED_OPENING_RE = re.compile(r"(?:^|[.;]\s+|,\s+)(?:Of|Among)\s+(?:the\s+)?$", re.IGNORECASE)


_ADVERBIAL_BEFORE_RE = re.compile(r"\b(?:within|in|for|after|over|under|than)\s+$", re.IGNORECASE)
# "with 41,870 votes cast from an electorate of 79,900": a part, then the whole it is counted from
_COUNTED_FROM_RE = re.compile(r"[^.;:%\d()]{0,40}?\s+(?:from|out\s+of|of)\s+(?:an?|the|its|their|all)\s+"
                              r"(?:[a-z-]+\s+){0,2}?(?:of\s+)?(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


# "1,120, about one in five, were offered places": a rough share set beside the part, between commas
_BESIDE_RE = re.compile(r"[^.;:%\d()]{0,100}?,\s*")


def _or_share(text: str, b: Figure, c: Figure) -> bool:
    """`c` is the share the text gives for the figure `b` before it: "..., or 30%", "(30%)", or a
    rough share set beside it (", about one in five,")."""
    return bool(_OR_PCT_RE.fullmatch(text, b.end, c.start)
                or PREFIX_QUALIFIERS.get(c.qualifier) == "about" and _BESIDE_RE.fullmatch(text, b.end, c.start))


def _mark_share_of(text: str, figures: list[Figure]) -> None:
    """Tie a part, its whole and the percentage the text gives for it, so that the rules can
    check that the part is that share of the whole. A duration after a preposition ("were seen
    within four hours") says when or how fast, and reads as words between them."""
    text, figures = _masked(text, figures, lambda f: "y" if f.unit in _DURATIONS
                            and _ADVERBIAL_BEFORE_RE.search(text, max(0, f.start - 12), f.start) else None)
    for a, b, c in zip(figures, figures[1:], figures[2:], strict=False):
        if a.sentence != c.sentence or any(f.arithmetic_group or f.kind != "figure" for f in (a, b)) \
                or c.arithmetic_group or c.kind not in ("figure", "ratio"):
            continue  # the share may be a ratio in words: "or about one in three"
        roles, of_whole = None, False
        if _is_share_figure(c) and a.unit == b.unit and _OF_WHOLE_RE.fullmatch(text, a.end, b.start) \
                and _or_share(text, b, c):
            roles = (a, b, c)  # A of the B ..., or P%
        elif _is_share_figure(c) and a.unit == b.unit and b.value < a.value \
                and re.fullmatch(r"[^.;:%\d()]{0,60}?,\s*", text[a.end : b.start]) and _OF_THEM_RE.fullmatch(text, b.end, c.start):
            roles = (b, a, c)  # "has 31,400 students, 8,900 of them from overseas, or more than a third"
        elif _is_share_figure(c) and a.unit == b.unit and b.value < a.value \
                and _OF_WHOM_BEFORE_RE.fullmatch(text, a.end, b.start) and _or_share(text, b, c):
            roles = (b, a, c)  # "saw 1,842 patients in the week, of whom 1,302 were seen within four hours, or 76%"
        elif _is_share_figure(c) and a.unit == b.unit and _DIVIDED_OPENING_RE.search(text[a.sentence[0] : a.start]) \
                and re.fullmatch(r"[^.;:%\d()]{0,60}?,\s*", text[a.end : b.start]) \
                and _or_share(text, b, c):
            roles = (b, a, c)  # Of the B ..., A [cast a ballot], or P% / a turnout of P%
        elif b.unit == "percent" and a.unit == c.unit and _DIVIDED_OPENING_RE.search(text[a.sentence[0] : a.start]) \
                and re.fullmatch(r"[^.;:%\d()]{0,60}?,\s*", text[a.end : b.start]) \
                and re.fullmatch(r"[^.;:%\d()]{0,40}?,\s*or\s+" + _APPROX, text[b.end : c.start], re.IGNORECASE):
            roles = (c, a, b)  # Of the B ..., P% were ..., or A
        elif a.unit == "percent" and b.unit == c.unit and _OF_WHOLE_RE.fullmatch(text, a.end, b.start) \
                and _or_share(text, b, c):
            roles = (c, b, a)  # P% of the B ..., or A
            of_whole = True  # (the share is followed by "of" its whole, by this shape)
        elif a.unit == "percent" and b.unit == c.unit and b.unit != "percent" \
                and re.fullmatch(r"\s*,\s*with\s+" + _APPROX, text[a.end : b.start], re.IGNORECASE) \
                and (_OF_WHOLE_RE.fullmatch(text, b.end, c.start) or b.value < c.value
                     and _COUNTED_FROM_RE.fullmatch(text, b.end, c.start)):
            roles = (b, c, a)  # "Turnout was 62.4%, with 1,872,000 of the 3,100,000 registered voters",
            # "with 41,870 votes cast from an electorate of 79,900"
        elif b.unit == "percent" and a.unit == c.unit and a.unit != "percent" and a.value < c.value \
                and (_APPOSED_PCT_RE.fullmatch(text, a.end, b.start) or _OR_PCT_RE.fullmatch(text, a.end, b.start)) \
                and (_OF_WHOLE_RE.fullmatch(text, b.end, c.start)
                                                                         or _OF_WHOLE_NAMED_RE.fullmatch(text, b.end, c.start)):
            roles = (a, c, b)  # "will cut 1,800 jobs, about 12% of its 21,000 staff", "won 14,212 votes, or 46.8% of
            # the 30,370 cast": "of" names the whole
            # ("..., about 12% of its workforce of 9,800")
            of_whole = True
        if roles is None or not of_whole and _NOT_THE_SHARE_RE.match(text, roles[2].end):
            continue
        _tie_share(*roles)


# "..., ahead of Labour's Sunil Patel on 10,904 (35.9%)": a part and its share in brackets
_BRACKETED_PCT_RE = re.compile(r"\s*\(\s*" + _APPROX)


def _mark_sibling_shares(text: str, figures: list[Figure]) -> None:
    """Parts that follow a share of a whole in its sentence, each with its own share in brackets,
    are shares of that whole too: "won 14,212 votes, or 46.8% of the 30,370 cast, ahead of
    Patel on 10,904 (35.9%) and Lee on 5,254 (17.3%)"."""
    for n, part in enumerate(figures):
        key = next((t.partition(":")[0] for t in part.arithmetic_group.split() if t.startswith("shr") and t.endswith(":part")), "")
        if not key:
            continue
        same = [f for f in figures[n + 1 : n + 40] if f.sentence == part.sentence]  # (in order: contiguous)
        whole = next((f for f in same if role_in(f, key) == "whole"), None)
        if whole is None:
            continue
        for a, b in zip(same, same[1:], strict=False):
            if a.unit == part.unit and b.unit == "percent" and a.value < whole.value and a.start > whole.end \
                    and not a.arithmetic_group and not b.arithmetic_group and a.kind == b.kind == "figure" \
                    and _BRACKETED_PCT_RE.fullmatch(text, a.end, b.start):
                _tie_share(a, whole, b)
        # "taking 14,382 votes, or 52.6% of the 27,341 ballots cast. Her main challenger finished
        # with 11,904 votes, or 45.5%.": a part of the same noun in the next two sentences, with a
        # share and no whole of its own, is a share of that whole too (not at another time)
        later = [f for f in figures[n + 1 : n + 40] if part.sentence[1] <= f.sentence[0] <= whole.sentence[1] + 600]
        sentences = sorted({f.sentence for f in later})[:2]
        for a, b in zip(later, later[1:], strict=False):
            if a.sentence in sentences and a.sentence == b.sentence and part.noun and a.noun == part.noun \
                    and a.unit == part.unit and b.unit == "percent" and a.value < whole.value \
                    and not a.arithmetic_group and not b.arithmetic_group and a.kind == b.kind == "figure" \
                    and "when:" not in a.tags and "when:" not in b.tags \
                    and _OR_PCT_RE.fullmatch(text, a.end, b.start) \
                    and not _NOT_THE_SHARE_RE.match(text, b.end):
                _tie_share(a, whole, b)


def _mark_remaining_of_share(text: str, figures: list[Figure]) -> None:
    """A sentence that opens with "The remaining N" after a part stated as a share of its whole,
    in the sentence before or the one before that (with no figure of the unit between): the
    two parts are all of the whole. "Of the 2,418 patients ..., 1,806 were seen within four
    hours, or 74.7%. The national target is 78%. The remaining 602 waited longer" (2,408)."""
    for n, last in enumerate(figures):
        if last.kind != "figure" or last.arithmetic_group or last.qualifier \
                or not _REMAINING_BEFORE_RE.search(text, max(last.sentence[0], last.start - 30), last.start) \
                or last.start - last.sentence[0] > 40:
            continue
        earlier = [f for f in _back_to(figures, n, last.sentence[0] - 600) if f.unit == last.unit and f.kind == "figure"]
        shares = [(f, key) for f in earlier for key in (t.partition(":")[0] for t in f.arithmetic_group.split()
                                                        if t.startswith("shr") and t.endswith(":part"))]
        if not shares:
            continue
        part, key = shares[-1]
        whole = next((f for f in earlier if role_in(f, key) == "whole"), None)
        between = {f.sentence for f in earlier if f.start > part.end}
        if whole is None or whole.value <= last.value or between - {part.sentence} \
                or len({f.sentence for f in _back_to(figures, n, part.end)} - {part.sentence}) > 1:
            continue
        group = f"w{whole.start}"
        for f, role in ((whole, "whole"), (part, "part"), (last, "part")):
            _tie(f, group, role)


def role_in(fig, key: str) -> str:
    """The role of a figure (or of a stored item: anything with an `arithmetic_group`) in the
    arithmetic group `key` ('whole', 'part', 'new', ...), '' if it is not in it."""
    return next((t.partition(":")[2] for t in fig.arithmetic_group.split() if t.partition(":")[0] == key), "")


# "Aldous's majority of 3,608", "a winning margin of 412 votes": the lead of a vote's winner
_MAJORITY_BEFORE_RE = re.compile(r"\b(?:majority|(?:winning\s+)?margin|margin\s+of\s+victory)\s+(?:(?:of|was|is|stood\s+at|"
                                 r"(?:was\s+)?(?:cut|fell|rose|grew|shrank|narrowed|widened)\s+to)\s+)?" + _APPROX + "$",
                                 re.IGNORECASE)


def _mark_majorities(text: str, figures: list[Figure]) -> None:
    """A candidate's majority against the votes the candidates won, stated in its sentence or
    the two before: the winner's votes (a count of votes) less the runner-up's ("14,212 votes ... ahead of Patel on
    10,904 ... Aldous's majority of 3,608": 3,308). Only votes: a majority of seats is over all
    the other parties together. The tallies are the counts of votes not tied as a whole."""
    for n, lead in enumerate(figures):
        if lead.kind != "figure" or lead.unit != "count" or lead.arithmetic_group or lead.qualifier \
                or not _MAJORITY_BEFORE_RE.search(text, max(lead.sentence[0], lead.start - 40), lead.start):
            continue
        # the tallies: in its sentence and the two before it that have figures
        spans: list[tuple[int, int]] = []
        for f in (figures[k] for k in range(n - 1, -1, -1)):
            if len(spans) == 2 and f.sentence != spans[-1]:
                break
            if f.sentence[1] <= lead.sentence[0] and f.sentence not in spans:
                spans.append(f.sentence)
        lo = spans[-1][0] if spans else lead.sentence[0]
        tallies = [f for f in _back_to(figures, n, lo) if f.kind == "figure" and f.unit == "count" and not f.qualifier
                   and not any(t.endswith(":whole") for t in f.arithmetic_group.split())
                   and not re.search(r"\b(?:cast|turnout|electorate|registered)\b", f.noun, re.IGNORECASE)]
        top_two = sorted(tallies, key=lambda f: -f.value)[:2]
        if len(top_two) == 2 and lead.value < top_two[0].value and "vote" in (top_two[0].noun + lead.noun).lower():
            _tie_difference(lead, top_two)


# "The gap between the two is now $861,500", "the difference between them, 0.8 points"
_GAP_BETWEEN_RE = re.compile(r"\b(?:gap|difference)\s+between\s+(?:the\s+two|them|the\s+pair)\b[^.;:%\d]{0,30}?$",
                             re.IGNORECASE)


def _mark_gaps_between_two(text: str, figures: list[Figure]) -> None:
    """"The gap between the two" is the difference of the two levels the text has just stated,
    in the sentence before or earlier in its own: the only two figures of its unit there, neither
    a change, one larger than the other ("$1,428,900, while condominium apartments were down 4.9%
    at $667,400. The gap between the two is now $861,500": $761,500)."""
    for n, gap in enumerate(figures):
        if gap.kind != "figure" or gap.arithmetic_group or gap.unit in _NO_DIFFERENCE_UNITS \
                or not _GAP_BETWEEN_RE.search(text, max(gap.sentence[0], gap.start - 60), gap.start):
            continue
        earlier = [f for f in figures[:n] if f.kind == "figure" and f.unit == gap.unit]
        here = [f for f in earlier if f.sentence == gap.sentence]
        levels = [f for f in earlier if f.sentence == earlier[-1].sentence] if earlier and not here else here
        if levels and not here and text[levels[-1].sentence[1] : gap.sentence[0]].strip():
            continue  # only the sentence right before
        if len(levels) == 2 and all(_level_only(f) for f in levels) and levels[0].value != levels[1].value:
            _tie_difference(gap, levels)


def _tie_difference(gap: Figure, levels: list[Figure]) -> None:
    """Tie `gap` as the difference of two levels, the larger first, each kept in its other groups."""
    new, old = sorted(levels, key=lambda f: -f.value)
    _tie_change(gap, new, old, "gap")


def _tie_change(change: Figure, new: Figure, old: Figure, role: str = "change") -> None:
    """Tie `change` (in `role`: a change, or the gap between two levels) to its new and old levels,
    each level kept in its other groups."""
    key = f"chg{change.start}"
    change.arithmetic_group = f"{key}:{role}"
    _tie(new, key, "new")
    _tie(old, key, "old")


# "spent £612m on 34 players, an average of £18m each", "£2.4bn over 12 months, or about £200m a month"
_SPREAD_OVER_RE = re.compile(r"[^.;:%\d()]{0,40}?\s+(?:on|over|across|among|between|for|from|in)\s+(?:the\s+|its\s+|their\s+)?$",
                             re.IGNORECASE)
_AVERAGE_OF_RE = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}\s*,\s*(?P<how>(?:at\s+)?an?\s+average\s+of|averaging|or)\s+"
                            + _APPROX, re.IGNORECASE)
_EACH_AFTER_RE = re.compile(r"\s+(?:each|apiece|a\s+head|per\s+[a-z]+|an?\s+[a-z]+)\b", re.IGNORECASE)


def _mark_averages(text: str, figures: list[Figure]) -> None:
    """A total spread over a number of things or periods and the average the text gives for
    each: "have spent £612m on 34 players, an average of £21m each" (£18m). The average has the
    total's unit; after "or" it must say "each", "a head", "per ..." or "a month"."""
    for total, count, avg in zip(figures, figures[1:], figures[2:], strict=False):
        if any(f.kind != "figure" or f.arithmetic_group for f in (total, count, avg)) \
                or not total.sentence == count.sentence == avg.sentence or total.unit != avg.unit \
                or total.unit in _NO_DIFFERENCE_UNITS or total.unit in _CHANGE_UNITS \
                or not (count.unit == "count" or count.unit in _DURATIONS) or count.value < 2 or count.qualifier \
                or avg.value >= total.value or not _SPREAD_OVER_RE.fullmatch(text, total.end, count.start):
            continue
        if _averaged(text, count, avg):
            _tie_average(total, count, avg)
    for count, total, avg in zip(figures, figures[1:], figures[2:], strict=False):
        # the count first: "defrauded 340 investors of £4.6m, an average of £13,500 each"
        if any(f.kind != "figure" or f.arithmetic_group for f in (total, count, avg)) \
                or not total.sentence == count.sentence == avg.sentence or total.unit != avg.unit \
                or total.unit not in CURRENCY_CODES or count.unit != "count" or count.value < 2 \
                or count.qualifier or avg.value >= total.value:
            continue
        if _COUNT_THEN_TOTAL_RE.fullmatch(text, count.end, total.start) and _averaged(text, total, avg) \
                or _per_counted(text, count, total, avg):
            _tie_average(total, count, avg)


# "The 26 schools in the district spent a combined $48.1 million on transport last year, an
# average of $2.3 million per school": the count is the subject, its verb and the total in its
# clause, then the average said of each of the things counted
_SUBJECT_THEN_TOTAL_RE = re.compile(r"[^.;:\d()]{0,80}?\b(?:spent|paid|received|raised|earned|cost|owed|lost|made|"
                                    r"collected|got|borrowed|invested)\s+(?:a\s+(?:combined|total\s+of)\s+|a\s+)?"
                                    r"(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)
_AVERAGE_AFTER_TOTAL_RE = re.compile(r"[^.;:\d()%]{0,50}?,\s*(?:at\s+)?(?:an?\s+average\s+of|averaging)\s+"
                                     + _APPROX, re.IGNORECASE)
_PER_THING_RE = re.compile(r"\s+(?:per|a|an|for\s+each)\s+([a-z]+)\b", re.IGNORECASE)


def _per_counted(text: str, count: Figure, total: Figure, avg: Figure) -> bool:
    """`avg` is the average over the things `count` counts, as the subject of the verb that states
    `total`: "... an average of $2.3 million per school" after "The 26 schools ... spent"."""
    per = _PER_THING_RE.match(text, avg.end)
    return bool(count.noun and per and _stem(per.group(1)) == _stem(count.noun.split()[-1])
                and _SUBJECT_THEN_TOTAL_RE.fullmatch(text, count.end, total.start)
                and _AVERAGE_AFTER_TOTAL_RE.fullmatch(text, total.end, avg.start))


# "about 498 people per square kilometre", "1,250 residents a square mile", "40 per hectare": a density
_PER_AREA_RE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:per|a|an|to\s+the|for\s+every|for\s+each)\s+"
                          r"(?P<u>square\s+(?:kilometre|kilometer|mile|metre|meter)|sq\.?\s*(?:km|mi)|km2|km²|hectare|acre)\b",
                          re.IGNORECASE)
_PER_AREA_UNITS = {"kilometre": "km2", "kilometer": "km2", "km": "km2", "km2": "km2", "km²": "km2", "mile": "mi2",
                   "mi": "mi2", "metre": "m2", "meter": "m2", "hectare": "ha", "acre": "acre"}


def _counts_more(f: Figure, each: Figure) -> bool:
    return f.unit == "count" and f.value > each.value and f.upper is not None


def _mark_densities(text: str, figures: list[Figure]) -> None:
    """A density against the count and the area it is stated with: "The island's 84,300 residents
    live on 212 square kilometres, about 498 people per square kilometre" (398). The density is a
    measure of its own (not a count of people); the count and the area are the one larger count
    and the one area of that unit, each in its sentence or else in the sentence before, and the
    rules check the count over the area."""
    for n, each in enumerate(figures):
        m = _PER_AREA_RE.match(text, each.end)
        if m is None or each.kind != "figure" or each.unit != "count" or each.arithmetic_group:
            continue
        unit = _PER_AREA_UNITS[m.group("u").split()[-1].lower().rstrip(".")]
        base = f"count per {unit}"
        each.measure = f"{base}|{each.noun}" if each.noun else ""
        each.measure_label = f"{each.noun or 'count'} per {m.group('u').lower()}"
        near = [f for f in (*_back_to(figures, n, each.sentence[0] - 400), *figures[n + 1 : n + 4])
                if f is not each and f.kind == "figure" and not f.arithmetic_group and f.sentence[1] <= each.sentence[1]]
        here = [f for f in near if f.sentence == each.sentence]
        before = [f for f in near if f.sentence != each.sentence
                  and not text[f.sentence[1] : each.sentence[0]].strip(" .!?\"'’”\n")]
        areas = [f for f in here if f.unit == unit] or [f for f in before if f.unit == unit]
        counts = [f for f in here if _counts_more(f, each)] or [f for f in before if _counts_more(f, each)]
        if len(areas) == 1 and len(counts) == 1:
            _tie_average(counts[0], areas[0], each)


# between a count and the total it shares: "340 investors of", "1,200 workers a total of", "1,250 farmers"
_COUNT_THEN_TOTAL_RE = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}?\s+(?:(?:of|a\s+total\s+of|out\s+of)\s+)?(?:(?:US|C|A)?\$|[£€])?",
                                  re.IGNORECASE)


def _averaged(text: str, before: Figure, avg: Figure) -> bool:
    """`avg` is stated as the average after `before`: ", an average of £18m each", ", or £1,500 each"."""
    how = _AVERAGE_OF_RE.fullmatch(text, before.end, avg.start)
    return bool(how) and (how.group("how").lower() != "or" or bool(_EACH_AFTER_RE.match(text, avg.end)))


# "will give £1,500 to each of 3,200 families ..., a total of £4.2m", "3,200 families will each
# get £1,500, totalling £4.8m"
_TO_EACH_OF_RE = re.compile(r"\s+(?:to|for)\s+each\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_EACH_GET_RE = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?\s+each\s+(?:[a-z]+\s+){1,2}?(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)
_THEN_TOTAL_RE = re.compile(r"[^.;:%\d()]{0,80}?,\s*(?:(?:totalling|totaling|costing|worth|or)\s+)?"
                            r"(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)


# "for an initial £18m, rising to £25m with add-ons worth up to £6m": a fee, the most it may
# come to, and what may be added to it
_INITIAL_BEFORE_RE = re.compile(r"\b(?:an?\s+)?(?:initial|upfront|up-front|basic|guaranteed|base)\s+(?:fee\s+of\s+)?(?:(?:US|C|A)?\$|[£€])?$",
                                re.IGNORECASE)
_RISING_TO_RE = re.compile(r"\s*,?\s*(?:which\s+could\s+)?(?:rising|rise|potentially\s+rising)\s+to\s+(?:(?:US|C|A)?\$|[£€])?$",
                           re.IGNORECASE)
_WITH_ADD_ONS_RE = re.compile(r"\s+(?:with|including|in|through|via)\s+(?:further\s+|potential\s+|performance-related\s+)?"
                              r"(?:add-ons|bonuses|bonus\s+payments|variables|performance\s+payments|instalments)"
                              r"(?:\s+(?:worth|of|totalling|totaling))?\s+(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)


def _mark_add_ons(text: str, figures: list[Figure]) -> None:
    """An initial fee, the most it may rise to and the add-ons that take it there are a whole and
    its two parts: "an initial £18m, rising to £25m with add-ons worth up to £6m" (£24m)."""
    for first, most, extra in zip(figures, figures[1:], figures[2:], strict=False):
        if any(f.kind != "figure" or f.arithmetic_group or f.unit != first.unit for f in (most, extra)) \
                or first.kind != "figure" or first.arithmetic_group or first.unit not in CURRENCY_CODES \
                or not first.sentence == most.sentence == extra.sentence \
                or not _INITIAL_BEFORE_RE.search(text, max(first.sentence[0], first.start - 30), first.start) \
                or not _RISING_TO_RE.fullmatch(text, first.end, most.start) \
                or not _WITH_ADD_ONS_RE.fullmatch(text, most.end, extra.start) or most.value <= max(first.value, extra.value):
            continue
        for f in (most, first, extra):
            f.arithmetic_group = f"w{most.start}"


def _mark_each_totals(text: str, figures: list[Figure]) -> None:
    """An amount given to each of a number of things, then the total the text gives for them all:
    "will give £1,500 to each of 3,200 families ..., a total of £4.2m" (£4.8m). Tied as an
    average, so that the same rule checks it."""
    for a, b, total in zip(figures, figures[1:], figures[2:], strict=False):
        if any(f.kind != "figure" or f.arithmetic_group for f in (a, b, total)) \
                or not a.sentence == b.sentence == total.sentence:
            continue
        if _TO_EACH_OF_RE.fullmatch(text, a.end, b.start):
            each, count = a, b  # £1,500 to each of 3,200 families
        elif _EACH_GET_RE.fullmatch(text, a.end, b.start):
            each, count = b, a  # 3,200 families will each get £1,500
        else:
            continue
        if count.unit != "count" or count.value < 2 or each.unit != total.unit \
                or each.unit in _NO_DIFFERENCE_UNITS or each.unit in _CHANGE_UNITS or each.value >= total.value \
                or not _THEN_TOTAL_RE.fullmatch(text, b.end, total.start) \
                or not (total.is_total or re.search(r"\b(?:totall?ing|costing|worth)\s+\S*$", text[b.end : total.start])):
            continue
        _tie_average(total, count, each, "given")  # a set amount each: not rounded


def _tie_average(total: Figure, count: Figure, each: Figure, role: str = "each") -> None:
    """Tie a total, the count it is spread over and the average each (or, as `given`, the set
    amount each gets), for `ratio_arithmetic`."""
    key = f"avg{each.start}"
    total.arithmetic_group, count.arithmetic_group, each.arithmetic_group = f"{key}:total", f"{key}:count", f"{key}:{role}"


# "Each full-time GP now looks after an average of 2,294 patients"
_EACH_AVERAGE_RE = re.compile(r"\s*Each\s+(?:[\w-]+\s+){0,2}?(?P<each>[a-zA-Z][\w-]*?)s?\s+"
                              r"(?:[a-z]+\s+){1,4}?(?:an\s+average\s+of|on\s+average)\s+$")


def _mark_each_averages(text: str, figures: list[Figure]) -> None:
    """An average per thing against the two counts the sentence before gives: "The number of GPs
    fell to 27,240 ..., while the number of registered patients rose to 63.4 million. Each GP
    now looks after an average of 2,294 patients" (2,327). The counts are the one figure whose
    clause names the thing ("GPs") and the one whose clause names what it has ("patients")."""
    for n, avg in enumerate(figures):
        m = _EACH_AVERAGE_RE.fullmatch(text, avg.sentence[0], avg.start)
        if not m or avg.kind != "figure" or avg.arithmetic_group or avg.unit != "count" or not avg.noun:
            continue
        before = [f for f in figures[:n] if f.sentence[1] <= avg.sentence[0]]
        before = [f for f in before if f.sentence == before[-1].sentence and f.kind == "figure" and f.unit == "count"
                  and not f.arithmetic_group] if before else []
        counts = _named_in_clause(text, before, m.group("each"))
        totals = _named_in_clause(text, before, avg.noun.split()[-1].rstrip("s"))
        if len(counts) == 1 and len(totals) == 1 and counts[0] is not totals[0] and totals[0].value > avg.value:
            _tie_average(totals[0], counts[0], avg)


def _named_in_clause(text: str, figures: list[Figure], word: str) -> list[Figure]:
    """The figures whose noun, or the 60 characters before them in their sentence, name `word`
    (or its plural)."""
    pattern = re.compile(r"\b" + re.escape(word) + r"s?\b", re.IGNORECASE)
    return [f for f in figures if pattern.search(text, max(f.sentence[0], f.start - 60), f.start) or pattern.match(f.noun)]


def _mark_share_of_before(text: str, figures: list[Figure]) -> None:
    """"1.52 million people attended A&E in January. Of those, 71.1% were seen within four hours,
    or about 1.12 million": a share of a whole the sentence before states, with the part after
    ", or". The whole is the one plain figure of the part's unit, with a counted noun, in that
    sentence; other figures ("four hours") may stand between the share and the part."""
    prev: list[Figure] = []
    here: list[Figure] = []
    for n, fig in enumerate(figures):
        if here and fig.sentence != here[0].sentence:
            prev, here = here, []
        here.append(fig)
        if fig.unit != "percent" or fig.kind != "figure" or fig.arithmetic_group or len(here) > 1 \
                or not prev or text[prev[-1].sentence[1] : fig.sentence[0]].strip():
            continue  # the share opens the sentence right after its whole's
        opening = _DIVIDES_RE.match(text, fig.sentence[0])
        if not opening or opening.end() > fig.start:
            continue
        part = next((f for f in figures[n + 1 :] if f.sentence == fig.sentence
                     and f.kind == "figure" and f.unit not in ("percent", "percentage_points")
                     and re.fullmatch(r"[^.;:%()]{0,60}?,\s*or\s+" + _APPROX, text[fig.end : f.start], re.IGNORECASE)), None)
        if part is None or part.arithmetic_group or _NOT_THE_SHARE_RE.match(text, part.end):
            continue
        wholes = [f for f in prev if f.unit == part.unit and f.kind == "figure" and not f.qualifier and f.noun
                  and _level_only(f)]
        if len(wholes) != 1 or wholes[0].value <= part.value:
            continue
        _tie_share(part, wholes[0], fig)


# "The nine-member committee voted 7-2": a body's size and a tally of its votes
_BODY_RE = re.compile(r"-(?:member|strong|seat|justice|judge|person|nation|country)\b", re.IGNORECASE)
_VOTE_WORDS_RE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|rul(?:e|ed|ing)|decision|verdict|approv(?:e|ed)|reject(?:ed)?|"
                            r"back(?:ed)?|pass(?:ed)?|split|margin|majority)\b", re.IGNORECASE)


def _back_to(figures: list[Figure], n: int, lo: int) -> list[Figure]:
    """The figures before index `n` that start at `lo` or later, in text order: a walk back over
    the neighbourhood only, so that a long text stays linear."""
    k = n
    while k > 0 and figures[k - 1].start >= lo:
        k -= 1
    return figures[k:n]


def _up_to(figures: list[Figure], n: int, hi: int) -> list[Figure]:
    """The figures from index `n` on that end by `hi`, in text order."""
    k = n
    while k < len(figures) and figures[k].end <= hi:
        k += 1
    return figures[n:k]


def _mark_votes(text: str, figures: list[Figure]) -> None:
    """Tie a body's size ("the nine-member committee", "the 100-seat Senate") to a vote tally
    ("voted 7-2", "ruled 6-3") in the same sentence or the next, so that the rules can check that
    the tally counts no more votes than the body has members."""
    for n, body in enumerate(figures):
        if body.kind != "figure" or body.unit != "count" or body.arithmetic_group or not _BODY_RE.match(text, body.end):
            continue
        # "Seven members of the nine-member committee voted for the rise, while two preferred to
        # hold and one argued for more": the members' votes, counted in the body's sentence
        members = [f for f in (*_back_to(figures, n, body.sentence[0]), *_up_to(figures, n + 1, body.sentence[1]))
                   if f.sentence == body.sentence and f.kind == "figure"
                   and f.unit == "count" and not f.qualifier and not f.arithmetic_group and f.value <= body.value
                   and (not f.noun or f.noun.lower().split()[0].rstrip("s") == "member")]
        if len(members) >= 2 and _VOTE_WORDS_RE.search(text, body.sentence[0], body.sentence[1]):
            key = f"vote{body.start}"
            body.arithmetic_group = f"{key}:body"
            for f in members:
                f.arithmetic_group = f"{key}:member"
            continue
        for tally in figures[n + 1 :]:
            if tally.sentence != body.sentence and tally.sentence[0] > body.sentence[1] + 2:
                break  # the same sentence or the next
            if tally.kind == "figure" and _BODY_RE.match(text, tally.end):
                break  # another body: the tallies after it are its own
            if tally.kind == "score" and not tally.arithmetic_group \
                    and _VOTE_WORDS_RE.search(text, max(body.end, tally.start - 40), min(len(text), tally.end + 30)):
                key = f"vote{body.start}"
                body.arithmetic_group, tally.arithmetic_group = f"{key}:body", f"{key}:tally"
                break


# "returned $9.7 billion, including $5.6 billion in dividends and $4.6 billion in buybacks": the
# figures after "including" are parts of the one before it (with no figure between)
_INCLUDING_RE = re.compile(r"[^.;:%\d()]{0,80}?(?:,\s*|\s+)(?:including|include|includes|included|among\s+them|of\s+whom|"
                           r"of\s+which)\s+"
                           + _APPROX, re.IGNORECASE)
# "a fleet of 312 aircraft - 187 from Northair and 135 from Skyway - and": parts listed in a
# dash aside right after the whole (they need not be all of it)
_DASH_ASIDE_RE = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?\s+[-–—]\s*" + _APPROX, re.IGNORECASE)
# from one included part to the next: its noun ("in dividends"), then "," / "and" and nothing else
_NEXT_PART_RE = re.compile(r"(?:[^.;:%\d(),]|(?<=[A-Za-z\d])\d){0,40}?(?:,\s*and\s+|,\s*|\s+and\s+)(?:another\s+|a\s+further\s+)?",
                           re.IGNORECASE)
# "revenue was 15.1 billion euros, with beauty contributing 3.4 billion, personal care 3.3 billion and
# ...": parts, each after its label, that some of the whole is said to come from
_WITH_CONTRIBUTING_RE = re.compile(r"[^.;:%\d()]{0,40}?,\s*with\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?\s+"
                                   r"(?:contributing|accounting\s+for|generating|bringing\s+in|making\s+up|providing)\s+"
                                   + _APPROX, re.IGNORECASE)
_LABEL_BEFORE_PART_RE = re.compile(r"(?:,\s*and\s+|,\s*|\s+and\s+)(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?\s+" + _APPROX,
                                   re.IGNORECASE)
_PLACE_OBJECT_RE = re.compile(r"\b(?:from|in|across|at|into|on|among|between|to)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_INCLUDED_UNITS = frozenset({"count", *CURRENCY_CODES})
# physical units that add up (rain, land, energy), not rates or levels (speeds, power, temperatures)
_AMOUNT_UNITS = frozenset(_PHYSICAL_CODES - {"kmh", "mph", "kn", "Hz", "MHz", "GHz", "W", "kW", "MW", "GW", "V", "K", "rad"})


def _mark_included(text: str, figures: list[Figure]) -> None:
    """Tie a figure to the parts the text says it includes: "returned $9.7 billion, including $5.6
    billion in dividends and $4.6 billion in buybacks", "killed 45 people, including 19
    children". The parts are a list right after "including" (also "among them", "of whom", "of
    which"), in the unit of the whole; they need not be all of it, so only parts that add up to
    more than the whole disagree with it."""
    for n, whole in enumerate(figures):
        if whole.kind != "figure" or whole.arithmetic_group or whole.unit not in _INCLUDED_UNITS:
            continue
        m = _INCLUDING_RE.match(text, whole.end)
        aside = None if m else _DASH_ASIDE_RE.match(text, whole.end) or _WITH_CONTRIBUTING_RE.match(text, whole.end)
        if not (m or aside) or _PLACE_OBJECT_RE.search(text, max(whole.sentence[0], whole.start - 12), whole.start):
            continue  # "firefighters from 12 countries, including 600 from the US": the 600 are firefighters
        parts = _listed_parts(text, figures[n + 1 :], whole, (m or aside).end(), whole.sentence,
                              labelled=aside is not None and aside.re is _WITH_CONTRIBUTING_RE)
        rest = _rest_of(text, figures, parts, n)
        if rest is not None and m and whole.value > rest.value:
            # "41.3 million users, of whom 12.6 million were in Europe, 17.9 million in North America
            # and the rest, 8.2 million, in Asia": the rest closes the list, which is all of the whole
            for f in (whole, *parts, rest):
                f.arithmetic_group = f"w{whole.start}"
        elif m or len(parts) >= 2:
            _tie_included(whole, parts)
    _mark_of_whom_lists(text, figures)
    _mark_named_includes(text, figures)


# "enrolled 4,812 patients at 96 hospitals, 2,406 of whom received the drug and 2,416 a placebo":
# a list of parts whose first says "of whom" and names no whole, each next part after a short
# answer and "and" or a comma
_OF_WHOM_AFTER_RE = re.compile(r"\s+of\s+(?:whom|which|them|these|those)\b", re.IGNORECASE)
_OF_WHOM_NEXT_RE = re.compile(r"[^.;:%\d()]{1,60}?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)(?:(?:US|C|A)?\$|[£€])?$",
                              re.IGNORECASE)


def _mark_of_whom_lists(text: str, figures: list[Figure]) -> None:
    """Parts listed after a whole, the first of them "of whom": tied as included parts, so that
    parts adding up to more than the whole disagree with it. The whole is the nearest figure
    before them in their sentence and unit that is larger than each part ("4,812 patients at
    96 hospitals in 11 countries": not the hospitals)."""
    for n, first in enumerate(figures):
        if first.kind != "figure" or first.arithmetic_group or first.unit not in _INCLUDED_UNITS \
                or not _OF_WHOM_AFTER_RE.match(text, first.end) \
                or not re.search(r",\s*$", text[first.sentence[0] : first.start]):
            continue
        parts = [first]
        for k in range(n + 1, len(figures)):
            f = figures[k]
            if f.sentence != first.sentence or f.kind != "figure" or f.unit != first.unit or f.arithmetic_group \
                    or not _OF_WHOM_NEXT_RE.fullmatch(text, parts[-1].end, f.start):
                break
            parts.append(f)
        if len(parts) < 2 or not re.search(r"\band\s+\S*$", text[parts[-2].end : parts[-1].start]):
            continue
        top = max(p.value for p in parts)
        k = n - 1  # back through the sentence only
        while k >= 0 and figures[k].sentence == first.sentence and not (
                figures[k].unit == first.unit and figures[k].kind == "figure" and figures[k].value > top):
            k -= 1
        whole = figures[k] if k >= 0 and figures[k].sentence == first.sentence else None
        if whole is not None and not whole.arithmetic_group and ";" not in text[whole.end : first.start]:
            _tie_included(whole, parts)


# "... in North America and the rest, 8.2 million", "and the remaining $1.2m"
_AND_THE_REST_RE = re.compile(r"[^.;:%\d(),]{0,40}?,?\s+and\s+the\s+(?:rest|remaining|other)\s*,?\s*(?:(?:US|C|A)?\$|[£€])?",
                              re.IGNORECASE)


def _rest_of(text: str, figures: list[Figure], parts: list[Figure], n: int) -> Figure | None:
    """The figure right after a list of parts (found after figures[n]) that closes it as "the
    rest" of their whole."""
    if not parts:
        return None
    k = n + 1
    while k < len(figures) and figures[k].start <= parts[-1].start:
        k += 1
    rest = figures[k] if k < len(figures) else None
    if rest is None or rest.sentence != parts[-1].sentence or rest.kind != "figure" or rest.unit != parts[-1].unit \
            or rest.arithmetic_group or rest.qualifier or not _AND_THE_REST_RE.fullmatch(text, parts[-1].end, rest.start):
        return None
    return rest


def _listed_parts(text: str, figures: list[Figure], whole: Figure, pos: int, sentence,
                  labelled: bool = False) -> list[Figure]:
    """The list of figures from `pos` in `whole`'s unit: "$5.6 billion in dividends and $4.6
    billion in buybacks"; `labelled`, each after its label: "beauty 3.4 billion, personal care
    3.3 billion and ..."."""
    parts: list[Figure] = []
    for part in figures:
        if labelled and parts and part.sentence == sentence and _LABEL_BEFORE_PART_RE.fullmatch(text, parts[-1].end, part.start):
            pos = part.start
        if part.start < pos:
            continue
        if part.start != pos or part.sentence != sentence or part.kind != "figure" \
                or part.unit != whole.unit or part.arithmetic_group:
            break
        kinds = {_stem(f.noun.split()[-1]) for f in (whole, *parts[:1]) if f.noun}
        if parts and part.noun and _stem(part.noun.split()[-1]) not in kinds \
                and not (len(kinds) == 2 and "," not in text[parts[-1].end : part.start]) \
                and not all(p.noun for p in parts):
            # "40 stores, including five in Scotland, and 1,200 staff": the staff are not
            # stores; but "312 structures, including 248 homes and 71 outbuildings" names
            # a kind for each part, joined by a bare "and", as does "Its 1.4 million members
            # include 620,000 retirees, 540,000 active workers and 310,000 former employees"
            break
        parts.append(part)
        nxt = _NEXT_PART_RE.match(text, part.end)
        if not nxt:
            break
        pos = nxt.end()
    return parts


def _tie_included(whole: Figure, parts: list[Figure]) -> None:
    if parts:
        key = f"inc{whole.start}"
        whole.arithmetic_group = f"{key}:whole"
        for part in parts:
            part.arithmetic_group = f"{key}:part"


# "The package includes £1.5bn for schools, £1.9bn for hospitals and £1.1bn for roads"
_NAMED_INCLUDES_RE = re.compile(r"(?:The|This|That|Its|Their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\s+"
                                r"(?:includes|included|will\s+include|would\s+include)\s+" + _APPROX)


def _mark_named_includes(text: str, figures: list[Figure]) -> None:
    """A sentence that lists what a thing named before includes: "The chancellor set out a
    £4.2bn spending package ... The package includes £1.5bn for schools, £1.9bn for hospitals
    and £1.1bn for roads". The whole is the one figure of the parts' unit, in the three sentences
    before, whose noun ends in that word."""
    for n, first in enumerate(figures):
        lo = first.sentence[0]
        m = _NAMED_INCLUDES_RE.fullmatch(text, lo, first.start)
        if not m or first.kind != "figure" or first.arithmetic_group or first.unit not in _INCLUDED_UNITS:
            continue
        noun = _stem(m.group("noun"))
        wholes = [f for f in figures[:n] if f.unit == first.unit and f.kind == "figure" and f.noun
                  and _stem(f.noun.split()[-1]) == noun and len(sentence_spans(text[f.sentence[0] : lo])) <= 3]
        if len(wholes) != 1 or wholes[0].arithmetic_group:
            continue
        parts = _listed_parts(text, figures[n:], wholes[0], first.start, first.sentence)
        if len(parts) >= 2:
            _tie_included(wholes[0], parts)


# "The 1,240 cases comprised 820 children ... and 390 adults", "$2 billion was split between",
# "318 had developed dementia: 204 in ... and 124 in ...": a whole and the list of all its parts
_COMPOSED_RE = re.compile(r"(?:(?:\s+[a-z][\w'’-]*){0,4}?,?\s+(?:comprised|comprises|comprise|comprising|"
                          r"(?:consist(?:ed|s|ing)?|(?:(?:were|was|are|is)\s+)?made\s+up)\s+of|"
                          r"(?:(?:were|was|are|is)\s+|(?<=,\s))(?:split|divided|shared)\s+(?:between|into|among)|"
                          r"br(?:oke|eaks?)\s+down\s+(?:as|into))\s+"
                          # "318 participants had developed dementia: 204 in the ... and 124 in the ...": a
                          # colon opens the breakdown
                          r"|(?:\s+(?!(?:include[sd]?|including|among|such|like)\b)[a-z][\w'’-]*){1,10}:\s*)" + _APPROX,
                          re.IGNORECASE)  # (not "The 20 candidates include: ...": some of them)


# "split between adult social care (£230m), schools (£96m) and roads (£71m)": each part after its label
_LABELLED_PART_RE = re.compile(r"\)?\s*(?:,\s*and\s+|,\s*|\s+and\s+)?[^.;:()\d%#]{1,60}?\(\s*(?:(?:US|C|A)?\$|[£€])?")
_IN_WHOLE_RE = re.compile(r"[^,.;:\d]{0,30}?\b(?:in|from|over|across|after)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?")


def _mark_composed(text: str, figures: list[Figure]) -> None:
    """Tie a whole to the parts the text says make it up: "The 1,240 cases comprised 820
    children under 10 and 390 people aged 10 or over". The parts are a list right after the verb
    in the unit of the whole (figures of other units inside it, such as the ages, are passed
    over); unlike "including", they are all of it, so the rules check that they add up."""
    for n, whole in enumerate(figures):
        if whole.kind != "figure" or whole.arithmetic_group or whole.unit not in _INCLUDED_UNITS:
            continue
        m = _COMPOSED_RE.match(text, whole.end, whole.sentence[1])
        if not m or n and figures[n - 1].sentence == whole.sentence and figures[n - 1].unit == whole.unit \
                and _IN_WHOLE_RE.fullmatch(text, figures[n - 1].end, whole.start):
            continue  # "41 goals in 63 games for the club: 22 last season and 19 this": the list may
            # break down either figure
        parts: list[int] = []
        for k in range(n + 1, len(figures)):
            part = figures[k]
            if part.sentence != whole.sentence:
                break
            if part.unit != whole.unit or part.kind != "figure" or part.end <= m.end():
                continue  # (the "three" of "1,250 pupils sat GCSEs at the three schools: 480 at ...")
            if part.value >= whole.value:
                parts = []
                break  # no part is as large as its whole: this is not the list of its parts
            if not parts:
                labelled = part.start != m.end() and bool(_LABELLED_PART_RE.fullmatch(text, m.end(), part.start))
            if part.arithmetic_group or (part.start != m.end() and not labelled if not parts
                                         else not (_LABELLED_PART_RE if labelled else _NEXT_PART_RE).fullmatch(
                                             _gap(text, figures, parts[-1], k))):
                break
            parts.append(k)
        if len(parts) >= 2:
            key = f"w{whole.start}"
            for f in (whole, *(figures[k] for k in parts)):
                f.arithmetic_group = key


# "scored 27 goals in 41 appearances, 19 in the league and 6 in cup competitions": after a comma, a
# list whose every part is labelled by a preposition ("in the league"): a breakdown of a figure
# before it
_BREAKDOWN_OPEN_RE = re.compile(r"[^.;:%\d()]{0,60}?,\s*(?:with\s+)?$", re.IGNORECASE)
_LIST_OPENED_RE = re.compile(r"\b(?:of\s+which|of\s+whom|including|among\s+them|such\s+as)\b|:", re.IGNORECASE)
# ("9,800 work in the United States and 14,700 in its factories elsewhere": a verb of where the
# part is may come before the preposition)
_BREAKDOWN_LABEL_RE = re.compile(r"\s+(?:(?:are|were|is|was)\s+)?(?:(?:work|live|stud(?:y|ie)|serve|remain|stay|die|come|"
                                 r"came|based|employed|located|held|kept|born|sold)[a-z]*\s+)?"
                                 r"(?P<label>in|at|on|from|for|against|across|by|among)\s+(?:the\s+|its\s+|their\s+)?[a-z]",
                                 re.IGNORECASE)


# "367 in Doren", "96 in neighbouring Velt": a part labelled by a name
_NAMED_LABEL_RE = re.compile(r"\s+(?:in|at|from|across)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")


def _mark_breakdowns(text: str, figures: list[Figure]) -> None:
    """A list of two or more parts set after a comma, each labelled by a preposition ("19 in the
    league and 6 in cup competitions", "30 in Gaza and 15 in the West Bank"), breaks down a figure
    of its unit earlier in the clause. Where two figures could be its whole ("27 goals in 41
    appearances"), the list is read as the breakdown of the one its sum comes closest to: it is
    a slip only if it adds up to neither."""
    n = 0
    while n < len(figures):
        first = figures[n]
        n += 1
        if first.kind != "figure" or first.arithmetic_group or first.qualifier or first.unit not in _INCLUDED_UNITS \
                or not _BREAKDOWN_LABEL_RE.match(text, first.end):
            continue
        lo = max(first.sentence[0], text.rfind(";", first.sentence[0], first.start) + 1)
        before = [f for f in _back_to(figures, n - 1, lo) if f.kind == "figure" and f.unit == first.unit]
        if not before or not _BREAKDOWN_OPEN_RE.fullmatch(text, before[-1].end, first.start) \
                or _LIST_OPENED_RE.search(text, lo, first.start):
            continue  # "income rose to £96m, of which £52m came from its grant, £27m from trading and
            # £12m from donations": the list began before, at "of which"
        parts = [first]
        for f in figures[n:]:
            if f.sentence != first.sentence or f.kind != "figure" or f.unit != first.unit or f.arithmetic_group \
                    or f.qualifier or not _NEXT_PART_RE.fullmatch(text, parts[-1].end, f.start) \
                    or not _BREAKDOWN_LABEL_RE.match(text, f.end):
                break
            parts.append(f)
        if len(parts) < 2 or not re.search(r"\band\s+$", text[parts[-2].end : parts[-1].start]):
            continue  # "19 in the league, 6 in the cup" with no "and" may go on
        total = sum(p.value for p in parts)
        label = _BREAKDOWN_LABEL_RE.match(text, first.end).group("label").lower()
        named = _NAMED_LABEL_RE.match(text, first.end)
        wholes = [f for f in before if not f.arithmetic_group and f.value > max(p.value for p in parts)
                  and not re.match(rf"\s+{label}\b", text[f.end : f.end + 12], re.IGNORECASE)
                  and not (named and f.value != total
                           and re.search(rf"\b{label}\s+(?:[a-z]+\s+){{0,4}}[A-Z]", text[f.end : first.start]))]
        # "$211 million for public safety, $96 million for parks and $175 million for the rest":
        # a figure labelled as the parts are is one of them, not their whole; so is one whose
        # clause names a place as the parts do ("812 people had died in Karsa province, 367 in
        # Doren and 96 in neighbouring Velt"), unless the others add up to it ("612 people in
        # Nepal, 300 in Kathmandu and 312 in Pokhara")
        if not wholes:
            continue
        whole = min(wholes, key=lambda f: abs(f.value - total))
        for f in (whole, *parts):
            f.arithmetic_group = f"w{whole.start}"
        n = figures.index(parts[-1]) + 1


# "..., or 46% of the list": a share of a whole named by its noun
_OF_NAMED_WHOLE_RE = re.compile(r"\s+of\s+(?:the|all|its|their)\s+(?:[A-Za-z]+['’]s\s+)?(?:[a-z-]+\s+)?([a-z]{3,})"
                                r"(?=\s*[,.;:)]|\s*$|\s+(?:and|in|on|at|for|last|this|by|from|to|as|the|a|an)\b)",
                                re.IGNORECASE)  # the noun ends its phrase: not "of the firm's profit"


# "made up 21% of residents, about 19,600 people": a share of a whole named by its noun, then the part
_PCT_OF_THEN_PART_RE = re.compile(r"\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[a-z-]+\s+)?([a-z]{3,})\s*,\s*(?:or\s+)?",
                                  re.IGNORECASE)


_COMPARATIVE_AFTER_RE = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:more|less|fewer|higher|lower|above|below|up|down)\b")


# a whole named by a collective noun is counted in its members: "800 jobs, or about 9% of its
# workforce" of "12,300 employees"
_MEMBERS = {"workforce": ("employee", "staff", "worker", "employed", "employ"), "staff": ("employee", "worker"),
            "electorate": ("voter",), "population": ("resident", "inhabitant", "people"),
            "fleet": ("aircraft", "plane", "vehicle", "ship", "bus", "train")}


_NEAR = 150  # figures looked at either way for a whole named nearby
# "Users in Europe accounted for", "Paying subscribers numbered": the things a sentence opens with
_PLURAL_SUBJECT_RE = re.compile(r"\s*(?:The\s+|Its\s+|Their\s+)?(?:[A-Za-z-]+\s+){0,2}?([A-Za-z]{3,}[^s\W]s)\b"
                                r"(?:\s+(?:in|from|outside|across|at|on)\s+(?:the\s+)?[A-Za-z]+)?\s+"
                                r"(?:accounted|made|numbered|were|totall?ed|came|reached|stood)\b", re.IGNORECASE)


def _mark_share_of_named(text: str, figures: list[Figure]) -> None:
    """Tie "3.2 million, or 46% of the list" to the whole the text gave for "the list" before it
    ("The waiting list ... fell to 7.54 million"): the nearest earlier figure of the part's unit,
    larger than it, within about three sentences before, whose sentence names that noun before
    it or just after it ("has 3,300 staff"); not the old value of a change ("from 7.64 million")."""
    for n in range(1, len(figures)):
        part, pct = figures[n - 1], figures[n]
        if figures[n - 1].unit == "percent":
            # the share first: "People aged 65 and over made up 21% of residents, about 19,600 people"
            pct, part = figures[n - 1], figures[n]
            named = _PCT_OF_THEN_PART_RE.fullmatch(text, pct.end, part.start)
            if n >= 2 and _share_follows(text, figures[n - 2], pct) \
                    or _COMPARATIVE_AFTER_RE.match(text, part.end):
                continue  # "£127.5bn, or 4.5% of GDP, about £32bn a year more than planned": the
                # share is of the figure before it, and the one after is a difference
        elif _share_follows(text, part, pct):
            # "..., or 46% of the list", or the noun before the share: "4,120 of the total, or 16%"
            named = _OF_NAMED_WHOLE_RE.match(text, pct.end) or _OF_NAMED_WHOLE_RE.match(text, part.end, pct.start)
        else:
            continue
        if not named or not _is_share_figure(pct) or part.unit not in _INCLUDED_UNITS | _AMOUNT_UNITS \
                or part.sentence != pct.sentence \
                or part.arithmetic_group or pct.arithmetic_group or part.kind != "figure" \
                or pct.kind not in ("figure", "ratio"):  # "782 of the burglaries, about one in four"
            continue
        word = named.group(1).lower().rstrip("s")
        if word in ("total", "whole"):
            # "Retired nurses made up 1,510 of the total": the whole is a count of something, and of
            # what the part counts where the part names it ("cut 400 head office jobs, about 12% of
            # the total" is not of "1,048 stores")
            head = _last_noun(part)
            names = {re.escape(w.noun.split()[-1]) for w in figures[max(0, n - 1 - _NEAR) : n - 1]
                     if w.noun and head in ("", _last_noun(w))}
            subject = _PLURAL_SUBJECT_RE.match(text, part.sentence[0], part.start) if not head and not names else None
            if subject and part.unit == "count":
                # "Users in Europe accounted for 14.2 million, or 34% of the total": a count of what the
                # sentence opens with, its whole the earlier figure whose sentence names them
                names = {"(?i:" + re.escape(subject.group(1).lower().removesuffix("s")) + ")"}
            # "38mm, or 32% of the month's total": a physical unit says itself what is totalled
            noun = re.compile("|".join(sorted(names)) or ("" if part.unit in _AMOUNT_UNITS and not head else "(?!)"))
        else:
            # a whole named by its members is also named by their collective: "21% of residents" of
            # "the population"
            words = (word, *_MEMBERS.get(word, ()), *(k for k, members in _MEMBERS.items() if word in members),
                     # "of the completions" of "32,695 new homes were completed"; "deportations", "deported"
                     *((word[:-3] + "ed", word[:-5] + "ed") if word.endswith("ion") else ()))
            noun = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")s?\b", re.IGNORECASE)
        # (at most _NEAR figures either way: the whole is within about three sentences, and a long
        # text of such shares stays linear)
        before = (w for w in reversed(figures[max(0, n - 1 - _NEAR) : n - 1]) if part.sentence[0] - w.sentence[1] <= 600)
        # or the sentence right after: "... about 15% of its workforce. The company employed 124,800 people"
        later = [w for w in figures[n + 1 : n + 1 + _NEAR] if w.sentence != pct.sentence]
        after = [w for w in later if w.sentence == later[0].sentence and w.sentence[0] - pct.sentence[1] <= 2]
        whole = next((w for w in before if _names_whole(text, w, part, noun)), None) \
            or next((w for w in after if _names_whole(text, w, part, noun)), None)
        if whole is not None:
            _tie_share(part, whole, pct)


# "The spending plan is 6.2 percent larger than last year's budget of $446 million": a change on a
# level the text names, whose level now it stated before
# "... higher than last year's": the comparison with a level of before, shared by the two readers below
_THAN_LAST = (r"\s+(?:larger|bigger|higher|greater|more|smaller|lower|less|fewer|above|below)\s+than\s+"
              r"(?:the\s+)?(?:last|previous|prior)\s+(?:year|season|quarter|month|term|week)(?:'s|’s)\s+")
_THAN_NAMED_LEVEL_RE = re.compile(_THAN_LAST + r"(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})\s+of\s+(?:(?:US|C|A)?\$|[£€])?$",
                                  re.IGNORECASE)


def _mark_change_on_named_level(text: str, figures: list[Figure]) -> None:
    """A change in percent on a named level of before, whose level now the text stated earlier:
    "The council approved a $482 million budget ... The spending plan is 6.2 percent larger
    than last year's budget of $446 million" (8.1%). The level now is the nearest earlier figure
    of the old level's unit, within about three sentences, whose sentence names the noun; not
    an old level itself."""
    for n, (pct, old) in enumerate(zip(figures, figures[1:], strict=False)):
        named = _THAN_NAMED_LEVEL_RE.fullmatch(text, pct.end, old.start)
        if not named or pct.unit != "percent" or pct.arithmetic_group or old.arithmetic_group \
                or old.kind != "figure" or pct.sentence != old.sentence or old.unit in _NO_DIFFERENCE_UNITS:
            continue
        new = _earlier_level_named(text, figures[:n], pct, old.unit, named.group("noun"))
        if new is not None:
            _tie_change(pct, new, old)
    for n, (diff, old) in enumerate(zip(figures, figures[1:], strict=False)):
        # "... a pass rate of 67.2%. The pass rate was 3.1 percentage points higher than last year's
        # 63.8%": the subject names the level, stated in a sentence before
        if diff.arithmetic_group or old.arithmetic_group or old.kind != "figure" or diff.sentence != old.sentence \
                or not _THAN_LAST_LEVEL_RE.fullmatch(text, diff.end, old.start) or old.unit in _NO_DIFFERENCE_UNITS \
                or diff.unit not in ("percent", old.unit) and (diff.unit, old.unit) != ("percentage_points", "percent"):
            continue
        subject = _SUBJECT_RE.fullmatch(text, diff.sentence[0], diff.start)
        new = _earlier_level_named(text, figures[:n], diff, old.unit, subject.group("noun")) if subject else None
        if new is not None:
            _tie_change(diff, new, old, "gap" if diff.unit == old.unit and diff.unit != "percent" else "change")


    for n, (old, change) in enumerate(zip(figures, figures[1:], strict=False)):
        # "... 1,944 passed, a pass rate of 68%. That was up from 61% last year, a rise of nine
        # percentage points": the level now is the last of its unit in the sentence before
        if old.arithmetic_group or old.kind != "figure" or old.sentence != change.sentence \
                or old.unit in _NO_DIFFERENCE_UNITS or not _is_change(change, old) \
                or not _THAT_WAS_FROM_RE.fullmatch(text, old.sentence[0], old.start) \
                or not _CHANGE_AFTER_RE.fullmatch(text, old.end, change.start):
            continue
        new = next((f for f in reversed(figures[max(0, n - 12) : n]) if f.unit == old.unit), None)
        # (a rate worked out as a share is a level too: "an offer rate of 70%")
        if new is not None and new.kind == "figure" and not new.arithmetic_group.endswith(":old") \
                and all(t.endswith((":new", ":pct")) for t in new.arithmetic_group.split()) \
                and 0 <= old.sentence[0] - new.sentence[1] <= 3:
            _tie_change(change, new, old, "gap" if change.unit == old.unit and change.unit != "percent" else "change")


_THAN_LAST_LEVEL_RE = re.compile(_THAN_LAST + r"(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)
# "That was up from 61% last year", "This is down from": a sentence whose subject is the level before
_THAT_WAS_FROM_RE = re.compile(r"\s*(?:That|This|It)\s+(?:was|is|were|are)\s+(?:up|down)\s+from\s+(?:(?:US|C|A)?\$|[£€])?",
                               re.IGNORECASE)


def _earlier_level_named(text: str, earlier: list[Figure], fig: Figure, unit: str, noun: str) -> Figure | None:
    """The level the text stated before `fig`'s sentence, within about three sentences, for the
    thing `noun` names: the nearest figure of `unit` whose sentence names it before the figure
    or just after; a level, not the old one of a change."""
    named = re.compile(rf"\b{re.escape(noun.rstrip('s'))}s?\b", re.IGNORECASE)
    return next((f for f in reversed(earlier) if f.sentence != fig.sentence
                 and fig.sentence[0] - f.sentence[1] <= 600 and f.kind == "figure" and f.unit == unit
                 and _level_only(f) and not f.arithmetic_group.endswith(":old")
                 and named.search(text, f.sentence[0], min(f.end + 40, f.sentence[1]))), None)


# "Prices in Dunmore are now 8.6 times average earnings in the town, which stand at £31,200": a
# multiple of a level stated after it, of a subject whose level the text stated before
_SUBJECT_RE = re.compile(r"\s*(?:the\s+)?(?:average\s+|typical\s+|median\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z]{4,})\s+"
                         r"(?:in\s+[A-Z][\w-]*\s+)?(?:are|is|were|was)\s+(?:now\s+)?$", re.IGNORECASE)
_WHICH_STAND_AT_RE = re.compile(r"[^.;:%\d]{0,60}?,\s*(?:which|that)\s+(?:stands?|stood|is|are|was|were|comes?\s+to|came\s+to)"
                                r"\s+(?:at\s+)?(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)


def _mark_multiple_of_named(text: str, figures: list[Figure]) -> None:
    """The subject of a sentence as a multiple of a level stated after it, the subject's own
    level stated before: "The average house price rose 4.2% to £287,400 ... Prices in Dunmore
    are now 8.6 times average earnings in the town, which stand at £31,200" (9.2 times)."""
    for n, (times, old) in enumerate(zip(figures, figures[1:], strict=False)):
        if times.unit != "times" or times.arithmetic_group or old.arithmetic_group or old.kind != "figure" \
                or old.sentence != times.sentence or old.unit in _NO_DIFFERENCE_UNITS \
                or not _WHICH_STAND_AT_RE.fullmatch(text, times.end, old.start):
            continue
        subject = _SUBJECT_RE.fullmatch(text, times.sentence[0], times.start)
        new = _earlier_level_named(text, figures[:n], times, old.unit, subject.group("noun")) if subject else None
        if new is not None:
            _tie_change(times, new, old)


# "Ridership is at 82 percent of its 2019 level: 1.23 million trips ..., against 1.61 million before
# the pandemic": a level now as a share of a level then, both stated after it
_OF_LEVEL_RE = re.compile(r"\s+of\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?levels?\s*(?:[:,]|—|--)\s*(?:with\s+)?",
                          re.IGNORECASE)
_AGAINST_LEVEL_RE = re.compile(r"[^.;:%\d]{0,60}?,?\s+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
                               r"(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


def _mark_share_of_level(text: str, figures: list[Figure]) -> None:
    """A level now stated as a share of a level then, and the two levels after it: "Ridership
    is at 82 percent of its 2019 level: 1.23 million trips on an average weekday, against 1.61
    million before the pandemic" (76.4%). A year in the phrase is no level."""
    for n, pct in enumerate(figures):
        named = _OF_LEVEL_RE.match(text, pct.end) if pct.unit == "percent" and not pct.arithmetic_group else None
        if not named:
            continue
        levels = [f for f in figures[n + 1 : n + 5] if f.kind != "year" and f.sentence == pct.sentence][:2]
        if len(levels) < 2:
            continue
        now, then = levels
        if now.start >= named.end() and now.kind == then.kind == "figure" and now.unit == then.unit \
                and not now.arithmetic_group and not then.arithmetic_group \
                and _AGAINST_LEVEL_RE.fullmatch(text, now.end, then.start):
            _tie_share(now, then, pct)


def _share_follows(text: str, fig: Figure, pct: Figure) -> bool:
    """`pct` is stated right after `fig` as its share: "3.2 million, or 46%", "2.1 million, 37%"."""
    return bool(_OR_PCT_RE.fullmatch(text, fig.end, pct.start) or _APPOSED_PCT_RE.fullmatch(text, fig.end, pct.start))


def _last_noun(fig: Figure) -> str:
    """The last word of a figure's counted noun, lower case, without a plural s; '' if none."""
    return fig.noun.split()[-1].lower().rstrip("s") if fig.noun else ""


def _tie(fig: Figure, key: str, role: str) -> None:
    """Add `fig` to the arithmetic group `key` in `role`; a figure may be in two groups, as the
    new level of a change and the whole of a share ("A record 28,450 students ..., up 6% from
    26,300 ... 4,120 of the total, or 16%")."""
    fig.arithmetic_group = f"{fig.arithmetic_group} {key}:{role}".lstrip()


def _level_only(fig: Figure) -> bool:
    """In no arithmetic group, or only as a level of a change: free to be a share's whole."""
    return all(token.endswith((":new", ":old")) for token in fig.arithmetic_group.split())


def _is_share_figure(fig: Figure) -> bool:
    """A share stated of a part: a percentage, or a fraction in words ("or more than a third")."""
    return fig.unit == "percent" or _is_fraction_word(fig)


def _as_ratio(fig: Figure) -> None:
    """A fraction in words read as a share of a whole ("or nearly a half": 0.4 to 0.5), as
    "nearly half of them" is read, once the text shows it is one."""
    reading = PREFIX_QUALIFIERS.get(fig.qualifier) or SUFFIX_QUALIFIERS.get(fig.qualifier, "") if fig.qualifier else ""
    if fig.kind != "ratio":  # ("one in five" keeps its own step)
        fig.unit, fig.step = "ratio", 0.1
    fig.lower, fig.upper, fig.lower_inclusive, fig.upper_inclusive, fig.pragmatic_lower, fig.pragmatic_upper = intervals(
        fig.value, fig.step, reading, exact_plain=True)
    _keep_in_range(fig)


def _tie_share(part: Figure, whole: Figure, pct: Figure) -> None:
    if _is_fraction_word(pct):
        _as_ratio(pct)  # "or more than a third": a share in words
    key = f"shr{pct.start}"
    part.arithmetic_group, pct.arithmetic_group = f"{key}:part", f"{key}:pct"
    _tie(whole, key, "whole")


def _names_whole(text: str, whole: Figure, part: Figure, noun: re.Pattern) -> bool:
    """A larger figure of the part's unit whose sentence names the whole's noun before it or just
    after it; not the old value of a change ("from 7.64 million", "2% more than last year's
    796,500": a share is of the level now)."""
    return whole.kind == "figure" and whole.unit == part.unit and _level_only(whole) \
        and not whole.arithmetic_group.endswith(":old") \
        and whole.value > part.value and bool(noun.search(text, whole.sentence[0], min(whole.end + 40, whole.sentence[1]))) \
        and not _REFERENCE_BEFORE_RE.search(text, max(0, whole.start - 30), whole.start) \
        and not _TARGET_BEFORE_RE.search(text, max(whole.sentence[0], whole.start - 40), whole.start)


# "The Government's target was 33,450": what was aimed at, forecast or planned is no whole of what happened
_TARGET_BEFORE_RE = re.compile(r"\b(?:target|goal|aim|forecast|projection|estimate|pledge|promise)s?\b"
                               r"[^.;:,\d]{0,20}$", re.IGNORECASE)


# "revenue rose 12% to $4.2 billion from $3.75 billion", "crossings rose to 36,800, up 25% from
# 29,400": a change stated with both its levels
# not past a clause of another subject: "revenue ..., up 12%, while net income tripled to $1.1bn"
_CHANGE_TO_RE = re.compile(r"(?:(?!,\s*(?:while|whereas|but|and|as|with)\b)[^.;:%\d]){0,30}?\bto\s*", re.IGNORECASE)
_CHANGE_FROM_RE = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?from\s*", re.IGNORECASE)
# "up 6% from 26,300", "up 17% on the previous year's 4.9 million": between the change and its old level
_UP_ON_RE = re.compile(r"\s+(?:from|on)\s+(?:the\s+)?(?:(?:previous|last|prior|same|this|current)\s+(?:year|month|quarter|season|"
                       r"period|week)(?:'s|’s)\s+)?", re.IGNORECASE)
_THAN_THEN_WHEN_RE = re.compile(r"\s+(?:higher|lower|more|less|above|below|up|down)(?:\s+(?:than|on|from))?\s+[^,.;:%\d]{1,40}?,"
                                r"\s*when\s+(?:it|they|prices?|the\s+[a-z]+)\s+(?:was|were|stood\s+at|had\s+been|totall?ed)\s+"
                                r"(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)
_LEVEL_THEN_CHANGE_RE = re.compile(r"[^.;:%\d]{0,100}?(?:,|\s+and)\s*(?:up|down)\s*", re.IGNORECASE)
_CHANGE_UNITS = ("percent", "percentage_points")
# between the old level and the new of "rose from OLD to NEW": when the old one was ("in 2019")
_FROM_TO_RE = re.compile(r"(?:\s+(?:in|on|at|during|before|after)\s+[^,.;:%\d#]{1,30}?|\s+#)?\s*,?\s+to\s*", re.IGNORECASE)
# "a 4.5% pay rise ..., which would take the starting salary to", "a 3% increase, bringing it to"
_PAY_CHANGE_NOUNS = r"(?:rise|increase|raise|hike|uplift|cut|fall|drop|reduction|decrease)"
_TAKING_TO = (r"[^.;:%\d]{0,80}?\b(?:take|takes|taking|took|taken|bring|brings|bringing|brought|lift|lifts|lifting|"
              r"push|pushes|pushing|pushed)\b[^.;:%\d]{0,60}?\bto\s*")
_CHANGE_NOUN_TAKING_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?" + _PAY_CHANGE_NOUNS + r"\b" + _TAKING_TO, re.IGNORECASE)
# "a rise of 4.5% this year, which would take a driver's basic salary to £63,700 from £60,200"
_CHANGE_OF_BEFORE_RE = re.compile(r"\b" + _PAY_CHANGE_NOUNS + r"\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
                                  re.IGNORECASE)
_TAKING_TO_RE = re.compile(_TAKING_TO, re.IGNORECASE)


def _near_levels(new: Figure, change: Figure, old: Figure) -> bool:
    """Levels a change in percent of less than 100 can join: within ten times of each other. The
    figure nearest "up 12% from 12,100" may count something else ("across the three northern
    counties ..., up 12% from 12,100")."""
    if change.unit != "percent" or abs(change.value) >= 100 or not old.value:
        return True
    return 0.1 < new.value / old.value < 10


def _mark_changes(text: str, figures: list[Figure]) -> None:
    """Tie a change to the two levels it is stated with, so that the rules can check the
    arithmetic. The shapes read, the change in percent, in points or in the levels' own unit:
    - P to NEW from OLD: "rose 12% to $4.2 billion from $3.75 billion" (also "to $4.8 billion in
      the second quarter from ..." and "to $610 million, or $1.42 per share, from ...");
    - NEW, up P from OLD: "rose to 36,800 last year, up 25% from 29,400";
    - to NEW from OLD, a fall of P: "eased to 3.6% from 3.9%, a fall of 0.3 percentage points";
    - NEW, P below OLD: "4.28 million square kilometres, 12% below the average of 6.22 million",
      "38,500 students, 2,300 more than last year's 35,200".
    - NEW, P on OLD: "36,800 ... in 2025, up 21% on the 31,400 who crossed in 2024";
    - NEW, a P premium to OLD: "valuing it at $142 a share, a 25% premium to its closing price
      of $120" (also a discount).
    The change must follow a verb of change or "up"/"down", or come before a comparative; the
    two levels must share a unit. Years and dates between them ("in 2025") are read as words."""
    levels = [f for f in figures if not _is_when(text, f)]
    text, figures = _masked_dates(text, figures), levels
    text, figures, asides = _masked_asides(text, figures)
    for n, (a, b) in enumerate(zip(figures, figures[1:], strict=False)):
        if a.arithmetic_group or b.arithmetic_group or a.kind != "figure" or b.kind != "figure" or a.sentence != b.sentence:
            continue
        c = figures[n + 2] if n + 2 < len(figures) else None
        role = "change"
        if _is_change(a, b) and _CHANGE_TO_RE.fullmatch(text, a.end, b.start) and _after_change_verb(text, a):
            change, new, old = a, b, _next_level(text, figures, n + 1, b.unit, _CHANGE_GAP_RE)
        elif a.unit == "times" and a.text.lower().endswith(tuple(MULTIPLIED_VERBS)) and b.unit not in _NO_DIFFERENCE_UNITS \
                and _CHANGE_TO_RE.fullmatch(text, a.end, b.start):
            change, new, old = a, b, _next_level(text, figures, n + 1, b.unit, _CHANGE_GAP_RE)  # "tripled to $1.1bn from $520m"
        elif _is_change(a, b) and a.unit == "percent" and (
                _CHANGE_NOUN_TAKING_RE.fullmatch(text, a.end, b.start)
                or _CHANGE_OF_BEFORE_RE.search(text, max(a.sentence[0], a.start - 30), a.start)
                and _TAKING_TO_RE.fullmatch(text, a.end, b.start)):
            # "a 4.5% pay rise from September, which would take the starting salary to £32,900 from £31,650"
            change, new, old = a, b, _next_level(text, figures, n + 1, b.unit, _CHANGE_GAP_RE)
        elif c is not None and _is_change(b, a) and c.unit == a.unit and _LEVEL_THEN_CHANGE_RE.fullmatch(text, a.end, b.start) \
                and _UP_ON_RE.fullmatch(text, b.end, c.start) and _near_levels(a, b, c):
            change, new, old = b, a, c
        elif c is not None and _is_change(b, a) and c.unit == a.unit and b.unit in _CHANGE_UNITS \
                and re.fullmatch(r"[^.;:%\d]{0,100}?,\s*", text[a.end : b.start]) \
                and _THAN_THEN_WHEN_RE.fullmatch(text, b.end, c.start) and _near_levels(a, b, c):
            change, new, old = b, a, c  # "$412,000 in October, 9% higher than a year earlier, when it was $386,000"
        elif c is not None and a.unit == b.unit and _is_change(c, a) and _CHANGE_AFTER_RE.fullmatch(text, b.end, c.start) \
                and (re.fullmatch(_PER_UNIT + r"(?:\s+(?!from\b|up\b|down\b)[a-z][a-z-]*){0,2}" + _LEVEL_WHEN + _OR_ASIDE
                                  + r"\s*,?\s+from\s*", text[a.end : b.start], re.IGNORECASE)
                     and _after_change_verb(text, a, "to")
                     or re.fullmatch(r"[^.;:%\d#]{0,60}?,\s*(?:[a-z]+ing\s+#+\s*of\s+[^,.;:%\d#]{1,30}?,\s*)?(?:up|down)\s+from\s*",
                                     text[a.end : b.start])):
            change, new, old = c, a, b  # "eased to 3.6% from 3.9%, a fall of", "59.7%, down from 67.3%, a fall of"
        elif c is not None and a.unit == b.unit and _is_change(c, a) and _FROM_TO_RE.fullmatch(text, a.end, b.start) \
                and _moved_from_before(text, a) \
                and _CHANGE_AFTER_RE.fullmatch(text, b.end, c.start):
            change, new, old = c, b, a  # "will rise from $2.90 to $3.10 in March, an increase of 8%"
        elif c is not None and _is_change(b, a) and c.unit == a.unit and _LEVEL_THEN_A_RE.fullmatch(text, a.end, b.start) \
                and _CHANGE_NOUN_OVER_RE.fullmatch(text, b.end, c.start) and _near_levels(a, b, c):
            change, new, old = b, a, c  # "a $1.92 billion budget ..., a 3.4% increase over this year's $1.86 billion"
        elif c is not None and a.unit == b.unit and _is_change(c, a) and _COMPARED_WITH_RE.fullmatch(text, a.end, b.start) \
                and _COMPARED_CHANGE_RE.fullmatch(text, b.end, c.start):
            change, new, old = c, a, b  # "412 ... had a stroke, compared with 538 ..., a reduction of 31%"
        elif c is not None and b.unit == "times" and not b.arithmetic_group and a.unit == c.unit \
                and a.unit not in _NO_DIFFERENCE_UNITS and _TIMES_GAP_RE.fullmatch(text, a.end, b.start) \
                and _TIMES_OF_RE.fullmatch(text, b.end, c.start):
            change, new, old = b, a, c  # "deployed 2,400 soldiers, three times the 600 sent in 1985"
        elif c is not None and a.unit == b.unit and _is_change(c, a) and c.unit == a.unit \
                and _BEATING_RE.fullmatch(text, a.end, b.start) and _BY_MARGIN_RE.fullmatch(text, b.end, c.start):
            change, new, old = c, a, b  # "a fee of £48m, beating the club record of £35m ... by £13m"
        elif _is_change(b, a) and (_LEVEL_THEN_DIFFERENCE_RE.fullmatch(text, a.end, b.start)
                                   or _RESTATED_LEVEL_RE.fullmatch(text, a.end, b.start)) \
                and (a.unit in ("seconds", "minutes", "hours")  # "won in 2:03:11, 38 seconds outside the record"
                     or not _ADJUNCT_BEFORE_RE.search(text, max(a.sentence[0], a.start - 12), a.start)
                     or _STATISTIC_OF_BEFORE_RE.search(text, max(a.sentence[0], a.start - 20), a.start)
                     or _PARTICLE_IN_RE.search(text, max(a.sentence[0], a.start - 20), a.start)):
            change, new, old = b, a, _next_level(text, figures, n + 1, a.unit, _COMPARED_GAP_RE)
            role = "gap"  # two levels side by side, not one level at two times
            named = None if old is not None else _named_level(text, figures, n, a, b)
            if named is not None:
                # "The average five-year fix is 4.99%, 0.32 points below the two-year rate": the level
                # stated earlier for what the noun names; it may be a change's new level as well
                key = f"chg{b.start}"
                b.arithmetic_group, a.arithmetic_group = f"{key}:{role}", f"{key}:new"
                _tie(named, key, "old")
                continue
        elif n >= 1 and figures[n - 1].sentence == a.sentence and figures[n - 1].kind == "figure" \
                and not figures[n - 1].arithmetic_group and _is_change(b, figures[n - 1]) \
                and _ADJUNCT_PHRASE_RE.fullmatch(text, figures[n - 1].end, a.start) \
                and _LEVEL_THEN_DIFFERENCE_RE.fullmatch(text, a.end, b.start):
            # "58 points from 27 games, five more than Athletic's 53": the level stands before its adjunct
            new = figures[n - 1]
            change, old = b, _next_level(text, figures, n + 1, new.unit, _COMPARED_GAP_RE)
            role = "gap"
        elif c is not None and a.unit == b.unit and _is_change(c, a) and a.value > b.value \
                and _TALLY_TO_RE.fullmatch(text, a.end, b.start) and _MARGIN_RE.fullmatch(text, b.end, c.start):
            change, new, old = c, a, b  # "1,912,400 votes to Jones's 1,686,200, a margin of about 326,000"
            role = "gap"  # two tallies side by side: "by 52.7% to 47.3%, a margin of 5.4 points" is a difference
        else:
            continue
        if old is None or old.arithmetic_group or old.kind != "figure" or old.sentence != a.sentence:
            continue
        if role == "gap" and _last_noun(old) not in ("", _last_noun(new)) \
                and _WHO_HAVE_BEFORE_RE.search(text, max(old.sentence[0], old.start - 20), old.start):
            continue  # "52 points, four more than Chelsea, who have two games in hand": no level of points
        key = f"chg{change.start}"
        change.arithmetic_group, new.arithmetic_group, old.arithmetic_group = f"{key}:{role}", f"{key}:new", f"{key}:old"
        if _is_fraction_word(change):
            _as_ratio(change)  # "by a quarter": a share of the old level
        if id(new) in asides and id(old) in asides and change.unit in _CHANGE_UNITS:
            # "rose to $6.1 billion, or $2.14 a share, from $4.9 billion, or $1.65 a share, an
            # increase of 31%": the change may be of the levels a share as well
            _tie(asides[id(new)], key, "new2")
            _tie(asides[id(old)], key, "old2")
        # (the last of the three: "fell from 375,000 ... to 341,000, a drop of 34,000, or about 9%")
        k = max(figures.index(f, max(n - 1, 0)) for f in (change, new, old))
        for j in range(k + 1, min(k + 3, len(figures))):
            also = figures[j]
            if also.sentence != old.sentence or also.kind not in ("figure", "relative_year"):
                break
            if also.kind == "figure" and also.unit in _CHANGE_UNITS and also.unit != change.unit and not also.arithmetic_group:
                if _SECOND_CHANGE_RE.fullmatch(_gap(text, figures, k, j)):
                    also.arithmetic_group = f"{key}:change2"  # "..., up 4,000 pounds from 285,000 pounds, an increase of 1.4%"
                break
    _mark_changes_past_adjuncts(text, figures)
    _mark_net_changes(text, figures)
    _mark_changes_of_unstated_levels(text, figures)


# "hit $2,512, up $198 from a year ago, or 9.4%": a level, its change in its unit and in percent
_UP_BY_RE = re.compile(r"[^.;:%\d()]{0,40}?,\s*(?P<dir>up|down)\s+(?:by\s+)?(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)
_FROM_WHEN_THEN_PCT_RE = re.compile(r"(?:\s+(?:from|on|over)\s+(?:#|[^,.;:%\d()#]{1,30}?)(?:\s*#)?)?\s*,\s*"
                                    r"(?:or|an?\s+(?:increase|rise|gain|jump|fall|drop|decline|decrease)\s+of)\s+" + _APPROX,
                                    re.IGNORECASE)


def _mark_changes_of_unstated_levels(text: str, figures: list[Figure]) -> None:
    """A level with its change both in its own unit and in percent, and no old level stated:
    "The average rent hit $2,512, up $198 from a year ago, or 9.4%". The old level is the new
    one less the change (plus it, for "down"), so the percent must be the change of that. `text`
    has its dates masked; `figures` holds no dates."""
    for new, diff, pct in zip(figures, figures[1:], figures[2:], strict=False):
        if any(f.arithmetic_group or f.kind != "figure" for f in (new, diff, pct)) or pct.unit != "percent" \
                or new.unit != diff.unit or new.unit in _NO_DIFFERENCE_UNITS or new.unit in _CHANGE_UNITS \
                or not new.sentence == diff.sentence == pct.sentence:
            continue
        up = _UP_BY_RE.fullmatch(text, new.end, diff.start)
        if not up or not _FROM_WHEN_THEN_PCT_RE.fullmatch(text, diff.end, pct.start):
            continue
        _tie_unstated_change(new, diff, pct, up.group("dir").lower())
    for diff, new, pct in zip(figures, figures[1:], figures[2:], strict=False):
        if any(f.arithmetic_group or f.kind != "figure" for f in (new, diff, pct)) or pct.unit != "percent" \
                or new.unit != diff.unit or new.unit in _NO_DIFFERENCE_UNITS or new.unit in _CHANGE_UNITS \
                or not new.sentence == diff.sentence == pct.sentence:
            continue
        verb = _BY_TO_VERB_RE.search(text, max(diff.sentence[0], diff.start - 30), diff.start)
        if verb and verb.group("verb").lower() in _CHANGE_VERBS and _TO_LEVEL_RE.fullmatch(text, diff.end, new.start) \
                and _ADJUNCT_THEN_PCT_RE.fullmatch(text, new.end, pct.start) and not _NOT_THE_SHARE_RE.match(text, pct.end):
            _tie_unstated_change(new, diff, pct, "down" if verb.group("verb").lower() in _FALLING_VERBS else "up")


# "Burglaries dropped by 2,140 to 17,860 in the year to June, a fall of 12 per cent": the change
# in its unit, the level it came to, then the change in percent
_BY_TO_VERB_RE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:by\s+)?(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)
_TO_LEVEL_RE = re.compile(r"\s+to\s+(?:(?:US|C|A)?\$|[£€])?")
_ADJUNCT_THEN_PCT_RE = re.compile(r"[^.;:%\d()#]{0,60}?,\s*(?:or|an?\s+(?:increase|rise|gain|jump|fall|drop|decline|decrease)"
                                  r"\s+of)\s+" + _APPROX, re.IGNORECASE)


def _tie_unstated_change(new: Figure, diff: Figure, pct: Figure, sign: str) -> None:
    key = f"dch{pct.start}"
    new.arithmetic_group, diff.arithmetic_group, pct.arithmetic_group = f"{key}:new", f"{key}:{sign}", f"{key}:pct"


# "..., up from 44,045 in October, a rise of 32%": the old level of a change stated after it
_UP_FROM_BEFORE_RE = re.compile(r",\s*(?:up|down)\s+from\s+(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)
_LEVEL_TO_UP_FROM_RE = re.compile(r"[^.;:%\d]{0,140}?,\s*(?:up|down)\s+from\s*", re.IGNORECASE)


# "opened 87 shops and closed 31 ..., taking its estate to 2,612 from 2,566": what came and what
# went, then the level they took a thing to and from
_GAIN_VERBS = (r"opened|added|hired|recruited|gained|bought|acquired|built|created|signed|took\s+on|welcomed|admitted"
               r"|launched")
_LOSS_VERBS = r"closed|shut|lost|cut|shed|sold|axed|dropped|retired|demolished|laid\s+off|removed|scrapped|discharged"
_NET_VERB_RE = re.compile(rf"\b(?:(?P<gain>{_GAIN_VERBS})|(?P<loss>{_LOSS_VERBS}))\s+(?:a\s+further\s+|another\s+)?$",
                          re.IGNORECASE)
_NET_BETWEEN_RE = re.compile(r"[^.;:%\d]{0,60}?\s*,?\s+(?:and|while|but)\s+(?:(?:it|they|he|she)\s+)?[a-z]+"
                             r"(?:\s+(?:on|off))?\s+(?:a\s+further\s+|another\s+)?", re.IGNORECASE)
_NET_TAKING_RE = re.compile(r"[^.;:%\d]{0,60}?,?\s+(?:taking|bringing|leaving|giving|lifting|cutting|reducing)\s+"
                            r"[^.;:%\d]{0,40}?\bto\s+(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)


def _mark_net_changes(text: str, figures: list[Figure]) -> None:
    """What came and what went, and the two levels they took a thing between: "The chain opened 87
    shops and closed 31 in the half, taking its estate to 2,612 from 2,566". Tied as a net
    change: the new level less the old is what came less what went. `text` has its dates
    masked; `figures` holds no dates."""
    for n in range(len(figures) - 3):
        a, b, new, old = figures[n : n + 4]
        if any(f.kind != "figure" or f.arithmetic_group or f.unit != a.unit or f.sentence != a.sentence
               for f in (a, b, new, old)) or a.unit in _NO_DIFFERENCE_UNITS or a.unit in _CHANGE_UNITS:
            continue
        first = _NET_VERB_RE.search(text, max(a.sentence[0], a.start - 30), a.start)
        second = _NET_VERB_RE.search(text, max(a.end, b.start - 30), b.start)
        if not first or not second or bool(first.group("gain")) == bool(second.group("gain")) \
                or not _NET_BETWEEN_RE.fullmatch(text, a.end, second.end()) \
                or not _NET_TAKING_RE.fullmatch(text, b.end, new.start) or not _CHANGE_GAP_RE.fullmatch(text, new.end, old.start):
            continue
        plus, minus = (a, b) if first.group("gain") else (b, a)
        key = f"net{new.start}"
        for f, role in ((plus, "plus"), (minus, "minus"), (new, "new"), (old, "old")):
            f.arithmetic_group = f"{key}:{role}"


def _mark_changes_past_adjuncts(text: str, figures: list[Figure]) -> None:
    """NEW, up from OLD, a rise of P, where figures of another unit stand between the level and
    its ", up from": "A record 54,308 patients waited more than 12 hours from a decision to admit,
    up from 44,045 in October, a rise of 32%" (the hours say what the patients are counted for).
    The level is the closest figure of the old level's unit before it in the sentence. `text`
    has its dates masked; `figures` holds no dates."""
    for n, old in enumerate(figures[:-1]):
        change = figures[n + 1]
        if old.arithmetic_group or old.kind != "figure" or change.sentence != old.sentence \
                or not _UP_FROM_BEFORE_RE.search(text, max(old.sentence[0], old.start - 16), old.start) \
                or not _is_change(change, old) or not _CHANGE_AFTER_RE.fullmatch(text, old.end, change.start):
            continue
        k = next((j for j in range(n - 1, -1, -1) if figures[j].sentence != old.sentence
                  or figures[j].unit == old.unit), -1)
        if k < 0 or k == n - 1 or figures[k].sentence != old.sentence:
            continue  # side by side, read by _mark_changes; or no level before it
        new = figures[k]
        if new.kind != "figure" or new.arithmetic_group or not _near_levels(new, change, old) \
                or any(f.unit in _CHANGE_UNITS or f.arithmetic_group for f in figures[k + 1 : n]) \
                or not _LEVEL_TO_UP_FROM_RE.fullmatch(_gap(text, figures, k, n)):
            continue
        key = f"chg{change.start}"
        change.arithmetic_group, new.arithmetic_group, old.arithmetic_group = f"{key}:change", f"{key}:new", f"{key}:old"


def _is_change(change: Figure, level: Figure) -> bool:
    """A change of a level: in percent, in points, or in the level's own unit ("up 2,300",
    "0.4C above the previous record of 44.9C")."""
    return change.kind == "figure" and not change.arithmetic_group and (
        change.unit in _CHANGE_UNITS or _is_fraction_word(change)
        or (change.unit == level.unit and change.unit not in _NO_DIFFERENCE_UNITS))


def _is_fraction_word(fig: Figure) -> bool:
    """A fraction in words ("a quarter", "a third", "two-thirds"): as a change it is a share of
    the old level ("rose by a quarter to 1,340 from 980"), not a count of 0.25."""
    return fig.unit in ("count", "ratio") and 0 < fig.value < 1 and not any(ch.isdigit() for ch in fig.text)


# units whose figures are not moved by adding a difference: a year is a date, a ratio or a score
# is not a quantity, an age is a person's
_NO_DIFFERENCE_UNITS = frozenset({"year", "date", "age_years", "ratio", "times", "magnitude", "score"})


# between the new level and "from" the old one: when ("in the second quarter") and an aside
# restating the new level ("or $1.42 per share"; its figures are written # here)
# what a level is of: "$82 a barrel", "6.3p per kWh", "£1,568 a year"
_PER_UNIT = (r"(?:\s+(?:a|an|per)\s+(?:barrel|share|ounce|tonne|ton|gallon|litre|liter|kilo|pound|unit|year|month|week"
             r"|day|night|head|person|household)|\s+per\s+[A-Za-z]{1,12})?")
# "..., or $2.14 a share, ...": a level restated per unit, masked "#" by _masked_asides
_OR_ASIDE = r"(?:\s*,\s*or\s+#[^,.;:#]{0,25}?)?"
_CHANGE_GAP_RE = re.compile(_PER_UNIT + r"(?:\s+(?!from\b|up\b|down\b|in\b|on\b|at\b)[a-z][a-z-]*){0,2}"  # "to 4,100 cases from 3,600"
                            r"(?:,?\s+(?:in|during|for|over|at|on)\s+[^,.;:#%\d]{1,30}?)?"
                            + _OR_ASIDE + r"\s*,?\s*(?:(?:up|down)\s+)?from\s*", re.IGNORECASE)
# "... from 3.9%, a fall of 0.3 percentage points", "..., down 120"
# when a level was: "in 2019", "on Monday", "last year", "this season", a year counted back (#)
_LEVEL_WHEN = (r"(?:\s+(?:in|on|at|during)\s+[^,.;:%\d#]{1,30}?|\s+#|\s+(?:this|last|next|the\s+previous|the\s+same)\s+"
               r"(?:year|month|week|quarter|season|spring|summer|autumn|fall|winter|term)"
               r"|\s+the\s+(?:year|month|week|day|quarter|season)\s+before"
               # "from 5.34% a week earlier, a drop of": a time counted back that is no year
               r"|\s+(?:a|one|two|three|four|six)\s+(?:day|week|month|quarter|decade)s?\s+(?:earlier|before|ago))?")
# "a fall of", "an improvement of", "an upward revision of": a change named by its noun
_A_CHANGE_OF = (r"(?:a|an)\s+(?:[a-z-]+\s+)?(?:fall|drop|decline|decrease|rise|increase|gain|jump|cut|reduction|slide|climb"
                r"|change|improvement|deterioration|revision)\s+of\s+")
_CHANGE_AFTER_RE = re.compile(_LEVEL_WHEN + _OR_ASIDE + r"\s*,\s*(?:" + _A_CHANGE_OF + r"|(?:up|down)\s+(?:by\s+)?)", re.IGNORECASE)
# after the old level, the same change in other terms: "..., an increase of 1.4%", "..., or 1.4%"
# (a time counted back, written #, may come first: "from 285,000 pounds a year earlier, ...")
# (the old level's adjunct may come between: "the 52,064 of the year before, a fall of 9.1%")
_SECOND_CHANGE_RE = re.compile(r"(?:\s+(?:of|in|on|at|for|during|over|last|a|an|this|that)\b[^,.;:%\d#]{0,30}?)?"
                               r"(?:\s+#)?\s*,\s*(?:or\s+|" + _A_CHANGE_OF + r"|(?:up|down)\s+(?:by\s+)?)", re.IGNORECASE)
# "38,500 students this autumn, a record and 2,300 more than ...", "4.28 million ..., 12% below ..."
_LEVEL_THEN_DIFFERENCE_RE = re.compile(r"[^.;:%\d()]{0,60}?,\s*(?:[a-z]+\s+){0,3}?"
                                       # "The £62m fee is £22m more than the previous club record of £45m"
                                       r"|(?:\s+[a-z]+){0,3}\s+(?:is|was|are|were)\s+(?:now\s+)?", re.IGNORECASE)
# "1,240 more people than usual died ..., the agency said on Thursday, a figure 38% higher than":
# a noun that restates the level, however far the level is in its sentence
_RESTATED_LEVEL_RE = re.compile(r"[^.;:%\d()]*,\s*(?:a|the)\s+(?:figure|number|total|tally|sum|level|amount)\s+",
                                re.IGNORECASE)
# "2,400 soldiers ..., three times the 600 sent in 1985", "900, twice the 450 of 2020", "four times as
# many beds as the 120": a level stated as a multiple of another
_TIMES_GAP_RE = re.compile(r"[^.;:%\d()]{0,60}?,\s*", re.IGNORECASE)
_TIMES_OF_RE = re.compile(r"\s+(?:the|its|their|that\s+of|those\s+of|as\s+(?:many|much)(?:\s+[a-z]+){0,2}?\s+as"
                          r"(?:\s+the)?"
                          # "double the February average of 118mm"
                          # "the long-term average for the month of 94mm"
                          r"|(?:the|its|their)\s+(?:[A-Za-z'’-]+\s+){1,5}?of)\s+(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)
# "a fee of £48m, beating the club record of £35m they paid in 2021 by £13m", "raised £4.2m, falling
# short of its £5m target by £800,000": a level, the level it passed or missed, and the margin
_BEATING_RE = re.compile(r"[^.;:%\d()]{0,60}?\b(?:beating|beat|beats|surpassing|surpassed|eclipsing|eclipsed|"
                         r"exceeding|exceeded|topping|topped|outstripping|outstripped|bettering|bettered|breaking|"
                         r"broke|missing|missed|(?:falling|fell|coming|came)\s+short\s+of)\s+[^.;:%\d()]{0,60}?",
                         re.IGNORECASE)
# (an aside may come between: "the previous record of 37.2C, set in 2019, by 1.2C")
_BY_MARGIN_RE = re.compile(r"(?:[^,.;:%\d()]{0,60}?|\s*,[^,.;:%\d()]{1,40}?,)\s+by\s+(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)
# "412 of those on the drug had a heart attack, compared with 538 of those on the placebo, a
# reduction of 31%": two levels set side by side, then the change between them
# "a $1.92 billion budget for the 2025-26 school year, a 3.4% increase over this year's $1.86 billion"
_LEVEL_THEN_A_RE = re.compile(r"[^.;:%\d]{0,100}?,\s*(?:a|an)\s+", re.IGNORECASE)
_CHANGE_NOUN_OVER_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:increase|rise|gain|jump|cut|fall|drop|decrease|reduction|decline)"
                                  r"\s+(?:over|on|from)\s+(?:the\s+)?(?:(?:this|last|the\s+previous|previous|the\s+current)"
                                  r"\s+year(?:'s|’s)\s+)?(?:(?:US|C|A)?\$|[£€])?", re.IGNORECASE)
_COMPARED_WITH_RE = re.compile(r"[^.;:%\d#]{0,80}?(?:,\s*or\s+#[^,.;:#]{0,25}?)?,\s*(?:compared\s+(?:with|to)|against|versus)\s+(?:the\s+)?",
                               re.IGNORECASE)
_COMPARED_CHANGE_RE = re.compile(r"[^,.;:%\d]{0,40}?\s*,\s*" + _A_CHANGE_OF + _APPROX, re.IGNORECASE)
# "1,912,400 votes to Jones's 1,686,200, a margin of 226,000": two tallies and their difference
# "... 79% of girls passing against 71% of boys, a gap of 8 points": two rates set side by side
_TALLY_TO_RE = re.compile(r"(?:\s+[a-z]+){0,4}\s+(?:to|against|compared\s+with|versus)\s+"
                          r"(?:[A-Z][\w.'’-]*\s+){0,4}?(?:[A-Z][\w.-]*(?:'s|’s)\s+)?")
_MARGIN_RE = re.compile(r"(?:\s+(?:of|among|in|with|for|across)\s+[a-z]+(?:\s+[a-z]+){0,2})?"
                        # "..., a new poll shows, a lead of 5 points": a reporting aside
                        r"(?:\s*,\s*[^,.;:\d%]{1,40}?\b(?:shows?|showed|said|says|found|finds|suggests)\b)?\s*,\s*(?:a|an)\s+(?:margin|lead|gap|difference|deficit)\s+of\s+" + _APPROX,
                        re.IGNORECASE)
# "58 points from 27 games, five more than Athletic's 53": the 27 games are not what is compared
_WHO_HAVE_BEFORE_RE = re.compile(r"\b(?:who|which)\s+(?:have|has|had|are|is|were|was)(?:\s+now)?\s+$", re.IGNORECASE)
_ADJUNCT_PHRASE_RE = re.compile(r"(?:\s+[a-z]+){0,2}\s+(?:from|in|over|after|across)\s+(?:the\s+|its\s+|their\s+)?",
                                re.IGNORECASE)
_ADJUNCT_BEFORE_RE = re.compile(r"\b(?:from|in|over|after|within|of|across|during|per)\s+(?:the\s+|its\s+|their\s+)?$",
                                re.IGNORECASE)
# "Farmers brought in 3.8 million tonnes": a verb's particle, not a preposition of time or place
_PARTICLE_IN_RE = re.compile(r"\b(?:brought|bring|brings|bringing|took|take|takes|taken|taking|pulled|raked|reeled|"
                             r"came|comes|handed|pumped|poured)\s+in\s+$", re.IGNORECASE)
# "... more than last year's 35,200", "... below the 1991-2020 average of 6.22 million"
_COMPARED_GAP_RE = re.compile(r"(?:\s+(?:points?|goals?|runs?|votes?|seats?|shots?|strokes?|places?|games?|wins?))?"  # "nine points clear of"
                              r"\s+(?:below|above|under|outside|inside|(?:more|fewer|less|higher|lower|greater|larger|smaller|"
                              r"bigger)\s+than|(?:premium|discount|markup|mark-up)\s+(?:to|on|over)|"
                              r"(?:ahead|clear)\s+of|behind)\s+[^,.;:%\d()]{0,50}?"
                              # "38% higher than in the heatwave of 2022, when 1,010 ... were recorded"
                              # "two more than Millbridge, who have 49"
                              r"(?:,\s*(?:when|(?:who|which)\s+(?:have|has|had|are|is|were|was)(?:\s+now)?)\s+)?",
                              re.IGNORECASE)


# "paid an average of £246,800, £63,600 less than": "of" names the level, it is no adjunct
_STATISTIC_OF_BEFORE_RE = re.compile(r"\b(?:an?|the)\s+(?:average|median|mean|total)\s+of\s+(?:(?:US|C|A)?\$|[£€])?$",
                                     re.IGNORECASE)
# "..., 0.32 points below the two-year rate.": a level named by its noun phrase, which ends the clause
_NAMED_LEVEL_RE = re.compile(r"\s+(?:below|above|under|(?:higher|lower|more|less|greater|smaller)\s+than|ahead\s+of|"
                             r"behind|short\s+of)\s+(?:the|its|their)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){1,2}?)"
                             r"\s*(?=[,.;]|$)", re.IGNORECASE)


def _named_level(text: str, figures: list[Figure], n: int, new: Figure, change: Figure) -> Figure | None:
    """The level a difference is measured from where the text names it instead of restating it
    ("4.99%, 0.32 points below the two-year rate"): the nearest earlier figure of the new level's
    unit, free to be a level, whose sentence up to it holds every word of the name (two or three
    words: one word, "the average", names too many things)."""
    m = _NAMED_LEVEL_RE.match(text, change.end, change.sentence[1])
    if not m:
        return None
    words = [re.compile(r"\b" + re.escape(_stem(w.lower())), re.IGNORECASE) for w in m.group("noun").split()]
    for fig in reversed(figures[:n]):
        if fig.kind == "figure" and fig.unit == new.unit and _level_only(fig) \
                and not fig.arithmetic_group.endswith(":old") \
                and all(w.search(text, fig.sentence[0], fig.end) for w in words):
            return fig
    return None


def _next_level(text: str, figures: list[Figure], after: int, unit: str, gap: re.Pattern) -> Figure | None:
    """The level a change is measured from: the first of the three figures after figures[after]
    that has `unit` and whose gap from it (other figures written #) reads as `gap`. A price
    stated per share is compared with one whose share goes without saying ("$142 a share, a 25%
    premium to its closing price of $120")."""
    for n in range(after + 1, min(after + 4, len(figures))):
        if (figures[n].unit == unit or unit == f"{figures[n].unit} per share") \
                and gap.fullmatch(_gap(text, figures, after, n)):
            return figures[n]
    return None


# "in the three months to September", "over the 12 months ending in March": a period a level is of
_PERIOD_BEFORE_RE = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?:latest\s+|last\s+|past\s+)?$", re.IGNORECASE)
_PERIOD_AFTER_RE = re.compile(r"\s+(?:to|ending|ended|through|until)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?"
                              r"(?:[A-Z]|" + _TIME_OF_DAY + r"|midnight|noon)")  # (a capital: a month's name)


# "the eight-minute target", "an 18-week wait": a duration joined to the noun it describes
_KIND_MODIFIER_RE = re.compile(r"[\w.,]+-[a-z]+(?<!s)")
_NOUN_AFTER_RE = re.compile(r"\s+[a-z]")


_COUNTED_BACK_RE = re.compile(r"\s+(?:earlier|before|ago)\b", re.IGNORECASE)


def _is_when(text: str, fig: Figure) -> bool:
    """A year, a date, a year counted back, or the period a level is of ("in the three months to
    September"): when a level was, not a level. Nor is a duration that names a kind of thing
    ("48.9% of calls within the eight-minute target, against 52.3%")."""
    return fig.kind in ("year", "date", "relative_year") or fig.unit in _DURATIONS and (
        _COUNTED_BACK_RE.match(text, fig.end) is not None  # "up from 50,200 a decade earlier"
        or _PERIOD_AFTER_RE.match(text, fig.end) is not None
        and _PERIOD_BEFORE_RE.search(text, max(0, fig.start - 24), fig.start) is not None
        or _KIND_MODIFIER_RE.fullmatch(fig.text) is not None and _NOUN_AFTER_RE.match(text, fig.end) is not None)


def _masked(text: str, figures: list[Figure], mark) -> tuple[str, list[Figure]]:
    """The text with each figure that `mark` names ("#" or "y") written so: "#" and spaces, or its
    digits as "y" so that it reads as words; offsets are unchanged. With the figures left."""
    out, pos, kept = [], 0, []
    for f in figures:
        how = mark(f)
        if how is None:
            kept.append(f)
            continue
        out += [text[pos : f.start], "#".ljust(f.end - f.start) if how == "#" else re.sub(r"\d", "y", text[f.start : f.end])]
        pos = f.end
    out.append(text[pos:])
    return "".join(out), kept


def _masked_dates(text: str, figures: list[Figure]) -> str:
    """The text with the digits of its years, dates and periods written as letters, so that "in
    2025" or "in the 12 months to March" between two figures reads as words, and each year counted
    back ("a year earlier") written "#"; offsets are unchanged."""
    text = _masked(text, figures, lambda f: ("#" if f.kind == "relative_year" else "y") if _is_when(text, f) else None)[0]
    return _TIME_OF_DAY_RE.sub(lambda m: re.sub(r"\d", "y", m.group(0)), text)  # "in the 24 hours to 9am": no figure


_TIME_OF_DAY_RE = re.compile(_TIME_OF_DAY, re.IGNORECASE)


_ASIDE_OR_RE = re.compile(r"\s*,\s*or\s+" + _APPROX)
_PER_UNIT_RE = re.compile(_PER_UNIT)


def _masked_asides(text: str, figures: list[Figure]) -> tuple[str, list[Figure], dict[int, Figure]]:
    """A level restated per unit in an aside ("$612 million, or $1.47 a share, compared with
    ...", "£820m, or 61p a share") is no level of the change: it leaves the figures, and its text is written "#" (offsets
    unchanged), as the gaps write a figure between two others. With each aside by the id of its
    level."""
    asides = {id(p): f for p, f in zip(figures, figures[1:], strict=False)
              if f.kind == p.kind == "figure" and f.unit.partition("_")[0] == p.unit and f.sentence == p.sentence
              and _ASIDE_OR_RE.fullmatch(text, p.end, f.start) and _PER_UNIT_RE.match(text, f.end).end() > f.end}
    masked = {id(f) for f in asides.values()}
    # "carried 41.3 million passengers ..., filling 88% of its seats, up from 36.9 million": a
    # share in a clause of its own, before the change of the level
    masked |= {id(f) for f in figures if f.unit == "percent" and f.kind == "figure"
               and _PARTICIPLE_BEFORE_RE.search(text, max(f.sentence[0], f.start - 24), f.start)
               and _OF_THEN_UP_FROM_RE.match(text, f.end)}
    return (*_masked(text, figures, lambda f: "#" if id(f) in masked else None), asides)


_PARTICIPLE_BEFORE_RE = re.compile(r",\s*[a-z]+ing\s+(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+)?$", re.IGNORECASE)
_OF_THEN_UP_FROM_RE = re.compile(r"\s+of\s+[^,.;:%\d()]{1,30}?,\s*(?:up|down)\s+from\b", re.IGNORECASE)


def _gap(text: str, figures: list[Figure], a: int, b: int) -> str:
    """The text between figures[a] and figures[b], each figure between them written "#"."""
    pos, out = figures[a].end, []
    for f in figures[a + 1 : b]:
        out += [text[pos : f.start], "#"]
        pos = f.end
    out.append(text[pos : figures[b].start])
    return "".join(out)


def _after_change_verb(text: str, fig: Figure, then: str = "") -> bool:
    """A verb of change comes before the figure ("rose 12%", "fell by about 5%"; with `then`
    "to", "eased to 3.6%")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(fig.sentence[0], fig.start - 50) : fig.start])]
    for word in ("", then) if then else ("",):
        while words and (words[-1] in PREFIX_QUALIFIERS or words[-1] in ("by", "about", "some", "a", "further")):
            words.pop()
        if word and (not words or words.pop() != word):
            return False
    # "raised its interim dividend 10%", "cut the fare 5%": a verb of change with its object
    for k in range(2, min(len(words), 5)):
        if words[-k] in _OBJECT_DETERMINERS and words[-k - 1] in _TRANSITIVE_CHANGE_VERBS \
                and not any(w in _OBJECT_DETERMINERS or w in _LEVEL_VERBS for w in words[-k + 1:]):
            return True
    # "will rise to $26,900", "is expected to fall to": a verb's base form after a modal or "to"
    return bool(words) and (words[-1] in _CHANGE_VERBS or words[-1] in _PRESENT_CHANGE_VERBS  # "falls to 6.3p"
                            or words[-1] in _BASE_CHANGE_VERBS and len(words) > 1
                            and words[-2] in ("will", "would", "could", "may", "might", "should", "can", "to"))


_TRANSITIVE_CHANGE_VERBS = frozenset("""raised lifted boosted hiked increased cut reduced lowered slashed trimmed
raises lifts boosts hikes increases cuts reduces lowers slashes trims raising lifting boosting hiking increasing
cutting reducing lowering slashing trimming""".split())
_OBJECT_DETERMINERS = frozenset("its their the his her our".split())
_BASE_CHANGE_VERBS = set("""rise fall climb grow increase decrease drop decline jump surge slide slip edge gain soar
plunge tumble sink dip ease slow expand contract shrink narrow widen slump plummet leap swell balloon rebound recover
advance retreat spike creep inch dive deepen""".split())
_PRESENT_CHANGE_VERBS = frozenset(f"{verb}s" for verb in _BASE_CHANGE_VERBS)


# Between two shares of one whole: a short answer and a separator ("62% support the plan, 28%
# oppose it and 15% are undecided"; "52% for Smith, 45% for Jones"). An answer that starts with
# a preposition of time or place ("5% in May, 6% in June") is not one.
# ("52% said they supported the £86m scheme, 41% were against it": a figure in an answer reads as
# a word)
_SHARE_GAP_RE = re.compile(r"\s+(?P<label>[a-z][\w'’-]*(?:\s+[\w'’£$€-]+){0,6}?)\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)$",
                           re.IGNORECASE)
_SHARE_END_RE = re.compile(r"\s+(?P<label>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*(?:[.;,:]|$)", re.IGNORECASE)
_NOT_ANSWER = {"of", "in", "on", "at", "from", "to", "by", "since", "over", "under", "during", "among", "than", "more",
               "less", "a", "an", "the", "this", "that", "each", "per", "higher", "lower", "points", "point"}
_CHANGE_NEAR_RE = re.compile(r"\b(?:rose|fell|up|down|from|to|increased?|decreased?|grew|dropped|climbed|declined|"
                             r"gained|lost|jumped|slipped|change[ds]?|growth|rise|fall|drop)\b", re.IGNORECASE)


def _mark_shares(text: str, figures: list[Figure]) -> None:
    """Percentages listed as the answers of one question share a whole of 100%: "62% support
    the plan, 28% oppose it and 15% are undecided". Each must be followed by its short answer;
    the list must not be of changes or of different wholes ("54% of men and 62% of women").
    Another figure between two percentages of a sentence reads as words of the answer."""
    first: dict[tuple[int, int], int] = {}
    last: dict[tuple[int, int], int] = {}
    for f in figures:
        if f.unit == "percent" and f.kind == "figure":
            first.setdefault(f.sentence, f.start)
            last[f.sentence] = f.end
    inside = {id(f) for f in figures if f.unit != "percent" and f.kind == "figure" and f.sentence in first
              and first[f.sentence] < f.start and f.end <= last[f.sentence]}
    if inside:
        text, figures = _masked(text, figures, lambda f: "y" if id(f) in inside else None)
    run: list[Figure] = []

    def close() -> None:
        if len(run) >= 2:
            lo = run[0].sentence[0]
            end = _SHARE_END_RE.match(text, run[-1].end)
            if end and (end.group("label").split()[0].lower() not in _NOT_ANSWER or _NAMED_ANSWER_RE.match(end.group("label"))) \
                    and not _CHANGE_NEAR_RE.search(text, lo, run[-1].start) and not _YEARISH_RE.search(text, lo, run[-1].sentence[1]):
                for f in run:
                    f.arithmetic_group = f"pct{run[0].start}"
        run.clear()

    for fig in figures:
        if fig.unit != "percent" or fig.kind != "figure":
            close()
            continue
        if run:
            prev = run[-1]
            gap = _SHARE_GAP_RE.fullmatch(text, prev.end, fig.start) if prev.sentence == fig.sentence else None
            if gap and (gap.group("label").split()[0].lower() not in _NOT_ANSWER or _NAMED_ANSWER_RE.match(gap.group("label"))):
                run.append(fig)
                continue
            close()
        run.append(fig)
    close()


_YEARISH_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _mark_remaining_shares(text: str, figures: list[Figure]) -> None:
    """Percentages of a sentence closed by "the remaining P%" or "the rest, P%" are all of one
    whole of 100%, whatever words label each: "won 41.6% of the vote, ahead of the Civic Union on
    33.9% and the Greens on 12.8%, with smaller parties taking the remaining 14.7%". The list is the
    run of percentages just before, each within a clause of the next and with no other figure
    between; not when the sentence opens by dividing a part ("Of the 60% who voted, ..."), speaks
    of change, or when the run comes far from 100% (it began later than read: "Turnout was 64%;
    ...")."""
    for n, last in enumerate(figures):
        if last.unit != "percent" or last.kind != "figure" or last.arithmetic_group \
                or not _REMAINING_BEFORE_RE.search(text, max(last.sentence[0], last.start - 30), last.start):
            continue
        run = [last]
        k = n
        while k > 0:
            prev = figures[k - 1]
            if prev.unit != "percent" or prev.kind != "figure" or prev.arithmetic_group \
                    or prev.sentence != last.sentence or re.search(r"[;:]", text[prev.end : run[0].start]) \
                    or run[0].start - prev.end > 90:
                break
            run.insert(0, prev)
            k -= 1
        lo = last.sentence[0]
        if len(run) < 3 or _DIVIDES_RE.match(text, lo) or _CHANGE_NEAR_RE.search(text, lo, last.start) \
                or abs(sum(f.value for f in run) - 100) > _FAR_FROM_WHOLE * 100:
            continue
        for f in run:
            f.arithmetic_group = f"pct{run[0].start}"
        last.arithmetic_group += ":rest"
# "41% backed the Greens, 33% the Liberals and 12% were undecided": the verb left out before a name
_NAMED_ANSWER_RE = re.compile(r"the\s+(?-i:[A-Z])", re.IGNORECASE)


# "the remaining 410", "The remaining $230 million", "the rest, 45": the last part of a whole that
# the list before it divides ("the other 3" may be the rest of a subset: "12 were hurt and the
# other 3 fell ill" need not be the whole squad)
_REMAINING_BEFORE_RE = re.compile(r"\b(?:the\s+)?remaining\s+(?:(?:US|C|A)?\$|[£€])?$|\bthe\s+rest,?\s+$",
                                  re.IGNORECASE)
_OTHER_BEFORE_RE = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
# "with $1.05 billion for everything else", "£2m on the rest": the last part, named after it
_REST_AFTER_RE = re.compile(r"\s+(?:for|on|to|from|in|into)\s+(?:everything|all)\s+else\b"
                            r"|\s+(?:for|on|to|from)\s+the\s+rest\b", re.IGNORECASE)
# "Of the participants, 5,100 ...", "Of the 1,870 cases, ...", "Among them, ...", "Among the
# finishers were 31,200 men ...": a sentence that divides a whole named before
# "172 of the 350 seats": the gap between a part and the whole it is stated as a share of
_SHARE_OF_WHOLE_RE = re.compile(r"\s+of\s+(?:the|its|their|all)\s+", re.IGNORECASE)
_DIVIDES_RE = re.compile(r"\s*(?:Of|Among)\s+(?:the|them|those|these|all|its|their|our|his|her)\b(?:(?:[^,.;]|[.,](?=\d)){0,60},(?!\d)"
                         r"|(?:[^,.;\d]|[.,](?=\d)){0,60}?\s(?:were|was|are)\b)", re.IGNORECASE)


# a list closed by "the remaining" whose parts come further than this from every whole before it
# has begun earlier than read (slips in the annotated sets are off by at most 6%)
_FAR_FROM_WHOLE = 0.25


def _mark_partitions(text: str, figures: list[Figure], sentences: list[tuple[int, int]]) -> None:
    """Tie a whole to the parts a later sentence divides it into: "Cases rose to 1,870. London
    accounted for 612 of the cases, the West Midlands for 435 and the North West for 298, with
    the remaining 410 spread across other regions." Only "the remaining" or "the rest" before
    the last part says that the parts are all of the whole. The parts are the plain
    figures of that sentence (and, when it opens with "The remaining", of the sentence before)
    in the unit of the last part; the whole is a larger figure of that unit in the sentence's
    opening ("Of the 1,870 cases,") or in the three sentences before: the one closest to the sum."""
    by_sentence: dict[int, list[Figure]] = defaultdict(list)
    index = {span: n for n, span in enumerate(sentences)}
    for fig in figures:
        if fig.kind == "figure" and fig.unit not in ("percent", "year", "percentage_points") \
                and not fig.unit.startswith("age"):
            by_sentence[index.get(fig.sentence, -1)].append(fig)
    for k, figs in sorted(by_sentence.items()):
        lo = sentences[k][0] if k >= 0 else 0
        # "Of these, 12,300 were ... and the other 9,400 were ...": after an opening that divides a
        # whole, "the other" names the rest of it too
        divides = _DIVIDES_RE.match(text, lo)
        last = next((f for f in reversed(figs) if _REMAINING_BEFORE_RE.search(text, max(lo, f.start - 30), f.start)
                     or _REST_AFTER_RE.match(text, f.end)
                     or divides and _OTHER_BEFORE_RE.search(text, max(lo, f.start - 12), f.start)), None)
        if last is None and not any(f.is_total or f.arithmetic_group for f in figs):
            _mark_others(text, figs, lo, by_sentence.get(k - 1, []))
        if last is None or any(f.is_total for f in figs):
            continue  # only "the remaining 410" says the list is all of the whole ("Of the 159
            # cases, 80 are in children aged 5 to 17 and 49 in children under 5" is not)
        opening = divides
        unit = last.unit
        whole_here = [f for f in figs if opening and f.end <= opening.end() and f.unit == unit]
        # the last part may be rough ("and the rest, about £45,000, has not been traced"): it is
        # still a part
        # (a figure after it is not a part: "the remaining 80 were spread across four provinces")
        parts = [f for f in figs if f.unit == unit and (not f.qualifier or f is last) and f not in whole_here
                 and not f.is_total and f.start <= last.start]
        # the list may have begun in the sentence before: "... infrastructure $310 million. The
        # remaining $230 million will go to parks", "Most of the dead were in Al Haouz, 1,684, and
        # in Taroudant, 980. Chichaoua accounted for 222 and the remaining 80 ..."
        before = [f for f in by_sentence.get(k - 1, []) if f.unit == unit and not f.qualifier]
        readings = [(parts, 1)] if len(parts) >= 2 else []
        if before and (last.start - lo < 40 or len(parts) >= 2) and not whole_here:
            readings.append((before + parts, 2))
        parts, candidates = _closest_whole(readings, whole_here, by_sentence, k, unit)
        if not parts:
            continue
        # "won 172 of the 350 seats. The Social Democrats took 121 seats and smaller parties the
        # remaining 67": the figure stated as a share of another is the first part, not the whole
        peers = [c for c in candidates for w in candidates
                 if c.end < w.start and _SHARE_OF_WHOLE_RE.fullmatch(text, c.end, w.start)]
        if len(peers) == 1:
            parts = [*peers, *parts]
            candidates = [w for w in candidates if w.value > peers[0].value and w not in peers]
        if not candidates:
            continue
        total = sum(p.value for p in parts)
        whole = min(candidates, key=lambda f: abs(f.value - total))
        if abs(whole.value - total) > _FAR_FROM_WHOLE * whole.value:
            continue  # "... 18,432 votes to 15,019 ... 41,870 votes cast ... third with 6,104 and
            # the remaining 2,315": parts a quarter off every whole are some of the list, not a slip
        group = f"w{whole.start}"
        for f in (whole, *parts):
            f.arithmetic_group = group


def _closest_whole(readings: list[tuple[list[Figure], int]], whole_here: list[Figure],
                   by_sentence: dict[int, list[Figure]], k: int, unit: str) -> tuple[list[Figure], list[Figure]]:
    """Of the readings of a list closed by "the remaining" (its parts, and how many sentences back
    its whole may be sought from), the one whose parts come closest to a whole stated before
    them, larger than each part ("the remaining" says they are all of it), with the wholes it
    leaves: ([], []) when none has one. Of several wholes stated before ("delivered 435,059
    vehicles ... produced 430,488"), the parts divide the one their sum comes closest to."""
    best: tuple[float, list[Figure], list[Figure]] | None = None
    for parts, back in readings:
        biggest = max(p.value for p in parts)
        candidates = whole_here or [f for j in range(k - back, k - back - 3, -1) for f in by_sentence.get(j, [])
                                    if f.unit == unit and f not in parts]
        candidates = [f for f in candidates if f.value > biggest]
        if not candidates:
            continue
        total = sum(p.value for p in parts)
        miss = min(abs(f.value - total) / f.value for f in candidates)
        if best is None or miss < best[0]:
            best = (miss, parts, candidates)
    return (best[1], best[2]) if best else ([], [])


def _mark_others(text: str, figs: list[Figure], lo: int, before: list[Figure]) -> None:
    """"Of the 29 survivors, 11 were in a critical condition, while 20 others were treated for
    minor injuries": "others" says the parts do not overlap, so together they cannot be more than
    the whole (they need not be all of it: a third group may go unsaid). Tied as a whole and the
    parts it includes. An opening that names no figure ("Of the participants, 7,100 were women
    and 5,600 were men") divides the one figure of the parts' unit, with a counted noun and an
    upper bound ("A record 55,646 runners", not "more than 4.7 million"), that the sentence before
    states."""
    opening = _DIVIDES_RE.match(text, lo)
    floor = opening.end() if opening else lo
    semicolon = text.find(";", floor, figs[-1].start) if figs else -1
    if semicolon != -1:
        figs = [f for f in figs if f.start < semicolon]  # "...; their average age was 64": another clause
    wholes = [f for f in figs if f.end <= floor]
    after = [f for f in figs if f.start >= floor and not f.qualifier]
    if not opening and (len(after) < 2 or len(after) != len(figs) or any(f.noun for f in after)):
        return  # with no opening, only bare figures point back: "A total of 420 firefighters were
        # tackling the blaze. The service said 260 had been sent from neighbouring regions and 180
        # came from its own stations"
    if not wholes and after:
        # "A total of 420 firefighters were tackling the blaze, supported by 14 aircraft": only a
        # figure larger than every part can be their whole
        wholes = [f for f in before if f.unit == after[0].unit and f.upper is not None and f.noun
                  and f.value > max(p.value for p in after)]
    if len(wholes) != 1:
        return
    whole = wholes[0]
    after = [f for f in after if f.unit == whole.unit]
    others = next((f for f in after if _OTHERS_AFTER_RE.match(text, f.end)), None)
    if others is not None:
        parts = [f for f in after if f.start <= others.start]
    else:
        # "Of the 176 people on board, 141 were rescued and 28 remain missing, while nine bodies
        # have been recovered": fates no one shares (alive, missing, dead) do not overlap either,
        # nor do sexes, nor the places the parts are in
        kinds = [_kind_of(text, f, floor) for f in after]
        if not (opening and _parallel_list(text, after, floor) and not any(kinds)) and (
                "" in kinds or len(set(kinds)) != len(kinds) or len({k.partition(":")[0] for k in kinds}) != 1
                or kinds[0].startswith("age:") and not _disjoint_ages(kinds)):
            return
        parts = after
    if len(parts) >= 2 and all(p.value < whole.value for p in parts):
        key = f"inc{whole.start}"
        whole.arithmetic_group = f"{key}:whole"
        for p in parts:
            p.arithmetic_group = f"{key}:part"


def _parallel_list(text: str, parts: list[Figure], floor: int) -> bool:
    """"Of those, 1,102 were seen in the emergency department, 489 at the urgent-care clinic and
    311 were admitted to wards": three or more bare counts, each opening its clause of one
    comma-and list after an opening that divides a whole, share out that whole (a writer who
    lists ways that overlap names them: "300 were women and 120 were over 65")."""
    if len(parts) < 3 or any(p.noun for p in parts):
        return False
    for a, b in zip(parts, parts[1:], strict=False):
        between = text[a.end:b.start]
        if "," not in between and not re.search(r"\band\s*$", between):
            return False
    return all(not text[_clause_start(text, floor, p.start):p.start].strip() for p in parts) \
        and bool(re.search(r"\band\s*$", text[parts[-2].end:parts[-1].start]))


_FATES = {"rescu": "alive", "surviv": "alive", "sav": "alive", "evacuat": "alive", "miss": "missing",
          "unaccount": "missing", "dead": "dead", "di": "dead", "died": "dead", "kill": "dead", "drown": "dead",
          "perish": "dead", "bodi": "dead", "body": "dead"}
_SEXES = {"women": "f", "woman": "f", "female": "f", "females": "f", "girls": "f",
          "men": "m", "man": "m", "male": "m", "males": "m", "boys": "m"}
# "3.1 million in Britain and 1.9 million in Ireland": the place a part is in
_IN_PLACE_RE = re.compile(r"\bin\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|[A-Z]{2,3}\b)")


# "260 had been sent from neighbouring regions", "120 came from Syria": where a part came from, the
# whole phrase up to the end of its clause
_FROM_PLACE_RE = re.compile(r"\bfrom\s+((?:[A-Za-z][a-z'’-]*\s+){0,3}?[A-Za-z][a-z'’-]*)(?=\s*(?:[,.;]|\band\b|$))")


# "the 183 people on board", "183 passengers and crew aboard"
_ON_BOARD_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:on\s+board|aboard)\b", re.IGNORECASE)
def _mark_fates_on_board(text: str, figures: list[Figure]) -> None:
    """The people on board a craft, and what befell them, told apart: "Thirty-six of the 183
    people on board were killed ... The airline said 149 people had survived" (185). Fates no one
    shares (dead, alive, missing), one figure each, from the whole's sentence to three after it,
    each the subject of its verb (within about three sentences after the whole's); tied as parts the whole includes, so that more than it is a
    slip (some may go untold)."""
    wholes = [f for f in figures if f.unit == "count" and f.kind == "figure" and _ON_BOARD_AFTER_RE.match(text, f.end)]
    if len({w.value for w in wholes}) != 1:
        return  # none, or two craft
    whole = wholes[0]
    # (the whole may already include some of them: "Of the 412 people on board, 388 were rescued.
    # Coastguards said 17 had died and seven were still missing")
    key = whole.arithmetic_group.partition(":")[0] if whole.arithmetic_group.startswith("inc") \
        and whole.arithmetic_group.endswith(":whole") and " " not in whole.arithmetic_group else ""
    if whole.arithmetic_group and not key:
        return
    n = figures.index(whole)
    fates: dict[str, list[Figure]] = defaultdict(list)
    for f in (*_back_to(figures, n, whole.sentence[0]), *_up_to(figures, n + 1, whole.sentence[1] + 600)):
        if f.unit != "count" or f.kind != "figure" or f.arithmetic_group not in ("", f"{key}:part") \
                or _OF_WHOM_AFTER_RE.match(text, f.end):
            continue
        stop = _CLAUSE_BREAK_RE.search(text, f.end, min(f.end + 60, f.sentence[1]))
        fate = next((_FATES[_stem(w)] for w in _WORD.findall(text, f.end, stop.start() if stop else min(f.end + 60, f.sentence[1]))
                     if _stem(w) in _FATES), None)
        if fate:
            fates[fate].append(f)
    parts = [found[0] for found in fates.values() if len({p.value for p in found}) == 1]
    if len(parts) >= 2 and len(parts) == len(fates) and all(p.value < whole.value for p in parts):
        key = key or f"inc{whole.start}"
        whole.arithmetic_group = f"{key}:whole"
        for p in parts:
            p.arithmetic_group = f"{key}:part"


def _kind_of(text: str, fig: Figure, floor: int) -> str:
    """Which of a few groups that cannot overlap the people a figure counts fall in, read from
    the words of its clause: 'fate:alive', 'fate:missing', 'fate:dead', 'sex:f', 'sex:m',
    'place:<name>' or 'from:<where>'; '' when the clause names none or more than one."""
    start = _clause_start(text, floor, fig.start)
    stop = _CLAUSE_BREAK_RE.search(text, fig.end, fig.sentence[1])
    end = stop.start() if stop else fig.sentence[1]
    around = _WORD.findall(text, start, end)
    kinds = {f"fate:{_FATES[_stem(w)]}" for w in around if _stem(w) in _FATES}
    kinds |= {f"sex:{_SEXES[w.lower()]}" for w in around if w.lower() in _SEXES}
    kinds |= {f"place:{m.group(1)}" for m in _IN_PLACE_RE.finditer(text, start, end)}
    kinds |= {f"from:{m.group(1).lower()}" for m in _FROM_PLACE_RE.finditer(text, start, end)}
    # "aged 75 and over": the band may run on past the "and" that ends the clause
    kinds |= {f"age:{lo}:{hi}" for m in _AGE_BAND_RE.finditer(text, start, fig.sentence[1]) if m.start() < end
              for lo, hi in [_age_band(m)]}
    return kinds.pop() if len(kinds) == 1 else ""


# "aged 65 to 74", "aged 75 and over", "those under 18": a band of ages
_AGE_BAND_RE = re.compile(
    r"\baged\s+(?P<lo>\d{1,3})\s*(?:(?:to|-|–)\s*(?P<hi>\d{1,3})\b|(?:and|or)\s+(?:over|older|above)\b|\+)"
    r"|\b(?:aged|children|people|adults|those)\s+(?:under|below|younger\s+than)\s+(?P<under>\d{1,3})\b",
    re.IGNORECASE)


def _age_band(m: re.Match) -> tuple[int, int]:
    """The ages, inclusive, of a match of _AGE_BAND_RE."""
    if m.group("under"):
        return 0, int(m.group("under")) - 1
    return int(m.group("lo")), int(m.group("hi")) if m.group("hi") else 999


def _disjoint_ages(kinds: list[str]) -> bool:
    """Age bands that share no age ("aged 65 to 74" and "aged 75 and over")."""
    bands = sorted(tuple(map(int, k.split(":")[1:])) for k in kinds)
    return all(a[1] < b[0] for a, b in zip(bands, bands[1:], strict=False))


_OTHERS_AFTER_RE = re.compile(r"\s+others\b|\s+(?:more|other)\s+(?!than\b)[a-z]+\s+(?:were|was|had|have)\b")
_TOGETHER_RE = re.compile(r"\s*(?:Together(?!\s+with)|Between them|Combined|Taken together|Altogether|All told)\b[^.;:\d]*$")


_MONEY_UNIT_RE = re.compile(r"[A-Z]{3}(?:_\w+)?(?: per \w+)?|percent|percentage_points")


def _full_names(figures: list[Figure], slots: dict[str, tuple]) -> dict[str, tuple]:
    """An actor named by last name alone ("Curry, who finished with 43 points") is the one named
    in full elsewhere in the text ("Stephen Curry scored 41 points"), when only one such is named:
    their tallies share a measure and a "who". Returns the slots under the measures' new names."""
    by_last: dict[str, set[str]] = defaultdict(set)
    for fig in figures:
        who = _WHO_TAG_RE.search(fig.tags)
        if who and " " in who.group(1):
            by_last[who.group(1).rsplit(" ", 1)[1]].add(who.group(1))
    renamed: dict[str, tuple[str, str]] = {}  # old measure: (last name, full name)
    for fig in figures:
        who = _WHO_TAG_RE.search(fig.tags)
        full = by_last.get(who.group(1)) if who and " " not in who.group(1) else None
        if not full or len(full) != 1:
            continue
        short, name = who.group(1), next(iter(full))
        fig.tags = fig.tags[: who.start(1)] + name + fig.tags[who.end(1) :]
        if fig.measure:
            renamed[fig.measure] = (short, name)
            fig.measure = _renamed(fig.measure, short, name)
    return {_renamed(key, *renamed[key]) if key in renamed else key:
            (_renamed(base, *renamed[key]) if key in renamed else base, filled)
            for key, (base, filled) in slots.items()}


def _renamed(key: str, short: str, name: str) -> str:
    return "|".join(name if part == short else part for part in key.split("|"))


_WHO_TAG_RE = re.compile(r"(?:^|;)who:([^;]+)")


def _fill_open_slots(figures: list[Figure], slots: dict[str, tuple[str, tuple[str | None, ...]]]) -> None:
    """A figure whose text names no event, or no owner, joins the one measure that differs from
    it only there: "the council approved a $4.5 million budget" and "critics said the $5.2
    million budget was too high" speak of one budget; "a trade surplus of 22.3 billion euros"
    and "Germany's trade surplus narrowed to 18.4 billion euros", of one surplus. Where two
    measures would do (a budget approved, another proposed) the figure is left alone. Only
    amounts of money and rates are filled: "about 2,100 firefighters on the line" are not the "two
    firefighters injured", nor a 37-yard field goal the 117 yards of a receiver's catches."""
    by_base: dict[str, list[tuple[str, tuple[str | None, ...]]]] = defaultdict(list)
    for key, (base, filled) in slots.items():
        by_base[base].append((key, filled))
    for fig in figures:
        entry = slots.get(fig.measure)
        if entry is None or not _MONEY_UNIT_RE.fullmatch(fig.unit) or "" not in entry[1] or len(by_base[entry[0]]) < 2:
            continue
        mine = entry[1]
        fits = [key for key, filled in by_base[entry[0]] if key != fig.measure
                and all(m == f or (m == "" and f is not None) for m, f in zip(mine, filled, strict=True))]
        if len(fits) == 1:
            fig.measure = fits[0]


# "2,140 passengers and crew on board", "all 2,410 people on board", "the 183 souls aboard"
_EVERYONE_ON_BOARD_RE = re.compile(r"\s+(?:people|persons|souls|passengers\s+and\s+crew|crew\s+and\s+passengers)\s+"
                                   r"(?:(?:were|was|are)\s+)?(?:on\s+board|aboard)\b(?:\s+(?:the|a|an)\s+(?P<craft>[\w-]+))?",
                                   re.IGNORECASE)


def _join_on_board(text: str, figures: list[Figure]) -> None:
    """Everyone on board a craft is one count, however the text names them: "with 2,140
    passengers and crew on board" and "all 2,410 people on board" state it twice. Passengers
    alone, or the crew alone, are not everyone; the people "on board the jet" are not those "on
    board the helicopter"."""
    for fig in figures:
        m = fig.unit == "count" and fig.kind == "figure" and _EVERYONE_ON_BOARD_RE.match(text, fig.end)
        if m:
            craft = (m.group("craft") or "").lower()
            fig.measure = f"count|people on board|{craft}"
            fig.measure_label = f"people on board {craft}".strip()


_TIME_PART_RE = re.compile(r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                           r"january|february|march|april|may|june|july|august|september|october|november|december|"
                           r"(?:19|20)\d\d)(?:\s+|$))+")


def _fill_open_times(text: str, figures: list[Figure]) -> None:
    """A count of a generic thing whose clause says no time, in a sentence that does, joins the
    one measure that differs from it only by that time: "Storm Ilka struck on Sunday, ...
    leaving 38,400 homes without power" and "the 34,800 homes that lost power on Sunday" count
    one thing. Where two times would do (Sunday's and Monday's), or the sentence names no time
    (a toll of another year's disaster, told in passing), the figure is left alone."""
    by_untimed: dict[str, dict[str, str]] = defaultdict(dict)
    for fig in figures:
        parts = fig.measure.split("|")
        times = [k for k, p in enumerate(parts) if _TIME_PART_RE.fullmatch(p)]
        if fig.unit == "count" and len(times) == 1:
            by_untimed["|".join(parts[: times[0]] + parts[times[0] + 1 :])][fig.measure] = parts[times[0]]
    for fig in figures:
        timed = by_untimed.get(fig.measure)
        if fig.unit == "count" and timed and len(timed) == 1:
            measure, time = next(iter(timed.items()))
            sentence = text[fig.sentence[0] : fig.sentence[1]].lower()
            if all(re.search(rf"\b{w}\b", sentence) for w in time.split()):
                fig.measure = measure


_FIRE_WORDS = {"fire", "wildfire", "bushfire", "blaze", "inferno", "fires", "wildfires", "blazes"}


def _thing_word(word: str) -> str:
    w = word.lower()
    return "fire" if w in _FIRE_WORDS else _stem(w)


def _join_sized(text: str, figures: list[Figure]) -> None:
    """"the 12,400-acre fire" is the size of the fire that "has burned 14,200 acres": a size
    written as a compound ("N-acre fire", "a 40km pipeline") joins the measure of the bare
    amounts of its unit ("burned 14,200 acres", which count only the unit) whose sentence names
    the same thing (a wildfire, the blaze), when they all share one measure. A size whose thing
    is named nowhere near those amounts ("a 500-acre farm") keeps its own."""
    burned: dict[str, list[Figure]] = {}
    # the measures of the bare amounts of each unit, by each thing their sentence names: built
    # once, so that a long text of sizes stays linear
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    words: dict[tuple[int, int], set[str]] = {}
    for g in figures:
        if g.unit in _PHYSICAL_CODES and g.measure.startswith(f"{g.unit}|{g.unit}|"):
            if g.sentence not in words:
                words[g.sentence] = {_thing_word(w) for w in _WORD.findall(text[g.sentence[0] : g.sentence[1]])}
            for w in words[g.sentence]:
                named[(g.unit, w)].add(g.measure)
    for fig in figures:
        if fig.unit not in _PHYSICAL_CODES or "-" not in fig.text.strip("-") or not fig.noun or not fig.measure:
            continue
        thing = _thing_word(fig.noun.split()[-1])
        joined = set(named.get((fig.unit, thing), ()))
        if not joined and thing == "fire" and fig.unit in _AREA_UNITS:
            # "burned 12,480 hectares of forest and grassland" ... "the 12,840-hectare blaze": the
            # area a fire burned is its size, whatever the land is called (found once per unit)
            if fig.unit not in burned:
                burned[fig.unit] = _burned_areas(text, figures, fig.unit)
            joined = {g.measure for g in burned[fig.unit] if g is not fig}
        if len(joined) == 1:
            fig.measure = joined.pop()


_AREA_UNITS = frozenset({"ha", "acre", "km2", "mi2"})
# "has burned more than 12,000 hectares", "the fire, which has consumed about 9,500 hectares": the
# area a fire has taken, whatever the land is called ("of pine forest") or the verb
_BURNED_BEFORE_RE = re.compile(r"\b(?:burn(?:ed|t|s|ing)?|consum(?:ed|es|ing)|scorch(?:ed|es|ing)|charr(?:ed|ing)|"
                               r"blacken(?:ed|s|ing)|ravag(?:ed|es|ing)|torch(?:ed|es|ing))\s+(?:through\s+|across\s+)?"
                               r"(?:an?\s+estimated\s+)?$", re.IGNORECASE)


def _burned_areas(text: str, figures: list[Figure], unit: str) -> list[Figure]:
    """The areas of `unit` right after a verb of burning in a sentence that names a fire."""
    return [f for f in figures if f.unit == unit and f.kind == "figure" and f.measure
            and _BURNED_BEFORE_RE.search(text, max(f.sentence[0], f.start - 40), f.start)
            and _FIRE_WORDS & {w.lower() for w in _WORD.findall(text[f.sentence[0] : f.sentence[1]])}]


def _join_burned(text: str, figures: list[Figure]) -> None:
    """The areas a fire has burned, each right after a verb of burning in a sentence that names a
    fire, are one measure: "a wildfire ... which has burned more than 12,000 hectares of pine
    forest" and "the fire, which has consumed about 9,500 hectares" state the same extent. "a
    further 3,000 hectares" (an increment) and areas of other units stay apart."""
    for unit in _AREA_UNITS:
        burned = _burned_areas(text, figures, unit)
        # one area named by its land ("of pine forest") and one bare ("about 9,500 hectares"): two
        # lands ("of forest", "of farmland") or two bare areas kept apart by who or where (the
        # Ridge Fire's 41,500 acres, the Dixie Fire's 963,309) are not joined
        bare = f"{unit}|{unit}|"
        measures = {f.measure for f in burned}
        if len(measures) == 2 and sum(m.startswith(bare) for m in measures) == 1:
            named = next(f for f in burned if not f.measure.startswith(bare))
            for f in figures:
                if f.measure in measures:
                    f.measure, f.measure_label = named.measure, named.measure_label


_NAME = r"(?-i:[A-Z][\w'’.-]*[a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*[a-z][\w'’.-]*){0,3})"
# "Mark Ellison, 52,", "Luna, aged 36": the name the age stands beside
_NAME_BEFORE_AGE_RE = re.compile(r"(?P<name>" + _NAME + r"),\s*(?:aged\s+|age\s+|then\s+(?:aged\s+)?)?$")
# "the 36-year-old director Osiris Luna", "36-year-old Osiris Luna": the name after the age
_NAME_AFTER_AGE_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<name>" + _NAME + r")")
_DEFINITE_AGE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "Delgado, who was born in 1981", "Luna was born in 1988": whose birth year it is
# ("Vaz, 26, who was born in Porto in 1997": the age between)
_NAME_BORN_RE = re.compile(r"(?P<name>" + _NAME + r")(?:,\s*\d{1,3},)?,?\s+(?:who\s+)?(?:was\s+)?born\s+"
                           r"(?:(?:in|at)\s+(?:[A-Z][\w'’.-]*,?\s+){1,4})?(?:in\s+)?$")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "By", "He", "She", "They", "It", "His", "Her", "Their",
              "When", "While", "After", "Before", "Since", "Judge", "Mr", "Mrs", "Ms", "Dr"}


def _last_named(text: str, pos: int) -> str:
    """The last person named in full before `pos` (two sentences back at most) whom the text
    also calls by last name alone ("Tiago Ramos" ... "Ramos joined"), which places and
    organisations are not; else ''."""
    base = max(0, pos - 600)
    spans = sentence_spans(text[base:pos])[-3:]
    floor = base + spans[0][0] if spans else base
    for m in reversed(list(re.finditer(_NAME, text[floor:pos]))):
        words = []
        for w in m.group(0).split():
            if w not in _NOT_NAMES:
                words.append(w.rstrip(".") if len(w) > 2 else w)
            if w.endswith(".") and len(w) > 2:
                break  # "Tiago Ramos. The": a name ends with its sentence
        if len(words) < 2 or words[0].lower() in _NOT_ACTORS:
            continue
        last = re.escape(words[-1])
        alone = re.search(rf"(?<!{re.escape(words[-2])}\s)\b{last}\b", text)
        return " ".join(words) if alone else ""
    return ""


PERSON_KEYS = {"age": "age_years|", "born": "year|born|"}


def person_of_key(key: str) -> str:
    """The person a measure key of `_link_people` names ("mark ellison"), else ''."""
    return next((key[len(p):] for p in PERSON_KEYS.values() if key.startswith(p)), "")


_DIED_AT_BEFORE_RE = re.compile(r"\b(?:died|dies|dead)\s+(?:at\s+(?:the\s+age\s+of\s+)?)?$", re.IGNORECASE)
_OPENING_NAME_RE = re.compile(r"\s*(?P<name>" + _NAME + r")(?:,|\s+(?:has\s+|had\s+)?died\b|\s+dies\b)")


def _link_people(text: str, figures: list[Figure]) -> None:
    """Ages and birth years of one named person share a measure: "Mark Ellison, 52" and, later,
    "the 53-year-old" (the one person given an age so far) are two ages of Ellison; "Delgado,
    47" and "Delgado, who was born in 1981" are his age and birth year. A one-word name
    ("Ellison") is the person named in full before ("Mark Ellison") when only one such person
    has that last name; where it is ambiguous, or nobody is named, nothing is linked."""
    people: list[str] = []  # full names, lower case, in order of first age or birth

    def person(name: str) -> str:
        words = [w for w in name.split() if w not in _NOT_NAMES]
        if not words or words[0].lower() in _NOT_ACTORS:
            return ""
        key = " ".join(words).lower().removesuffix("'s").removesuffix("’s")
        if " " not in key:
            same = {p for p in people if p.rsplit(" ", 1)[-1] == key}
            if len(same) > 1:
                return ""
            key = same.pop() if same else key
        if key not in people:
            people.append(key)
        return key

    for fig in figures:
        before = text[max(fig.sentence[0], fig.start - 80) : fig.start]
        if fig.unit == "age_years" and fig.kind == "figure" and not fig.text.lower().endswith("olds"):
            m = _NAME_BEFORE_AGE_RE.search(before)
            if not m:
                m = _NAME_AFTER_AGE_RE.match(text, fig.end, fig.sentence[1])
                if m and STOP_WORDS.intersection(text[fig.end : m.start("name")].lower().split()):
                    m = None  # "the 12-year-old boy from Houston": a place, not the boy's name
            if not m and _DIED_AT_BEFORE_RE.search(before):
                # "Marguerite Tell, the singer who ..., has died aged 91": the one the sentence opens with
                m = _OPENING_NAME_RE.match(text, fig.sentence[0], fig.start)
            who = person(m.group("name")) if m else ""
            if not who and (_DEFINITE_AGE_RE.search(before) or _THEN_AGE_BEFORE_RE.search(before)) \
                    and len(people) == 1:
                # ("In 2019, then 64, he sold ...": the one person given an age or birth year)
                who = people[0]  # "the 53-year-old": the one person the article has given an age
            elif not who and not people and _DEFINITE_AGE_RE.search(before) \
                    and not _noun_phrase(text, fig.end, fig.sentence[1])[0]:
                # "... the midfielder Tiago Ramos. The 22-year-old, who scored ...": before any age,
                # the person last named in full, if the text also calls them by last name alone
                who = person(_last_named(text, fig.start))
            if who:
                fig.person = who
                fig.measure, fig.measure_label = f"{PERSON_KEYS['age']}{who}", f"age of {who.title()}"
                if _THEN_AGE_BEFORE_RE.search(before):
                    fig.context = "then"  # "In 2019, then 64, he ...": the age in that year, not now
        elif fig.kind == "year" and fig.context in ("born", "birth"):
            m = _NAME_BORN_RE.search(before)
            who = person(m.group("name")) if m else ""
            if who:
                fig.person = who
                fig.measure, fig.measure_label = f"{PERSON_KEYS['born']}{who}", f"birth year of {who.title()}"


@dataclass(slots=True)
class NumberToken:
    start: int
    end: int
    value: float
    step: float
    has_scale: bool
    words: bool
    digits_end: int  # where the digits stop (before a scale word): label checks look there


_METRE_AFTER_RE = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:tall|long|high|wide|deep|away|across|in\s+(?:length|height|diameter)|above|below"
    r"|final|race|sprint|hurdles|freestyle|butterfly|breaststroke|backstroke|medley|relay|dash|swim|run"
    r"|(?:world\s+|national\s+|british\s+|european\s+|olympic\s+)?record|title|gold|silver|bronze|heats?"
    r"|semi-finals?|semifinals?|champion|personal\s+best)\b)", re.IGNORECASE)


def _metre_not_million(text: str, start: int, end: int) -> bool:
    """'48m' at the end of a clause or before 'tall' is metres; '$6m' and '80m people' are millions."""
    if _CURRENCY_PREFIX_RE.search(text, max(0, start - 5), start):
        return False
    if re.search(r"(?:\d(?:\.\d+)?m\s*(?:-|–|to)|\bbetween\s+[$£€]?\d+(?:\.\d+)?m\s+and)\s*(?:[$£€]\s*)?$",
                 text[max(0, start - 24) : start], re.IGNORECASE):
        return False  # "1.2m-1.5m": the second end of a range of millions
    if re.search(r"\b(?:the|a|an|women's|men's)\s+$", text[max(0, start - 10) : start], re.IGNORECASE) \
            and text[end : end + 1] != " " \
            or re.match(r"\s+in\s+\d+(?::\d\d|\.\d+\s*(?:s|secs?|seconds)\b|\s+(?:seconds|minutes)\b)", text[end : end + 24]):
        return True  # "ran the 1,500m in 3:29", "the 400m": a race; "the 80m people" stays a count
    return bool(_METRE_AFTER_RE.match(text, end))


_KIND_NUMBER_RE = re.compile(r"[-–](?:way|time|state|star|party|horse|sided|dimensional|stroke)\b", re.IGNORECASE)
_DURATION_WORD_AFTER_RE = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|decades?)\b", re.IGNORECASE)
_RATIO_RE = re.compile(r"\s+(?:in|out\s+of)\s+(?=[\d]|[a-z])", re.IGNORECASE)
_SCALE_TAIL_RE = re.compile(r"\s+(?:and\s+)?", re.IGNORECASE)


def _scale_tail(text: str, end: int, value: float, scale: float) -> tuple[float, int]:
    """'3 hundred and 21', '4 thousand 3 hundred', '3 million and a half': what follows a
    scale word and is smaller than it adds to the figure."""
    while True:
        gap = _SCALE_TAIL_RE.match(text, end)
        if not gap:
            return value, end
        frac = re.match(r"(?:a|an|one)\s+(half|quarter|third)\b", text[gap.end() : gap.end() + 15], re.IGNORECASE)
        if frac and "and" in gap.group(0).lower():
            return value + scale / DENOMINATORS[frac.group(1).lower()], gap.end() + frac.end()
        m = NUMBER_RE.match(text, gap.end())
        if not m or (not m.group("words") and "and" not in gap.group(0).lower() and not m.group("scale")):
            return value, end
        if m.group("words") and (m.group(0).lower() in ("a", "an") or m.group(0).lower() in MULTIPLIERS):
            return value, end  # "$520 million a year earlier" is not 520,000,001
        if m.group("digits") and "and" in gap.group(0).lower() and scale >= 1000:
            return value, end  # "$38 billion and 91,000 employees": a list, not 38,000,091,000 ("3 hundred and 21" is 321)
        nxt = number_at(text, m) if m.group("words") or m.group("digits") else None
        if nxt is None or nxt.value <= 0 or nxt.value >= scale or not float(nxt.value).is_integer():
            return value, end
        value, end = value + nxt.value, nxt.end
        scale = nxt.step if nxt.has_scale else 1
        if scale <= 1:
            return value, end


_NEGATIVE_WORD_RE = re.compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)


def number_at(text: str, m: re.Match) -> NumberToken | None:
    """Read one NUMBER_RE match: its value, rounding step and true span."""
    if m.group("digits"):
        try:
            value, step = parse_digits(m.group("digits"))
        except (ZeroDivisionError, OverflowError):  # a power with no value: 0^-1
            return None
        start = m.start()
        if m.group("sign"):
            value = value if m.group("sign") == "+" else -value  # "+35" (a goal difference) keeps its sign in its text
        else:
            neg = _NEGATIVE_WORD_RE.search(text, max(0, start - 10), start)
            if neg and not re.search(r"\bplus\s+or\s+$", text[max(0, neg.start() - 9) : neg.start()], re.I):
                # "minus 5" is negative; "plus or minus 3.1 points" is a margin
                value, start = -value, neg.start()
        scale_text = (m.group("scale") or "").strip().lower()
        end = m.end()
        if m.group("scale") == "m" and _metre_not_million(text, start, end):
            scale_text, end = "", m.end("digits")
        if m.group("scale") == "T" and not re.search(r"[$£€¥]$", text[max(0, start - 1) : start]):
            return None  # "$2.1T" is trillions; "a 3T scanner" (tesla), "4T" are not
        factor = 1.0
        for part in scale_text.split():
            factor *= SCALES.get(part) or SCALE_ABBR.get(part) or (12 if part.startswith(("doz", "dz")) else 1)
        value, step = value * factor, step * factor
        if scale_text and scale_text.split()[-1] in SCALES and float(value).is_integer():
            value, tail_end = _scale_tail(text, end, value, SCALES[scale_text.split()[-1]])
            if tail_end != end:
                end, step = tail_end, 1.0
        return NumberToken(start, end, value, step, bool(scale_text), False, m.end("digits"))
    if m.group(0).lower() == "a":  # "a year later"
        return NumberToken(m.start(), m.end(), 1.0, 1.0, False, True, m.end())
    if m.group(0).lower() in MULTIPLIERS:  # "twice the national rate", "arrested twice"
        return NumberToken(m.start(), m.end(), MULTIPLIERS[m.group(0).lower()], 1.0, False, True, m.end())
    read = read_words(text, m.start(), m.end())
    if read is None:
        return None
    value, end, has_scale, is_fraction = read
    mixed = _MIXED_RE.search(text, m.start(), end) if is_fraction else None
    if mixed:  # "seven and a half years" is stated to the half: 7.25 to 7.75, not 3.75 to 11.25
        step = FRACTION_WORDS[mixed.group(1).lower().rstrip("s")] * (_largest_scale(value) if has_scale else 1)
    else:
        step = _word_step(value) if not is_fraction else abs(value) or 1.0
    return NumberToken(m.start(), end, value, step, has_scale, True, end)


# "third" before a noun is an ordinal ("a third runway", "a third straight win"); a fraction is
# followed by "of", a comparative or the end of its phrase ("a third of voters", "a third more",
# "cut by a third to 1.2 million")
_ORDINAL_THIRD_RE = re.compile(
    r"[\s-]+(?!(?:of|more|less|fewer|higher|lower|larger|smaller|bigger|cheaper|dearer|longer|shorter|"
    r"faster|slower|to|from|in|on|over|since|and|or|but|than|as|after|before|this|last|between|"
    r"compared|a|an|the|at|by|for|with|while|when|"
    # "fell by a third year on year" is a fraction; "rose for a third year", "a third day of protests" an ordinal
    r"(?:year|month|week|day|quarter)[\s-]+(?:on|over)[\s-]+(?:year|month|week|day|quarter))\b)[a-z]")
_MIXED_RE = re.compile(r"\band\s+(?:a|an|one|two|three)\s+(half|quarters?|thirds?)\b", re.IGNORECASE)


_FISCAL_YEAR_RE = re.compile(r"((?:19|20)\d\d)[-–/](\d\d)(?![\d/-])")
_ONE_COMPOUND_RE = re.compile(r"-(?:time|off|on|way|stop|sided|party|liner|shot|size|of-a-kind|to-one)\b",
                              re.IGNORECASE)
_AGE_DECADE_RE = re.compile(r"([1-9])0['’]?s\b")
_AGE_DECADE_BEFORE_RE = re.compile(r"\b(?:his|her|their)\s+(?:(early|mid|late)[\s-]+)?$", re.IGNORECASE)
_DECADE_RE = re.compile(r"(1[1-9]|20|21)([1-9])0['’]?s\b")


# A date in digits: "5/17/2018", "17.05.2018", "2018-05-17". Its year is a figure; the day and
# month are not counts (and which is which depends on the country).
_NUMERIC_DATE_YEAR_RE = re.compile(
    r"(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:1[5-9]|20|21)\d\d)(?![\d/.-]\d)"
    r"|(?P<iy>(?:1[5-9]|20|21)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d-])")


def _numeric_date_year(text: str, pos: int) -> Figure | None:
    d = _NUMERIC_DATE_YEAR_RE.match(text, pos)
    if not d:
        return None
    a, b = (int(d.group("a")), int(d.group("b"))) if d.group("y") else (int(d.group("im")), int(d.group("id")))
    if not (1 <= min(a, b) <= 12 and max(a, b) <= 31):
        return None
    year = float(d.group("y") or d.group("iy"))
    return Figure(start=d.start(), end=d.end(), text=d.group(0), value=year, unit="year", kind="year",
                  lower=year, upper=year, pragmatic_lower=year, pragmatic_upper=year)


_ORDINAL_VALUES = {**{w: n for w, n in DENOMINATORS.items() if w not in ("half", "quarter")}, **ORDINAL_ONES}
_ORDINAL_VALUES.update({f"{tens}-{one}": n + m for tens, n in TENS.items() for one, m in ORDINAL_ONES.items()})
_JUBILEE_WORDS = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
                  "sesquicentennial": 150, "quincentenary": 500, "semicentennial": 50}
# "its 125th anniversary", "the fiftieth anniversary", "her 100th birthday", "the club's centenary":
# the word is looked for first, then the ordinal before it (a scan of the text for every ordinal
# would be slow)
_ANNIVERSARY_WORD_RE = re.compile(r"\b(?:(?P<what>anniversary|birthday)|(?P<jubilee>" + "|".join(_JUBILEE_WORDS) + r"))\b",
                                  re.IGNORECASE)
_ORDINAL_BEFORE_RE = re.compile(r"\b(?:(?P<digits>\d{1,3})(?:st|nd|rd|th)|(?P<words>(?:"
                                + "|".join(w for w in _ORDINAL_VALUES if not w.endswith("s")) + r")))\s+$", re.IGNORECASE)


def _anniversaries(text: str):
    """Each anniversary, birthday and jubilee of `text`, as (start, end, value, unit): an
    anniversary as the years since what it marks, a birthday as the age it marks."""
    for m in _ANNIVERSARY_WORD_RE.finditer(text):
        if m.group("jubilee"):
            value = float(_JUBILEE_WORDS[m.group("jubilee").lower()])
            yield m.start(), m.end(), value, "years"
            continue
        ordinal = _ORDINAL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if ordinal:
            value = float(ordinal.group("digits") or _ORDINAL_VALUES[ordinal.group("words").lower()])
            yield ordinal.start(), m.end(), value, "age_years" if m.group("what").lower() == "birthday" else "years"


# a duration told in two units, the larger first: how many of the smaller make one of the larger
_SMALLER_UNIT = {("years", "months"): 12, ("weeks", "days"): 7, ("days", "hours"): 24, ("hours", "minutes"): 60,
                 ("minutes", "seconds"): 60}
_COMPOUND_JOIN_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+")


def _compound_duration(text: str, first: Figure, then: Figure) -> Figure | None:
    """One duration written in two units, the larger first: "two hours and 51 minutes" is 171
    minutes, "nine years and four months" 112 months, and "2 hours 9 minutes and 14 seconds"
    (joined twice) 7,754 seconds, in the smaller unit, exact to it; a qualifier of the first part
    holds for the whole ("more than four years and six months"). None where the two are not one
    duration (the second is no less than one of the larger unit, or is qualified)."""
    per = _SMALLER_UNIT.get((first.unit, then.unit))
    if per is None or first.kind != "figure" or then.kind != "figure" or then.qualifier or first.arithmetic_group \
            or not float(first.value).is_integer() or not 0 <= then.value < per \
            or not _COMPOUND_JOIN_RE.fullmatch(text, first.end, then.start) \
            or _OF_WHOM_AFTER_RE.match(text, then.end):
        return None  # "14 years, 3 months of them abroad": a part of the first
    value = first.value * per + then.value
    reading = PREFIX_QUALIFIERS.get(first.qualifier, "") or SUFFIX_QUALIFIERS.get(first.qualifier, "")
    joined = Figure(start=first.start, end=then.end, text=text[first.start : then.end], value=value, unit=then.unit,
                    qualifier=first.qualifier, step=then.step)
    joined.lower, joined.upper, joined.lower_inclusive, joined.upper_inclusive, joined.pragmatic_lower, \
        joined.pragmatic_upper = intervals(value, then.step, reading, exact_plain=True)
    return joined


def _anniversary(text: str, start: int, end: int, value: float, unit: str) -> Figure:
    return Figure(start=start, end=end, text=text[start:end], value=value, unit=unit, lower=value, upper=value,
                  pragmatic_lower=value, pragmatic_upper=value)


def _read_figure(text: str, m: re.Match, is_excluded) -> Figure | None:
    clock = None if m.group("words") or m.group("sign") or (m.start() and text[m.start() - 1] in ":.") \
        else _CLOCK_DURATION_RE.match(text, m.start("digits"))
    if clock:
        # "won in 2:03:11", "ran the mile in 3:43.13": a race time, in seconds (a time of day has no
        # seconds in news copy)
        hours, minutes, seconds, frac = clock.group("h", "m", "s", "frac") if clock.group("h") \
            else ("0", *clock.group("m2", "s2", "frac2"))
        value = round(float(hours) * 3600 + float(minutes) * 60 + float(seconds), 3)
        step = 10.0 ** -len(frac or "")
        return Figure(start=clock.start(), end=clock.end(), text=clock.group(0), value=value, unit="seconds",
                      step=step, lower=value, upper=value, pragmatic_lower=value, pragmatic_upper=value)
    if is_excluded(*m.span()):
        return None if m.group("words") or (m.start() and text[m.start() - 1].isdigit()) else _numeric_date_year(text, m.start())
    is_words = bool(m.group("words"))
    fiscal = None if is_words or m.group("sign") else _FISCAL_YEAR_RE.match(text, m.start("digits"))
    if fiscal and int(fiscal.group(2)) == (int(fiscal.group(1)) + 1) % 100:
        # "2024-25", "the 2023/24 season", "FY2024-25": one year that runs into the next
        first = float(fiscal.group(1))
        start = m.start("digits") - (2 if text[max(0, m.start("digits") - 2) : m.start("digits")] == "FY" else 0)
        return Figure(start=start, end=fiscal.end(), text=text[start : fiscal.end()], value=first, unit="year",
                      kind="year", step=1, lower=first, upper=first + 1, pragmatic_lower=first,
                      pragmatic_upper=first + 1)
    age_decade = None if is_words or m.group("sign") else _AGE_DECADE_RE.match(text, m.start("digits"))
    whose = _AGE_DECADE_BEFORE_RE.search(text, max(0, m.start("digits") - 20), m.start("digits")) if age_decade else None
    if whose:
        # "a man in his 70s", "in their mid-20s": an age between two bounds
        first = float(age_decade.group(1)) * 10
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((whose.group(1) or "").lower(), (0, 9))
        start = whose.start(1) if whose.group(1) else m.start("digits")
        return Figure(start=start, end=age_decade.end(), text=text[start : age_decade.end()], value=first,
                      unit="age_years", step=10, lower=first + lo, upper=first + hi,
                      pragmatic_lower=first + lo, pragmatic_upper=first + hi)
    decade = None if is_words or m.group("sign") else _DECADE_RE.match(text, m.start("digits"))
    if decade:
        # "the 1960s": the years 1960 to 1969 ("the 1900s" may be a century: left alone)
        first = float(decade.group(0)[:4])
        return Figure(start=decade.start(), end=decade.end(), text=decade.group(0), value=first, unit="year",
                      kind="year", step=10, lower=first, upper=first + 9, pragmatic_lower=first,
                      pragmatic_upper=first + 9)
    if not is_words and _is_label(text, m.start("digits"), m.end("digits")):
        return None
    tok = number_at(text, m)
    if tok is None or _KIND_NUMBER_RE.match(text, tok.end):
        return None  # "a two-way race", "a two-time champion", "a five-star hotel": a kind, not a count
    start, end, value, step, has_scale = tok.start, tok.end, tok.value, tok.step, tok.has_scale
    raw = text[start:end]
    lowered = raw.lower()
    after = text[end : end + 40]
    before = text[max(0, start - 40) : start]

    if is_words:
        bare = _SPACE.sub(" ", lowered.strip())
        if bare == "one" and (_ONE_COMPOUND_RE.match(text, end) or re.search(r"one-on-$", before, re.I)):
            return None  # "one-time charges", "a one-off payment", "one-on-one": adjectives
        is_fraction = not float(value).is_integer()
        if not is_fraction and bare not in ("a dozen",) and (bare in ("a", "an", "one", "a hundred", "hundred", "thousand", "million", "billion",
                    "dozen") or bare.startswith(("a ", "an "))):
            # "one" is mostly a pronoun ("one of"), "a" an article; keep them only where a unit
            # or a ratio follows ("one in eight", "a year later", "a dozen people").
            if not _word_number_counts(text, start, end, bare):
                return None
        point = _FRACTION_OF_POINT_RE.match(text, end) if bare in ("half", "quarter", "a quarter") else None
        if point:  # "half a percentage point", "a quarter of a point"
            fig = Figure(start=start, end=point.end(), text=text[start : point.end()], value=value,
                         unit="percentage_points", step=value)
            _finish(text, fig, _qualifier_before(text, fig), exact=True)
            return fig
        if bare in ("half", "quarter", "third") and (not (
                _PREFIX_Q_RE.search(text[max(0, start - 30) : start]) or re.match(r"^\s+of\b", after))
                or re.search(r"\b(?:first|second|last|next|latter|former|other|the|this|that|each|every)\s+$",
                             text[max(0, start - 12) : start], re.IGNORECASE)):
            return None  # "the first half", "half-brother": not a figure; "more than half", "half of" are
        if bare in ("hundred", "thousand", "million", "billion", "dozen", "dozens"):
            return None  # "hundreds of", "millions of dollars": vague, not a figure
        if bare.endswith("third") and _ORDINAL_THIRD_RE.match(after):
            return None  # "a third runway", "over third term": an ordinal, not a fraction

    fig = Figure(start=start, end=end, text=raw, value=value, unit="count", step=step, scaled=has_scale)
    if lowered in MULTIPLIERS:
        fig.unit = "times"
        return fig
    times = re.match(r"\s+times\b", after, re.IGNORECASE)
    if times and not has_scale:  # "three times as likely", "arrested three times"
        fig.unit, fig.end = "times", end + times.end()
        fig.text = text[start : fig.end]
        return fig
    if (is_words or "/" in raw) and 0 < value < 1 and re.match(r"^\s+of\b", after):
        # "two-thirds of the vote", "nearly half of them": a share, read to the nearest tenth
        fig.unit, fig.step = "ratio", 0.1

    # Ratio: "one in eight".
    ratio = _RATIO_RE.match(text, end)
    if ratio and value >= 1 and not has_scale:
        m_den = NUMBER_RE.match(text, ratio.end())
        den = number_at(text, m_den) if m_den else None
        if den is not None and m_den.group("digits") and _looks_like_year(
                text, m_den.start(), m_den.end(), den.value, m_den.group("digits")):
            den = None  # "turned 40 in 2019": a year, not "one in eight"
        if den is not None and _DURATION_WORD_AFTER_RE.match(text, den.end):
            den = None  # "rose by 12 in four years": when, not one in four
        if den is not None and den.value > value and not den.has_scale or (den and den.words and den.value > value):
            # "one in eight", "two out of five hundred"
            fig.end = den.end
            fig.text = text[start : fig.end]
            fig.value = value / den.value
            fig.unit = "ratio"
            fig.kind = "ratio"
            # "about one in five" keeps its qualifier: a rough ratio spans a fifth of its value either
            # way ("about one in five": 18% to 22%), "nearly one in five" the quarter below it
            q = _qualifier_before(text, fig)
            reading = PREFIX_QUALIFIERS.get(q[0], "")
            fig.step = fig.value * (0.2 if reading == "about" else 0.25) if reading in ("about", "almost") else 0
            _finish(text, fig, q if reading else "", exact=True)
            return fig

    # Currency before: "$6 million", "US$ 4.5bn", "£2.7m", "USD 40".
    cur = _CURRENCY_PREFIX_RE.search(before)
    if cur and not is_words:
        code = cur.group("cur").strip().rstrip(".")
        fig.unit = (CURRENCY_SIGNS.get(code) or ("INR" if code.startswith("Rs") else "MXN" if code == "Mex$"
                    else code[:-1] if code[:-1] in CURRENCY_CODES else code.upper()))
        if fig.unit in MILLION_CODES:
            fig.unit, fig.value, fig.step = MILLION_CODES[fig.unit], fig.value * 1e6, fig.step * 1e6
        fig.start = start - (len(before) - cur.start())
    else:
        suf = _CURRENCY_SUFFIX_RE.match(after)
        weight = (suf and suf.group("word") and suf.group("word").lower() in ("pound", "pounds")
                  and (re.match(r"^[\s-]?pounds?\s+of\b", after, re.I) or re.match(r"^-pound", after, re.I)
                       or re.search(r"\bweigh\w*\s+(?:\w+\s+)?$", before, re.I)))
        if suf and not weight:  # "weighs 25 pounds", "pounds of cocaine", "a 10-pound bag": lb
            if suf.group("sign"):
                fig.unit = CURRENCY_SIGNS_AFTER[suf.group("sign")]
            elif suf.group("code"):
                code = suf.group("code").upper()
                if code in MILLION_CODES:
                    fig.unit, fig.value, fig.step = MILLION_CODES[code], fig.value * 1e6, fig.step * 1e6
                else:
                    fig.unit = code
            else:
                w = _SPACE.sub(" ", suf.group("word").lower())
                fig.unit = CURRENCY_WORDS[w]
                if fig.unit.endswith(("_CENT", "_PENNY")):
                    # the value as written; the unit says it is in hundredths
                    fig.unit = {"USD_CENT": "USD_cents", "GBP_PENNY": "GBP_pence"}[fig.unit]
            end = end + suf.end()
            if suf.group("code") or suf.group("word"):
                end = _money_tail(text, fig, end)
    if fig.unit == "count" and (re.search(r"\bmagnitude[\s-]*$", before, re.IGNORECASE)
                                or re.match(r"-?magnitude\b", text[end : end + 10], re.IGNORECASE)):
        fig.unit = "magnitude"  # an earthquake's magnitude: a scale, not a count
    pct_before = _PERCENT_OF_RE.search(before)
    if fig.unit == "count" and pct_before:  # "per cent of 210"
        fig.unit = "percent"
        fig.start = start - (len(before) - pct_before.start())
    if fig.unit == "count" and not is_words and re.match(r"p\b", after) and not has_scale:
        fig.unit = "GBP_pence"  # "312p": a share price in pence
        end += 1
    if fig.unit == "count":
        pct = _PERCENT_RE.match(after)
        age = _AGE_RE.match(after)
        if not pct and _POINTS_RE.match(after) and ((_CHANGE_OF_RE.search(before) or _PERCENT_THEN_RE.search(before))
                                                    and _PERCENT_IN_SENTENCE_RE.search(re.split(r"[.!?]\s+(?=[A-Z])", text[max(0, start - 200) : start])[-1])
                                                    or _POINTS_THAN_PCT_RE.match(text, end)):
            # "Turnout was 59.7%, down from 67.3%, a fall of 8.6 points", "The five-year fix is 4.99%,
            # 0.32 points below the two-year rate"
            pct = _POINTS_RE.match(after)
        if pct:
            matched = pct.group(0).lower()
            fig.unit = ("basis_points" if "basis" in matched or matched.strip(" -") in ("bp", "bps")
                        else "percentage_points" if "point" in matched else "percent")
            end += pct.end()
        elif age:
            u = (age.group("u") or age.group("u2") or "year").lower()
            fig.unit = f"age_{u}s"
            fig.step = 1.0  # an age is stated exactly: "a 10-year-old" is ten, not 5 to 15
            end += age.end()
        elif (_AGE_PREFIX_RE.search(before) or _APPOSED_AGE_RE.search(before) and re.match(r"\s*,", after)
              and float(value).is_integer() and 1 <= value <= 120
              or _PEOPLE_BOUND_RE.search(before) and float(value).is_integer() and 1 <= value <= 120
              and not _UNIT_RE.match(after) and not _DURATION_RE.match(after)
              or _THEN_AGE_BEFORE_RE.search(before) and re.match(r"\s*,", after)
              and (_THEN_AGE_AFTER_RE.match(after) or _NAME_THEN_BEFORE_RE.search(before))
              and float(value).is_integer() and 1 <= value <= 120
              or (_PERSON_WAS_RE.search(before) and _AGE_END_RE.match(after)
                  or _WAS_THEN_WHEN_RE.search(before) and _WHEN_PERSON_RE.match(after))
              and float(value).is_integer() and 1 <= value <= 120) and not has_scale:
            # "aged 36", and an age in apposition: "Pope Francis, 86, was ..."
            fig.unit, fig.step = "age_years", 1.0
            aged = _AGE_PREFIX_RE.search(before)
            if aged:
                fig.start = start - (len(before) - aged.start())
        else:
            dur = _DURATION_RE.match(after)
            unit_m = _UNIT_RE.match(after)
            if dur:  # "three years", and "two thousand years", "5 million hours of video"
                u = DURATION_UNITS[dur.group("u").lower()]
                tail = after[dur.end() :]
                # "Five years on, ..." is a relative year; "jailed for seven years on Friday" is not
                rel = re.match(r"^\s+(later|earlier|afterwards|after|before|ago|prior|on(?=\s*[,.;:]|\s+from\b))\b",
                               tail, re.IGNORECASE)
                fig.unit = u
                end += dur.end()
                # ("carried traffic for 85 years after it opened" is how long it ran)
                if rel and u == "years" and not has_scale and not _FOR_BEFORE_RE.search(before):
                    fig.kind = "relative_year"
                    end += rel.end()
                    fig.context = rel.group(1).lower()
            elif unit_m and (unit_m.group("sp") == "" or unit_m.group("u").lower() not in TIGHT_ONLY_UNITS):
                key = _SPACE.sub(" ", unit_m.group("u").lower())
                fig.unit = PHYSICAL_UNITS.get(key, key)
                end += unit_m.end()
            elif not is_words and not has_scale and _looks_like_year(text, start, m.end(), value, m.group("digits")):
                fig.unit = "year"
                fig.kind = "year"
                fig.step = 1
                month = _MONTH_BEFORE_RE.search(before)
                if month:
                    fig.month = MONTHS[month.group("m").lower()]
                    fig.start = start - (len(before) - month.start())
                end = m.end()
            elif is_words and lowered.strip() == "one" and bare_is_vague(text, end):
                return None
            elif not is_words and value <= 31 and float(value).is_integer() and (
                    _MONTH_RIGHT_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(text, end)):
                # the day of "March 5": a date when no year follows ("March 5, 2024" is that year's)
                return _day_of_month(text, fig, start, end, before)
    fig.end = end
    fig.text = text[fig.start : fig.end]
    return fig


_MONTH_RIGHT_BEFORE_RE = re.compile(r"\b(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+$",
                                    re.IGNORECASE)
_YEAR_AFTER_DAY_RE = re.compile(r"(?:st|nd|rd|th)?,?\s+(?:1[5-9]|20|21)\d\d\b")


def _day_of_month(text: str, fig: Figure, start: int, end: int, before: str) -> Figure | None:
    """'June 18', '18 June', 'the 18th of June': kind 'date', unit 'date', the value the day of
    the year (in a year of 365 days), so that the date rules can measure the days between two
    dates. A day followed by its year is left to the year ("June 18, 2024")."""
    after = _MONTH_AFTER_RE.match(text, end)
    if _YEAR_AFTER_DAY_RE.match(text, after.end() if after else end):
        return None
    month_before = _MONTH_RIGHT_BEFORE_RE.search(before)
    if month_before:
        month, first, last = MONTHS[month_before.group("m").lower()], start - (len(before) - month_before.start()), end
    elif after:
        name = re.search(r"[A-Za-z]+$", after.group(0)).group(0).lower()
        month, first, last = MONTHS[name], start, after.end()
    else:
        return None  # "March 5th, 12 people": not a day this reads
    try:
        day = datetime.date(2001, month, int(fig.value)).timetuple().tm_yday
    except ValueError:
        return None  # "February 30"
    return Figure(start=first, end=last, text=text[first:last], value=float(day), unit="date", kind="date",
                  lower=float(day), upper=float(day), pragmatic_lower=float(day), pragmatic_upper=float(day),
                  month=month)


_ONE_PRONOUN_AFTER = set("""of is was who that which another by in at would could can will has had
may might must should does did and or but day's another's""".split())
_ONE_PRONOUN_BEFORE = {"no", "every", "any", "the", "this", "that", "each", "which", "some", "someone"}


_MONEY_SCALE_AFTER_RE = re.compile(r"\s+(million|billion|trillion|thousand|bn|m)\b", re.IGNORECASE)
_CENTS_AFTER_RE = re.compile(r"\s+(?:and\s+)?(?P<n>\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)(?P<c>\s+cents?\b)?(?=\s*(?:[.,;!?](?!\d)|$|\s+cents?\b))", re.IGNORECASE)


def _money_tail(text: str, fig: Figure, end: int) -> int:
    """'75 USD million' (a scale after the code), '3 dollars 50 cents', '15 dollars and 50'."""
    scale = _MONEY_SCALE_AFTER_RE.match(text, end)
    if scale:
        factor = SCALES.get(scale.group(1).lower()) or SCALE_ABBR[scale.group(1).lower()]
        fig.value *= factor
        fig.step *= factor
        return scale.end()
    if fig.unit.endswith(("_cents", "_pence")) or not float(fig.value).is_integer():
        return end
    cents = _CENTS_AFTER_RE.match(text, end)
    if cents:
        n = cents.group("n")
        value = float(n) if n.isdigit() else parse_words(n)
        if value is not None and float(value).is_integer() and 0 < value < 100:
            fig.value += value / 100
            fig.step = 0.01
            return cents.end()
    return end


def bare_is_vague(text: str, end: int) -> bool:
    """'one of', 'One is': a pronoun, not a count."""
    return bool(re.match(r"^\s*(?:of\b|is\b|was\b|another\b|by\b|[,.;:])", text[end : end + 10], re.IGNORECASE))


def _word_number_counts(text: str, start: int, end: int, bare: str) -> bool:
    after = text[end : end + 30]
    if re.match(r"^\s+(?:in|out\s+of)\s+(?:\d|[a-z]+\b)", after, re.IGNORECASE) and bare in ("one", "a", "an"):
        return True
    if re.match(r"^[\s-]+(?:years?|months?|weeks?|days?|hours?|decades?)[\s-]+(?:later|earlier|ago|after|before|old)\b", after, re.IGNORECASE):
        return True
    if bare == "one":
        # "one person died" counts; "one of them", "One is", "no one", "the one" do not.
        nxt = re.match(r"^\s+([A-Za-z][\w'’-]*)", after)
        if nxt and (nxt.group(1).lower() in PHYSICAL_UNITS or nxt.group(1).lower() in DURATION_UNITS
                    or nxt.group(1).lower() in CURRENCY_WORDS):
            return True
        prev = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 20) : start])
        if prev and prev.group(1).lower() in _ONE_PRONOUN_BEFORE:
            return False
        if nxt is None:
            return not re.match(r"^\s*[,;:]", after) and not (text[start].isupper())
        word = nxt.group(1)
        if word.lower() in _ONE_PRONOUN_AFTER or (text[start].isupper() and word[0].isupper()):
            return False
        return True
    if bare in ("a", "an"):
        return False
    # "a hundred", "a dozen people", "a million dollars"
    return bool(re.match(r"^\s+[a-z]", after))


def _looks_like_year(text: str, start: int, end: int, value: float, digits: str) -> bool:
    if "," in digits or "." in digits or len(digits) != 4 or not 1000 <= value <= 2199:
        return False
    before = text[max(0, start - 30) : start]
    if _CURRENCY_PREFIX_RE.search(before):
        return False
    nxt = re.match(r"^\s*([A-Za-z]+)", text[end : end + 20])
    if nxt and nxt.group(1).lower() in GENERIC_NOUNS - {""} | {"troops", "soldiers", "deaths", "votes", "jobs"}:
        return False
    if 1900 <= value <= 2100:
        return True
    return bool(_YEAR_CONTEXT_RE.search(before) or _MONTH_BEFORE_RE.search(before))


# "298 for seven at stumps", "five for 72,": runs for wickets, wickets for runs
_WICKETS_RE = re.compile(r"\s+for\s+(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![,.]?\d)"
                         r"\s*(?P<next>[A-Za-z]*)", re.IGNORECASE)


_RANGE_PREFIX_RE = re.compile(r"\b(?P<p>between|from)\s+(?:(?:US|C|A)?\$|[£€])?\s*$", re.IGNORECASE)


def _maybe_range(text: str, fig: Figure, is_excluded) -> Figure:
    if fig.kind in ("ratio", "relative_year"):
        _finish(text, fig, "", exact=True)
        return fig
    after = text[fig.end : fig.end + 30]
    if re.match(r"[-–]\s+to\s", after):
        after = " " + after[1:]  # "a 10- to 15-year sentence": the first hyphen hangs, waiting for the unit
    wickets = _WICKETS_RE.match(text, fig.end)
    if wickets and fig.unit == "count" and float(fig.value).is_integer() and not fig.scaled and fig.value < 1000:
        word = wickets.group("n").lower()
        n = ONES[word] if word in ONES else int(word)
        nxt = wickets.group("next").lower()
        if (n <= 10 or fig.value <= 10 and n < 400) and (not nxt or nxt in STOP_WORDS or nxt in ("stumps", "lunch", "tea")):
            # a cricket score or bowling figures: "India reached 298 for seven", "took five for 72"
            end = wickets.end("n")
            return Figure(start=fig.start, end=end, text=text[fig.start : end], value=fig.value, unit="score",
                          kind="score", lower=fig.value, upper=fig.value, pragmatic_lower=fig.value,
                          pragmatic_upper=fig.value)
    sep = _RANGE_SEP_RE.match(after)
    if not sep:
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    word = sep.group("sep").lower()
    prefix = _RANGE_PREFIX_RE.search(text, max(0, fig.start - 20), fig.start)
    if word in ("-", "–") and not sep.group(0).strip(" -–") and sep.group(0) in ("-", "–"):
        score = re.match(r"(\d{1,3})(?!\d|[,.]\d)", text[fig.end + 1 : fig.end + 6])
        if (score and fig.unit == "count" and float(fig.value).is_integer() and fig.value < 1000
                and int(score.group(1)) <= fig.value and not fig.scaled):
            # "beat Madrid 4-0", "passed 218-214": a score or a vote, one figure, no measure
            end = fig.end + 1 + score.end()
            return Figure(start=fig.start, end=end, text=text[fig.start : end], value=fig.value, unit="score",
                          kind="score", lower=fig.value, upper=fig.value, pragmatic_lower=fig.value,
                          pragmatic_upper=fig.value)
    if word == "and" and not (prefix and prefix.group("p").lower() == "between"):
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    if word == "or" and fig.unit == "count":
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    pos = fig.end + sep.end()
    cur = re.match(r"(?:US|C|A)?\$|[£€]", text[pos : pos + 3])
    if cur:
        pos += cur.end()
    m2 = NUMBER_RE.match(text, pos)
    if not m2:
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    second = _read_figure(text, m2, is_excluded)
    if second is not None and fig.unit != "count" and second.unit not in ("count", fig.unit):
        second = None  # "rose 6.2% to $1.45 billion" is two figures, not a range
    if second is not None and 0 < fig.value < 1 <= second.value and fig.text[:1].isalpha():
        second = None  # "grew by a third to 1.2 million": a change and a level
    if second is not None and fig.unit in SIGNED_UNITS and second.unit == "count":
        second = None  # "the S&P 500 rose 1.2% to 5,100": a change and a level ("5 to 10%" is a range)
    if second is not None and second.value > 3 * fig.value > 0 and _BY_CHANGE_RE.search(text, max(0, fig.start - 30), fig.start):
        second = None  # "fell by 30,000 to 889,000": a change and a level ("rise by 5 to 10%" is a range)
    if second is None or second.value < fig.value and not (second.unit != "count" and fig.unit == "count"):
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    # "5 to 7 million": the scale and unit of the second apply to the first.
    if fig.unit == "year" and second.unit != "year":
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    if fig.unit == "year" and second.unit == "year":
        _finish(text, fig, "")
        return fig  # "2017 to 2024" are two years, each its own figure
    lo_value, lo_step = fig.value, fig.step
    if second.value >= 1000 and fig.value < 1000 and fig.value * 1000 <= second.value and re.search(r"(?:million|billion|thousand|bn|m|k)\b", second.text, re.IGNORECASE) and not re.search(r"(?:million|billion|thousand|bn|m|k)\b", fig.text, re.IGNORECASE):
        factor = 10 ** math.floor(math.log10(second.value / max(1, _bare_number(second.text))) + 1e-9)
        lo_value, lo_step = fig.value * factor, fig.step * factor
    if lo_value > second.value:  # "2-1%": not a range read low to high
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    if second.value > 4 * lo_value > 0 and second.value >= 100 and word == "to" and fig.unit != "percent" \
            and _BARE_CHANGE_RE.search(text, max(0, fig.start - 20), fig.start):
        # "fell 450 to 2,550": a change and a level; no range runs so wide after a verb of change
        _finish(text, fig, _qualifier_before(text, fig))
        return fig
    if prefix and prefix.group("p").lower() == "from" and _moved_from(text, prefix.start(), rising=True):
        _finish(text, fig, _qualifier_before(text, fig))
        return fig  # "the fare will rise from $2.90 to $3.10": an old level and a new one, not a range
    unit = second.unit if fig.unit == "count" else fig.unit
    start = prefix.start() if prefix else fig.start
    if prefix and fig.start > prefix.end() and text[prefix.end() : fig.start].strip():
        start = prefix.start()
    rng = Figure(start=start, end=second.end, text=text[start : second.end], value=lo_value,
                 unit=unit, kind="range", step=min(lo_step, second.step))
    rng.qualifier = "between" if prefix and prefix.group("p").lower() == "between" else "range"
    rng.lower, rng.upper = lo_value, second.value
    rng.pragmatic_lower, rng.pragmatic_upper = lo_value, second.value
    return rng


# verbs that move a level from one figure to another, besides those of _CHANGE_VERBS
_MOVED_VERBS = _BASE_CHANGE_VERBS | _PRESENT_CHANGE_VERBS | frozenset("""raised lowered cut cuts reduced hiked slashed
boosted lifted trimmed doubled tripled halved went go goes gone""".split())


def _moved_from_before(text: str, fig: Figure) -> bool:
    """`fig` follows "from" and a verb of change: "will rise from $2.90"."""
    prefix = _RANGE_PREFIX_RE.search(text, max(0, fig.start - 20), fig.start)
    return bool(prefix) and prefix.group("p").lower() == "from" and _moved_from(text, prefix.start())


_FALLING_VERBS = frozenset("""fell fallen fall falls decreased decrease decreases dropped drop drops declined decline
declines slid slide slides slipped slip slips eased ease eases plunged plunge plunges tumbled tumble tumbles sank sink
sinks dipped dip dips shrank shrunk shrink shrinks contracted contract contracts slowed slow slows down lowered cut cuts
reduced slashed trimmed halved""".split())


def _moved_from(text: str, at: int, rising: bool = False) -> bool:
    """A verb of change comes before the "from" at `at`, with at most an adverb between: "rose
    from", "will rise sharply from", "was raised from", "went up from". With `rising`, not a verb
    of falling: "reduced from 44 mg to 50 mg" moves nowhere, and stays a range."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, at - 40) : at])]
    while words and words[-1].endswith("ly"):
        words.pop()
    return bool(words) and (words[-1] in _CHANGE_VERBS or words[-1] in _MOVED_VERBS) \
        and not (rising and words[-1] in _FALLING_VERBS)


# the past tenses of a change that both readers below know
_PAST_CHANGE_VERBS = "rose|fell|increased|decreased|grew|dropped|declined|climbed|jumped|slipped|gained|shrank"
_BARE_CHANGE_RE = re.compile(r"\b(?:" + _PAST_CHANGE_VERBS + r"|lost|added|shed)\s+(?:(?:US|C|A)?\$|[£€])?$",
                             re.IGNORECASE)
# "2.6 points lower than last year's 63.3%": points against a percentage stated after them
_POINTS_THAN_PCT_RE = re.compile(r"\s+points?\s+(?:higher|lower|above|below|more|less|up|down)\b[^.;:%\d]{0,40}?"
                                 r"\d[\d.]*\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_BY_CHANGE_RE = re.compile(r"\b(?:" + _PAST_CHANGE_VERBS + r"|rise[sn]?|fall(?:en|s)?|increase|decrease|grow(?:n|s)?|"
                           r"decline|cut|shrunk)\s+by\s+"
                           r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?(?:(?:US|C|A)?\$|[£€])?$", re.IGNORECASE)


LOWER_READINGS, UPPER_READINGS = {"gt", "gt_just", "ge"}, {"lt", "le"}
_PAIR_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and|but)?|(?:and|but|while|yet))\s+(?:(?:is|was|are|were)\s+)?", re.IGNORECASE)


def _reading_of(fig: Figure) -> str:
    return PREFIX_QUALIFIERS.get(fig.qualifier) or SUFFIX_QUALIFIERS.get(fig.qualifier, "")


def _maybe_bounded_pair(text: str, fig: Figure, is_excluded) -> Figure:
    """'more than 100 and fewer than 300', 'at most 100 and at least 20': one interval."""
    first = _reading_of(fig)
    if fig.kind != "figure" or first not in LOWER_READINGS | UPPER_READINGS:
        return fig
    join = _PAIR_JOIN_RE.match(text, fig.end, min(len(text), fig.end + 60))
    if not join:
        return fig
    m2 = NUMBER_RE.search(text, join.end(), min(len(text), join.end() + 45))
    if not m2:
        return fig
    second = _read_figure(text, m2, is_excluded)
    if second is None or second.kind != "figure" or second.unit != fig.unit:
        return fig
    _finish(text, second, _qualifier_before(text, second))
    other = _reading_of(second)
    if second.start != join.end() or not other or (other in LOWER_READINGS) == (first in LOWER_READINGS):
        return fig
    low, high = (fig, second) if first in LOWER_READINGS else (second, fig)
    if low.lower is not None and high.upper is not None and (
            low.lower > high.upper or low.lower == high.upper and not (low.lower_inclusive and high.upper_inclusive)):
        return fig  # "more than 40 and less than 10": two separate statements, no interval between
    pair = Figure(start=fig.start, end=second.end, text=text[fig.start : second.end], value=low.value,
                  unit=fig.unit, qualifier=f"{fig.qualifier} … {second.qualifier}", kind="range",
                  step=min(fig.step, second.step))
    pair.lower, pair.lower_inclusive = low.lower, low.lower_inclusive
    pair.upper, pair.upper_inclusive = high.upper, high.upper_inclusive
    pair.pragmatic_lower, pair.pragmatic_upper = low.pragmatic_lower, high.pragmatic_upper
    return pair


_OVER_RE = re.compile(r"\s+over\s+")


def _maybe_over(text: str, fig: Figure) -> Figure:
    """'1 over 3', 'one over twenty': a fraction spelt with 'over', when nothing follows it."""
    over = _OVER_RE.match(text, fig.end)
    if fig.unit != "count" or fig.kind != "figure" or not over:
        return fig
    m = NUMBER_RE.match(text, over.end())
    tok = number_at(text, m) if m else None
    if tok is None or not tok.value or not re.match(r"\s*(?:$|[.,;:!?)])", text[tok.end : tok.end + 3]):
        return fig
    out = Figure(start=fig.start, end=tok.end, text=text[fig.start : tok.end], value=fig.value / tok.value,
                 unit="count", kind="figure", step=0)
    _finish(text, out, "", exact=True)
    return out


def _bare_number(text: str) -> float:
    """The first number written in digits in `text`, read as the extractor reads it ("1 000" with
    a space for thousands, "3/4", "2½"); 1.0 if none."""
    m = re.search(_DIGITS, text)
    return parse_digits(m.group(0))[0] if m else 1.0


def _qualifier_before(text: str, fig: Figure) -> tuple[str, int]:
    window = text[max(0, fig.start - 40) : fig.start]
    m = _PREFIX_Q_RE.search(window)
    if not m:
        return ("", fig.start)
    group = "q" if m.group("q") else "qs"
    phrase = _SPACE.sub(" ", m.group(group).lower())
    if group == "qs":
        phrase = phrase.replace(" ", "")
        phrase = {"<=": "<=", ">=": ">="}.get(phrase, phrase)
    return (phrase, fig.start - (len(window) - m.start(group)))


SIGNED_UNITS = {"C", "F", "deg", "percentage_points", "basis_points", "percent"}
_PHRASAL_UP_RE = re.compile(r"\b(?:ticked|ticks|tick|edged|edges|edge|inched|inches|crept|creeps|moved|moves|went|"
                            r"goes|shot|shoots|picked|picks|nudged|nudges|revised|revises|jumped|climbed|crept)\s+$",
                            re.IGNORECASE)
# "revised its estimate for September up to 254,000": the verb stands before its object
_REVISED_UP_RE = re.compile(r"\brevis(?:ed|es|e|ing)\b[^.;:,]{0,50}\s$", re.IGNORECASE)
_ADDED_FIGURE_RE = re.compile(r"\s*(?:(?:US|A|C|NZ|HK)?\$|[£€¥]|a\s+further\s+|another\s+)?\s*\d"
                              r"|\s*(?:costs|interest|vat|expenses|fees|damages|taxe?s?|bonus(?:es)?|add-ons|benefits|"
                              r"compensation|legal\s+costs)\b", re.IGNORECASE)


def _finish(text: str, fig: Figure, qualifier, exact: bool = False) -> None:
    if fig.kind == "range" or fig.lower is not None:
        return
    if re.match(r"^\s+(?:in\s+(?:total|all)|altogether|combined|overall)\b", text[fig.end : fig.end + 20], re.I) or re.search(
        r"\b(?:total(?:ling|ing)?|totalled|totaled|a\s+total\s+of|sum\s+of|combined)\s+(?:of\s+)?$"
        r"|\b(?:in\s+total|in\s+all|altogether|overall),\s+$", text[max(0, fig.start - 24) : fig.start], re.I
    ):  # "165 in all", "a total of 165", "In total, 290 patients"
        fig.is_total = True
    if fig.kind in ("year",):
        fig.lower = fig.upper = fig.pragmatic_lower = fig.pragmatic_upper = fig.value
        fig.step = 1
        return
    q, qstart = qualifier if isinstance(qualifier, tuple) else (qualifier, fig.start)
    reading = PREFIX_QUALIFIERS.get(q, "") if q else ""
    if q == "up to" and (_PHRASAL_UP_RE.search(text, max(0, qstart - 20), qstart)
                         or _REVISED_UP_RE.search(text, max(0, qstart - 60), qstart)):
        q, reading = "", ""  # "ticked up to 4.3%", "edged up to": a move to a level, not a ceiling
    if fig.unit in DURATION_UNITS.values() and q in ("over", "under"):
        # "killed 90 people over three days" is when, not how long; "for over three years" is.
        if not re.search(r"\bfor\s+$", text[max(0, qstart - 6) : qstart]):
            q, reading = "", ""
    suf = _SUFFIX_Q_RE.match(text[fig.end : fig.end + 20])
    if suf and _ADDED_FIGURE_RE.match(text, fig.end + suf.end()):
        suf = None  # "£35m plus £5m in add-ons": an addition, not "£35m-plus"
    if (not reading or reading in ("exact", "about")) and suf:
        sq = _SPACE.sub(" ", suf.group("q").strip().lower())
        reading = SUFFIX_QUALIFIERS.get(sq, "")
        if reading:
            q = sq
            fig.end += suf.end()
    if q and reading and qstart < fig.start:
        fig.start = qstart
    fig.text = text[fig.start : fig.end]
    fig.qualifier = q if reading else ""
    plain_exact = exact or fig.kind in ("relative_year", "ratio") or (fig.step <= 1 and not fig.scaled)
    fig.lower, fig.upper, fig.lower_inclusive, fig.upper_inclusive, fig.pragmatic_lower, fig.pragmatic_upper = intervals(
        fig.value, fig.step, reading, exact_plain=plain_exact
    )
    _keep_in_range(fig)


def _keep_in_range(fig: Figure) -> None:
    """Bound a figure's intervals by what its unit can be: no count, share, sum of money or
    length below nothing, no share above the whole."""
    if fig.value >= 0 and fig.unit not in SIGNED_UNITS:
        # "about 1/40" read as 1/40 +- 2/40 must not reach below nothing
        if fig.lower is not None and fig.lower < 0:
            fig.lower, fig.lower_inclusive = 0.0, True
        if fig.pragmatic_lower is not None and fig.pragmatic_lower < 0:
            fig.pragmatic_lower = 0.0
    if fig.unit == "percent" and fig.upper is None and fig.value < 100:
        fig.upper, fig.upper_inclusive = 100.0, True
    if fig.unit == "ratio" and fig.upper is None and fig.value < 1:
        fig.upper, fig.upper_inclusive = 1.0, True  # a share of a whole


_PER_RE = re.compile(r"[\s-]+(?:a|an|per|each|every)[\s-]+(year|month|week|day|hour|head|person|capita|share)\b"
                     r"(?!\s+(?:earlier|ago|before|later|previously)\b)",
                     re.IGNORECASE)


_COORDINATED_EVENT_RE = re.compile(r"\d[^.;,\d]{0,40}?\s+(?:people|persons)\s+and\s+[a-z]+(?:ing|ed)\s+$")


def _suggest_measure(text: str, fig: Figure, slots: dict[str, tuple[str, tuple[str | None, ...]]]) -> None:
    """A grouping key for figures that count the same thing, and a label for people.

    key = unit | what is counted | ... The thing counted is the counted noun phrase ("alleged
    gang members"), else the subject before the verb ("the unemployment rate rose to 3.9%"); a
    figure with neither gets no measure and is compared with nothing. When that thing is
    generic ("people") or one word, the key adds the event (killed, detained; not for a level:
    "was", "rose ... to") and the setting of the figure's clause (day, month, year, place).
    Tags keep apart what only looks alike: the old value of a change ("from 3.7%", "a year
    earlier"), a move against a level ("rose 9%"), a per-head figure ("two goals each").
    Years and relative years have no measure: they are dates, compared by the date rules.
    A key with an event goes into `slots` as (the key without it, the event), so that
    `_fill_open_slots` can give a figure whose text names no event or owner the one the text implies.
    """
    if fig.kind in ("year", "relative_year", "score", "date"):
        return
    if fig.unit.startswith("age_") and fig.text.lower().endswith("olds"):
        return  # "applications from 18-year-olds": the age names a group; it is not a claim
    lo, hi = fig.sentence
    if _is_condition(text, fig, lo):
        return  # "those who walked at least 7,000 steps": a group's definition, not a claim
    if fig.unit == "count" and _PART_OF_RE.match(text, fig.end):
        return  # "five of the cases", "181 of the cases": parts of a whole counted elsewhere
    if fig.unit in ("years", "months") and _PRODUCT_TERM_RE.match(text, fig.end) and "-" in fig.text:
        return  # "a 30-year mortgage", "the 10-year note", "a 40-year high": a product or a record's span
    per = _PER_RE.match(text, fig.end)  # "$10,000 a year", "a £5-an-hour job": a rate
    noun, event_after = _noun_phrase(text, per.end() if per else fig.end, hi)
    if fig.unit == "percent":
        of = re.match(r"^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z][a-z\s-]{0,40}?)(?=[,.;:]|\s+(?:in|on|at|who|that|and|for|to)\b|$)", text[fig.end : hi], re.IGNORECASE)
        noun = of.group(1).strip() if of else ""
        if noun.lower() in _WHOLE_WORDS:
            noun = ""  # "31% of the total", "12% of the total": of two different totals, perhaps
    event_before = _event_before(text, fig.start, lo)
    fig.noun = noun
    content = [_stem(w) for w in noun.split() if w.lower() not in ("and", "of", "the")]
    if len(content) >= 2 and content[-1] == "member" and content[-2] in _CREWS:
        content.pop()  # "all 21 crew members" are "a crew of 22" stated again
    named_event = _EVENT_NOUNS.get(content[-1], "") if len(content) >= 2 and fig.unit == "count" else ""
    if named_event:
        content.pop()  # "the 1,580 job cuts": jobs cut, as "cut 1,850 jobs"
    if not content and fig.unit in _PHYSICAL_CODES:
        of = _THING_OF_RE.search(text, max(lo, fig.start - 40), fig.start)
        if of and _noun_of(of.group(1)):
            # "winds of 140 mph", "a depth of 10 km": what is measured is named before the figure
            noun = fig.noun = of.group(1)
            content = [_stem(noun)]
        else:
            # "burned more than 12 million hectares": the unit is what is counted, as "people" is
            content = [fig.unit]
    generic = len(content) <= 1 or noun.lower() in GENERIC_NOUNS
    verb_after = event_after.endswith("ed") or event_after in IRREGULAR_VERBS
    # "35 people died" / "28 people were killed": the verb after the noun says what happened;
    # "killed 35 people across three states": the word after is not a verb, the one before is.
    event = named_event or (event_after if verb_after or not event_before else event_before)
    if not event:
        event = event_before or event_after
    at = text.find(noun, fig.end, hi) if noun else -1
    if at != -1 and _WITHOUT_SUPPLY_RE.match(text, at + len(noun)):
        event = "lost"  # "leaving 38,400 homes without power" is "the 34,800 homes that lost power"
    fig.context = event
    subject = owner = ""
    if not content and fig.unit in CURRENCY_CODES and event_before.lower() in ("fined", "fine"):
        content = ["fine"]  # "A water company has been fined £2.3m" states "The £3.2m fine"
    coordinated = not content and not verb_after and event_before and _COORDINATED_EVENT_RE.search(text, lo, fig.start)
    if coordinated:
        # "killing 12 people and injuring 35": the people are not said again
        event = event_before
        fig.context = event
    if not content and not verb_after and not coordinated:
        # No counted noun ("rose 1.3%", "paid $6 million"): the event word alone is too weak to
        # tie figures together ("rose" joins every rise in the text), so the subject before it
        # must say what rose: "The unemployment rate rose to 3.9%". No subject, no measure.
        # (A count that is itself the subject keeps its verb: "more than 250 were held".)
        subject, event_before, level = _subject_before(text, fig.start, lo)
        if not subject:
            return
        event = event_before or event
        fig.context = event
        # "Germany's trade surplus": the owner is kept apart, so that "a trade surplus of" in the
        # same article can be found to be Germany's (see _fill_open_slots)
        words = subject.split()
        owner = " ".join(_stem(w) for w in words if w.endswith(("'s", "’s")))
        content = [_stem(w) for w in words if w.lower() not in _NOT_SUBJECT_CONTENT and not w.endswith(("'s", "’s"))]
        generic = len(content) <= 1  # "Shares rose 1.3%": the verb too; "the unemployment rate": not
    else:
        level = False
    if not content and not event:
        return  # nothing says what the figure counts: no measure, so no comparison
    if not content and event.lower() in _SAID:
        return  # "64% said they would support a cap", "38% said landlords should": two questions
    unit = fig.unit + (f" per {per.group(1).lower()}" if per else "")
    # "killing 12 people" and "12 died" count one thing: people, the event says which
    people = content in (["people"], ["person"]) and fig.unit == "count" and generic and not level and event
    parts = [unit, "" if people else " ".join(content)]
    slot = ""  # the event, for a generic thing; none for a level ("revenue was $4.5bn" and
    # "revenue rose 12% to $4.2bn" state one level)
    # (a quake's magnitude is its own, whatever the verb: "the magnitude 6.8 quake struck", "the
    # magnitude 6.3 quake was felt")
    has_slot = generic and not level and fig.unit != "magnitude"
    named = who = ""
    if not subject:
        before = _subject_before(text, fig.start, lo)[0]
        named = _named_actor(before, text) or _relative_actor(text, fig.start, lo) or _coordinated_actor(text, fig.start, lo)
        # Who the figure is of, to keep two actors' tallies apart: here a capitalised subject at
        # the start of a sentence counts too ("Samsung sold 226 million phones"), since a
        # figure that names no one is still compared with everyone's.
        who = named or _named_actor(before, text, loose=True)
    fig.tags = _tags(text, fig, lo, hi, who or _coordinated_actor(text, fig.start, lo, loose=True) or _holder(text, fig, lo)
                     or _proper_subject(text, lo, fig.start))
    if has_slot:
        slot = _stem(event)
        slot = _SAME_EVENT.get(slot, slot)
        if not subject:
            actor = named or _gapped_subject(text, fig, lo)
            if actor:  # "City have scored 87 goals", "United have scored 50 goals": two tallies
                parts.append(actor)
            else:
                owned = _POSSESSIVE_RE.search(text, max(lo, fig.start - 24), fig.start)
                if owned:  # "His 34 points": someone's own tally, not the one of whoever is named
                    parts.append(owned.group(1).lower())
        setting = _setting(text, fig, lo, hi)
        if setting:
            # "14 people were killed in Gaza on Monday" and "9 people were killed in a raid in
            # the West Bank" count different things; so do the rallies of two days.
            parts.append(" ".join(setting))
    tag = _reference_tag(text, fig, lo, hi)
    if tag:
        parts.append(tag)  # "rose to 3.9% from 3.7%": the old value is another measure
    if subject and event == "change" and not generic:
        parts.append("change")  # a move ("rents in London rose 9%") is never compared with a level
    if fig.is_total:
        parts.append("total")  # "a total of 175" sums the figures beside it; it is not one of them
    if _EACH_RE.match(text, fig.end):
        parts.append("each")  # "scored two goals each": per head, not the team's tally
    fig.local_measure = generic and noun.lower() in GENERIC_NOUNS
    base = "|".join(parts)
    # None where the slot does not apply: a level has no event, a noun's count no owner
    filled = (slot if has_slot else None, owner if subject else None)
    fig.measure = "|".join([base, *(f or "" for f in filled)]) if (has_slot and slot) or owner else base
    slots[fig.measure] = (base, filled)
    label_noun = noun or subject or (event and f"({event})") or fig.unit
    if tag:
        label_noun += " (the value before the change)" if tag == "from" else " (an earlier period)"
    fig.measure_label = f"{label_noun} ({event})" if generic and event and noun else label_noun
    if per:
        fig.measure_label += f" per {per.group(1).lower()}"
