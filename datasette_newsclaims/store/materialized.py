"""``newsclaims_claims`` and ``newsclaims_timeline``: tables derived from the
item tables by a join (figures inside quotes; dated events with their
article's title), kept up to date per batch by the writer. They were views
until migration m002; as tables Datasette counts and facets them through
their indexes instead of running the join (and the timeline's sort) on every
visit, which timed out at a million rows.

Owns: their columns (the SELECT that fills them) and refreshing them for a
batch of articles. Must not touch: the item tables (read only).
"""
from __future__ import annotations

from typing import Any

import sqlite_utils

from .tables import ARTICLES, CLAIMS_VIEW, EVENTS, FIGURES, QUOTES, TIMELINE_VIEW

CLAIMS_SELECT = f"""SELECT
    f.id AS figure_id,
    f.article_table,
    f.article_id,
    a.title,
    a.published,
    f.speaker,
    f.text AS figure,
    f.value,
    f.kind,
    f.unit,
    f.qualifier,
    q.id AS quote_id,
    q.text AS quote,
    q.cue
FROM [{FIGURES}] f
JOIN [{QUOTES}] q ON q.id = f.quote_id
LEFT JOIN [{ARTICLES}] a ON a.article_table = f.article_table AND a.article_id = f.article_id
WHERE {{where}}"""
# "+e.date_start" keeps the planner on the (article_table, article_id) index: by the
# (article_table, date_start) index, a batch's refresh read every dated event of the table.
TIMELINE_SELECT = f"""SELECT
    e.id AS event_id,
    e.date_start,
    e.date_end,
    e.granularity,
    e.year,
    e.month,
    e.text,
    e.event,
    e.speaker,
    e.article_table,
    e.article_id,
    a.title,
    a.published
FROM [{EVENTS}] e
LEFT JOIN [{ARTICLES}] a ON a.article_table = e.article_table AND a.article_id = e.article_id
WHERE +e.date_start IS NOT NULL AND {{where}}"""
CLAIMS_DDL = f"""CREATE TABLE [{CLAIMS_VIEW}] (
    figure_id INTEGER PRIMARY KEY,
    article_table TEXT NOT NULL,
    article_id NOT NULL,
    title TEXT,
    published TEXT,
    speaker TEXT,
    figure TEXT,
    value NUMERIC,
    kind TEXT,
    unit TEXT,
    qualifier TEXT,
    quote_id INTEGER REFERENCES [{QUOTES}](id),
    quote TEXT,
    cue TEXT
)"""
TIMELINE_DDL = f"""CREATE TABLE [{TIMELINE_VIEW}] (
    event_id INTEGER PRIMARY KEY,
    date_start TEXT,
    date_end TEXT,
    granularity TEXT,
    year INTEGER,
    month INTEGER,
    text TEXT,
    event TEXT,
    speaker TEXT,
    article_table TEXT NOT NULL,
    article_id NOT NULL,
    title TEXT,
    published TEXT
)"""
#: the indexes of each table: its article key, its facets, the timeline's date order
INDEXES = {
    CLAIMS_VIEW: [["article_table", "article_id"], ["speaker"], ["kind"], ["unit"]],
    TIMELINE_VIEW: [["article_table", "article_id"], ["date_start", "date_end"], ["granularity"], ["year"], ["speaker"]],
}
_SELECTS = {CLAIMS_VIEW: (CLAIMS_SELECT, "f"), TIMELINE_VIEW: (TIMELINE_SELECT, "e")}


def refresh(db: sqlite_utils.Database, article_table: str, ids: list[Any] | None = None) -> None:
    """Insert the rows of these articles (all of ``article_table`` when None),
    whose old rows are already gone (see :func:`.writer.delete_articles`)."""
    for table, (select, alias) in _SELECTS.items():
        if ids is None:
            db.execute(f"INSERT INTO [{table}] {select.format(where=f'{alias}.article_table = ?')}", [article_table])
            continue
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            marks = ", ".join("?" for _ in chunk)
            where = f"{alias}.article_table = ? AND {alias}.article_id IN ({marks})"
            db.execute(f"INSERT INTO [{table}] {select.format(where=where)}", [article_table, *chunk])


def create(db: sqlite_utils.Database) -> None:
    """Replace the two views by tables, filled from what is stored (migration m002)."""
    for table, ddl in ((CLAIMS_VIEW, CLAIMS_DDL), (TIMELINE_VIEW, TIMELINE_DDL)):
        db.execute(f"DROP VIEW IF EXISTS [{table}]")
        db.execute(ddl)
        select = _SELECTS[table][0].format(where="1")
        db.execute(f"INSERT INTO [{table}] {select}")
        for columns in INDEXES[table]:
            db[table].create_index(columns, if_not_exists=True)


def rebuild(db: sqlite_utils.Database, article_table: str | None = None) -> None:
    """Fill both tables again from the item tables, for one article table or
    all: for rows written by other means than the writer (tests, hand edits)."""
    tables = [article_table] if article_table else [
        row[0] for row in db.execute(f"SELECT DISTINCT article_table FROM [{EVENTS}] UNION SELECT DISTINCT article_table FROM [{FIGURES}]")
    ]
    for table in tables:
        for derived in (CLAIMS_VIEW, TIMELINE_VIEW):
            db.execute(f"DELETE FROM [{derived}] WHERE article_table = ?", [table])
        refresh(db, table)
