"""A four-digit number that only looks like a year: the shared recognizer
(``identifiers.is_not_a_year``) and the figure scan that keeps such figures even when a date
reader has claimed the digits; a price per unit (``$0.06/kWh``)."""
from __future__ import annotations

import pytest

from datasette_newsclaims import analyze
from datasette_newsclaims.figures import extract_figures
from datasette_newsclaims.figures.identifiers import is_not_a_year


def span_of(text, needle):
    s = text.index(needle)
    return s, s + len(needle)


@pytest.mark.parametrize("text, number", [
    ("The visor shows 1800 x 1920 per eye.", "1800"),
    ("The visor shows 1800 x 1920 per eye.", "1920"),
    ("The feed starts at 1800 GMT.", "1800"),
    ("Troops moved out at 1400 hours.", "1400"),
    ("She was shot in the 1900 block of Pine Street.", "1900"),
    ("He lives at 1600 Pennsylvania Avenue.", "1600"),
])
def test_dimensions_clock_times_and_addresses_are_not_years(text, number):
    assert is_not_a_year(text, *span_of(text, number))


@pytest.mark.parametrize("text, number", [
    ("The 1920 census counted them.", "1920"),
    ("In 1800 the town had a mill.", "1800"),
    ("The 2016 election is over.", "2016"),
])
def test_plain_years_are_years(text, number):
    assert not is_not_a_year(text, *span_of(text, number))


def test_a_date_claimed_on_a_dimension_does_not_hide_the_figures():
    text = "The headset has a resolution of 1800 x 1920 per eye."
    excluded = [span_of(text, "1800"), span_of(text, "1920")]
    figures = extract_figures(text, exclude=excluded)
    assert [(f["text"], f["kind"], f["unit"]) for f in figures] == [
        ("1800", "measure", "pixels"), ("1920", "measure", "pixels")]


def test_the_whole_pipeline_reports_the_dimension_as_figures():
    figures = analyze("The headset has a resolution of 1800 x 1920 per eye.", published="2023-06-07")["figures"]
    assert [f["text"] for f in figures] == ["1800", "1920"]


def test_a_real_year_still_hides_nothing_and_gives_no_figure():
    assert analyze("The mill opened in 1920.", published="2023-06-07")["figures"] == []


def test_a_price_per_unit_is_money():
    figures = extract_figures("The target is $0.03/kWh by 2030, and rooms go for $300/night.")
    assert [(f["text"], f["kind"]) for f in figures][:2] == [("$0.03", "money"), ("$300", "money")]
