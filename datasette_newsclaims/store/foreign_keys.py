"""Foreign keys from the derived tables' ``article_id`` to the table of
articles, so Datasette labels and links each row's article by itself.

A foreign key names one table, and the derived tables can hold the items of
several article tables: the key is declared while the database has a single
article table with a primary key, and taken away when a second one is
extracted. ``quote_id`` already references ``newsclaims_quotes`` (m001).

Adding or removing a foreign key changes no stored row, so it is done as the
SQLite documentation allows for such changes, by rewriting the table's
``CREATE TABLE`` in ``sqlite_schema`` (``PRAGMA writable_schema``) inside the
caller's transaction, instead of copying every row into a new table.

Owns: that rewrite. Must not touch: rows, indexes, triggers.
"""
from __future__ import annotations

import re

import sqlite_utils

from .source import quote_identifier
from .tables import CLAIMS_VIEW, ITEM_TABLES, SOURCES, TIMELINE_VIEW

#: the tables with an ``article_id`` column that get the key
KEYED_TABLES = (*ITEM_TABLES, CLAIMS_VIEW, TIMELINE_VIEW)
_ARTICLE_ID = re.compile(r'(\n\s*article_id NOT NULL)(?: REFERENCES "(?:[^"]|"")*"\("(?:[^"]|"")*"\))?')


def article_reference(db: sqlite_utils.Database) -> tuple[str, str] | None:
    """``(table, primary key)`` the derived rows can reference: the single
    article table extracted, when it has a primary key column (not a bare rowid)."""
    sources = db.execute(f"SELECT article_table, pk_column FROM [{SOURCES}]").fetchall()
    if len(sources) != 1:
        return None
    table, key = sources[0]
    if not db[table].exists() or key not in [c.name for c in db[table].columns if c.is_pk]:
        return None
    return table, key


def _with_reference(sql: str, reference: tuple[str, str] | None) -> str:
    target = f" REFERENCES {quote_identifier(reference[0])}({quote_identifier(reference[1])})" if reference else ""
    return _ARTICLE_ID.sub(lambda m: m.group(1) + target, sql, count=1)


def sync_article_keys(db: sqlite_utils.Database) -> bool:
    """Declare (or take away) the foreign key of every derived table's
    ``article_id``, as :func:`article_reference` says; True if a schema changed.
    Call inside a write transaction."""
    reference = article_reference(db)
    changes = []
    for table in KEYED_TABLES:
        row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
        if row and _with_reference(row[0], reference) != row[0]:
            changes.append((table, _with_reference(row[0], reference)))
    if not changes:
        return False
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        for table, sql in changes:
            db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", [sql, table])
        db.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")
    return True
