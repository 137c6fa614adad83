"""The counted noun of a count on news it was not tuned to: across a model number, in tallies,
and the forms that are no figure at all (markup, pronoun ``one``)."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


@pytest.mark.parametrize("sentence, expected", [
    ("The carrier grounded its 90 A320neo planes overnight.", ("90", "count", "planes")),
    ("Delta took three 757 Freighter deliveries last year.", ("three", "count", "deliveries")),
    ("Lufthansa bought 20 of Airbus's A350-1000 jets.", ("20", "count", "jets")),
    ("Pilots flew eight of the new 747 Jumbo jet in tests.", ("eight", "count", "jets")),
])
def test_a_count_counts_the_noun_after_a_model_number(sentence, expected):
    assert expected in figs(sentence)


def test_a_model_number_with_no_noun_after_it_gives_no_unit_from_it():
    assert figs("The firm delivered 12 777 in all.")[0][2] is None


@pytest.mark.parametrize("sentence, count", [
    ("Scores averaged 14 million and 12 million viewers.", "12 million"),
    ("Only 40 of 210 districts reported.", "40"),
    ("Pupils aged 11 and 16 and 300 teachers took part.", "300"),
])
def test_a_second_number_is_no_model_number(sentence, count):
    assert [f for f in figs(sentence) if f[0] == count][0][2] != "million"
    assert ("16", "age", "years") in figs("Pupils aged 11 and 16 and 300 teachers took part.")


def test_the_only_one_is_a_pronoun():
    assert figs("Reyes is the only one with a plan.") == []
    assert figs("Reyes was the only one who stayed.") == []
    assert figs("Only one candidate stayed.") == [("one", "count", "candidate")]


def test_numbers_inside_markup_tags_are_no_figures():
    text = '<post post-date="June 3, 2019" likes="40">We won 12 seats</post>'
    assert figs(text) == [("12", "count", "seats")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Dutch firm is the number one seller of tulips.", ("number one", "rank", None)),
    ("She is the world's number two player.", ("number two", "rank", None)),
])
def test_number_and_a_small_number_rank(sentence, expected):
    assert expected in figs(sentence)


def test_the_numeral_itself_is_no_rank():
    assert figs("Builders skip floors as the number four is thought unlucky.") == []


def test_once_counts_times_after_a_strike_verb_or_in_a_list():
    assert ("once", "count", "times") in figs("He was stabbed once in the back.")
    assert ("once", "count", "times") in figs("She was hit twice in the leg, once in the hip.")
    assert ("once", "count", "times") in figs("They meet once or twice.")
    assert figs("Once the rain stopped, crews went in.") == []


def test_a_count_compound_with_a_noun_in_ss():
    assert figs("The jet has a three-class cabin.") == [("three-class", "count", "classes")]


def test_a_named_tally_counts_its_noun_for_every_name():
    text = "The medal tally stands at Norway 16, Gen. Hal Berg 12, and Canada 11."
    assert [f for f in figs(text)] == [("16", "count", "medals"), ("12", "count", "medals"), ("11", "count", "medals")]
    assert figs("The count is Ames 12 and Boyd 9.") == [("12", "count", None), ("9", "count", None)]


def test_a_number_after_a_name_outside_a_tally_is_still_no_figure():
    assert figs("The seat count was close. Route 66 reopened.") == []
    assert figs("Under Section 427 the count stands.") == []


def test_a_colon_after_a_label_word_opens_a_list_of_counts():
    assert ("two", "count", "orders") in figs("It took five orders this week: two from Oslo and three from Rome.")
    assert figs("Smith (Last week: 3.) leads.") == []
