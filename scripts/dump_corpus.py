"""Dump ``analyze()`` output for every shared corpus to one JSONL file.

A refactor must leave the output byte-identical: dump before, dump after, and
compare (``cmp`` or ``diff``). Each line is ``{"file", "id", "result"}`` with
keys sorted, so two dumps of the same output are the same bytes.

    python scripts/dump_corpus.py /tmp/before.jsonl
    python scripts/dump_corpus.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"

from datasette_newsclaims import analyze  # noqa: E402

CORPORA = [
    "eval/dev/seed.jsonl",
    "eval/dev/news-dev.jsonl",
    "eval/dev/stories-dev.jsonl",
    "data/news/articles.jsonl",
    "data/polnear/polnear-test.jsonl",
    "data/tempeval3/te3-platinum.jsonl",
    "data/tempeval3/tbaq.jsonl",
    "data/newsquant/newsquant.jsonl",
    "data/recognizers-specs/rt_specs_en.jsonl",
]


def documents(path: Path):
    """Yield (id, text, published) for each article of a corpus file (story files hold several)."""
    with path.open(encoding="utf8") as fp:
        for line in fp:
            record = json.loads(line)
            for doc in record.get("articles", [record]):
                yield doc["id"], doc["text"], doc.get("published")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="JSONL file to write")
    parser.add_argument("--shared", default=str(SHARED), help="the shared folder (default: ../shared)")
    args = parser.parse_args()
    shared = Path(args.shared)
    count = 0
    with open(args.out, "w", encoding="utf8") as out:
        for name in CORPORA:
            path = shared / name
            if not path.exists():
                print(f"missing: {path}", file=sys.stderr)
                continue
            for doc_id, text, published in documents(path):
                line = {"file": name, "id": doc_id, "result": analyze(text, published)}
                out.write(json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} documents -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
