"""Benchmark datasette-newsclaims on the shared news corpora.

Times, on ``../shared/data/polnear/polnear-test.jsonl`` and
``../shared/data/news/articles.jsonl``:

1. each extractor alone (``extract_quotes``, ``extract_events``,
   ``extract_figures``) and ``analyze`` as a whole: the median of several runs
   over the whole corpus after one warm-up run, as docs/s and chars/s;
2. the ``datasette newsclaims extract`` command over 1,000+ articles in a
   fresh database, run as a child process: articles/s and peak memory
   (the child's maximum resident set size);
3. ``dateparser.search_dates`` (English only, relative to each article's
   publication date) over a sample of the same articles, as a yardstick, with
   ``analyze`` timed on that same sample: the ratio of their chars/s.

The machine is shared and noisy: read ratios and medians, not single runs.

    python benchmarks/bench.py            # full run (several minutes)
    python benchmarks/bench.py --quick    # fewer runs and a smaller sample
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette_newsclaims import analyze, parse_published  # noqa: E402
from datasette_newsclaims.dates import extract_events  # noqa: E402
from datasette_newsclaims.figures import extract_figures  # noqa: E402
from datasette_newsclaims.quotes import extract_quotes  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"


def load(path: Path, limit: int | None = None) -> list[dict]:
    docs = []
    with open(path, encoding="utf8") as fp:
        for line in fp:
            if line.strip():
                docs.append(json.loads(line))
                if limit and len(docs) >= limit:
                    break
    return docs


def median_seconds(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of ``runs`` calls of ``fn``, after one warm-up call.

    On a shared machine the CPU time (this process only) is the steadier of the two.
    """
    fn()
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def rate_line(label: str, seconds: tuple[float, float], docs: int, chars: int) -> str:
    wall, cpu = seconds
    return (
        f"  {label:<16} {wall * 1000:9.1f} ms  {docs / wall:8.1f} docs/s  {chars / wall / 1000:8.1f} k chars/s"
        f"  | CPU {cpu * 1000:9.1f} ms  {chars / cpu / 1000:8.1f} k chars/s"
    )


def bench_extractors(name: str, docs: list[dict], runs: int) -> tuple[float, float]:
    """Print per-extractor and analyze rates on ``docs``; return analyze chars/s (wall, CPU)."""
    texts = [d["text"] for d in docs]
    dates = [parse_published(d.get("published")) for d in docs]
    chars = sum(map(len, texts))
    # figures are timed with the event spans they are given inside analyze()
    excludes = [[(e["start"], e["end"]) for e in extract_events(t, p)] for t, p in zip(texts, dates)]

    cases = {
        "extract_quotes": lambda: [extract_quotes(t) for t in texts],
        "extract_events": lambda: [extract_events(t, p) for t, p in zip(texts, dates)],
        "extract_figures": lambda: [extract_figures(t, exclude=x) for t, x in zip(texts, excludes)],
        "analyze": lambda: [analyze(t, d.get("published")) for t, d in zip(texts, docs)],
    }
    print(f"\n{name}: {len(docs)} docs, {chars:,} chars, median of {runs} runs after a warm-up")
    seconds = {}
    for label, fn in cases.items():
        seconds[label] = median_seconds(fn, runs)
        print(rate_line(label, seconds[label], len(docs), chars))
    return chars / seconds["analyze"][0], chars / seconds["analyze"][1]


def bench_extract_command(docs: list[dict]) -> None:
    """Run ``datasette newsclaims extract`` on a fresh database of ``docs``."""
    import sqlite_utils

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "news.db")
        db = sqlite_utils.Database(path)
        db["articles"].insert_all(
            ({"id": d["id"], "title": d.get("title"), "body": d["text"], "published": d.get("published")} for d in docs),
            pk="id",
        )
        db.close()
        cmd = [
            sys.executable, "-m", "datasette", "newsclaims", "extract", path, "articles",
            "--text", "body", "--published", "published", "--title", "title",
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            print(f"\nextract command failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
            return
        counts = {t: sqlite_utils.Database(path)[t].count for t in ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures")}
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, text=True, check=True)
        rerun = time.perf_counter() - start
    chars = sum(len(d["text"]) for d in docs)
    print(f"\nextract command: {len(docs)} articles, {chars:,} chars (one run, child process, startup included)")
    print(f"  {seconds:.2f} s  {len(docs) / seconds:.1f} articles/s  {chars / seconds / 1000:.1f} k chars/s")
    print(f"  CPU {after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime:.2f} s; peak memory (max RSS of the child) {after.ru_maxrss / 1024:.0f} MiB")
    print("  rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    print(f"  re-run with nothing changed: {rerun:.2f} s")


def bench_search_dates(docs: list[dict], runs: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall, CPU) seconds of dateparser.search_dates and of analyze on the same ``docs``."""
    from dateparser.search import search_dates

    def bases(d):
        p = parse_published(d.get("published"))
        return dt.datetime(p.year, p.month, p.day) if p else None

    pairs = [(d["text"], bases(d)) for d in docs]
    chars = sum(len(t) for t, _ in pairs)

    def run_search_dates():
        for text, base in pairs:
            settings = {"RELATIVE_BASE": base} if base else {}
            search_dates(text, languages=["en"], settings=settings)

    search_seconds = median_seconds(run_search_dates, runs)
    analyze_seconds = median_seconds(lambda: [analyze(d["text"], d.get("published")) for d in docs], max(runs, 3))
    print(f"\ndateparser.search_dates (languages=['en']): sample of {len(docs)} articles, {chars:,} chars, median of {runs} runs")
    print(rate_line("search_dates", search_seconds, len(docs), chars))
    print(rate_line("analyze", analyze_seconds, len(docs), chars))
    return search_seconds, analyze_seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark datasette-newsclaims on the shared corpora.")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="path to the shared/ folder (default: ../shared)")
    parser.add_argument("--quick", action="store_true", help="2 runs, a 300-article slice, a 10-article search_dates sample")
    parser.add_argument("--runs", type=int, help="timed runs per measurement (default 5, or 2 with --quick)")
    parser.add_argument("--sample", type=int, help="articles in the search_dates sample (default 40, or 10 with --quick)")
    parser.add_argument("--extract-articles", type=int, default=1200, help="articles for the extract command (default 1200)")
    parser.add_argument("--skip-extract", action="store_true", help="skip the extract command benchmark")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)
    sample = args.sample or (10 if args.quick else 40)

    polnear = load(args.shared / "data" / "polnear" / "polnear-test.jsonl")
    news = load(args.shared / "data" / "news" / "articles.jsonl")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs (shared; timings are noisy)")

    bench_extractors("polnear-test.jsonl", polnear, runs)
    analyze_rate = bench_extractors("articles.jsonl" + (" (first 300)" if args.quick else ""), news[:300] if args.quick else news, runs)
    if not args.skip_extract:
        bench_extract_command(news[: args.extract_articles])
    # an evenly spread sample of the news articles
    step = max(1, len(news) // sample)
    picked = news[::step][:sample]
    search, analyzed = bench_search_dates(picked, runs)
    search_rate = [sum(len(d["text"]) for d in picked) / t for t in search]
    print(
        f"\nanalyze vs search_dates on the same sample: {search[0] / analyzed[0]:.1f}x faster by wall time, "
        f"{search[1] / analyzed[1]:.1f}x by CPU time (goal: >= 10x)"
    )
    print(
        f"analyze on the whole news corpus vs search_dates on the sample (chars/s): "
        f"{analyze_rate[0] / search_rate[0]:.1f}x wall, {analyze_rate[1] / search_rate[1]:.1f}x CPU"
    )


if __name__ == "__main__":
    main()
