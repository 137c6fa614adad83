"""Measures on news the rules were not tuned to: display resolutions and dimensions (``N x M``),
metric abbreviations closing a conversion, speeds converted in parentheses, and the time that
passed before an event."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


def test_a_display_resolution_is_two_measures_in_pixels():
    assert all(u != "pixels" for _, _, u in figs("The lot is 2064 x 2208 in all."))  # no word of displays
    assert figs("Its panels have a resolution of 2064 x 2208 each.") == [
        ("2064", "measure", "pixels"), ("2208", "measure", "pixels")]


def test_a_dimension_gives_both_numbers_the_unit():
    assert figs("The cell is 8 x 10 feet.") == [("8", "measure", "feet"), ("10 feet", "measure", "feet")]


def test_a_metric_abbreviation_closing_a_conversion_is_a_unit():
    assert ("90 m", "measure", "m") in figs("Crowds must stay 300 feet (90 m) back.")
    assert ("16 km", "measure", "km") in figs("The trail runs 10 miles (16 km) north.")


def test_a_speed_converted_in_parentheses_keeps_its_rate():
    assert figs("Gusts of 120 kilometers (75 miles) per hour were seen.") == [
        ("120 kilometers", "measure", "kilometers per hour"), ("75 miles", "measure", "miles per hour")]


def test_the_time_that_passed_before_an_event_is_a_duration():
    assert ("ten minutes", "measure", "minutes") in figs("It was just ten minutes before the roof fell.")
    assert figs("It was two days after the vote when he quit.") == []  # a date relative to the vote
    assert figs("Two days before the vote, he quit.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("He is described as about 6' tall.", [("6'", "measure", "feet")]),
    ("The suspect is 5'10\" with a slim build.", [("5'", "measure", "feet"), ("10", "measure", "inches")]),
    ("She is 5’4” and fast.", [("5’", "measure", "feet"), ("4", "measure", "inches")]),
])
def test_a_height_written_with_marks_is_feet_and_inches(sentence, expected):
    assert [(f["text"], f["kind"], f["unit"]) for f in extract_figures(sentence)] == expected


def test_a_closing_quote_after_a_number_is_no_height():
    assert [f["kind"] for f in extract_figures("‘We won 5’, he said.")] == ["count"]


def test_a_bare_number_after_feet_is_the_inches_of_a_height():
    figures = extract_figures("He is 5 feet 7, with short hair, and carried 2 bags.")
    assert [(f["text"], f["unit"]) for f in figures] == [("5 feet", "feet"), ("7", "inches"), ("2", "bags")]
