"""`datasette newsclaims metadata news.db > metadata.yml`, and Datasette serving that file."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner
from datasette.app import Datasette
from datasette.cli import cli as datasette_cli

from datasette_newsclaims.demo import seed_article

ARTICLE = seed_article()


@pytest.fixture
def news_db(tmp_path) -> Path:
    """``news.db``: the seed article in ``stories`` (headline, body, outlet, date), extracted."""
    path = tmp_path / "news.db"
    story = {"id": 1, "headline": ARTICLE["title"], "body": ARTICLE["text"], "outlet": "The Hill",
             "date": ARTICLE["published"]}
    sqlite_utils.Database(path)["stories"].insert(story, pk="id")
    result = CliRunner().invoke(datasette_cli, [
        "newsclaims", "extract", str(path), "stories", "--text", "body", "--published", "date",
        "--title", "headline", "-q",
    ])
    assert result.exit_code == 0, result.output
    return path


def write_metadata(path: Path, *args: str) -> str:
    result = CliRunner().invoke(datasette_cli, ["newsclaims", "metadata", str(path), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_describes_the_article_table_with_the_columns_it_was_extracted_from(news_db):
    metadata = yaml.safe_load(write_metadata(news_db))
    stories = metadata["databases"]["news"]["tables"]["stories"]
    assert set(stories["columns"]) == {"body", "date", "headline"}
    assert stories["sort_desc"] == "date"
    assert stories["facets"] == ["outlet"]
    assert stories["label_column"] == "headline"


def test_every_column_of_the_tables_it_writes_is_described(news_db):
    tables = yaml.safe_load(write_metadata(news_db))["databases"]["news"]["tables"]
    db = sqlite_utils.Database(news_db)
    for name in ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures"):
        assert set(tables[name]["columns"]) == set(db[name].columns_dict), name
        assert tables[name]["title"] and tables[name]["facets"]
    for view in ("newsclaims_claims", "newsclaims_timeline"):
        assert set(tables[view]["columns"]) <= set(db[view].columns_dict), view


def test_hides_the_bookkeeping_tables(news_db):
    sqlite_utils.Database(news_db)["_enrichment_jobs"].insert({"id": 1})  # left by a datasette-enrichments job
    tables = yaml.safe_load(write_metadata(news_db))["databases"]["news"]["tables"]
    hidden = {name for name, entry in tables.items() if entry.get("hidden")}
    bookkeeping = {name for name in sqlite_utils.Database(news_db).table_names() if name.startswith("_newsclaims_")}
    assert {"_newsclaims_articles", "_newsclaims_sources", "_newsclaims_speakers"} <= bookkeeping
    assert hidden == bookkeeping | {"_sqlite_migrations", "_enrichment_jobs"}


def test_only_reads_the_database(news_db):
    before = hashlib.sha256(news_db.read_bytes()).hexdigest()
    write_metadata(news_db)
    assert hashlib.sha256(news_db.read_bytes()).hexdigest() == before


def test_name_option_for_a_database_served_under_another_name(news_db):
    metadata = yaml.safe_load(write_metadata(news_db, "--name", "archive"))
    assert list(metadata["databases"]) == ["archive"]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: sqlite_utils.Database(p)["stories"].insert({"id": 1}), "run `datasette newsclaims extract`"),
        (lambda p: p.write_text("not a database"), "not a readable SQLite database"),
        (lambda p: None, "Database file not found"),
    ],
)
def test_says_why_it_cannot_describe_a_database(tmp_path, make, message):
    path = tmp_path / "other.db"
    make(path)
    result = CliRunner().invoke(datasette_cli, ["newsclaims", "metadata", str(path)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_datasette_serve_loads_the_written_file(news_db, tmp_path):
    metadata_path = tmp_path / "metadata.yml"
    metadata_path.write_text(write_metadata(news_db), encoding="utf8")
    result = CliRunner().invoke(
        datasette_cli, ["serve", str(news_db), "-m", str(metadata_path), "--get", "/news/newsclaims_quotes"]
    )
    assert result.exit_code == 0, result.output
    assert "The verb that attributes the quote" in result.output


@pytest.mark.asyncio
async def test_datasette_shows_what_the_file_describes(news_db):
    ds = Datasette([str(news_db)], metadata=yaml.safe_load(write_metadata(news_db)))
    await ds.invoke_startup()
    database = (await ds.client.get("/news.json")).json()
    visible = {t["name"] for t in database["tables"] if not t["hidden"]}
    assert {"stories", "newsclaims_quotes", "newsclaims_events", "newsclaims_figures"} <= visible
    assert not visible & {"_newsclaims_articles", "_newsclaims_sources", "_sqlite_migrations"}

    quotes = await ds.client.get("/news/newsclaims_quotes")
    assert quotes.status_code == 200
    assert "The verb that attributes the quote" in quotes.text  # column descriptions are shown
    figures = (await ds.client.get("/news/newsclaims_figures.json", params={"_extra": "facet_results"})).json()
    facets = figures["facet_results"]
    assert {"kind", "unit", "speaker"} <= set(facets.get("results", facets))
    quote_rows = (await ds.client.get("/news/newsclaims_quotes.json", params={"_labels": "on", "_shape": "objects"})).json()
    assert quote_rows["rows"][0]["article_id"] == {"value": 1, "label": ARTICLE["title"]}  # the headline labels the key
