"""The "Quotes, dates and figures" enrichment, driven as a user drives it:
the form is posted through ``datasette.client``, the background job is
waited for, and the tables it wrote are compared with a CLI extraction.

Needs datasette-enrichments (``pip install -e '.[enrichments]'``, Datasette
1.0); skipped where it is not installed (CI installs it for 1.0 only).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlencode

import pytest
import sqlite_utils
from click.testing import CliRunner
from datasette.app import Datasette
from datasette.cli import cli as datasette_cli

from datasette_newsclaims.demo import load_corpus

pytest.importorskip("datasette_enrichments")
from datasette_enrichments.utils import wait_for_job  # noqa: E402

SEED_ID = "seed-thehill-sessions-chicago"
FORM = {"text_column": "body", "published_column": "published", "title_column": "title"}
WRITTEN = ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures", "_newsclaims_articles", "_newsclaims_sources")
TIMESTAMPS = {"extracted_at"}


@pytest.fixture
def news_db(tmp_path) -> Path:
    """``news.db``: the 119 bundled articles (two batches of the enrichment), nothing extracted."""
    path = tmp_path / "news.db"
    sqlite_utils.Database(path)["articles"].insert_all(load_corpus(), pk="id")
    return path


def copy_of(path: Path, name: str) -> Path:
    copy = path.with_name(name)
    shutil.copy(path, copy)
    return copy


def cli_extract(path: Path) -> str:
    result = CliRunner().invoke(datasette_cli, [
        "newsclaims", "extract", str(path), "articles", "--text", "body", "--published", "published",
        "--title", "title",
    ])
    assert result.exit_code == 0, result.output
    return result.output


def tables(path: Path) -> dict[str, list[dict]]:
    """Every row newsclaims wrote, in a stable order, without timestamps."""
    db = sqlite_utils.Database(path)
    dump = {}
    for table in WRITTEN:
        if table in db.table_names():
            rows = [{k: v for k, v in row.items() if k not in TIMESTAMPS} for row in db[table].rows]
            dump[table] = sorted(rows, key=repr)
    return dump


async def datasette_for(path: Path, **settings) -> Datasette:
    ds = Datasette([str(path)], **settings)
    await ds.invoke_startup()
    ds.root_enabled = True  # Datasette 1.0: the root actor has every permission (as `--root` does)
    return ds


def root(ds: Datasette) -> dict[str, str]:
    return {"ds_actor": ds.sign({"a": {"id": "root"}}, "actor")}


async def post_form(ds: Datasette, form: dict, *, table: str = "articles", query: dict | None = None,
                    cookies: dict | None = None):
    """GET the enrichment's form, then POST it back with its CSRF token (as a browser does)."""
    cookies = dict(root(ds) if cookies is None else cookies)
    url = f"/-/enrich/news/{table}/newsclaims" + (f"?{urlencode(query)}" if query else "")
    page = await ds.client.get(url, cookies=cookies)
    if page.status_code != 200:
        return page
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    cookies["ds_csrftoken"] = page.cookies.get("ds_csrftoken") or token
    return await ds.client.post(url, data={**form, "csrftoken": token}, cookies=cookies)


async def enrich(ds: Datasette, form: dict = FORM, **kwargs) -> int:
    """Post the form and wait for the background job to finish; return its id."""
    response = await post_form(ds, form, **kwargs)
    assert response.status_code == 302, response.text
    job_id = int(re.search(r"_enrichment_job=(\d+)", response.headers["location"]).group(1))
    await wait_for_job(ds, job_id, "news", timeout=120)
    return job_id


@pytest.mark.asyncio
async def test_writes_the_rows_a_cli_extract_writes(news_db):
    by_cli = copy_of(news_db, "cli.db")
    cli_extract(by_cli)
    ds = await datasette_for(news_db)
    job_id = await enrich(ds)

    enriched = tables(news_db)
    assert enriched == tables(by_cli)
    assert len(enriched["_newsclaims_articles"]) == 119 and enriched["newsclaims_quotes"]
    job = (await ds.client.get(f"/-/enrich/news/-/jobs/{job_id}", cookies=root(ds)))
    assert job.status_code == 200 and "finished" in job.text
    assert "100 articles: 100 extracted, 0 unchanged" in job.text  # one message per batch
    assert "19 articles: 19 extracted, 0 unchanged" in job.text


@pytest.mark.asyncio
async def test_a_rerun_skips_unchanged_articles_as_the_cli_does(news_db):
    ds = await datasette_for(news_db)
    await enrich(ds)
    first = tables(news_db)
    stamps = dict(sqlite_utils.Database(news_db).execute("select article_id, extracted_at from _newsclaims_articles").fetchall())

    await enrich(ds)
    assert tables(news_db) == first
    again = dict(sqlite_utils.Database(news_db).execute("select article_id, extracted_at from _newsclaims_articles").fetchall())
    assert again == stamps  # nothing re-extracted
    assert "0 extracted, 119 unchanged" in cli_extract(news_db)


@pytest.mark.asyncio
async def test_a_changed_article_is_re_extracted_and_a_deleted_one_removed(news_db):
    ds = await datasette_for(news_db)
    await enrich(ds)
    db = sqlite_utils.Database(news_db)
    other = next(r["id"] for r in db["articles"].rows if r["id"] != SEED_ID)
    db["articles"].update(SEED_ID, {"body": "“We will hire 300 officers,” the mayor said on Tuesday."})
    db["articles"].delete(other)

    await enrich(ds)
    by_cli = copy_of(news_db, "cli.db")
    assert "0 extracted, 118 unchanged" in cli_extract(by_cli)
    assert tables(news_db) == tables(by_cli)
    quotes = [r["text"] for r in db["newsclaims_quotes"].rows_where("article_id = ?", [SEED_ID])]
    assert quotes == ["We will hire 300 officers,"]
    assert not list(db["newsclaims_quotes"].rows_where("article_id = ?", [other]))


@pytest.mark.asyncio
async def test_a_filtered_run_extracts_only_the_selected_articles(news_db):
    ds = await datasette_for(news_db)
    await enrich(ds, query={"outlet": "The Hill"})
    extracted = tables(news_db)["_newsclaims_articles"]
    assert [a["article_id"] for a in extracted] == [SEED_ID]


@pytest.mark.asyncio
async def test_needs_the_enrichments_permission(news_db):
    ds = await datasette_for(news_db)
    visitor = {"ds_actor": ds.sign({"a": {"id": "visitor"}}, "actor")}
    for cookies in ({}, visitor):
        form = await ds.client.get("/-/enrich/news/articles/newsclaims", cookies=cookies)
        assert form.status_code == 403
        posted = await ds.client.post("/-/enrich/news/articles/newsclaims", data=FORM, cookies=cookies)
        assert posted.status_code == 403
    assert "newsclaims_quotes" not in sqlite_utils.Database(news_db).table_names()


@pytest.mark.skipif(not hasattr(Datasette, "allowed"), reason="permissions: blocks in datasette.yaml are Datasette 1.0")
@pytest.mark.asyncio
async def test_an_actor_granted_the_permission_in_datasette_yaml_can_run_it(news_db):
    ds = await datasette_for(news_db, config={"databases": {"news": {"permissions": {"enrichments": {"id": "alice"}}}}})
    alice = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    await enrich(ds, cookies=alice)
    assert len(tables(news_db)["_newsclaims_articles"]) == 119


@pytest.mark.asyncio
async def test_the_form_offers_text_columns_and_defaults_to_the_last_run(news_db):
    db = sqlite_utils.Database(news_db)
    db["articles"].add_column("words", int)
    db["articles"].add_column("headline", str)
    ds = await datasette_for(news_db)
    picker = (await ds.client.get("/-/enrich/news/articles", cookies=root(ds))).text
    assert "Quotes, dates and figures" in picker  # listed among the installed enrichments
    page = (await ds.client.get("/-/enrich/news/articles/newsclaims", cookies=root(ds))).text
    text_choices = re.search(r'<select[^>]*name="text_column".*?</select>', page, re.S).group(0)
    assert 'value="body"' in text_choices and 'value="words"' not in text_choices
    assert re.search(r'<option selected value="title">', page)  # guessed from the name

    await enrich(ds, {**FORM, "title_column": "headline"})
    page = (await ds.client.get("/-/enrich/news/articles/newsclaims", cookies=root(ds))).text
    assert re.search(r'<option selected value="headline">', page)  # the last run's choice


@pytest.mark.asyncio
async def test_other_columns_than_last_time_need_the_re_extract_box(news_db):
    ds = await datasette_for(news_db)
    await enrich(ds)
    without_title = {**FORM, "title_column": "(none)"}
    refused = await post_form(ds, without_title)
    assert refused.status_code == 200  # the form again, saying what changed
    assert "last extracted with other options" in refused.text and "--title" in refused.text

    job_id = await enrich(ds, {**without_title, "force": "y"})
    job = (await ds.client.get(f"/-/enrich/news/-/jobs/{job_id}", cookies=root(ds))).text
    assert "100 articles: 100 extracted, 0 unchanged" in job  # every article again, with the new options
    titles = sqlite_utils.Database(news_db).execute("select count(title) from _newsclaims_articles").fetchone()[0]
    assert titles == 0


@pytest.mark.asyncio
async def test_a_text_column_without_text_is_refused_when_the_job_would_start(news_db):
    sqlite_utils.Database(news_db)["articles"].add_column("notes", str)  # every cell NULL
    ds = await datasette_for(news_db)
    response = await post_form(ds, {**FORM, "text_column": "notes"})
    assert response.status_code == 400
    assert "holds no text" in response.text
    assert "newsclaims_quotes" not in sqlite_utils.Database(news_db).table_names()


@pytest.mark.asyncio
async def test_refuses_a_table_newsclaims_writes(news_db):
    cli_extract(news_db)
    ds = await datasette_for(news_db)
    response = await post_form(ds, {"text_column": "text"}, table="newsclaims_quotes")
    assert response.status_code == 200  # the form again, with the reason
    assert "one of the tables newsclaims writes" in response.text
    assert "_enrichment_jobs" not in sqlite_utils.Database(news_db).table_names()


@pytest.mark.asyncio
async def test_respects_the_article_tables_setting(news_db):
    settings = {"plugins": {"datasette-newsclaims": {"article_tables": ["stories"]}}}
    ds = await datasette_for(news_db, metadata=settings)
    response = await post_form(ds, FORM)
    assert response.status_code == 200  # the form again, with the reason
    assert "not one of the article_tables" in response.text
    assert "newsclaims_quotes" not in sqlite_utils.Database(news_db).table_names()


FORWARDED = """\
For the schools story. Can someone call the district?

---------- Forwarded message ---------
From: District Press Office <press@schools.example.org>
Date: Mon, Mar 4, 2024 at 9:15 AM
Subject: District opens two new schools
To: <desk@paper.example.com>

The district will open two new schools in September, Superintendent Ana Ruiz said on Friday.

"We need 40 more classrooms by next year," Ruiz said.
"""


@pytest.mark.asyncio
async def test_the_email_box_unwraps_forwarded_mail_as_extract_email_does(tmp_path):
    inbox = tmp_path / "news.db"
    sqlite_utils.Database(inbox)["inbox"].insert({"id": 1, "body": FORWARDED}, pk="id")
    by_cli = copy_of(inbox, "cli.db")
    result = CliRunner().invoke(datasette_cli, ["newsclaims", "extract", str(by_cli), "inbox", "--text", "body", "--email"])
    assert result.exit_code == 0, result.output

    ds = await datasette_for(inbox)
    form = {"text_column": "body", "published_column": "(none)", "title_column": "(none)", "email": "y"}
    await enrich(ds, form, table="inbox")
    enriched = tables(inbox)
    assert enriched == tables(by_cli)
    article = enriched["_newsclaims_articles"][0]
    assert article["source"].startswith("District Press Office") and article["published"].startswith("2024-03-04")


@pytest.mark.asyncio
async def test_a_table_without_a_primary_key_is_keyed_by_rowid_as_the_cli_keys_it(tmp_path):
    path = tmp_path / "news.db"
    sqlite_utils.Database(path)["articles"].insert_all(
        [{k: a[k] for k in ("title", "body", "published")} for a in load_corpus()[:30]]
    )
    by_cli = copy_of(path, "cli.db")
    cli_extract(by_cli)
    await enrich(await datasette_for(path))
    assert tables(path) == tables(by_cli)
    assert tables(path)["_newsclaims_sources"][0]["pk_column"] == "rowid"


@pytest.mark.asyncio
async def test_an_immutable_database_is_refused(news_db):
    ds = Datasette(immutables=[str(news_db)])
    await ds.invoke_startup()
    ds.root_enabled = True
    response = await post_form(ds, FORM)
    assert response.status_code == 400 and "immutable" in response.text
