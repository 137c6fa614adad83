"""Summary tables the pages read instead of counting item rows per request,
and the indexes every page query needs (issue 11: pages at archive scale).

Two per-article tables remember what each article contributes, so that a
run which changed a few articles updates the totals by difference:

``_newsclaims_speaker_articles``
    one row per (article table, speaker, article): the article's quotes,
    figures and events attributed to the speaker, and its publication date
    ('' when unknown; the speaker page pages through these);
``_newsclaims_article_months``
    one row per (article table, article, month ``YYYY-MM``, granularity): its
    dated events by the month they start in, with the article's outlet; plus
    one row with month '' per article holding all its events.

Totals, rebuilt from those or updated by difference by :func:`refresh_summaries`:

``_newsclaims_speakers``
    (article table, speaker): quotes, figures, events, articles
    (the overview's "most quoted", the speaker page, the timeline's speaker list);
``_newsclaims_event_months``
    (article table, month, granularity): dated events (the timeline's histogram);
``_newsclaims_outlet_months``
    (article table, outlet, month): dated events (the histogram of one outlet);
``_newsclaims_outlets``
    (article table, outlet): articles and events (the timeline's outlet list).

Must not touch the item tables, the bookkeeping tables or the user's tables
(it only reads them; :func:`ensure_page_indexes` adds indexes) and must not
import Datasette or the extractors: the extract job calls it, and the web
pages only read what it writes.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from .source import quote_identifier as quote
from .tables import ARTICLES, EVENTS, FIGURES, QUOTES, SOURCES

SPEAKERS = "_newsclaims_speakers"
SPEAKER_ARTICLES = "_newsclaims_speaker_articles"
ARTICLE_MONTHS = "_newsclaims_article_months"
EVENT_MONTHS = "_newsclaims_event_months"
OUTLETS = "_newsclaims_outlets"
OUTLET_MONTHS = "_newsclaims_outlet_months"
SUMMARY_TABLES = (SPEAKER_ARTICLES, ARTICLE_MONTHS, SPEAKERS, EVENT_MONTHS, OUTLET_MONTHS, OUTLETS)
#: columns of an article table taken as its outlet, the first one present
OUTLET_COLUMNS = ("outlet", "publication", "publisher", "source", "site", "domain")
_CHUNK = 500  # ids per statement (SQLite's parameter limit is 999 on old builds)
_DATED = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"

_SUMMARY_DDL = {
    SPEAKER_ARTICLES: """article_table TEXT NOT NULL, speaker TEXT NOT NULL, article_id NOT NULL,
        published TEXT NOT NULL, quotes INTEGER NOT NULL, figures INTEGER NOT NULL, events INTEGER NOT NULL,
        PRIMARY KEY (article_table, speaker, article_id)""",
    ARTICLE_MONTHS: """article_table TEXT NOT NULL, article_id NOT NULL, month TEXT NOT NULL,
        granularity TEXT NOT NULL, outlet TEXT, events INTEGER NOT NULL,
        PRIMARY KEY (article_table, article_id, month, granularity)""",
    SPEAKERS: """article_table TEXT NOT NULL, speaker TEXT NOT NULL, quotes INTEGER NOT NULL,
        figures INTEGER NOT NULL, events INTEGER NOT NULL, articles INTEGER NOT NULL,
        PRIMARY KEY (article_table, speaker)""",
    EVENT_MONTHS: """article_table TEXT NOT NULL, month TEXT NOT NULL, granularity TEXT NOT NULL,
        events INTEGER NOT NULL, PRIMARY KEY (article_table, month, granularity)""",
    OUTLET_MONTHS: """article_table TEXT NOT NULL, outlet TEXT NOT NULL, month TEXT NOT NULL,
        events INTEGER NOT NULL, PRIMARY KEY (article_table, outlet, month)""",
    OUTLETS: """article_table TEXT NOT NULL, outlet TEXT NOT NULL, articles INTEGER NOT NULL,
        events INTEGER NOT NULL, PRIMARY KEY (article_table, outlet)""",
}
#: total table -> (its key columns, its counted columns); the last counted one is
#: the number of articles (or events) whose falling to 0 removes the row
_TOTALS = {
    SPEAKERS: (("speaker",), ("quotes", "figures", "events", "articles")),
    EVENT_MONTHS: (("month", "granularity"), ("events",)),
    OUTLET_MONTHS: (("outlet", "month"), ("events",)),
    OUTLETS: (("outlet",), ("events", "articles")),
}

#: table -> the column lists of its indexes; each serves a page query named beside it
PAGE_INDEXES: dict[str, list[list[str]]] = {
    QUOTES: [["article_table", "speaker", "article_id"]],  # speaker page: a speaker's items per article
    FIGURES: [["article_table", "speaker", "article_id"]],
    EVENTS: [
        ["article_table", "speaker", "article_id"],
        # the timeline window in (date, article, id) order, without reading rows to test the outlet
        ["article_table", "date_start", "article_id"],
        ["article_table", "speaker", "date_start", "article_id"],  # timeline of one speaker
        ["article_table", "granularity", "date_start", "article_id"],  # timeline of one granularity
    ],
    ARTICLES: [
        ["article_table", "published", "article_id"],  # overview: latest articles, keyset paging
        ["article_table", "source"],  # timeline: the articles of an outlet (e-mail senders)
    ],
    SPEAKER_ARTICLES: [
        ["article_table", "speaker", "published", "article_id"],  # speaker page, keyset paging
        ["article_table", "article_id"],  # refresh: what changed articles contributed
    ],
    SPEAKERS: [["article_table", "quotes", "speaker"], ["article_table", "events", "speaker"]],  # top speakers
    OUTLETS: [["article_table", "events", "outlet"]],
}


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

    Besides the newsclaims tables, this indexes the outlet column (with the
    key) of each extracted article table: the timeline's outlet filter looks
    articles up by it.
    """
    for table, indexes in PAGE_INDEXES.items():
        if not db[table].exists():
            continue
        for columns in indexes:
            db[table].create_index(columns, if_not_exists=True)
    if db[SOURCES].exists():
        for article_table, key in db.execute(f"SELECT article_table, pk_column FROM {quote(SOURCES)}").fetchall():
            column = outlet_column(db, article_table)
            if column is not None and db[article_table].exists():
                # with the key, the articles of an outlet are read from the index alone
                columns = [column] if key in (None, "rowid", "_rowid_", "oid") or key == column else [column, key]
                db[article_table].create_index(columns, if_not_exists=True)


def outlet_column(db: sqlite_utils.Database, article_table: str) -> str | None:
    """The column of ``article_table`` that names each article's outlet, if any."""
    columns = set(db[article_table].columns_dict) if db[article_table].exists() else set()
    return next((c for c in OUTLET_COLUMNS if c in columns), None)


def _chunks(ids: list[Any] | None) -> Iterable[tuple[str, list[Any]]]:
    """(``AND article_id IN (...)``, its ids) per chunk of ``ids``; one empty condition for all."""
    if ids is None:
        yield "", []
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield f"AND article_id IN ({', '.join('?' for _ in chunk)})", chunk


# ---------------------------------------------------------------- per-article contributions


def _insert_speaker_articles(db: sqlite_utils.Database, article_table: str, only: str, ids: list[Any]) -> None:
    parts = " UNION ALL ".join(
        f"SELECT speaker, article_id, {int(t == QUOTES)} AS q, {int(t == FIGURES)} AS f, {int(t == EVENTS)} AS e "
        f"FROM {quote(t)} WHERE article_table = ? {only} AND speaker IS NOT NULL"
        for t in (QUOTES, FIGURES, EVENTS)
    )
    db.execute(
        f"INSERT INTO {quote(SPEAKER_ARTICLES)} (article_table, speaker, article_id, quotes, figures, events, published) "
        f"SELECT ?, s.*, coalesce(a.published, '') FROM "
        f"(SELECT speaker, article_id, sum(q), sum(f), sum(e) FROM ({parts}) GROUP BY speaker, article_id) s "
        f"LEFT JOIN {quote(ARTICLES)} a ON a.article_table = ? AND a.article_id = s.article_id",
        [article_table, *[article_table, *ids] * 3, article_table],
    )


def _insert_article_months(db: sqlite_utils.Database, article_table: str, only: str, ids: list[Any]) -> None:
    """Each article's row with month '' (its outlet and all its events), then its dated events per month."""
    column = outlet_column(db, article_table)
    if column is None:
        outlet, join = "a.source", ""
    else:
        source = db.execute(f"SELECT pk_column FROM {quote(SOURCES)} WHERE article_table = ?", [article_table]).fetchone()
        key = "rowid" if not source or source[0] == "rowid" else quote(source[0])
        outlet, join = f"coalesce(a.source, t.{quote(column)})", f"LEFT JOIN {quote(article_table)} t ON t.{key} = a.article_id"
    db.execute(
        f"INSERT INTO {quote(ARTICLE_MONTHS)} (article_table, article_id, month, granularity, outlet, events) "
        f"SELECT ?, a.article_id, '', '', CAST({outlet} AS TEXT), coalesce(a.events, 0) FROM {quote(ARTICLES)} a {join} "
        f"WHERE a.article_table = ? {only.replace('article_id', 'a.article_id')}",
        [article_table, article_table, *ids],
    )
    db.execute(
        f"INSERT INTO {quote(ARTICLE_MONTHS)} (article_table, article_id, month, granularity, outlet, events) "
        f"SELECT ?, e.article_id, substr(e.date_start, 1, 7), coalesce(e.granularity, ''), s.outlet, count(*) "
        f"FROM {quote(EVENTS)} e LEFT JOIN {quote(ARTICLE_MONTHS)} s ON s.article_table = ? "
        "AND s.article_id = e.article_id AND s.month = '' AND s.granularity = '' "
        f"WHERE e.article_table = ? AND e.date_start {_DATED} {only.replace('article_id', 'e.article_id')} "
        "GROUP BY e.article_id, substr(e.date_start, 1, 7), coalesce(e.granularity, '')",
        [article_table, article_table, article_table, *ids],
    )


def _contributions(db: sqlite_utils.Database, article_table: str, ids: list[Any]) -> dict[str, dict[tuple, Counter]]:
    """What the articles ``ids`` add to each total table, as it stands: key -> counts."""
    totals: dict[str, dict[tuple, Counter]] = {table: defaultdict(Counter) for table in _TOTALS}
    for only, chunk in _chunks(ids):
        for speaker, quotes, figures, events in db.execute(
            f"SELECT speaker, quotes, figures, events FROM {quote(SPEAKER_ARTICLES)} WHERE article_table = ? {only}",
            [article_table, *chunk],
        ):
            totals[SPEAKERS][(speaker,)].update(quotes=quotes, figures=figures, events=events, articles=1)
        for month, granularity, outlet, events in db.execute(
            f"SELECT month, granularity, outlet, events FROM {quote(ARTICLE_MONTHS)} WHERE article_table = ? {only}",
            [article_table, *chunk],
        ):
            if not month:
                if outlet is not None:
                    totals[OUTLETS][(outlet,)].update(events=events, articles=1)
                continue
            totals[EVENT_MONTHS][(month, granularity)].update(events=events)
            if outlet is not None:
                totals[OUTLET_MONTHS][(outlet, month)].update(events=events)
    return totals


# ---------------------------------------------------------------- totals


def _rebuild_totals(db: sqlite_utils.Database, article_table: str) -> None:
    """Every total of ``article_table`` summed again from the per-article tables."""
    sums = {
        SPEAKERS: f"SELECT speaker, sum(quotes), sum(figures), sum(events), count(*) FROM {quote(SPEAKER_ARTICLES)} "
                  "WHERE article_table = ? GROUP BY speaker",
        EVENT_MONTHS: f"SELECT month, granularity, sum(events) FROM {quote(ARTICLE_MONTHS)} "
                      "WHERE article_table = ? AND month != '' GROUP BY month, granularity",
        OUTLET_MONTHS: f"SELECT outlet, month, sum(events) FROM {quote(ARTICLE_MONTHS)} "
                       "WHERE article_table = ? AND month != '' AND outlet IS NOT NULL GROUP BY outlet, month",
        OUTLETS: f"SELECT outlet, sum(events), count(*) FROM {quote(ARTICLE_MONTHS)} "
                 "WHERE article_table = ? AND month = '' AND outlet IS NOT NULL GROUP BY outlet",
    }
    for table, (keys, counted) in _TOTALS.items():
        db.execute(f"DELETE FROM {quote(table)} WHERE article_table = ?", [article_table])
        columns = ", ".join(["article_table", *keys, *counted])
        db.execute(f"INSERT INTO {quote(table)} ({columns}) SELECT ?, * FROM ({sums[table]})", [article_table, article_table])


def _apply_differences(db: sqlite_utils.Database, article_table: str, before: dict, after: dict) -> None:
    """Add ``after - before`` to each total; drop the rows whose count fell to 0."""
    for table, (keys, counted) in _TOTALS.items():
        changed = set(before[table]) | set(after[table])
        rows = []
        for key in changed:
            difference = [after[table][key][c] - before[table][key][c] for c in counted]
            if any(difference):
                rows.append([article_table, *key, *difference])
        if not rows:
            continue
        columns = ", ".join(["article_table", *keys, *counted])
        conflict = ", ".join(["article_table", *keys])
        add = ", ".join(f"{c} = {c} + excluded.{c}" for c in counted)
        db.conn.executemany(
            f"INSERT INTO {quote(table)} ({columns}) VALUES ({', '.join('?' for _ in rows[0])}) "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {add}", rows)
        match = " AND ".join(f"{k} = ?" for k in keys)
        db.conn.executemany(f"DELETE FROM {quote(table)} WHERE article_table = ? AND {match} AND {counted[-1]} <= 0",
                       [[article_table, *key] for key in changed])


def refresh_summaries(db: sqlite_utils.Database, article_table: str, article_ids: Iterable[Any] | None = None) -> None:
    """Bring the summary tables of ``article_table`` up to date. Idempotent.

    :param article_ids: keys of the articles whose rows were added, replaced
        or removed since the last refresh; an empty list costs nothing; None
        rebuilds the table's summaries from scratch (as does a database whose
        summary tables are missing). The cost of a list is proportional to
        those articles' items, not to the table.
    """
    ids = None if article_ids is None else list(dict.fromkeys(article_ids))
    if ids == [] and all(db[t].exists() for t in SUMMARY_TABLES):
        return
    if not all(db[t].exists() for t in (QUOTES, EVENTS, FIGURES, ARTICLES)):
        return
    with db.atomic():
        if _create_summary_tables(db):
            ids = None
            ensure_page_indexes(db)
        before = _contributions(db, article_table, ids) if ids is not None else None
        for only, chunk in _chunks(ids):
            for table in (SPEAKER_ARTICLES, ARTICLE_MONTHS):
                db.execute(f"DELETE FROM {quote(table)} WHERE article_table = ? {only}", [article_table, *chunk])
            _insert_speaker_articles(db, article_table, only, chunk)
            _insert_article_months(db, article_table, only, chunk)
        if before is None:
            _rebuild_totals(db, article_table)
        else:
            _apply_differences(db, article_table, before, _contributions(db, article_table, ids))
