"""Odd quotation marks: a second opening mark inside an open quote (broken or same-style nesting)
is part of one quote; a quote interrupted by its attribution is still two."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def quoted(text: str) -> list[str]:
    return [q["text"] for q in extract_quotes(text)]


def test_two_opening_marks_and_one_closing_mark_are_one_quote():
    text = "The man told police that he was “firing back at a man he knew only as “Big Lou.”"
    assert quoted(text) == ["firing back at a man he knew only as “Big Lou."]


def test_straight_marks_nested_in_straight_marks_belong_to_the_outer_quote():
    text = ('"The dog found him in the trees. Officer "Rex" held him until help came," '
            "said police spokesman Tom Reed.")
    assert quoted(text) == ['The dog found him in the trees. Officer "Rex" held him until help came,']
    assert extract_quotes(text)[0]["speaker"] == "Tom Reed"


def test_a_quote_the_speaker_quotes_with_one_shared_closer_is_one_quote():
    text = '"We lost everything. Then my sister said, "We will build it again."'
    assert quoted(text) == ['We lost everything. Then my sister said, "We will build it again.']


def test_a_missing_closer_before_a_new_sentence_keeps_the_later_quote():
    text = '"We lost everything. "We will build it again," my sister said.'
    assert quoted(text) == ["We will build it again,"]


def test_a_quote_interrupted_by_its_attribution_with_a_missing_closer_keeps_the_second_part():
    text = '"Without a deal, she added, "this is how the strike ends."'
    assert quoted(text) == ["this is how the strike ends."]


def test_an_opening_mark_typed_twice_is_one_mark():
    text = 'The platform read: ““Hard work pays off for every family.”'
    assert quoted(text) == ["Hard work pays off for every family."]
