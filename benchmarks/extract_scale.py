"""Benchmark the extract job at archive scale (issue 11's storage targets).

1. Throughput: ``extract --workers 1``, ``--workers 2`` and ``--dask local``
   (2 workers) on fresh copies of the same database, interleaved, several
   rounds; the median articles/s of each, their ratios to one worker, and a
   check that all three wrote the same rows.
2. A re-run with nothing changed over ``--rerun-articles`` articles (20,000 by
   default): its wall time (target: 2 s or less).
3. A re-run with 1% of those articles changed, against extracting only those
   articles into a fresh database (target: at most 2x), linking as it goes and
   with --no-link (then one ``newsclaims link`` run at the end).

The articles are the shared news corpus, repeated with new ids. The machine
is shared and noisy: read medians and ratios.

    python benchmarks/extract_scale.py                  # full run (several minutes)
    python benchmarks/extract_scale.py --quick          # smaller, fewer rounds
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from datasette_newsclaims.store import extract_table  # noqa: E402
from datasette_newsclaims.store.linking import link_table  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
DERIVED = ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures", "_newsclaims_articles")


def articles(shared: Path, count: int) -> list[dict]:
    """``count`` articles: the news corpus, repeated with new ids."""
    base = [json.loads(line) for line in (shared / "data/news/articles.jsonl").open(encoding="utf8") if line.strip()]
    return [
        {"id": f"{i:07d}", "title": a.get("title"), "published": a.get("published"), "body": a["text"]}
        for i, a in zip(range(count), (base[i % len(base)] for i in range(count)))
    ]


def make_db(path: Path, rows: list[dict]) -> Path:
    db = sqlite_utils.Database(path, recreate=True)
    db["articles"].insert_all(rows, pk="id")
    db.close()
    return path


def extract(path: Path, **options) -> dict:
    return extract_table(path, "articles", "body", "published", "title", **options)


def rows_digest(path: Path) -> str:
    """A digest of every derived row (timestamps left out)."""
    db = sqlite_utils.Database(path)
    h = hashlib.sha256()
    for table in DERIVED:
        cursor = db.execute(f"SELECT * FROM [{table}] ORDER BY 1, 2")
        keep = [i for i, d in enumerate(cursor.description) if d[0] != "extracted_at"]
        for row in cursor:
            h.update(repr([row[i] for i in keep]).encode())
    return h.hexdigest()[:16]


def _burn(n: int) -> int:
    return sum(i * i for i in range(n))


def machine_parallelism() -> float:
    """How much faster two processes do pure CPU work than one, right now (2.0 on two idle cores)."""
    from concurrent.futures import ProcessPoolExecutor

    n = 2_000_000
    started = time.perf_counter()
    _burn(n), _burn(n)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        started = time.perf_counter()
        list(pool.map(_burn, [n, n]))
        parallel = time.perf_counter() - started
    return serial / parallel


def _cpu() -> tuple[float, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def throughput(tmp: Path, rows: list[dict], rounds: int) -> None:
    source = make_db(tmp / "source.db", rows)
    modes = {"workers 1": {"workers": 1}, "workers 2": {"workers": 2}, "dask local 2": {"dask": "local", "workers": 2}}
    cluster = _running_cluster(tmp, rows)
    if cluster is not None:  # an existing cluster, as in the README's recipe: started and warmed up before timing
        modes["dask cluster 2"] = {"dask": cluster.scheduler_address}
    rates: dict[str, list[float]] = {mode: [] for mode in modes}
    cpu: dict[str, list[tuple[float, float]]] = {mode: [] for mode in modes}
    digests: dict[str, set[str]] = {mode: set() for mode in modes}
    parallelism = []
    for _ in range(rounds):
        parallelism.append(machine_parallelism())
        for mode, options in modes.items():
            path = tmp / "run.db"
            shutil.copy(source, path)
            own, children = _cpu()
            started = time.perf_counter()
            stats = extract(path, **options)
            rates[mode].append(stats["articles"] / (time.perf_counter() - started))
            own2, children2 = _cpu()
            cpu[mode].append((own2 - own, children2 - children))
            digests[mode].add(rows_digest(path))
    one = statistics.median(rates["workers 1"])
    one_cpu = statistics.median(sum(c) for c in cpu["workers 1"])
    print(f"throughput over {len(rows)} articles, median of {rounds} (wall time, pool/cluster start included);")
    print(f"  the machine ran two CPU-bound processes x{statistics.median(parallelism):.2f} as fast as one "
          f"(2.00 on two idle cores; runs: {', '.join(f'{p:.2f}' for p in parallelism)})")
    for mode, values in rates.items():
        rate = statistics.median(values)
        writer = statistics.median(c[0] for c in cpu[mode])
        total = statistics.median(sum(c) for c in cpu[mode])
        bound = one_cpu / max(writer, total / 2)  # the speed-up two idle cores would allow
        print(f"  {mode:14} {rate:7.1f} articles/s  x{rate / one:.2f}   CPU: writer {writer:.1f}s, all {total:.1f}s "
              f"(two idle cores: x{bound:.2f} at most)   runs: {', '.join(f'{v:.0f}' for v in values)}")
    same = len(set().union(*digests.values())) == 1
    print(f"  same rows in all {len(modes)}: {same} ({', '.join(sorted(set().union(*digests.values())))})")
    if cluster is not None:
        print("  (dask cluster 2: a LocalCluster started before the runs, as an existing cluster is; its workers' "
              "CPU is not counted, so its bound means nothing)")
        cluster.close()


def _running_cluster(tmp: Path, rows: list[dict]):
    """A two-worker LocalCluster, warmed up by a small extraction (None without Dask)."""
    try:
        import distributed
    except ImportError:
        return None
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=40)
    extract(make_db(tmp / "warm.db", rows[:50]), dask=cluster.scheduler_address)
    return cluster


def reruns(tmp: Path, rows: list[dict], rounds: int) -> None:
    path = make_db(tmp / "archive.db", rows)
    started = time.perf_counter()
    extract(path, workers=None)
    print(f"re-runs over {len(rows)} articles (first extraction: {time.perf_counter() - started:.0f}s, all cores)")
    unchanged = []
    for _ in range(rounds):
        started = time.perf_counter()
        stats = extract(path, workers=None)
        unchanged.append(time.perf_counter() - started)
        assert stats["extracted"] == 0, stats
    print(f"  no change:   {statistics.median(unchanged):.2f}s median (target <= 2 s)   runs: "
          + ", ".join(f"{v:.2f}" for v in unchanged))
    for link in (True, False):
        changed_ratio = []
        for round_ in range(rounds):
            db = sqlite_utils.Database(path)
            changed = [dict(r, body=r["body"] + f"\n\nUpdated, round {round_}, {link}.") for r in rows[round_::100]]
            db["articles"].upsert_all(changed, pk="id")
            db.close()
            started = time.perf_counter()
            stats = extract(path, workers=None, link=link)
            rerun = time.perf_counter() - started
            alone = make_db(tmp / "alone.db", changed)
            started = time.perf_counter()
            extract(alone, workers=None, link=link)
            fresh = time.perf_counter() - started
            assert stats["extracted"] == len(changed), stats
            changed_ratio.append((rerun, fresh))
        ratios = [r / f for r, f in changed_ratio]
        how = "linking as it goes" if link else "--no-link"
        print(f"  1% changed ({len(rows[::100])} articles), {how}: re-run / extracting them alone = "
              f"{statistics.median(ratios):.2f} median (target <= 2)   runs: "
              + ", ".join(f"{r:.2f}s/{f:.2f}s" for r, f in changed_ratio))
    started = time.perf_counter()
    linked = link_table(sqlite_utils.Database(path), "articles")
    print(f"  then 'newsclaims link' over the {len(rows)} articles: {time.perf_counter() - started:.2f}s "
          f"({linked['articles']} articles linked)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles and rounds")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--articles", type=int, help="articles for the throughput runs (default 1,200; quick 400)")
    parser.add_argument("--rerun-articles", type=int, help="articles for the re-runs (default 20,000; quick 5,000)")
    parser.add_argument("--rounds", type=int, help="rounds (default 3; quick 2)")
    args = parser.parse_args()
    rounds = args.rounds or (2 if args.quick else 3)
    with tempfile.TemporaryDirectory() as tmp:
        throughput(Path(tmp), articles(args.shared, args.articles or (400 if args.quick else 1200)), rounds)
        reruns(Path(tmp), articles(args.shared, args.rerun_articles or (5000 if args.quick else 20000)), rounds)


if __name__ == "__main__":
    main()
