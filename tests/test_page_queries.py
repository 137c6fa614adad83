"""Pages at archive scale, on a database built the project's way: the demo
corpus extracted by ``extract_table``, replicated in SQL (the benchmark's
``replicate``), summarized and analyzed.

- every SQL query a plugin page runs is planned without a SCAN of an item table;
- every list a page cuts has a "next" link, and following the links walks
  the whole list once, with no repeats.
"""
from __future__ import annotations

import html
import re
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette
from datasette.database import Database

from datasette_newsclaims.demo import load_corpus
from datasette_newsclaims.store import extract_table
from datasette_newsclaims.store.summaries import SPEAKER_ARTICLES, refresh_summaries

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from pages_at_scale import replicate  # noqa: E402

#: tables a page must never read in full
ITEM_TABLES = {"newsclaims_quotes", "newsclaims_events", "newsclaims_figures", "_newsclaims_articles", SPEAKER_ARTICLES}
NEXT = re.compile(r'<a rel="next" href="([^"]+)"')
IS_1_0 = hasattr(Datasette, "allowed")


def with_page_sizes(**sizes) -> dict:
    """Datasette arguments configuring the plugin's ``page_sizes``, for either version."""
    block = {"plugins": {"datasette-newsclaims": {"page_sizes": sizes}}}
    return {"config" if IS_1_0 else "metadata": block}


# one story told by two outlets: a quote group, a claim and a person for the linked pages
_REPRINT = (
    'A fire at the Hollis Street warehouse killed {n} workers on Monday, officials said. '
    '"We have never seen a blaze spread this fast through a building of this kind," Fire Chief Marta Okonkwo said. '
    'The warehouse in Millbrook employed 40 people, according to the owner, Delmar Supply.'
)
REPRINTS = [
    {"id": "reprint-1", "title": "Warehouse fire kills three", "published": "2021-03-02", "outlet": "Millbrook Herald",
     "body": _REPRINT.format(n="three")},
    {"id": "reprint-2", "title": "Three dead in Millbrook warehouse fire", "published": "2021-03-03",
     "outlet": "Valley News", "body": _REPRINT.format(n="four")},
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "archive.db"
    db = sqlite_utils.Database(path)
    db["articles"].insert_all(load_corpus() + REPRINTS, pk="id")
    db["articles"].create_index(["outlet"])
    extract_table(db, "articles", "body", "published", "title")
    replicate(db, 6)
    refresh_summaries(db, "articles")
    db.execute("analyze")
    return path


def _facts(path: Path) -> dict:
    db = sqlite_utils.Database(path)
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "speaker": one("select speaker from _newsclaims_speakers order by articles desc limit 1"),
        "article": one("select article_id from _newsclaims_articles order by events desc limit 1"),
        "big_outlet": one("select outlet from _newsclaims_outlets order by events desc limit 1"),
        "small_outlet": one("select outlet from _newsclaims_outlets where events > 0 order by events limit 1"),
        "quote_group": one("select id from newsclaims_quote_groups order by articles desc, id limit 1"),
        "claim": one("select id from newsclaims_claim_groups order by articles desc, id limit 1"),
        "person": one("select id from newsclaims_people order by quotes desc, id limit 1"),
    }


def page_paths(facts: dict) -> list[str]:
    from urllib.parse import quote, urlencode

    p = "/-/newsclaims/archive"
    who, article = quote(facts["speaker"]), quote(str(facts["article"]).replace("~", "~7E"))
    timeline_queries = [
        {}, {"from": "2009"}, {"from": "2008", "to": "2009"}, {"from": "2008-10", "to": "2008-10"},
        {"from": "2008-10-14", "to": "2008-10-14"}, {"speaker": facts["speaker"]}, {"granularity": "day"},
        {"outlet": facts["big_outlet"]}, {"outlet": facts["small_outlet"]},
        {"speaker": facts["speaker"], "granularity": "year", "from": "2000"},
        {"article_table": "articles", "article_id": facts["article"]},
    ]
    linked = [f"{p}/quote-group/{facts['quote_group']}", f"{p}/claim/{facts['claim']}", f"{p}/person/{facts['person']}"]
    return [p, f"{p}/articles/{article}", f"{p}/speaker/{who}", f"{p}/speaker/Nobody", *linked] + [
        f"{p}/timeline?{urlencode(q)}" for q in timeline_queries]


class QueryLog:
    """Every SQL statement the plugin's own code runs on the database ``name`` while installed."""

    def __init__(self, monkeypatch, name: str):
        self.queries: list[tuple[str, object]] = []
        original = Database.execute

        async def execute(db, sql, params=None, *args, **kwargs):
            caller = sys._getframe(1).f_globals.get("__name__", "")
            if db.name == name and caller.startswith("datasette_newsclaims"):
                self.queries.append((sql, params))
            return await original(db, sql, params, *args, **kwargs)

        monkeypatch.setattr(Database, "execute", execute)


_FROM = re.compile(r'\b(?:from|join)\s+("(?:[^"]|"")+"|\[[^\]]+\]|\w+)(?:\s+(?:as\s+)?([a-z]\w*))?', re.I)
_NOT_ALIAS = {"on", "where", "left", "join", "order", "group", "limit", "inner", "union", "using"}


def table_aliases(sql: str) -> dict[str, str]:
    """alias -> table for every ``from``/``join`` in ``sql``."""
    aliases = {}
    for table, alias in _FROM.findall(sql):
        name = table.strip('"[]').replace('""', '"')
        aliases[name] = name
        if alias and alias.lower() not in _NOT_ALIAS:
            aliases[alias] = name
    return aliases


def full_scans(conn: sqlite3.Connection, sql: str, params) -> list[str]:
    """The item tables the plan of ``sql`` reads from end to end."""
    aliases = table_aliases(sql)
    plan = conn.execute("explain query plan " + sql, params or []).fetchall()
    scanned = []
    for *_, detail in plan:
        if detail.startswith("SCAN "):
            name = detail.split()[1]
            if aliases.get(name, name) in ITEM_TABLES:
                scanned.append(detail)
    return scanned


@pytest.mark.asyncio
async def test_no_page_query_scans_an_item_table(archive, monkeypatch):
    log = QueryLog(monkeypatch, "archive")
    ds = Datasette(immutables=[str(archive)])
    await ds.invoke_startup()
    for path in page_paths(_facts(archive)):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
    page_queries = log.queries
    assert len(page_queries) > 40
    conn = sqlite3.connect(archive)
    bad = {sql: scans for sql, params in page_queries if (scans := full_scans(conn, sql, params))}
    assert bad == {}


def test_the_plan_check_sees_a_scan():
    conn = sqlite3.connect(":memory:")
    conn.execute("create table newsclaims_events (id integer primary key, speaker text)")
    assert full_scans(conn, "select * from newsclaims_events e where e.speaker = ?", ["x"]) == ["SCAN e"]
    conn.execute("create index by_speaker on newsclaims_events (speaker)")
    assert full_scans(conn, "select * from newsclaims_events e where e.speaker = ?", ["x"]) == []


async def walk(ds, path: str, item: re.Pattern, follow: re.Pattern = NEXT) -> list[str]:
    """The items of every page from ``path`` on, following the "next" links (``follow``)."""
    found, pages = [], 0
    while path:
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        found += item.findall(response.text)
        match = follow.search(response.text)
        path = html.unescape(match[1]) if match else None
        pages += 1
        assert pages < 500
    return found


@pytest.mark.asyncio
async def test_overview_pages_walk_every_article_once(archive, tmp_path):
    copy = tmp_path / "archive.db"
    copy.write_bytes(archive.read_bytes())
    db = sqlite_utils.Database(copy)
    db.execute("update _newsclaims_articles set published = null where article_id like '%~3'")  # undated last
    db.conn.commit()
    ds = Datasette([str(copy)], **with_page_sizes(articles=37))
    await ds.invoke_startup()
    links = await walk(ds, "/-/newsclaims/archive", re.compile(r'<li><a href="/-/newsclaims/archive/articles/([^"]+)">'))
    expected = [r[0] for r in db.execute("select article_id from _newsclaims_articles")]
    assert len(links) == len(set(links)) == len(expected)
    dated = db.execute("select count(*) from _newsclaims_articles where published is not null").fetchone()[0]
    assert all(link.endswith("~7E3") for link in links[dated:]), "undated articles come last"


@pytest.mark.asyncio
async def test_most_quoted_pages_walk_every_speaker_once(archive):
    ds = Datasette(immutables=[str(archive)], **with_page_sizes(speakers=25))
    names = await walk(ds, "/-/newsclaims/archive", re.compile(r'<li><a href="/-/newsclaims/archive/speaker/[^"]+">([^<]+)</a>'),
                       follow=re.compile(r'<a rel="next" href="([^"]*speakers_after=[^"]*)"'))
    db = sqlite_utils.Database(archive)
    quoted = db.execute("select count(*) from _newsclaims_speakers where quotes > 0").fetchone()[0]
    assert len(names) == len(set(names)) == quoted


@pytest.mark.asyncio
async def test_speaker_pages_walk_every_article_of_the_speaker_once(archive):
    who = _facts(archive)["speaker"]
    ds = Datasette(immutables=[str(archive)], **with_page_sizes(speaker_articles=4))
    titles = await walk(ds, f"/-/newsclaims/archive/speaker/{who}",
                        re.compile(r'<h2><a href="/-/newsclaims/archive/articles/([^"]+)">'))
    db = sqlite_utils.Database(archive)
    expected = db.execute(f"select count(*) from {SPEAKER_ARTICLES} where speaker = ?", [who]).fetchone()[0]
    assert expected > 8
    assert len(titles) == len(set(titles)) == expected


@pytest.mark.asyncio
async def test_timeline_pages_walk_every_event_of_the_window_once(archive):
    ds = Datasette(immutables=[str(archive)], **with_page_sizes(timeline_rows=29))
    ids = await walk(ds, "/-/newsclaims/archive/timeline?from=2005&to=2009",
                     re.compile(r'<td><a href="/-/newsclaims/archive/articles/[^"#]+#event-(\d+)">'))
    db = sqlite_utils.Database(archive)
    expected = db.execute("select count(*) from newsclaims_events where date_start between '2005-01-01' and '2009-12-31'"
                          ).fetchone()[0]
    assert expected > 100
    assert len(ids) == len(set(ids)) == expected
