"""The quote-group, claim and person pages, and the reader's links to them."""
from __future__ import annotations

import re

import pytest
import sqlite_utils
from datasette.app import Datasette

from datasette_newsclaims.store import extract_table

from corpus_stories import BUS_CRASH, FLOOD

IS_1_0 = hasattr(Datasette, "allowed")
HOSTILE = [
    {"id": "x-1", "source": "<i>Evil Times</i>", "published": "2024-07-01", "title": "<script>window.pwned=1</script>",
     "text": "The Quarry Lane council met in Haddon on Monday.\n\n\"We will <b>never</b> sell the Quarry Lane "
             "park to <script>window.pwned=2</script> developers,\" said Councillor Nadia Brook."},
    {"id": "x-2", "source": "haddon-post.example", "published": "2024-07-02", "title": "Park stays",
     "text": "Haddon keeps the Quarry Lane park.\n\n\"We will <b>never</b> sell the Quarry Lane park to "
             "<script>window.pwned=2</script> builders,\" said Mayor Ivo Brook-Hale."},
]


@pytest.fixture(scope="module")
def news_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "news.db"
    db = sqlite_utils.Database(path)
    db["articles"].insert_all([dict(a) for a in FLOOD + BUS_CRASH + HOSTILE], pk="id")
    extract_table(str(path), "articles", "text", "published", "title")
    return path


async def _datasette(path, deny: dict | None = None) -> Datasette:
    kwargs = {("config" if IS_1_0 else "metadata"): {"databases": {"news": deny}}} if deny else {}
    ds = Datasette([str(path)], **kwargs)
    await ds.invoke_startup()
    return ds


def _first_id(path, sql: str) -> int:
    return sqlite_utils.Database(path).execute(sql).fetchone()[0]


@pytest.mark.asyncio
async def test_quote_group_page_lists_every_printing_with_differences_and_credits(news_db):
    group = _first_id(news_db, "SELECT quote_group_id FROM newsclaims_quotes WHERE article_id = 'x-2'")
    response = await (await _datasette(news_db)).client.get(f"/-/newsclaims/news/quote-group/{group}")
    assert response.status_code == 200
    page = response.text
    assert "The articles credit different speakers" in page
    assert page.index("2024-07-01") < page.index("2024-07-02")  # date order
    assert '<mark class="nc-diff">builders,</mark>' in page or '<mark class="nc-diff">developers,</mark>' in page
    assert "<script>window.pwned" not in page and "<b>never</b>" not in page and "<i>Evil" not in page
    assert "&lt;script&gt;window.pwned=2&lt;/script&gt;" in page


@pytest.mark.asyncio
async def test_claim_page_shows_every_value_and_marks_the_disagreement(news_db):
    claim = _first_id(news_db, "SELECT id FROM newsclaims_claim_groups WHERE values_disagree")
    page = (await (await _datasette(news_db)).client.get(f"/-/newsclaims/news/claim/{claim}")).text
    assert "The values disagree: 15 to 16" in page
    assert re.search(r"<svg class=\"nc-chart\"", page) and "nc-bar-differs" in page
    assert "millbrook-news.example" in page and "capital-daily.example" in page


@pytest.mark.asyncio
async def test_person_page_gathers_a_person_across_articles(news_db):
    person = _first_id(news_db, "SELECT id FROM newsclaims_people WHERE name = 'Helena Marsh'")
    page = (await (await _datasette(news_db)).client.get(f"/-/newsclaims/news/person/{person}")).text
    assert "4 quotes in 3 articles" in page
    assert "every printing" in page


@pytest.mark.asyncio
async def test_reader_links_quotes_and_figures_to_their_group_and_claim(news_db):
    page = (await (await _datasette(news_db)).client.get("/-/newsclaims/news/articles/crash-2")).text
    assert "Across articles" in page and "/-/newsclaims/news/claim/" in page and "/-/newsclaims/news/quote-group/" in page


@pytest.mark.asyncio
async def test_pages_of_a_hidden_table_are_not_found(news_db):
    group = _first_id(news_db, "SELECT quote_group_id FROM newsclaims_quotes WHERE quote_group_id IS NOT NULL")
    person = _first_id(news_db, "SELECT id FROM newsclaims_people")
    claim = _first_id(news_db, "SELECT id FROM newsclaims_claim_groups")
    hidden = await _datasette(news_db, {"tables": {"articles": {"allow": False}}})
    for path in (f"quote-group/{group}", f"person/{person}", f"claim/{claim}"):
        assert (await hidden.client.get(f"/-/newsclaims/news/{path}")).status_code == 404
    no_figures = await _datasette(news_db, {"tables": {"newsclaims_figures": {"allow": False}}})
    assert (await no_figures.client.get(f"/-/newsclaims/news/claim/{claim}")).status_code == 404
    assert (await no_figures.client.get(f"/-/newsclaims/news/quote-group/{group}")).status_code == 200
    closed = await _datasette(news_db, {"allow": False})
    for path in (f"quote-group/{group}", f"person/{person}", f"claim/{claim}"):
        assert (await closed.client.get(f"/-/newsclaims/news/{path}")).status_code == 403


@pytest.mark.parametrize("denied, hidden_pages", [
    ("newsclaims_quote_groups", {"quote-group"}),
    ("newsclaims_claim_groups", {"claim"}),
    ("newsclaims_people", {"person"}),
    ("newsclaims_quotes", {"quote-group", "person"}),
])
@pytest.mark.asyncio
async def test_a_denied_group_or_item_table_hides_its_pages_only(news_db, denied, hidden_pages):
    ids = {
        "quote-group": _first_id(news_db, "SELECT id FROM newsclaims_quote_groups"),
        "claim": _first_id(news_db, "SELECT id FROM newsclaims_claim_groups"),
        "person": _first_id(news_db, "SELECT id FROM newsclaims_people WHERE name = 'Helena Marsh'"),
    }
    ds = await _datasette(news_db, {"tables": {denied: {"allow": False}}})
    assert (await ds.client.get(f"/news/{denied}")).status_code == 403  # Datasette's own rule
    for page, group in ids.items():
        status = (await ds.client.get(f"/-/newsclaims/news/{page}/{group}")).status_code
        assert status == (404 if page in hidden_pages else 200), page


@pytest.mark.asyncio
async def test_speaker_page_names_no_person_of_a_denied_people_table(news_db):
    ds = await _datasette(news_db, {"tables": {"newsclaims_people": {"allow": False}}})
    response = await ds.client.get("/-/newsclaims/news/speaker/Helena%20Marsh")
    assert response.status_code == 200 and "Helena Marsh" in response.text
    assert "/-/newsclaims/news/person/" not in response.text


@pytest.mark.asyncio
async def test_unknown_or_malformed_ids_are_not_found(news_db):
    ds = await _datasette(news_db)
    for path in ("quote-group/999999", "claim/abc", "person/-1"):
        assert (await ds.client.get(f"/-/newsclaims/news/{path}")).status_code == 404


@pytest.mark.asyncio
async def test_example_queries_find_disagreements(news_db):
    ds = await _datasette(news_db)
    disagree = (await ds.client.get("/news/newsclaims_values_disagree.json?_shape=array")).json()
    assert [(r["min"], r["max"]) for r in disagree] == [(15, 16)]
    speakers = (await ds.client.get("/news/newsclaims_speakers_disagree.json?_shape=array")).json()
    assert len(speakers) == 1 and "Brook" in speakers[0]["speakers"]
    first = (await ds.client.get("/news/newsclaims_quoted_first.json?_shape=array")).json()
    assert {r["first_published"] for r in first} >= {"2024-07-01", "2024-04-10"}


@pytest.mark.asyncio
async def test_speaker_page_links_to_the_person_across_articles(news_db):
    person = _first_id(news_db, "SELECT id FROM newsclaims_people WHERE name = 'Helena Marsh'")
    page = (await (await _datasette(news_db)).client.get("/-/newsclaims/news/speaker/Helena%20Marsh")).text
    assert "Across articles, whatever the spelling" in page
    assert page.count(f'href="/-/newsclaims/news/person/{person}"') == 1  # one link, though she has several quotes
