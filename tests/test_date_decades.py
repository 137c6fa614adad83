"""`the next decade`, `the following decade`, `the past decade` are rolling ten-year ranges from their
anchor (GUIDE), while `the 1990s` and `this decade` are calendar decades."""
import datetime as dt

from datasette_newsclaims.dates import extract_events

SUN_2020_11_15 = dt.date(2020, 11, 15)


def ranges(text, published=SUN_2020_11_15):
    return [(e["text"], e["date_start"], e["date_end"], e["granularity"]) for e in extract_events(text, published)]


def test_the_next_decade_is_ten_years_from_publication():
    assert ranges("The market will grow over the next decade.") == [
        ("the next decade", "2020-11-15", "2030-11-15", "range")]
    assert ranges("Costs will rise in the coming decade.") == [
        ("the coming decade", "2020-11-15", "2030-11-15", "range")]


def test_the_past_decade_is_ten_years_up_to_publication():
    assert ranges("Costs rose over the past decade.") == [("the past decade", "2010-11-15", "2020-11-15", "range")]


def test_the_following_decade_is_ten_years_after_the_date_it_follows():
    text = "The mill closed in 1990. The following decade saw the town shrink."
    assert ranges(text) == [("1990", "1990-01-01", "1990-12-31", "year"),
                            ("The following decade", "1991-01-01", "2000-12-31", "range")]


def test_calendar_decades_stay_calendar_decades():
    assert ranges("Prices fell in the 1990s and rose this decade.") == [
        ("the 1990s", "1990-01-01", "1999-12-31", "decade"), ("this decade", "2020-01-01", "2029-12-31", "decade")]
    assert ranges("The plant opens early next decade.") == [
        ("early next decade", "2030-01-01", "2039-12-31", "decade")]
