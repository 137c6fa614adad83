"""Tense from the date's own clause (issue 12): the year or the week a date falls in follows the verb
that governs it, not a participle, a preposition or the attribution after it.

Every test pins the publication date.
"""
import datetime as dt

from datasette_newsclaims.dates import extract_events

SAT_2019_08_10 = dt.date(2019, 8, 10)
WED_2019_08_14 = dt.date(2019, 8, 14)
TUE_2019_12_10 = dt.date(2019, 12, 10)


def date_of(text, published, expression):
    """(date_start, date_end) of the one event whose text is ``expression``."""
    found = [e for e in extract_events(text, published) if e["text"] == expression]
    assert len(found) == 1, extract_events(text, published)
    return found[0]["date_start"], found[0]["date_end"]


# ---------------------------------------------------------------- participles are not tenses

def test_a_participle_after_a_noun_does_not_make_a_past_clause_future():
    text = "The city reported last week on the road closures planned for May."
    assert date_of(text, SAT_2019_08_10, "May") == ("2019-05-01", "2019-05-31")


def test_a_participle_before_the_noun_does_not_either():
    text = "Residents complained about the scheduled June closures at a meeting."
    assert date_of(text, SAT_2019_08_10, "June") == ("2019-06-01", "2019-06-30")


def test_is_planned_and_are_scheduled_still_look_ahead():
    assert date_of("More closures are planned for May.", SAT_2019_08_10, "May") == ("2020-05-01", "2020-05-31")
    assert date_of("The hearing is scheduled for March.", SAT_2019_08_10, "March") == ("2020-03-01", "2020-03-31")


def test_ahead_of_alone_does_not_look_ahead():
    text = "Protesters gathered outside the capitol ahead of the vote in June."
    assert date_of(text, SAT_2019_08_10, "June") == ("2019-06-01", "2019-06-30")


def test_ahead_of_with_a_future_verb_still_looks_ahead():
    text = "Officials will meet ahead of the vote in June."
    assert date_of(text, SAT_2019_08_10, "June") == ("2020-06-01", "2020-06-30")


# ---------------------------------------------------------------- the attribution keeps its own tense

def test_an_attribution_after_the_date_does_not_make_a_future_clause_past():
    text = "The results will be released Friday, she said."
    assert date_of(text, WED_2019_08_14, "Friday") == ("2019-08-16", "2019-08-16")


def test_a_present_tense_schedule_before_an_attribution_looks_ahead():
    text = "The new fee takes effect Jan. 1, officials said."
    assert date_of(text, TUE_2019_12_10, "Jan. 1") == ("2020-01-01", "2020-01-01")


def test_a_past_clause_before_an_attribution_stays_past():
    text = "The council approved the fee on June 8, officials said."
    assert date_of(text, SAT_2019_08_10, "June 8") == ("2019-06-08", "2019-06-08")


def test_a_verb_after_the_date_in_its_own_clause_still_counts():
    text = "The company on Monday announced a recall."
    assert date_of(text, WED_2019_08_14, "Monday") == ("2019-08-12", "2019-08-12")


# ---------------------------------------------------------------- deadlines

def test_a_deadline_set_in_the_past_falls_ahead():
    text = "Congress set a Feb. 20 deadline for the plan."
    assert date_of(text, dt.date(2019, 12, 1), "Feb. 20") == ("2020-02-20", "2020-02-20")


def test_a_deadline_faced_now_falls_ahead():
    text = "Lawmakers face a Jan. 15 deadline to pass the budget."
    assert date_of(text, TUE_2019_12_10, "Jan. 15") == ("2020-01-15", "2020-01-15")


def test_a_missed_deadline_stays_past():
    text = "The company missed a Jan. 15 deadline to file its report."
    assert date_of(text, SAT_2019_08_10, "Jan. 15") == ("2019-01-15", "2019-01-15")


def test_a_deadline_approved_in_the_past_is_the_nearest_one():
    text = "The board approved a Feb. 20 deadline for bids."
    assert date_of(text, dt.date(2019, 12, 1), "Feb. 20") == ("2020-02-20", "2020-02-20")


def test_a_past_event_that_is_no_deadline_stays_past():
    text = "The board approved a Feb. 20 payment to the contractor."
    assert date_of(text, dt.date(2019, 12, 1), "Feb. 20") == ("2019-02-20", "2019-02-20")


def test_ahead_of_an_event_after_a_past_verb_is_the_nearest_weekday():
    published = dt.date(2019, 8, 14)  # a Wednesday
    text = "The minister made the appeal ahead of a summit Thursday in Brussels."
    assert date_of(text, published, "Thursday") == ("2019-08-15", "2019-08-15")
    text = "The senator spoke to reporters ahead of a rally on Monday in Ohio."
    assert date_of(text, published, "Monday") == ("2019-08-12", "2019-08-12")


def test_a_past_verb_between_ahead_of_and_the_date_is_the_dates_own():
    published = dt.date(2019, 11, 6)
    text = "The governor asked for more money on Monday, just ahead of his first trip abroad since taking office in January."
    assert date_of(text, published, "January") == ("2019-01-01", "2019-01-31")
    text = "The mayor spoke on Tuesday, ahead of the budget vote planned for January."
    assert date_of(text, published, "January") == ("2020-01-01", "2020-01-31")


def test_a_vote_looked_forward_to_after_a_far_past_verb_is_the_nearest_weekday():
    published = dt.date(2019, 8, 12)  # a Monday
    text = ("The party raised more money in July than in any month this year, its treasurer said before "
            "expressing his hopes for a calm and orderly vote on Thursday.")
    assert date_of(text, published, "Thursday") == ("2019-08-15", "2019-08-15")


def test_a_vote_already_won_after_a_far_past_verb_stays_past():
    published = dt.date(2019, 8, 15)  # a Thursday
    text = ("The challenger has won four of the last five contests in the region, including the county "
            "primary on Saturday.")
    assert date_of(text, published, "Saturday") == ("2019-08-10", "2019-08-10")


def test_a_plan_once_expected_lies_in_the_past():
    published = dt.date(2019, 11, 20)
    text = "The merger, once expected to close within weeks of an October board meeting, may now slip to spring."
    assert date_of(text, published, "October") == ("2019-10-01", "2019-10-31")
    text = "The merger is expected to close within weeks of an October board meeting."
    assert date_of(text, dt.date(2019, 8, 20), "October") == ("2019-10-01", "2019-10-31")


def test_a_participle_far_from_a_past_verb_looks_ahead():
    text = ("The surge in voters who mailed their ballots in April fuels demands for money for the "
            "elections in every state, particularly for the general election scheduled for November.")
    assert date_of(text, dt.date(2020, 4, 28), "November") == ("2020-11-01", "2020-11-30")


def test_a_fronted_date_takes_the_main_verb_even_when_it_is_a_reporting_verb():
    text = "When asked about the plan during a television interview in October, the governor said it was dead."
    assert date_of(text, dt.date(2016, 8, 9), "October") == ("2015-10-01", "2015-10-31")


def test_a_present_tense_schedule_of_a_weekday_looks_ahead():
    text = "The new curfew takes effect Monday, the mayor said."
    assert date_of(text, WED_2019_08_14, "Monday") == ("2019-08-19", "2019-08-19")


def test_a_present_tense_schedule_of_a_month_looks_ahead():
    text = "The governor may reappoint the chair, whose term expires in February."
    assert date_of(text, dt.date(2017, 10, 27), "February") == ("2018-02-01", "2018-02-28")


def test_a_plural_subject_in_the_present_looks_ahead():
    thursday = dt.date(2019, 8, 15)
    assert date_of("Voters go to the polls Tuesday.", thursday, "Tuesday") == ("2019-08-20", "2019-08-20")
    assert date_of("Voters did not go to the polls Tuesday.", thursday, "Tuesday") == ("2019-08-13", "2019-08-13")


def test_a_date_that_is_the_predicate_of_is_looks_ahead():
    assert date_of("The deadline to apply is Friday.", WED_2019_08_14, "Friday") == ("2019-08-16", "2019-08-16")
    assert date_of("The funeral is Friday evening.", WED_2019_08_14, "Friday evening") == ("2019-08-16", "2019-08-16")


def test_is_after_a_date_inside_the_subject_does_not_make_it_present():
    text = "The boy who was shot in the arm Sunday is now recovering at home."
    assert date_of(text, WED_2019_08_14, "Sunday") == ("2019-08-11", "2019-08-11")
    text = "Results from the vote held Sunday are expected Thursday."
    assert date_of(text, WED_2019_08_14, "Sunday") == ("2019-08-11", "2019-08-11")


def test_a_relative_clause_keeps_its_own_tense():
    text = "Jones, who retires in December, joined the force in 1990."
    assert date_of(text, WED_2019_08_14, "December") == ("2019-12-01", "2019-12-31")
    text = "The team that won in June hopes to repeat next summer."
    assert date_of(text, WED_2019_08_14, "June") == ("2019-06-01", "2019-06-30")
    text = "Without the judge, who died in February, to break the tie, the court split."
    assert date_of(text, WED_2019_08_14, "February") == ("2019-02-01", "2019-02-28")


def test_a_plan_seen_from_the_past_is_the_nearer_weekday():
    monday = dt.date(2019, 8, 12)
    assert date_of("The envoy was due to arrive on Wednesday.", monday, "Wednesday") == ("2019-08-14", "2019-08-14")
    thursday = dt.date(2019, 8, 15)
    assert date_of("The rule was to be issued on Wednesday.", thursday, "Wednesday") == ("2019-08-14", "2019-08-14")


def test_a_base_form_after_a_modal_is_not_a_past():
    saturday = dt.date(2019, 8, 17)
    text = "The ad, which could hit the airwaves Monday, starts with a montage."
    assert date_of(text, saturday, "Monday") == ("2019-08-19", "2019-08-19")


def test_through_a_weekday_looks_ahead_unless_past():
    assert date_of("The fair runs through Sunday.", WED_2019_08_14, "Sunday") == ("2019-08-18", "2019-08-18")
    assert date_of("The fair ran through Sunday.", WED_2019_08_14, "Sunday") == ("2019-08-11", "2019-08-11")


def test_last_after_a_date_is_not_a_past_tense():
    text = "The trial is expected to begin in October and last six weeks."
    assert date_of(text, WED_2019_08_14, "October") == ("2019-10-01", "2019-10-31")


def test_starting_looks_ahead_only_right_before_the_date():
    assert date_of("The new fares apply starting Monday.", WED_2019_08_14, "Monday") == ("2019-08-19", "2019-08-19")
    text = "The landlord began raising the rent, starting with the May 31 payment."
    assert date_of(text, WED_2019_08_14, "May 31") == ("2019-05-31", "2019-05-31")


def test_a_far_past_verb_in_the_same_clause_still_governs_the_date():
    text = "The company did not come up at the senator's confirmation hearing in January, but he was asked."
    assert date_of(text, dt.date(2017, 11, 6), "January") == ("2017-01-01", "2017-01-31")
    text = "In December, a woman in the audience at a campaign event in a small town asked her about it."
    assert date_of(text, dt.date(2016, 10, 10), "December") == ("2015-12-01", "2015-12-31")


def test_a_coordinated_clause_after_the_date_keeps_its_own_tense():
    text = "The move would not change his vote in November, but he added that he was disappointed."
    assert date_of(text, dt.date(2016, 10, 10), "November") == ("2016-11-01", "2016-11-30")


def test_a_slated_visit_looks_ahead_of_a_far_past_verb():
    text = "He said they had been talking for weeks about the slated visit of the commerce secretary in September."
    assert date_of(text, dt.date(1998, 8, 26), "September") == ("1998-09-01", "1998-09-30")


def test_a_past_verb_right_before_until_keeps_the_date_past():
    text = "He came under scrutiny because he waited until March to register."
    assert date_of(text, dt.date(2017, 10, 28), "March") == ("2017-03-01", "2017-03-31")


def test_if_before_a_past_form_makes_it_hypothetical():
    text = "He was asked how trade would fare if he won the election on Nov. 8."
    assert date_of(text, dt.date(2016, 5, 16), "Nov. 8") == ("2016-11-08", "2016-11-08")


def test_elections_due_in_a_month_are_the_nearest_one():
    text = "Delegates on Sunday voted to back her in the next elections due in April."
    assert date_of(text, dt.date(2006, 12, 10), "April") == ("2007-04-01", "2007-04-30")


def test_a_scheduled_election_after_a_far_past_verb_is_the_nearest_one():
    text = "Officials said they believed the group released the emails to influence the Nov. 8 presidential election."
    assert date_of(text, dt.date(2016, 7, 31), "Nov. 8") == ("2016-11-08", "2016-11-08")
    text = "He was first brought in as the new president of the federation in an April election."
    assert date_of(text, dt.date(2006, 12, 10), "April") == ("2006-04-01", "2006-04-30")


def test_the_year_in_apposition_to_a_year_is_that_year():
    text = "Outside groups spent more than in 2010, the year the court struck down the limits."
    assert date_of(text, dt.date(2016, 2, 1), "the year") == ("2010-01-01", "2010-12-31")


def test_the_year_after_is_or_which_is_takes_that_year():
    assert date_of("It was 2015, which is the year the founder left.", dt.date(2016, 8, 1), "the year") == (
        "2015-01-01", "2015-12-31")
    assert date_of("Many hoped that 2016 is the year that a woman wins.", dt.date(2016, 8, 1), "the year") == (
        "2016-01-01", "2016-12-31")


def test_common_irregular_pasts_look_back():
    monday = dt.date(2019, 8, 12)
    assert date_of("The funeral planned for Saturday drew hundreds.", monday, "Saturday") == ("2019-08-10", "2019-08-10")
    assert date_of("The EU froze the talks in May.", dt.date(2019, 12, 20), "May") == ("2019-05-01", "2019-05-31")


def test_a_curly_apostrophe_still_makes_a_future():
    text = "The senator said he’ll vote for her in November."
    assert date_of(text, dt.date(2016, 5, 12), "November") == ("2016-11-01", "2016-11-30")
    text = "We’ll be meeting on Friday in St. Louis."
    assert date_of(text, dt.date(2016, 6, 22), "Friday") == ("2016-06-24", "2016-06-24")


def test_a_short_partial_quote_belongs_to_the_dates_clause():
    text = "Forecasters warn that pollution is likely to reach “severe” levels on Wednesday."
    assert date_of(text, dt.date(2019, 11, 8), "Wednesday") == ("2019-11-13", "2019-11-13")
    text = '("Senator says the plan would fail," the Daily Bugle, Thursday)'
    assert date_of(text, dt.date(2016, 3, 7), "Thursday") == ("2016-03-03", "2016-03-03")


def test_could_right_before_a_date_looks_ahead_but_not_after_it_or_far_away():
    sunday = dt.date(2016, 6, 5)
    assert date_of("He could win the state on Tuesday.", sunday, "Tuesday") == ("2016-06-07", "2016-06-07")
    text = "Officials fear the spill in August could cost millions."
    assert date_of(text, dt.date(2016, 11, 24), "August") == ("2016-08-01", "2016-08-31")
    assert date_of("He could have won the state on Tuesday.", sunday, "Tuesday") == ("2016-05-31", "2016-05-31")


def test_an_incident_without_a_tense_cue_is_in_the_past():
    text = "Guns are an emotional issue in the state after the church massacre in June."
    assert date_of(text, dt.date(2016, 2, 25), "June") == ("2015-06-01", "2015-06-30")
    text = "The report blamed officials for the killing in a February bomb blast."
    assert date_of(text, dt.date(2005, 12, 10), "February") == ("2005-02-01", "2005-02-28")
    text = "The city plans a memorial for the victims in June."
    assert date_of(text, dt.date(2016, 2, 25), "June") == ("2016-06-01", "2016-06-30")


def test_what_an_announcement_on_a_day_says_does_not_date_the_announcement():
    friday = dt.date(2020, 5, 1)
    text = "This follows the agency's announcement on Thursday that it will suspend night service."
    assert date_of(text, friday, "Thursday") == ("2020-04-30", "2020-04-30")
    text = "The agency will make an announcement on Thursday about night service."
    assert date_of(text, friday, "Thursday") == ("2020-05-07", "2020-05-07")


def test_yet_looks_ahead_only_as_not_yet_or_has_yet_to():
    text = "Yet at their first joint appearance on Monday, the rancor was concealed."
    assert date_of(text, WED_2019_08_14, "Monday") == ("2019-08-12", "2019-08-12")
    text = "The network was rocked yet again on Friday by a magazine article."
    assert date_of(text, WED_2019_08_14, "Friday") == ("2019-08-09", "2019-08-09")
    text = "Three candidates have not yet qualified for the debate in September."
    assert date_of(text, WED_2019_08_14, "September") == ("2019-09-01", "2019-09-30")


def test_more_present_schedule_verbs_look_ahead():
    thursday = dt.date(2017, 11, 9)
    assert date_of("The president flies into the city on Friday for a summit.", thursday, "Friday") == (
        "2017-11-10", "2017-11-10")
    assert date_of("He speaks to supporters by video on Saturday night.", thursday, "Saturday night") == (
        "2017-11-11", "2017-11-11")


def test_a_month_naming_the_data_it_covers_is_past():
    text = "Attention now turns to Friday's release of October jobs data, which will show the trend."
    assert date_of(text, dt.date(2016, 11, 2), "October") == ("2016-10-01", "2016-10-31")
    text = "The agency will publish its November retail sales figures next week."
    assert date_of(text, dt.date(2016, 12, 5), "November") == ("2016-11-01", "2016-11-30")


def test_after_despite_or_since_a_gerund_looks_back():
    text = "She trails in the polls despite winning the primary there in February."
    assert date_of(text, dt.date(2016, 8, 26), "February") == ("2016-02-01", "2016-02-29")
    text = "Since leaving office in January, he has written a book."
    assert date_of(text, dt.date(2017, 10, 19), "January") == ("2017-01-01", "2017-01-31")
    text = "The teams will play the final on Tuesday after coming out on top in their groups."
    assert date_of(text, dt.date(2014, 8, 3), "Tuesday") == ("2014-08-05", "2014-08-05")


def test_a_near_past_verb_holds_its_date_against_the_main_verb_after_it():
    text = "Traders asked whether a tariff imposed on goods in September would remain."
    assert date_of(text, dt.date(2019, 11, 18), "September") == ("2019-09-01", "2019-09-30")
    text = "The city passed an ordinance Wednesday that will require masks."
    assert date_of(text, dt.date(2020, 5, 14), "Wednesday") == ("2020-05-13", "2020-05-13")


def test_an_expected_event_looks_ahead():
    text = "The House began debating the bill on Wednesday, with a full vote expected on Thursday."
    assert date_of(text, dt.date(2017, 11, 15), "Thursday") == ("2017-11-16", "2017-11-16")
    text = "The show of force came ahead of an expected clampdown at the weekend."
    assert date_of(text, dt.date(2005, 12, 15), "the weekend") == ("2005-12-17", "2005-12-18")


def test_since_the_dated_event_is_past_even_in_a_future_clause():
    text = "She will take the stage after a run of good news since their Oct. 13 debate."
    assert date_of(text, dt.date(2015, 11, 13), "Oct. 13") == ("2015-10-13", "2015-10-13")
