"""Hyphenated forms: ``N-of-M`` and ``N-to-M`` ranges before a unit, ``5-to-4`` tallies, ``-point`` gaps,
compound heads with an agent's ending that still count (``140-character``), and frequencies of days."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


def test_n_of_m_gives_two_counts_of_the_noun_after():
    assert figs("The rookie went 14-of-22 passes in the first half.") == [
        ("14", "count", "passes"), ("22", "count", "passes")]


def test_n_to_m_before_a_percent_gives_two_percents():
    assert figs("Her support is stuck in a 31-to-35-percent band.") == [
        ("31", "percent", "percent"), ("35-percent", "percent", "percent")]


@pytest.mark.parametrize("sentence", [
    "The justices split 5-to-4 on the question.",
    "The board approved it by a 7-to-2 vote.",
])
def test_n_to_m_alone_or_before_a_vote_is_one_tally(sentence):
    assert [f[1] for f in figs(sentence)] == ["count"]
    assert len(figs(sentence)) == 1


@pytest.mark.parametrize("sentence, expected", [
    ("The governor trails by an 11-point gap in the poll.", ("11-point", "measure", "points")),
    ("A three-point dip followed the debate.", ("three-point", "measure", "points")),
    ("Posts were capped at 280-character messages.", ("280-character", "count", "characters")),
    ("She wrote a 14-chapter memoir.", ("14-chapter", "count", "chapters")),
])
def test_compound_heads_that_count_or_measure(sentence, expected):
    assert expected in figs(sentence)


def test_a_three_pointer_is_still_not_a_count_of_pointers():
    assert figs("He hit a three-pointer at the buzzer.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("She volunteers three days a week at the clinic.", ("three days a week", "count", "days")),
    ("The road is closed two days per month.", ("two days per month", "count", "days")),
])
def test_days_a_week_is_a_frequency_counted_in_days(sentence, expected):
    assert figs(sentence) == [expected]


def test_hours_a_day_and_plain_days_stay_measures():
    assert figs("He trained six hours a day.") == [("six hours a day", "measure", "hours a day")]
    assert figs("She spent three days in a cell.") == [("three days", "measure", "days")]
