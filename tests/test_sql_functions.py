"""The newsclaims_* SQL functions on a raw sqlite3 connection."""
from __future__ import annotations

import json
import sqlite3
import time

import pytest

from datasette_newsclaims import sql_functions
from datasette_newsclaims.demo import seed_article
from datasette_newsclaims.sql_functions import MAX_EMAIL_CHARS, MAX_INPUT_CHARS, register_functions

SEED_ARTICLE = seed_article()  # bundled with the package: the tests need no ../shared
TEXT = SEED_ARTICLE["text"]


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT, published TEXT)")
    conn.execute("INSERT INTO articles VALUES (1, ?, '2017-08-16')", [TEXT])
    yield conn
    conn.close()


def one(conn, sql, *params):
    return conn.execute(sql, params).fetchone()[0]


@pytest.mark.parametrize(
    "call",
    [
        "newsclaims(NULL)",
        "newsclaims(NULL, '2017-08-16')",
        "newsclaims_quotes(NULL)",
        "newsclaims_events(NULL, '2017-08-16')",
        "newsclaims_events(NULL)",
        "newsclaims_figures(NULL)",
        "newsclaims_unwrap_email(NULL)",
    ],
)
def test_null_text_gives_null(conn, call):
    assert one(conn, f"SELECT {call}") is None


def test_figure_cited_by_a_speaker_through_json_each(conn):
    rows = conn.execute(
        """
        SELECT json_extract(f.value, '$.speaker'), json_extract(f.value, '$.value')
        FROM articles, json_each(newsclaims_figures(articles.body)) AS f
        WHERE json_extract(f.value, '$.text') = '4,300'
        """
    ).fetchall()
    assert rows == [("Jeff Sessions", 4300)]


def test_events_resolved_against_the_published_column(conn):
    rows = conn.execute(
        """
        SELECT json_extract(e.value, '$.date_start'), json_extract(e.value, '$.date_end'),
               json_extract(e.value, '$.granularity')
        FROM articles, json_each(newsclaims_events(articles.body, articles.published)) AS e
        WHERE json_extract(e.value, '$.text') = 'Aug. 7'
        """
    ).fetchall()
    assert rows == [("2017-08-07", "2017-08-07", "day")]


def test_messy_publication_date_is_read(conn):
    events = json.loads(one(conn, "SELECT newsclaims_events(body, 'Wed, Aug 16, 2017 at 10:02 AM') FROM articles"))
    assert {e["date_start"] for e in events if e["text"] == "Wednesday"} == {"2017-08-16"}


def test_without_publication_date_relative_dates_stay_unresolved(conn):
    events = json.loads(one(conn, "SELECT newsclaims_events(body) FROM articles"))
    wednesdays = [e for e in events if e["text"] == "Wednesday"]
    assert wednesdays and all(e["date_start"] is None for e in wednesdays)
    unreadable = json.loads(one(conn, "SELECT newsclaims_events(body, 'not a date at all') FROM articles"))
    assert unreadable == events


def test_who_is_quoted_most(conn):
    rows = conn.execute(
        """
        SELECT json_extract(q.value, '$.speaker') AS speaker, count(*) AS n
        FROM articles, json_each(newsclaims_quotes(articles.body)) AS q
        GROUP BY speaker ORDER BY n DESC LIMIT 1
        """
    ).fetchall()
    assert rows[0][0] == "Jeff Sessions"
    assert rows[0][1] >= 5


def test_newsclaims_object_offsets_index_the_text(conn):
    result = json.loads(one(conn, "SELECT newsclaims(body, published) FROM articles"))
    assert set(result) == {"quotes", "events", "figures"}
    # substr() counts characters, as Python offsets do
    mismatches = one(
        conn,
        """
        SELECT count(*) FROM articles, json_each(newsclaims(articles.body, articles.published)) AS kind,
            json_each(kind.value) AS item
        WHERE substr(articles.body, json_extract(item.value, '$.start') + 1,
                     json_extract(item.value, '$.end') - json_extract(item.value, '$.start'))
              != json_extract(item.value, '$.text')
        """,
    )
    assert mismatches == 0
    assert sum(len(v) for v in result.values()) >= 3


def test_oversized_input_gives_an_error_object_fast(conn):
    big = "The mayor said 5 percent. " * (MAX_INPUT_CHARS // 20)
    assert len(big) > MAX_INPUT_CHARS
    for call in ("newsclaims(?)", "newsclaims_quotes(?)", "newsclaims_figures(?)", "newsclaims_events(?, '2017-08-16')"):
        started = time.perf_counter()
        result = json.loads(one(conn, f"SELECT {call}", big))
        assert time.perf_counter() - started < 0.5
        assert "MAX_INPUT_CHARS" in result["error"]


def test_oversized_email_gives_an_error_object(conn):
    result = json.loads(one(conn, "SELECT newsclaims_unwrap_email(?)", "x" * (MAX_EMAIL_CHARS + 1)))
    assert "MAX_EMAIL_CHARS" in result["error"]


def test_binary_input(conn):
    as_bytes = one(conn, "SELECT newsclaims_figures(CAST(body AS BLOB)) FROM articles")
    assert as_bytes == one(conn, "SELECT newsclaims_figures(body) FROM articles")
    assert json.loads(one(conn, "SELECT newsclaims_quotes(x'fffe0081')")) == []
    assert json.loads(one(conn, "SELECT newsclaims_unwrap_email(x'c3')"))["body"] == "\ufffd"


@pytest.mark.parametrize(
    "call",
    [
        "newsclaims(42)",
        "newsclaims(3.5, 7)",
        "newsclaims_events('Sales rose on Tuesday.', x'00ff')",
        "newsclaims_events('Sales rose on Tuesday.', 20170816)",
        "newsclaims(?, ?)",
        "newsclaims_unwrap_email(17)",
    ],
)
def test_odd_arguments_never_raise(conn, call):
    params = [TEXT, "Aug " * 5000] if "?" in call else []
    value = one(conn, f"SELECT {call}", *params)
    assert isinstance(json.loads(value), (dict, list))


def test_output_lists_are_capped(conn, monkeypatch):
    full = json.loads(one(conn, "SELECT newsclaims(body, published) FROM articles"))
    assert len(full["quotes"]) > 2 and len(full["figures"]) > 2
    monkeypatch.setattr(sql_functions, "MAX_OUTPUT_ITEMS", 2)
    capped = json.loads(one(conn, "SELECT newsclaims(body, published) FROM articles"))
    assert capped["quotes"] == full["quotes"][:2]
    assert capped["figures"] == full["figures"][:2]
    assert len(json.loads(one(conn, "SELECT newsclaims_quotes(body) FROM articles"))) == 2


def test_unwrap_email_in_sql(conn):
    message = (
        "Please see below.\n\n"
        "---------- Forwarded message ---------\n"
        "From: City Hall Press Office <press@cityhall.gov>\n"
        "Date: Mon, Dec 4, 2017 at 9:15 AM\n"
        "Subject: Budget statement\n"
        "To: <tips@paper.example>\n\n"
        "The mayor said 300 officers will be hired.\n"
    )
    row = conn.execute(
        "SELECT json_extract(u, '$.from'), json_extract(u, '$.published'), json_extract(u, '$.subject'), "
        "json_extract(u, '$.body') FROM (SELECT newsclaims_unwrap_email(?) AS u)",
        [message],
    ).fetchone()
    assert row == (
        "City Hall Press Office <press@cityhall.gov>",
        "2017-12-04",
        "Budget statement",
        "The mayor said 300 officers will be hired.",
    )


def test_functions_are_deterministic(conn):
    # SQLite accepts only deterministic functions in an index expression
    conn.execute("CREATE INDEX figures_json ON articles (newsclaims_figures(body))")
    conn.execute("CREATE INDEX email_json ON articles (newsclaims_unwrap_email(body))")


ONLY_WORK_TEXTS = [
    TEXT,
    "Prices rose 4% in March, the bank said. No quote here, and 12 trucks.",
    '"We hired 30 people last week," said Ana Ruiz, who runs the bakery. It opened on 3 May 2019.',
]


@pytest.mark.parametrize("text", ONLY_WORK_TEXTS)
def test_each_function_returns_the_list_the_whole_analysis_gives(conn, text):
    whole = json.loads(one(conn, "SELECT newsclaims(?, '2017-08-16')", text))
    assert json.loads(one(conn, "SELECT newsclaims_quotes(?)", text)) == whole["quotes"]
    assert json.loads(one(conn, "SELECT newsclaims_events(?, '2017-08-16')", text)) == whole["events"]
    assert json.loads(one(conn, "SELECT newsclaims_figures(?)", text)) == whole["figures"]


def test_each_function_runs_only_the_extractors_its_result_needs(conn, monkeypatch):
    from datasette_newsclaims import core

    ran = []
    for name in ("extract_quotes", "extract_events", "extract_figures"):
        real = getattr(core, name)
        monkeypatch.setattr(core, name, lambda *a, _real=real, _name=name, **k: ran.append(_name) or _real(*a, **k))
    one(conn, "SELECT newsclaims_quotes(?)", TEXT)
    assert ran == ["extract_quotes"]
    ran.clear()
    one(conn, "SELECT newsclaims_figures('Sales fell, and the shop closed.')")
    assert ran == ["extract_events", "extract_figures"]  # no figure: no speaker to look for
    ran.clear()
    one(conn, "SELECT newsclaims_figures(?)", TEXT)
    assert sorted(ran) == ["extract_events", "extract_figures", "extract_quotes"]
