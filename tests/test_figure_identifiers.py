"""Identifiers are not figures: model numbers, case and jersey numbers, clock times, decades.

Each test is a sentence in and the figures out (text, kind, unit); the
negatives check that a real quantity next to an identifier is still read.
"""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures
from datasette_newsclaims.figures.identifiers import clock_time_end, named_numbers


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


def texts(text):
    return [f["text"] for f in extract_figures(text)]


def test_a_model_number_named_once_is_an_identifier_wherever_it_stands_bare():
    text = ("Delta will fly the Boeing 767 to Lisbon. The 767 seats 211 passengers, "
            "and the airline expects the 767 to stay in service.")
    assert texts(text) == ["211"]


def test_a_number_named_once_still_counts_where_it_has_a_noun():
    text = "Fans waited for the Galaxy 500 launch, and 500 people lined up outside."
    assert ("500", "count", "people") in figs(text)


def test_airliner_families_after_a_determiner_or_possessive_are_models():
    assert texts("Airbus hopes its jet will outsell Boeing's 737.") == []
    assert texts("The carrier retired its last 747 on Friday.") == []


def test_a_dash_joined_designation_with_capitals_is_a_model():
    assert texts("The 737-800NG can carry 189 passengers.") == ["189"]


def test_a_range_with_a_fused_unit_is_still_a_range():
    assert [f["unit"] for f in extract_figures("The lab used a 5-10W laser.")] == ["W", "W"]


def test_scores_after_a_team_name_do_not_make_the_number_a_model():
    text = "Australia 312 for 6 declared. Their 312 came in 80 overs."
    assert "312" not in named_numbers(text)


@pytest.mark.parametrize("sentence", [
    "The ceasefire begins at 1800 GMT on Sunday.",
    "Trading resumes at 0930 ET.",
    "The patrol left the base at 2200 hours.",
])
def test_clock_times_in_four_digits_are_not_figures(sentence):
    assert texts(sentence) == []


def test_a_duration_in_hours_after_a_four_digit_count_is_not_a_clock():
    assert clock_time_end("He did 1200 hours of service", "he did 1200 hours of service", 7, 11, "1200") is None
    assert ("1,200 hours", "measure", "hours") in figs("He did 1,200 hours of community service.")


@pytest.mark.parametrize("sentence", [
    "The detective reopened case No. 4417 last week.",
    "The striker wore No. 9 for a decade.",
    "Riders packed the No. 7 train at rush hour.",
    "The office is at Suite #210.",
])
def test_numbers_after_numbered_things_are_identifiers_not_ranks(sentence):
    assert [f for f in extract_figures(sentence) if f["kind"] == "rank"] == []


def test_a_rank_before_a_name_has_no_unit_and_before_a_noun_keeps_it():
    assert figs("No. 3 Westfield beat No. 6 Eastbrook.") == [("No. 3", "rank", None), ("No. 6", "rank", None)]
    assert figs("She is the No. 2 official in the party.") == [("No. 2", "rank", "official")]


def test_decades_written_with_an_apostrophe_are_not_counts():
    assert texts("Rents doubled during the 80's and again in the 1990’s.") == []


def test_boeing_family_numbers_in_a_boeing_story_are_models_even_before_a_noun():
    text = "Boeing said airlines ordered eight new 777 jets, and the 777 program is sold out."
    assert texts(text) == ["eight"]


def test_a_boeing_family_number_that_counts_pages_is_still_a_count():
    text = "Boeing lobbyists asked the clerk to read all 767 pages aloud."
    assert ("767", "count", "pages") in figs(text)


@pytest.mark.parametrize("sentence", [
    "Call the hotline at 1-800-555-HELP (4357) for advice.",
    "If in doubt, ring NHS Direct on 0845 46 47.",
    "Residents were told to ring 101 or, in an emergency, dial 999.",
    "Where 111 isn't available, use the website.",
])
def test_phone_and_service_numbers_are_not_figures(sentence):
    assert texts(sentence) == []


def test_a_street_address_with_a_direction_and_an_ordinal_is_not_a_figure():
    assert texts("Police were called to 4410 SW 17th Street around noon.") == []


def test_zero_before_an_abstract_noun_is_an_idiom():
    assert texts("The mayor promised zero tolerance for graft.") == []
    assert ("zero", "count", None) in figs("Inflation fell to zero.")


def test_video_resolutions_are_not_money_or_counts():
    assert texts("The game renders at 1440p, not 4K.") == []
    assert ("85p", "money", "GBP") in figs("Shares rose 85p.")


def test_an_airliner_family_after_a_determiner_is_a_model_whatever_follows():
    assert texts("The 767 remains popular, and the 767 flies daily.") == []


def test_a_level_noun_is_no_unit():
    assert ("1,000", "count", None) in figs("Donations passed the 1,000 mark on Friday.")


def test_block_numbers_of_a_street_are_addresses():
    assert texts("Shots were fired between the 300 and the 500 blocks of Pine Street.") == []
