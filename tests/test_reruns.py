"""Re-running `extract` safely: changed options are refused, a database locked
by another process is waited for, a read-only database with nothing to do is
fine, and skipped rows are counted apart from extracted ones."""
from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli as datasette_cli

from datasette_newsclaims.demo import seed_article
from datasette_newsclaims.store import ExtractError, extract_table
from derived_rows import snapshot

SEED = seed_article()


@pytest.fixture
def news_db(tmp_path):
    path = tmp_path / "news.db"
    sqlite_utils.Database(path)["articles"].insert(
        {"id": SEED["id"], "body": SEED["text"], "day": SEED["published"], "headline": SEED["title"],
         "summary": "The attorney general spoke on Wednesday."},
        pk="id",
    )
    return path


def extract(path, *args):
    return CliRunner().invoke(
        datasette_cli, ["newsclaims", "extract", str(path), "articles", "--workers", "1", *args],
    )


FULL = ("--text", "body", "--published", "day", "--title", "headline")


def test_a_rerun_without_published_is_refused_and_names_what_changed(news_db):
    assert extract(news_db, *FULL).exit_code == 0
    before = snapshot(news_db)
    result = extract(news_db, "--text", "body", "--title", "headline")
    assert result.exit_code == 1
    assert "--published 'day' last time, left off now" in result.output
    assert "--force" in result.output
    assert snapshot(news_db) == before  # the dates were not nulled


def test_another_text_column_is_refused_unless_forced(news_db):
    assert extract(news_db, *FULL).exit_code == 0
    result = extract(news_db, "--text", "summary", "--published", "day", "--title", "headline")
    assert result.exit_code == 1
    assert "--text 'body' last time, 'summary' now" in result.output
    forced = extract(news_db, "--text", "summary", "--published", "day", "--title", "headline", "--force")
    assert forced.exit_code == 0, forced.output
    assert "1 extracted" in forced.stderr
    source = sqlite_utils.Database(news_db)["_newsclaims_sources"].get("articles")
    assert source["text_column"] == "summary"
    assert extract(news_db, "--text", "summary", "--published", "day", "--title", "headline").exit_code == 0


def hold_write_lock(path, seconds):
    """Another process that takes the database's write lock and keeps it ``seconds``."""
    code = (
        "import sqlite3, sys, time\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "conn.execute(\"INSERT INTO articles (id, body) VALUES ('held', 'Held for a while.')\")\n"
        "print('locked', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
        "conn.execute('COMMIT')\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_write_lock_held_for_4_seconds_is_waited_for(news_db):
    holder = hold_write_lock(news_db, 4)
    started = time.monotonic()
    result = extract(news_db, *FULL, "--busy-timeout", "10")
    holder.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 3
    assert "2 articles, 2 extracted" in result.stderr  # the holder's article too, committed meanwhile


def test_a_lock_held_past_the_busy_timeout_is_named(news_db):
    holder = hold_write_lock(news_db, 8)
    try:
        result = extract(news_db, *FULL, "--busy-timeout", "1")
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1
    assert "news.db is locked by another process" in result.output
    assert "database is locked" not in result.output


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write read-only files")
def test_a_rerun_on_a_read_only_database_with_nothing_to_do_reports_unchanged(news_db):
    assert extract(news_db, *FULL).exit_code == 0
    os.chmod(news_db, stat.S_IRUSR)
    try:
        result = extract(news_db, *FULL)
    finally:
        os.chmod(news_db, stat.S_IRUSR | stat.S_IWUSR)
    assert result.exit_code == 0, result.output
    assert "0 extracted, 1 unchanged" in result.stderr


def test_a_rerun_with_nothing_to_do_writes_nothing(news_db):
    assert extract(news_db, *FULL).exit_code == 0
    before = os.path.getmtime(news_db)
    time.sleep(0.05)
    result = extract(news_db, *FULL)
    assert "0 extracted, 1 unchanged" in result.stderr
    assert os.path.getmtime(news_db) == before


def test_a_read_only_connection_with_nothing_to_do_reports_unchanged(news_db):
    assert extract(news_db, *FULL).exit_code == 0
    read_only = sqlite_utils.Database(sqlite3.connect(f"file:{news_db}?mode=ro", uri=True))
    stats = extract_table(read_only, "articles", "body", "day", "headline")
    assert (stats["extracted"], stats["unchanged"]) == (0, 1)
    sqlite_utils.Database(news_db)["articles"].update(SEED["id"], {"headline": "A new headline"})
    with pytest.raises(ExtractError, match="news.db is read-only"):
        extract_table(read_only, "articles", "body", "day", "headline")


def test_skipped_rows_are_counted_apart_from_extracted_ones(tmp_path):
    path = tmp_path / "mixed.db"
    db = sqlite_utils.Database(path)
    db.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, body)")
    db["articles"].insert_all(
        [{"id": "a", "body": SEED["text"]}, {"id": "b", "body": "Rates rose 2 percent, she said."},
         {"id": "c", "body": None}, {"id": "d", "body": 42}, {"id": "e", "body": None}, {"id": "f", "body": b"\xff"}],
        pk="id",
    )
    result = extract(path, "--text", "body")
    assert result.exit_code == 0, result.output
    assert "6 articles, 2 extracted" in result.stderr
    assert "2 skipped (null)" in result.stderr and "1 skipped (non_text)" in result.stderr
    assert "6 articles, 0 extracted, 6 unchanged" in extract(path, "--text", "body").stderr


def item_ids(path):
    return {
        table: {(r["start"], r["end"], r["text"]): r["id"] for r in snapshot(path)[table]}
        for table in ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures")
    }


def test_unchanged_items_keep_their_ids_when_their_article_is_extracted_again(news_db):
    assert extract(news_db, *FULL).exit_code == 0
    before = item_ids(news_db)
    db = sqlite_utils.Database(news_db)
    added = '\n\n"We will hire 40 officers by June," the mayor said.'
    db["articles"].update(SEED["id"], {"body": SEED["text"] + added})
    assert "1 extracted" in extract(news_db, *FULL).stderr
    after = item_ids(news_db)
    for table, ids in before.items():
        assert {key: after[table][key] for key in ids} == ids, table  # every old item, the same id
    new_quotes = set(after["newsclaims_quotes"]) - set(before["newsclaims_quotes"])
    assert [text for _, _, text in new_quotes] == ["We will hire 40 officers by June,"]
    assert min(after["newsclaims_quotes"][key] for key in new_quotes) > max(before["newsclaims_quotes"].values())
    linked = db.execute(
        "SELECT count(*) FROM newsclaims_figures f JOIN newsclaims_quotes q ON q.id = f.quote_id "
        "WHERE f.start >= q.start AND f.end <= q.end"
    ).fetchone()[0]
    assert linked == db.execute("SELECT count(*) FROM newsclaims_figures WHERE quote_id IS NOT NULL").fetchone()[0]


def test_a_batch_finds_its_events_by_article_whatever_the_statistics(news_db):
    """Per batch the writer deletes and refreshes timeline rows by article: by the (article_table,
    date_start) index, which sampled statistics made the planner prefer, each batch read every event."""
    from datasette_newsclaims.store.materialized import TIMELINE_SELECT

    assert extract(news_db, *FULL).exit_code == 0
    db = sqlite_utils.Database(news_db)
    # the sampled statistics extract left on a 14,000-article archive, where the timeline's refresh read every event
    db.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'newsclaims_events'")
    db["sqlite_stat1"].insert_all([
        {"tbl": "newsclaims_events", "idx": "idx_newsclaims_events_article_table_date_start", "stat": "75020 1001 18"},
        {"tbl": "newsclaims_events", "idx": "idx_newsclaims_events_article_table_article_id", "stat": "92340 1001 12"},
        {"tbl": "newsclaims_events", "idx": "idx_newsclaims_events_date_start", "stat": "67938 18"},
    ])
    db.conn.commit()
    db.execute("ANALYZE sqlite_schema")  # reload the statistics
    where = "e.article_table = ? AND e.article_id IN (?, ?)"
    plans = [
        db.execute(f"EXPLAIN QUERY PLAN {TIMELINE_SELECT.format(where=where)}", ["articles", "x", "y"]).fetchall(),
        db.execute(
            "EXPLAIN QUERY PLAN DELETE FROM newsclaims_events WHERE article_table = ? AND article_id IN (?, ?)",
            ["articles", "x", "y"],
        ).fetchall(),
    ]
    for plan in plans:
        first = plan[0][3]
        assert "(article_table=? AND article_id=?)" in first, first
