"""Holidays by name resolve to their day in the year the tense points to (calendar.holiday)."""
import datetime as dt

import pytest

from datasette_newsclaims.dates import extract_events

WED_2019_08_14 = dt.date(2019, 8, 14)


@pytest.mark.parametrize("sentence, expression, day", [
    ("She called her mother on Mother's Day.", "Mother's Day", "2019-05-12"),
    ("He grilled steaks on Father's Day.", "Father's Day", "2019-06-16"),
    ("Schools closed on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2019-01-21"),
    ("Banks closed on Presidents Day.", "Presidents Day", "2019-02-18"),
    ("Parades were held on St. Patrick's Day.", "St. Patrick's Day", "2019-03-17"),
    ("Fireworks lit the sky on the Fourth of July.", "the Fourth of July", "2019-07-04"),
    ("The church held services on Good Friday.", "Good Friday", "2019-04-19"),
    ("Crowds filled the streets for Mardi Gras.", "Mardi Gras", "2019-03-05"),
    ("Shoppers lined up on Black Friday last year.", "Black Friday", "2018-11-23"),
])
def test_holidays_resolve_to_their_day(sentence, expression, day):
    found = [e for e in extract_events(sentence, WED_2019_08_14) if e["text"] == expression]
    assert [(e["date_start"], e["date_end"]) for e in found] == [(day, day)]


def test_a_coming_holiday_in_future_tense():
    found = extract_events("Stores will open early on Black Friday.", WED_2019_08_14)
    assert [(e["text"], e["date_start"]) for e in found] == [("Black Friday", "2019-11-29")]
