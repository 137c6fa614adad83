"""Units are nouns: a participle after a bare count is no unit (the noun may be elided), a measure
drops its adjectives (``three straight years``: years), ``one shot him`` is a pronoun and a verb,
``4k streaming`` is a resolution."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


def test_a_participle_is_no_unit_and_the_elided_noun_is_lent():
    assert ("four", "count", "touchdowns") in figs("He has 11 touchdowns rushing and four receiving.")


@pytest.mark.parametrize("sentence, number", [
    ("With two in 10 saying they were unsure, the poll closed.", "two in 10"),
    ("About 40,000 going to shelters were counted.", "40,000"),
])
def test_an_ing_word_before_a_preposition_is_not_the_counted_noun(sentence, number):
    unit = {t: u for t, _, u in figs(sentence)}[number]
    assert unit is None or not unit.endswith("ing")


@pytest.mark.parametrize("sentence, expected", [
    ("Four sitting judges signed the letter.", ("Four", "count", "sitting judges")),
    ("Rubio is right about one thing, she said.", ("one", "count", "thing")),
    ("The index fell from last month's 98.8 reading.", ("98.8", "count", "reading")),
])
def test_nouns_that_end_in_ing_or_precede_a_noun_stay(sentence, expected):
    assert expected in figs(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The club has made the final three straight years.", ("three", "measure", "years")),
    ("Stocks fell for six consecutive days.", ("six", "measure", "days")),
    ("Nurses often work 15 extra minutes.", ("15", "measure", "minutes")),
])
def test_a_measure_is_named_by_its_unit_without_adjectives(sentence, expected):
    assert expected in figs(sentence)


def test_one_before_a_verb_and_its_object_is_a_pronoun():
    assert figs("Two men walked in, and one shot him twice.") == [
        ("Two", "count", "men"), ("twice", "count", "times")]
    assert figs("Only one shot was fired.") == [("one", "count", "shot")]


def test_4k_before_video_words_is_a_resolution_but_4k_money_is_not():
    assert figs("Subscribers get 4k streaming on two screens.") == [("two", "count", "screens")]
    assert figs("He paid $4k for it.")[0][:2] == ("$4k", "money")


def test_the_counted_noun_after_of_and_a_possessive_name_of_several_words():
    assert figs("A dozen of Gov. Mary Ellis's Ohio donors left.") == [("A dozen", "count", "Ohio donors")]


@pytest.mark.parametrize("sentence, unit", [
    ("Half of the voters stayed home.", "voters"),
    ("About a third of those surveyed agreed.", "surveyed"),
    ("One-third of the state's job growth came from hospitals.", None),
    ("The firm lost a quarter of its value.", None),
])
def test_a_fraction_names_a_unit_only_for_things_counted(sentence, unit):
    assert [u for _, _, u in figs(sentence)] == [unit]


def test_a_model_number_after_the_and_a_name_is_not_an_age():
    assert ("50", "age", None) not in figs("The Roadster 50 has a 90 kWh battery.")
    assert ("44", "age", None) in figs("Pilot Anna Berg 44 has flown for years.")


def test_a_stock_quote_row_gives_the_price_and_its_change_in_dollars():
    row = "Ticker Security Last Change Change % ACME ACME CORP. 48.20 -1.35 -2.73%"
    assert figs(row) == [("48.20", "money", "USD"), ("-1.35", "money", "USD"), ("-2.73%", "percent", "percent")]


def test_two_decimals_in_prose_are_no_price():
    assert figs("The index rose to 48.20, up 1.35 points.")[0][:2] == ("48.20", "count")


@pytest.mark.parametrize("sentence, expected", [
    ("The war ended after four bloody years.", ("four", "measure", "years")),
    ("Only 12 legislative days remain.", ("12", "measure", "days")),
    ("It pays for every 1,000 cube meters of gas.", ("1,000", "measure", "cube meters")),
    ("He threw for 310 passing yards.", ("310", "measure", "passing yards")),
])
def test_a_measure_keeps_the_words_of_its_unit_and_drops_adjectives(sentence, expected):
    assert expected in figs(sentence)


def test_plus_or_minus_gives_the_margin_itself():
    assert figs("The margin of error is plus or minus 3.1 percentage points.") == [
        ("3.1 percentage points", "percent", "percentage points")]
    assert [f["value"] for f in extract_figures("Lows of minus 4 degrees.")] == [-4.0]


def test_a_hyphenated_plural_ends_the_counted_phrase():
    assert figs("The site will have 12 fact-checkers working tonight.") == [("12", "count", "fact-checkers")]


def test_inside_before_its_object_is_no_counted_noun_but_outside_groups_is():
    assert figs("“Three inside the house,” he said.") == [("Three", "count", None)]
    assert figs("Two outside groups sued.") == [("Two", "count", "outside groups")]
    assert figs("There were 18 calls that were 911 hang ups.") == [("18", "count", "calls")]
