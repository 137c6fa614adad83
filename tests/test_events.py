"""Dated events: calendar references resolved against a pinned publication date.

Every test names its publication date, as duckling and chrono pin "now".
"""
import datetime as dt

import pytest

from datasette_newsclaims.dates import extract_events

WED_2017_08_16 = dt.date(2017, 8, 16)  # a Wednesday


def one(text, published, expression=None):
    """The single event of ``text`` (or the one whose text is ``expression``)."""
    events = extract_events(text, published)
    if expression is not None:
        events = [e for e in events if e["text"] == expression]
    assert len(events) == 1, events
    event = events[0]
    assert text[event["start"]:event["end"]] == event["text"]
    return event


def dates(event):
    return event["date_start"], event["date_end"], event["granularity"]


def texts(text, published):
    """The expressions found in ``text``, in order."""
    return [e["text"] for e in extract_events(text, published)]


def texts_and_dates(text, published):
    """(expression, (start, end, granularity)) for every event of ``text``."""
    return [(e["text"], dates(e)) for e in extract_events(text, published)]


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    "sentence,expression,expected",
    [
        ("The city filed its lawsuit on Aug. 7, 2017.", "Aug. 7, 2017", ("2017-08-07", "2017-08-07", "day")),
        ("The city filed its lawsuit on August 7, 2017.", "August 7, 2017", ("2017-08-07", "2017-08-07", "day")),
        ("The city filed its lawsuit on 7 August 2017.", "7 August 2017", ("2017-08-07", "2017-08-07", "day")),
        ("The city filed its lawsuit on 8/7/2017.", "8/7/2017", ("2017-08-07", "2017-08-07", "day")),
        ("The city filed its lawsuit on 2017-08-07.", "2017-08-07", ("2017-08-07", "2017-08-07", "day")),
        ("Sales peaked in March 2008.", "March 2008", ("2008-03-01", "2008-03-31", "month")),
        ("The plant opened in 1998.", "1998", ("1998-01-01", "1998-12-31", "year")),
        ("Crime fell in the 1990s.", "the 1990s", ("1990-01-01", "1999-12-31", "decade")),
        ("Profit rose in Q3 2019.", "Q3 2019", ("2019-07-01", "2019-09-30", "quarter")),
    ],
)
def test_absolute_dates_resolve_from_the_text(sentence, expression, expected):
    event = one(sentence, WED_2017_08_16, expression)
    assert dates(event) == expected
    assert event["resolved_from"] == "text"


def test_the_leading_preposition_is_not_part_of_the_expression():
    event = one("Sessions took aim at Chicago after the city filed its lawsuit on Aug. 7.", WED_2017_08_16)
    assert event["text"] == "Aug. 7"
    assert dates(event) == ("2017-08-07", "2017-08-07", "day")
    assert "lawsuit" in event["event"] and len(event["event"]) <= 120


def test_a_year_used_attributively_counts_but_a_year_in_a_name_does_not():
    assert dates(one("He ran the 2016 campaign.", WED_2017_08_16)) == ("2016-01-01", "2016-12-31", "year")
    assert extract_events("She graduated with the Class of 2020.", WED_2017_08_16) == []


# ---------------------------------------------------------------- months and days without a year


def test_a_month_in_past_tense_is_the_latest_one_on_or_before_publication():
    event = one("The mayor ended the sanctuary policy in February.", WED_2017_08_16)
    assert dates(event) == ("2017-02-01", "2017-02-28", "month")
    assert event["resolved_from"] == "published"


def test_a_month_in_future_tense_is_the_next_one():
    event = one("The council will vote on the budget in February.", WED_2017_08_16)
    assert dates(event) == ("2018-02-01", "2018-02-28", "month")


def test_december_in_a_january_article_is_last_december():
    event = one("The storm hit the coast in December.", dt.date(2018, 1, 10))
    assert dates(event) == ("2017-12-01", "2017-12-31", "month")


def test_a_day_without_a_year_in_past_tense():
    event = one("The company reported its results on Aug. 7.", WED_2017_08_16)
    assert dates(event) == ("2017-08-07", "2017-08-07", "day")


def test_a_payment_date_without_a_year_is_the_next_one():
    event = one("The dividend is payable Jan. 2 to shareholders.", dt.date(1989, 11, 2))
    assert dates(event) == ("1990-01-02", "1990-01-02", "day")


def test_mid_early_and_late_keep_the_whole_month():
    assert dates(one("Talks stalled in mid-October.", dt.date(2019, 11, 20))) == ("2019-10-01", "2019-10-31", "month")
    assert dates(one("He went missing late last July.", dt.date(2013, 3, 22))) == ("2012-07-01", "2012-07-31", "month")


def test_a_month_without_a_year_after_a_date_in_another_year_takes_that_year():
    text = "The war began on Aug. 4, 1914, when troops crossed the border. By late August the front had moved."
    events = extract_events(text, dt.date(2014, 8, 5))
    assert [dates(e) for e in events] == [
        ("1914-08-04", "1914-08-04", "day"),
        ("1914-08-01", "1914-08-31", "month"),
    ]
    assert events[1]["resolved_from"] == "event"


def test_leap_day():
    assert dates(one("The law took effect on Feb. 29, 2016.", dt.date(2016, 3, 10))) == (
        "2016-02-29", "2016-02-29", "day")
    # Feb. 29 without a year: the latest leap day on or before publication
    assert dates(one("The storm struck on Feb. 29.", dt.date(2017, 3, 1))) == ("2016-02-29", "2016-02-29", "day")


def test_a_month_and_a_weekday_choose_the_year_whose_weekday_fits():
    event = one("The Times said in an editorial on Monday, Oct. 26: the murder was a crime.", dt.date(1998, 10, 25))
    assert dates(event) == ("1998-10-26", "1998-10-26", "day")


# ---------------------------------------------------------------- weekdays


def test_a_weekday_on_the_publication_day_is_that_day():
    event = one("Sessions railed against Chicago Wednesday in a speech in Miami.", WED_2017_08_16)
    assert dates(event) == ("2017-08-16", "2017-08-16", "day")
    assert "speech" in event["event"]


def test_a_past_tense_weekday_is_the_latest_one_before_publication():
    assert dates(one("The senator resigned Monday.", WED_2017_08_16)) == ("2017-08-14", "2017-08-14", "day")


def test_a_future_tense_weekday_is_the_next_one():
    assert dates(one("The senator will resign Friday.", WED_2017_08_16)) == ("2017-08-18", "2017-08-18", "day")


def test_last_and_next_weekday():
    assert dates(one("They met last Thursday.", WED_2017_08_16)) == ("2017-08-10", "2017-08-10", "day")
    assert dates(one("They meet again next Monday.", WED_2017_08_16)) == ("2017-08-21", "2017-08-21", "day")


# ---------------------------------------------------------------- relative units


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The report came out yesterday.", ("2017-08-15", "2017-08-15", "day")),
        ("The report comes out today.", ("2017-08-16", "2017-08-16", "day")),
        ("The report comes out tomorrow.", ("2017-08-17", "2017-08-17", "day")),
        ("The report came out last week.", ("2017-08-07", "2017-08-13", "week")),
        ("Chicago sued earlier this month.", ("2017-08-01", "2017-08-31", "month")),
        ("Chicago sued last month.", ("2017-07-01", "2017-07-31", "month")),
        ("Murders rose last year.", ("2016-01-01", "2016-12-31", "year")),
        ("Elections are due next year.", ("2018-01-01", "2018-12-31", "year")),
        ("The rule changed late last year.", ("2016-01-01", "2016-12-31", "year")),
        ("The plant closed two years ago.", ("2015-01-01", "2015-12-31", "year")),
    ],
)
def test_relative_units_resolve_to_the_unit_they_name(sentence, expected):
    event = one(sentence, WED_2017_08_16)
    assert dates(event) == expected
    assert event["resolved_from"] == "published"


def test_a_year_boundary_last_month_in_january():
    assert dates(one("Prices rose last month.", dt.date(2018, 1, 3))) == ("2017-12-01", "2017-12-31", "month")


def test_rolling_windows_end_on_publication():
    assert dates(one("Six deaths were reported in the past week.", WED_2017_08_16)) == (
        "2017-08-09", "2017-08-16", "range")
    assert dates(one("Shares fell over the past five days.", WED_2017_08_16)) == (
        "2017-08-11", "2017-08-16", "range")


# ---------------------------------------------------------------- quarters, halves, spans


def test_the_first_half_of_last_year():
    event = one("In the first half of last year, violent crime increased 5 percent.", WED_2017_08_16)
    assert event["text"] == "the first half of last year"
    assert dates(event) == ("2016-01-01", "2016-06-30", "half")
    assert "violent crime" in event["event"]


def test_a_quarter_without_a_year_is_the_latest_one():
    assert dates(one("The company posted a third-quarter loss.", dt.date(1989, 11, 2))) == (
        "1989-07-01", "1989-09-30", "quarter")


def test_a_year_ago_after_a_quarter_is_that_quarter_a_year_earlier():
    events = extract_events("Net income rose in the third quarter to $5 million from $4 million a year ago.",
                            dt.date(1989, 11, 2))
    assert [dates(e) for e in events] == [
        ("1989-07-01", "1989-09-30", "quarter"),
        ("1988-07-01", "1988-09-30", "quarter"),
    ]
    assert events[1]["resolved_from"] == "event"


def test_a_game_quarter_is_not_a_date():
    text = "The Chargers scored two touchdowns late in the fourth quarter and won 48-20."
    assert extract_events(text, dt.date(2006, 12, 10)) == []


@pytest.mark.parametrize(
    "sentence,expression,expected",
    [
        ("433 people have been murdered since the beginning of the year.", "since the beginning of the year",
         ("2017-01-01", "2017-08-16", "range")),
        ("The economy added jobs so far this year.", "so far this year", ("2017-01-01", "2017-08-16", "range")),
        ("Rates have not moved since October.", "since October", ("2016-10-01", "2017-08-16", "range")),
        ("Rents rose from October 2015 to March 2016.", "October 2015 to March 2016",
         ("2015-10-01", "2016-03-31", "range")),
        ("Staff were fired from 2011 to 2016.", "2011 to 2016", ("2011-01-01", "2016-12-31", "range")),
        ("The fair will run the week of May 3-9.", "the week of May 3-9", ("2018-05-03", "2018-05-09", "range")),
    ],
)
def test_spans_are_one_range(sentence, expression, expected):
    assert dates(one(sentence, WED_2017_08_16, expression)) == expected


# ---------------------------------------------------------------- dates relative to another date


def test_the_day_before_is_resolved_from_the_date_it_follows():
    events = extract_events("The vote was held on March 3, 2016. The day before, protesters gathered.",
                            dt.date(2016, 3, 10))
    assert [dates(e) for e in events] == [
        ("2016-03-03", "2016-03-03", "day"),
        ("2016-03-02", "2016-03-02", "day"),
    ]
    assert events[1]["resolved_from"] == "event"


def test_two_weeks_later():
    events = extract_events("He was arrested on June 1, 2015. Two weeks later, he was released.", dt.date(2016, 1, 1))
    assert dates(events[1]) == ("2015-06-15", "2015-06-15", "day")
    assert events[1]["resolved_from"] == "event"


# ---------------------------------------------------------------- what is not a dated event


@pytest.mark.parametrize(
    "sentence",
    [
        "He served for three years.",  # a duration
        "The meeting starts at 10:30 a.m.",  # a clock time alone
        "She runs every Monday.",  # a set
        "Crime has fallen recently and now stands low.",  # vague
        "May I ask a question?",  # a modal verb, not the month
        "Prices rose 2,000 percent.",
    ],
)
def test_not_dated_events(sentence):
    assert [e["text"] for e in extract_events(sentence, WED_2017_08_16) if e["date_start"]] == []


# ---------------------------------------------------------------- publication date missing


def test_without_a_publication_date_relative_references_stay_unresolved():
    events = extract_events("The city sued Wednesday, after the law passed on Aug. 7, 2017.", None)
    by_text = {e["text"]: e for e in events}
    assert dates(by_text["Wednesday"]) == (None, None, None)
    assert by_text["Wednesday"]["resolved_from"] is None
    assert dates(by_text["Aug. 7, 2017"]) == ("2017-08-07", "2017-08-07", "day")


def test_an_unparseable_publication_date_is_treated_as_missing():
    from datasette_newsclaims import analyze

    events = analyze("The plant closed last year, in 2016.", "not a date")["events"]
    assert [(e["text"], e["date_start"]) for e in events] == [("last year", None), ("2016", "2016-01-01")]


# ---------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "2017" * 5000, "Aug. " * 3000, "the the the " * 2000 + "year", "\x00\ud800", "9/11/" * 1000,
     "Monday " * 3000, "May 5, 2017 " * 2000, "since the beginning of the " * 1000],
)
def test_never_crashes_and_stays_fast(text):
    import time

    t0 = time.process_time()
    events = extract_events(text, WED_2017_08_16)
    assert time.process_time() - t0 < 2.0
    for e in events:
        assert text[e["start"]:e["end"]] == e["text"]
        assert len(e["event"]) <= 120


HOSTILE = ["Q1 ", "1999 ", "Monday ", "Aug. 7 ", "the first half of ", "since ", "last year ", "a year earlier ",
           "2009-2010 ", "between 1985 and ", "9/11/", "0123456789", "today ", "the third quarter ", "5,000 years ago ",
           # a long text without a full stop, every kind of reference in one sentence
           "Q1 1999 said Monday, Aug. 7 - the first half of since last year; a year earlier 2009-2010 between 1985 and "
           "9/11/2001 will the day before \"fiscal 2010\" in the 1990s two weeks ago (the third quarter) "]


@pytest.mark.parametrize("pattern", HOSTILE)
def test_100k_characters_of_one_repeated_pattern_take_linear_time(pattern):
    # a backtracking guard, not a benchmark: quadratic code takes minutes here
    import time

    text = (pattern * (100_000 // len(pattern) + 1))[:100_000]
    t0 = time.process_time()
    events = extract_events(text, WED_2017_08_16)
    assert time.process_time() - t0 < 5.0
    assert all(text[e["start"]:e["end"]] == e["text"] for e in events)


@pytest.mark.parametrize("text", ["He said 5,000 years ago.", "It was 1,000 days later.", "Growth was 1.5 years ago."])
def test_a_reference_never_starts_inside_a_number(text):
    # not "000 years ago" dated 2017: 5,000 years back is no calendar year we can name
    assert texts(text, WED_2017_08_16) == []


def test_a_number_after_a_thousands_figure_still_dates():
    text = "It cost 1,500 in 1999, and 2,000 three years ago."
    assert texts_and_dates(text, WED_2017_08_16) == [
        ("1999", ("1999-01-01", "1999-12-31", "year")), ("three years ago", ("2014-01-01", "2014-12-31", "year"))]


def test_last_before_a_month_and_day_is_the_one_before_publication():
    event = one("He was shot to death last Oct. 23 at his home.", dt.date(1999, 4, 19))
    assert dates(event) == ("1998-10-23", "1998-10-23", "day")


def test_later_that_year_is_the_year_of_the_date_it_follows():
    events = extract_events("She fled to Florida in June 1998 and returned to Cuba later that year.", dt.date(2000, 1, 28))
    assert [dates(e) for e in events] == [
        ("1998-06-01", "1998-06-30", "month"),
        ("1998-01-01", "1998-12-31", "year"),
    ]


def test_holidays_resolve_to_their_day():
    event = one("Elian was found Thanksgiving Day clinging to an inner tube.", dt.date(2000, 1, 7))
    assert dates(event) == ("1999-11-25", "1999-11-25", "day")
    event = one("The campaign runs from now to Election Day.", dt.date(1998, 10, 26))
    assert dates(event) == ("1998-11-03", "1998-11-03", "day")


def test_the_weekend_in_past_tense_is_the_one_just_gone():
    event = one("Officials confirmed the reports over the weekend.", dt.date(1990, 8, 13))
    assert dates(event) == ("1990-08-11", "1990-08-12", "range")


def test_two_months_joined_by_and_are_two_dates_unless_between():
    published = dt.date(2016, 5, 19)
    assert [e["text"] for e in extract_events("Attacks in May 2003 and May 2004 jolted the kingdom.", published)] == [
        "May 2003", "May 2004"]
    event = one("The leaked emails range from early October to early November of 2008.", published)
    assert dates(event) == ("2008-10-01", "2008-11-30", "range")


def test_a_deadline_weekday_is_ahead():
    event = one("The match has been postponed until 15:00 GMT Saturday.", dt.date(2013, 3, 22))
    assert dates(event) == ("2013-03-23", "2013-03-23", "day")


def test_the_sept_11_attacks():
    assert dates(one("Families of victims of the Sept. 11 attacks may sue.", dt.date(2016, 5, 19))) == (
        "2001-09-11", "2001-09-11", "day")


def test_today_meaning_nowadays_in_a_quote_is_not_a_date():
    published = dt.date(2014, 8, 5)
    text = '"How can we remain neutral today when a people not far from Europe is fighting for its freedom?" the king said.'
    assert extract_events(text, published) == []
    event = one('"So many things happened today that are special," he said.', published)
    assert dates(event) == ("2014-08-05", "2014-08-05", "day")


def test_a_past_verb_before_the_date_outweighs_an_infinitive_after_it():
    event = one("Leaders marked the anniversary on Monday warning of the lessons to be learned.", dt.date(2014, 8, 5))
    assert dates(event) == ("2014-08-04", "2014-08-04", "day")


def test_financial_comparisons_follow_the_quarter_reported_on():
    text = ("Net rose in the third quarter. Sales for last year's quarter were $3 million. "
            "The company earned $5 million in the 1988 quarter.")
    events = extract_events(text, dt.date(1989, 11, 1))
    assert [(e["text"], dates(e)) for e in events] == [
        ("the third quarter", ("1989-07-01", "1989-09-30", "quarter")),
        ("last year's quarter", ("1988-07-01", "1988-09-30", "quarter")),
        ("the 1988 quarter", ("1988-07-01", "1988-09-30", "quarter")),
    ]


def test_what_was_stated_is_kept_apart_from_what_was_implied():
    event = one("The city filed its lawsuit on Aug. 7.", WED_2017_08_16)
    assert event["stated"] == {"month": 8, "day": 7}
    assert event["implied"] == ["year"]
    assert event["resolved_from"] == "published"


def test_a_past_verb_next_to_a_month_keeps_it_in_the_past_even_near_year_end():
    published = dt.date(2017, 11, 6)
    event = one("The report was filed in December, before he joined the cabinet.", published)
    assert dates(event) == ("2016-12-01", "2016-12-31", "month")


def test_a_far_off_past_verb_lets_a_near_future_month_win():
    text = "Midwest Financial announced an agreement to acquire the Peoria bank holding company in January."
    assert dates(one(text, dt.date(1989, 11, 2))) == ("1990-01-01", "1990-01-31", "month")


def test_a_present_tense_schedule_looks_ahead_unless_it_was_yesterday():
    friday = dt.date(2016, 4, 1)
    assert dates(one("Wisconsin holds its presidential primary on Tuesday.", friday)) == (
        "2016-04-05", "2016-04-05", "day")
    tuesday = dt.date(2014, 8, 5)
    assert dates(one("Britain meanwhile holds a series of ceremonies Monday.", tuesday)) == (
        "2014-08-04", "2014-08-04", "day")


def test_may_is_a_possibility_not_a_future():
    text = "Police surrounded a house that may hold a second suspect in Thursday night's shooting."
    assert dates(one(text, dt.date(2016, 7, 29))) == ("2016-07-28", "2016-07-28", "day")


def test_seasons_are_ranges_and_other_falls_are_not():
    assert dates(one("He faked his death last summer.", dt.date(2013, 3, 22))) == ("2012-06-01", "2012-08-31", "range")
    assert dates(one("Heavy snow fell last winter.", dt.date(2015, 11, 29))) == ("2014-12-01", "2015-02-28", "range")
    assert dates(one("The meeting is scheduled for fall 2007.", dt.date(2007, 5, 14))) == (
        "2007-09-01", "2007-11-30", "range")
    assert extract_events("The fall of Rome followed a fall in prices and a winter storm.", dt.date(2010, 1, 1)) == []


def test_an_ordinal_century_is_a_range():
    event = one("It was among the most important explorations of the 20th century.", dt.date(2013, 3, 22))
    assert dates(event) == ("1900-01-01", "1999-12-31", "range")
    assert extract_events("It was the worst disaster of this century.", dt.date(1999, 3, 13)) == []


def test_years_read_aloud_in_transcripts():
    published = dt.date(1998, 2, 27)
    assert dates(one("In nineteen ninety-one Keating was convicted.", published)) == ("1991-01-01", "1991-12-31", "year")
    assert dates(one("January nineteen ninety-seven. Atlanta again.", published)) == ("1997-01-01", "1997-01-31", "month")
    assert dates(one("He promised to halve unemployment by the year two thousand.", published)) == (
        "2000-01-01", "2000-12-31", "year")
    assert extract_events("Nineteen people died.", published) == []


def test_a_year_after_a_name_is_part_of_the_name_unless_it_dates_an_event():
    published = dt.date(2016, 1, 1)
    assert extract_events("Farkas set up a joint venture called Orion 1980, making space technology.", published) == []
    assert dates(one("Aides of the Obama 2008 campaign joined.", published)) == ("2008-01-01", "2008-12-31", "year")


def test_a_month_this_year_is_one_expression():
    event = one("The lower house approved it in early October this year.", dt.date(1998, 12, 3))
    assert (event["text"], dates(event)) == ("early October this year", ("1998-10-01", "1998-10-31", "month"))


def test_days_around_today_and_counts_from_now():
    published = dt.date(2020, 1, 8)
    assert dates(one("It happened the day before yesterday.", published)) == ("2020-01-06", "2020-01-06", "day")
    assert dates(one("We meet the day after tomorrow.", published)) == ("2020-01-10", "2020-01-10", "day")
    assert dates(one("The vote is two years from now.", published)) == ("2022-01-01", "2022-12-31", "year")


def test_a_day_month_year_numeric_date_when_the_day_cannot_be_a_month():
    assert dates(one("He left on 25/12/2019.", dt.date(2020, 1, 8))) == ("2019-12-25", "2019-12-25", "day")


def test_a_year_earlier_in_a_nine_month_comparison_is_not_the_quarter():
    text = ("Net rose in the third quarter. In the first nine months, net was $254 million, "
            "up from $163 million a year earlier.")
    events = extract_events(text, dt.date(1989, 10, 26))
    assert dates(events[-1]) == ("1988-01-01", "1988-12-31", "year")


def test_durations_before_an_event_are_not_dates():
    published = dt.date(2017, 11, 2)
    assert extract_events("Investors must hold them for more than three years before claiming it.", published) == []
    assert extract_events("Boeing built 10 per month before, he claims.", published) == []


def test_a_year_written_after_the_year_is_one_date():
    assert [e["text"] for e in extract_events("As we say goodbye to the year 2006, we look ahead.", dt.date(2006, 12, 31))] == [
        "2006"]


def test_so_far_in_a_year_runs_to_publication():
    assert dates(one("So far in 2016, sales doubled.", dt.date(2016, 10, 1))) == ("2016-01-01", "2016-10-01", "range")


def test_months_used_as_first_names_are_not_dates():
    published = dt.date(2016, 10, 1)
    assert extract_events("White House reporter April Ryan asked a question.", published) == []
    assert dates(one("By August Congress had left town.", published)) == ("2016-08-01", "2016-08-31", "month")


def test_a_part_of_this_month_still_ahead_belongs_to_the_story_year():
    text = ("Belgium was invaded in early August 1914. Its resistance derailed Berlin's plans. "
            "Ceremonies were held on Monday. London and Paris scrambled to prevent a breakthrough in late August.")
    events = extract_events(text, dt.date(2014, 8, 5))
    assert (events[-1]["text"], dates(events[-1])) == ("late August", ("1914-08-01", "1914-08-31", "month"))
    assert events[-1]["resolved_from"] == "event"


def test_todays_editions_is_a_date_but_todays_world_is_not():
    published = dt.date(1989, 11, 2)
    assert dates(one("The offer, advertised in today's editions of the Journal, expires soon.", published)) == (
        "1989-11-02", "1989-11-02", "day")
    assert extract_events("We must learn the lessons of history in the face of today's many crises.", published) == []


def test_a_deadline_in_a_future_clause_looks_ahead():
    published = dt.date(1998, 2, 13)
    assert dates(one("Qantas will almost double its flights to India by August.", published)) == (
        "1998-08-01", "1998-08-31", "month")


def test_a_plan_that_had_been_scheduled_looks_back():
    published = dt.date(1989, 10, 30)  # a Monday
    assert dates(one("The offer had been scheduled to expire at midnight Friday.", published, "Friday")) == (
        "1989-10-27", "1989-10-27", "day")


def test_adjectives_in_un_ed_are_not_past_verbs_but_un_verbs_are():
    published = dt.date(1989, 10, 26)
    assert dates(one("The split would be paid on a still unspecified date in January.", published)) == (
        "1990-01-01", "1990-01-31", "month")
    published = dt.date(2019, 11, 20)  # a Wednesday
    assert dates(one("The Mach E was unveiled Sunday night ahead of the show.", published)) == (
        "2019-11-17", "2019-11-17", "day")


def test_a_date_opening_its_sentence_takes_the_tense_of_a_late_verb():
    published = dt.date(1998, 10, 25)
    text = ("In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, "
            "a clinic bombing in Birmingham, Ala., killed a security guard.")
    assert dates(one(text, published, "January")) == ("1998-01-01", "1998-01-31", "month")
    text = "After Tuesday night, his chance of winning rests on one hope: that delegates will overturn the vote."
    assert dates(one(text, dt.date(2016, 6, 9))) == ("2016-06-07", "2016-06-07", "day")


def test_set_as_a_past_participle_looks_back_but_is_set_for_looks_ahead():
    published = dt.date(1998, 2, 6)
    assert dates(one("The index is within 70 points of its record high set on Aug. 6.", published)) == (
        "1997-08-06", "1997-08-06", "day")
    assert dates(one("The hearing is set for Aug. 6.", published)) == ("1998-08-06", "1998-08-06", "day")
    assert dates(one("That would set the stage for a contested convention in July.", published)) == (
        "1998-07-01", "1998-07-31", "month")


def test_a_spoken_year_after_an_article_is_a_year():
    published = dt.date(1998, 2, 27)
    text = "The letters claim responsibility for a nineteen ninety-seven attack on a gay lounge."
    assert dates(one(text, published)) == ("1997-01-01", "1997-12-31", "year")


def test_weekdays_with_plural_parts_of_the_day_are_sets():
    published = dt.date(1998, 2, 13)
    assert extract_events("Two new flights will leave Bombay on Monday and Tuesday nights.", published) == []
    assert dates(one("The flight left Bombay on Tuesday night.", published)) == ("1998-02-10", "1998-02-10", "day")


def test_march_before_a_noun_is_the_month_but_a_march_is_not():
    published = dt.date(1999, 2, 10)
    assert dates(one("The March accession will make them eligible.", published)) == ("1999-03-01", "1999-03-31", "month")
    assert extract_events("The March on Washington drew thousands.", published) == []
    assert extract_events("They plan to march to the capitol.", published) == []


def test_a_date_naming_an_event_does_not_set_the_year_of_what_follows():
    published = dt.date(1999, 6, 7)
    text = ("They were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103. "
            "The two were removed from the list after Gadhafi agreed in April to hand them over.")
    assert dates(one(text, published, "April")) == ("1999-04-01", "1999-04-30", "month")


def test_a_plural_subject_in_the_present_tense_meets_ahead():
    published = dt.date(1998, 5, 1)  # a Friday
    assert dates(one("He and Arafat meet separately Monday with Albright.", published)) == (
        "1998-05-04", "1998-05-04", "day")
    assert dates(one("He and Arafat did not meet Monday.", published)) == ("1998-04-27", "1998-04-27", "day")


def test_a_forecast_quarter_does_not_become_the_quarter_reported_on():
    published = dt.date(1989, 10, 26)
    text = ("Bethlehem Steel posted a 54% drop in third-quarter profit. "
            "An analyst thinks several steelmakers will report losses through the third quarter of 1990. "
            "In the year-ago period, Bethlehem earned $101.4 million.")
    assert dates(one(text, published, "the year-ago period")) == ("1988-07-01", "1988-09-30", "quarter")


def test_comparisons_a_year_back_do_not_chain():
    published = dt.date(1989, 10, 26)
    text = ("GM said net income fell 22% in the third quarter. " + "Production details followed. " * 45 +
            "Production fell 8.4% from a year ago. " + "More details followed. " * 20 +
            "GMAC net dropped compared with a year earlier.")
    assert [dates(e) for e in extract_events(text, published)][1:] == [
        ("1988-07-01", "1988-09-30", "quarter"), ("1988-07-01", "1988-09-30", "quarter")]


def test_a_possessive_weekday_in_the_present_is_the_nearer_one():
    assert dates(one("The GM move follows Tuesday's declaration by Ford.", dt.date(1989, 10, 27))) == (
        "1989-10-24", "1989-10-24", "day")  # a Friday: three days back beats four ahead
    assert dates(one("He holds a solid lead in Tuesday's primary.", dt.date(2016, 2, 8))) == (
        "2016-02-09", "2016-02-09", "day")  # a Monday: tomorrow


def test_two_days_joined_by_and_are_two_dates():
    published = dt.date(1999, 2, 10)
    assert texts_and_dates("A ceremony will be held at the summit on April 24 and 25.", published) == [
        ("April 24", ("1999-04-24", "1999-04-24", "day")), ("25", ("1999-04-25", "1999-04-25", "day"))]
    assert texts("Sales rose on April 24 and 25 percent fell.", published) == ["April 24"]


def test_a_day_before_or_after_a_named_date_is_resolved_from_it():
    published = dt.date(2000, 2, 24)  # a Thursday
    text = "The day before last Tuesday's court hearing, Manuel went to Lazaro's home."
    assert (one(text, published)["text"], dates(one(text, published))) == (
        "The day before last Tuesday", ("2000-02-21", "2000-02-21", "day"))
    assert dates(one("The family met the day after Thanksgiving.", dt.date(2016, 12, 1))) == (
        "2016-11-25", "2016-11-25", "day")
    assert texts("He left the day before Obama spoke.", published) == []


def test_a_holiday_weeks_ahead_beats_last_years_even_in_past_tense():
    published = dt.date(2017, 12, 14)
    assert dates(one("Trump has said he wants a final bill on his desk before Christmas.", published)) == (
        "2017-12-25", "2017-12-25", "day")
    assert dates(one("The church was attacked last Christmas.", published)) == ("2016-12-25", "2016-12-25", "day")
    assert dates(one("Sales have slumped since Thanksgiving.", published)) == ("2017-11-23", "2017-12-14", "range")


def test_hoped_to_looks_ahead():
    published = dt.date(2017, 11, 13)
    assert dates(one("McConnell said he hoped to have a bill ready in the week after Thanksgiving.", published)) == (
        "2017-11-27", "2017-12-03", "week")


def test_last_and_the_month_just_before_publication_is_a_year_back():
    published = dt.date(1998, 3, 1)
    assert dates(one("Two helicopters crashed last February.", published)) == ("1997-02-01", "1997-02-28", "month")
    assert dates(one("Two helicopters crashed last January.", published)) == ("1998-01-01", "1998-01-31", "month")
    assert dates(one("Two helicopters crashed last December.", dt.date(1998, 1, 10))) == (
        "1997-12-01", "1997-12-31", "month")


def test_an_earlier_quarter_in_passing_does_not_replace_the_quarter_reported_on():
    published = dt.date(1989, 11, 1)
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net. After a flat second quarter, sales recovered. "
            "Charges taken in the year-earlier period enhanced the comparison.")
    assert dates(one(text, published, "the year-earlier period")) == ("1988-07-01", "1988-09-30", "quarter")


def test_capitalised_year_earlier_is_the_year_ago_quarter():
    published = dt.date(1989, 10, 26)
    text = "Delta's third-quarter profit jumped 45%. Year-earlier results included a gain."
    assert dates(one(text, published, "Year-earlier")) == ("1988-07-01", "1988-09-30", "quarter")


def test_a_model_year_names_a_car_not_a_date():
    published = dt.date(1999, 1, 22)
    assert extract_events("Kopp's 1987 Chevrolet Cavalier was found at the airport.", published) == []
    assert texts("He bought the car in 1987.", published) == ["1987"]


def test_a_possessive_weekday_in_a_future_clause_is_the_nearer_one_unless_ahead_of_it():
    published = dt.date(2000, 1, 7)  # a Friday
    text = "The relatives said they would look for ways to get around Wednesday's ruling."
    assert dates(one(text, published)) == ("2000-01-05", "2000-01-05", "day")
    text = "He barnstorms the state ahead of Tuesday's primary."
    assert dates(one(text, dt.date(2016, 6, 3))) == ("2016-06-07", "2016-06-07", "day")


def test_by_a_weekday_after_a_past_perfect_looks_back():
    published = dt.date(1990, 8, 16)  # a Thursday
    assert dates(one("Thirty-two members had filed compliance reports by Wednesday.", published)) == (
        "1990-08-15", "1990-08-15", "day")
    assert dates(one("Members must file their reports by Wednesday.", published)) == ("1990-08-22", "1990-08-22", "day")


def test_a_holiday_week_is_the_week_of_the_holiday():
    published = dt.date(2000, 4, 17)
    assert dates(one("Protesters prayed as Easter week began.", published)) == ("2000-04-17", "2000-04-23", "week")


def test_a_high_for_the_year_is_this_year_but_the_year_of_a_range_is_not():
    published = dt.date(1989, 10, 30)
    assert dates(one("The stock rose to a high for the year of $42.875 a share.", published)) == (
        "1989-01-01", "1989-12-31", "year")
    assert texts("Cases rose in the year of 2002-2003.", published) == ["2002-2003"]


def test_this_year_as_last_is_two_years():
    published = dt.date(1989, 10, 27)
    assert texts_and_dates("The gain would mean nearly twice as high a dividend this year as last.", published) == [
        ("this year", ("1989-01-01", "1989-12-31", "year")), ("last", ("1988-01-01", "1988-12-31", "year"))]
    assert texts("Sales were higher this year than last season.", published) == ["this year"]


def test_the_previous_weekday_counts_back_from_the_day_reported_on():
    published = dt.date(1989, 10, 30)  # a Monday
    text = ("London share prices closed sharply lower Friday.\n\n" + "Traders were nervous. " * 20 +
            "\n\nThe index closed down 4.5% from the previous Friday.")
    assert texts_and_dates(text, published) == [
        ("Friday", ("1989-10-27", "1989-10-27", "day")), ("the previous Friday", ("1989-10-20", "1989-10-20", "day"))]


def test_the_following_year_moves_the_year_of_the_passage():
    published = dt.date(2014, 4, 18)
    text = "On May 22, 1985, he was made a general, and the following year he was cited in December."
    assert dates(one(text, published, "December")) == ("1986-12-01", "1986-12-31", "month")


def test_the_next_year_in_a_future_clause_runs_from_publication():
    published = dt.date(1989, 11, 2)
    text = "Ralston reported fourth-quarter earnings. The battery plant will be closed over the next year or so."
    assert dates(one(text, published, "the next year")) == ("1989-11-02", "1990-11-02", "range")
    text = "The plant opened in 1985. The next year, it was sold."
    assert dates(one(text, published, "The next year")) == ("1986-01-01", "1986-12-31", "year")


def test_a_text_of_dates_only_is_read_up_to_max_mentions():
    """Date spam (a public SQL function's worst case) stops after MAX_MENTIONS references."""
    from datasette_newsclaims.dates import MAX_MENTIONS

    events = extract_events("Q1 " * (MAX_MENTIONS + 500), WED_2017_08_16)
    assert len(events) == MAX_MENTIONS
