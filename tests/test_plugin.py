"""The plugin inside Datasette (0.65 and 1.0), through ``datasette.client``."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette

from datasette_newsclaims.demo import load_corpus, load_metadata
from datasette_newsclaims.web.queries import EXAMPLE_QUERIES
from datasette_newsclaims.store import extract_table

SEED_ID = "seed-thehill-sessions-chicago"


@pytest.fixture(scope="module")
def news_db(tmp_path_factory) -> Path:
    """``news.db``: the seed article and two Wikinews articles, extracted."""
    path = tmp_path_factory.mktemp("plugin") / "news.db"
    corpus = load_corpus()
    articles = [a for a in corpus if a["id"] == SEED_ID] + [a for a in corpus if a["outlet"] == "Wikinews"][:2]
    db = sqlite_utils.Database(path)
    db["articles"].insert_all(articles, pk="id")
    extract_table(db, "articles", "body", published_column="published", title_column="title")
    db.close()
    return path


@pytest.fixture(scope="module")
def plain_db(tmp_path_factory) -> Path:
    """``plain.db``: articles that were never extracted."""
    path = tmp_path_factory.mktemp("plugin") / "plain.db"
    sqlite_utils.Database(path)["articles"].insert({"id": 1, "body": "“Hello,” she said."}, pk="id")
    return path


def file_state(path: Path) -> tuple[str, float, list[str]]:
    """Content hash, modification time and sibling files (-wal, -journal) of a database."""
    siblings = sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime, siblings


async def started(ds: Datasette) -> Datasette:
    await ds.invoke_startup()
    return ds


def facet_results(data: dict) -> dict:
    """Facet results from a table's JSON, on 0.65 ({name: ...}) and 1.0 ({"results": {name: ...}})."""
    facets = data["facet_results"]
    return facets.get("results", facets)


async def query_names(ds, database: str) -> set[str]:
    """Every query listed for ``database``: its /-/queries page on 1.0 (the
    database page shows five), the database page on 0.65."""
    if hasattr(ds, "add_query"):
        data = (await ds.client.get(f"/{database}/-/queries.json?_size=100")).json()
    else:
        data = (await ds.client.get(f"/{database}.json")).json()
    return {q["name"] for q in data.get("queries", [])}


@pytest.mark.asyncio
async def test_plugin_is_listed(news_db):
    ds = await started(Datasette([str(news_db)]))
    response = await ds.client.get("/-/plugins.json")
    assert response.status_code == 200
    assert "datasette-newsclaims" in {p["name"] for p in response.json()}


def facets_shown(html: str) -> list[str]:
    return re.findall(r'<div class="facet-info[^"]*" id="facet-([^"]+)"', html)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "table,facets",
    [
        ("newsclaims_figures", {"kind", "unit", "speaker"}),
        ("newsclaims_quotes", {"speaker", "cue"}),
        ("newsclaims_events", {"granularity", "year", "speaker"}),
        ("newsclaims_claims", {"speaker", "kind", "unit"}),
        ("newsclaims_timeline", {"granularity", "year", "speaker"}),
    ],
)
async def test_table_pages_render_the_facets_metadata_configures(news_db, table, facets):
    bare = await started(Datasette([str(news_db)]))
    assert facets_shown((await bare.client.get(f"/news/{table}")).text) == []
    ds = await started(Datasette([str(news_db)], metadata=load_metadata("news")))
    response = await ds.client.get(f"/news/{table}")
    assert response.status_code == 200
    assert set(facets_shown(response.text)) == facets


@pytest.mark.asyncio
async def test_figures_facets_count_real_values(news_db):
    ds = await started(Datasette([str(news_db)], metadata=load_metadata("news")))
    html = (await ds.client.get("/news/newsclaims_figures")).text
    assert "Jeff Sessions" in html
    data = (await ds.client.get("/news/newsclaims_figures.json?_extra=facet_results")).json()
    kinds = {r["value"]: r["count"] for r in facet_results(data)["kind"]["results"]}
    assert kinds.get("count", 0) >= 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "table,facet",
    [
        ("newsclaims_quotes", "speaker"),
        ("newsclaims_events", "granularity"),
        ("newsclaims_events", "year"),
        ("newsclaims_figures", "unit"),
    ],
)
async def test_derived_tables_facet_by_the_columns_reporters_browse(news_db, table, facet):
    ds = await started(Datasette([str(news_db)]))
    response = await ds.client.get(f"/news/{table}.json?_facet={facet}")
    assert response.status_code == 200
    values = {r["value"] for r in facet_results(response.json())[facet]["results"]}
    assert values, f"no {facet} values in {table}"
    html = (await ds.client.get(f"/news/{table}?_facet={facet}")).text
    assert facets_shown(html) == [facet]


@pytest.mark.asyncio
async def test_events_of_the_seed_article_include_aug_7(news_db):
    ds = await started(Datasette([str(news_db)]))
    response = await ds.client.get(
        "/news/newsclaims_events.json", params={"article_id": SEED_ID, "text": "Aug. 7", "_shape": "array"}
    )
    rows = response.json()
    assert [(r["date_start"], r["granularity"], r["year"], r["month"]) for r in rows] == [
        ("2017-08-07", "day", 2017, 8)
    ]


@pytest.mark.asyncio
async def test_example_queries_are_listed_and_run(news_db):
    ds = await started(Datasette([str(news_db)]))
    listed = (await query_names(ds, "news"))
    assert listed >= set(EXAMPLE_QUERIES)
    html = (await ds.client.get("/news")).text
    assert "Who is quoted most" in html

    most = (await ds.client.get("/news/newsclaims_most_quoted.json?_shape=array")).json()
    assert most[0]["speaker"] == "Jeff Sessions"
    assert most[0]["quotes"] >= 5

    cited = (
        await ds.client.get("/news/newsclaims_figures_by_speaker.json", params={"speaker": "Sessions", "_shape": "array"})
    ).json()
    assert ("4,300", 4300, "Jeff Sessions") in {(r["figure"], r["value"], r["speaker"]) for r in cited}
    assert any("4,300 shooting victims" in (r["quote"] or "") for r in cited)

    timeline = (
        await ds.client.get("/news/newsclaims_article_timeline.json", params={"article_id": SEED_ID, "_shape": "array"})
    ).json()
    dated = [r["date_start"] for r in timeline if r["date_start"]]
    assert dated == sorted(dated)
    assert "2017-08-07" in dated
    assert timeline[0]["title"] == "Sessions rails against Chicago during visit to Miami"

    per_speaker = (await ds.client.get("/news/newsclaims_figures_per_speaker.json?_shape=array")).json()
    sessions = next(r for r in per_speaker if r["speaker"] == "Jeff Sessions")
    assert "4,300" in sessions["cited"]


@pytest.mark.asyncio
async def test_example_queries_only_on_databases_with_newsclaims_tables(news_db, plain_db):
    ds = await started(Datasette([str(news_db), str(plain_db)]))
    assert not (await query_names(ds, "plain")) & set(EXAMPLE_QUERIES)
    assert (await ds.client.get("/plain/newsclaims_most_quoted")).status_code == 404
    assert (await query_names(ds, "news")) >= set(EXAMPLE_QUERIES)


@pytest.mark.asyncio
async def test_immutable_databases_are_never_written_to(news_db, plain_db):
    before = {p: file_state(p) for p in (news_db, plain_db)}
    ds = await started(Datasette(immutables=[str(news_db), str(plain_db)], metadata=load_metadata("news")))
    for path in (
        "/",
        "/news",
        "/news/newsclaims_quotes",
        "/news/newsclaims_figures?_facet=kind",
        "/news/newsclaims_events.json?_facet=year",
        "/news/newsclaims_most_quoted",
        "/plain",
        "/plain/articles",
    ):
        assert (await ds.client.get(path)).status_code == 200, path
    assert (await query_names(ds, "news")) >= set(EXAMPLE_QUERIES)
    assert {p: file_state(p) for p in (news_db, plain_db)} == before
    assert sqlite_utils.Database(plain_db).table_names() == ["articles"]


@pytest.mark.asyncio
async def test_example_queries_go_when_the_tables_go(news_db, tmp_path):
    """Also with an internal database kept across restarts (Datasette 1.0's --internal)."""
    path = tmp_path / "news.db"
    path.write_bytes(news_db.read_bytes())
    # Datasette 1.0 stores the queries in its internal database, which --internal keeps on disk
    keep = {"internal": str(tmp_path / "internal.db")} if hasattr(Datasette, "add_query") else {}
    ds = await started(Datasette([str(path)], **keep))
    assert (await query_names(ds, "news")) >= set(EXAMPLE_QUERIES)
    db = sqlite_utils.Database(path)
    for view in ("newsclaims_claims", "newsclaims_timeline"):
        db[view].drop()
    db["newsclaims_figures"].drop()
    db.close()
    ds = await started(Datasette([str(path)], **keep))
    assert not (await query_names(ds, "news")) & set(EXAMPLE_QUERIES)


@pytest.mark.asyncio
async def test_derived_rows_link_to_their_article_and_quote_by_foreign_key(tmp_path):
    path = tmp_path / "news.db"
    db = sqlite_utils.Database(path)
    db["articles"].insert_all(load_corpus()[:3], pk="id")
    extract_table(db, "articles", "body", published_column="published", title_column="title")
    label = {"databases": {"news": {"tables": {"articles": {"label_column": "title"}}}}}
    ds = Datasette([str(path)], metadata=label)
    response = await ds.client.get("/news/newsclaims_figures.json?_labels=on&_shape=objects&quote_id__notblank=1")
    assert response.status_code == 200, response.text
    rows = response.json()["rows"]
    titles = {a["id"]: a["title"] for a in load_corpus()[:3]}
    assert rows and all(row["article_id"]["label"] == titles[row["article_id"]["value"]] for row in rows)
    assert all(isinstance(row["quote_id"], dict) and row["quote_id"]["value"] for row in rows)
    for table in ("newsclaims_quotes", "newsclaims_events", "newsclaims_claims", "newsclaims_timeline"):
        assert ("article_id", "articles", "id") in {(fk.column, fk.other_table, fk.other_column) for fk in db[table].foreign_keys}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    db["notes"].insert({"id": 1, "body": "Costs rose 4 percent, she said."}, pk="id")
    extract_table(db, "notes", "body")  # a second article table: article_id can no longer name one table
    assert not [fk for fk in db["newsclaims_figures"].foreign_keys if fk.column == "article_id"]
