"""Writes to the newsclaims tables: one batch of changed articles per
transaction, removal of articles that are gone, the per-source record.

Owns: every INSERT/DELETE/UPDATE of the item and bookkeeping tables, and the
assignment of row ids. Must not touch: the user's tables, the extractors.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlite_utils

from . import materialized
from .analysis import ArticleOutcome
from .tables import ARTICLES, CLAIMS_VIEW, EVENTS, FIGURES, ITEM_KINDS, ITEM_TABLES, QUOTES, SOURCES, TIMELINE_VIEW


def now() -> str:
    """The current UTC time, as stored in ``extracted_at``."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """A transaction that takes the write lock first (``BEGIN IMMEDIATE``), so
    a lock held by another process is waited for (busy timeout) rather than
    failing halfway; sqlite-utils calls inside it nest as savepoints. Inside
    a caller's transaction (Datasette 1.0's ``execute_write_fn`` opens one)
    it is a savepoint of that transaction."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    else:
        db.execute("COMMIT")


def delete_articles(db: sqlite_utils.Database, article_table: str, ids: list[Any]) -> None:
    """Delete the item rows and the bookkeeping row of these articles."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for table in (CLAIMS_VIEW, TIMELINE_VIEW, EVENTS, FIGURES, QUOTES, ARTICLES):
            db.execute(
                f"DELETE FROM [{table}] WHERE article_table = ? AND article_id IN ({marks})",
                [article_table, *chunk],
            )


def _next_ids(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: (db.execute(f"SELECT max(id) FROM [{t}]").fetchone()[0] or 0) + 1 for t in ITEM_TABLES}


def insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """INSERT ``rows`` (dicts with the same keys, plain SQLite values) in one executemany."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", [[r[c] for c in columns] for r in rows])


ItemKey = tuple[Any, int, int, str]


def stored_ids(db: sqlite_utils.Database, article_table: str, ids: list[Any]) -> dict[str, dict[ItemKey, int]]:
    """The ids of these articles' stored items, by (article, start, end, text), per item table."""
    found: dict[str, dict[ItemKey, int]] = {t: {} for t in ITEM_TABLES}
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        for t in ITEM_TABLES:
            for item_id, *key in db.execute(
                f'SELECT id, article_id, "start", "end", text FROM [{t}] WHERE article_table = ? AND article_id IN ({marks})',
                [article_table, *chunk],
            ).fetchall():
                found[t].setdefault(tuple(key), item_id)
    return found


def renumber(
    outcomes: list[ArticleOutcome], next_ids: dict[str, int], keep: dict[str, dict[ItemKey, int]] | None = None
) -> dict[str, list[dict]]:
    """The item rows of ``outcomes`` with their final ids, in order, and
    ``quote_id`` links to match: an item found in ``keep`` (same article,
    offsets and text as a stored one) keeps its stored id, so links to it
    survive a re-extraction; the others get new ids counted on from ``next_ids``."""
    batch: dict[str, list[dict]] = {t: [] for t in ITEM_TABLES}
    for outcome in outcomes:
        quote_ids: dict[int, int] = {}
        for t in ITEM_TABLES:
            kept = (keep or {}).get(t, {})
            for row in outcome.rows.get(t, []):
                local, final = row["id"], kept.pop((row["article_id"], row["start"], row["end"], row["text"]), None)
                if final is None:
                    final, next_ids[t] = next_ids[t], next_ids[t] + 1
                row["id"] = final
                if t == QUOTES:
                    quote_ids[local] = final
                elif row["quote_id"] is not None:
                    row["quote_id"] = quote_ids[row["quote_id"]]
                batch[t].append(row)
    return batch


def write_batch(
    db: sqlite_utils.Database,
    article_table: str,
    outcomes: list[ArticleOutcome],
    fingerprint: str,
    also: Callable[[list[Any]], Any] | None = None,
    before: Callable[[list[Any]], Any] | None = None,
) -> dict[str, int]:
    """Replace the rows of a batch of analyzed articles, in one transaction
    (unchanged items keep their ids: see :func:`renumber`).

    :param outcomes: from :func:`.analysis.analyze_pending`, none with an error
    :param fingerprint: the extractor fingerprint recorded on each article
    :param also: called with the batch's article ids inside the transaction,
        after the rows are written (the cross-article linking)
    :param before: called with them inside the transaction before their old
        rows are deleted (linking notes what they were linked to)
    :return: the number of rows written per item table
    """
    extracted_at = now()
    ids = [o.article_id for o in outcomes]
    with write_transaction(db):
        next_ids = _next_ids(db)  # counted before the delete: a new item never takes a removed item's id
        keep = stored_ids(db, article_table, ids)
        if before:
            before(ids)
        delete_articles(db, article_table, ids)
        batch = renumber(outcomes, next_ids, keep)
        for t in ITEM_TABLES:
            insert_rows(db, t, batch[t])
        insert_rows(db, ARTICLES, [article_row(article_table, o, fingerprint, extracted_at) for o in outcomes])
        materialized.refresh(db, article_table, ids)
        if also:
            also(ids)
    return {t: len(batch[t]) for t in ITEM_TABLES}


def article_row(article_table: str, outcome: ArticleOutcome, fingerprint: str, extracted_at: str) -> dict:
    counts = {ITEM_KINDS[t]: len(outcome.rows.get(t, [])) for t in ITEM_TABLES}
    return {
        "article_table": article_table, "article_id": outcome.article_id, "hash": outcome.digest,
        **outcome.meta, **counts, "extractor_version": fingerprint, "extracted_at": extracted_at,
    }


def record_source(db: sqlite_utils.Database, source: dict[str, Any]) -> None:
    """Upsert the ``_newsclaims_sources`` row of an article table (the options of this run)."""
    with write_transaction(db):
        db[SOURCES].upsert(source, pk="article_table")


def finish_source(
    db: sqlite_utils.Database,
    article_table: str,
    gone: list[Any],
    articles: int,
    also: Callable[[], None] | None = None,
    before: Callable[[list[Any]], Any] | None = None,
) -> None:
    """Delete the rows of articles no longer in the table (after ``before(gone)``),
    record the article count and run ``also`` (the summaries' refresh), in one transaction."""
    with write_transaction(db):
        if gone:
            if before:
                before(gone)
            delete_articles(db, article_table, gone)
        db[SOURCES].update(article_table, {"articles": articles, "extracted_at": now()})
        if also:
            also()


def analyze_statistics(db: sqlite_utils.Database) -> None:
    """Refresh the query planner's statistics after a run that wrote rows
    (``ANALYZE``, sampled so it stays quick on a large database)."""
    ours = not db.conn.in_transaction
    db.execute("PRAGMA analysis_limit = 1000")
    db.execute("ANALYZE")
    if ours and db.conn.in_transaction:
        db.conn.commit()
