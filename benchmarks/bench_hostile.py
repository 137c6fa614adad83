"""Hostile input shapes timed through ``analyze()``: every extractor must stay linear.

Each shape is one short unit repeated to 5,000 and to 50,000 characters; the
CPU time of ``analyze`` (median of ``--runs`` runs) is printed for both, with
their ratio (linear time gives about 10x; the target is at most about 12x) and
the worst time at 50k (the target: well under a second). The columns after the
ratio split the 50k time between the extractors, to say whom a slow shape
belongs to.

    python benchmarks/bench_hostile.py            # every shape
    python benchmarks/bench_hostile.py --runs 5 --only quotes
    python benchmarks/bench_hostile.py --shape 'said'   # shapes whose name holds 'said'

The machine is shared: CPU time (``time.process_time``) is what one core spends,
so the ratios hold on a loaded machine; single runs are noisy (a 5k shape takes a few ms), read
medians of 5 or more runs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette_newsclaims import analyze  # noqa: E402
from datasette_newsclaims.dates import extract_events  # noqa: E402
from datasette_newsclaims.figures import extract_figures  # noqa: E402
from datasette_newsclaims.quotes import extract_quotes  # noqa: E402

PUBLISHED = dt.date(2016, 5, 1)
SIZES = (5_000, 50_000)
RATIO_TARGET = 12.0
WORST_TARGET_S = 1.0

# (family, name, repeated unit): the family says which extractor the shape aims at.
SHAPES: list[tuple[str, str, str]] = [
    ("quotes", "open-Q", '"Q'),
    ("quotes", "open-E-acute", '"É'),
    ("quotes", "a-mark-B", 'a"B'),
    ("quotes", "x-comma-said", '"x," said '),
    ("quotes", "he-said-quote", 'He said "x y z." '),
    ("quotes", "name-said-quote", 'John Smith said "a b c." '),
    ("quotes", "quote-he-said", '"We will win the race," he said. '),
    ("quotes", "said-name-comma", '"A b c," said Mr. Jones, a lawyer. '),
    ("quotes", "curly-pairs", "“x” "),
    ("quotes", "open-paragraphs", "“Words and more words.\n\n"),
    ("quotes", "nested-marks", "\"‘“«"),
    ("quotes", "single-marks", "'a "),
    ("quotes", "tex-marks", "``a'' "),
    ("quotes", "cue-words", "said "),
    ("quotes", "according-to", "according to "),
    ("quotes", "colon-quote", 'Smith: "a b c" '),
    ("quotes", "pronouns", "he said she "),
    ("quotes", "titles-names", "Mr. Smith "),
    ("quotes", "capitalised-run", "Abc "),
    ("quotes", "unpunctuated-words", "word "),
    ("quotes", "the-company-said", 'The company said "a b c." '),
    ("quotes", "told-medium", 'Smith told CNN: "a b c." '),
    ("quotes", "apostrophe-s", "Smith's "),
    ("quotes", "html-tags", '<a href="x">y</a> '),
    ("quotes", "no-paragraph-breaks", '"A b c d e f g h i j k l m n o p." '),
    ("dates", "Q1", "Q1 "),
    ("dates", "digits", "1234567890"),
    ("dates", "digit-space", "1 "),
    ("dates", "month-names", "January "),
    ("dates", "may-day", "May 5 "),
    ("dates", "years", "2016 "),
    ("dates", "weekdays", "Monday "),
    ("dates", "next-decade", "the next decade "),
    ("dates", "from-through", "from June through "),
    ("dates", "year-decimal", "in 1998 to 12.5 "),
    ("dates", "iso-dates", "2016-05-01 "),
    ("dates", "slash-dates", "5/1/2016 "),
    ("dates", "clock-times", "1800 GMT "),
    ("figures", "percent", "5% "),
    ("figures", "dollars", "$5 "),
    ("figures", "thousands", "1,000,"),
    ("figures", "number-words", "one two three "),
    ("figures", "hyphen-compounds", "a 12-member "),
    ("figures", "durations", "three days "),
    ("figures", "model-numbers", "the 787 "),
    ("figures", "decimals", "1.5."),
    ("figures", "fractions", "1/2 "),
    ("mixed", "punctuation", ". "),
    ("mixed", "dashes", "— "),
    ("mixed", "newlines", "\n"),
]

EXTRACTORS: dict[str, Callable[[str], object]] = {
    "quotes": extract_quotes,
    "events": lambda text: extract_events(text, PUBLISHED),
    "figures": lambda text: extract_figures(text),
}


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def cpu_seconds(function: Callable[[str], object], text: str, runs: int) -> float:
    """Median CPU seconds of ``runs`` calls of ``function(text)``."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        function(text)
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median); default 5")
    parser.add_argument("--only", choices=["quotes", "dates", "figures", "mixed"], help="one family of shapes")
    parser.add_argument("--shape", help="only shapes whose name holds this")
    args = parser.parse_args()
    shapes = [s for s in SHAPES if (not args.only or s[0] == args.only) and (not args.shape or args.shape in s[1])]
    print(f"{'family':8} {'shape':22} {'5k ms':>8} {'50k ms':>8} {'ratio':>6}   50k split: quotes / events / figures ms")
    worst, worst_ratio, failures = 0.0, 0.0, []
    for family, name, unit in shapes:
        small, large = (repeated(unit, n) for n in SIZES)
        t_small = cpu_seconds(lambda t: analyze(t, PUBLISHED), small, args.runs)
        t_large = cpu_seconds(lambda t: analyze(t, PUBLISHED), large, args.runs)
        ratio = t_large / max(t_small, 1e-3)  # below a millisecond the ratio is noise
        split = [cpu_seconds(f, large, 1) * 1000 for f in EXTRACTORS.values()]
        flag = ""
        if (ratio > RATIO_TARGET and t_large > 0.02) or t_large > WORST_TARGET_S / 2:
            flag = "  <-- over target"
            failures.append(name)
        print(f"{family:8} {name:22} {t_small * 1000:8.1f} {t_large * 1000:8.1f} {ratio:6.1f}   "
              f"{split[0]:7.1f} / {split[1]:7.1f} / {split[2]:7.1f}{flag}", flush=True)
        worst = max(worst, t_large)
        if t_large > 0.02:
            worst_ratio = max(worst_ratio, ratio)
    print(f"\nworst at 50k: {worst * 1000:.0f} ms (target well under {WORST_TARGET_S * 1000:.0f} ms); "
          f"worst ratio over shapes above 20 ms: {worst_ratio:.1f}x (target <= {RATIO_TARGET:.0f}x)")
    print("over target: " + (", ".join(failures) if failures else "none"))


if __name__ == "__main__":
    main()
