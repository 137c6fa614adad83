"""The demo: ``datasette newsclaims demo --build-only`` and ``run_demo(..., build_only=True)``."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli

from datasette_newsclaims.demo import build_demo, load_metadata, run_demo

SEED_ID = "seed-thehill-sessions-chicago"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert run_demo(path, build_only=True) == path
    return path


def test_demo_command_builds_without_serving(tmp_path):
    path = tmp_path / "mydemo.db"
    result = CliRunner().invoke(cli, ["newsclaims", "demo", "--build-only", "--path", str(path)])
    assert result.exit_code == 0, result.output
    assert "119 articles, 119 extracted" in result.output
    assert sqlite_utils.Database(path)["articles"].count == 119


def test_demo_articles_table(demo_db):
    db = sqlite_utils.Database(demo_db)
    articles = db["articles"]
    assert list(articles.columns_dict) == ["id", "title", "body", "published", "outlet", "url", "license"]
    assert articles.pks == ["id"]
    seed = articles.get(SEED_ID)
    assert (seed["title"], seed["published"], seed["outlet"]) == (
        "Sessions rails against Chicago during visit to Miami",
        "2017-08-16",
        "The Hill",
    )
    wikinews = list(articles.rows_where("outlet = ?", ["Wikinews"]))
    assert len(wikinews) == 118
    assert all(a["license"] == "CC BY 2.5 (Wikinews)" for a in wikinews)
    assert all(a["url"].startswith("https://en.wikinews.org/wiki/") for a in wikinews)
    assert all(a["id"].startswith("meantime-") for a in wikinews)
    # full-text search over the articles
    assert [r["id"] for r in articles.search("sanctuary Miami")] == [SEED_ID]


def test_demo_extracts_the_seed_article(demo_db):
    db = sqlite_utils.Database(demo_db)
    figures = list(db["newsclaims_figures"].rows_where("article_id = ? and text = ?", [SEED_ID, "4,300"]))
    assert [(f["value"], f["kind"], f["speaker"]) for f in figures] == [(4300, "count", "Jeff Sessions")]
    events = list(db["newsclaims_events"].rows_where("article_id = ? and text = ?", [SEED_ID, "Aug. 7"]))
    assert [(e["date_start"], e["date_end"], e["granularity"]) for e in events] == [
        ("2017-08-07", "2017-08-07", "day")
    ]
    speakers = {r["speaker"] for r in db["newsclaims_quotes"].rows_where("article_id = ?", [SEED_ID])}
    assert {"Jeff Sessions", "Rahm Emanuel"} <= speakers
    # the Wikinews articles are extracted too
    extracted = db.execute("select count(distinct article_id) from newsclaims_quotes").fetchone()[0]
    assert extracted > 10


def test_rebuilding_the_demo_extracts_nothing_new(demo_db):
    before = {t: sqlite_utils.Database(demo_db)[t].count for t in ("newsclaims_quotes", "newsclaims_events")}
    stats = build_demo(demo_db, quiet=True)
    assert (stats["extracted"], stats["unchanged"]) == (0, 119)
    assert {t: sqlite_utils.Database(demo_db)[t].count for t in before} == before


def test_metadata_credits_wikinews_and_follows_the_database_name():
    metadata = load_metadata("newsroom")
    assert "CC BY 2.5" in metadata["license"]
    assert "Wikinews" in metadata["source"] and "The Hill" in metadata["source"]
    tables = metadata["databases"]["newsroom"]["tables"]
    assert tables["newsclaims_events"]["facets"] == ["granularity", "year", "speaker"]
    assert tables["newsclaims_figures"]["facets"] == ["kind", "unit", "speaker"]
    assert "demo" not in metadata["databases"]
    assert "demo" in load_metadata()["databases"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_demo_serves_the_database_immutable_with_its_metadata(demo_db):
    port = free_port()
    command = [sys.executable, "-m", "datasette", "newsclaims", "demo", "--path", str(demo_db), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urlopen(f"http://127.0.0.1:{port}/-/databases.json", timeout=2) as response:
                    databases = json.load(response)
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "demo server did not start"
                time.sleep(0.3)
        if isinstance(databases, dict):  # Datasette 1.0: {"ok": true, "databases": [...]}
            databases = databases["databases"]
        assert [(d["name"], d["is_mutable"]) for d in databases] == [("demo", False)]
        with urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            home = response.read().decode()
        # title, license and attribution from the bundled metadata
        assert "<h1>News claims</h1>" in home
        assert "CC BY 2.5 (Wikinews articles)" in home
        assert "Wikinews articles (CC BY 2.5" in home
    finally:
        server.terminate()
        server.wait(timeout=20)
