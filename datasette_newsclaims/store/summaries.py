"""Summary tables the pages read instead of counting item rows per request,
and the indexes every page query needs (issue 11: pages at archive scale).

Owns four hidden tables, rebuilt or updated at the end of each extract run
by :func:`refresh_summaries`:

``_newsclaims_speaker_articles``
    one row per (article table, speaker, article): how many quotes, figures
    and events of the article are attributed to the speaker, and the
    article's publication date ('' when unknown; the speaker page pages through these);
``_newsclaims_speakers``
    one row per (article table, speaker): totals and number of articles
    (the overview's "most quoted", the timeline's speaker list);
``_newsclaims_event_months``
    one row per (article table, month ``YYYY-MM``, granularity): dated events
    by the month they start in (the timeline's histogram);
``_newsclaims_outlets``
    one row per (article table, outlet): articles and events;
``_newsclaims_outlet_months``
    one row per (article table, outlet, month): dated events (the timeline
    of one outlet).

Must not touch the item tables, the bookkeeping tables or the user's tables
(it only reads them) and must not import Datasette or the extractors: the
extract job calls it, and the web pages only read what it writes.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from .tables import ARTICLES, EVENTS, FIGURES, QUOTES, SOURCES

SPEAKERS = "_newsclaims_speakers"
SPEAKER_ARTICLES = "_newsclaims_speaker_articles"
EVENT_MONTHS = "_newsclaims_event_months"
OUTLETS = "_newsclaims_outlets"
OUTLET_MONTHS = "_newsclaims_outlet_months"
SUMMARY_TABLES = (SPEAKERS, SPEAKER_ARTICLES, EVENT_MONTHS, OUTLETS, OUTLET_MONTHS)
#: columns of an article table taken as its outlet, the first one present
OUTLET_COLUMNS = ("outlet", "publication", "publisher", "source", "site", "domain")
_CHUNK = 500  # ids per statement (SQLite's parameter limit is 999 on old builds)

_SUMMARY_DDL = {
    SPEAKER_ARTICLES: """article_table TEXT NOT NULL, speaker TEXT NOT NULL, article_id NOT NULL,
        published TEXT NOT NULL, quotes INTEGER NOT NULL, figures INTEGER NOT NULL, events INTEGER NOT NULL,
        PRIMARY KEY (article_table, speaker, article_id)""",
    SPEAKERS: """article_table TEXT NOT NULL, speaker TEXT NOT NULL, quotes INTEGER NOT NULL,
        figures INTEGER NOT NULL, events INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (article_table, speaker)""",
    EVENT_MONTHS: """article_table TEXT NOT NULL, month TEXT NOT NULL, granularity TEXT NOT NULL,
        events INTEGER NOT NULL, PRIMARY KEY (article_table, month, granularity)""",
    OUTLETS: """article_table TEXT NOT NULL, outlet TEXT NOT NULL, articles INTEGER NOT NULL,
        events INTEGER NOT NULL, PRIMARY KEY (article_table, outlet)""",
    OUTLET_MONTHS: """article_table TEXT NOT NULL, outlet TEXT NOT NULL, month TEXT NOT NULL,
        events INTEGER NOT NULL, PRIMARY KEY (article_table, outlet, month)""",
}

#: table -> the column lists of its indexes; each serves a page query named beside it
PAGE_INDEXES: dict[str, list[list[str]]] = {
    QUOTES: [["article_table", "speaker", "article_id"]],  # speaker page: a speaker's items per article
    FIGURES: [["article_table", "speaker", "article_id"]],
    EVENTS: [
        ["article_table", "speaker", "article_id"],
        ["article_table", "date_start"],  # timeline window, in date order (then id: the rowid)
        ["article_table", "speaker", "date_start"],  # timeline of one speaker
        ["article_table", "granularity", "date_start"],  # timeline of one granularity
    ],
    ARTICLES: [
        ["article_table", "published", "article_id"],  # overview: latest articles, keyset paging
        ["article_table", "source"],  # timeline: the articles of an outlet (e-mail senders)
    ],
    SPEAKER_ARTICLES: [["article_table", "speaker", "published", "article_id"]],  # speaker page, keyset
    SPEAKERS: [["article_table", "quotes", "speaker"], ["article_table", "events", "speaker"]],  # top speakers
    OUTLETS: [["article_table", "events", "outlet"]],
}


def quote(name: str) -> str:
    """``name`` as an SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def _create_summary_tables(db: sqlite_utils.Database) -> bool:
    """Create the summary tables that are missing; True if any was."""
    created = False
    for table, ddl in _SUMMARY_DDL.items():
        if not db[table].exists():
            db.execute(f"CREATE TABLE {quote(table)} ({ddl})")
            created = True
    return created


def ensure_page_indexes(db: sqlite_utils.Database) -> None:
    """Create every index the pages need (a no-op when done); the summary
    tables get theirs when :func:`refresh_summaries` first builds them.

    Besides the newsclaims tables, this indexes the outlet column of each
    extracted article table (the timeline's outlet filter looks articles up by it).
    """
    for table, indexes in PAGE_INDEXES.items():
        if not db[table].exists():
            continue
        for columns in indexes:
            db[table].create_index(columns, if_not_exists=True)
    if db[SOURCES].exists():
        for (article_table,) in db.execute(f"SELECT article_table FROM {quote(SOURCES)}").fetchall():
            column = outlet_column(db, article_table)
            if column is not None:
                db[article_table].create_index([column], if_not_exists=True)


def outlet_column(db: sqlite_utils.Database, article_table: str) -> str | None:
    """The column of ``article_table`` that names each article's outlet, if any."""
    columns = set(db[article_table].columns_dict) if db[article_table].exists() else set()
    return next((c for c in OUTLET_COLUMNS if c in columns), None)


def _chunks(ids: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _speaker_article_rows(where: str) -> str:
    """SELECT of (speaker, article_id, quotes, figures, events) rows for ``where``
    (a condition on ``article_table`` = ? and maybe ``article_id``)."""
    parts = " UNION ALL ".join(
        f"SELECT speaker, article_id, {int(t == QUOTES)} AS q, {int(t == FIGURES)} AS f, {int(t == EVENTS)} AS e "
        f"FROM {quote(t)} WHERE {where} AND speaker IS NOT NULL"
        for t in (QUOTES, FIGURES, EVENTS)
    )
    return f"SELECT speaker, article_id, sum(q), sum(f), sum(e) FROM ({parts}) GROUP BY speaker, article_id"


def _refresh_speaker_articles(db: sqlite_utils.Database, article_table: str, ids: list[Any] | None) -> set[str] | None:
    """Recount ``_newsclaims_speaker_articles`` for ``ids`` (all if None);
    return the speakers whose totals changed (None: all of them)."""
    insert = (
        f"INSERT INTO {quote(SPEAKER_ARTICLES)} (article_table, speaker, article_id, quotes, figures, events, published) "
        f"SELECT ?, s.*, coalesce(a.published, '') FROM ({{rows}}) s LEFT JOIN {quote(ARTICLES)} a "
        "ON a.article_table = ? AND a.article_id = s.article_id"
    )
    if ids is None:
        db.execute(f"DELETE FROM {quote(SPEAKER_ARTICLES)} WHERE article_table = ?", [article_table])
        rows = _speaker_article_rows("article_table = ?")
        db.execute(insert.format(rows=rows), [article_table, *[article_table] * 3, article_table])
        return None
    speakers: set[str] = set()
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        where = f"article_table = ? AND article_id IN ({marks})"
        speakers.update(r[0] for r in db.execute(
            f"SELECT DISTINCT speaker FROM {quote(SPEAKER_ARTICLES)} WHERE {where}", [article_table, *chunk]))
        db.execute(f"DELETE FROM {quote(SPEAKER_ARTICLES)} WHERE {where}", [article_table, *chunk])
        rows = _speaker_article_rows(where)
        db.execute(insert.format(rows=rows), [article_table, *[article_table, *chunk] * 3, article_table])
        speakers.update(r[0] for r in db.execute(
            f"SELECT DISTINCT speaker FROM {quote(SPEAKER_ARTICLES)} WHERE {where}", [article_table, *chunk]))
    return speakers


def _refresh_speakers(db: sqlite_utils.Database, article_table: str, speakers: set[str] | None) -> None:
    """Recount ``_newsclaims_speakers`` from ``_newsclaims_speaker_articles``."""
    total = (
        f"INSERT INTO {quote(SPEAKERS)} (article_table, speaker, quotes, figures, events, articles) "
        f"SELECT article_table, speaker, sum(quotes), sum(figures), sum(events), count(*) "
        f"FROM {quote(SPEAKER_ARTICLES)} WHERE article_table = ? {{only}} GROUP BY speaker"
    )
    if speakers is None:
        db.execute(f"DELETE FROM {quote(SPEAKERS)} WHERE article_table = ?", [article_table])
        db.execute(total.format(only=""), [article_table])
        return
    for chunk in _chunks(sorted(speakers)):
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM {quote(SPEAKERS)} WHERE article_table = ? AND speaker IN ({marks})",
                   [article_table, *chunk])
        db.execute(total.format(only=f"AND speaker IN ({marks})"), [article_table, *chunk])


def _refresh_event_months(db: sqlite_utils.Database, article_table: str) -> None:
    """Recount dated events per start month and granularity (a covering-index count)."""
    db.execute(f"DELETE FROM {quote(EVENT_MONTHS)} WHERE article_table = ?", [article_table])
    db.execute(
        f"INSERT INTO {quote(EVENT_MONTHS)} (article_table, month, granularity, events) "
        f"SELECT article_table, substr(date_start, 1, 7), coalesce(granularity, ''), count(*) FROM {quote(EVENTS)} "
        "WHERE article_table = ? AND date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
        "GROUP BY substr(date_start, 1, 7), coalesce(granularity, '')",
        [article_table],
    )


def _outlets_of_articles(db: sqlite_utils.Database, article_table: str) -> str:
    """SELECT of (article_id, outlet) for the articles of ``article_table`` that
    have one: the e-mail sender, else the article table's outlet column."""
    column = outlet_column(db, article_table)
    if column is None:
        outlet, join = "a.source", ""
    else:
        # the article table's key column, as recorded by the extract command
        source = db.execute(f"SELECT pk_column FROM {quote(SOURCES)} WHERE article_table = ?", [article_table]).fetchone()
        key = "rowid" if not source or source[0] == "rowid" else quote(source[0])
        outlet, join = f"coalesce(a.source, t.{quote(column)})", f"LEFT JOIN {quote(article_table)} t ON t.{key} = a.article_id"
    return (f"SELECT a.article_id, CAST({outlet} AS TEXT) AS outlet, a.events FROM {quote(ARTICLES)} a {join} "
            f"WHERE a.article_table = ? AND {outlet} IS NOT NULL")


def _refresh_outlets(db: sqlite_utils.Database, article_table: str) -> None:
    """Recount articles and events per outlet, and dated events per outlet and month."""
    for table in (OUTLETS, OUTLET_MONTHS):
        db.execute(f"DELETE FROM {quote(table)} WHERE article_table = ?", [article_table])
    articles = _outlets_of_articles(db, article_table)
    db.execute(
        f"INSERT INTO {quote(OUTLETS)} (article_table, outlet, articles, events) "
        f"SELECT ?, outlet, count(*), coalesce(sum(events), 0) FROM ({articles}) GROUP BY outlet",
        [article_table, article_table],
    )
    db.execute(
        f"INSERT INTO {quote(OUTLET_MONTHS)} (article_table, outlet, month, events) "
        f"SELECT ?, o.outlet, substr(e.date_start, 1, 7), count(*) FROM ({articles}) o "
        f"JOIN {quote(EVENTS)} e ON e.article_table = ? AND e.article_id = o.article_id "
        "WHERE e.date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY o.outlet, substr(e.date_start, 1, 7)",
        [article_table, article_table, article_table],
    )


def refresh_summaries(db: sqlite_utils.Database, article_table: str, article_ids: Iterable[Any] | None = None) -> None:
    """Bring the summary tables of ``article_table`` up to date. Idempotent.

    :param article_ids: keys of the articles whose rows were added, replaced
        or removed since the last refresh; an empty list costs nothing; None
        rebuilds the table's summaries from scratch (as does a database whose
        summary tables are missing)
    """
    ids = None if article_ids is None else list(article_ids)
    if ids == [] and all(db[t].exists() for t in SUMMARY_TABLES):
        return
    if not all(db[t].exists() for t in (QUOTES, EVENTS, FIGURES, ARTICLES)):
        return
    with db.atomic():
        if _create_summary_tables(db):
            ids = None
            ensure_page_indexes(db)
        speakers = _refresh_speaker_articles(db, article_table, ids)
        _refresh_speakers(db, article_table, speakers)
        _refresh_event_months(db, article_table)
        _refresh_outlets(db, article_table)
