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
