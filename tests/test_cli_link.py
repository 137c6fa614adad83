"""`extract --no-link` and `newsclaims link`: extraction now, linking across articles later, with the same links."""
from __future__ import annotations

import os

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli as datasette_cli

from datasette_newsclaims.store import linking

from corpus_stories import BUS_CRASH, FLOOD, MILL_FIRE, SCHOOL_BOARD
from test_corpus_store import _partitions

ARTICLES = MILL_FIRE + SCHOOL_BOARD + BUS_CRASH + FLOOD


@pytest.fixture(autouse=True)
def fresh_linkers():
    linking._linkers.clear()
    yield
    linking._linkers.clear()


def _run(*args: str):
    result = CliRunner().invoke(datasette_cli, ["newsclaims", *args], catch_exceptions=False)
    return result


def _db(path, articles) -> str:
    db = sqlite_utils.Database(path)
    db["articles"].insert_all([dict(a) for a in articles], pk="id", replace=True)
    return str(path)


def _extract(path: str, *extra: str):
    return _run("extract", path, "articles", "--text", "text", "--published", "published", "--title", "title",
                "-q", *extra)


def test_extract_without_linking_then_link_gives_the_links_of_a_linked_extract(tmp_path):
    linked = _db(tmp_path / "linked.db", ARTICLES)
    assert _extract(linked).exit_code == 0
    later = _db(tmp_path / "later.db", ARTICLES)
    assert _extract(later, "--no-link").exit_code == 0
    db = sqlite_utils.Database(later)
    assert db.execute("SELECT count(*) FROM newsclaims_quote_groups").fetchone()[0] == 0
    assert db.execute("SELECT count(person_id) FROM newsclaims_quotes").fetchone()[0] == 0
    result = _run("link", later, "articles")
    assert result.exit_code == 0, result.output
    assert f"{len(ARTICLES)} articles linked" in result.output
    assert _partitions(sqlite_utils.Database(later)) == _partitions(sqlite_utils.Database(linked))


def test_a_change_extracted_without_linking_is_relinked_by_link(tmp_path):
    changed = [dict(a) for a in ARTICLES]
    crash_2 = next(a for a in changed if a["id"] == "crash-2")
    crash_2["text"] = crash_2["text"].replace("killed 16 people", "killed 15 people")
    fresh = _db(tmp_path / "fresh.db", changed)
    assert _extract(fresh).exit_code == 0
    path = _db(tmp_path / "news.db", ARTICLES)
    assert _extract(path).exit_code == 0
    _db(path, [crash_2])
    assert _extract(path, "--no-link").exit_code == 0
    assert linking.linking_due(sqlite_utils.Database(path), "articles")
    assert _run("link", path, "articles").exit_code == 0
    assert _partitions(sqlite_utils.Database(path)) == _partitions(sqlite_utils.Database(fresh))


def test_link_with_nothing_to_link_writes_nothing(tmp_path):
    path = _db(tmp_path / "news.db", ARTICLES)
    assert _extract(path).exit_code == 0
    before = os.stat(path).st_mtime_ns
    result = _run("link", path, "articles")
    assert result.exit_code == 0 and "nothing to link" in result.output
    assert os.stat(path).st_mtime_ns == before


def test_link_names_a_table_that_was_never_extracted(tmp_path):
    path = _db(tmp_path / "news.db", ARTICLES)
    result = _run("link", path, "articles")
    assert result.exit_code == 1
    assert "has not been extracted" in result.output
