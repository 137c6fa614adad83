"""Writes to the newsclaims tables: one batch of changed articles per
transaction, removal of articles that are gone, the per-source record.

Owns: every INSERT/DELETE/UPDATE of the item and bookkeeping tables, and the
assignment of row ids. Must not touch: the user's tables, the extractors.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from .rows import rows_for_article
from .tables import ARTICLES, EVENTS, FIGURES, ITEM_TABLES, QUOTES, SOURCES


def now() -> str:
    """The current UTC time, as stored in ``extracted_at``."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def delete_articles(db: sqlite_utils.Database, article_table: str, ids: list[Any]) -> None:
    """Delete the item rows and the bookkeeping row of these articles."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for table in (EVENTS, FIGURES, QUOTES, ARTICLES):
            db.execute(
                f"DELETE FROM [{table}] WHERE article_table = ? AND article_id IN ({marks})",
                [article_table, *chunk],
            )


def _next_ids(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: (db.execute(f"SELECT max(id) FROM [{t}]").fetchone()[0] or 0) + 1 for t in ITEM_TABLES}


def write_batch(
    db: sqlite_utils.Database,
    article_table: str,
    results: list[tuple[Any, dict, int]],
    article_rows: list[dict],
) -> dict[str, int]:
    """Replace the rows of a batch of changed articles, in one transaction.

    :param results: ``(article_id, analyze result, offset shift)`` per article
    :param article_rows: their ``_newsclaims_articles`` rows
    :return: the number of rows written per item table
    """
    with db.atomic():
        delete_articles(db, article_table, [article_id for article_id, _, _ in results])
        next_ids = _next_ids(db)
        batch: dict[str, list[dict]] = {QUOTES: [], EVENTS: [], FIGURES: []}
        for article_id, result, shift in results:
            for t, rows in rows_for_article(result, article_table, article_id, next_ids, shift).items():
                batch[t].extend(rows)
        for t in ITEM_TABLES:
            if batch[t]:
                db[t].insert_all(batch[t], batch_size=1000)
        db[ARTICLES].insert_all(article_rows, batch_size=1000)
    return {t: len(batch[t]) for t in ITEM_TABLES}


def record_source(db: sqlite_utils.Database, source: dict[str, Any]) -> None:
    """Upsert the ``_newsclaims_sources`` row of an article table (the options of this run)."""
    with db.atomic():
        db[SOURCES].upsert(source, pk="article_table")


def finish_source(db: sqlite_utils.Database, article_table: str, gone: list[Any], articles: int) -> None:
    """Delete the rows of articles no longer in the table; record the article count."""
    with db.atomic():
        if gone:
            delete_articles(db, article_table, gone)
        db[SOURCES].update(article_table, {"articles": articles, "extracted_at": now()})
