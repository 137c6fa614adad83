"""`datasette newsclaims extract` and `sqlite-utils newsclaims extract` on temporary databases."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli as datasette_cli
from sqlite_utils.cli import cli as sqlite_utils_cli

from datasette_newsclaims.demo import seed_article

SEED_ARTICLE = seed_article()  # bundled with the package: the tests need no ../shared
ITEM_TABLES = ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures")


def seed_row(**changes):
    row = {k: SEED_ARTICLE[k] for k in ("id", "published", "title", "text")}
    row.update(changes)
    return row


@pytest.fixture
def news_db(tmp_path):
    path = tmp_path / "news.db"
    sqlite_utils.Database(path)["articles"].insert(seed_row(), pk="id")
    return path


def extract(path, *args, cli=datasette_cli, table="articles"):
    return CliRunner().invoke(
        cli,
        ["newsclaims", "extract", str(path), table, "--text", "text", *args],
        catch_exceptions=False,
    )


def full_args():
    return ["--published", "published", "--title", "title"]


def rows(path, sql, params=()):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def file_digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_extract_creates_tables_indexes_fts_and_views(news_db):
    result = extract(news_db, *full_args())
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(news_db)
    assert set(ITEM_TABLES) | {"_newsclaims_articles", "_newsclaims_sources"} <= set(db.table_names())
    assert {"newsclaims_claims", "newsclaims_timeline"} <= set(db.table_names())  # kept per batch, indexed
    faceted = {
        "newsclaims_quotes": ["speaker", "cue", "article_id"],
        "newsclaims_events": ["speaker", "granularity", "year", "month", "date_start", "article_id"],
        "newsclaims_figures": ["speaker", "kind", "unit", "article_id"],
    }
    for table, columns in faceted.items():
        indexed = {column for index in db[table].indexes for column in index.columns}
        assert set(columns) <= indexed, table
    assert db["newsclaims_quotes"].detect_fts() == "newsclaims_quotes_fts"
    assert any("newsclaims_quotes_fts" in t.sql for t in db.triggers)
    source = db["_newsclaims_sources"].get("articles")
    assert {k: source[k] for k in ("pk_column", "text_column", "published_column", "title_column", "articles")} == {
        "pk_column": "id", "text_column": "text", "published_column": "published", "title_column": "title",
        "articles": 1,
    }


def test_extract_seed_article_finds_the_quoted_figure_and_the_dated_event(news_db):
    assert extract(news_db, *full_args()).exit_code == 0
    claims = rows(news_db, "SELECT * FROM newsclaims_claims WHERE figure = '4,300'")
    assert len(claims) == 1
    assert claims[0]["speaker"] == "Jeff Sessions"
    assert claims[0]["value"] == 4300
    assert claims[0]["article_id"] == SEED_ARTICLE["id"]
    assert "4,300 shooting victims" in claims[0]["quote"]
    assert claims[0]["title"] == SEED_ARTICLE["title"]

    aug7 = rows(news_db, "SELECT * FROM newsclaims_timeline WHERE text = 'Aug. 7'")
    assert [(e["date_start"], e["date_end"], e["granularity"], e["year"], e["month"]) for e in aug7] == [
        ("2017-08-07", "2017-08-07", "day", 2017, 8)
    ]
    assert aug7[0]["title"] == SEED_ARTICLE["title"]
    timeline = [e["date_start"] for e in rows(news_db, "SELECT date_start FROM newsclaims_timeline ORDER BY date_start")]
    assert len(timeline) == len(rows(news_db, "SELECT id FROM newsclaims_events WHERE date_start IS NOT NULL"))

    fts = rows(
        news_db,
        "SELECT q.speaker FROM newsclaims_quotes q JOIN newsclaims_quotes_fts f ON f.rowid = q.id "
        "WHERE newsclaims_quotes_fts MATCH 'shooting'",
    )
    assert fts == [{"speaker": "Jeff Sessions"}]


def test_figures_and_events_carry_the_sentence_they_stand_in(news_db):
    assert extract(news_db, *full_args()).exit_code == 0
    [aug7] = rows(news_db, "SELECT sentence FROM newsclaims_events WHERE text = 'Aug. 7'")
    assert aug7["sentence"].startswith("Sessions took direct aim at Chicago Mayor Rahm Emanuel (D)")
    assert aug7["sentence"].endswith("against the federal government on Aug. 7.")  # "Aug." ends no sentence
    for table in ("newsclaims_events", "newsclaims_figures"):
        for row in rows(news_db, f"SELECT text, sentence FROM {table}"):
            assert row["text"] in row["sentence"] and "\n" not in row["sentence"].strip()


def test_every_stored_offset_indexes_the_article_text(news_db):
    assert extract(news_db, *full_args()).exit_code == 0
    text = SEED_ARTICLE["text"]
    checked = 0
    for table in ITEM_TABLES:
        for row in rows(news_db, f'SELECT "start", "end", text, article_id FROM {table}'):
            assert row["article_id"] == SEED_ARTICLE["id"]
            assert text[row["start"] : row["end"]] == row["text"]
            checked += 1
    assert checked >= 3  # at least one quote, event and figure on the seed article


def test_views_work_on_a_plain_sqlite_connection_without_the_plugin(news_db):
    assert extract(news_db, *full_args()).exit_code == 0
    conn = sqlite3.connect(news_db)  # no newsclaims functions registered here
    assert conn.execute("SELECT count(*) FROM newsclaims_claims").fetchone()[0] >= 1
    assert conn.execute("SELECT count(*) FROM newsclaims_timeline").fetchone()[0] >= 1
    # the FTS triggers fire on a plain connection too
    conn.execute("DELETE FROM newsclaims_quotes")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM newsclaims_quotes_fts").fetchone()[0] == 0


def test_rerun_skips_unchanged_articles_and_never_duplicates(news_db):
    first = extract(news_db, *full_args())
    before = {t: rows(news_db, f"SELECT * FROM {t} ORDER BY id") for t in ITEM_TABLES}
    second = extract(news_db, *full_args())
    assert second.exit_code == 0
    assert "1 extracted" in first.stderr
    assert "0 extracted, 1 unchanged" in second.stderr
    assert {t: rows(news_db, f"SELECT * FROM {t} ORDER BY id") for t in ITEM_TABLES} == before
    assert rows(news_db, "SELECT count(*) AS n FROM _newsclaims_articles") == [{"n": 1}]


def test_changed_article_has_its_rows_replaced(news_db):
    assert extract(news_db, *full_args()).exit_code == 0
    old_hash = rows(news_db, "SELECT hash FROM _newsclaims_articles")[0]["hash"]
    changed = SEED_ARTICLE["text"].replace("more than 4,300 shooting victims", "more than 5,100 shooting victims")
    sqlite_utils.Database(news_db)["articles"].update(SEED_ARTICLE["id"], {"text": changed})

    result = extract(news_db, *full_args())
    assert result.exit_code == 0
    assert "1 extracted, 0 unchanged" in result.stderr
    figures = [r["text"] for r in rows(news_db, "SELECT text FROM newsclaims_figures")]
    assert "5,100" in figures and "4,300" not in figures
    assert rows(news_db, "SELECT hash FROM _newsclaims_articles")[0]["hash"] != old_hash
    for table in ITEM_TABLES:
        for row in rows(news_db, f'SELECT "start", "end", text FROM {table}'):
            assert changed[row["start"] : row["end"]] == row["text"]
    # nothing orphaned: every figure's quote still exists
    assert rows(
        news_db,
        "SELECT count(*) AS n FROM newsclaims_figures f LEFT JOIN newsclaims_quotes q ON q.id = f.quote_id "
        "WHERE f.quote_id IS NOT NULL AND q.id IS NULL",
    ) == [{"n": 0}]


def test_changed_publication_date_reresolves_relative_dates(news_db):
    assert extract(news_db, *full_args()).exit_code == 0
    sqlite_utils.Database(news_db)["articles"].update(SEED_ARTICLE["id"], {"published": "2018-08-15"})
    assert extract(news_db, *full_args()).exit_code == 0
    wednesdays = rows(news_db, "SELECT DISTINCT date_start FROM newsclaims_events WHERE text = 'Wednesday'")
    assert wednesdays == [{"date_start": "2018-08-15"}]


def test_deleted_articles_lose_their_rows(news_db):
    db = sqlite_utils.Database(news_db)
    db["articles"].insert(seed_row(id="copy"))
    assert extract(news_db, *full_args()).exit_code == 0
    per_article = rows(news_db, "SELECT article_id, count(*) AS n FROM newsclaims_quotes GROUP BY 1 ORDER BY 1")
    assert [r["article_id"] for r in per_article] == ["copy", SEED_ARTICLE["id"]]
    assert per_article[0]["n"] == per_article[1]["n"] > 0

    db["articles"].delete("copy")
    result = extract(news_db, *full_args())
    assert "1 removed" in result.stderr
    for table in (*ITEM_TABLES, "_newsclaims_articles"):
        assert rows(news_db, f"SELECT count(*) AS n FROM {table} WHERE article_id = 'copy'") == [{"n": 0}]


def test_small_batches_give_the_same_rows_as_one_batch(tmp_path):
    paths = []
    for batch_size in ("1", "100"):
        path = tmp_path / f"batch{batch_size}.db"
        sqlite_utils.Database(path)["articles"].insert_all(
            [seed_row(id=f"a{i}") for i in range(5)], pk="id"
        )
        result = extract(path, *full_args(), "--batch-size", batch_size)
        assert result.exit_code == 0
        assert "5 extracted" in result.stderr
        paths.append(path)
    for table in ITEM_TABLES:
        sql = f'SELECT article_id, "start", "end", text FROM {table} ORDER BY article_id, "start"'
        assert rows(paths[0], sql) == rows(paths[1], sql)
    ids = rows(paths[0], "SELECT count(DISTINCT id) AS d, count(*) AS n FROM newsclaims_quotes")[0]
    assert ids["d"] == ids["n"] == 5 * len(
        rows(paths[0], "SELECT id FROM newsclaims_quotes WHERE article_id = 'a0'")
    )


def test_rowid_table_uses_rowid_as_article_id(tmp_path):
    path = tmp_path / "rowid.db"
    db = sqlite_utils.Database(path)
    db["stories"].insert_all([{"body": "Nothing to see."}, {"body": SEED_ARTICLE["text"], "day": "2017-08-16"}])
    result = CliRunner().invoke(
        datasette_cli, ["newsclaims", "extract", str(path), "stories", "--text", "body", "--published", "day"]
    )
    assert result.exit_code == 0, result.output
    assert db["_newsclaims_sources"].get("stories")["pk_column"] == "rowid"
    assert {r["article_id"] for r in rows(path, "SELECT article_id FROM newsclaims_figures")} == {2}
    assert rows(path, "SELECT article_id, figures FROM _newsclaims_articles ORDER BY 1")[0] == {
        "article_id": 1, "figures": 0,
    }


def test_null_numeric_and_binary_cells_are_skipped_and_counted(tmp_path):
    path = tmp_path / "mixed.db"
    db = sqlite_utils.Database(path)
    # an untyped column keeps each cell's type, as a database filled by hand can
    db.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, text, published, title)")
    db["articles"].insert_all(
        [
            seed_row(id="good"),
            {"id": "null", "text": None},
            {"id": "number", "text": 42},
            {"id": "binary", "text": b"\xff\xfe\x00\x81"},
            {"id": "utf8-bytes", "text": "Sales rose 5 percent in June, the company said.".encode()},
        ],
        pk="id",
    )
    result = extract(path, *full_args())
    assert result.exit_code == 0, result.output
    assert "1 skipped (binary)" in result.stderr
    assert "1 skipped (non_text)" in result.stderr
    assert "1 skipped (null)" in result.stderr
    assert "1 coerced (binary_decoded)" in result.stderr
    with_items = {r["article_id"] for r in rows(path, "SELECT article_id FROM newsclaims_figures")}
    assert with_items == {"good", "utf8-bytes"}
    assert extract(path, *full_args()).stderr.count("5 unchanged") == 1


def test_unreadable_publication_date_leaves_relative_dates_unresolved(tmp_path):
    path = tmp_path / "baddate.db"
    sqlite_utils.Database(path)["articles"].insert(seed_row(published="sometime soon-ish"), pk="id")
    result = extract(path, *full_args())
    assert result.exit_code == 0
    assert "1 unreadable publication dates" in result.stderr
    wednesdays = rows(path, "SELECT date_start FROM newsclaims_events WHERE text = 'Wednesday'")
    assert wednesdays and all(r["date_start"] is None for r in wednesdays)


@pytest.mark.parametrize(
    "args, message",
    [
        (["articles", "--text", "body"], "Column 'body' (--text) not found in table 'articles'"),
        (["articles", "--text", "text", "--published", "pubdate"], "Column 'pubdate' (--published) not found"),
        (["articles", "--text", "text", "--title", "headline"], "Column 'headline' (--title) not found"),
        (["stories", "--text", "text"], "Table 'stories' not found. Tables: articles"),
        (["articles", "--text", "word_count"], "Column 'word_count' of 'articles' holds no text (1 integer)"),
        (["articles_view", "--text", "text"], "'articles_view' is a view"),
    ],
)
def test_bad_input_fails_clearly_and_leaves_the_database_as_it_was(tmp_path, args, message):
    path = tmp_path / "news.db"
    db = sqlite_utils.Database(path)
    db["articles"].insert(seed_row(word_count=612), pk="id")
    db.create_view("articles_view", "SELECT * FROM articles")
    db.close()
    before = file_digest(path)
    result = CliRunner().invoke(datasette_cli, ["newsclaims", "extract", str(path), *args])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert file_digest(path) == before


def test_binary_only_column_and_null_keys_are_refused_before_writing(tmp_path):
    path = tmp_path / "odd.db"
    db = sqlite_utils.Database(path)
    db.execute("CREATE TABLE scans (id TEXT PRIMARY KEY, image, body TEXT)")
    db["scans"].insert_all(
        [{"id": "a", "image": b"\x89PNG\r\n\x1a\n\xff\x00", "body": "He said so."},
         {"id": None, "image": b"\xff\xd8\xff\xe0", "body": "She said so."}]
    )
    db.close()
    before = file_digest(path)
    runner = CliRunner()
    binary = runner.invoke(datasette_cli, ["newsclaims", "extract", str(path), "scans", "--text", "image"])
    assert binary.exit_code == 1
    assert "Column 'image' of 'scans' holds no text (2 blob)" in binary.output
    null_key = runner.invoke(datasette_cli, ["newsclaims", "extract", str(path), "scans", "--text", "body"])
    assert null_key.exit_code == 1
    assert "1 rows of 'scans' have a NULL primary key ('id')" in null_key.output
    assert file_digest(path) == before


def test_missing_database_file_is_an_error_and_is_not_created(tmp_path):
    path = tmp_path / "nope.db"
    result = extract(path)
    assert result.exit_code == 1
    assert f"Database file not found: {path}" in result.output
    assert not path.exists()


def test_a_file_that_is_not_sqlite_is_an_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for\n" * 20)
    result = extract(path)
    assert result.exit_code == 1
    assert "Not a readable SQLite database" in result.output
    assert path.read_text().startswith("these are not")


def test_extracting_from_a_newsclaims_table_is_refused(news_db):
    assert extract(news_db, *full_args()).exit_code == 0
    result = CliRunner().invoke(
        datasette_cli, ["newsclaims", "extract", str(news_db), "newsclaims_quotes", "--text", "text"]
    )
    assert result.exit_code == 1
    assert "one of the tables newsclaims writes" in result.output


def test_sqlite_utils_cli_runs_the_same_command(news_db):
    result = extract(news_db, *full_args(), cli=sqlite_utils_cli)
    assert result.exit_code == 0, result.output
    assert rows(news_db, "SELECT count(*) AS n FROM newsclaims_claims WHERE figure = '4,300'") == [{"n": 1}]
    assert "0 extracted, 1 unchanged" in extract(news_db, *full_args()).stderr


def test_sqlite_utils_query_has_the_sql_functions(news_db):
    result = CliRunner().invoke(
        sqlite_utils_cli,
        ["query", str(news_db), "select json_array_length(newsclaims_quotes(text)) as quotes, "
         "json_extract(newsclaims_figures(text), '$[0].text') as first_figure from articles"],
    )
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert row["quotes"] >= 3 and row["first_figure"]


def test_summary_reports_the_rate(news_db):
    result = extract(news_db, *full_args())
    assert "articles/s" in result.stderr
    assert "1 articles, 1 extracted" in result.stderr
    assert result.stdout == ""


def test_quiet_prints_nothing(news_db):
    result = extract(news_db, "--quiet")
    assert result.exit_code == 0
    assert result.output == ""


@pytest.mark.parametrize("cli", [datasette_cli, sqlite_utils_cli])
def test_help_explains_every_option(cli):
    runner = CliRunner()
    group = runner.invoke(cli, ["newsclaims", "--help"])
    assert "extract" in group.output and "demo" in group.output
    text = runner.invoke(cli, ["newsclaims", "extract", "--help"]).output
    for option in ("--text", "--published", "--title", "--email", "--batch-size", "--quiet"):
        assert option in text
    assert "unchanged articles are skipped" in text
    demo = runner.invoke(cli, ["newsclaims", "demo", "--help"]).output
    for option in ("--path", "--port", "--build-only"):
        assert option in demo


def test_batch_size_must_be_positive(news_db):
    result = extract(news_db, "--batch-size", "0")
    assert result.exit_code == 2
    assert "--batch-size" in result.output


def test_an_article_whose_extraction_fails_is_reported_and_retried(news_db, monkeypatch):
    from datasette_newsclaims.store import analysis

    real_analyze = analysis.analyze

    def failing_on_boom(text, published=None):
        if "BOOM" in text:
            raise RuntimeError("extractor bug")
        return real_analyze(text, published)

    monkeypatch.setattr(analysis, "analyze", failing_on_boom)
    sqlite_utils.Database(news_db)["articles"].insert(seed_row(id="bad", text="BOOM, he said."))
    result = extract(news_db, *full_args())
    assert result.exit_code == 0
    assert "1 skipped (error)" in result.stderr
    assert "error in article 'bad': RuntimeError: extractor bug" in result.stderr
    assert rows(news_db, "SELECT article_id FROM _newsclaims_articles") == [{"article_id": SEED_ARTICLE["id"]}]
    monkeypatch.setattr(analysis, "analyze", real_analyze)
    assert "1 extracted, 1 unchanged" in extract(news_db, *full_args()).stderr
