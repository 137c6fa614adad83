"""Words that end in -est are not superlatives (``the first contest`` is a sequence, no rank), and
``N times`` before an adverb or a clause is how often something happened (a count of times)."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


@pytest.mark.parametrize("sentence", [
    "He won his first contest in March.",
    "It was the second protest this month.",
    "She landed a second guest role on the show.",
    "It was the third arrest at the site.",
    "The first interest payment is due.",
])
def test_an_ordinal_before_a_noun_in_est_is_a_sequence(sentence):
    assert figs(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("It is the second biggest bank in the country.", ("second", "rank", "bank")),
    ("Japan is the third-largest economy.", ("third-largest", "rank", "economy")),
])
def test_a_real_superlative_still_ranks(sentence, expected):
    assert figs(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "She has run four times successfully for the seat.",
    "Reporters counted nine times that Lopez dodged the question.",
])
def test_times_before_an_adverb_or_a_clause_is_a_frequency(sentence):
    assert [(k, u) for _, k, u in figs(sentence)] == [("count", "times")]


@pytest.mark.parametrize("sentence", [
    "Rents are three times that amount.",
    "Men were four times more likely to drive.",
    "The new tank holds two times as much.",
])
def test_times_before_a_comparison_or_an_amount_is_a_multiple(sentence):
    assert [k for _, k, _ in figs(sentence)] == ["ratio"]


def test_an_ordinal_suffix_set_off_by_a_space_is_still_an_ordinal():
    assert figs("Its roots are in the 19 th century, not the 21 st.") == []
    assert figs("She finished 3 rd in the race.") == [("3 rd", "rank", None)]
    assert figs("He lives at 12 St. James Place.") == []
