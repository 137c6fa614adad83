"""Storage: the materialized ``newsclaims_*`` tables, their migrations, and
:func:`extract_table`, which fills them from a table of articles.

Everything written here is plain SQLite: no view, trigger or generated column
calls a plugin function, so the database works where the plugin is not
installed (the ``sqlite3`` shell, a published Datasette without the plugin).

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

Views
  ``newsclaims_claims`` (figures inside quotes, with speaker and quote) and
  ``newsclaims_timeline`` (dated events in date order, with the article title).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from .core import EXTRACTOR_VERSION, analyze, parse_published

QUOTES = "newsclaims_quotes"
EVENTS = "newsclaims_events"
FIGURES = "newsclaims_figures"
ARTICLES = "_newsclaims_articles"
SOURCES = "_newsclaims_sources"
CLAIMS_VIEW = "newsclaims_claims"
TIMELINE_VIEW = "newsclaims_timeline"
ITEM_TABLES = (QUOTES, EVENTS, FIGURES)

DEFAULT_BATCH_SIZE = 100

# Columns of each item table after the common (id, article_table, article_id,
# start, end, text) ones; any other key an extractor returns goes into the
# ``details`` JSON column.
QUOTE_COLUMNS = ("speaker", "speaker_mention", "speaker_title", "cue", "paragraph", "partial")
EVENT_COLUMNS = ("date_start", "date_end", "granularity", "year", "month", "event", "resolved_from", "speaker", "quote_id")
FIGURE_COLUMNS = ("value", "kind", "unit", "qualifier", "speaker", "quote_id")

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

migrations = Migrations("datasette-newsclaims")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Item tables, bookkeeping tables, indexes, full-text search and views."""
    # article_id has no declared type on purpose: it keeps the article's key as
    # it is (integer or text), so joins back to the article table compare equal.
    db.execute(f"""CREATE TABLE [{QUOTES}] ({_COMMON_DDL}
    speaker TEXT,
    speaker_mention TEXT,
    speaker_title TEXT,
    cue TEXT,
    paragraph INTEGER,
    partial INTEGER,{_TAIL_DDL}
)""")
    db.execute(f"""CREATE TABLE [{EVENTS}] ({_COMMON_DDL}
    date_start TEXT,
    date_end TEXT,
    granularity TEXT,
    year INTEGER,
    month INTEGER,
    event TEXT,
    resolved_from TEXT,
    speaker TEXT,
    quote_id INTEGER REFERENCES [{QUOTES}](id),{_TAIL_DDL}
)""")
    db.execute(f"""CREATE TABLE [{FIGURES}] ({_COMMON_DDL}
    value NUMERIC,
    kind TEXT,
    unit TEXT,
    qualifier TEXT,
    speaker TEXT,
    quote_id INTEGER REFERENCES [{QUOTES}](id),{_TAIL_DDL}
)""")
    db.execute(f"""CREATE TABLE [{ARTICLES}] (
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
)""")
    db.execute(f"""CREATE TABLE [{SOURCES}] (
    article_table TEXT PRIMARY KEY,
    pk_column TEXT,
    text_column TEXT,
    published_column TEXT,
    title_column TEXT,
    email INTEGER,
    articles INTEGER,
    extractor_version TEXT,
    extracted_at TEXT
)""")
    indexes = {
        QUOTES: ["speaker", "cue", "partial"],
        EVENTS: ["date_start", "granularity", "year", "month", "speaker", "quote_id"],
        FIGURES: ["kind", "unit", "speaker", "quote_id", "value"],
    }
    for table, columns in indexes.items():
        db[table].create_index(["article_table", "article_id"], if_not_exists=True)
        for column in columns:
            db[table].create_index([column], if_not_exists=True)
    db[QUOTES].enable_fts(["text", "speaker"], create_triggers=True)
    db.execute(f"""CREATE VIEW [{CLAIMS_VIEW}] AS
SELECT
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
LEFT JOIN [{ARTICLES}] a ON a.article_table = f.article_table AND a.article_id = f.article_id""")
    db.execute(f"""CREATE VIEW [{TIMELINE_VIEW}] AS
SELECT
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
WHERE e.date_start IS NOT NULL
ORDER BY e.date_start, e.date_end, a.published, e.article_table, e.article_id, e."start\"""")


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create or upgrade the newsclaims tables (a no-op when up to date)."""
    migrations.apply(db)


class ExtractError(ValueError):
    """Bad input for :func:`extract_table`; raised before anything is written."""


def _open(db: sqlite_utils.Database | str | os.PathLike) -> sqlite_utils.Database:
    if isinstance(db, sqlite_utils.Database):
        return db
    path = os.fspath(db)
    if not os.path.isfile(path):
        raise ExtractError(f"Database file not found: {path}")
    return sqlite_utils.Database(path)


def _article_key(db: sqlite_utils.Database, table: str) -> str:
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


def _quote(name: str) -> str:
    """An SQL identifier for any table or column name (``]`` and ``"`` included)."""
    return '"' + name.replace('"', '""') + '"'


def _has_rowid(db: sqlite_utils.Database, table: str) -> bool:
    try:
        db.execute(f"SELECT rowid FROM {_quote(table)} LIMIT 0")
    except sqlite3.OperationalError:
        return False
    return True


def validate(
    db: sqlite_utils.Database,
    table: str,
    text_column: str,
    published_column: str | None = None,
    title_column: str | None = None,
) -> dict[str, Any]:
    """Check the source before writing; raise :class:`ExtractError` with a clear message.

    :return: ``{"key": column identifying articles, "total": row count,
        "types": {sqlite type: count} of the text column}``
    """
    try:
        tables = db.table_names()
        views = db.view_names()
    except sqlite3.DatabaseError as e:
        raise ExtractError(f"Not a readable SQLite database: {e}") from None
    if table in ITEM_TABLES or table in (ARTICLES, SOURCES) or table.startswith(f"{QUOTES}_fts"):
        raise ExtractError(f"{table!r} is one of the tables newsclaims writes; name the table of articles")
    if table not in tables:
        if table in views:
            raise ExtractError(f"{table!r} is a view; extract from a table (its rows need a stable key)")
        listed = ", ".join(t for t in tables if not t.startswith(("_", "newsclaims_", "sqlite_"))) or "none"
        raise ExtractError(f"Table {table!r} not found. Tables: {listed}")
    columns = db[table].columns_dict
    for option, column in (("--text", text_column), ("--published", published_column), ("--title", title_column)):
        if column is not None and column not in columns:
            raise ExtractError(
                f"Column {column!r} ({option}) not found in table {table!r}. Columns: {', '.join(columns)}"
            )
    key = _article_key(db, table)
    types = {
        row[0]: row[1]
        for row in db.execute(f"SELECT typeof({_quote(text_column)}), count(*) FROM {_quote(table)} GROUP BY 1").fetchall()
    }
    total = sum(types.values())
    found = ", ".join(f"{n} {t}" for t, n in sorted(types.items()))
    if total and not types.get("text") and not _some_blob_decodes(db, table, text_column):
        raise ExtractError(
            f"Column {text_column!r} of {table!r} holds no text ({found}); --text must name the column "
            "with the article text"
        )
    if key != "rowid":
        nulls = db.execute(f"SELECT count(*) FROM {_quote(table)} WHERE {_quote(key)} IS NULL").fetchone()[0]
        if nulls:
            raise ExtractError(
                f"{nulls} rows of {table!r} have a NULL primary key ({key!r}), so their items could not "
                "point back to them; give those rows a key"
            )
    return {"key": key, "total": total, "types": types}


def _some_blob_decodes(db: sqlite_utils.Database, table: str, column: str, sample: int = 50) -> bool:
    """Whether any of the first ``sample`` binary cells of ``column`` is UTF-8 text."""
    for (value,) in db.execute(
        f"SELECT {_quote(column)} FROM {_quote(table)} WHERE typeof({_quote(column)}) = 'blob' LIMIT {sample}"
    ).fetchall():
        try:
            value.decode("utf-8")
            return True
        except UnicodeDecodeError:
            continue
    return False


def _as_text(value: Any) -> tuple[str | None, str | None]:
    """Return (text, reason it was skipped or coerced)."""
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


def _optional_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """EXTRACTOR_VERSION plus a digest of the extraction code, so that a re-run
    after any change to the rules re-extracts, even without a version bump."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in sorted([package / "core.py", package / "resolve.py", *(package / "extract").glob("*.py")]):
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{EXTRACTOR_VERSION}+{h.hexdigest()[:12]}"


def _hash(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(part, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def _year_month(date_start: str | None, date_end: str | None) -> tuple[int | None, int | None]:
    """Year and month of an event, when its whole range falls in one year / month."""
    if not isinstance(date_start, str) or len(date_start) < 7:
        return None, None
    end = date_end if isinstance(date_end, str) and len(date_end) >= 7 else date_start
    try:
        year = int(date_start[:4]) if date_start[:4] == end[:4] else None
        month = int(date_start[5:7]) if year is not None and date_start[5:7] == end[5:7] else None
    except ValueError:
        return None, None
    return year, month


def _details(item: dict, known: set[str]) -> str | None:
    extra = {k: v for k, v in item.items() if k not in known}
    return json.dumps(extra, ensure_ascii=False, default=str) if extra else None


_BASE = {"start", "end", "text"}
_QUOTE_KNOWN = _BASE | set(QUOTE_COLUMNS)
_EVENT_KNOWN = _BASE | set(EVENT_COLUMNS) | {"quote_index"}
_FIGURE_KNOWN = _BASE | set(FIGURE_COLUMNS) | {"quote_index"}


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def rows_for_article(
    result: dict[str, list[dict]],
    article_table: str,
    article_id: Any,
    next_ids: dict[str, int],
    shift: int = 0,
) -> dict[str, list[dict]]:
    """Turn one :func:`analyze` result into rows for the three item tables.

    ``next_ids`` holds the next free id per table and is advanced; ``shift`` is
    added to every offset (the position of an e-mail body inside its cell).
    """
    base = {"article_table": article_table, "article_id": article_id, "extractor_version": EXTRACTOR_VERSION}
    quote_ids: list[int] = []
    rows: dict[str, list[dict]] = {QUOTES: [], EVENTS: [], FIGURES: []}
    for q in result.get("quotes", []):
        qid = next_ids[QUOTES]
        next_ids[QUOTES] += 1
        quote_ids.append(qid)
        row = dict(base, id=qid, start=q["start"] + shift, end=q["end"] + shift, text=q["text"])
        for column in QUOTE_COLUMNS:
            row[column] = _scalar(q.get(column))
        if row["partial"] is not None:
            row["partial"] = int(bool(row["partial"]))
        row["details"] = _details(q, _QUOTE_KNOWN)
        rows[QUOTES].append(row)
    for table, key, columns, known in (
        (EVENTS, "events", EVENT_COLUMNS, _EVENT_KNOWN),
        (FIGURES, "figures", FIGURE_COLUMNS, _FIGURE_KNOWN),
    ):
        for item in result.get(key, []):
            row = dict(base, id=next_ids[table], start=item["start"] + shift, end=item["end"] + shift, text=item["text"])
            next_ids[table] += 1
            for column in columns:
                row[column] = _scalar(item.get(column))
            qi = item.get("quote_index")
            row["quote_id"] = quote_ids[qi] if isinstance(qi, int) and 0 <= qi < len(quote_ids) else None
            if table == EVENTS:
                year, month = _year_month(item.get("date_start"), item.get("date_end"))
                row["year"] = item.get("year") if isinstance(item.get("year"), int) else year
                row["month"] = item.get("month") if isinstance(item.get("month"), int) else month
            row["details"] = _details(item, known)
            rows[table].append(row)
    return rows


def _delete_articles(db: sqlite_utils.Database, article_table: str, ids: list[Any]) -> None:
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


def _read_batches(
    db: sqlite_utils.Database, table: str, key: str, columns: list[str], batch_size: int
) -> Iterator[list[tuple]]:
    """Rows in key order, one page at a time (keyset pagination: no open cursor
    while the batch is written)."""
    select = ", ".join(_quote(c) if c != "rowid" else "rowid" for c in [key, *columns])
    keycol = "rowid" if key == "rowid" else _quote(key)
    last = None
    while True:
        where = "" if last is None else f"WHERE {keycol} > ?"
        page = db.execute(
            f"SELECT {select} FROM {_quote(table)} {where} ORDER BY {keycol} LIMIT {int(batch_size)}",
            [] if last is None else [last],
        ).fetchall()
        if not page:
            return
        yield page
        last = page[-1][0]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _analyze_article(
    text: str | None, published: str | None, title: str | None, email: bool, stats: dict
) -> tuple[dict, dict]:
    """Run :func:`analyze` on one article; return its result and its bookkeeping fields."""
    meta: dict[str, Any] = {"title": title, "source": None, "body": None, "shift": 0}
    work_text = text or ""
    if email and text:
        from .email_unwrap import unwrap_email

        unwrapped = unwrap_email(text)
        work_text = unwrapped["body"]
        meta["source"] = unwrapped["from"]
        published = unwrapped["date"] or published
        meta["title"] = title or unwrapped["subject"]
        if unwrapped["offset"] is not None:
            meta["shift"] = unwrapped["offset"]  # offsets then index the cell itself
        else:
            meta["body"] = work_text  # offsets index this stored body
    pub_date = parse_published(published)
    if published and pub_date is None:
        stats["unparsed_published"] += 1
    meta["published"] = pub_date.isoformat() if pub_date else published
    return analyze(work_text, pub_date), meta


def extract_table(
    db: sqlite_utils.Database | str | os.PathLike,
    table: str,
    text_column: str,
    published_column: str | None = None,
    title_column: str | None = None,
    *,
    email: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Extract quotes, events and figures from every article of ``table``.

    Incremental and idempotent: each article's content hash is kept in
    ``_newsclaims_articles``; unchanged articles are skipped, changed ones have
    their rows replaced, and rows of articles no longer in ``table`` are
    deleted. Each batch of ``batch_size`` articles is written in one
    transaction, so an interrupted run keeps its finished batches.

    :param db: a ``sqlite_utils.Database`` or the path of an existing file
    :param table: the table of articles
    :param text_column: column holding the article text; NULL, numeric and
        undecodable binary cells are skipped and counted
    :param published_column: column with the publication date (any format
        dateparser reads), used to resolve relative dates
    :param title_column: column with the headline, shown in the timeline
    :param email: unwrap forwarded e-mails first (see :mod:`.email_unwrap`):
        the original sender becomes ``source`` and the forwarded ``Date:``
        header the publication date
    :param batch_size: articles per transaction
    :param progress: called as ``progress(done, total)`` after each batch
    :raises ExtractError: on bad input, before anything is written
    :return: counts: ``articles``, ``extracted``, ``unchanged``, ``removed``,
        ``skipped`` (by reason), ``quotes``, ``events``, ``figures``,
        ``unparsed_published``, ``errors`` (articles whose extraction raised:
        they keep their old rows and are retried on the next run),
        ``seconds``, ``articles_per_second``
    """
    if batch_size < 1:
        raise ExtractError("batch size must be at least 1")
    db = _open(db)
    with _lenient_utf8(db):
        return _extract(db, table, text_column, published_column, title_column, email, batch_size, progress)


def _decode_as_datasette_does(data: bytes) -> str:
    return str(data, "utf-8", "replace")


@contextmanager
def _lenient_utf8(db: sqlite_utils.Database) -> Iterator[None]:
    """Read TEXT cells that are not valid UTF-8 with U+FFFD for the bad bytes,
    as Datasette does (so offsets match the text its pages show), instead of
    failing the run halfway with "Could not decode to UTF-8"."""
    saved = db.conn.text_factory
    db.conn.text_factory = _decode_as_datasette_does
    try:
        yield
    finally:
        db.conn.text_factory = saved


def _extract(
    db: sqlite_utils.Database,
    table: str,
    text_column: str,
    published_column: str | None,
    title_column: str | None,
    email: bool,
    batch_size: int,
    progress: Callable[[int, int], None] | None,
) -> dict[str, Any]:
    from .store.summaries import ensure_page_indexes, refresh_summaries

    info = validate(db, table, text_column, published_column, title_column)
    key, total = info["key"], info["total"]
    ensure_schema(db)

    started = time.perf_counter()
    stats: dict[str, Any] = {
        "table": table, "articles": 0, "extracted": 0, "unchanged": 0, "removed": 0,
        "skipped": {}, "coerced": {}, "quotes": 0, "events": 0, "figures": 0, "unparsed_published": 0,
        "errors": [],
    }
    known = dict(
        db.execute(f"SELECT article_id, hash FROM [{ARTICLES}] WHERE article_table = ?", [table]).fetchall()
    )
    seen: set[Any] = set()
    fingerprint = extractor_fingerprint()
    columns = [text_column, published_column or text_column, title_column or text_column]
    with db.atomic():
        db[SOURCES].upsert(
            {
                "article_table": table, "pk_column": key, "text_column": text_column,
                "published_column": published_column, "title_column": title_column, "email": int(email),
                "articles": total, "extractor_version": fingerprint, "extracted_at": _now(),
            },
            pk="article_table",
        )
    done = 0
    changed_ids: list[Any] = []
    for page in _read_batches(db, table, key, columns, batch_size):
        changed: list[Any] = []
        article_rows: list[dict] = []
        results: list[tuple[Any, dict, int]] = []
        for article_id, raw_text, raw_published, raw_title in page:
            seen.add(article_id)
            stats["articles"] += 1
            text, reason = _as_text(raw_text)
            if reason:
                bucket = stats["skipped"] if text is None else stats["coerced"]
                bucket[reason] = bucket.get(reason, 0) + 1
            published = _optional_text(raw_published) if published_column else None
            title = _optional_text(raw_title) if title_column else None
            digest = _hash(text, published, title, email, fingerprint)
            if known.get(article_id) == digest:
                stats["unchanged"] += 1
                continue
            try:
                result, meta = _analyze_article(text, published, title, email, stats)
            except Exception as e:  # one bad article must not stop a long run; it is retried next time
                stats["skipped"]["error"] = stats["skipped"].get("error", 0) + 1
                stats["errors"].append(f"{article_id!r}: {type(e).__name__}: {e}")
                continue
            changed.append(article_id)
            results.append((article_id, result, meta.pop("shift")))
            article_rows.append({
                "article_table": table, "article_id": article_id, "hash": digest, **meta,
                "quotes": len(result["quotes"]), "events": len(result["events"]),
                "figures": len(result["figures"]), "extractor_version": fingerprint, "extracted_at": _now(),
            })
        if changed:
            with db.atomic():
                _delete_articles(db, table, changed)
                next_ids = _next_ids(db)
                batch: dict[str, list[dict]] = {QUOTES: [], EVENTS: [], FIGURES: []}
                for article_id, result, shift in results:
                    for t, rows in rows_for_article(result, table, article_id, next_ids, shift).items():
                        batch[t].extend(rows)
                for t in ITEM_TABLES:
                    if batch[t]:
                        db[t].insert_all(batch[t], batch_size=1000)
                db[ARTICLES].insert_all(article_rows, batch_size=1000)
            stats["extracted"] += len(changed)
            changed_ids.extend(changed)
            stats["quotes"] += len(batch[QUOTES])
            stats["events"] += len(batch[EVENTS])
            stats["figures"] += len(batch[FIGURES])
        done += len(page)
        if progress:
            progress(done, total)
    gone = [article_id for article_id in known if article_id not in seen]
    with db.atomic():
        if gone:
            _delete_articles(db, table, gone)
        db[SOURCES].update(table, {"articles": stats["articles"], "extracted_at": _now()})
    ensure_page_indexes(db)
    refresh_summaries(db, table, changed_ids + gone)
    stats["removed"] = len(gone)
    stats["seconds"] = round(time.perf_counter() - started, 3)
    stats["articles_per_second"] = round(stats["articles"] / stats["seconds"], 1) if stats["seconds"] else None
    return stats
