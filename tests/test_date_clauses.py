"""The event clause keeps its verb (issue 12): a date in a piece cut off by dashes or quotation marks
takes the neighbouring piece that says what happened; a piece with its own verb stays as it is."""
import datetime as dt

from datasette_newsclaims.dates import extract_events

WED_2019_08_14 = dt.date(2019, 8, 14)


def event_of(text, expression, published=WED_2019_08_14):
    found = [e for e in extract_events(text, published) if e["text"] == expression]
    assert len(found) == 1, extract_events(text, published)
    assert len(found[0]["event"]) <= 120
    return found[0]["event"]


def test_a_date_between_dashes_takes_the_verb_after_them():
    text = "On Tuesday -- two days after the vote -- the council resigned."
    assert "resigned" in event_of(text, "Tuesday")


def test_a_date_before_a_quotation_takes_the_quoted_verb():
    text = 'In March, "we will rebuild the bridge," the mayor said.'
    assert "rebuild" in event_of(text, "March")


def test_a_date_after_a_dash_takes_the_verb_before_it():
    text = "The plant closed for good -- on Friday."
    assert "closed" in event_of(text, "Friday")


def test_a_piece_with_its_own_verb_is_not_widened():
    text = "The report -- released Tuesday by the agency -- showed a rise in exports."
    assert event_of(text, "Tuesday") == "released Tuesday by the agency"


def test_a_possessive_date_before_a_dash_takes_the_verb_after_it():
    text = "Friday's vote - the first in a decade - passed easily."
    assert "passed" in event_of(text, "Friday")


def test_a_title_abbreviation_does_not_end_the_sentence():
    text = "The suspect was arrested Friday by Det. Ann Lee of the county police."
    assert "arrested" in event_of(text, "Friday")
    text = "Det. Ann Lee said the suspect was arrested Friday."
    assert "arrested" in event_of(text, "Friday")


def test_a_date_alone_in_its_piece_takes_the_piece_after_it():
    text = "Last year: record floods. This year: drought."
    assert "floods" in event_of(text, "Last year")


def test_a_date_after_a_long_aside_reaches_back_to_the_verb():
    text = ("The update will be available free of charge to owners of most of the older models of the phone "
            "(including last year's) on June 21.")
    assert "available" in event_of(text, "June 21")
