"""Not dated events (issue 12): titles and names that contain a day or a year, maturities of bonds,
clock times, generic windows of a poll question, and items that could not be placed at all.
"""
import datetime as dt

import pytest

from datasette_newsclaims.dates import extract_events

WED_2019_08_14 = dt.date(2019, 8, 14)


def texts(text, published=WED_2019_08_14):
    return [e["text"] for e in extract_events(text, published)]


@pytest.mark.parametrize("sentence", [
    "The comedian made his debut on the Tonight Show in 1962.",
    "She was interviewed on the Today show about the book.",
    "He went on to host Monday Night Football for a decade.",
    "The cast of Saturday Night Live performed at the gala.",
    "The disaster film 2012 was a box-office hit.",
    "Yields on the 2030 notes rose to 3.2 percent.",
    "Traders sold the 2045 bonds after the auction.",
    "The talks resume at 1800 GMT on the island.",
    "Flights were suspended from 0600 local time.",
])
def test_names_titles_maturities_and_clock_times_are_not_dates(sentence):
    assert [t for t in texts(sentence) if t not in ("1962", "a decade")] == []


def test_the_same_words_as_dates_still_count():
    assert texts("The comedian performed tonight and will return Monday night.") == ["tonight", "Monday night"]
    assert texts("The film opened in 2012 and the bonds mature in 2030.") == ["2012", "2030"]
    assert texts("The strike began at 6 p.m. Monday.") == ["Monday"]


def test_a_window_in_a_poll_question_is_no_date():
    text = "The survey asked: Have you voted in the past year? Most said no."
    assert texts(text) == []
    text = "In the past year, have you bought a car?"
    assert texts(text) == []


def test_a_window_in_a_statement_is_a_date():
    assert texts("Prices have doubled in the past year, the survey found.") == ["the past year"]


def test_an_item_that_cannot_be_placed_is_not_emitted():
    events = extract_events("The quarter ended with a loss, the company said, and that year it closed.", WED_2019_08_14)
    assert all(e["date_start"] for e in events), events


def test_a_capital_today_opening_a_quotation_is_a_date():
    assert texts("``Today, we have our suspect,'' the chief said.") == ["Today"]
    assert texts("The council met. Today it voted.") == ["Today"]


def test_a_window_in_a_rhetorical_question_is_still_a_date():
    text = "Something happened in the last month where you didn't see them, right?"
    assert texts(text) == ["the last month"]


@pytest.mark.parametrize("sentence", [
    'He starred in the movie "2012" before the election.',
    "The studio released 2012, a disaster film, in November.",
])
def test_a_year_that_is_a_title_is_not_a_date(sentence):
    assert [t for t in texts(sentence) if t[0].isdigit()] == []


def test_a_year_before_an_appositive_that_is_no_title_is_a_date():
    assert texts("In 2012, a film crew arrived in the town.") == ["2012"]
    assert texts("The bonds are due 2045.") == ["2045"]


@pytest.mark.parametrize("sentence", [
    "Stores opened early for Black Friday sales.",
    "Candidates campaigned ahead of Super Tuesday.",
    "The march marked the anniversary of Bloody Sunday in Derry.",
    "The minister told the Sunday Times that talks had failed.",
])
def test_named_days_and_newspapers_are_not_the_weekday_near_publication(sentence):
    assert [t for t in texts(sentence) if "day" in t.lower()] == []


def test_a_capitalised_name_before_a_weekday_does_not_hide_it():
    assert texts("President Obama Sunday said the talks had failed.") == ["Sunday"]


def test_an_october_surprise_is_no_month():
    assert texts("Campaigns brace for an October surprise every four years.") == []
    assert texts("The surprise came in October.") == ["October"]


def test_the_year_defined_by_a_clause_with_no_year_before_it_is_no_date():
    assert texts("The filing misstated the year the founder was born.") == []
    assert texts("Sales for the year rose 5 percent.") == ["the year"]


def test_the_mail_on_sunday_is_a_newspaper():
    assert texts("She told The Mail on Sunday that she would run.") == []


@pytest.mark.parametrize("sentence", [
    "The headset shows 1800 x 1920 pixels to each eye.",
    "The tablet has a 2048-by-1536 display and a faster chip.",
    "Posters were printed at 1200×1800 for the lobby.",
    "The panel is 1920 pixels wide.",
])
def test_sizes_are_not_years(sentence):
    assert texts(sentence) == []


def test_a_year_next_to_a_letter_x_is_still_a_year():
    assert texts("In 1998 x-ray machines were installed at the border.") == ["1998"]
    assert texts("Sales fell in 2019 by 3 percent.") == ["2019"]


def test_a_quoted_title_with_its_comma_inside_the_marks_is_not_a_date():
    assert texts('Two songs won awards, and "1999," her debut album, sold best.') == []
    assert texts('"Prices have doubled in 2010," she said.') == ["2010"]
