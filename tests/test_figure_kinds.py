"""Kinds that used to be wrong: a percent sign glued to the next word, a unit the sentence states
once for two numbers (elided), people "under 12" (an age)."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


def test_a_percent_sign_glued_to_the_next_word_is_still_a_percent():
    assert figs("Turnout reached 61%in the north.") == [("61%", "percent", "percent")]


@pytest.mark.parametrize("sentence, expected", [
    ("The mill shipped 400 tons in May and 320 in June.", ("320", "measure", "tons")),
    ("Rivera scored 31 points, and Okafor added 12.", ("12", "count", "points")),
    ("Prices rose 4 percent this year, compared with 2 last year.", ("2", "percent", "percent")),
    ("About 12 stocks fell for every 7 that rose.", ("7", "count", "stocks")),
    ("The blast killed 14 people and injured 40.", ("40", "count", "people")),
])
def test_a_bare_number_repeats_the_unit_of_the_figure_it_parallels(sentence, expected):
    assert expected in figs(sentence)


def test_the_parallel_figure_is_the_one_closest_in_magnitude():
    text = "There are 41,200 people out of work for a year and 37,900 who have been out for longer."
    assert ("37,900", "count", "people") in figs(text)
    text = "Listed at 1,950,000 yen for the 6 door model and 1,890,000 for the hybrid."
    assert ("1,890,000", "money", "JPY") in figs(text)


@pytest.mark.parametrize("sentence, expected", [
    ("Sales grew 9 percent. Staff numbered 300.", ("300", "count", "Staff")),
    ("Halvorsen, a 12-year veteran and mother of three, retired.", ("three", "count", None)),
    ("The index fell 120 points over the week, and then the 30 companies in it reported.", ("30", "count", "companies")),
])
def test_no_unit_is_lent_across_sentences_or_to_counted_things(sentence, expected):
    assert expected in figs(sentence)


def test_a_list_before_its_unit_shares_it():
    assert figs("Shares fell 2, 3 and 5 percent.") == [
        ("2", "percent", "percent"), ("3", "percent", "percent"), ("5 percent", "percent", "percent")]
    assert figs("The parties won 88 and 61 seats.") == [("88", "count", "seats"), ("61", "count", "seats")]


def test_a_restatement_in_percent_is_not_a_list():
    assert ("2,000", "count", None) in figs("Cuts would reach about 2,000, or 7% of the staff.")


@pytest.mark.parametrize("sentence", [
    "Children under 12 travel free.",
    "The museum is free for people over 65.",
    "It is not sold to anyone younger than 18.",
])
def test_people_under_or_over_a_number_have_an_age(sentence):
    assert [f["kind"] for f in extract_figures(sentence)] == ["age"]


def test_under_a_number_of_things_is_not_an_age():
    assert figs("The team scored under 20 goals.") == [("20", "count", "goals")]


@pytest.mark.parametrize("sentence, age", [
    ("Police named the driver as Omar T. Reyes Jr., 19, of Salem.", "19"),
    ("Dana Pruitt, 34 of Elmwood, was arrested.", "34"),
    ("Kit Marlowe (pictured), 62, retired in May.", "62"),
    ("Her brother was only 15 at the time.", "15"),
    ("At 81, she still runs the farm.", "81"),
])
def test_ages_in_news_style(sentence, age):
    """An age after a name or a verb names no unit: the figure is an age with unit None."""
    assert (age, "age", None) in figs(sentence)


def test_an_age_with_an_age_word_takes_years():
    assert ("47", "age", "years") in figs("The median age of the residents was 47.")
    assert ("12", "age", "years") in figs("Tickets are free for children aged 12 and under.")


@pytest.mark.parametrize("sentence", [
    "Homes line Maple Avenue, 40 of which are rented.",
    "At 5, the market closed.",
])
def test_numbers_after_a_comma_or_at_that_are_not_ages(sentence):
    assert [f["kind"] for f in extract_figures(sentence)] != ["age"]


# --- units ------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Look at the number of tourists arriving since May: it is less than 300.", ("300", "count", "tourists")),
    ("Burglaries rose to 52 in the second quarter.", ("52", "count", "Burglaries")),
    ("The total number of cases in the county climbed to 19.", ("19", "count", "cases")),
])
def test_a_bare_number_counts_the_plural_the_sentence_names(sentence, expected):
    assert expected in figs(sentence)


def test_no_noun_is_borrowed_from_another_sentence():
    assert ("12", "count", None) in figs("The number of stalls grew. Then 12 opened downtown.")


@pytest.mark.parametrize("sentence, expected", [
    ("The carrier ordered 14 new Airbus A321 jets.", ("14", "count", "new Airbus A321 jets")),
    ("Rescuers found four injured near the bridge.", ("four", "count", "injured")),
    ("The storm left three dead.", ("three", "count", "dead")),
])
def test_a_number_above_one_counts_up_to_its_plural_head(sentence, expected):
    assert expected in figs(sentence)


@pytest.mark.parametrize("sentence", [
    "The council approved five major changes, and two minor.",
    "Voters backed 12 new, and rejected the rest.",
])
def test_adjectives_are_not_units(sentence):
    units = [u for _, _, u in figs(sentence)]
    assert "minor" not in units and "new" not in units


def test_cents_take_the_local_dollar_of_an_australian_article():
    text = "Fuel in Brisbane rose 9 cents a litre as Queensland drivers paid more, the Perth survey found."
    assert ("9 cents", "money", "AUD") in figs(text)
    assert ("9 cents", "money", "USD") in figs("Gas in Ohio rose 9 cents a gallon, U.S. data showed.")


def test_abbreviated_ages_and_cubic_feet():
    assert ("16 y.o", "age", "years") in figs("Family of 16 y.o struck by a car speaks out.")
    assert ("9.5 cu.ft", "measure", "cu.ft") in figs("The trunk offers 9.5 cu.ft. of space.")


def test_a_past_tense_verb_after_a_plural_ends_the_counted_phrase():
    assert ("600", "count", "jobs") in figs("The plant will see 600 jobs cut next year.")


def test_more_between_a_number_and_its_plural_is_skipped():
    assert ("four", "count", "inspectors") in figs("The city hired four more inspectors.")
    assert ("9,000", "count", None) in figs("About 9,000 more join each year.")


def test_one_in_a_million_is_a_ratio():
    assert [f["kind"] for f in extract_figures("The odds are one in a million.")] == ["ratio"]


def test_a_range_of_decimals_is_not_a_date():
    assert figs("The currency gained 4.0-5.5 percent.") == [("4.0", "percent", "percent"), ("5.5 percent", "percent", "percent")]


def test_a_bare_dollar_sign_stays_us_dollars_even_in_a_foreign_story():
    text = "Shares of the Hong Kong firm, which also trades at HK$190, closed in New York at $185.25."
    assert ("$185.25", "money", "USD") in figs(text)


def test_a_new_level_before_from_takes_the_unit_of_the_old_one():
    assert ("1,450", "count", "complaints") in figs("Filings climbed to 1,450 in 2019 from 1,180 complaints.")
    assert ("two", "count", None) in figs("They picked two from each of five regions.")


def test_the_plural_head_is_found_past_an_abbreviation():
    assert ("three", "count", "main U.S. bank agencies") in figs("The three main U.S. bank agencies agreed.")


@pytest.mark.parametrize("sentence, unit", [
    ("The Hawks stayed alive with a 31-17 victory over Eastfield.", "points"),
    ("The Hawks improved to 8-3 with the win.", "wins"),
    ("Rovers earned a 2-0 win as their striker scored twice.", "goals"),
    ("The council voted 7-2 to approve the plan.", "votes"),
    ("Democrats hold a 51-49 majority in the Senate.", "seats"),
])
def test_a_score_counts_what_its_sentence_is_about(sentence, unit):
    assert [u for t, k, u in figs(sentence) if "-" in t] == [unit]


def test_a_poll_margin_is_no_score():
    assert [u for t, k, u in figs("Smith leads by 44-41 in the latest poll.") if "-" in t] == [None]


def test_a_bare_count_takes_the_noun_of_a_count_in_the_sentence_before():
    text = "Nine of the victims were treated at the scene. Three remain in hospital."
    assert ("Three", "count", "victims") in figs(text)
    assert ("31.5", "count", None) in figs("He took 12 wickets at an average of 31.5 in the series.")


def test_no_noun_is_taken_from_two_sentences_back():
    text = "Nine of the victims were treated. The road reopened. Three remain in hospital."
    assert ("Three", "count", None) in figs(text)


def test_a_number_done_to_people_counts_people():
    assert ("212", "count", "people") in figs("The floods swept the valley on Monday, killing 212.")
    assert ("9", "count", "people") in figs("Deputies arrested 9 after the brawl.")


@pytest.mark.parametrize("sentence, age", [
    ("Callum Reid (27), of Leeds, was jailed.", "27"),
    ("Mia Hart (19) was named as the victim.", "19"),
])
def test_british_ages_in_parentheses(sentence, age):
    assert (age, "age", None) in figs(sentence)


def test_a_jersey_number_in_parentheses_is_still_no_figure():
    assert figs("Quarterback Dak Prescott (4) threw twice.") == [("twice", "count", "times")]


def test_feet_and_inches_written_short():
    assert figs("He is about 5ft 9in tall.") == [("5ft", "measure", "ft"), ("9in", "measure", "inches")]


def test_a_verb_done_to_people_beats_a_measure_before_it():
    assert ("8", "count", "people") in figs("A 6.1-magnitude quake hit the coast, killing at least 8.")
    assert ("12", "count", "soldiers") in figs("The blast killed 5 soldiers and wounded 12.")


def test_a_ratio_of_one_number_is_a_ratio():
    assert figs("The stock trades at a price-to-earnings ratio of 18.") == [("18", "ratio", None)]


def test_the_number_of_a_longer_phrase_and_a_plus_after_a_number():
    assert ("512", "count", "open criminal cases") in figs("The number of open criminal cases stands at 512.")
    assert ("30+ years", "measure", "years") in figs("She has taught here for 30+ years.")


def test_a_count_before_a_measure_counts_the_noun_after_it():
    assert ("three", "count", "rifles") in figs("Agents found three 7.62 mm rifles in the truck.")
    assert ("24", "count", "bottles") in figs("He carried 24 12-ounce bottles.")


def test_a_town_of_a_number_counts_people():
    assert ("8,200", "count", "people") in figs("Ridgeway, a town of about 8,200, lost its mill.")
