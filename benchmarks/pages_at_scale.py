"""Time every newsclaims page and every derived-table page on a large database.

Builds the database through the project's own path: the shared news corpus
(``../shared/data/news/articles.jsonl``) is loaded and extracted with
``extract_table``, then its articles and derived rows are replicated in SQL
with new ids (``<id>~<copy>``) until the largest derived table holds about
``--rows`` rows, and the summary tables are rebuilt with
``refresh_summaries`` and the database analyzed. Then each page is fetched
(one warm-up, then the median of ``--repeat`` timed requests) through
``ds.client`` on an immutable database, or with ``--serve`` through a real
``datasette serve -i`` child process over HTTP.

    python benchmarks/pages_at_scale.py --rows 100000
    python benchmarks/pages_at_scale.py --rows 1000000 --db /tmp/news-1m.db --serve
    python benchmarks/pages_at_scale.py --db /tmp/news-1m.db --reuse   # time an existing build

Targets (issue 11): every plugin page <= 200 ms, every derived-table page
with its configured facets <= 1 s, no time-out anywhere. The example
queries are timed against the 1 s target too.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from datasette_newsclaims.demo import load_metadata, serve_args  # noqa: E402
from datasette_newsclaims.store import ARTICLES, EVENTS, FIGURES, QUOTES, extract_table  # noqa: E402
from datasette_newsclaims.store.summaries import ensure_page_indexes, refresh_summaries  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/data/news/articles.jsonl")
PLUGIN_TARGET_S = 0.2
TABLE_TARGET_S = 1.0


def _columns(db: sqlite_utils.Database, table: str) -> list[str]:
    return [c.name for c in db[table].columns]


def replicate(db: sqlite_utils.Database, copies: int) -> None:
    """Copies 1..copies-1 of every article and derived row, with new ids."""
    q = lambda c: '"' + c + '"'  # noqa: E731
    offsets = {t: db.execute(f"select max(id) from {t}").fetchone()[0] or 0 for t in (QUOTES, EVENTS, FIGURES)}
    article_cols = _columns(db, "articles")
    for copy in range(1, copies):
        suffix = f"~{copy}"
        with db.atomic():
            db.execute(
                f"insert into articles ({', '.join(map(q, article_cols))}) select "
                + ", ".join("id || ?" if c == "id" else q(c) for c in article_cols)
                + " from articles where id not like '%~%'", [suffix])
            cols = _columns(db, ARTICLES)
            db.execute(
                f"insert into {ARTICLES} ({', '.join(map(q, cols))}) select "
                + ", ".join("article_id || ?" if c == "article_id" else q(c) for c in cols)
                + f" from {ARTICLES} where article_id not like '%~%'", [suffix])
            for table in (QUOTES, EVENTS, FIGURES):
                cols = _columns(db, table)
                select = []
                for c in cols:
                    if c == "id":
                        select.append(f"id + {offsets[table] * copy}")
                    elif c == "quote_id":
                        select.append(f"quote_id + {offsets[QUOTES] * copy}")
                    elif c == "article_id":
                        select.append("article_id || ?")
                    else:
                        select.append(q(c))
                db.execute(
                    f"insert into {table} ({', '.join(map(q, cols))}) select {', '.join(select)} "
                    f"from {table} where id <= {offsets[table]}", [suffix])
        print(f"\r  copy {copy + 1}/{copies}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def _rebuild_materialized(db: sqlite_utils.Database) -> None:
    """Fill the claims and timeline tables for the replicated rows (they were
    views before the store's migration m002; then there is nothing to fill)."""
    try:
        from datasette_newsclaims.store import materialized
    except ImportError:
        return
    started = time.perf_counter()
    materialized.rebuild(db, "articles")
    print(f"claims and timeline tables: {time.perf_counter() - started:.1f} s", file=sys.stderr)


def build(path: Path, rows: int) -> None:
    """The large database at ``path``: extract the corpus, replicate, summarize."""
    started = time.perf_counter()
    db = sqlite_utils.Database(path, recreate=True)
    db.execute("pragma journal_mode = wal")
    articles = [json.loads(line) for line in CORPUS.open(encoding="utf8")]
    db["articles"].insert_all(
        ({"id": a["id"], "title": a["title"], "body": a["text"], "published": a["published"], "outlet": a["source"],
          "license": a.get("license")}
         for a in articles), pk="id")
    stats = extract_table(db, "articles", "body", "published", "title")
    print(f"extracted {stats['articles']} articles in {stats['seconds']} s: {stats['quotes']} quotes, "
          f"{stats['events']} events, {stats['figures']} figures", file=sys.stderr)
    largest = max(stats["quotes"], stats["events"], stats["figures"])
    copies = max(1, math.ceil(rows / largest))
    replicate(db, copies)
    for column in ("outlet", "published", "license"):  # as the demo database does, for the configured facets
        db["articles"].create_index([column], if_not_exists=True)
    ensure_page_indexes(db)
    _rebuild_materialized(db)
    summarized = time.perf_counter()
    refresh_summaries(db, "articles")
    print(f"refresh_summaries: {time.perf_counter() - summarized:.1f} s", file=sys.stderr)
    db.execute("analyze")
    db.execute("pragma journal_mode = delete")
    counts = {t: db[t].count for t in ("articles", QUOTES, EVENTS, FIGURES)}
    print(f"built {path} in {time.perf_counter() - started:.0f} s: {counts}", file=sys.stderr)


def _pages(db: sqlite_utils.Database, name: str) -> dict[str, str]:
    """Label -> path of every page to time on the database ``name``."""
    speaker = db.execute("select speaker from _newsclaims_speakers order by quotes desc limit 1").fetchone()[0]
    article = db.execute("select article_id from _newsclaims_articles order by quotes desc limit 1").fetchone()[0]
    outlet = db.execute("select outlet from _newsclaims_outlets order by events desc limit 1").fetchone()[0]
    s = lambda v: urllib.parse.quote(str(v).replace("~", "~7E").replace("/", "~2F"), safe="~")  # noqa: E731
    p = f"/-/newsclaims/{name}"
    enc = urllib.parse.urlencode
    return {
        "overview": p,
        "reader": f"{p}/articles/{s(article)}",
        "speaker": f"{p}/speaker/{s(speaker)}",
        "timeline": f"{p}/timeline",
        "timeline year": f"{p}/timeline?" + enc({"from": "2016", "to": "2016"}),
        "timeline month": f"{p}/timeline?" + enc({"from": "2016-07", "to": "2016-07"}),
        "timeline day": f"{p}/timeline?" + enc({"from": "2016-07-21", "to": "2016-07-21"}),
        "timeline speaker": f"{p}/timeline?" + enc({"speaker": speaker}),
        "timeline outlet": f"{p}/timeline?" + enc({"outlet": outlet}),
        "timeline granularity": f"{p}/timeline?" + enc({"granularity": "day"}),
        "timeline article": f"{p}/timeline?" + enc({"article_table": "articles", "article_id": article}),
        "table articles": f"/{name}/articles",
        "table quotes": f"/{name}/{QUOTES}",
        "table events": f"/{name}/{EVENTS}",
        "table figures": f"/{name}/{FIGURES}",
        "view claims": f"/{name}/newsclaims_claims",
        "view timeline": f"/{name}/newsclaims_timeline",
        "database": f"/{name}",
        "query most quoted": f"/{name}/newsclaims_most_quoted",
        "query article timeline": f"/{name}/newsclaims_article_timeline?" + enc({"article_id": article}),
        "query figures by speaker": f"/{name}/newsclaims_figures_by_speaker?" + enc({"speaker": speaker}),
        "query figures per speaker": f"/{name}/newsclaims_figures_per_speaker",
    }


NEXT_LINK = re.compile(r'<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"')


async def _time_client(path: Path, pages: dict[str, str], repeat: int, time_limit_ms: int) -> list[tuple]:
    from datasette.app import Datasette

    metadata = load_metadata(path.stem)
    ds = Datasette(immutables=[str(path)], metadata=metadata, settings={"sql_time_limit_ms": time_limit_ms})

    async def get(url: str):
        response = await ds.client.get(url)
        return response.status_code, response.text

    return await _time_all(get, pages, repeat)


async def _time_all(get, pages: dict[str, str], repeat: int) -> list[tuple]:
    results = []
    queue = list(pages.items())
    while queue:
        label, url = queue.pop(0)
        status, text = await get(url)  # warm-up
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            status, text = await get(url)
            times.append(time.perf_counter() - t)
        timed_out = "ran past the time limit" in text or "interrupted" in text.lower() or "facets timed out" in text
        results.append((label, url, status, statistics.median(times), timed_out))
        match = NEXT_LINK.search(text)
        if match and not label.endswith("next") and label.split()[0] in ("overview", "speaker", "timeline"):
            import html

            queue.insert(0, (label + " next", html.unescape(match.group(1) or match.group(2))))
    return results


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def _time_serve(path: Path, pages: dict[str, str], repeat: int, time_limit_ms: int) -> list[tuple]:
    port = _free_port()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(load_metadata(path.stem), f)
    datasette = Path(sys.executable).with_name("datasette")
    # the demo's own serve arguments (immutable, with its metadata), at the chosen time limit
    args = [*serve_args(path, f.name, port), "--setting", "sql_time_limit_ms", str(time_limit_ms)]
    child = subprocess.Popen([str(datasette), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2)
                break
            except OSError:
                time.sleep(0.1)

        async def get(url: str):
            try:
                with urllib.request.urlopen(base + url, timeout=60) as response:
                    return response.status, response.read().decode()
            except urllib.error.HTTPError as e:
                return e.code, e.read().decode()

        return await _time_all(get, pages, repeat)
    finally:
        child.terminate()
        child.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the largest derived table")
    parser.add_argument("--db", type=Path, default=None, help="where to build the database")
    parser.add_argument("--reuse", action="store_true", help="time an existing --db without rebuilding it")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--serve", action="store_true", help="through `datasette serve -i` over HTTP")
    parser.add_argument("--time-limit-ms", type=int, default=1000, help="sql_time_limit_ms (Datasette's default)")
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"newsclaims-pages-{args.rows}.db"
    if not args.reuse:
        build(path, args.rows)
    db = sqlite_utils.Database(path)
    pages = _pages(db, path.stem)
    counts = {t: db[t].count for t in (QUOTES, EVENTS, FIGURES)}
    runner = _time_serve if args.serve else _time_client
    results = asyncio.run(runner(path, pages, args.repeat, args.time_limit_ms))
    print(f"\n{path}: {counts} ({'datasette serve -i' if args.serve else 'ds.client'}, median of {args.repeat}, warm)")
    failed = 0
    for label, url, status, seconds, timed_out in results:
        target = PLUGIN_TARGET_S if url.startswith("/-/") else TABLE_TARGET_S
        ok = status == 200 and seconds <= target and not timed_out
        failed += not ok
        flag = "ok " if ok else "MISS"
        print(f"{flag} {seconds * 1000:8.1f} ms  {status}  {'TIMEOUT ' if timed_out else ''}{label:24} {url}")
    print(f"{len(results) - failed}/{len(results)} pages within target")


if __name__ == "__main__":
    main()
