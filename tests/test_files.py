"""`extract-files` (JSON lines or Parquet shards -> Parquet shards of rows, with
Dask) and `load` (those shards -> SQLite): the same rows as `extract`."""
from __future__ import annotations

import json

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli as datasette_cli

from datasette_newsclaims.demo import load_corpus
from derived_rows import schema, snapshot

pytest.importorskip("dask.bag")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

ARTICLES = sorted(load_corpus()[:40], key=lambda a: a["id"])  # in key order, as extract reads them


def cli(*args):
    result = CliRunner().invoke(datasette_cli, ["newsclaims", *map(str, args)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def write_jsonl(path, articles):
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf8")
    return path


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The rows `extract` writes for ARTICLES from a SQLite table."""
    path = tmp_path_factory.mktemp("extract") / "news.db"
    sqlite_utils.Database(path)["articles"].insert_all(ARTICLES, pk="id")
    cli("extract", path, "articles", "--text", "body", "--published", "published", "--title", "title", "--workers", "1")
    return path


def extract_files(out, *shards, extra=()):
    return cli("extract-files", *shards, "--out", out, "--text", "body", "--published", "published",
               "--title", "title", *extra)


def test_jsonl_shards_extracted_and_loaded_equal_extract(tmp_path, extracted):
    shards = [write_jsonl(tmp_path / "a.jsonl", ARTICLES[:15]), write_jsonl(tmp_path / "b.jsonl", ARTICLES[15:])]
    result = extract_files(tmp_path / "rows", *shards, extra=["--workers", "2", "--blocksize", "20kB"])
    assert "40 articles" in result.stderr
    parts = sorted((tmp_path / "rows" / "newsclaims_quotes").glob("part-*.parquet"))
    assert len(parts) > 2  # the JSON lines were cut into blocks
    schemas = {str(pq.read_schema(p)) for p in parts}
    assert len(schemas) == 1 and "speaker: string" in schemas.pop()
    result = cli("load", tmp_path / "news.db", tmp_path / "rows")
    assert "40 loaded, 0 unchanged" in result.stderr
    loaded = tmp_path / "news.db"
    assert snapshot(loaded) == snapshot(extracted)
    # indexes and full-text triggers built again after the load; article_id references no table there (the
    # database holds no table of articles), where extract declared a foreign key to its table
    unkeyed = [(kind, name, sql and sql.replace(' REFERENCES "articles"("id")', "")) for kind, name, sql in schema(extracted)]
    assert schema(loaded) == unkeyed
    search = "SELECT rowid FROM newsclaims_quotes_fts WHERE newsclaims_quotes_fts MATCH 'government OR people'"
    assert sqlite_utils.Database(loaded).execute(search).fetchall() == sqlite_utils.Database(extracted).execute(search).fetchall()
    assert len(sqlite_utils.Database(loaded).execute(search).fetchall()) > 3
    assert sqlite_utils.Database(loaded).execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0]


def test_parquet_shards_on_a_local_dask_cluster_equal_extract(tmp_path, extracted):
    pytest.importorskip("distributed")
    shard = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES), shard, row_group_size=10)
    extract_files(tmp_path / "rows", shard, extra=["--dask", "local", "--workers", "2"])
    assert len(list((tmp_path / "rows" / "_newsclaims_articles").glob("part-*.parquet"))) == 4
    cli("load", tmp_path / "news.db", tmp_path / "rows")
    assert snapshot(tmp_path / "news.db") == snapshot(extracted)


def test_loading_again_changes_nothing_and_a_changed_article_is_replaced(tmp_path):
    shard = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:5])
    extract_files(tmp_path / "rows", shard, extra=["--workers", "1"])
    cli("load", tmp_path / "news.db", tmp_path / "rows")
    first = snapshot(tmp_path / "news.db")
    assert "0 loaded, 5 unchanged" in cli("load", tmp_path / "news.db", tmp_path / "rows").stderr
    assert snapshot(tmp_path / "news.db") == first

    changed = dict(ARTICLES[0], body="The mayor said: \"We will open 3 new schools in 2031.\"")
    write_jsonl(shard, [changed, *ARTICLES[1:5]])
    extract_files(tmp_path / "rows", shard, extra=["--workers", "1"])
    assert "1 loaded, 4 unchanged" in cli("load", tmp_path / "news.db", tmp_path / "rows").stderr
    quotes = snapshot(tmp_path / "news.db")["newsclaims_quotes"]
    assert [q["text"] for q in quotes if q["article_id"] == changed["id"]] == ["We will open 3 new schools in 2031."]
    others = [q for q in quotes if q["article_id"] != changed["id"]]
    assert others == [q for q in first["newsclaims_quotes"] if q["article_id"] != changed["id"]]


def test_an_unfinished_shard_directory_is_refused(tmp_path):
    (tmp_path / "rows").mkdir()
    result = CliRunner().invoke(datasette_cli, ["newsclaims", "load", str(tmp_path / "news.db"), str(tmp_path / "rows")])
    assert result.exit_code == 1
    assert "no newsclaims-shards.json" in result.output


def test_a_record_without_its_key_is_named(tmp_path):
    shard = write_jsonl(tmp_path / "a.jsonl", [{"body": "No key here."}])
    result = CliRunner().invoke(
        datasette_cli, ["newsclaims", "extract-files", str(shard), "--out", str(tmp_path / "rows"), "--text", "body",
                        "--workers", "1"],
    )
    assert result.exit_code == 1
    assert "a record has no 'id'" in result.output
