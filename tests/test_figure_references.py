"""Numbers that belong to a reference, not a quantity: names (``the Group of 20``, ``“Apollo 13,”``),
verses, the last day of a date range, grade ranges, coordinates, short codes and vanity phone numbers,
clock times written loosely."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def texts(text):
    return [f["text"] for f in extract_figures(text)]


@pytest.mark.parametrize("sentence", [
    "Finance ministers of the Group of 20 said Tuesday that growth was slowing.",
    "She was a member of the Gang of Eight.",
    "The team lost in the Round of 16, as it did last year.",
    "Critics of the \"Big Three\" automakers spoke first.",
    "He acted in “Apollo 13,” a film about a mission.",
    "The game (Halo 3) sold well.",
    "The update (iOS 5) changes the home screen.",
    "The money comes from what is called “Section 428” of the act.",
    "The sermon quoted Isaiah 45:1 and Ephesians 5:6-8.",
    "The survey was conducted July 8 to 12 on cellphones.",
    "The forum was held from Nov. 4 to 5.",
    "Pupils sit the test in grades three through eight.",
    "Schools reopened for students in grades 6 to 13.",
    "The farm lies at 41.248601 -76.918823.",
    "Tips can be sent by text to 847411.",
    "Call Crime Stoppers at 866-7LOCKUP.",
    "Polls are open between 12 and 8 p.m.",
    "___.  11: 06 a.m.  The campaign released a new ad.",
])
def test_a_number_in_a_reference_is_not_a_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize("sentence, figure", [
    ("A group of 20 students marched downtown.", "20"),
    ("Testimony Tuesday of four officials followed.", "four"),
    ("Police arrested 12 and 8 more were hurt on July 4.", "12"),
    ("The chain sold 9 stores to a rival, and the Group of 20 stores was renamed.", "9"),
    ("He won 57,500 US dollars in the lottery of 2010.", "57,500 US dollars"),
    ("The odds were 3:1 against him.", "3:1"),
    ("The game drew 45,000 fans to the Round of 16.", "45,000"),
])
def test_counts_next_to_such_words_are_still_read(sentence, figure):
    assert figure in texts(sentence)


@pytest.mark.parametrize("sentence", [
    "Call the crisis line at 1-800-555-0199 any time.",
    "We will meet by 7 o’clock tonight.",
    "The company unveiled the iPad 2 at a press event.",
    "Witnesses should call us on 101 quoting log 4410.",
    "Share Pin It 1 of 3 More Galleries",
    "She dialed her sister instead of 911 after the crash.",
    "Polls show a tie, according to [538], so far.",
    "Reporters waited outside No 10 all day.",
])
def test_phones_clocks_products_logs_galleries_and_sources_are_not_figures(sentence):
    assert texts(sentence) == []


def test_911_still_counts_what_a_plural_names():
    assert texts("The flood killed 911 people and destroyed 911 homes.") == ["911", "911"]


def test_no_without_a_point_ranks_after_world_or_future():
    figures = extract_figures("She beat the world No 1 in the final; fans see him as a future No 2.")
    assert [(f["text"], f["kind"]) for f in figures] == [("No 1", "rank"), ("No 2", "rank")]


def test_a_time_zone_offset_is_not_a_figure():
    assert texts("It landed at 6:40 p.m. (GMT +8), or 22:11 GMT+10 in Sydney.") == []


def test_list_markers_run_into_a_sentence_are_not_figures():
    assert texts("We like eggs: 1) Fried, 2) Boiled, 3) Poached.") == []


def test_a_starting_post_is_numbered_not_ranked():
    assert texts("The colt breaks from the No. 8 post, and the favorite is the No. 1 seed.") == ["No. 1"]
