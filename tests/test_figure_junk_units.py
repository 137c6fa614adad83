"""No junk among figures and units on the news corpus: addresses read as watts, stations named
with a number, opening hours, the money idiom ``six figures``, a place name taken as the noun."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


@pytest.mark.parametrize("sentence", [
    "Police were called to 2210 W. 54th St. at dawn.",
    "Keep watching 7 News for updates.",
    "The bakery opens Tue.-Fri. 7-11 a.m. only.",
    "The fair runs Sunday, 2-6pm, at the park.",
    "Her legal bills ran well into six figures.",
])
def test_no_figure_in_addresses_stations_hours_or_magnitude_idioms(sentence):
    assert figs(sentence) == []


def test_watts_and_figures_that_are_people_stay():
    assert figs("It ships with a 65W charger.") == [("65W", "measure", "W")]
    assert figs("Two figures in masks ran off.") == [("Two", "count", "figures")]


def test_a_place_name_before_the_counted_noun_is_no_unit():
    assert figs("Three Denver school buses crashed.")[0][2] != "Denver"
    assert figs("Four Toledo police officers were hurt.")[0][2].startswith("Toledo police")
    assert figs("Four Texans voted early.") == [("Four", "count", "Texans")]


def test_a_people_adjective_ends_the_counted_phrase():
    assert ("40", "count", "missing") in figs("Crews said 12 died and 40 missing after the storm.")


def test_names_joined_by_and_before_the_counted_noun_belong_to_it():
    text = "About 210 Ford and Honda cars were recalled, against 35 last spring."
    assert figs(text) == [("210", "count", "Ford and Honda cars"), ("35", "count", "Ford and Honda cars")]


def test_a_count_borrows_no_singular_noun_from_one():
    assert figs("One driver died and four were hurt.")[1] == ("four", "count", None)


def test_a_count_with_its_noun_elided_takes_the_noun_of_the_fronted_group():
    assert ("seven", "count", "workers") in figs("Of the 20 workers trapped, seven escaped.")


@pytest.mark.parametrize("sentence", [
    "Dispatchers logged 40 calls to 911.",
    "The incident number is 19-0833.",
    "His zip code: 60614.",
    "Riders waited for the 6 train.",
])
def test_identifiers_named_as_numbers_codes_or_routes_are_no_counts(sentence):
    assert [t for t, _, _ in figs(sentence)] in ([], ["40"])  # only the count of calls is a figure


def test_a_name_before_plural_model_numbers_is_part_of_the_unit():
    assert figs("The airline leased nine Airbus A321s.") == [("nine", "count", "Airbus A321s")]
