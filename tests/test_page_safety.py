"""The pages on a public instance (issue 13): odd table and column names,
permission configs against every page and example query, render_cell that
never leaves a coroutine behind, counts that read right, the timeline's
histogram and zoom.

Databases are built the project's way (``extract_table``) from sentences
written for these tests.
"""
from __future__ import annotations

import gc
import re
import sqlite3
import warnings
from urllib.parse import quote

import pytest
import sqlite_utils
from datasette import hookimpl
from datasette.app import Datasette
from datasette.plugins import pm

from datasette_newsclaims.store import extract_table
from datasette_newsclaims.web.cells import render_cell
from datasette_newsclaims.web.urls import segment

IS_1_0 = hasattr(Datasette, "allowed")

ARTICLES = [
    {"body": "“We will build the bridge by March 2019,” said Mayor Ann Lee. It will cost $40 million.",
     "published": "2018-06-01", "title": "Bridge promised", "outlet": "Daily Post"},
    {"body": "“Traffic fell 12 percent in 2017,” Ann Lee said on Monday.", "published": "2018-06-04",
     "title": "Traffic report", "outlet": "Evening Star"},
    {"body": "“The bridge is late,” said Tom Hart on July 9, 2019.", "published": "2019-07-10",
     "title": "Late bridge", "outlet": "Daily Post"},
]
ODD_NAMES = ['odd ]"\'; -- ü table', 'i]d "k"', 'bo]dy; --', "pub'd ü", 'ti"tle ]']


def _config(deny: dict, name: str = "news") -> dict:
    return {"config" if IS_1_0 else "metadata": {"databases": {name: deny}}}


async def started(path, **kwargs) -> Datasette:
    ds = Datasette([str(path)], **kwargs)
    await ds.invoke_startup()
    return ds


@pytest.fixture(scope="module")
def news_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("news") / "news.db"
    db = sqlite_utils.Database(path)
    db["articles"].insert_all([dict(a, id=i + 1) for i, a in enumerate(ARTICLES)], pk="id")
    db["plain"].insert({"id": 1, "note": "a table nobody extracted"}, pk="id")
    extract_table(db, "articles", "body", "published", "title")
    return path


@pytest.fixture(scope="module")
def odd_db(tmp_path_factory):
    table, key, body, published, title = ODD_NAMES
    path = tmp_path_factory.mktemp("odd") / "odd.db"
    db = sqlite_utils.Database(path)
    db[table].insert_all(
        [{key: f"k]{i}\"", body: a["body"], published: a["published"], title: a["title"], "outlet": a["outlet"]}
         for i, a in enumerate(ARTICLES)], pk=key)
    stats = extract_table(db, table, body, published, title)
    assert stats["extracted"] == 3 and stats["quotes"] >= 3
    return path


@pytest.mark.asyncio
async def test_every_page_works_with_odd_table_and_column_names(odd_db):
    table = ODD_NAMES[0]
    ds = await started(odd_db)
    t, first = segment(table), segment('k]0"')
    pages = {
        "overview": "/-/newsclaims/odd",
        "reader": f"/-/newsclaims/odd/{t}/{first}",
        "timeline": f"/-/newsclaims/odd/timeline?article_table={quote(table)}",
        "outlet": "/-/newsclaims/odd/timeline?outlet=Daily+Post",
        "speaker": "/-/newsclaims/odd/speaker/Ann%20Lee",
        "table": f"/odd/{t}",
        "row": f"/odd/{t}/{first}",
    }
    if not IS_1_0:  # Datasette 0.65's own table and row pages fail on a "]" in a table name (its catalog query)
        del pages["table"], pages["row"]
    texts = {}
    for label, path in pages.items():
        response = await ds.client.get(path)
        assert response.status_code == 200, (label, response.text[-500:])
        texts[label] = response.text
    assert "Bridge promised" in texts["overview"] and "Ann Lee" in texts["overview"]
    assert 'class="nc-quote' in texts["reader"] and "We will build the bridge" in texts["reader"]
    assert "2019-03" in texts["timeline"]
    assert "Late bridge" in texts["outlet"] and "Traffic report" not in texts["outlet"]
    assert "Bridge promised" in texts["speaker"] and "Traffic report" in texts["speaker"]
    assert not IS_1_0 or "[read with marks]" in texts["table"]
    person = sqlite3.connect(odd_db).execute("SELECT id FROM newsclaims_people WHERE name = 'Ann Lee'").fetchone()[0]
    response = await ds.client.get(f"/-/newsclaims/odd/person/{person}")  # the cross-article pages too
    assert response.status_code == 200 and "Ann Lee" in response.text and "Bridge promised" in response.text


QUERY_TEXT = {  # example query -> (parameters, a text only its answer holds)
    "newsclaims_most_quoted": ({}, "Ann Lee"),
    "newsclaims_figures_by_speaker": ({"speaker": "Lee"}, "Traffic fell 12 percent"),
    "newsclaims_figures_per_speaker": ({}, "12 percent"),
    "newsclaims_article_timeline": ({"article_id": "1"}, "Bridge promised"),
}


async def _query_answers(ds) -> dict[str, bool]:
    """Which example queries answer with their rows."""
    answers = {}
    for name, (params, text) in QUERY_TEXT.items():
        response = await ds.client.get(f"/news/{name}.json", params={**params, "_shape": "array"})
        answers[name] = response.status_code == 200 and text in response.text
        if not answers[name]:
            assert response.status_code in (403, 404), (name, response.status_code)
            assert text not in response.text
    return answers


@pytest.mark.asyncio
@pytest.mark.parametrize("deny,denied", [
    ({}, set()),
    ({"tables": {"newsclaims_quotes": {"allow": False}}}, {"newsclaims_most_quoted", "newsclaims_figures_by_speaker"}),
    ({"tables": {"newsclaims_figures": {"allow": False}}},
     {"newsclaims_figures_by_speaker", "newsclaims_figures_per_speaker"}),
    ({"tables": {"articles": {"allow": False}}}, {"newsclaims_article_timeline"}),
    ({"allow_sql": False, "tables": {t: {"allow": False} for t in
      ("articles", "newsclaims_quotes", "newsclaims_events", "newsclaims_figures", "_newsclaims_articles")}},
     set(QUERY_TEXT)),
])
async def test_example_queries_answer_only_who_may_view_every_table_they_read(news_db, deny, denied):
    ds = await started(news_db, **_config(deny))
    answers = await _query_answers(ds)
    assert {name for name, answered in answers.items() if not answered} == denied
    if hasattr(ds, "add_query"):  # the database page lists five queries on 1.0: read them all
        listed = (await ds.client.get("/news/-/queries.json?_size=100")).json().get("queries", [])
    else:
        listed = (await ds.client.get("/news.json")).json().get("queries", [])
    assert {q["name"] for q in listed} & set(QUERY_TEXT) == set(QUERY_TEXT) - denied


@pytest.mark.asyncio
async def test_pages_follow_the_same_denials(news_db):
    ds = await started(news_db, **_config({"tables": {"newsclaims_quotes": {"allow": False}}}))
    overview = (await ds.client.get("/-/newsclaims/news")).text
    assert "Most quoted" not in overview and "Bridge promised" in overview
    speaker = (await ds.client.get("/-/newsclaims/news/speaker/Ann%20Lee")).text
    assert "<blockquote>" not in speaker and "0 quotes" in speaker
    ds = await started(news_db, **_config({"tables": {"articles": {"allow": False}}}))
    for path in ("/-/newsclaims/news", "/-/newsclaims/news/timeline", "/-/newsclaims/news/speaker/Ann%20Lee"):
        assert "Bridge promised" not in (await ds.client.get(path)).text, path


class AnswersEveryCell:
    """A plugin that renders every cell itself, before datasette-newsclaims is asked."""

    @hookimpl
    def render_cell(self, value):
        return f"<{value}>"


@pytest.mark.asyncio
async def test_render_cell_leaves_no_coroutine_behind(news_db):
    ds = await started(news_db)
    pm.register(AnswersEveryCell(), name="answers-every-cell")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for path in ("/news/articles", "/news/plain", "/news/newsclaims_quotes"):
                assert (await ds.client.get(path)).status_code == 200
            gc.collect()
    finally:
        pm.unregister(name="answers-every-cell")
    assert not [w for w in caught if "never awaited" in str(w.message)]


@pytest.mark.asyncio
async def test_render_cell_is_synchronous_once_sources_are_read(news_db):
    ds = await started(news_db)
    row = {"id": 1, "title": "Bridge promised", "note": "x"}
    assert render_cell(row, "x", "note", "plain", "news", ds) is None
    link = render_cell(row, "Bridge promised", "title", "articles", "news", ds)
    assert "[read with marks]" in str(link) and "/-/newsclaims/news/articles/1" in str(link)


@pytest.mark.asyncio
async def test_counts_read_right_for_one(news_db):
    ds = await started(news_db)
    overview = (await ds.client.get("/-/newsclaims/news")).text
    assert re.search(r"\b1 quote, \d+ dates?, \d+ figures?", overview)
    assert "1 quotes" not in overview and "1 articles" not in overview
    speaker = (await ds.client.get("/-/newsclaims/news/speaker/Tom%20Hart")).text
    assert "1 quote," in speaker and "in 1 article." in speaker


@pytest.mark.asyncio
async def test_timeline_histogram_zooms_from_years_to_days(news_db):
    ds = await started(news_db)
    page = (await ds.client.get("/-/newsclaims/news/timeline")).text
    assert "per month" in page or "per year" in page
    bars = dict(re.findall(r'<a href="([^"]+)" class="nc-bar" aria-label="([^"]+)"', page))
    assert any(label.startswith("2019-03") for label in bars.values())
    march = next(href for href, label in bars.items() if label.startswith("2019-03"))
    zoomed = (await ds.client.get(march.replace("&amp;", "&"))).text
    assert "per day" in zoomed and "2019-03-01" in zoomed
    assert 'aria-label="2019-03-31: ' in zoomed
    assert "Zoom out" in zoomed


@pytest.mark.asyncio
async def test_timeline_says_an_unreadable_bound_is_not_applied(news_db):
    ds = await started(news_db)
    page = (await ds.client.get("/-/newsclaims/news/timeline?from=2019-13")).text
    assert "is not one, so that filter is not applied" in page
    assert len(re.findall(r'<td class="nc-date">', page)) >= 3


@pytest.mark.asyncio
async def test_a_century_long_span_does_not_squash_the_other_events(tmp_path):
    path = tmp_path / "news.db"
    db = sqlite_utils.Database(path)
    db["articles"].insert_all([
        {"id": 1, "body": "“Prices rose throughout the 20th century,” said Ann Lee on Monday.", "published": "2018-06-06"},
        {"id": 2, "body": "The vote is on June 12, 2018 and the count on June 14, 2018.", "published": "2018-06-06"},
    ], pk="id")
    extract_table(db, "articles", "body", "published")
    spans = db.execute("select date_start, date_end from newsclaims_events where date_end > date(date_start, '+50 years')")
    assert spans.fetchall(), "the test needs a century-long span"
    ds = await started(path)
    page = (await ds.client.get("/-/newsclaims/news/timeline")).text
    svg = page[page.index('<svg class="nc-axis"'):]
    svg = svg[: svg.index("</svg>")]
    ticks = re.findall(r'class="nc-tick-label"[^>]*>([^<]+)<', svg)
    assert ticks and all(t.startswith("2018") for t in ticks), ticks
    points = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert len(points) >= 2 and max(points) - min(points) > 100, "the June days stand apart"


@pytest.mark.asyncio
async def test_two_article_tables_share_the_pages(tmp_path):
    path = tmp_path / "news.db"
    db = sqlite_utils.Database(path)
    db["wires"].insert_all([dict(a, id=i + 1) for i, a in enumerate(ARTICLES[:2])], pk="id")
    db["blogs"].insert_all([dict(a, id=i + 1) for i, a in enumerate(ARTICLES[2:] + ARTICLES[:1])], pk="id")
    for table in ("wires", "blogs"):
        extract_table(db, table, "body", "published", "title")
    ds = await started(path)
    overview = (await ds.client.get("/-/newsclaims/news")).text
    assert "Articles in <a" in overview and overview.count('<section class="nc-source">') == 2
    most = re.findall(r'<li><a href="/-/newsclaims/news/speaker/Ann\+Lee">Ann Lee</a> <span class="nc-count">(\d+)</span>', overview)
    quotes = db.execute("select count(*) from newsclaims_quotes where speaker = 'Ann Lee'").fetchone()[0]
    assert most == [str(quotes)] and quotes == 3, "summed over both tables"
    speaker = (await ds.client.get("/-/newsclaims/news/speaker/Ann%20Lee")).text
    assert "<h2>In wires</h2>" in speaker and "<h2>In blogs</h2>" in speaker and "in 3 articles." in speaker
    timeline = (await ds.client.get("/-/newsclaims/news/timeline")).text
    dates = re.findall(r'<td class="nc-date">([^<]+)</td>', timeline)
    assert dates == sorted(dates) and len(dates) == db["newsclaims_events"].count_where("date_start is not null")
    assert {"/-/newsclaims/news/wires/", "/-/newsclaims/news/blogs/"} <= set(re.findall(r"/-/newsclaims/news/(?:wires|blogs)/", timeline))


@pytest.mark.asyncio
async def test_timeline_form_keeps_any_speaker_and_offers_the_frequent_ones(news_db):
    ds = await started(news_db)
    page = (await ds.client.get("/-/newsclaims/news/timeline?speaker=Someone+Rare")).text
    assert '<input name="speaker" list="nc-speakers" value="Someone Rare"' in page  # kept, though not offered
    assert '<option value="Ann Lee"></option>' in page
