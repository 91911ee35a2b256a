"""Consistency rules: [Item] -> [Finding]. Pure Python, no Django import.

Each rule is a function with a stable name (RULES) and its own tests (tests/test_consistency.py).
Grouping is by dictionary and sorting, never all pairs: the cost is O(n log n) in the number of
figures, so the check of a 100,000-figure measure stays fast (bench/bench_consistency.py).

A Finding's fingerprint is a hash of the rule, the sorted item ids and the figures involved, so a
re-run finds the same fingerprint (the flag is updated, not duplicated) and a finding whose
figures changed gets a new one (a dismissed flag is raised again only then).
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter

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
    resolved_year: int | None = None
    context: str = ""
    status: str = ""
    verdict: str = ""
    evidence: list[EvidenceFigure] = field(default_factory=list)


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
    parts = [rule, extra, *sorted(_token(i) for i in items)]
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=20).hexdigest()


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
    lo, hi, lo_inc, hi_inc = _bounds(item, pragmatic)
    counts = item.unit in COUNTING_UNITS

    def num(v):
        return f"{int(v):,}" if float(v).is_integer() else f"{v:,.4g}"

    if lo == hi:
        return num(lo)
    if counts and lo != -INF and float(lo).is_integer() and not lo_inc:
        lo, lo_inc = lo + 1, True
    if counts and hi != INF and float(hi).is_integer() and not hi_inc:
        hi, hi_inc = hi - 1, True
    if hi == INF:
        return f"{num(lo)} or more" if lo_inc else f"over {num(lo)}"
    if lo in (-INF, 0.0) and item.qualifier:
        return f"up to {num(hi)}" if hi_inc else f"under {num(hi)}"
    return f"{num(lo)}-{num(hi)}"


def _describe(entries: list[tuple], pragmatic: bool) -> str:
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        counts[entry[-1].text] += 1
    seen, words = set(), []
    for entry in entries:
        item = entry[-1]
        if item.text in seen:
            continue
        seen.add(item.text)
        times = f" ({counts[item.text]} times)" if counts[item.text] > 1 else ""
        words.append(f"'{item.text}' (read as {_reading(item, pragmatic)}){times}")
    return " and ".join(words) if len(words) < 3 else ", ".join(words[:-1]) + " and " + words[-1]


# --- rules ----------------------------------------------------------------------------------


def _sweep(ordered: list[tuple]) -> list[list[tuple]]:
    """Clusters of entries already sorted by lower bound: (bounds, ..., item) tuples whose
    intervals overlap, one pass."""
    clusters: list[list[tuple]] = []
    reach, reach_inc = -INF, True
    for entry in ordered:
        lo, hi, lo_inc, hi_inc = entry[0]
        if clusters and (lo < reach or (lo == reach and lo_inc and reach_inc)):
            clusters[-1].append(entry)
            if hi > reach or (hi == reach and hi_inc):
                reach, reach_inc = hi, hi_inc
        else:
            clusters.append([entry])
            reach, reach_inc = hi, hi_inc
    return clusters


def conflicting_figures(items: list[Item]) -> list[Finding]:
    """Figures for one measure and date whose intervals are disjoint: strictly (conflict) or
    only as readers understand them (divergence).

    One sort of every figure by (measure, unit, strict lower bound), then one sweep: each run
    of a measure is already in order for the interval sweep. Pragmatic bounds are computed only
    inside strict clusters of two or more figures."""
    entries = []
    for item in items:
        if item.measure and item.kind not in ("year", "relative_year"):
            lo = -INF if item.lower is None else item.lower
            hi = INF if item.upper is None else item.upper
            entries.append(((item.measure, item.unit, lo, not item.lower_inclusive, item.id),
                            (lo, hi, item.lower_inclusive, item.upper_inclusive), item))
    entries.sort(key=itemgetter(0))
    findings, seen = [], set()
    n, start = len(entries), 0
    while start < n:
        key = entries[start][0]
        end = start + 1
        while end < n and entries[end][0][0] == key[0] and entries[end][0][1] == key[1]:
            end += 1
        if end - start >= 2 and not _all_same(entries, start, end):
            run = [(e[1], e[2]) for e in entries[start:end]]
            dates = {e[1].as_of for e in run}
            if len(dates) == 1:
                groups = [(next(iter(dates)), run)]
            else:
                # Figures of different known dates are a trend, not a conflict; a figure of
                # unknown date is compared with every date.
                undated = [e for e in run if e[1].as_of is None]
                groups = [(d, sorted([e for e in run if e[1].as_of == d] + undated,
                                     key=lambda e: (e[0][0], not e[0][2], e[1].id)))
                          for d in sorted(dates - {None})]
            for as_of, group in groups:
                _measure_findings(group, as_of, findings, seen)
        start = end
    return findings


def _all_same(entries: list[tuple], start: int, end: int) -> bool:
    """The same figure stated again (the usual case in an article): nothing can disagree."""
    bounds, first = entries[start][1], entries[start][2]
    for k in range(start + 1, end):
        _, other_bounds, other = entries[k]
        if (other_bounds != bounds or other.pragmatic_lower != first.pragmatic_lower
                or other.pragmatic_upper != first.pragmatic_upper or other.as_of != first.as_of):
            return False
    return True


def _measure_findings(group: list[tuple], as_of, findings: list[Finding], seen: set) -> None:
    first = group[0][1]
    label = first.measure_label or first.measure
    when = f" as of {as_of}" if as_of else ""
    strict = _sweep(group)
    for a, b in zip(strict, strict[1:], strict=False):
        both = [e[1] for e in a + b]
        msg = (f"{_describe(a, False)} and {_describe(b, False)} cannot both be true of the same "
               f"measure ({label}{when}): their ranges do not overlap even read literally.")
        _add(findings, seen, Finding("conflicting_figures", CONFLICT, msg, [i.id for i in both],
                                     fingerprint("conflicting_figures", both)))
    for cluster in strict:
        if len(cluster) < 2:
            continue
        loose = _sweep(sorted(((_bounds(e[1], True), e[1]) for e in cluster),
                              key=lambda e: (e[0][0], not e[0][2], e[1].id)))
        for a, b in zip(loose, loose[1:], strict=False):
            both = [e[1] for e in a + b]
            words = ", ".join(sorted({f"'{i.qualifier}'" for i in both if i.qualifier}))
            because = f"; the bounds come from the words {words}" if words else ""
            msg = (f"{_describe(a, True)} and {_describe(b, True)} describe the same measure "
                   f"({label}{when}) but do not overlap as a reader understands them{because}.")
            _add(findings, seen, Finding("divergent_figures", DIVERGENCE, msg, [i.id for i in both],
                                         fingerprint("divergent_figures", both)))


def _add(findings: list[Finding], seen: set, finding: Finding) -> None:
    if finding.fingerprint not in seen:
        seen.add(finding.fingerprint)
        findings.append(finding)


def parts_and_totals(items: list[Item]) -> list[Finding]:
    """A stated total against the parts stated beside it (same unit, same or previous sentence),
    within the rounding of the figures."""
    # Only sentences that state a total (and the sentence before each) need grouping.
    wanted = {(i.article, s, i.unit) for i in items if i.is_total for s in (i.sentence, i.sentence - 1)}
    if not wanted:
        return []
    by_sentence: dict[tuple, list[Item]] = defaultdict(list)
    for item in items:
        key = (item.article, item.sentence, item.unit)
        if key in wanted and item.kind == "figure" and item.unit not in ("year", "percent") \
                and not item.unit.startswith("age"):
            by_sentence[key].append(item)
    findings = []
    for (article, sentence, unit), group in by_sentence.items():
        totals = [i for i in group if i.is_total]
        if len(totals) != 1:
            continue
        total = totals[0]
        parts = [i for i in group if not i.is_total and i.id != total.id]
        if len(parts) < 2:
            previous = [i for i in by_sentence.get((article, sentence - 1, unit), []) if not i.is_total]
            parts = parts + previous
        if len(parts) < 2:
            continue
        low = sum(p.lower if p.lower is not None else p.value for p in parts)
        high = sum(p.upper if p.upper is not None else INF for p in parts)
        t_lo = total.lower if total.lower is not None else total.value
        t_hi = total.upper if total.upper is not None else INF
        if high < t_lo or low > t_hi:
            stated = " + ".join(p.text for p in parts)
            exact = sum(p.value for p in parts)
            msg = (f"The parts {stated} add up to {exact:,.10g}, but the total is stated as "
                   f"'{total.text}' (read as {_reading(total, False)}); the difference is larger "
                   f"than the rounding of the figures allows.")
            findings.append(Finding("parts_and_totals", CONFLICT, msg, [total.id, *[p.id for p in parts]],
                                    fingerprint("parts_and_totals", [total, *parts])))
    return findings


def evidence_figures(items: list[Item]) -> list[Finding]:
    """A claim's figure against the figure each piece of its evidence states."""
    findings = []
    for item in items:
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
    findings = []
    # Only sentences holding a relative year, an age or a duration in years can disagree.
    wanted = {(i.article, i.sentence) for i in items
              if i.kind == "relative_year" or i.unit in ("age_years", "years")}
    if not wanted:
        return []
    by_sentence: dict[tuple, list[Item]] = defaultdict(list)
    for item in items:
        key = (item.article, item.sentence)
        if key in wanted:
            by_sentence[key].append(item)
    for group in by_sentence.values():
        years = [i for i in group if i.kind == "year"]
        for rel in (i for i in group if i.kind == "relative_year" and i.resolved_year):
            # "Four years later, in 2023, ...": a year stated after the relative phrase names
            # the same moment; years before it are what it hangs on.
            after = [y for y in years if y.position > rel.position]
            stated = [y for y in after if y.value != rel.resolved_year]
            if after and len(stated) == len(after):
                y = stated[0]
                msg = (f"'{rel.text}' puts this in {rel.resolved_year}, but the same sentence "
                       f"says '{y.text}'.")
                findings.append(Finding("dates_and_durations", CONFLICT, msg, [rel.id, y.id],
                                        fingerprint("dates_and_durations", [rel, y])))
        durations = [i for i in group if i.unit == "years" and i.kind == "figure"]
        if durations and len(years) == 2:
            span = abs(years[1].value - years[0].value)
            for d in durations:
                if abs(span - d.value) > 1:
                    msg = (f"'{d.text}' does not match the span from '{years[0].text}' to "
                           f"'{years[1].text}' ({span:g} years).")
                    findings.append(Finding("dates_and_durations", CONFLICT, msg, [d.id, *(y.id for y in years)],
                                            fingerprint("dates_and_durations", [d, *years])))
        ages = [i for i in group if i.unit == "age_years"]
        born = [y for y in years if y.context in ("born", "birth")]
        if ages and born:
            others = [y for y in years if y not in born]
            if others:
                expected = others[-1].value - born[0].value
                for age in ages:
                    if not expected - 1 <= age.value <= expected:
                        msg = (f"'{age.text}' does not fit a birth in {born[0].text:} and the year "
                               f"{others[-1].text} (about {expected:g}).")
                        findings.append(Finding("dates_and_durations", CONFLICT, msg, [age.id, born[0].id],
                                                fingerprint("dates_and_durations", [age, born[0]])))
    return findings


def review_state(items: list[Item], found: list[Finding]) -> list[Finding]:
    """A claim signed off as accurate while a conflict on it stands or reliable evidence
    refutes it."""
    conflicted = {i for f in found if f.severity == CONFLICT for i in f.items}
    findings = []
    for item in items:
        if item.status != "signed_off" or item.verdict not in ("accurate", "mostly_accurate"):
            continue
        refuting = [e for e in item.evidence if e.stance == "refutes" and e.reliability >= 3]
        if item.id in conflicted or refuting:
            why = ("a reliable source refutes it" if refuting else "a conflict on its figure is open")
            msg = f"'{item.text}' is signed off as {item.verdict.replace('_', ' ')}, but {why}."
            findings.append(Finding("review_state", CONFLICT, msg, [item.id],
                                    fingerprint("review_state", [item], why)))
    return findings


RULES: list[tuple[str, Callable[[list[Item]], list[Finding]]]] = [
    ("conflicting_figures", conflicting_figures),
    ("parts_and_totals", parts_and_totals),
    ("evidence_figure", evidence_figures),
    ("dates_and_durations", dates_and_durations),
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
    for n, (name, rule) in enumerate(RULES, 1):
        findings.extend(rule(items))
        if progress:
            progress(n, total, name)
    findings.extend(review_state(items, findings))
    if progress:
        progress(total, total, "review_state")
    return findings
