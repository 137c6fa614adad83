"""The user's table of articles: opening the database, checking the table and
columns named on the command line, and reading the articles in key order.

Owns: :class:`ExtractError` and every message about bad input, the choice of
the column that identifies an article (primary key or rowid), the reading of
cells (lenient UTF-8, NULL/number/binary text). Must not touch: the tables
newsclaims writes (nothing is written here) or the extractors.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlite_utils

from .tables import QUOTES, WRITTEN_TABLES


class ExtractError(ValueError):
    """Bad input for :func:`~datasette_newsclaims.store.extract_table`; raised before anything is written."""


def open_database(db: sqlite_utils.Database | str | os.PathLike, busy_timeout: float = 5.0) -> sqlite_utils.Database:
    """``db`` itself, or the existing SQLite file at that path (never a new
    empty file), waiting up to ``busy_timeout`` seconds for another process's lock."""
    if isinstance(db, sqlite_utils.Database):
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        return db
    path = os.fspath(db)
    if not os.path.isfile(path):
        raise ExtractError(f"Database file not found: {path}")
    return sqlite_utils.Database(sqlite3.connect(path, timeout=busy_timeout))


def database_name(db: sqlite_utils.Database) -> str:
    """The file name of ``db`` (``news.db``), for messages."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return os.path.basename(file)
    return "the database"


def quote_identifier(name: str) -> str:
    """An SQL identifier for any table or column name (``]`` and ``"`` included)."""
    return '"' + name.replace('"', '""') + '"'


def _has_rowid(db: sqlite_utils.Database, table: str) -> bool:
    try:
        db.execute(f"SELECT rowid FROM {quote_identifier(table)} LIMIT 0")
    except sqlite3.OperationalError:
        return False
    return True


def article_key(db: sqlite_utils.Database, table: str) -> str:
    """The column that identifies an article: its single primary key, else rowid
    (or its alias ``_rowid_`` / ``oid`` when a column is itself named rowid)."""
    columns = db[table].columns
    pks = [c.name for c in columns if c.is_pk]
    if len(pks) == 1:
        return pks[0]
    if _has_rowid(db, table):
        names = {c.name.lower() for c in columns}
        alias = next((a for a in ("rowid", "_rowid_", "oid") if a not in names), None)
        if alias is None:
            raise ExtractError(
                f"Table {table!r} has columns named rowid, _rowid_ and oid, which hide its rowid: "
                "give it a single-column primary key"
            )
        return alias
    raise ExtractError(
        f"Table {table!r} has a composite primary key and no rowid (WITHOUT ROWID): "
        "give it a single-column primary key"
    )


def check_table(db: sqlite_utils.Database, table: str) -> None:
    """Raise unless ``table`` is an existing table of the user's (not a view, not ours)."""
    try:
        tables = db.table_names()
        views = db.view_names()
    except sqlite3.DatabaseError as e:
        raise ExtractError(f"Not a readable SQLite database: {e}") from None
    if table in WRITTEN_TABLES or table.startswith(f"{QUOTES}_fts"):
        raise ExtractError(f"{table!r} is one of the tables newsclaims writes; name the table of articles")
    if table not in tables:
        if table in views:
            raise ExtractError(f"{table!r} is a view; extract from a table (its rows need a stable key)")
        listed = ", ".join(t for t in tables if not t.startswith(("_", "newsclaims_", "sqlite_"))) or "none"
        raise ExtractError(f"Table {table!r} not found. Tables: {listed}")


def validate(
    db: sqlite_utils.Database,
    table: str,
    text_column: str,
    published_column: str | None = None,
    title_column: str | None = None,
) -> dict[str, Any]:
    """Check the source before writing; raise :class:`ExtractError` with a clear message.

    :return: ``{"key": column identifying articles, "total": row count}``
    """
    check_table(db, table)
    columns = db[table].columns_dict
    for option, column in (("--text", text_column), ("--published", published_column), ("--title", title_column)):
        if column is not None and column not in columns:
            raise ExtractError(
                f"Column {column!r} ({option}) not found in table {table!r}. Columns: {', '.join(columns)}"
            )
    key = article_key(db, table)
    quoted_table, quoted_text = quote_identifier(table), quote_identifier(text_column)
    total = db.execute(f"SELECT count(*) FROM {quoted_table}").fetchone()[0]
    # one text cell is enough (the query stops there); the whole column is counted only to explain a refusal
    has_text = db.execute(f"SELECT 1 FROM {quoted_table} WHERE typeof({quoted_text}) = 'text' LIMIT 1").fetchone()
    if total and not has_text and not _some_blob_decodes(db, table, text_column):
        types = db.execute(f"SELECT typeof({quoted_text}), count(*) FROM {quoted_table} GROUP BY 1").fetchall()
        found = ", ".join(f"{n} {t}" for t, n in sorted(types))
        raise ExtractError(
            f"Column {text_column!r} of {table!r} holds no text ({found}); --text must name the column "
            "with the article text"
        )
    if key != "rowid":
        nulls = db.execute(f"SELECT count(*) FROM {quoted_table} WHERE {quote_identifier(key)} IS NULL").fetchone()[0]
        if nulls:
            raise ExtractError(
                f"{nulls} rows of {table!r} have a NULL primary key ({key!r}), so their items could not "
                "point back to them; give those rows a key"
            )
    return {"key": key, "total": total}


def _some_blob_decodes(db: sqlite_utils.Database, table: str, column: str, sample: int = 50) -> bool:
    """Whether any of the first ``sample`` binary cells of ``column`` is UTF-8 text."""
    quoted = quote_identifier(column)
    for (value,) in db.execute(
        f"SELECT {quoted} FROM {quote_identifier(table)} WHERE typeof({quoted}) = 'blob' LIMIT {sample}"
    ).fetchall():
        try:
            value.decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


def key_expression(key: str) -> str:
    """The SQL for an article's key column (``rowid`` stays bare)."""
    return "rowid" if key == "rowid" else quote_identifier(key)


def read_batches(
    db: sqlite_utils.Database, table: str, key: str, expressions: list[str], batch_size: int
) -> Iterator[list[tuple]]:
    """Rows ``(key, *expressions)`` in key order, one page at a time (keyset
    pagination: no open cursor while the batch is written)."""
    keycol = key_expression(key)
    select = ", ".join([keycol, *expressions])
    last = None
    while True:
        where = "" if last is None else f"WHERE {keycol} > ?"
        page = db.execute(
            f"SELECT {select} FROM {quote_identifier(table)} {where} ORDER BY {keycol} LIMIT {int(batch_size)}",
            [] if last is None else [last],
        ).fetchall()
        if not page:
            return
        yield page
        last = page[-1][0]


def text_cell_expressions(column: str) -> list[str]:
    """SQL reading a text cell as ``(sqlite type, raw bytes)``: its bytes can be
    hashed without decoding, and only a changed article's text is decoded
    (by :func:`decode_text_cell`)."""
    quoted = quote_identifier(column)
    return [f"typeof({quoted})", f"CAST({quoted} AS BLOB)"]


def decode_text_cell(kind: str, raw: bytes | None) -> tuple[str | None, str | None]:
    """A text cell read by :func:`text_cell_expressions` as ``(text, reason)``,
    as :func:`cell_text` gives for the cell's value (TEXT that is not valid
    UTF-8 gets U+FFFD for the bad bytes, as Datasette shows it)."""
    if kind == "text":
        return raw.decode("utf-8", "replace"), None
    if kind == "blob":
        return cell_text(raw)
    return None, "null" if kind == "null" else "non_text"


def hashed_text(kind: str, raw: bytes | None) -> bytes | None:
    """What of a text cell goes into the article's hash: its bytes, unless it is NULL or a number."""
    return raw if kind in ("text", "blob") else None


def _decode_as_datasette_does(data: bytes) -> str:
    return str(data, "utf-8", "replace")


@contextmanager
def lenient_utf8(db: sqlite_utils.Database) -> Iterator[None]:
    """Read TEXT cells that are not valid UTF-8 with U+FFFD for the bad bytes,
    as Datasette does (so offsets match the text its pages show), instead of
    failing the run halfway with "Could not decode to UTF-8"."""
    saved = db.conn.text_factory
    db.conn.text_factory = _decode_as_datasette_does
    try:
        yield
    finally:
        db.conn.text_factory = saved


def cell_text(value: Any) -> tuple[str | None, str | None]:
    """An article's text cell as ``(text, reason)``: the reason it was skipped
    (text None: ``null``, ``binary``, ``non_text``) or coerced (``binary_decoded``)."""
    if value is None:
        return None, "null"
    if isinstance(value, str):
        return value, None
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8"), "binary_decoded"
        except UnicodeDecodeError:
            return None, "binary"
    return None, "non_text"


def optional_text(value: Any) -> str | None:
    """A title or publication-date cell as text (None stays None)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
