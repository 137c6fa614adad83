"""Benchmark cross-article linking (issue 10) on one core.

Synthesizes a corpus by repeating real articles' analyze() output
(``../shared/data/news/articles.jsonl``) with edits, as reprints do: a quote
trimmed or with a changed word, a speaker's name in another form, a figure
off by one, the copy published some weeks later. Extraction is done once per
real article and is not timed: this measures the linker only.

1. Link ``--quotes`` quotes (100,000) and at least ``--figures`` figures
   (300,000) from scratch, in batches of ``--batch`` articles: total seconds,
   and seconds per 10,000 quotes at the start and at the end of the run (linear
   growth keeps the two close). Wall and CPU seconds both: the machine is
   shared, and CPU time is what one core spends.
2. Add 1,000 more articles to the linked corpus: seconds.

    python benchmarks/bench_linking.py             # the issue's sizes
    python benchmarks/bench_linking.py --quick     # a tenth of them
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datasette_newsclaims import analyze  # noqa: E402
from datasette_newsclaims.corpus import Linker  # noqa: E402

DEFAULT_ARTICLES = ROOT.parent / "shared" / "data" / "news" / "articles.jsonl"
TARGET_SECONDS = 60.0
TARGET_ADD_SECONDS = 5.0


def real_articles(path: Path, limit: int) -> list[tuple[dict, dict]]:
    """(article, analyze() output) for the first ``limit`` articles with a quote or a figure."""
    out = []
    with open(path, encoding="utf8") as fp:
        for line in fp:
            if not line.strip():
                continue
            article = json.loads(line)
            analysis = analyze(article.get("text"), article.get("published"))
            if analysis["quotes"] or analysis["figures"]:
                out.append((article, analysis))
            if len(out) >= limit:
                break
    return out


def _edit_quote(quote: dict, rng: random.Random) -> dict:
    quote = dict(quote)
    words = quote["text"].split()
    roll = rng.random()
    if roll < 0.2 and len(words) > 6:
        words = words[: -rng.randint(1, 2)]  # trimmed end
    elif roll < 0.35 and len(words) > 6:
        words[-1] = "again"  # changed last word
    elif roll < 0.45 and len(words) > 8:
        words = words[rng.randint(1, 3) :]  # trimmed start
    quote["text"] = " ".join(words)
    if quote.get("speaker") and rng.random() < 0.2:
        quote["speaker"] = quote["speaker"].split()[-1]  # a bare surname
    return quote


def _edit_figure(figure: dict, rng: random.Random) -> dict:
    figure = dict(figure)
    if figure.get("value") is not None and rng.random() < 0.1:
        figure["value"] = figure["value"] + 1  # a report off by one
    return figure


def synthesize(real: list[tuple[dict, dict]], copy: int, rng: random.Random) -> list[tuple[dict, dict]]:
    """One reprint of every real article: edited items, an outlet of its own, published ``copy`` months later."""
    out = []
    for article, analysis in real:
        try:
            published = dt.date.fromisoformat(str(article.get("published"))[:10]) + dt.timedelta(days=30 * copy)
        except ValueError:
            published = None
        figures = [_edit_figure(f, rng) for f in analysis["figures"]]
        copy_article = {
            "id": f"{article['id']}#{copy}", "text": article.get("text"), "title": article.get("title"),
            "source": f"outlet-{copy % 7}.example", "published": published.isoformat() if published else None,
        }
        out.append((copy_article, {"quotes": [_edit_quote(q, rng) for q in analysis["quotes"]],
                                   "figures": figures, "events": []}))
    return out


def run(quotes_target: int, figures_target: int, batch: int, real_limit: int) -> dict:
    rng = random.Random(10)
    real = real_articles(DEFAULT_ARTICLES, real_limit)
    per_copy_quotes = sum(len(a["quotes"]) for _, a in real)
    per_copy_figures = sum(len(a["figures"]) for _, a in real)
    copies = max(-(-quotes_target // per_copy_quotes), -(-figures_target // per_copy_figures))
    corpus = [pair for copy in range(copies) for pair in synthesize(real, copy, rng)]
    extra = synthesize(real, copies, rng)
    extra = (extra * (1000 // len(extra) + 1))[:1000]
    extra = [({**a, "id": f"{a['id']}+{i}"}, an) for i, (a, an) in enumerate(extra)]

    linker = Linker()
    marks = [(0, 0.0)]  # (quotes linked, CPU seconds so far)
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(0, len(corpus), batch):
        linker.add_analyzed(corpus[i : i + batch])
        marks.append((len(linker.quotes), time.process_time() - cpu_start))
    total, cpu = time.perf_counter() - start, time.process_time() - cpu_start

    def per_10k(lo: int, hi: int) -> float:
        a = min(marks, key=lambda m: abs(m[0] - lo))
        b = min(marks, key=lambda m: abs(m[0] - hi))
        return (b[1] - a[1]) / max(1, b[0] - a[0]) * 10_000

    n = len(linker.quotes)
    t0, c0 = time.perf_counter(), time.process_time()
    linker.add_analyzed(extra)
    add_seconds, add_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "real_articles": len(real), "copies": copies, "articles": len(linker.articles),
        "quotes": n, "figures": len(linker.figures), "seconds": round(total, 2), "cpu_seconds": round(cpu, 2),
        "cpu_s_per_10k_quotes_start": round(per_10k(0, n * 0.2), 3),
        "cpu_s_per_10k_quotes_end": round(per_10k(n * 0.8, n), 3),
        "add_1000_articles_seconds": round(add_seconds, 2), "add_1000_articles_cpu_seconds": round(add_cpu, 2),
        "quote_groups": len(linker.quote_groups.sets.roots()),
        "stories": len(linker.stories.sets.roots()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--figures", type=int, default=300_000)
    ap.add_argument("--batch", type=int, default=1000, help="articles per add_analyzed() call")
    ap.add_argument("--real", type=int, default=400, help="real articles to repeat")
    ap.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    args = ap.parse_args(argv)
    scale = 10 if args.quick else 1
    report = run(args.quotes // scale, args.figures // scale, args.batch, args.real)
    print(json.dumps(report, indent=2))
    ok = report["cpu_seconds"] < TARGET_SECONDS / scale and report["add_1000_articles_cpu_seconds"] < TARGET_ADD_SECONDS
    print("targets:", "met" if ok else "NOT met", f"(CPU < {TARGET_SECONDS / scale:.0f} s, add 1,000 < {TARGET_ADD_SECONDS} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
