"""``datasette newsclaims demo``: build a demo database from the bundled corpus and serve it.

The corpus (``data/demo-articles.jsonl``) is the project's seed article (The
Hill, 2017-08-16) and 118 Wikinews articles (CC BY 2.5) from the MEANTIME
corpus. The database gets an ``articles`` table (id, title, body, published,
outlet, url, license) and the ``newsclaims_*`` tables extracted from it, and
is served with ``data/metadata.yml`` (title, license, attribution, facets).

Owns: the bundled corpus and metadata and how the demo is built and served.
Must not touch: the extraction or the schema (it calls :mod:`.store`).
"""
from __future__ import annotations

import json
import os
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Any

import click
import sqlite_utils
import yaml

from .console import progress_bar, summary
from .store import extract_table

DATA = files("datasette_newsclaims") / "data"
CORPUS = "demo-articles.jsonl"
METADATA = "metadata.yml"
ARTICLE_COLUMNS = {"id": str, "title": str, "body": str, "published": str, "outlet": str, "url": str, "license": str}
#: Room for the SQL-function examples of the README, which analyze every row at query time.
SQL_TIME_LIMIT_MS = 5000


def load_corpus() -> list[dict[str, Any]]:
    """The bundled demo articles, one dict per article with :data:`ARTICLE_COLUMNS`."""
    with DATA.joinpath(CORPUS).open(encoding="utf8") as fp:
        return [json.loads(line) for line in fp if line.strip()]


def seed_article() -> dict[str, Any]:
    """The project's seed article (The Hill, 2017-08-16) as ``{"id", "published", "title", "text", ...}``."""
    article = next(a for a in load_corpus() if a["id"].startswith("seed-"))
    return {"text": article["body"], **{k: v for k, v in article.items() if k != "body"}}


def load_metadata(database_name: str = "demo") -> dict[str, Any]:
    """The bundled metadata, with its per-database section under ``database_name``."""
    metadata = yaml.safe_load(DATA.joinpath(METADATA).read_text(encoding="utf8"))
    databases = metadata.get("databases") or {}
    if database_name != "demo" and "demo" in databases:
        databases[database_name] = databases.pop("demo")
    return metadata


def build_demo(path: str | os.PathLike = "demo.db", *, quiet: bool = False) -> dict[str, Any]:
    """Create or update the demo database at ``path``; return the extract statistics.

    Re-running is cheap: articles are upserted by id and the extraction is
    incremental, so unchanged articles are not analysed again.
    """
    db = sqlite_utils.Database(path)
    articles = db["articles"]
    with db.atomic():
        if not articles.exists():
            articles.create(ARTICLE_COLUMNS, pk="id")
        articles.upsert_all(load_corpus(), pk="id")
        if not articles.detect_fts():
            articles.enable_fts(["title", "body"], create_triggers=True)
        for column in ("outlet", "published", "license"):
            articles.create_index([column], if_not_exists=True)

    with progress_bar(quiet) as progress:
        stats = extract_table(db, "articles", "body", published_column="published", title_column="title", progress=progress)
    db.close()
    if not quiet:
        click.echo(summary(stats), err=True)
    return stats


def serve_args(path: str | os.PathLike, metadata_path: str | os.PathLike, port: int) -> list[str]:
    """The ``datasette serve`` arguments for the demo (immutable, as a published instance)."""
    return [
        "serve",
        "-i", os.fspath(path),
        "--metadata", os.fspath(metadata_path),
        "--port", str(port),
        "--setting", "sql_time_limit_ms", str(SQL_TIME_LIMIT_MS),
    ]


def run_demo(path: str | os.PathLike = "demo.db", port: int = 8001, build_only: bool = False) -> Path:
    """Build the demo database at ``path`` and, unless ``build_only``, serve it on ``port``.

    Serving runs Datasette's own ``datasette serve`` in this process, with the
    bundled metadata, until it is interrupted (Ctrl+C).
    """
    path = Path(path)
    click.echo(f"Building {path} from {len(load_corpus())} bundled articles", err=True)
    build_demo(path)
    if build_only:
        click.echo(f"Built {path}. Serve it with: datasette newsclaims demo --path {path}", err=True)
        return path
    with tempfile.TemporaryDirectory() as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(load_metadata(path.stem)), encoding="utf8")
        click.echo(f"Serving on http://127.0.0.1:{port}/{path.stem} (Ctrl+C to stop)", err=True)
        click.echo(f"Reader, timeline and speakers: http://127.0.0.1:{port}/-/newsclaims/{path.stem}", err=True)
        from datasette.cli import cli as datasette_cli

        datasette_cli.main(args=serve_args(path, metadata_path, port), prog_name="datasette", standalone_mode=False)
    return path
