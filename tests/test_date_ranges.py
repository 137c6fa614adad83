"""Ranges kept whole (issue 12): two dates joined by "through", "from ... to", "between ... and" are one
range; a window of units ending on a date ("the 12 months through March", "the week ended Friday") is one
range; "the rest of the year" runs from publication; a year before a decimal is no two-year span.
"""
import datetime as dt

from datasette_newsclaims.dates import extract_events

SAT_2019_04_20 = dt.date(2019, 4, 20)


def spans(text, published):
    """(text, date_start, date_end, granularity) of every event."""
    return [(e["text"], e["date_start"], e["date_end"], e["granularity"]) for e in extract_events(text, published)]


def test_from_a_month_through_the_end_of_the_year_is_one_range():
    text = "Sales rose 4 percent from June through the end of the year."
    assert spans(text, dt.date(2019, 2, 10)) == [
        ("June through the end of the year", "2018-06-01", "2018-12-31", "range")]


def test_weekdays_joined_by_through_are_one_range():
    text = "The museum will be closed Tuesday through Thursday for repairs."
    assert spans(text, SAT_2019_04_20) == [("Tuesday through Thursday", "2019-04-23", "2019-04-25", "range")]


def test_from_to_and_between_and_join_but_to_alone_does_not():
    assert spans("The exhibit ran from March to May.", dt.date(2019, 8, 1)) == [
        ("March to May", "2019-03-01", "2019-05-31", "range")]
    assert spans("Talks were held between Monday and Wednesday.", SAT_2019_04_20) == [
        ("Monday and Wednesday", "2019-04-15", "2019-04-17", "range")]
    assert [t for t, *_ in spans("Sales fell in March to their lowest level in May.", dt.date(2019, 8, 1))] == [
        "March", "May"]


def test_a_range_across_new_year_ends_in_the_next_year():
    assert spans("The shelter was open from November to February.", dt.date(2019, 5, 1)) == [
        ("November to February", "2018-11-01", "2019-02-28", "range")]


def test_a_moved_date_is_two_dates_not_a_range():
    text = "The board moved the vote from May to June."
    assert [t for t, *_ in spans(text, dt.date(2019, 8, 1))] == ["May", "June"]


def test_a_window_of_months_ending_on_a_month():
    text = "Consumer prices rose 3 percent in the 12 months through March."
    assert spans(text, SAT_2019_04_20) == [("the 12 months through March", "2018-04-01", "2019-03-31", "range")]


def test_the_week_ended_friday_is_the_seven_days_to_friday():
    text = "Jobless claims fell in the week ended Friday."
    assert spans(text, SAT_2019_04_20) == [("the week ended Friday", "2019-04-13", "2019-04-19", "range")]


def test_a_fiscal_period_named_by_its_closing_day_is_that_day():
    text = "Profit fell in the quarter ended Sept. 30, 2018."
    assert spans(text, SAT_2019_04_20) == [("Sept. 30, 2018", "2018-09-30", "2018-09-30", "day")]


def test_two_days_stay_two_dates_as_timeml_annotates_them():
    text = "The fund bought shares from Aug. 26 to Oct. 20."
    assert [t for t, *_ in spans(text, dt.date(2019, 10, 25))] == ["Aug. 26", "Oct. 20"]


def test_the_rest_of_the_year_runs_from_publication():
    text = "The company expects weaker sales for the rest of the year."
    assert spans(text, SAT_2019_04_20) == [("the rest of the year", "2019-04-20", "2019-12-31", "range")]


def test_a_year_before_a_decimal_figure_is_one_year():
    text = "Unemployment rose from 4.5 percent in 2008 to 12.5 percent."
    assert spans(text, SAT_2019_04_20) == [("2008", "2008-01-01", "2008-12-31", "year")]
    text = "Unemployment rose from 4.5 percent in 1998 to 12.5 percent."
    assert spans(text, SAT_2019_04_20) == [("1998", "1998-01-01", "1998-12-31", "year")]


def test_a_two_digit_second_year_is_still_a_span():
    assert spans("He was mayor from 2008 to 12.", SAT_2019_04_20) == [("2008 to 12", "2008-01-01", "2012-12-31", "range")]


def test_two_years_out_of_order_are_a_comparison_not_a_range():
    text = "No comparison can be made yet between 2020 and 2019."
    assert [t for t, *_ in spans(text, dt.date(2020, 6, 1))] == ["2020", "2019"]


def test_the_remainder_of_the_year_runs_from_publication():
    assert spans("Shipments will slow for the remainder of the year.", SAT_2019_04_20) == [
        ("the remainder of the year", "2019-04-20", "2019-12-31", "range")]
