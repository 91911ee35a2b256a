"""The consistency check over N figures against sorting the same N items, and its growth from
10,000 to 100,000 figures. Ratios measured in one run."""

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from claims.consistency import Item, check  # noqa: E402


def items(n, seed=7):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        v = float(rng.randrange(10, 100_000, 10))
        out.append(Item(id=i, text=f"more than {v:g}", value=v, unit="count", lower=v, upper=None,
                        lower_inclusive=False, upper_inclusive=False, pragmatic_lower=v,
                        pragmatic_upper=v + 10, qualifier="more than", measure=f"m{i % 200}",
                        sentence=i, article=i // 50))
    return out


def timed(fn):
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    for n in (10_000, 100_000):
        data = items(n)
        t_check = timed(lambda data=data: check(data))
        t_sort = timed(lambda data=data: sorted(data, key=lambda i: (i.measure, i.lower)))
        print(f"N={n:,}: check / sort of the same items = {t_check / t_sort:.1f}x (goal <= 5x)")
        if n == 10_000:
            small = t_check
    print(f"growth 10,000 -> 100,000 figures: {t_check / small:.1f}x (goal <= 12x)")


if __name__ == "__main__":
    main()
