"""``one`` before a noun: a count where it states how many (``one person was killed``), not where it
picks out a source (``one neighbor said``) or one of a pair (``one car rammed another``)."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def ones(text):
    return [(f["text"].lower(), f["unit"]) for f in extract_figures(text) if f["text"].lower() == "one"]


@pytest.mark.parametrize("sentence, unit", [
    ("Deputies are investigating a crash in which one driver was killed.", "driver"),
    ("The fire left one tenant dead and two hurt.", "tenant"),
    ("One officer was injured and another was treated at the scene.", "officer"),
    ("Police arrested one robbery suspect near the bank.", "robbery suspect"),
])
def test_one_that_states_how_many_is_a_count(sentence, unit):
    assert ones(sentence) == [("one", unit)]


@pytest.mark.parametrize("sentence", [
    "The music stopped twice, one guest recalled later.",
    "\"It was loud,\" one neighbor told reporters.",
    "\"It was loud,\" said one neighbor.",
    "Witnesses said one truck swerved into another on the bridge.",
    "Is one college worth more than another?",
])
def test_one_that_picks_out_a_source_or_one_of_a_pair_is_not(sentence):
    assert ones(sentence) == []


def test_a_person_who_looks_to_be_a_number_has_an_age():
    figures = extract_figures("\"He looks to be about 16,\" the coach said.")
    assert [(f["text"], f["kind"]) for f in figures] == [("16", "age")]


def test_a_station_written_in_capitals_is_a_name():
    assert extract_figures("CINCINNATI — 4 NEWS has learned that three people were hurt.")[0]["text"] == "three"


def test_one_described_source_with_an_appositive_is_not_a_count():
    assert ones("One reader, Ann Lee of Ohio, noted the error.") == []


def test_a_preposition_ends_the_counted_phrase():
    assert ones("They agreed on only one modest step amid loud protests.") == [("one", "modest step")]
