"""Extractor throughput against quantulum3 on the same text in the same run, and its growth.

The text is built from the demo article (the project's own words) repeated; quantulum3 runs per
paragraph, its best mode. Prints ratios only; no absolute time is asserted anywhere.
"""

import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from claims.figures import extract  # noqa: E402

BASE = (ROOT / "claims" / "demo" / "article.txt").read_text("utf-8")


def best_of(fn, repeat=3):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def text_of(size):
    return (BASE + "\n\n") * (size // (len(BASE) + 2) + 1)


def main():
    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    sample = text_of(20_000)
    paragraphs = [p for p in sample.split("\n\n") if p.strip()]
    ours = best_of(lambda: extract(sample))
    theirs = best_of(lambda: [parser.parse(p) for p in paragraphs], repeat=1)
    print(f"text: {len(sample):,} chars, {len(paragraphs)} paragraphs")
    print(f"desk extractor: {len(sample) / ours / 1e6:.2f} M chars/s per run; quantulum3 per paragraph: "
          f"{len(sample) / theirs / 1e3:.1f} K chars/s")
    print(f"throughput ratio desk / quantulum3: {theirs / ours:.1f}x (goal >= 20x)")
    small, large = text_of(200_000)[:200_000], text_of(2_000_000)[:2_000_000]
    t_small = best_of(lambda: extract(small))
    t_large = best_of(lambda: extract(large), repeat=2)
    print(f"growth 200 KB -> 2 MB: {t_large / t_small:.1f}x time for 10x text (goal <= 12x)")


if __name__ == "__main__":
    main()
