"""Precision and recall of the consistency findings on hand-annotated news-style texts.

The texts (tests/data/findings/news-*.txt) were written for this project in the style of wire
and newspaper copy: economy, politics, disasters, sport, health, courts, science. Most state
figures that agree or that only look alike (changes "from X to Y", head-to-head scores,
tallies of different days and places, totals of another thing); a few state figures that
disagree. expected.json lists the findings a careful reader would raise. Run:
python bench/findings_scores.py [--set NAME | --all] [--verbose]
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from claims.consistency import check, items_from_figures  # noqa: E402
from claims.figures import extract  # noqa: E402

SETS = ROOT / "tests" / "data"
DATA = SETS / (sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "findings")
FAMILY = {"conflicting_figures": "disagree", "divergent_figures": "disagree", "difference_arithmetic": "comparison",
          "ratio_arithmetic": "comparison"}


def _matches(wanted: dict, rule: str, quotes: set) -> bool:
    """A finding is the expected one when it has its rule and ties its figures together: all of
    them for a sum (a part too many is a wrong sum), at least them for a disagreement (which also
    names each repetition of a figure)."""
    if wanted["rule"] != rule:
        return False
    return set(wanted["quotes"]) == quotes if rule == "parts_and_totals" else set(wanted["quotes"]) <= quotes


def score(verbose: bool = False, data: Path = DATA) -> tuple[int, int, int]:
    expected = json.loads((data / "expected.json").read_text())
    tp = fp = fn = 0
    for path in sorted(data.glob("news-*.txt")):
        figures = extract(path.read_text("utf-8"))
        found = [(FAMILY.get(f.rule, f.rule), {figures[i].text for i in f.items}, f.message)
                 for f in check(items_from_figures(figures))]
        wanted = expected.get(path.name, [])
        matched = set()
        for rule, quotes, message in found:
            hit = next((n for n, w in enumerate(wanted) if n not in matched and _matches(w, rule, quotes)), None)
            if hit is None:
                fp += 1
                if verbose:
                    print(f"{path.name}: false finding: {message}")
            else:
                matched.add(hit)
                tp += 1
        for n, w in enumerate(wanted):
            if n not in matched:
                fn += 1
                if verbose:
                    print(f"{path.name}: missed: {w['rule']} {w['quotes']}")
    return tp, fp, fn


def _line(tp: int, fp: int, fn: int, texts: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return (f"findings on {texts} annotated texts: {tp} right, {fp} false, {fn} missed; "
            f"precision {precision:.2f}, recall {recall:.2f}")


def main():
    verbose = "--verbose" in sys.argv
    if "--all" not in sys.argv:
        print(_line(*score(verbose), len(list(DATA.glob("news-*.txt")))))
        return
    # every annotated set, one line each (in the order they were written), then the total
    total, texts = [0, 0, 0], 0
    sets = sorted(SETS.glob("findings*"), key=lambda p: (len(p.name), p.name))
    for data in sets:
        counts, n = score(verbose, data), len(list(data.glob("news-*.txt")))
        print(f"{data.name}: {_line(*counts, n)}")
        total, texts = [a + b for a, b in zip(total, counts, strict=True)], texts + n
    print(f"all {len(sets)} sets: {_line(*total, texts)}")


if __name__ == "__main__":
    main()
