"""The summary tables the pages count with, kept by ``extract_table``.

An incremental run (some articles changed, some gone, one new) must leave
them exactly as a rebuild from scratch would, and as counting the item
tables directly says.
"""
from __future__ import annotations

import sqlite_utils

from datasette_newsclaims.demo import load_corpus
from datasette_newsclaims.store import extract_table
from datasette_newsclaims.store.summaries import SUMMARY_TABLES, refresh_summaries


def snapshot(db: sqlite_utils.Database) -> dict[str, list]:
    return {t: sorted((tuple(r) for r in db.execute(f'select * from "{t}"')), key=repr) for t in SUMMARY_TABLES}


def build(path, count: int = 30) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db["articles"].insert_all(load_corpus()[:count], pk="id")
    extract_table(db, "articles", "body", "published", "title")
    return db


def test_extract_writes_summaries_that_match_the_items(tmp_path):
    db = build(tmp_path / "news.db")
    direct = dict(db.execute(
        "select speaker, count(*) from newsclaims_quotes where speaker is not null group by speaker").fetchall())
    summary = dict(db.execute("select speaker, quotes from _newsclaims_speakers where quotes > 0").fetchall())
    assert summary == direct and len(summary) > 5
    months = db.execute("select sum(events) from _newsclaims_event_months").fetchone()[0]
    dated = db.execute("select count(*) from newsclaims_events where date_start glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'")
    assert months == dated.fetchone()[0]
    outlets = dict(db.execute("select outlet, articles from _newsclaims_outlets").fetchall())
    assert outlets == dict(db.execute("select outlet, count(*) from articles group by outlet").fetchall())


def test_an_incremental_run_leaves_what_a_rebuild_would(tmp_path):
    db = build(tmp_path / "news.db")
    ids = [r[0] for r in db.execute("select id from articles order by id")]
    bodies = {i: b for i, b in db.execute("select id, body from articles")}
    db["articles"].update(ids[0], {"body": bodies[ids[1]]})  # another article's speakers and dates
    db["articles"].update(ids[2], {"body": "Nothing is quoted here any more."})
    db["articles"].delete(ids[3])
    db["articles"].insert(dict(load_corpus()[40]), pk="id")
    stats = extract_table(db, "articles", "body", "published", "title")
    assert stats["extracted"] == 3 and stats["removed"] == 1
    incremental = snapshot(db)
    refresh_summaries(db, "articles")
    assert snapshot(db) == incremental


def test_a_run_that_changes_nothing_leaves_the_summaries_untouched(tmp_path):
    db = build(tmp_path / "news.db", count=10)
    before = snapshot(db)
    changes = db.conn.total_changes
    refresh_summaries(db, "articles", [])
    assert db.conn.total_changes == changes
    assert extract_table(db, "articles", "body", "published", "title")["unchanged"] == 10
    assert snapshot(db) == before


def test_a_database_without_summaries_gets_them_on_the_next_run(tmp_path):
    db = build(tmp_path / "news.db", count=10)
    expected = snapshot(db)
    for table in SUMMARY_TABLES:
        db[table].drop()
    assert extract_table(db, "articles", "body", "published", "title")["unchanged"] == 10
    assert snapshot(db) == expected
