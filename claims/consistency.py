"""Consistency rules: [Item] -> [Finding]. Pure Python, no Django import.

Each rule is a function with a stable name (RULES) and its own tests (tests/test_consistency.py).
Grouping is by dictionary and sorting, never all pairs: the cost is O(n log n) in the number of
figures, so the check of a 100,000-figure measure stays fast (bench/bench_consistency.py).

A Finding's fingerprint is a hash of the rule, the sorted item ids and the figures involved, so a
re-run finds the same fingerprint (the flag is updated, not duplicated) and a finding whose
figures changed gets a new one (a dismissed flag is raised again only then).
"""

from __future__ import annotations

import datetime
import functools
import gc
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter

from .figures import (
    DISTANCE_UNITS,
    MONTHS,
    PREFIX_QUALIFIERS,
    SPEED_UNITS,
    SUFFIX_QUALIFIERS,
    TIME_UNITS,
    format_interval,
    format_number,
    role_in,
)

CONFLICT, DIVERGENCE, INFO = "conflict", "divergence", "info"
INF = float("inf")
COUNTING_UNITS = ("count", "year", "age_years")


@dataclass(slots=True)
class EvidenceFigure:
    id: int
    value: float
    stance: str = "context"
    reliability: int = 0  # 0 unknown .. 4 high
    source: str = ""


@dataclass(slots=True)
class Item:
    id: int
    text: str
    value: float
    unit: str
    lower: float | None = None
    upper: float | None = None
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    pragmatic_lower: float | None = None
    pragmatic_upper: float | None = None
    qualifier: str = ""
    measure: str = ""  # key: items of one measure are compared
    measure_label: str = ""
    as_of: str | None = None  # ISO date; different known dates make a trend, not a conflict
    kind: str = "figure"
    sentence: int = 0  # index of the sentence in its article (parts/totals, dates)
    position: int = 0  # offset in the article: a relative year hangs on the years before it
    article: int = 0
    is_total: bool = False
    # figures the text ties by arithmetic (see claims.figures): a divided whole (w...), shares of
    # 100% (pct...), a change from one level to another (chg...)
    arithmetic_group: str = ""
    noun: str = ""  # the counted noun phrase ("alleged gang members"), where the text gives one
    person: str = ""  # whose age or birth year this is, where the text names them
    # who, where, when, among whom ("who:apple;when:2023", see claims.figures._tags): figures
    # with different values of one kind are not compared
    tags: str = ""
    resolved_year: int | None = None
    context: str = ""
    status: str = ""
    verdict: str = ""
    evidence: tuple[EvidenceFigure, ...] = ()  # a tuple: the empty one is shared, and reading it costs no memory access per item


@dataclass(slots=True)
class Finding:
    rule: str
    severity: str
    message: str
    items: list[int]
    fingerprint: str = ""

    def __post_init__(self):
        self.items = sorted(set(self.items))


def _token(item: Item) -> str:
    return f"{item.id}:{item.value!r}:{item.unit}:{item.qualifier}:{item.lower!r}:{item.upper!r}"


def fingerprint(rule: str, items: Iterable[Item], extra: str = "") -> str:
    parts = [rule, extra, *sorted(map(_token, items))]
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=20).hexdigest()


def items_from_figures(figures) -> list[Item]:
    """Rule items for extracted figures not yet stored (claims.figures.Figure objects): the
    index is the id, the suggested measure key is the measure."""
    sentence_index = {span: n for n, span in enumerate(sorted({f.sentence for f in figures}))}
    return [
        Item(
            id=n, text=f.text, value=f.value, unit=f.unit, lower=f.lower, upper=f.upper,
            lower_inclusive=f.lower_inclusive, upper_inclusive=f.upper_inclusive,
            pragmatic_lower=f.pragmatic_lower, pragmatic_upper=f.pragmatic_upper,
            qualifier=f.qualifier, measure=f.measure, measure_label=f.measure_label, kind=f.kind,
            sentence=sentence_index[f.sentence], position=f.start, is_total=f.is_total,
            arithmetic_group=f.arithmetic_group, noun=f.noun,
            resolved_year=f.resolved_year, context=f.context, person=f.person, tags=f.tags,
        )
        for n, f in enumerate(figures)
    ]


# --- interval helpers ---------------------------------------------------------------------


def _bounds(item: Item, pragmatic: bool):
    lo = item.pragmatic_lower if pragmatic else item.lower
    hi = item.pragmatic_upper if pragmatic else item.upper
    lo = -INF if lo is None else lo
    hi = INF if hi is None else hi
    lo_inc = item.lower_inclusive
    # A pragmatic upper bound from "more than"/"almost" is the next round step: excluded.
    hi_inc = item.upper_inclusive if (not pragmatic or item.pragmatic_upper == item.upper) else False
    if pragmatic and item.pragmatic_lower is not None and item.pragmatic_lower != item.lower:
        lo_inc = True
    return lo, hi, lo_inc, hi_inc


def _reading(item: Item, pragmatic: bool = True) -> str:
    return format_interval(*_bounds(item, pragmatic), item.unit, item.qualifier)


def _describe(entries: list[tuple]) -> str:
    """The figures of (order, bounds, figures) entries as a reader sees them: each wording once,
    with its reading and how many times it is stated. The figures of one entry share its bounds
    (strict or pragmatic, as the sweep that made them), so each reading is written from them."""
    if len(entries) == 1:  # one reading, perhaps stated several times in the same words
        bounds, figures = entries[0][1], entries[0][2]
        item = figures[0]
        reading = format_interval(*bounds, item.unit, item.qualifier)
        if len(figures) == 1:
            return f"'{item.text}' (read as {reading})"
        if all(i.text == item.text for i in figures):
            return f"'{item.text}' (read as {reading}) ({len(figures)} times)"
    counts: dict[str, int] = {}
    readings: dict[str, tuple] = {}
    for entry in entries:
        for item in entry[2]:
            if item.text in counts:
                counts[item.text] += 1
            else:
                counts[item.text] = 1
                readings[item.text] = (item, entry[1])
    words = [f"'{text}' (read as {format_interval(*bounds, item.unit, item.qualifier)})"
             + (f" ({counts[text]} times)" if counts[text] > 1 else "")
             for text, (item, bounds) in readings.items()]
    return " and ".join(words) if len(words) < 3 else ", ".join(words[:-1]) + " and " + words[-1]


# --- rules ----------------------------------------------------------------------------------


def _sweep(ordered: list[tuple]) -> list[list[tuple]]:
    """Clusters of entries already sorted by lower bound: (order, bounds, figures) tuples whose
    intervals overlap, one pass."""
    clusters: list[list[tuple]] = []
    reach, reach_inc = -INF, True
    for entry in ordered:
        lo, hi, lo_inc, hi_inc = entry[1]
        if clusters and (lo < reach or (lo == reach and lo_inc and reach_inc)):
            clusters[-1].append(entry)
            if hi > reach or (hi == reach and hi_inc):
                reach, reach_inc = hi, hi_inc
        else:
            clusters.append([entry])
            reach, reach_inc = hi, hi_inc
    return clusters


_NOT_COMPARED = frozenset({"year", "relative_year", "date"})


def conflicting_figures(items: list[Item]) -> list[Finding]:
    """Figures for one measure and date whose intervals are disjoint: strictly (conflict) or
    only as readers understand them (divergence).

    One pass groups the figures by measure in a dictionary (see `prepare`). A measure whose
    figures all read the same (the usual case: one figure stated again) needs no sorting,
    whatever their dates: identical intervals cannot disagree. Only the measures whose figures
    differ are split by unit, sorted by strict lower bound and swept. Pragmatic bounds are
    computed only inside strict clusters of two or more figures."""
    return _conflicting(prepare(items))


@dataclass(slots=True)
class Prepared:
    """What the rules need of the items, gathered in one pass: over 100,000 figures every pass
    reads every item from memory again, and one pass costs less than five."""

    items: list[Item]
    by_measure: dict[str, list[Item]]
    differing: set[str]  # measures whose figures do not all read the same
    rare: list[Item]  # totals, parts of a stated whole, items with evidence, items signed off
    dated: list[Item]  # years, relative years, ages and durations in years


def prepare(items: list[Item]) -> Prepared:
    by_measure: dict[str, list[Item]] = {}
    differing = set()
    rare, dated = [], []
    for item in items:
        if item.kind in _NOT_COMPARED:
            dated.append(item)  # a date is compared by the date rules, not by measure
        else:
            if item.unit in _DATED_UNITS:
                dated.append(item)
            measure = item.measure
            if measure:
                group = by_measure.get(measure)
                if group is None:
                    by_measure[measure] = [item]
                else:
                    group.append(item)
                    first = group[0]
                    if (item.lower != first.lower or item.upper != first.upper
                            or item.pragmatic_lower != first.pragmatic_lower
                            or item.pragmatic_upper != first.pragmatic_upper
                            or item.unit != first.unit
                            or item.lower_inclusive != first.lower_inclusive
                            or item.upper_inclusive != first.upper_inclusive):
                        differing.add(measure)
        if item.is_total or item.arithmetic_group or item.evidence or item.status == "signed_off":
            rare.append(item)
    return Prepared(items, by_measure, differing, rare, dated)


def _conflicting(prep: Prepared) -> list[Finding]:
    by_measure, differing = prep.by_measure, prep.differing
    findings, seen = [], set()
    for readings in _readings(by_measure, differing):
        run = [_entry(_bounds(same[0], False), same) for same in readings]
        run.sort()
        dates = {e[2][0].as_of for e in run}
        if len(dates) == 1:
            groups = [(next(iter(dates)), run)]
        else:
            # Figures of different known dates are a trend, not a conflict; a figure of
            # unknown date is compared with every date.
            undated = [e for e in run if e[2][0].as_of is None]
            groups = [(d, sorted([e for e in run if e[2][0].as_of == d] + undated))
                      for d in sorted(dates - {None})]
        for as_of, group in groups:
            _measure_findings(group, as_of, findings, seen)
    return findings


def _readings(by_measure: dict[str, list[Item]], differing: set[str]) -> list[list[list[Item]]]:
    """The readings of each measure and unit whose figures differ, in order of measure and unit:
    figures in different units are never compared, and the figures of one reading (both
    intervals and the date) are kept together, so a figure stated five times is swept once."""
    out = []
    for measure in sorted(differing):
        by_unit: dict[str, dict[tuple, list[Item]]] = {}
        for i in by_measure[measure]:
            same = by_unit.get(i.unit)
            if same is None:
                same = by_unit[i.unit] = {}
            key = (i.lower, i.upper, i.lower_inclusive, i.upper_inclusive, i.pragmatic_lower,
                   i.pragmatic_upper, i.as_of)
            figures = same.get(key)
            if figures is None:
                same[key] = [i]
            else:
                figures.append(i)
        units = sorted(by_unit) if len(by_unit) > 1 else by_unit
        out.extend(list(by_unit[unit].values()) for unit in units if len(by_unit[unit]) > 1)
    return out


def _entry(bounds: tuple, same: list[Item]) -> tuple:
    """(order, bounds, figures of one reading): entries sort in sweep order, by lower bound, an
    included bound before an excluded one, then by first id (unique, so the lists of figures
    are never compared)."""
    return (bounds[0], not bounds[2], same[0].id), bounds, same


def _measure_findings(group: list[tuple], as_of, findings: list[Finding], seen: set) -> None:
    first = group[0][2][0]
    label = first.measure_label or first.measure
    when = f" as of {as_of}" if as_of else ""
    strict = _sweep(group)
    for a, b in zip(strict, strict[1:], strict=False):
        both = [i for e in a + b for i in e[2]]
        if _one_sentence(both) or _far_apart_counts(both) or _kept_apart(a, b):
            continue
        fp = fingerprint("conflicting_figures", both)
        if fp not in seen:
            seen.add(fp)
            msg = (f"{_describe(a)} and {_describe(b)} cannot both be true of the "
                   f"same measure ({label}{when}): their ranges do not overlap even read literally.")
            findings.append(Finding("conflicting_figures", CONFLICT, msg, [i.id for i in both], fp))
    for cluster in strict:
        if len(cluster) < 2:
            continue
        loose = [_entry(_bounds(e[2][0], True), e[2]) for e in cluster]
        loose.sort()
        loose = _sweep(loose)
        for a, b in zip(loose, loose[1:], strict=False):
            both = [i for e in a + b for i in e[2]]
            if _one_sentence(both) or _far_apart_counts(both) or _kept_apart(a, b):
                continue
            fp = fingerprint("divergent_figures", both)
            if fp in seen:
                continue
            seen.add(fp)
            words = ", ".join(sorted({f"'{i.qualifier}'" for i in both if i.qualifier}))
            because = f"; the bounds come from the words {words}" if words else ""
            msg = (f"{_describe(a)} and {_describe(b)} describe the same measure "
                   f"({label}{when}) but do not overlap as a reader understands them{because}.")
            findings.append(Finding("divergent_figures", DIVERGENCE, msg, [i.id for i in both], fp))


def _kept_apart(a: list[tuple], b: list[tuple]) -> bool:
    """Two sides whose every figure says who (where, when, among whom) it is of, and none the
    same: "Apple sold 232 million phones" and "Samsung sold 226 million phones" are two tallies,
    "The 2022 budget was $3.1 billion" and "The 2023 budget was $3.4 billion" two budgets. A
    figure that does not say may be anyone's, so it is compared with all; but a figure of a time
    counted back ("a month ago", "a year earlier", "last year") is not compared with one of no
    time, which speaks of now, nor a figure of a group ("among those aged 65 and over") with one
    of everyone."""
    every = [i.tags for side in (a, b) for e in side for i in e[2]]
    if not any(every):
        return False  # most figures: no tag at all
    if any("other:" in t for t in every):
        return True  # "The other school has 800 pupils": said to be of another thing
    sides = [[_tag_values(i.tags) for e in side for i in e[2]] for side in (a, b)]
    past = [{t[1] for t in side} for side in sides]
    if _one_side_only(*past):
        return True  # "the Conservatives at 25% a month ago" and "on 28%" (now): a trend
    among = [{"among" in t[0] for t in side} for side in sides]
    if _one_side_only(*among):
        return True  # "Among those aged 65 and over, 49% supported" and "38% supported": a group and all
    if not all(every):
        return False  # a figure with no tag is compared with all
    for kind in ("who", "where", "when", "among", "basis", "since"):
        values = [{t[0].get(kind) for t in side} for side in sides]
        if None not in values[0] | values[1] and not values[0] & values[1]:
            return True
    return False


def _one_side_only(a: set[bool], b: set[bool]) -> bool:
    """Every figure of one side has the property and no figure of the other."""
    return {frozenset(a), frozenset(b)} == _TRUE_AND_FALSE


_TRUE_AND_FALSE = {frozenset({True}), frozenset({False})}
_PAST_RE = re.compile("ago|earlier|before|previous|prior|preceding|last ")


@functools.lru_cache(maxsize=4096)
def _tag_values(tags: str) -> tuple[dict[str, str], bool]:
    """The kinds and values of a tag string, and whether its time is counted back ("a year
    earlier"). Cached: an article repeats a few tag strings many times; the result is only read,
    never changed."""
    values = dict(t.split(":", 1) for t in tags.split(";") if ":" in t) if tags else {}
    return values, bool(_PAST_RE.search(values.get("when", "")))


def _far_apart_counts(both: list[Item]) -> bool:
    """Counts more than 20 times apart are not one count stated twice: "at least 62 killed" and
    the "nearly 9,000" of another quake, a town's toll and a country's. (Amounts of money are
    still compared: "$6 million" written for "$6 billion" is the slip a desk is for.)"""
    if any(i.unit != "count" for i in both):
        return False
    values = [abs(i.value) for i in both]
    return min(values) > 0 and max(values) > 20 * min(values)


def _one_sentence(both: list[Item]) -> bool:
    """Figures of one sentence are not one figure stated twice: "5,100 walked fewer than
    5,000 steps, 4,300 between 5,000 and 7,000 and 2,600 more" lists the parts of a whole."""
    first = both[0]
    return all(i.sentence == first.sentence and i.article == first.article for i in both)


def parts_and_totals(items: list[Item]) -> list[Finding]:
    """A stated total against the parts stated beside it (same unit, same or previous sentence),
    within the rounding of the figures."""
    # Only sentences that state a total (and the sentence before each) need grouping.
    return _parts_and_totals(prepare(items))


def _parts_and_totals(prep: Prepared) -> list[Finding]:
    findings = _stated_wholes(prep.rare)
    wanted = {(i.article, s, i.unit) for i in prep.rare if i.is_total for s in (i.sentence - 1, i.sentence, i.sentence + 1)}
    if not wanted:
        return findings
    by_sentence: dict[tuple, list[Item]] = defaultdict(list)
    for item in prep.items:
        key = (item.article, item.sentence, item.unit)
        if key in wanted and item.kind == "figure" and item.unit not in ("year", "percent") \
                and not item.unit.startswith("age"):
            by_sentence[key].append(item)
    for (article, sentence, unit), group in by_sentence.items():
        totals = [i for i in group if i.is_total]
        if not totals:
            continue
        # "In all, 8,200 were women and 3,600 men, a total of 12,000": the largest marked figure
        # is the total, and the other marked ones are among its parts
        total = max(totals, key=lambda i: i.value)
        head = _head(total.noun)
        parts = [i for i in group if i.id != total.id and _same_thing(head, i)]
        if len(parts) < 2:
            previous = [i for i in by_sentence.get((article, sentence - 1, unit), [])
                        if not i.is_total and _same_thing(head, i)]
            parts = parts + previous
        if len(parts) < 2 and unit != "count":
            # "jailed for a total of 32 years. Okafor was sentenced to 18 years for robbery and 12
            # years for ...": a total of money or time, broken down in the next sentence. (A count
            # is not: "a total of 175 were arrested. 40 were charged and 12 released" names some.)
            parts = [i for i in by_sentence.get((article, sentence + 1, unit), [])
                     if not i.is_total and _same_thing(head, i)] or parts
        # A figure larger than the total is not one of its parts ("Of the 2,250 given the drug,
        # 120 were admitted ... In total, 290 were admitted": 2,250 is a whole of its own).
        # Nor is a difference ("15,618 for Pruitt, a margin of 2,824. A total of 34,060 ballots").
        parts = [p for p in parts if p.value <= total.value and not _is_difference(p)]
        if len(parts) >= 2:
            _sum_finding(total, parts, findings)
    return findings


def _is_difference(item: Item) -> bool:
    """A figure the extractor tied as the gap or change between two levels."""
    return any(g.endswith((":gap", ":change", ":change2")) for g in item.arithmetic_group.split())


def _stated_wholes(items: list[Item]) -> list[Finding]:
    """A whole and its parts that the extractor tied together across sentences ("Cases rose to
    1,870 ... London accounted for 612 of the cases, ... the remaining 410")."""
    findings: list[Finding] = []
    for (_, key), group in _arithmetic_groups(items, ("w", "pct", "inc", "vote")).items():
        if key.startswith("pct"):
            _shares_finding(group, findings, complete=any(f"{key}:rest" in i.arithmetic_group.split() for i in group))
            continue
        if key.startswith("vote"):
            _votes_finding(group, key, findings)
            continue
        if key.startswith("inc"):
            _included_finding(group, key, findings)
            continue
        total = max(group, key=attrgetter("value"))
        parts = [i for i in group if i is not total]
        if len(parts) >= 2:
            _sum_finding(total, parts, findings)
    return findings


def change_arithmetic(items: list[Item]) -> list[Finding]:
    """A change against the two levels it is stated with: "revenue rose 12% to $4.2 billion from
    $3.75 billion" holds (a rise of 10.5% to 13.5% within the rounding of the figures); "rose 20%
    to $4.2 billion from $3.75 billion" does not. A change in percentage points is the
    difference of the levels; a change in percent of a level in percent may be either."""
    return _change_arithmetic(prepare(items))


def _change_arithmetic(prep: Prepared) -> list[Finding]:
    findings = []
    # a level may be stated with two changes: "up 4,000 pounds from 285,000 pounds, an increase
    # of 1.4%" (the second is "change2")
    # a gap between two levels side by side ("4.99%, 0.32 points below the two-year rate") is
    # checked as a change is; in points it is a difference of the two
    tied = [(*t, False) for role in ("change", "change2") for t in _tied(prep, "chg", (role, "new", "old"))] \
        + [(*t, True) for t in _tied(prep, "chg", ("gap", "new", "old"))]
    _net_findings(prep, findings)
    _unstated_level_findings(prep, findings)
    _average_findings(prep, findings)
    _speed_findings(prep, findings)
    per_unit = {change.id: (new, old) for change, new, old in _tied(prep, "chg", ("change", "new2", "old2"))}
    for change, new, old, gap in tied:
        n_lo, n_hi = _level_bounds(new)
        o_lo, o_hi = _level_bounds(old)
        if o_lo <= 0 or n_hi == INF or o_hi == INF:
            continue
        # (a multiple says no way by itself, and the level's own verb may be of something else:
        # "187mm of rain fell in October, nearly three times the average of 94mm")
        went = "" if gap or change.unit == "times" else _stated_direction(change, new)
        if went == "up" and n_hi < o_lo or went == "down" and n_lo > o_hi:
            said, real = ("rise", "fall") if went == "up" else ("fall", "rise")
            msg = (f"'{change.text}' is told as a {said}, but '{new.text}' from '{old.text}' is a {real}.")
            findings.append(Finding("change_arithmetic", CONFLICT, msg, [change.id, new.id, old.id],
                                    fingerprint("change_arithmetic", [change, new, old])))
            continue
        if change.unit == new.unit and change.unit not in ("percent", "percentage_points"):
            _difference_finding(change, new, old, findings)  # "2,300 more than last year's 35,200"
            continue
        if change.unit == "times":
            _ratio_finding(change, new, old, findings)  # "2,400 soldiers, three times the 600"
            continue
        moves = []
        if change.unit in ("percent", "ratio"):
            moves.append(((n_lo / o_hi - 1) * 100, (n_hi / o_lo - 1) * 100, "%"))
        if change.unit == "percentage_points" or new.unit == "percent":
            moves.append((n_lo - o_hi, n_hi - o_lo, " points"))
        c_lo, c_hi = _stated_bounds(change)
        if any(_magnitude_overlaps(lo, hi, c_lo, c_hi) for lo, hi, _ in moves) or _fits_per_unit(per_unit, change, c_lo, c_hi):
            continue
        lo, hi, unit = moves[0]
        exact = (new.value / old.value - 1) * 100 if unit == "%" else new.value - old.value
        near, far = sorted((abs(lo), abs(hi)))
        within = _within(f'{near:.1f}{unit}', f'{far:.1f}{unit}')
        if gap and change.unit == "percentage_points":
            msg = (f"'{change.text}' does not match the figures it is stated with: '{new.text}' and "
                   f"'{old.text}' differ by {abs(exact):.2g} points{within}.")
            rule = "difference_arithmetic"
        else:
            also = ""
            if change.id in per_unit:
                new2, old2 = per_unit[change.id]
                also = f", and '{new2.text}' from '{old2.text}' a change of {abs(new2.value / old2.value - 1) * 100:.1f}%"
            msg = (f"'{change.text}' does not match the levels it is stated with: '{new.text}' from "
                   f"'{old.text}' is a change of {abs(exact):.1f}{unit}{within}{also}.")
            rule = "change_arithmetic"
        findings.append(Finding(rule, CONFLICT, msg, [change.id, new.id, old.id], fingerprint(rule, [change, new, old])))
    return findings


_UP_WORDS = frozenset("""rose risen rising climbed climbing grew grown growing increased increasing jumped surged gained
soared rallied rebounded leapt leaped spiked swelled ballooned expanded advanced up larger bigger higher greater
more""".split())
_DOWN_WORDS = frozenset("""fell fallen falling dropped declined declining decreased decreasing slid slipped plunged
tumbled sank dipped shrank shrunk slumped plummeted contracted dived down smaller lower less fewer""".split())


def _stated_direction(change: Item, new: Item) -> str:
    """"up" or "down" where the verb of a change says which way it went ("rose 5.8% to $420m",
    "fell to €312m"), else ""."""
    for word in (change.context, new.context):
        if word in _UP_WORDS:
            return "up"
        if word in _DOWN_WORDS:
            return "down"
    return ""


def _fits_per_unit(per_unit: dict[int, tuple[Item, Item]], change: Item, c_lo: float, c_hi: float) -> bool:
    """Whether a change in percent fits the levels restated per unit beside its own ("to $6.1
    billion, or $2.14 a share, from $4.9 billion, or $1.65 a share, an increase of 30%": the
    earnings a share rose 29.7%), which the text may mean as well. `per_unit`: those levels,
    new and old, by the id of the change."""
    if change.unit != "percent" or change.id not in per_unit:
        return False
    n_lo, n_hi = _level_bounds(per_unit[change.id][0])
    o_lo, o_hi = _level_bounds(per_unit[change.id][1])
    return o_lo > 0 and _magnitude_overlaps((n_lo / o_hi - 1) * 100, (n_hi / o_lo - 1) * 100, c_lo, c_hi)


def _stated_bounds(item: Item) -> tuple[float, float]:
    """The bounds, in percent, of a share or a change as stated: "9.4%" or "a quarter"."""
    return _fraction_bounds(item) if item.unit == "ratio" else _pct_bounds(item)


def _fraction_bounds(item: Item) -> tuple[float, float]:
    """A share or a change told as a fraction in words, in percent: a plain one is round ("rose
    by a quarter": 21% to 29%); a bound is held more closely ("more than a third": above 32.3%;
    "nearly a half": 39% to 51%)."""
    if not item.qualifier or PREFIX_QUALIFIERS.get(item.qualifier) == "about":
        # ("about one in four" is as rough as a plain one)
        return (item.value - _FRACTION_SLACK) * 100, (item.value + _FRACTION_SLACK) * 100
    lo = item.lower if item.lower is not None else 0.0
    hi = item.upper if item.upper is not None else INF
    return (lo - _BOUND_SLACK) * 100, (hi + _BOUND_SLACK) * 100


# how far a share or change stated as a round fraction ("by a third") may be from it, and one
# bounded by it ("more than a third")
_FRACTION_SLACK = 0.04
_BOUND_SLACK = 0.01


def _unstated_level_findings(prep: Prepared, findings: list[Finding]) -> None:
    """A level with its change in its own unit and in percent, the old level left unstated ("hit
    $2,512, up $198 from a year ago, or 9.4%"): the old level is $2,314, and $198 of it is 8.6%."""
    for sign in ("up", "down"):
        for diff, new, pct in _tied(prep, "dch", (sign, "new", "pct")):
            (n_lo, n_hi), (d_lo, d_hi) = _level_bounds(new), _level_bounds(diff)
            o_lo, o_hi = (n_lo - d_hi, n_hi - d_lo) if sign == "up" else (n_lo + d_lo, n_hi + d_hi)
            if o_lo <= 0 or n_hi == INF or d_hi == INF:
                continue
            lo, hi = d_lo / o_hi * 100, d_hi / o_lo * 100
            c_lo, c_hi = _pct_bounds(pct)
            if _magnitude_overlaps(lo, hi, c_lo, c_hi):
                continue
            old = new.value - diff.value if sign == "up" else new.value + diff.value
            msg = (f"'{pct.text}' does not match the figures it is stated with: '{new.text}', {sign} "
                   f"'{diff.text}', was {_amount(old, new.unit)} before, and '{diff.text}' of it is "
                   f"{diff.value / old * 100:.1f}%{_within(f'{lo:.1f}%', f'{hi:.1f}%')}.")
            findings.append(Finding("change_arithmetic", CONFLICT, msg, [pct.id, new.id, diff.id],
                                    fingerprint("change_arithmetic", [pct, new, diff])))


def _net_findings(prep: Prepared, findings: list[Finding]) -> None:
    """What came less what went against the two levels it took a thing between ("opened 87 shops
    and closed 31, taking its estate to 2,612 from 2,566": a net 56, but the estate grew by 46),
    within the rounding of all four."""
    for plus, minus, new, old in _tied(prep, "net", ("plus", "minus", "new", "old")):
        bounds = [_sum_bounds(i) for i in (plus, minus, new, old)]
        if any(hi == INF for _, hi in bounds):
            continue
        (p_lo, p_hi), (m_lo, m_hi), (n_lo, n_hi), (o_lo, o_hi) = bounds
        if not _exceeds(p_lo - m_hi, n_hi - o_lo) and not _exceeds(n_lo - o_hi, p_hi - m_lo):
            continue  # the two changes, signed, may be one
        msg = (f"'{plus.text}' in and '{minus.text}' out make a net change of {_amount(plus.value - minus.value, new.unit)}, "
               f"but '{old.text}' to '{new.text}' is a change of {_amount(new.value - old.value, new.unit)}.")
        ids = [plus.id, minus.id, new.id, old.id]
        findings.append(Finding("change_arithmetic", CONFLICT, msg, ids,
                                fingerprint("change_arithmetic", [plus, minus, new, old])))


def _average_findings(prep: Prepared, findings: list[Finding]) -> None:
    """A total spread over a count and the average stated for each ("£612m on 34 players, an
    average of £21m each": £18m), within the rounding of all three and 1% of slack. An amount
    given to each ("£1,500 to each of 3,200 families") is set, not rounded."""
    for role in ("each", "given"):
        for total, count, each in _tied(prep, "avg", ("total", "count", role)):
            _average_finding(total, count, each, role == "given", findings)


def _quotient_misses(top: Item, bottom: Item, stated: tuple[float, float],
                     scale: float = 1.0) -> tuple[float, float] | None:
    """The bounds of `top` / `bottom` (times `scale`) within the rounding of both, where the
    `stated` bounds of what the text gives for it lie outside them even with 1% of slack; None
    where they meet, or where a bound is open."""
    t_lo, t_hi = _level_bounds(top)
    b_lo, b_hi = _level_bounds(bottom)
    if b_lo <= 0 or INF in (t_hi, b_hi, stated[1]):
        return None
    lo, hi = t_lo / b_hi * scale, t_hi / b_lo * scale
    if not _exceeds(lo * (1 - _BOUND_SLACK), stated[1]) and not _exceeds(stated[0], hi * (1 + _BOUND_SLACK)):
        return None
    return lo, hi


_AREA_NAMES = {"km2": "square kilometre", "mi2": "square mile", "m2": "square metre", "ha": "hectare", "acre": "acre"}


def _average_finding(total: Item, count: Item, each: Item, exact: bool, findings: list[Finding]) -> None:
    stated = (each.value, each.value) if exact and not each.qualifier else _level_bounds(each)
    missed = _quotient_misses(total, count, stated)
    if missed is None:
        return
    lo, hi = missed
    n_lo, n_hi = _level_bounds(count)
    if exact:  # the total is what is off: say what the set amount comes to
        msg = (f"'{total.text}' does not match the figures it is stated with: '{each.text}' for each of "
               f"'{count.text}' is {_amount(each.value * count.value, total.unit)}"
               f"{_within(_amount(each.value * n_lo, total.unit), _amount(each.value * n_hi, total.unit))}.")
    elif count.unit in _AREA_NAMES:  # a density: "84,300 ... on 212 square kilometres, about 498 people per ..."
        per = f" per {_AREA_NAMES[count.unit]}"
        msg = (f"'{each.text}' does not match the figures it is stated with: '{total.text}' over "
               f"'{count.text}' is {total.value / count.value:,.1f}{per} ({lo:,.1f} to {hi:,.1f} within their rounding).")
    else:
        msg = (f"'{each.text}' does not match the figures it is stated with: '{total.text}' over "
               f"'{count.text}' is {_amount(total.value / count.value, total.unit)} each"
               f"{_within(_amount(lo, total.unit), _amount(hi, total.unit))}.")
    findings.append(Finding("ratio_arithmetic", CONFLICT, msg, [each.id, total.id, count.id],
                            fingerprint("ratio_arithmetic", [each, total, count])))


def _speed_findings(prep: Prepared, findings: list[Finding]) -> None:
    """An average speed against the distance and time of its trip ("142 km ... 48 minutes ... an
    average speed of 210 km/h": 177.5 km/h), within the rounding of all three and 1% of slack."""
    for speed, distance, time in _tied(prep, "spd", ("speed", "distance", "time")):
        # the trip's speed in the stated speed's unit
        scale = DISTANCE_UNITS[distance.unit] / TIME_UNITS[time.unit] / SPEED_UNITS[speed.unit]
        missed = _quotient_misses(distance, time, _level_bounds(speed), scale)
        if missed is None:
            continue
        lo, hi = missed
        unit = speed.text.split()[-1] if " " in speed.text else speed.unit
        msg = (f"'{speed.text}' does not match the trip it is stated with: '{distance.text}' in '{time.text}' "
               f"is an average of {distance.value / time.value * scale:,.1f} {unit}"
               f"{_within(f'{lo:,.1f}', f'{hi:,.1f}')}.")
        findings.append(Finding("ratio_arithmetic", CONFLICT, msg, [speed.id, distance.id, time.id],
                                fingerprint("ratio_arithmetic", [speed, distance, time])))


def _level_bounds(item: Item) -> tuple[float, float]:
    """The bounds of a level a change was computed from. A rate, and a price or amount written
    exactly ("fell 6.2% to 184p, from 196p"), is rounded at its last written digit: the change was
    worked out from the unrounded price (183.5p to 184.5p gives 5.6% to 6.6%). A count stays as
    it reads in a sum: 412 people are counted, not rounded."""
    if item.unit == "percent" or (item.unit != "count" and item.lower == item.upper == item.value):
        return _pct_bounds(item)
    return _sum_bounds(item)


def _within(low: str, high: str) -> str:
    """' (low to high within their rounding)', or nothing where the figures allow no rounding."""
    return "" if low == high else f" ({low} to {high} within their rounding)"


def _difference_finding(change: Item, new: Item, old: Item, findings: list[Finding]) -> None:
    """A change in the levels' own unit against their difference ("38,500 students, 2,300 more
    than last year's 35,200": 3,300 more), within the rounding of all three."""
    n_lo, n_hi = _sum_bounds(new)
    o_lo, o_hi = _sum_bounds(old)
    # a margin with decimals was worked out and rounded at its last digit: 27:43.08 less 27:41.62
    # is "1.5 seconds"
    c_lo, c_hi = _pct_bounds(change) if change.lower == change.upper and not float(change.value).is_integer() \
        else _sum_bounds(change)
    lo, hi = n_lo - o_hi, n_hi - o_lo
    if INF in (n_hi, o_hi, c_hi):
        return
    near, far = sorted((abs(lo), abs(hi))) if lo * hi > 0 else (0, max(abs(lo), abs(hi)))
    written = abs(new.value - old.value)
    within = _within(_amount(near, new.unit), _amount(far, new.unit))
    if not _magnitude_overlaps(lo, hi, c_lo, c_hi):
        severity = CONFLICT
        msg = (f"'{change.text}' does not match the figures it is stated with: '{new.text}' and '{old.text}' "
               f"differ by {_amount(written, new.unit)}{within}.")
    elif _edge_of_rounding(written, (hi - lo) / 2, c_lo, c_hi) and not any(map(_rounded_or_bound, (change, new, old))):
        # "£2.1bn, £400m more than the original budget of £1.8bn": £300m as written, and £400m only
        # if £2.1bn was £2.15bn and £1.8bn was £1.75bn (a writer who works the gap out from the
        # unrounded levels seldom lands there: "rose by 42,000 to 1.52 million from 1.48 million")
        severity = DIVERGENCE
        msg = (f"'{change.text}' fits '{new.text}' and '{old.text}' (a difference of {_amount(written, new.unit)} "
               f"as written) only if both sit at the edge of their rounding{within}.")
    else:
        return
    findings.append(Finding("difference_arithmetic", severity, msg, [change.id, new.id, old.id],
                            fingerprint("difference_arithmetic", [change, new, old])))


# how much of the levels' combined rounding a stated gap must call on to be flagged as a divergence
_EDGE_OF_ROUNDING = 0.5


def _edge_of_rounding(written: float, half_width: float, c_lo: float, c_hi: float) -> bool:
    """The stated gap, read with its own rounding (c_lo to c_hi: "£400m" is £350m to £450m, "$12m"
    is $11.5m to $12.5m), lies so far from the levels' difference as written that at least half
    of the levels' rounding (`half_width`, the most their rounding can move the difference) must be
    spent to reach it."""
    lo, hi = sorted((abs(c_lo), abs(c_hi)))
    need = lo - written if written < lo else written - hi if written > hi else 0.0
    return half_width > 0 and need >= _EDGE_OF_ROUNDING * half_width


# how far under its bound a level "more than double" another may be (rounding of the writer's sums)
_MULTIPLE_SLACK = 0.03


def _ratio_finding(multiple: Item, new: Item, old: Item, findings: list[Finding]) -> None:
    """A level stated as a multiple of another ("2,400 soldiers, three times the 600 sent in
    1985": four times), within the rounding of all three: "three times" allows 2.5 to 3.5."""
    n_lo, n_hi = _level_bounds(new)
    o_lo, o_hi = _level_bounds(old)
    c_lo, c_hi = _pct_bounds(multiple)
    if multiple.qualifier and multiple.upper is None and multiple.lower is not None:
        c_lo = multiple.lower * (1 - _MULTIPLE_SLACK)  # "more than double" is more than 2, not 1.5
    elif multiple.upper == multiple.value and multiple.lower is not None and multiple.lower < multiple.value:
        # "nearly three times" is more than 2.5: the writer of a multiple near 2 says "twice"
        c_lo = max(c_lo, multiple.value - 0.5)
    lo, hi = n_lo / o_hi, n_hi / o_lo
    if _magnitude_overlaps(lo, hi, c_lo, c_hi):
        return
    msg = (f"'{multiple.text}' does not match the figures it is stated with: '{new.text}' is "
           f"{new.value / old.value:.2g} times '{old.text}'{_within(f'{lo:.2g}', f'{hi:.2g}')}.")
    findings.append(Finding("ratio_arithmetic", CONFLICT, msg, [multiple.id, new.id, old.id],
                            fingerprint("ratio_arithmetic", [multiple, new, old])))


def share_arithmetic(items: list[Item]) -> list[Finding]:
    """A part against its whole and the percentage the text says it is: "12 of the 40 people
    arrested, or 30%" holds; "or 35%" does not (12 of 40 is 30%). Rounding of the part, the whole
    and the percentage is allowed for."""
    return _share_arithmetic(prepare(items))


def _share_arithmetic(prep: Prepared) -> list[Finding]:
    findings = []
    for part, whole, pct in _tied(prep, "shr", ("part", "whole", "pct")):
        p_lo, p_hi = _sum_bounds(part)
        w_lo, w_hi = _sum_bounds(whole)
        if w_lo <= 0 or p_hi == INF or w_hi == INF:
            continue
        c_lo, c_hi = _stated_bounds(pct)
        lo, hi = p_lo / w_hi * 100, p_hi / w_lo * 100
        if lo <= c_hi and c_lo <= hi:
            continue
        msg = (f"'{part.text}' of '{whole.text}' is {part.value / whole.value * 100:.1f}%"
               f"{_within(f'{lo:.1f}%', f'{hi:.1f}%')}, not '{pct.text}'.")
        findings.append(Finding("share_arithmetic", CONFLICT, msg, [part.id, whole.id, pct.id],
                                fingerprint("share_arithmetic", [part, whole, pct])))
    return findings


def _tied(prep: Prepared, prefix: str, roles: tuple[str, ...]) -> list[tuple[Item, ...]]:
    """The figures of each arithmetic group of the kind `prefix`, in the order of `roles`; a
    group missing one of them (a claim deleted since) is left out."""
    tied = []
    for (_, key), group in _arithmetic_groups(prep.rare, (prefix,)).items():
        by_role = {role_in(i, key): i for i in group}
        if all(r in by_role for r in roles):
            tied.append(tuple(by_role[r] for r in roles))
    return tied


def _arithmetic_groups(items: list[Item], prefixes: tuple[str, ...]) -> dict[tuple, list[Item]]:
    """The items of each arithmetic group whose kind is one of `prefixes` ('w', 'pct', 'inc', 'vote', 'chg',
    'shr'), by article and group."""
    groups: dict[tuple, list[Item]] = defaultdict(list)
    for item in items:
        for token in item.arithmetic_group.split():  # a figure may be in two groups
            key = token.partition(":")[0]
            if key.startswith(prefixes):
                groups[(item.article, key)].append(item)
    return groups


_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}


def _amount(value: float, unit: str = "") -> str:
    """A sum as a reader would write it: 20,500,000 -> '20.5 million'; with a currency's unit,
    its sign or code ('£18 million', 'CHF 2.1 billion')."""
    number = next((f"{abs(value) / size:,.4g} {word}" for size, word in ((1e12, "trillion"), (1e9, "billion"),
                                                                        (1e6, "million")) if abs(value) >= size),
                  f"{abs(value):,.10g}" if float(value).is_integer() else f"{abs(value):,.6g}")
    sign = "-" if value < 0 else ""
    if unit in _CURRENCY_SIGNS:
        return f"{sign}{_CURRENCY_SIGNS[unit]}{number}"
    return f"{sign}{unit} {number}" if re.fullmatch("[A-Z]{3}", unit) else f"{sign}{number}"


_WRITTEN_DECIMALS_RE = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _pct_bounds(item: Item) -> tuple[float, float]:
    """The bounds of a percentage that was computed from other figures: a plain "20%" is 19.5 to
    20.5, rounded to its last written digit (1.8 is 1.75 to 1.85), not the round number the
    design reads a plain figure as; "about 20%" keeps its reading, widened the same way."""
    written = _WRITTEN_DECIMALS_RE.search(item.text)
    if written and float(written.group(0).replace(",", "")) == item.value:
        places = len(written.group(1) or "")  # "$3.10" is 3.095 to 3.105: its last written digit is a cent
    else:
        places = len(f"{item.value:.10g}".partition(".")[2])
    half = 0.5 * 10 ** -places
    if not item.qualifier:
        return item.value - half, item.value + half
    return ((item.lower if item.lower is not None else item.value) - half,
            (item.upper if item.upper is not None else INF) + half)


def _exceeds(a: float, b: float) -> bool:
    """a > b, beyond the error of binary fractions: 1.1 + 2.2 is 3.3000000000000003, which is
    not more than a stated 3.3."""
    return a > b + 1e-9 * max(1.0, abs(a), abs(b))


def _magnitude_overlaps(lo: float, hi: float, c_lo: float, c_hi: float) -> bool:
    """Whether a stated change, a size (the verb gives its sign), fits a signed range of moves."""
    m_lo, m_hi = (lo, hi) if lo >= 0 else (-hi, -lo) if hi <= 0 else (0.0, max(-lo, hi))
    # binary fractions: 46.6 - 44.9 is 1.7000000000000028, which must still be the stated 1.7
    return not _exceeds(m_lo, c_hi) and not _exceeds(c_lo, m_hi)


def _shares_finding(shares: list[Item], findings: list[Finding], complete: bool = False) -> None:
    """Shares of one whole ("62% support, 28% oppose and 15% are undecided") that add up to
    more than 100% even if each was rounded up; or, when the last is "the remaining" share (the
    list is `complete`), to less than 100% even if each was rounded down."""
    low = sum((i.lower if i.lower is not None else i.value) - _last_place(i) for i in shares)
    high = sum((i.upper if i.upper is not None else i.value) + _last_place(i) for i in shares)
    stated = " + ".join(i.text for i in shares)
    total = f"{sum(i.value for i in shares):,.10g}%"
    if _exceeds(low, 100):
        msg = f"The shares {stated} add up to {total}: more than the whole, even allowing for the rounding of each."
    elif complete and _exceeds(100, high):
        msg = (f"The shares {stated} add up to {total}, but '{shares[-1].text}' is stated as the remaining "
               f"share: they should make the whole 100%, and fall short of it even allowing for the "
               f"rounding of each.")
    else:
        return
    findings.append(Finding("parts_and_totals", CONFLICT, msg, [i.id for i in shares],
                            fingerprint("parts_and_totals", shares, "shares")))


def _last_place(item: Item) -> float:
    """Half the last place of a percentage as written: 0.5 for 14%, 0.05 for 14.7%."""
    return 0.5 if float(item.value).is_integer() else 0.05


def _votes_finding(group: list[Item], key: str, findings: list[Finding]) -> None:
    """A tally ("voted 7-2") that counts more votes than the body has members ("the nine-member
    committee"). Fewer is fine: members abstain or are absent."""
    body = next((i for i in group if role_in(i, key) == "body"), None)
    tally = next((i for i in group if role_in(i, key) == "tally"), None)
    members = [i for i in group if role_in(i, key) == "member"]
    if body is None or (tally is None and len(members) < 2):
        return  # a claim of the group deleted since
    if tally is not None:
        votes, stated = sum(int(v) for v in re.findall(r"\d+", tally.text)), f"The tally '{tally.text}'"
        parts = [tally]
    else:
        votes, parts = int(sum(i.value for i in members)), members
        stated = "The members " + " + ".join(f"'{i.text}'" for i in members)
    if votes > body.value:
        msg = f"{stated} count {votes} votes, but the body is stated to have {body.value:,.10g} members ('{body.text}')."
        findings.append(Finding("parts_and_totals", CONFLICT, msg, [body.id, *[i.id for i in parts]],
                                fingerprint("parts_and_totals", [body, *parts], "votes")))


def _included_finding(group: list[Item], key: str, findings: list[Finding]) -> None:
    """Parts a figure is said to include ("$9.7 billion, including $5.6 billion ... and $4.6
    billion ...") that add up to more than it, even read at their lowest and it at its highest.
    They need not be all of it, so a smaller sum says nothing."""
    whole = next((i for i in group if role_in(i, key) == "whole"), None)
    parts = [i for i in group if role_in(i, key) == "part"]
    if whole is None or not parts:
        return  # a claim of the group deleted since
    low = sum(_sum_bounds(p)[0] for p in parts)
    if _exceeds(low, _sum_bounds(whole)[1]):
        stated = " + ".join(f"'{p.text}'" for p in parts)
        msg = (f"'{whole.text}' is said to include {stated}, which add up to "
               f"{_amount(sum(p.value for p in parts), whole.unit)}: more than the whole, even allowing for rounding.")
        findings.append(Finding("parts_and_totals", CONFLICT, msg, [whole.id, *[p.id for p in parts]],
                                fingerprint("parts_and_totals", [whole, *parts], "included")))


def _sum_finding(total: Item, parts: list[Item], findings: list[Finding]) -> None:
    low = sum(_sum_bounds(p)[0] for p in parts)
    high = sum(_sum_bounds(p)[1] for p in parts)
    t_lo, t_hi = _sum_bounds(total)
    exact = sum(p.value for p in parts)
    if _exceeds(t_lo, high) or _exceeds(low, t_hi):
        severity, why = CONFLICT, "the difference is larger than the rounding of the figures allows"
    elif not any(_rounded_or_bound(p) for p in (total, *parts)) and (_exceeds(t_lo, exact) or _exceeds(exact, t_hi)):
        # "$1.2bn ...: $750m to ..., $300m to ... and $250m to ...": the parts add up only if each
        # was rounded by much, and a total split into parts is seldom written so (where no figure
        # says it is rounded: "about 120 ... about 160 ... 290" may well hold)
        severity, why = DIVERGENCE, "they fit only if the parts themselves were rounded"
    else:
        return
    stated = " + ".join(p.text for p in parts)
    read = (format_number(t_lo) if t_lo == t_hi else f"{_amount(t_lo, total.unit)} to {_amount(t_hi, total.unit)}" if t_hi >= 1e6
            else _reading(total, False))
    msg = (f"The parts {stated} add up to {_amount(exact, total.unit)}, but the total is stated as "
           f"'{total.text}' (read as {read}); {why}.")
    fp = fingerprint("parts_and_totals", [total, *parts])
    if all(f.fingerprint != fp for f in findings):
        findings.append(Finding("parts_and_totals", severity, msg, [total.id, *[p.id for p in parts]], fp))


def _rounded_or_bound(item: Item) -> bool:
    """The figure says it is rounded or only a floor ("about 120", "more than 300"); "a total of
    £4.2m" and a ceiling that sums with others to a ceiling ("add-ons worth up to £6m") do not."""
    reading = PREFIX_QUALIFIERS.get(item.qualifier) or SUFFIX_QUALIFIERS.get(item.qualifier) if item.qualifier else "exact"
    return reading not in ("exact", "le")


def _sum_bounds(item: Item) -> tuple[float, float]:
    """The bounds a figure brings to a sum. A small count written plainly is exact there
    ("120 were admitted ... 160 ... In total, 290": 280, not 270 to 290): a writer who adds up
    hundreds states them as counted, where "about 120" or "3.2 million" keep their rounding."""
    if item.unit == "count" and not item.qualifier and float(item.value).is_integer() and item.value < 1000:
        return item.value, item.value
    return (item.lower if item.lower is not None else item.value,
            item.upper if item.upper is not None else INF)


# Most figures have no evidence: a C-level filter skips them faster than a Python loop.
_EVIDENCE = attrgetter("evidence")
_DATED_UNITS = frozenset({"age_years", "years", "months", "days"})


def _head(noun: str) -> str:
    """The head word of a counted noun phrase, singular: 'alleged gang members' -> 'member',
    'counts of fraud' -> 'count'."""
    words = noun.lower().split(" of ")[0].split()
    if not words:
        return ""
    word = words[-1]
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def _same_thing(head: str, part: Item) -> bool:
    """A part counts what the total counts, as far as the text says: '120 arrests ... and 45, a
    total of 165' yes; '12 offices in 8 countries, a total of 4,500 staff' no."""
    part_head = _head(part.noun)
    return not head or not part_head or part_head == head


def evidence_figures(items: list[Item]) -> list[Finding]:
    """A claim's figure against the figure each piece of its evidence states."""
    return _evidence_figures(prepare(items))


def _evidence_figures(prep: Prepared) -> list[Finding]:
    findings = []
    for item in filter(_EVIDENCE, prep.rare):
        for ev in item.evidence:
            lo, hi, lo_inc, hi_inc = _bounds(item, pragmatic=False)
            inside = (lo < ev.value < hi) or (ev.value == lo and lo_inc) or (ev.value == hi and hi_inc)
            plo, phi, plo_inc, phi_inc = _bounds(item, pragmatic=True)
            p_inside = (plo < ev.value < phi) or (ev.value == plo and plo_inc) or (ev.value == phi and phi_inc)
            source = f" ({ev.source})" if ev.source else ""
            if not inside:
                severity, verb = CONFLICT, "refutes"
            elif not p_inside:
                severity, verb = DIVERGENCE, "strains"
            else:
                continue
            msg = (f"The evidence{source} states {ev.value:,.10g}, which {verb} '{item.text}' "
                   f"(read as {_reading(item, severity == DIVERGENCE)}).")
            findings.append(Finding("evidence_figure", severity, msg, [item.id],
                                    fingerprint("evidence_figure", [item], f"{ev.id}:{ev.value!r}")))
    return findings


def dates_and_durations(items: list[Item]) -> list[Finding]:
    """Relative years against the years beside them, ages against birth years, durations
    against the start and end years they span."""
    return _dates_and_durations(prepare(items))


def _dates_and_durations(prep: Prepared) -> list[Finding]:
    findings = []
    # Only sentences holding a relative year, an age or a duration in years can disagree, and
    # only their years, relative years, ages and durations take part.
    wanted = {(i.article, i.sentence) for i in prep.dated
              if i.kind == "relative_year" or i.unit in _DATED_UNITS}
    if not wanted:
        return []
    by_sentence: dict[tuple, list[Item]] = defaultdict(list)
    for item in prep.dated:
        key = (item.article, item.sentence)
        if key in wanted:
            by_sentence[key].append(item)
    for group in by_sentence.values():
        years = [i for i in group if i.kind == "year"]
        for rel in (i for i in group if i.kind == "relative_year" and i.resolved_year):
            # "Four years later, in 2023, ...": a year stated right after the relative phrase
            # names the same moment; years before it are what it hangs on, and a year further on
            # ("two years later, it was painted, and in 1935 ...") may be another event.
            # A year right before it, across a comma alone, names the moment too: "in 1911, 120
            # years after it opened" (the extractor then hangs it on the year of the opening).
            rel_end = rel.position + len(rel.text)
            after = [y for y in years if 0 <= y.position - rel_end <= 6] or \
                [y for y in years if 0 <= rel.position - (y.position + len(y.text)) <= 2
                 and abs(rel.resolved_year - y.value) != rel.value]  # not the year it hangs on
            stated = [y for y in after if y.value != rel.resolved_year]
            if after and len(stated) == len(after):
                y = stated[0]
                msg = (f"'{rel.text}' puts this in {rel.resolved_year}, but the same sentence "
                       f"says '{y.text}'.")
                findings.append(Finding("dates_and_durations", CONFLICT, msg, [rel.id, y.id],
                                        fingerprint("dates_and_durations", [rel, y])))
        # (a duration tied to the years it spans is checked against those: see `spn` below)
        durations = [i for i in group if i.unit == "years" and i.kind == "figure" and "spn" not in i.arithmetic_group]
        ends = [y for y in years if y.context not in ("born", "birth")]  # a birth starts no stated duration
        if durations and len(ends) == 2:
            for d in durations:
                _span_finding(d, ends, findings)
        elif durations and len(ends) > 2:
            # "founded ... in 1972 and ran it for 31 years until her retirement in 2005, died on
            # Monday, Oct. 14, 2024": more years than two, the duration runs between the two around it
            for d in durations:
                before = [y for y in ends if y.position < d.position]
                after = [y for y in ends if y.position > d.position]
                if before and after:
                    _span_finding(d, [before[-1], after[0]], findings)
        if len(ends) == 1:
            for d in durations:
                if d.resolved_year is not None and abs(d.resolved_year - ends[0].value) > 1:
                    # "founded in 1921, will close ... after 112 years of trading" (written in 2025)
                    msg = (f"'{d.text}' up to the time of writing ({d.resolved_year + d.value:g}) puts the "
                           f"start in {d.resolved_year}, but the same sentence says '{ends[0].text}'.")
                    findings.append(Finding("dates_and_durations", CONFLICT, msg, [d.id, ends[0].id],
                                            fingerprint("dates_and_durations", [d, ends[0]])))
        months = [i for i in group if i.unit == "months" and i.kind == "figure"]
        if months and len(ends) == 2:
            for d in months:
                _months_finding(d, ends, findings)
        dates = [i for i in group if i.kind == "date"]
        day_counts = [i for i in group if i.unit == "days" and i.kind == "figure"]
        if day_counts and len(dates) == 2:
            # "began on June 18, lasted 12 days, ending on June 27": 9 days between, 10 counting both.
            # The later date may come first ("contained on Aug. 14, 11 days after it started on
            # Aug. 3"), so the span is read both ways and holds if either fits.
            spans = [((dates[1].value - dates[0].value) % 365, dates), ((dates[0].value - dates[1].value) % 365, dates[::-1])]
            for d in day_counts:
                if not any(span - 1 <= d.value <= span + 1 for span, _ in spans):
                    span, (first, last) = min(spans, key=lambda s: abs(s[0] - d.value))
                    msg = (f"'{d.text}' does not match the days from '{first.text}' to '{last.text}' "
                           f"({span:g}, or {span + 1:g} counting both).")
                    findings.append(Finding("dates_and_durations", CONFLICT, msg, [d.id, *(x.id for x in dates)],
                                            fingerprint("dates_and_durations", [d, *dates])))
        ages = [i for i in group if i.unit == "age_years"]
        born = [y for y in years if y.context in ("born", "birth")]
        if ages and born:
            others = [y for y in years if y not in born]
            if others:
                expected = others[-1].value - born[0].value
                for age in ages:
                    # "her 100th birthday in 2022" falls in the year itself; a plain age may not yet
                    birthday = age.text.lower().endswith("birthday")
                    if not (age.value == expected if birthday else expected - 1 <= age.value <= expected):
                        tied = [age, born[0], others[-1]]
                        fits = f"{expected:g}" if birthday else f"{expected - 1:g} or {expected:g}"
                        msg = (f"'{age.text}' does not fit a birth in {born[0].text:} and the year "
                               f"{others[-1].text} ({fits}).")
                        findings.append(Finding("dates_and_durations", CONFLICT, msg, [i.id for i in tied],
                                                fingerprint("dates_and_durations", tied)))
    findings += _making_spans(prep.dated)
    for duration, start, end in _tied(prep, "spn", ("duration", "start", "end")):
        _span_finding(duration, [start, end], findings)  # "opened in 1961 ... closed after 56 years"
    story_years = _story_years(prep.dated)
    findings += _ages_against_births(prep.dated, story_years)
    findings += _ages_then_and_now(prep.dated, story_years, datetime.datetime.now(datetime.UTC).year)
    return findings


# The word before a year that starts a piece of work: "Construction began in 2011"
_START_WORDS = frozenset({"began", "begun", "begin", "start", "started", "starting", "commenced"})


def _making_spans(items: list[Item]) -> list[Finding]:
    """How long a thing took to make against the years its work began and ended, told in the
    sentence next to it: "The bridge took six years to build. Construction began in 2011 and it
    opened in 2019" (eight years). The two years must be the only ones in the duration's sentence
    and the one after (or before) it, and one of them must start the work."""
    took = [i for i in items if i.unit == "years" and i.kind == "figure" and i.context == "took"]
    if not took:
        return []
    years: dict[tuple, list[Item]] = defaultdict(list)
    for i in items:
        if i.kind == "year" and i.context not in ("born", "birth"):
            years[(i.article, i.sentence)].append(i)
    findings = []
    for d in took:
        own = years.get((d.article, d.sentence), [])
        if len(own) >= 2:
            continue  # the sentence's own years: the rule above
        for step in (1, -1):
            ends = sorted(own + years.get((d.article, d.sentence + step), []), key=attrgetter("position"))
            if len(ends) == 2 and any(y.context in _START_WORDS for y in ends):
                break
        else:
            continue
        _span_finding(d, ends, findings)
    return findings


def _span_finding(duration: Item, ends: list[Item], findings: list[Finding]) -> None:
    """A duration in years against the span of the two years it runs between, a year of slack.
    Between two named months ("began in June 2021 ... in March 2024 after nearly four years":
    two years and nine months) the span is counted in months, with a month of slack beyond the
    duration's reading (a plain "four years" is 3.5 to 4.5)."""
    first, last = (_month_index(y) for y in ends)
    if first is not None and last is not None:
        months = abs(last - first)
        lo, hi = (duration.value - 0.5, duration.value + 0.5) if not duration.qualifier \
            else (duration.lower if duration.lower is not None else 0, duration.upper if duration.upper is not None else INF)
        if lo * 12 - 1 <= months <= hi * 12 + 1:
            return
        years, rest = divmod(months, 12)
        msg = (f"'{duration.text}' does not match the span from '{ends[0].text}' to '{ends[1].text}' "
               f"({years:g} years and {rest:g} months).")
    elif abs(abs(ends[1].value - ends[0].value) - duration.value) > 1:
        msg = (f"'{duration.text}' does not match the span from '{ends[0].text}' to '{ends[1].text}' "
               f"({abs(ends[1].value - ends[0].value):g} years).")
    else:
        return
    findings.append(Finding("dates_and_durations", CONFLICT, msg, [duration.id, *(y.id for y in ends)],
                            fingerprint("dates_and_durations", [duration, *ends])))


_MONTH_NAME_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _month_index(year: Item) -> int | None:
    """Months since year 0 of a year that names its month ("March 2024"); None if it names none."""
    named = _MONTH_NAME_RE.search(year.text)
    return int(year.value) * 12 + MONTHS[named.group(1).lower()] if named else None


def _months_finding(duration: Item, ends: list[Item], findings: list[Finding]) -> None:
    """A duration in months against two months of named years ("ran for 28 months, from May 2023
    until ... July 2025": 26 months), a month of slack for counting both ends. Years with no month
    ("from 2023 to 2025") leave the count open."""
    indexes = [_month_index(y) for y in ends]
    if None in indexes:
        return
    first, last = zip(indexes, ends, strict=True)
    span = abs(last[0] - first[0])
    if abs(span - duration.value) > 1:
        msg = (f"'{duration.text}' does not match the span from '{first[1].text}' to '{last[1].text}' "
               f"({span:g} months).")
        findings.append(Finding("dates_and_durations", CONFLICT, msg, [duration.id, first[1].id, last[1].id],
                                fingerprint("dates_and_durations", [duration, first[1], last[1]])))


# The word before a year that looks ahead: "due to finish in 2027", "by 2030", "until 2028"
_AHEAD_WORDS = frozenset({"by", "until", "till", "finish", "complete", "completed", "open", "due", "expire",
                          "expires", "end", "ends", "scheduled", "planned", "target", "deadline", "before"})


def _ages_against_births(items: list[Item], story_years: tuple[dict[int, float], dict[int, float]]) -> list[Finding]:
    """A person's age against the birth year stated elsewhere in the article ("Delgado, 47"
    ... "Delgado, who was born in 1981"). An age too young for the latest year the article
    states (less the years it looks ahead to: "due to finish in 2027", "by 2030") cannot be
    right whenever the article was written. An age too old is flagged only against a dated
    event ("on Nov. 4, 2025"), which places the article in time; a plain year may be long past
    ("his last film was released in 2016"). A year of slack either way for birthdays. The same
    sentence is the rule above's."""
    births = {(i.article, i.person): i for i in items if i.person and i.kind == "year"}
    if not births:
        return []
    latest, dated = story_years
    # (a sentence with a year of its own besides the birth is the rule above's: "Vaz, 26, who was
    # born in Porto in 1997, scored ..." has none, and is read against the article's year)
    dated_sentences = {(i.article, i.sentence) for i in items if i.kind == "year" and i.context not in ("born", "birth")}
    sentence_years: dict[tuple, list[Item]] = defaultdict(list)  # the plain years of each sentence
    for i in items:
        if i.kind == "year" and not i.person:
            sentence_years[(i.article, i.sentence)].append(i)
    misfits: dict[tuple, list[tuple[Item, float]]] = defaultdict(list)
    for age in (i for i in items if i.person and i.unit == "age_years"):
        born = births.get((age.article, age.person))
        if born is None or born.sentence == age.sentence and (age.article, age.sentence) in dated_sentences:
            continue
        if age.context == "then":
            # "In 2019, then 64, he sold ...": the age in the year its sentence names before it
            year = max((i for i in sentence_years.get((age.article, age.sentence), ()) if i.position < age.position),
                       key=attrgetter("position"), default=None)
            if year is not None and not year.value - born.value - 1 <= age.value <= year.value - born.value:
                misfits[(age.article, age.person)].append((age, year.value))
            continue
        now = latest.get(age.article)
        if now is not None and now > born.value and age.value < now - born.value - 1:
            misfits[(age.article, age.person)].append((age, now))
            continue
        now = dated.get(age.article)
        if now is not None and now > born.value and age.value > now - born.value + 1:
            misfits[(age.article, age.person)].append((age, now))
    findings = []
    # the year that dates the article is tied too: it is one of the figures that disagree
    years: dict[tuple, Item] = {}
    for i in items if misfits else ():
        if i.kind == "year" and not i.person and i.context not in _AHEAD_WORDS:
            years.setdefault((i.article, i.value), i)
    for key, found in misfits.items():
        born, now = births[key], found[0][1]
        ages = [a for a, _ in found]
        stated = " and ".join(sorted({f"'{a.text}'" for a in ages}))
        msg = (f"{stated} {'do' if len(ages) > 1 else 'does'} not fit a birth in {born.text} and the year "
               f"{now:g} the article states (about {now - born.value:g}).")
        year = years.get((key[0], now))
        tied = [*ages, born, *([year] if year is not None else [])]
        findings.append(Finding("dates_and_durations", CONFLICT, msg, [i.id for i in tied],
                                fingerprint("dates_and_durations", tied)))
    return findings


def _story_years(items: list[Item]) -> tuple[dict[int, float], dict[int, float]]:
    """For each article, the latest year it states (less the years it looks ahead to), which
    the article cannot have been written before, and the latest dated event ("on Nov. 4, 2025",
    "on Tuesday, 14 October 2025"), which places it in time."""
    latest: dict[int, float] = {}
    dated: dict[int, float] = {}
    for i in items:
        if i.kind == "year" and not i.person and i.context not in _AHEAD_WORDS:
            latest[i.article] = max(latest.get(i.article, i.value), i.value)
            if _MONTH_RE.search(i.text) or i.context.isdigit() and int(i.context) <= 31 and _MONTH_NAME_RE.search(i.text):
                dated[i.article] = max(dated.get(i.article, i.value), i.value)
    return latest, dated


# "in 1994 at the age of 24", "in 2019, when he was 36": an age then, close after its year
_THEN_GAP = 20


def _ages_then_and_now(items: list[Item], story_years: tuple[dict[int, float], dict[int, float]],
                       this_year: int) -> list[Finding]:
    """A person's age now and their age in a year the same sentence states ("Smith, 58, joined the
    company in 1994 at the age of 24"; "Johnson, 47, was first elected in 2019, when he was 36")
    put the story in a year: the year plus the difference of the ages, a year of slack either way
    for birthdays. That year must be no earlier than the latest year the article states, and no
    later than its dated events (or, with none, than this year: no article is written in the
    future)."""
    latest, dated = story_years
    by_article: dict[int, list[Item]] = defaultdict(list)
    for i in items:
        if i.unit in ("age_years", "year") and not i.qualifier:
            by_article[i.article].append(i)
    findings = []
    for article, group in by_article.items():
        group.sort(key=attrgetter("position"))
        # the age now: the nearest person's age before, in this sentence, or up to three
        # sentences back when the article gives one person an age ("Anne Hartley, 61, ... Mrs
        # Hartley, who took over the business in 1998 at the age of 28"; with two, "he" or
        # "Mrs Hartley" may be either)
        reach = 3 if len({i.person for i in group if i.unit == "age_years" and i.person}) == 1 else 0
        age = None
        # "in 1994 at the age of 24", "in 2019, when he was 36": an age then, and the year right before it
        for year, then in zip(group, group[1:], strict=False):
            if year.unit == "age_years" and year.person:
                age = year
            if then.unit != "age_years" or then.person or then.kind != "figure" \
                    or year.kind != "year" or year.sentence != then.sentence or year.person \
                    or then.position - (year.position + len(year.text)) > _THEN_GAP:
                continue
            if age is None or then.sentence - age.sentence > reach or age.value <= then.value:
                continue
            earliest = year.value + age.value - then.value - 1
            latest_ok = dated.get(article, this_year)
            floor = latest.get(article, year.value)
            if earliest <= latest_ok and earliest + 2 >= floor:
                continue
            if earliest > latest_ok:
                told = f"the article's date ({latest_ok:g})" if article in dated else f"this year ({latest_ok:g})"
            else:
                told = f"the latest year it states ({floor:g})"
            msg = (f"'{age.text}' now and '{then.text}' in {year.text} put this story in {earliest:g} to "
                   f"{earliest + 2:g}, which does not fit {told}.")
            findings.append(Finding("dates_and_durations", CONFLICT, msg, [age.id, year.id, then.id],
                                    fingerprint("dates_and_durations", [age, year, then])))
    return findings


# A dated event: a day, a month and a year ("Nov. 4, 2025", "4 November 2025"); "June 2015" may be long past
_MONTH_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
                       r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")


def review_state(items: list[Item], found: list[Finding]) -> list[Finding]:
    """A claim signed off as accurate while a conflict on it stands or reliable evidence
    refutes it."""
    return _review_state(prepare(items), found)


def _review_state(prep: Prepared, found: list[Finding]) -> list[Finding]:
    conflicted = {i for f in found if f.severity == CONFLICT for i in f.items}
    findings = []
    for item in prep.rare:
        if item.status != "signed_off" or item.verdict not in ("accurate", "mostly_accurate"):
            continue
        refuting = [e for e in item.evidence if e.stance == "refutes" and e.reliability >= 3]
        if item.id in conflicted or refuting:
            why = ("a reliable source refutes it" if refuting else "a conflict on its figure is open")
            msg = f"'{item.text}' is signed off as {item.verdict.replace('_', ' ')}, but {why}."
            findings.append(Finding("review_state", CONFLICT, msg, [item.id],
                                    fingerprint("review_state", [item], why)))
    return findings


RULES: list[tuple[str, Callable[[Prepared], list[Finding]]]] = [
    ("conflicting_figures", _conflicting),
    ("parts_and_totals", _parts_and_totals),
    ("evidence_figure", _evidence_figures),
    ("dates_and_durations", _dates_and_durations),
    ("change_arithmetic", _change_arithmetic),
    ("share_arithmetic", _share_arithmetic),
]


def check(items: list[Item], progress: Callable[[int, int, str], None] | None = None) -> list[Finding]:
    """Run every rule; `progress(done, total, rule)` is called after each one."""
    # The rules allocate many small tuples and lists; the cyclic garbage collector would walk
    # every live object again and again while they do (half the time at 100,000 figures), and
    # nothing here makes cycles. It is switched back on at the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check(items, progress)
    finally:
        if collecting:
            gc.enable()


def _check(items, progress):
    findings: list[Finding] = []
    total = len(RULES) + 1
    prep = prepare(items)
    for n, (name, rule) in enumerate(RULES, 1):
        findings.extend(rule(prep))
        if progress:
            progress(n, total, name)
    findings.extend(_review_state(prep, findings))
    if progress:
        progress(total, total, "review_state")
    return findings
