"""The schema of the tables newsclaims writes, as ``sqlite_utils.Migrations``.

Owns: the DDL of the item tables, the bookkeeping tables, their indexes, the
full-text index on quotes and the two views; :func:`ensure_schema`. Must not
touch: rows (no data is written here) or the user's own tables.

Everything is plain SQLite: no view, trigger or generated column calls a
plugin function, so the database works where the plugin is not installed
(the ``sqlite3`` shell, a published Datasette without the plugin).

Tables
  ``newsclaims_quotes``, ``newsclaims_events``, ``newsclaims_figures``: one row
  per item, keyed by ``(article_table, article_id)`` where ``article_id`` is the
  article's primary key (or rowid), with character offsets ``start``/``end``
  into the article text (into the unwrapped body for ``--email`` articles
  whose body is not a plain substring of the cell; that body is then kept in
  ``_newsclaims_articles.body``).

Bookkeeping
  ``_newsclaims_articles``: one row per article seen, with a content hash so a
  re-run skips unchanged articles; ``_newsclaims_sources``: one row per
  article table with the columns it was extracted from.

Derived tables (views until m002, see :mod:`.materialized`)
  ``newsclaims_claims`` (figures inside quotes, with speaker and quote) and
  ``newsclaims_timeline`` (dated events, with the article title; indexed in date order).

To change the schema, add a new ``@migrations()`` function below the last one
(never edit an applied one): existing databases are upgraded on the next run.
"""
from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

from . import materialized
from .tables import ARTICLES, CLAIMS_VIEW, EVENTS, FIGURES, QUOTES, SOURCES, TIMELINE_VIEW
from .writer import write_transaction

_COMMON_DDL = """
    id INTEGER PRIMARY KEY,
    article_table TEXT NOT NULL,
    article_id NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,"""
_TAIL_DDL = """
    details TEXT,
    extractor_version TEXT"""

# article_id has no declared type on purpose: it keeps the article's key as
# it is (integer or text), so joins back to the article table compare equal.
_QUOTES_DDL = f"""CREATE TABLE [{QUOTES}] ({_COMMON_DDL}
    speaker TEXT,
    speaker_mention TEXT,
    speaker_title TEXT,
    cue TEXT,
    paragraph INTEGER,
    partial INTEGER,{_TAIL_DDL}
)"""
_EVENTS_DDL = f"""CREATE TABLE [{EVENTS}] ({_COMMON_DDL}
    date_start TEXT,
    date_end TEXT,
    granularity TEXT,
    year INTEGER,
    month INTEGER,
    event TEXT,
    resolved_from TEXT,
    speaker TEXT,
    quote_id INTEGER REFERENCES [{QUOTES}](id),{_TAIL_DDL}
)"""
_FIGURES_DDL = f"""CREATE TABLE [{FIGURES}] ({_COMMON_DDL}
    value NUMERIC,
    kind TEXT,
    unit TEXT,
    qualifier TEXT,
    speaker TEXT,
    quote_id INTEGER REFERENCES [{QUOTES}](id),{_TAIL_DDL}
)"""
_ARTICLES_DDL = f"""CREATE TABLE [{ARTICLES}] (
    article_table TEXT NOT NULL,
    article_id NOT NULL,
    hash TEXT NOT NULL,
    title TEXT,
    published TEXT,
    source TEXT,
    body TEXT,
    quotes INTEGER,
    events INTEGER,
    figures INTEGER,
    extractor_version TEXT,
    extracted_at TEXT,
    PRIMARY KEY (article_table, article_id)
)"""
_SOURCES_DDL = f"""CREATE TABLE [{SOURCES}] (
    article_table TEXT PRIMARY KEY,
    pk_column TEXT,
    text_column TEXT,
    published_column TEXT,
    title_column TEXT,
    email INTEGER,
    articles INTEGER,
    extractor_version TEXT,
    extracted_at TEXT
)"""
#: Single-column indexes of each item table (each also gets (article_table, article_id)).
_INITIAL_INDEXES = {
    QUOTES: ["speaker", "cue", "partial"],
    EVENTS: ["date_start", "granularity", "year", "month", "speaker", "quote_id"],
    FIGURES: ["kind", "unit", "speaker", "quote_id", "value"],
}
# The views of m001, replaced by tables in m002 (their SELECT lives in .materialized).
_CLAIMS_VIEW_DDL = f"CREATE VIEW [{CLAIMS_VIEW}] AS\n{materialized.CLAIMS_SELECT.format(where='1')}"
_TIMELINE_VIEW_DDL = (
    f"CREATE VIEW [{TIMELINE_VIEW}] AS\n{materialized.TIMELINE_SELECT.format(where='1')}\n"
    'ORDER BY e.date_start, e.date_end, a.published, e.article_table, e.article_id, e."start"'
)

migrations = Migrations("datasette-newsclaims")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Item tables, bookkeeping tables, indexes, full-text search and views."""
    for ddl in (_QUOTES_DDL, _EVENTS_DDL, _FIGURES_DDL, _ARTICLES_DDL, _SOURCES_DDL):
        db.execute(ddl)
    for table, columns in _INITIAL_INDEXES.items():
        db[table].create_index(["article_table", "article_id"], if_not_exists=True)
        for column in columns:
            db[table].create_index([column], if_not_exists=True)
    db[QUOTES].enable_fts(["text", "speaker"], create_triggers=True)
    db.execute(_CLAIMS_VIEW_DDL)
    db.execute(_TIMELINE_VIEW_DDL)


@migrations()
def m002_materialize_views(db: sqlite_utils.Database) -> None:
    """newsclaims_claims and newsclaims_timeline become tables (see :mod:`.materialized`)."""
    materialized.create(db)


@migrations()
def m003_sentences(db: sqlite_utils.Database) -> None:
    """A ``sentence`` column on events and figures, so a row reads on its own.
    Stored hashes are cleared: the next run extracts every article again to
    fill it (unchanged items keep their ids)."""
    for table in (EVENTS, FIGURES):
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN sentence TEXT")
    db.execute(f"UPDATE [{ARTICLES}] SET hash = ''")


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create or upgrade the newsclaims tables (a no-op, writing nothing, when up to date).

    The migrations run inside one ``BEGIN IMMEDIATE`` transaction: sqlite-utils
    reads the schema before it writes, and a read transaction that then needs
    the write lock fails at once ("database is locked") when another process
    holds it, where taking the lock first waits for the busy timeout.
    """
    if not migrations.pending(db):
        return
    with write_transaction(db):
        migrations.apply(db)
