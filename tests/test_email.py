"""Unwrapping forwarded press releases and replies (quotequail), alone and through `extract --email`."""
from __future__ import annotations

import sqlite3
import time

import sqlite_utils
from click.testing import CliRunner
from datasette.cli import cli as datasette_cli

from datasette_newsclaims.demo import seed_article
from datasette_newsclaims.email_unwrap import SCAN_LINES, unwrap_email

SEED_ARTICLE = seed_article()  # bundled with the package: the tests need no ../shared

GMAIL_FORWARD = """\
Worth a look for tomorrow's budget story. Can someone call them?

Thanks,
Dana

---------- Forwarded message ---------
From: Office of the Mayor <press@cityhall.example.gov>
Date: Wed, Aug 16, 2017 at 10:02 AM
Subject: Mayor Gimenez announces public safety budget
To: <metro-desk@paper.example.com>


MIAMI — Mayor Carlos Gimenez on Tuesday proposed hiring 300 new police officers.

"Public safety is the first duty of this county," Gimenez said.

###
"""

OUTLOOK_FORWARD = (
    "FYI - statement below, embargoed until noon.\r\n"
    "\r\n"
    "-----Original Message-----\r\n"
    "From: Ruiz, Maria [mailto:mruiz@health.example.gov]\r\n"
    "Sent: Tuesday, March 6, 2018 4:32 PM\r\n"
    "To: Newsroom\r\n"
    "Subject: RE: flu season numbers\r\n"
    "\r\n"
    "Hospitals reported 1,240 flu admissions last week, up 12 percent.\r\n"
    "\r\n"
    "Maria Ruiz\r\n"
    "Public Information Officer\r\n"
)

OUTLOOK_UNDERSCORE_FORWARD = """\
See below.

________________________________
From: Lee, Sam <slee@transit.example.org>
Sent: Friday, January 12, 2018 9:05 AM
To: City Desk
Subject: Fare increase

The board voted 7-2 to raise fares by 25 cents starting in March.
"""

APPLE_FORWARD = """\
Sent from my iPhone

Begin forwarded message:

> From: Campaign HQ <news@campaign.example.com>
> Subject: Statement on the debate
> Date: October 10, 2016 at 11:48:01 PM EDT
> To: reporters@example.com
>
> "We won tonight," the senator said.
> Turnout was 84 percent.
"""

REPLY = """\
Yes, we can confirm the figure. The 4,300 number comes from CPD.

Best,
Jordan

On Wed, Aug 16, 2017 at 10:02 AM, Reporter <reporter@paper.example.com> wrote:
> Can you confirm the number of shooting victims?
> We have 4,300 from a speech by the attorney general.
> Deadline is 5 p.m.
"""

INLINE_QUOTED_REPLY = """\
Thanks for the note.

> Did the council vote on Tuesday?
> And was it unanimous?
> We need to know today.

It did, 9-0, on Tuesday night.
"""

FORWARD_OF_FORWARD = """\
fyi

---------- Forwarded message ---------
From: Alex Editor <alex@paper.example.com>
Date: Thu, Aug 17, 2017 at 8:00 AM
Subject: Fwd: Statement

see below

---------- Forwarded message ---------
From: DOJ Press <press@justice.example.gov>
Date: Wed, Aug 16, 2017 at 10:02 AM
Subject: Statement

The attorney general spoke in Miami on Wednesday.
"""


def check_offset(text, result):
    if result["offset"] is not None:
        assert text[result["offset"] : result["offset"] + len(result["body"])] == result["body"]


def test_gmail_forward_gives_original_sender_date_and_body():
    result = unwrap_email(GMAIL_FORWARD)
    assert result["type"] == "forward"
    assert result["from"] == "Office of the Mayor <press@cityhall.example.gov>"
    assert result["date"] == "Wed, Aug 16, 2017 at 10:02 AM"
    assert result["published"] == "2017-08-16"
    assert result["subject"] == "Mayor Gimenez announces public safety budget"
    assert result["body"].startswith("MIAMI — Mayor Carlos Gimenez on Tuesday")
    assert result["body"].endswith("###")
    assert "Dana" not in result["body"] and "Forwarded" not in result["body"]
    check_offset(GMAIL_FORWARD, result)
    assert result["offset"] == GMAIL_FORWARD.index("MIAMI")


def test_outlook_original_message_with_crlf_and_mailto():
    result = unwrap_email(OUTLOOK_FORWARD)
    assert result["from"] == "Ruiz, Maria <mruiz@health.example.gov>"
    assert result["date"] == "Tuesday, March 6, 2018 4:32 PM"
    assert result["published"] == "2018-03-06"
    assert result["subject"] == "RE: flu season numbers"
    assert result["body"].startswith("Hospitals reported 1,240 flu admissions")
    assert "embargoed" not in result["body"]
    check_offset(OUTLOOK_FORWARD, result)


def test_outlook_underscore_forward():
    result = unwrap_email(OUTLOOK_UNDERSCORE_FORWARD)
    assert (result["from"], result["published"], result["subject"]) == (
        "Lee, Sam <slee@transit.example.org>",
        "2018-01-12",
        "Fare increase",
    )
    assert result["body"] == "The board voted 7-2 to raise fares by 25 cents starting in March."
    check_offset(OUTLOOK_UNDERSCORE_FORWARD, result)


def test_apple_mail_forward_quoted_with_angle_brackets_is_unindented():
    result = unwrap_email(APPLE_FORWARD)
    assert result["from"] == "Campaign HQ <news@campaign.example.com>"
    assert result["published"] == "2016-10-10"
    assert result["body"] == '"We won tonight," the senator said.\nTurnout was 84 percent.'
    assert result["offset"] is None  # the "> " prefixes are gone: not one slice of the input


def test_reply_drops_the_quoted_message():
    result = unwrap_email(REPLY)
    assert result["type"] == "reply"
    assert result["body"] == "Yes, we can confirm the figure. The 4,300 number comes from CPD.\n\nBest,\nJordan"
    assert "Deadline" not in result["body"]
    # the quoted message's author is not the source of the reply
    assert result["from"] is None and result["published"] is None
    check_offset(REPLY, result)
    assert result["offset"] == 0


def test_inline_quote_keeps_the_text_above_and_below():
    result = unwrap_email(INLINE_QUOTED_REPLY)
    assert result["type"] == "quote"
    assert "Did the council vote" not in result["body"]
    assert result["body"].startswith("Thanks for the note.")
    assert result["body"].endswith("It did, 9-0, on Tuesday night.")
    assert result["offset"] is None


def test_forward_of_a_forward_takes_the_innermost_message():
    result = unwrap_email(FORWARD_OF_FORWARD)
    assert result["from"] == "DOJ Press <press@justice.example.gov>"
    assert result["published"] == "2017-08-16"
    assert result["subject"] == "Statement"
    assert result["body"] == "The attorney general spoke in Miami on Wednesday."
    check_offset(FORWARD_OF_FORWARD, result)


def test_plain_message_comes_back_whole():
    text = "The council met on Tuesday.\nIt approved the budget, 9-0.\n"
    result = unwrap_email(text)
    assert result == {
        "from": None, "date": None, "subject": None, "body": text.strip(),
        "published": None, "type": "plain", "offset": 0,
    }


def test_forward_with_a_long_body_line_keeps_the_line_whole():
    paragraph = "The mayor said " + "the budget grows by 5 percent, " * 4000
    text = GMAIL_FORWARD.replace("###", paragraph)
    result = unwrap_email(text)
    assert result["from"] == "Office of the Mayor <press@cityhall.example.gov>"
    assert result["body"].endswith(paragraph.strip())
    check_offset(text, result)


def test_pathological_inputs_stay_fast():
    cases = [
        "Am " + " schrieb " * 11_000,  # two .* groups on one long line
        "\n".join(["X-Header: value"] * 5_000),  # header-like lines: quadratic in quotequail
        "\n".join(["> quoted", "plain"] * 2_500),
        "\n".join(["On " + "x wrote: " * 500] * 20),
    ]
    for text in cases:
        started = time.perf_counter()
        result = unwrap_email(text)
        assert time.perf_counter() - started < 0.5
        assert result["body"]


def test_markers_below_the_scanned_head_are_not_searched():
    text = "\n".join(f"Line {i} of a long note." for i in range(SCAN_LINES + 10)) + "\n\n" + GMAIL_FORWARD
    result = unwrap_email(text)
    assert result["type"] == "plain"
    assert result["body"] == text.strip()


def email_db(tmp_path, messages):
    path = tmp_path / "inbox.db"
    db = sqlite_utils.Database(path)
    db["inbox"].insert_all(
        [{"id": i, "received": "2017-09-01", "message": m} for i, m in enumerate(messages, 1)], pk="id"
    )
    return path


def test_extract_email_uses_the_forwarded_sender_and_date(tmp_path):
    forwarded_seed = GMAIL_FORWARD.replace(GMAIL_FORWARD[GMAIL_FORWARD.index("MIAMI") :], SEED_ARTICLE["text"])
    path = email_db(tmp_path, [forwarded_seed, APPLE_FORWARD])
    result = CliRunner().invoke(
        datasette_cli,
        ["newsclaims", "extract", str(path), "inbox", "--text", "message", "--published", "received", "--email"],
    )
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    articles = {r["article_id"]: dict(r) for r in conn.execute("SELECT * FROM _newsclaims_articles")}
    assert articles[1]["source"] == "Office of the Mayor <press@cityhall.example.gov>"
    assert articles[1]["published"] == "2017-08-16"  # the forwarded Date:, not the received column
    assert articles[1]["title"] == "Mayor Gimenez announces public safety budget"
    assert articles[1]["body"] is None  # the body is a slice of the cell: offsets index the cell
    assert articles[2]["source"] == "Campaign HQ <news@campaign.example.com>"
    assert articles[2]["body"] == '"We won tonight," the senator said.\nTurnout was 84 percent.'

    wednesdays = conn.execute(
        "SELECT DISTINCT date_start FROM newsclaims_events WHERE article_id = 1 AND text = 'Wednesday'"
    ).fetchall()
    assert [tuple(r) for r in wednesdays] == [("2017-08-16",)]
    claim = conn.execute("SELECT speaker, figure FROM newsclaims_claims WHERE figure = '4,300'").fetchall()
    assert [tuple(r) for r in claim] == [("Jeff Sessions", "4,300")]

    texts = {1: forwarded_seed, 2: articles[2]["body"]}
    checked = 0
    for table in ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures"):
        for row in conn.execute(f'SELECT article_id, "start", "end", text FROM {table}'):
            assert texts[row["article_id"]][row["start"] : row["end"]] == row["text"]
            checked += 1
    assert checked > 10
    assert conn.execute("SELECT email FROM _newsclaims_sources").fetchone()[0] == 1
