"""The ``plugins: datasette-newsclaims:`` configuration, in ``metadata.yml``
(Datasette 0.65 and 1.0) and ``datasette.yaml`` (1.0), read by the plugin."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner
from datasette import __version__ as datasette_version
from datasette.app import Datasette
from datasette.cli import cli as datasette_cli

from datasette_newsclaims import config
from datasette_newsclaims.config import ConfigError, PageSizes, Settings, parse

IS_DATASETTE_1 = not datasette_version.startswith("0.")
ARTICLE = "“We will build 40 new schools by 2030,” the mayor said on Tuesday."


@pytest.fixture
def news_db(tmp_path) -> Path:
    path = tmp_path / "news.db"
    sqlite_utils.Database(path)["articles"].insert({"id": 1, "body": ARTICLE}, pk="id")
    return path


def cap_config(chars: int) -> dict:
    return {"plugins": {"datasette-newsclaims": {"sql_max_input_chars": chars}}}


async def quotes_of(ds: Datasette, text: str, database: str = "news"):
    response = await ds.client.get(
        f"/{database}.json", params={"sql": "select newsclaims_quotes(:t) as q", "t": text, "_shape": "array"},
        follow_redirects=True,
    )
    assert response.status_code == 200, response.text
    return json.loads(response.json()[0]["q"])


def test_defaults_without_configuration():
    settings = Settings()
    assert settings.sql_max_input_chars == 50_000
    assert settings.article_tables is None and settings.is_article_table("anything")
    assert settings.page_sizes == PageSizes()
    assert parse(None) == settings == parse({})


def test_a_block_replaces_only_the_keys_it_names():
    settings = parse({"article_tables": ["articles"], "page_sizes": {"articles": 20}})
    assert settings.is_article_table("articles") and not settings.is_article_table("comments")
    assert settings.page_sizes.articles == 20
    assert settings.page_sizes.timeline_events == PageSizes().timeline_events
    assert settings.sql_max_input_chars == Settings().sql_max_input_chars
    assert parse({"article_tables": "articles"}).article_tables == ("articles",)


@pytest.mark.parametrize(
    "block, named",
    [
        ({"sql_max_input_char": 10}, "'sql_max_input_char'"),
        ({"sql_max_input_chars": "20000"}, "sql_max_input_chars must be a whole number"),
        ({"sql_max_input_chars": 0}, "between 1 and"),
        ({"sql_max_input_chars": True}, "whole number"),
        ({"page_sizes": {"article": 10}}, "page_sizes: unknown setting 'article'"),
        ({"page_sizes": {"articles": -5}}, "page_sizes: articles must be between"),
        ({"page_sizes": 50}, "page_sizes must be a mapping"),
        ({"article_tables": [1, 2]}, "article_tables must be a list of table names"),
        (["sql_max_input_chars"], "must be a mapping"),
    ],
)
def test_bad_settings_are_refused_by_name(block, named):
    with pytest.raises(ConfigError) as error:
        parse(block)
    assert named in str(error.value)


@pytest.mark.asyncio
async def test_metadata_sets_the_sql_function_input_cap(news_db):
    ds = Datasette([str(news_db)], metadata=cap_config(100))
    await ds.invoke_startup()
    assert config.settings(ds).sql_max_input_chars == 100
    assert await quotes_of(ds, ARTICLE)  # 67 characters: analysed
    too_long = await quotes_of(ds, ARTICLE + " " + ARTICLE)
    assert too_long == {"error": "input longer than 100 characters (sql_max_input_chars)"}


@pytest.mark.asyncio
async def test_a_database_block_wins_over_the_top_level(news_db, tmp_path):
    other = tmp_path / "other.db"
    sqlite_utils.Database(other)["t"].insert({"id": 1})
    metadata = {
        **cap_config(100),
        "databases": {"other": {"title": "Other", "plugins": {"datasette-newsclaims": {"sql_max_input_chars": 1000}}}},
    }
    ds = Datasette([str(news_db), str(other)], metadata=metadata)
    await ds.invoke_startup()
    doubled = ARTICLE + " " + ARTICLE
    assert "error" in await quotes_of(ds, doubled, "news")
    assert await quotes_of(ds, doubled, "other") != {"error": "input longer than 100 characters (sql_max_input_chars)"}
    assert config.settings(ds, "other").sql_max_input_chars == 1000
    assert config.settings(ds, "news").sql_max_input_chars == 100


@pytest.mark.asyncio
async def test_a_database_with_other_metadata_keeps_the_top_level_settings(news_db):
    metadata = {**cap_config(100), "databases": {"news": {"title": "News", "plugins": {"other-plugin": {"x": 1}}}}}
    ds = Datasette([str(news_db)], metadata=metadata)
    await ds.invoke_startup()
    assert config.settings(ds, "news").sql_max_input_chars == 100


@pytest.mark.skipif(not IS_DATASETTE_1, reason="datasette.yaml (config=) is Datasette 1.0")
@pytest.mark.asyncio
async def test_datasette_yaml_sets_page_sizes_and_article_tables(news_db):
    ds = Datasette(
        [str(news_db)],
        config={"plugins": {"datasette-newsclaims": {"page_sizes": {"articles": 10}, "article_tables": ["articles"]}}},
    )
    await ds.invoke_startup()
    settings = config.settings(ds, "news")
    assert settings.page_sizes.articles == 10
    assert settings.article_tables == ("articles",)


#: The JSON of an SQL query on ``news`` (1.0 redirects ``/news.json?sql=`` there; ``--get`` follows no redirect).
QUERY_JSON = "/news/-/query.json" if IS_DATASETTE_1 else "/news.json"
QUOTES_OF_BODY = QUERY_JSON + "?sql=select+newsclaims_quotes(body)+as+q+from+articles&_shape=array"


def serve_get(*args: str) -> tuple[int, str]:
    """``datasette serve ... --get PATH`` as a user would run it: (exit code, output)."""
    result = CliRunner().invoke(datasette_cli, ["serve", *args])
    return result.exit_code, result.output + (str(result.exception) if result.exception else "")


@pytest.mark.parametrize(
    "option, filename",
    [
        ("-m", "metadata.yml"),
        pytest.param("-c", "datasette.yaml", marks=pytest.mark.skipif(not IS_DATASETTE_1, reason="-c is Datasette 1.0")),
    ],
)
def test_a_configuration_file_is_read_by_datasette_serve(news_db, tmp_path, option, filename):
    path = tmp_path / filename
    path.write_text(yaml.safe_dump(cap_config(40)))
    code, output = serve_get(str(news_db), option, str(path), "--get", QUOTES_OF_BODY)
    assert code == 0, output
    assert json.loads(json.loads(output)[0]["q"]) == {"error": "input longer than 40 characters (sql_max_input_chars)"}


def test_a_typo_stops_datasette_serve_with_its_name(news_db, tmp_path):
    metadata = tmp_path / "metadata.yml"
    metadata.write_text(yaml.safe_dump({"plugins": {"datasette-newsclaims": {"page_sizes": {"artcles": 10}}}}))
    code, output = serve_get(str(news_db), "-m", str(metadata), "--get", "/news.json")
    assert code != 0
    assert "artcles" in output and "datasette-newsclaims" in output


README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf8")


def test_readme_configuration_examples_are_valid_settings():
    examples = [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", README, re.S)]
    examples = [e for e in examples if "datasette-newsclaims" in json.dumps(e)]
    assert len(examples) == 2
    top_level, per_database = examples
    assert parse(top_level["plugins"]["datasette-newsclaims"]).page_sizes.articles == 25
    news = per_database["databases"]["news"]["plugins"]["datasette-newsclaims"]
    assert parse(news).article_tables == ("articles",)


def test_readme_settings_table_gives_the_real_defaults():
    rows = dict(re.findall(r"^\| `([a-z_: ]+)` \| `(\d+)` \|", README, re.M))
    defaults = Settings()
    expected = {"sql_max_input_chars": defaults.sql_max_input_chars}
    expected.update({f"page_sizes: {k}": v for k, v in vars(defaults.page_sizes).items()})
    assert {k: int(v) for k, v in rows.items()} == expected


@pytest.mark.asyncio
async def test_article_tables_decides_which_tables_the_pages_read(tmp_path):
    path = tmp_path / "news.db"
    db = sqlite_utils.Database(path)
    db["articles"].insert({"id": 1, "body": ARTICLE, "title": "Schools plan"}, pk="id")
    db["memos"].insert({"id": 1, "body": "“Budget talks resume Monday,” the clerk said.", "title": "Clerk memo"}, pk="id")
    for table in ("articles", "memos"):
        result = CliRunner().invoke(datasette_cli, [
            "newsclaims", "extract", str(path), table, "--text", "body", "--title", "title", "-q",
        ])
        assert result.exit_code == 0, result.output

    async def pages(metadata: dict) -> tuple[str, int]:
        """The overview's HTML and the status of the memo's reader page."""
        ds = Datasette([str(path)], metadata=metadata)
        await ds.invoke_startup()
        overview = (await ds.client.get("/-/newsclaims/news")).text
        return overview, (await ds.client.get("/-/newsclaims/news/memos/1")).status_code

    overview, memo_status = await pages({})
    assert "Schools plan" in overview and "Clerk memo" in overview and memo_status == 200
    overview, memo_status = await pages({"plugins": {"datasette-newsclaims": {"article_tables": ["articles"]}}})
    assert "Schools plan" in overview and "Clerk memo" not in overview and memo_status == 404
