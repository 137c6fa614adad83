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
