"""The reader, timeline and speaker pages, through datasette.client.

The database is built here with the agreed storage schema and hand-placed
items (offsets found in the text), so these tests do not depend on how good
the extractors are; the browser tests run the real extraction.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
import sqlite_utils
from datasette.app import Datasette

from datasette_newsclaims.web.axis import build_axis
from datasette_newsclaims.web.markup import mark_up
from datasette_newsclaims.web.timeline import parse_bound
from datasette_newsclaims.store import ensure_schema, extract_table, rebuild_derived_tables
from datasette_newsclaims.store.summaries import ensure_page_indexes, refresh_summaries

IS_1_0 = hasattr(Datasette, "allowed")

SEED = (
    "Sessions rails against Chicago\n\n"
    "Attorney General Jeff Sessions railed against Chicago on Wednesday.\n\n"
    "Chicago ended its policy in February.\n\n"
    "“Chicago sued on Aug. 7 after more than 4,300 people were shot,” said Sessions.\n\n"
    "“We will not cave,” Mayor Rahm Emanuel said."
)
XSS = (
    'He wrote <script>window.pwned = 1</script> and <img src=x onerror="window.pwned=2"> '
    'then <a href="javascript:window.pwned=3">click me</a>.\n\n'
    '“<b>Bold</b> 12 percent <script>alert(1)</script>,” said <i>Mallory</i>.'
)


def _span(text: str, needle: str, after: str = "") -> tuple[int, int]:
    start = text.index(needle, text.index(after) if after else 0)
    return start, start + len(needle)


def _item(text: str, needle: str, after: str = "", **fields) -> dict:
    start, end = _span(text, needle, after)
    return dict(start=start, end=end, text=needle, **fields)


def build_db(path, with_items: bool = True) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db["articles"].insert_all(
        [
            {"id": 1, "title": "Sessions rails against Chicago", "body": SEED, "published": "2017-08-16", "outlet": "The Hill"},
            {"id": 2, "title": '<script>window.pwned = "title"</script>', "body": XSS, "published": "2020-01-02",
             "outlet": "<i>Evil Times</i>"},
        ],
        pk="id",
    )
    if not with_items:
        return db
    ensure_schema(db)
    db["_newsclaims_sources"].insert({
        "article_table": "articles", "pk_column": "id", "text_column": "body",
        "published_column": "published", "title_column": "title", "articles": 2,
    })
    common = {"article_table": "articles", "extractor_version": "test"}
    quotes = [
        dict(common, id=1, article_id=1, speaker="Jeff Sessions", cue="said",
             **_item(SEED, "Chicago sued on Aug. 7 after more than 4,300 people were shot,")),
        dict(common, id=2, article_id=1, speaker="Rahm Emanuel", cue="said", **_item(SEED, "We will not cave,")),
        dict(common, id=3, article_id=2, speaker="<i>Mallory</i>", cue="said",
             **_item(XSS, "<b>Bold</b> 12 percent <script>alert(1)</script>,")),
    ]
    events = [
        dict(common, id=1, article_id=1, date_start="2017-08-16", date_end="2017-08-16", granularity="day",
             event="railed", **_item(SEED, "Wednesday")),
        dict(common, id=2, article_id=1, date_start="2017-02-01", date_end="2017-02-28", granularity="month",
             event="ended its policy", **_item(SEED, "February")),
        dict(common, id=3, article_id=1, date_start="2017-08-07", date_end="2017-08-07", granularity="day",
             event="Chicago sued", speaker="Jeff Sessions", quote_id=1, **_item(SEED, "Aug. 7")),
        dict(common, id=4, article_id=2, date_start="2019-01-01", date_end="2019-12-31", granularity="year",
             event="<script>alert(2)</script>", **_item(XSS, "script", "alert")),
    ]
    figures = [
        dict(common, id=1, article_id=1, value=4300, kind="count", unit="people", speaker="Jeff Sessions", quote_id=1,
             **_item(SEED, "4,300")),
        dict(common, id=2, article_id=2, value=12, kind="percent", unit="<u>pct</u>", speaker="<i>Mallory</i>",
             quote_id=3, **_item(XSS, "12 percent")),
    ]
    db["newsclaims_quotes"].insert_all(quotes)
    db["newsclaims_events"].insert_all(events)
    db["newsclaims_figures"].insert_all(figures)
    db["_newsclaims_articles"].insert_all([
        {"article_table": "articles", "article_id": article["id"], "hash": "test", "title": article["title"],
         "published": article["published"], "quotes": sum(q["article_id"] == article["id"] for q in quotes),
         "events": sum(e["article_id"] == article["id"] for e in events),
         "figures": sum(f["article_id"] == article["id"] for f in figures)}
        for article in db["articles"].rows
    ])
    rebuild_derived_tables(db)  # newsclaims_claims and newsclaims_timeline, as the writer keeps them
    ensure_page_indexes(db)
    refresh_summaries(db, "articles")
    return db


class Elements(HTMLParser):
    """Start tags with their attributes, and the text inside `.nc-text`."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.article_text: list[str] = []
        self._depth = 0
        self._in_tip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        classes = (attrs.get("class") or "").split()
        if self._depth:
            self._depth += 1
            if "nc-tip" in classes or self._in_tip:
                self._in_tip += 1
        elif "nc-text" in classes:
            self._depth = 1

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1
            if self._in_tip:
                self._in_tip -= 1

    def handle_data(self, data):
        if self._depth and not self._in_tip and data != "↗":
            self.article_text.append(data)

    def by_id(self, id_: str) -> dict:
        return next(attrs for _, attrs in self.tags if attrs.get("id") == id_)

    def with_class(self, css: str) -> list[dict]:
        return [attrs for _, attrs in self.tags if css in (attrs.get("class") or "").split()]


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def _permissions(deny: dict) -> dict:
    """``{"databases": {...}}`` permission config for either Datasette version."""
    return {"config" if IS_1_0 else "metadata": {"databases": {"news": deny}}}


async def datasette_for(path, immutable: bool = False, **kwargs) -> Datasette:
    ds = Datasette(immutables=[str(path)], **kwargs) if immutable else Datasette([str(path)], **kwargs)
    await ds.invoke_startup()
    return ds


@pytest.fixture
def news_db(tmp_path):
    path = tmp_path / "news.db"
    build_db(path)
    return path


@pytest.mark.asyncio
async def test_reader_marks_quotes_dates_and_figures(news_db):
    ds = await datasette_for(news_db)
    response = await ds.client.get("/-/newsclaims/news/articles/1")
    assert response.status_code == 200
    page = parse(response.text)
    aug7 = page.by_id("event-3")
    assert aug7["data-date-start"] == "2017-08-07"
    assert "2017-08-07" in aug7["title"]
    assert aug7["href"] == "/news/newsclaims_events/3"
    assert page.by_id("tip-event-3")["role"] == "tooltip"
    february = page.by_id("event-2")
    assert february["title"].startswith("2017-02 (month)")
    figure = page.by_id("figure-1")
    assert (figure["data-value"], figure["data-kind"], figure["data-unit"]) == ("4,300", "count", "people")
    assert figure["data-speaker"] == "Jeff Sessions"
    assert figure["href"] == "/news/newsclaims_figures/1"
    sessions, emanuel = page.by_id("quote-1"), page.by_id("quote-2")
    assert sessions["data-speaker"] == "Jeff Sessions" and emanuel["data-speaker"] == "Rahm Emanuel"
    assert sessions["class"] != emanuel["class"], "one color per speaker"
    assert [a["href"] for a in page.with_class("nc-qref")] == ["/news/newsclaims_quotes/1", "/news/newsclaims_quotes/2"]


@pytest.mark.asyncio
async def test_reader_keeps_the_article_text_exactly(news_db):
    ds = await datasette_for(news_db)
    for pk, text in ((1, SEED), (2, XSS)):
        response = await ds.client.get(f"/-/newsclaims/news/articles/{pk}")
        assert "".join(parse(response.text).article_text) == text


@pytest.mark.asyncio
async def test_reader_uses_the_unwrapped_email_body_the_offsets_index(news_db):
    db = sqlite_utils.Database(news_db)
    body = "Press release\n\n“We hired 40 people,” said Ann Lee."
    cell = "From: desk@example.com\nDate: Mon, 3 Feb 2020\n\n> " + body.replace("\n", "\n> ")
    db["articles"].insert({"id": 3, "title": "Fwd: hiring", "body": cell, "published": "2020-02-03"})
    db["_newsclaims_articles"].insert({"article_table": "articles", "article_id": 3, "hash": "x", "body": body,
                                       "source": "desk@example.com"})
    db["newsclaims_quotes"].insert(dict(id=9, article_table="articles", article_id=3, speaker="Ann Lee",
                                        **_item(body, "We hired 40 people,")))
    ds = await datasette_for(news_db)
    response = await ds.client.get("/-/newsclaims/news/articles/3")
    page = parse(response.text)
    assert "".join(page.article_text) == body
    assert page.by_id("quote-9")["data-speaker"] == "Ann Lee"
    assert "desk@example.com" in response.text


@pytest.mark.asyncio
async def test_reader_hides_marks_that_no_longer_match_the_text(news_db):
    sqlite_utils.Database(news_db)["articles"].update(1, {"body": SEED.replace("Aug. 7", "Aug. 8")})
    ds = await datasette_for(news_db)
    response = await ds.client.get("/-/newsclaims/news/articles/1")
    page = parse(response.text)
    assert {a["id"] for a in page.with_class("nc-mark") if "id" in a} == {"event-1", "event-2", "figure-1"}
    assert {a["id"] for a in page.with_class("nc-quote") if "id" in a} == {"quote-2"}
    assert "2 marks no longer match the article text" in response.text


@pytest.mark.asyncio
async def test_reader_side_panel(news_db):
    ds = await datasette_for(news_db)
    text = (await ds.client.get("/-/newsclaims/news/articles/1")).text
    panel = text[text.index('<aside'):]
    assert panel.index("Jeff Sessions") < panel.index("Rahm Emanuel")
    assert '<a href="/-/newsclaims/news/speaker/Jeff+Sessions">Jeff Sessions</a>' in panel
    dates = re.findall(r'class="nc-date">([^<]+)<', panel)
    assert dates == ["2017-02 (month)", "2017-08-07", "2017-08-16"], "the article's timeline, in date order"
    claims = panel[panel.index("Claims by speaker"):]
    assert '<a href="#figure-1">4,300</a>' in claims and "Jeff Sessions" in claims


@pytest.mark.asyncio
async def test_every_page_escapes_article_text(news_db):
    ds = await datasette_for(news_db)
    for path in (
        "/-/newsclaims/news/articles/2",
        "/-/newsclaims/news/timeline",
        "/-/newsclaims/news/speaker/~3Ci~3EMallory~3C~2Fi~3E",
        "/-/newsclaims/news",
    ):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        body = response.text
        assert "window.pwned" not in re.sub(r"&[a-z#0-9]+;", "", "".join(re.findall(r"<script[^>]*>(.*?)</script>", body, re.S))), path
        assert "<script>alert" not in body and "<img src=x" not in body, path
        assert 'href="javascript:' not in body.lower(), path
        assert "<i>Mallory</i>" not in body and "<i>Evil Times</i>" not in body, path
    reader = (await ds.client.get("/-/newsclaims/news/articles/2")).text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in reader
    assert "&lt;img src=x onerror=" in reader


@pytest.mark.asyncio
async def test_timeline_draws_days_as_points_and_longer_spans_as_bars(news_db):
    ds = await datasette_for(news_db)
    response = await ds.client.get("/-/newsclaims/news/timeline")
    assert response.status_code == 200
    page = response.text
    svg = page[page.index("<svg class=\"nc-axis\""):]
    svg = svg[:svg.index("</svg>")]
    links = dict(re.findall(r'<a href="([^"]+)" class="nc-point (nc-g-\w+)"', svg))
    assert links == {
        "/-/newsclaims/news/articles/1#event-2": "nc-g-month",
        "/-/newsclaims/news/articles/1#event-3": "nc-g-day",
        "/-/newsclaims/news/articles/1#event-1": "nc-g-day",
        "/-/newsclaims/news/articles/2#event-4": "nc-g-year",
    }
    assert svg.count("<circle") == 2 and svg.count("<rect") == 2
    assert re.findall(r'class="nc-tick-label"[^>]*>([^<]+)<', svg) == ["2017-07", "2018-01", "2018-07", "2019-01", "2019-07", "2020-01"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "query,expected",
    [
        ("speaker=Jeff+Sessions", {3}),
        ("from=2017-08&to=2017-08", {1, 3}),
        ("from=2017-03", {1, 3, 4}),
        ("to=2017", {1, 2, 3}),
        ("article_table=articles&article_id=2", {4}),
        ("outlet=The+Hill", {1, 2, 3}),
        ("granularity=month", {2}),
    ],
)
async def test_timeline_filters(news_db, query, expected):
    ds = await datasette_for(news_db)
    svg = (await ds.client.get("/-/newsclaims/news/timeline?" + query)).text
    assert {int(i) for i in re.findall(r'data-event-id="(\d+)"', svg)} == expected


@pytest.mark.asyncio
async def test_timeline_reports_a_bad_date_filter(news_db):
    ds = await datasette_for(news_db)
    text = (await ds.client.get("/-/newsclaims/news/timeline?from=last+week")).text
    assert "&#39;from&#39; should be a date like 2017" in text
    assert len(re.findall(r'data-event-id="', text)) == 4


@pytest.mark.asyncio
async def test_speaker_page(news_db):
    ds = await datasette_for(news_db)
    response = await ds.client.get("/-/newsclaims/news/speaker/Jeff%20Sessions")
    assert response.status_code == 200
    text = response.text
    assert "<h1>Jeff Sessions</h1>" in text
    assert "1 quote," in text and "1 figure cited" in text and "1 date mentioned" in text
    assert re.search(r'“Chicago sued on Aug. 7[^”]*” <a href="/-/newsclaims/news/articles/1#quote-1"', text)
    assert '<a href="/-/newsclaims/news/articles/1#figure-1">4,300</a>' in text
    assert "We will not cave" not in text
    nobody = (await ds.client.get("/-/newsclaims/news/speaker/Nobody")).text
    assert "Nothing is attributed to" in nobody


@pytest.mark.asyncio
async def test_overview_lists_articles_and_speakers(news_db):
    ds = await datasette_for(news_db)
    text = (await ds.client.get("/-/newsclaims/news")).text
    assert '<a href="/-/newsclaims/news/articles/1">Sessions rails against Chicago</a>' in text
    assert '<a href="/-/newsclaims/news/timeline?article_table=articles">' in text
    speakers = re.findall(r'<li><a href="/-/newsclaims/news/speaker/[^"]+">([^<]+)</a>', text)
    assert sorted(speakers) == ["&lt;i&gt;Mallory&lt;/i&gt;", "Jeff Sessions", "Rahm Emanuel"]


@pytest.mark.asyncio
async def test_derived_rows_link_back_to_their_place_in_the_reader(news_db):
    ds = await datasette_for(news_db)
    events = (await ds.client.get("/news/newsclaims_events")).text
    assert '<a class="nc-link" href="/-/newsclaims/news/articles/1#event-3" title="Show in the article">1</a>' in events
    start = _span(SEED, "Aug. 7")[0]
    assert f'href="/-/newsclaims/news/articles/1#event-3" title="Show in the article">{start}</a>' in events
    row = (await ds.client.get("/news/newsclaims_figures/1")).text
    assert 'href="/-/newsclaims/news/articles/1#figure-1"' in row
    assert 'href="/-/newsclaims/news/speaker/Jeff+Sessions"' in row
    timeline_view = (await ds.client.get("/news/newsclaims_timeline")).text
    assert 'href="/-/newsclaims/news/articles/1#event-3"' in timeline_view


@pytest.mark.asyncio
async def test_article_row_page_links_to_the_reader(news_db):
    ds = await datasette_for(news_db)
    row = (await ds.client.get("/news/articles/1")).text
    assert '<a class="nc-reader-link" href="/-/newsclaims/news/articles/1"' in row
    if IS_1_0:  # the row actions menu only exists on Datasette 1.0
        assert re.search(r'href="/-/newsclaims/news/articles/1"[^>]*>\s*Read with quotes, dates and figures marked', row)
    derived = (await ds.client.get("/news/newsclaims_events/3")).text
    claim = (await ds.client.get("/news/newsclaims_claims/1")).text  # the claims table: figure 1 in quote 1
    if IS_1_0:
        assert re.search(r'href="/-/newsclaims/news/articles/1#event-3"[^>]*>\s*Show in its article', derived)
        assert re.search(r'href="/-/newsclaims/news/articles/1#figure-1"[^>]*>\s*Show in its article', claim)
    table = (await ds.client.get("/news/articles")).text
    assert 'href="/-/newsclaims/news/timeline?article_table=articles"' in table
    xss_row = (await ds.client.get("/news/articles/2")).text
    assert "&lt;script&gt;window.pwned" in xss_row and '<script>window.pwned = "title"' not in xss_row


@pytest.mark.asyncio
async def test_rowid_table_extracted_by_the_cli_code(tmp_path):
    db = sqlite_utils.Database(tmp_path / "news.db")
    db["notes"].insert({"headline": "Mayor speaks", "published": "2024-03-01",
                        "txt": "“We will build 300 homes by June,” said Mayor Ann Lee on Monday."})
    extract_table(db, "notes", "txt", published_column="published", title_column="headline")
    ds = await datasette_for(tmp_path / "news.db")
    reader = await ds.client.get("/-/newsclaims/news/notes/1")
    assert reader.status_code == 200
    assert parse(reader.text).by_id("quote-1")["data-speaker"] == "Ann Lee"
    assert 'href="/-/newsclaims/news/notes/1"' in (await ds.client.get("/news/notes")).text
    assert 'href="/-/newsclaims/news/notes/1#quote-1"' in (await ds.client.get("/news/newsclaims_quotes")).text


@pytest.mark.asyncio
async def test_works_on_an_immutable_database(news_db):
    ds = await datasette_for(news_db, immutable=True)
    for path in ("/-/newsclaims/news/articles/1", "/-/newsclaims/news/timeline", "/-/newsclaims/news/speaker/Jeff+Sessions"):
        assert (await ds.client.get(path)).status_code == 200, path


@pytest.mark.asyncio
async def test_tables_the_actor_cannot_see_are_not_shown(news_db):
    ds = await datasette_for(news_db, **_permissions({"tables": {"newsclaims_figures": {"allow": False}}}))
    reader = (await ds.client.get("/-/newsclaims/news/articles/1")).text
    assert 'id="event-3"' in reader
    assert "nc-figure" not in reader.split('class="nc-text"')[1] and "4,300 people" in reader
    speaker = (await ds.client.get("/-/newsclaims/news/speaker/Jeff+Sessions")).text
    assert "figure-1" not in speaker and "quote-1" in speaker

    ds = await datasette_for(news_db, **_permissions({"tables": {"articles": {"allow": False}}}))
    assert (await ds.client.get("/-/newsclaims/news/articles/1")).status_code == 403
    timeline = (await ds.client.get("/-/newsclaims/news/timeline")).text
    assert "event-3" not in timeline and "have not been built" in timeline

    ds = await datasette_for(news_db, **_permissions({"allow": False}))
    for path in ("/-/newsclaims/news/articles/1", "/-/newsclaims/news/timeline", "/-/newsclaims/news/speaker/Jeff+Sessions"):
        assert (await ds.client.get(path)).status_code == 403, path


@pytest.mark.asyncio
async def test_clear_message_before_extraction(tmp_path):
    path = tmp_path / "news.db"
    build_db(path, with_items=False)
    ds = await datasette_for(path)
    reader = await ds.client.get("/-/newsclaims/news/articles/1")
    assert reader.status_code == 404
    assert "datasette newsclaims extract" in reader.text
    for page in ("timeline", "speaker/Jeff+Sessions", ""):
        response = await ds.client.get("/-/newsclaims/news/" + page)
        assert response.status_code == 200
        assert "have not been built for this database yet" in response.text


@pytest.mark.asyncio
async def test_links_respect_base_url(news_db):
    ds = await datasette_for(news_db, settings={"base_url": "/app/"})
    response = await ds.client.get("/-/newsclaims/news/articles/1")  # the client adds base_url
    assert response.status_code == 200
    page = parse(response.text)
    assert page.by_id("event-3")["href"] == "/app/news/newsclaims_events/3"
    assert '<a href="/app/-/newsclaims/news/speaker/Jeff+Sessions">' in response.text
    timeline = (await ds.client.get("/-/newsclaims/news/timeline")).text
    assert '<a href="/app/-/newsclaims/news/articles/1#event-3" class="nc-point nc-g-day"' in timeline


def add_year_events(path, count: int) -> None:
    """``count`` more year events on article 1, all marking its first letter."""
    db = sqlite_utils.Database(path)
    with db.conn:
        db.conn.executemany(
            'insert into newsclaims_events (id, article_table, article_id, "start", "end", text, date_start, date_end, '
            "granularity, speaker) values (?, 'articles', 1, 0, 1, 'S', ?, ?, 'year', ?)",
            [(100 + i, f"{1900 + i % 120}-01-01", f"{1900 + i % 120}-12-31", f"P{i % 500}") for i in range(count)],
        )


@pytest.mark.asyncio
async def test_reader_marks_at_most_a_bounded_number_of_items(news_db):
    add_year_events(news_db, 2_500)
    ds = await datasette_for(news_db)
    response = await ds.client.get("/-/newsclaims/news/articles/1")
    assert response.status_code == 200
    assert "Only the first 2,000 events are marked." in response.text
    assert 'id="figure-1"' in response.text


@pytest.mark.asyncio
async def test_a_query_past_the_time_limit_gives_a_clear_page(news_db):
    # 80k events in one article: the reader sorts them all by offset (its pages are otherwise bounded by what
    # they show), which takes over 100 ms; a 20 ms limit stops it, while Datasette's own start-up schema
    # queries (1.0 runs them under the same limit) still fit (a 1 ms limit made them flaky)
    add_year_events(news_db, 80_000)
    ds = await datasette_for(news_db, settings={"sql_time_limit_ms": 20})
    response = await ds.client.get("/-/newsclaims/news/articles/1")
    assert response.status_code == 504
    assert "ran past the time limit" in response.text


@pytest.mark.asyncio
async def test_unknown_article_and_database(news_db):
    ds = await datasette_for(news_db)
    assert (await ds.client.get("/-/newsclaims/news/articles/99")).status_code == 404
    assert (await ds.client.get("/-/newsclaims/nope/timeline")).status_code == 404


@pytest.mark.asyncio
async def test_stylesheet_is_served_locally(news_db):
    ds = await datasette_for(news_db)
    page = (await ds.client.get("/-/newsclaims/news/timeline")).text
    href = re.search(r'<link rel="stylesheet" href="([^"]*newsclaims\.css)"', page)[1]
    css = await ds.client.get(href)
    assert css.status_code == 200 and ".nc-tip" in css.text
    assert "http://" not in page.split("<footer")[0].replace("http://www.w3.org", "") and "https://cdn" not in page


def test_mark_up_splits_a_mark_that_crosses_a_quote_boundary():
    text = "one two three four"
    quote = {"start": 4, "end": 13, "id": 1, "_color": "nc-s0", "_href": "/q/1", "speaker": None}
    mark = {"start": 8, "end": 18, "id": 7, "_kind": "figure", "_href": "/f/7", "value": 3}
    html_out = str(mark_up(text, [quote], [mark]))
    assert html_out.count('id="figure-7"') == 1 and html_out.count('class="nc-mark nc-figure"') == 2
    assert html.unescape(re.sub(r"<span class=\"nc-tip\".*?</span>|<[^>]+>|↗", "", html_out)) == text


def test_axis_packs_overlapping_events_into_lanes():
    events = [
        {"id": 1, "date_start": "2017-01-01", "date_end": "2017-12-31", "granularity": "year"},
        {"id": 2, "date_start": "2017-06-01", "date_end": "2017-06-30", "granularity": "month"},
        {"id": 3, "date_start": "2018-03-05", "date_end": "2018-03-05", "granularity": "day"},
        {"id": 4, "date_start": None, "date_end": None, "granularity": "day"},
    ]
    axis = build_axis(events, lambda e: f"#e{e['id']}")
    shapes = {s["id"]: s for s in axis["shapes"]}
    assert set(shapes) == {1, 2, 3}
    assert shapes[1]["y"] != shapes[2]["y"], "overlapping spans get their own lanes"
    assert shapes[3]["point"] and not shapes[1]["point"]
    assert shapes[1]["width"] > 10 * shapes[2]["width"] > 0
    assert [t["label"] for t in axis["ticks"]] == ["2017-01", "2017-03", "2017-05", "2017-07", "2017-09", "2017-11", "2018-01", "2018-03"]


def test_date_bounds():
    assert parse_bound("2017") == "2017-01-01" and parse_bound("2017", end=True) == "2017-12-31"
    assert parse_bound("2016-02", end=True) == "2016-02-29"
    assert parse_bound("2017-08-07", end=True) == "2017-08-07"
    assert parse_bound("last week") is None


@pytest.mark.asyncio
async def test_database_page_links_to_the_overview_only_once_extracted(news_db, tmp_path):
    ds = await datasette_for(news_db)
    page = (await ds.client.get("/news")).text
    assert 'href="/-/newsclaims/news"' in page
    assert 'href="/-/newsclaims/news/timeline"' in page
    plain = tmp_path / "plain.db"
    sqlite_utils.Database(plain)["articles"].insert({"id": 1, "body": "Nothing extracted yet."}, pk="id")
    ds = await datasette_for(plain)
    assert "/-/newsclaims/plain" not in (await ds.client.get("/plain")).text
