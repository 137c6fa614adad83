"""Rebuild ``datasette_newsclaims/data/demo-articles.jsonl`` from the shared corpora.

The demo corpus is the project's seed article plus the MEANTIME Wikinews
articles (CC BY 2.5), the only openly licensed part of the news corpus.

    python scripts/bundle_demo_corpus.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "datasette_newsclaims" / "data" / "demo-articles.jsonl"
WIKINEWS_LICENSE = "CC BY 2.5 (Wikinews)"


def wikinews_url(title: str) -> str:
    return "https://en.wikinews.org/wiki/" + quote(title.replace(" ", "_"), safe="_,'()-.:!")


def seed_row(article: dict) -> dict:
    # "seed article (The Hill, 2017-08-16)" -> "The Hill"
    m = re.search(r"\(([^,()]+),", article.get("source", ""))
    outlet = m.group(1).strip() if m else "unknown"
    return {
        "id": article["id"],
        "title": article["title"],
        "body": article["text"],
        "published": article["published"],
        "outlet": outlet,
        "url": None,
        "license": f"© {outlet}; the project's seed example article",
    }


def wikinews_row(article: dict) -> dict:
    return {
        "id": article["id"],
        "title": article["title"],
        "body": article["text"],
        "published": article["published"],
        "outlet": "Wikinews",
        "url": wikinews_url(article["title"]),
        "license": WIKINEWS_LICENSE,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    rows = []
    with open(args.shared / "eval" / "dev" / "seed.jsonl", encoding="utf8") as fp:
        rows.extend(seed_row(json.loads(line)) for line in fp if line.strip())
    with open(args.shared / "data" / "news" / "articles.jsonl", encoding="utf8") as fp:
        for line in fp:
            article = json.loads(line)
            if article["id"].startswith("meantime-"):
                rows.append(wikinews_row(article))
    with open(OUT, "w", encoding="utf8") as fp:
        for row in rows:
            fp.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(rows)} articles to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
