"""A first name written as initials ('T.J. Smith', 'P.J. Crowley') is part of the name: its
periods end no sentence, so the cue after it still finds its speaker."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_a_speaker_with_initials_after_the_quote():
    assert speakers('"We are working on it," T.J. Smith said.') == ["T.J. Smith"]


def test_a_speaker_with_initials_and_a_title_after_a_role():
    assert speakers('"We are working on it," city police Director T.J. Smith said.') == ["T.J. Smith"]


def test_a_clock_time_still_ends_its_sentence():
    text = 'The shooting happened at 10 p.m. Police Chief Ann Lee said the suspect fled. "We will find him," she said.'
    assert speakers(text) == ["Ann Lee"]
