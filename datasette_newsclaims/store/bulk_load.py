"""``load``: Parquet shards written by ``extract-files`` into a database, in one
transaction, with indexes, full-text search and statistics built once at the end.

Owns: putting shard rows into SQLite (ids given in part order, articles
whose content hash is already stored skipped, changed ones replaced), and
dropping and rebuilding indexes and FTS triggers around a large load. Must
not touch: the analysis, the shards' format (that is :mod:`.shards`).

Idempotent: loading the same directory twice changes nothing the second
time; a load killed midway leaves the database as it was.
"""
from __future__ import annotations

import os
import time
from typing import Any

import sqlite_utils

from . import materialized
from .linking import ensure_linking_schema, finish_linking, link_batch, note_unlinked
from .migrations import ensure_schema
from .run import known_hashes
from .shards import SHARD_TABLES, read_manifest, read_part
from .summaries import ensure_page_indexes, refresh_summaries
from .tables import ARTICLES, ITEM_KINDS, ITEM_TABLES, QUOTES, SOURCES
from .writer import analyze_statistics, delete_articles, insert_rows, now, write_transaction


def _count_rows(db: sqlite_utils.Database, tables: tuple[str, ...]) -> int:
    return sum(db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables)


def _drop_derived_indexes(db: sqlite_utils.Database) -> list[str]:
    """Drop the indexes and FTS triggers of the item tables; return the SQL to create them again."""
    marks = ", ".join("?" for _ in ITEM_TABLES)
    objects = db.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        list(ITEM_TABLES),
    ).fetchall()
    for kind, name, _ in objects:
        db.execute(f'DROP {kind.upper()} "{name}"')
    return [sql for _, _, sql in objects]


def _rebuild(db: sqlite_utils.Database, create: list[str]) -> None:
    """Create the dropped indexes and triggers again and rebuild the quotes' full-text index."""
    if not create:
        return
    for sql in create:
        db.execute(sql)
    fts = db[QUOTES].detect_fts()
    if fts:
        db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('rebuild')")


def _part_rows(out_dir: str, index: int, known: dict[Any, str]) -> tuple[dict[str, list[dict]], list[Any]]:
    """The rows of part ``index`` for the articles whose hash is not stored yet; and those articles' ids."""
    articles = [a for a in read_part(out_dir, ARTICLES, index) if known.get(a["article_id"]) != a["hash"]]
    wanted = {a["article_id"] for a in articles}
    rows = {ARTICLES: articles}
    for table in ITEM_TABLES:
        rows[table] = [r for r in read_part(out_dir, table, index) if r["article_id"] in wanted] if wanted else []
    return rows, [a["article_id"] for a in articles]


def _give_ids(rows: dict[str, list[dict]], next_ids: dict[str, int]) -> None:
    """Replace the part-local ids (and quote_id links) by database ids, in order."""
    quote_ids: dict[int, int] = {}
    for table in ITEM_TABLES:
        for row in rows[table]:
            local, row["id"] = row["id"], next_ids[table]
            next_ids[table] += 1
            if table == QUOTES:
                quote_ids[local] = row["id"]
            elif row["quote_id"] is not None:
                row["quote_id"] = quote_ids[row["quote_id"]]


def load_shards(db: sqlite_utils.Database | str | os.PathLike, out_dir: str | os.PathLike) -> dict[str, Any]:
    """Load the shards of ``out_dir`` into ``db`` (a path is created if missing).

    :return: counts: ``articles`` (in the shards), ``loaded``, ``unchanged``,
        ``quotes``, ``events``, ``figures``, ``seconds``
    """
    started = time.perf_counter()
    out = os.fspath(out_dir)
    manifest = read_manifest(out)
    db = db if isinstance(db, sqlite_utils.Database) else sqlite_utils.Database(db)
    ensure_schema(db)
    table = manifest["table"]
    stats = {"table": table, "articles": manifest["articles"], "loaded": 0, "quotes": 0, "events": 0, "figures": 0}
    with write_transaction(db):
        known = known_hashes(db, table)
        ensure_linking_schema(db)
        bulk = _count_rows(db, ITEM_TABLES) < manifest["articles"]  # a large load: indexes after, not during
        create = _drop_derived_indexes(db) if bulk else []
        next_ids = {t: (db.execute(f"SELECT max(id) FROM [{t}]").fetchone()[0] or 0) + 1 for t in ITEM_TABLES}
        loaded: list[Any] = []
        for index in range(manifest["parts"]):
            rows, ids = _part_rows(out, index, known)
            replaced = [i for i in ids if i in known]
            note_unlinked(db, table, replaced)  # their links are recomputed by finish_linking
            delete_articles(db, table, replaced)
            _give_ids(rows, next_ids)
            for t in SHARD_TABLES:
                insert_rows(db, t, rows[t])
            if not bulk:
                materialized.refresh(db, table, ids)
            stats["loaded"] += len(ids)
            loaded.extend(ids)
            for t in ITEM_TABLES:
                stats[ITEM_KINDS[t]] += len(rows[t])
        _rebuild(db, create)
        if bulk:  # once, with the item tables indexed again
            materialized.rebuild(db, table)
        _record_source(db, manifest)
        link_batch(db, table, loaded)  # links every article not linked yet, in one go
        finish_linking(db, table)  # one relink if a loaded article replaced a linked one
        ensure_page_indexes(db)
        refresh_summaries(db, table)  # rebuilt in full, once
    analyze_statistics(db)
    stats["unchanged"] = stats["articles"] - stats["loaded"]
    stats["seconds"] = round(time.perf_counter() - started, 3)
    return stats


def _record_source(db: sqlite_utils.Database, manifest: dict[str, Any]) -> None:
    table = manifest["table"]
    count = db.execute(f"SELECT count(*) FROM [{ARTICLES}] WHERE article_table = ?", [table]).fetchone()[0]
    db[SOURCES].upsert({
        "article_table": table, "pk_column": manifest["id_column"], "text_column": manifest["text_column"],
        "published_column": manifest["published_column"], "title_column": manifest["title_column"],
        "email": int(manifest["email"]), "articles": count, "extractor_version": manifest["extractor_version"],
        "extracted_at": now(),
    }, pk="article_table")
