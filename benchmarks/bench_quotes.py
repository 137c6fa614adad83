"""Quick timing of ``extract_quotes`` alone: docs/s and chars/s, median of several runs.

    python benchmarks/bench_quotes.py                 # PolNeAR test + news articles
    python benchmarks/bench_quotes.py --runs 3 FILE   # any JSONL with a "text" field

The machine is shared: read the median, and compare runs made back to back.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette_newsclaims.quotes import extract_quotes  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
DEFAULT_FILES = [SHARED / "polnear" / "polnear-test.jsonl", SHARED / "news" / "articles.jsonl"]


def load_texts(path: Path) -> list[str]:
    with open(path, encoding="utf8") as fp:
        return [json.loads(line)["text"] for line in fp if line.strip()]


def time_corpus(texts: list[str], runs: int) -> tuple[float, float, float, int]:
    """Median wall and CPU seconds, best CPU seconds of ``runs`` passes over ``texts`` (after one
    warm-up), and the quote count.

    CPU time (``time.process_time``) is what one core spends; on a shared, loaded machine
    the wall time is longer by however long the process waited for a core.
    """
    found = sum(len(extract_quotes(t)) for t in texts)
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            extract_quotes(t)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu), min(cpu), found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    for path in args.files:
        texts = load_texts(path)
        chars = sum(len(t) for t in texts)
        wall, cpu, best, found = time_corpus(texts, args.runs)
        print(f"{path.name}: {len(texts)} docs, {chars:,} chars, {found} quotes")
        for label, secs in (("cpu median", cpu), ("cpu best  ", best), ("wall median", wall)):
            print(f"  {label} {secs:.3f} s = {len(texts) / secs:,.0f} docs/s, {chars / secs / 1e6:.2f}M chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
