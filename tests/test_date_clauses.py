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


# A long sentence: the window reaches back to the verb that governs the date (issue 12: clauses that
# start mid-sentence and lose the verb).

def test_a_long_sentence_keeps_the_far_verb_before_the_date():
    text = ("A state trooper stopped a pickup truck carrying two stolen generators and a box of copper wire "
            "near the county fairgrounds late Tuesday, ending a chase that began across the state line.")
    event = event_of(text, "late Tuesday")
    assert "stopped" in event
    assert event.endswith("late Tuesday")


def test_the_window_reaches_the_first_verb_past_a_participle_that_modifies_a_noun():
    text = ("Farmers in the two northern provinces rejected the government's hastily revised water plan "
            "last spring, forcing the ministry back to the drawing board for the rest of the year.")
    assert "rejected" in event_of(text, "last spring")


def test_a_full_date_keeps_the_noun_after_its_closing_comma():
    text = ("The families of the victims asked the court to hear new testimony about the March 4, 2011, "
            "explosion at the plant outside the city, their lawyer said.")
    assert "explosion" in event_of(text, "March 4, 2011")


def test_the_words_after_a_date_that_name_what_it_dates_stay():
    text = ("The former mayor, who had spent most of the previous decade running a small shipping firm on the "
            "coast, plans to run against the governor in next year's primary elections for the party.")
    assert "elections" in event_of(text, "next year")


def test_a_short_sentence_is_not_cut_by_the_window():
    text = "The museum reopened its east wing on Monday, two years after the fire."
    assert event_of(text, "Monday") == "The museum reopened its east wing on Monday, two years after the fire."


# Partial quotes woven into the writer's sentence belong to its clause; a full quote stays apart.

def test_a_partial_quote_before_the_date_stays_in_its_clause():
    text = ("Critics seized on the governor's “rambling and bitter tirade” in Dayton last week to argue against "
            "his candidacy, and the party's chair called him “a liability.”")
    assert "tirade" in event_of(text, "last week")


def test_a_full_quote_is_still_a_clause_of_its_own():
    text = '"We will reopen the plant as soon as we can," the owner said Tuesday.'
    assert event_of(text, "Tuesday") == "the owner said Tuesday."


def test_a_quote_interrupted_by_its_attribution_goes_on_to_its_verb():
    text = '"By the end of March," the director said, "the museum will reopen its east wing."'
    assert "reopen" in event_of(text, "the end of March")
    text = '"By the end of March," the director said.'
    assert event_of(text, "the end of March") == 'By the end of March," the director said.'


def test_a_partial_quote_after_the_date_is_kept_whole():
    text = 'The senator on Thursday called the proposal "a gift to the oil companies" and vowed to fight it.'
    assert "gift" in event_of(text, "Thursday")


def test_a_quoted_name_after_a_determiner_stays_in_its_clause():
    text = 'Last month, the "Gang of Four" senators unveiled a plan to fund the bridge.'
    assert "unveiled" in event_of(text, "Last month")


# Asides (brackets, a pair of dashes) between a date and its verb are left out when the whole is too long.

def test_an_aside_in_brackets_is_left_out_to_reach_the_verb():
    text = ("Despite three narrow losses in the Western primaries on Tuesday night, Rep. Ann Carter "
            "(D-Ore.) vowed to stay in the race until the convention, her campaign manager told reporters.")
    event = event_of(text, "Tuesday night")
    assert "vowed" in event
    assert "D-Ore." not in event and " … " in event


def test_a_dash_aside_is_left_out_to_reach_the_verb():
    text = ("The Wednesday walkout by the national union of dock workers -- which counts some 40,000 members in "
            "nine ports along the coast and the rivers -- was expected to halt most container traffic for a day.")
    event = event_of(text, "Wednesday")
    assert "expected" in event and "40,000" not in event


def test_a_piece_going_on_after_brackets_takes_the_verb_before_them():
    text = ("The Tigers (7-4, 5-2) ended a nine-game losing run against the Owls (3-8, 1-6) stretching back to "
            "2011 and moved into second place in the East Division with two league games left to play.")
    event = event_of(text, "2011")
    assert "losing run" in event and " … " in event


def test_a_new_sentence_part_after_brackets_keeps_its_own_clause():
    text = ("The council approved the budget (a plan of 12 pages). On Monday the mayor signed it into law at a "
            "short ceremony in the town hall with the members of the council and their families.")
    assert event_of(text, "Monday").startswith("On Monday the mayor signed")


def test_an_adjective_in_ed_is_no_verb_that_keeps_a_piece_apart():
    text = ("The embattled harbour master on Tuesday -- facing three inquiries into the spill, two of them "
            "federal -- resigned after eleven years in the post.")
    assert "resigned" in event_of(text, "Tuesday")


def test_an_aside_that_fits_is_kept():
    text = "On Tuesday -- two days after the vote -- the council resigned."
    assert event_of(text, "Tuesday") == text


def test_a_clause_goes_on_after_an_aside_with_a_verb_the_lexicon_does_not_know():
    text = "Friday's storm -- the worst on the coast in a decade -- puts the harbour out of use for weeks."
    assert "puts" in event_of(text, "Friday")


def test_a_verb_before_a_bracket_wins_over_the_words_after_the_next_one():
    text = ("Divers recovered more than 300 pounds (136 kilograms) of stolen copper Sunday in a pond near Ashford, "
            "20 miles (32 kilometers) north of the city.")
    assert "recovered" in event_of(text, "Sunday")


# A date that opens a long sentence ("On Friday morning, ...") whose verb lies beyond one window.

def test_an_opening_date_far_from_its_verb_keeps_both_with_an_ellipsis():
    text = ("On Friday morning, the second day of a three-day fishing festival on the northern lakes, a "
            "retired teacher from Duluth and her grandson caught a record pike.")
    event = event_of(text, "Friday morning")
    assert event.startswith("On Friday morning, the second day") and " … " in event
    assert "caught a record pike" in event


def test_an_opening_date_is_not_elided_when_an_unknown_verb_may_come_first():
    text = ("On Monday, the regional council of the northern provinces and its three smaller neighbours plans to "
            "present a budget that was drafted over the summer by a panel of outside experts.")
    event = event_of(text, "Monday")
    assert " … " not in event and "plans to" in event


def test_a_date_inside_a_noun_phrase_keeps_the_plain_window():
    text = ("A 2005 study by researchers at three universities in the Midwest and two hospitals in the South "
            "found that rural clinics, which serve most of the region, were short of nurses.")
    assert " … " not in event_of(text, "2005")


def test_a_sentence_after_an_initial_or_the_us_still_starts_there():
    text = "Spain won Group B. The day before, Italy beat Greece in Rome."
    assert event_of(text, "The day before").startswith("The day before, Italy beat")
    text = "The firm moved its plant to the U.S. The move was finished on Monday."
    assert event_of(text, "Monday") == "The move was finished on Monday."
    text = "John F. Kennedy spoke in Berlin on June 26, 1963."
    assert "Kennedy spoke" in event_of(text, "June 26, 1963")


def test_a_dateline_dates_the_lead_sentence_after_it():
    text = "DENVER, March 3 (Reuters) - The state's largest utility said it would close two coal plants by 2030."
    event = event_of(text, "March 3")
    assert event.startswith("DENVER, March 3 … ") and "close two coal plants" in event


def test_a_name_and_a_date_before_a_dash_are_no_dateline():
    text = "Smith, March 3 - the day of the vote - stayed at home."
    assert not event_of(text, "March 3").startswith("Smith, March 3 …")


def test_a_contraction_is_a_verb_of_its_piece():
    text = "Last spring -- after a long winter of talks -- the union didn't strike."
    assert "didn't strike" in event_of(text, "Last spring")


def test_a_quoted_title_after_a_preposition_stays_in_its_clause():
    text = 'On Sunday\'s broadcast of "Meet the Voters," the governor said she would sign the bill.'
    assert "governor said" in event_of(text, "Sunday")


def test_a_date_in_an_aside_without_a_verb_takes_the_clause_around_it():
    text = "The fire (on Saturday night) destroyed three shops on Main Street."
    assert event_of(text, "Saturday night") == "The fire (on Saturday night) destroyed three shops on Main Street."
    text = "The mayor -- who took office in January -- resigned."
    assert event_of(text, "January") == "who took office in January"
