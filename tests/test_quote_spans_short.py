"""Short quoted spans that a cue verb presents as a source's words are quotes (GUIDE.md: a one- or
two-word span counts when a cue verb presents it); terms, titles, nicknames and modifiers stay out."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def quoted(text: str) -> list[str]:
    return [q["text"] for q in extract_quotes(text)]


# a short span right before its attribution

def test_two_words_right_before_the_attribution_are_a_quote():
    text = 'The clerk was hit in the "lower legs," Chief Ann Pike said on Friday.'
    assert quoted(text) == ["lower legs,"]
    assert extract_quotes(text)[0]["speaker"] == "Ann Pike"


def test_a_one_word_utterance_before_the_attribution_is_a_quote():
    text = 'Neighbours watched the street all night. "Frightening," said Tom Reed, who lives next door.'
    assert quoted(text) == ["Frightening,"]


def test_a_one_word_label_before_according_to_is_no_quote():
    text = 'Voters pick "R," or "D," according to habit, the study found.'
    assert quoted(text) == []


def test_a_title_of_a_show_before_a_verb_is_no_quote():
    text = 'Ann Pike, star of television\'s "Harbor," thanked the crowd.'
    assert quoted(text) == []


# a short span introduced by a cue verb and a comma or colon

def test_a_word_after_said_and_a_comma_is_a_quote():
    text = 'Asked whether she would run again, Ann Pike said, "Never."'
    assert quoted(text) == ["Never."]


# two words inside the clause that a reporting verb introduces

def test_two_words_in_the_reported_clause_are_a_quote():
    text = 'Coach Tom Reed admitted on Sunday that he had made a "huge mistake" in the final minute.'
    assert quoted(text) == ["huge mistake"]


def test_the_reported_clause_needs_no_that():
    text = 'Police said the suspect "is down." Officers stayed at the scene.'
    assert quoted(text) == ["is down."]


def test_a_quoted_modifier_of_a_noun_stays_a_term():
    text = 'The official said the "high alert" level would stay in force.'
    assert quoted(text) == []


def test_a_so_called_term_in_a_reported_clause_stays_a_term():
    text = 'The mayor said so-called "safe zones" would open next week.'
    assert quoted(text) == []


def test_a_title_in_a_reported_clause_stays_out():
    text = 'The network said it was dropping "Harbor Nights" from its schedule.'
    assert quoted(text) == []


def test_a_nickname_stays_out():
    text = 'He said he had never called his rival "Little Tom" in public.'
    assert quoted(text) == []


def test_two_words_with_no_reporting_verb_stay_a_term():
    text = 'The city opened two "cooling centers" on Monday as the heat rose.'
    assert quoted(text) == []


def test_calling_for_something_reports_no_words():
    text = 'The council urged for the plan to be "scaled back" before the vote.'
    assert quoted(text) == []


def test_a_single_word_in_a_reported_clause_stays_out():
    text = 'The mayor said it was "distressing" to see the results.'
    assert quoted(text) == []


# a short sentence right after an attributed quote

def test_a_short_sentence_after_the_attribution_goes_on_with_the_quote():
    text = '"I thought I would be next," Tom Reed, 31, told reporters at the hospital. "I ran."'
    assert quoted(text) == ["I thought I would be next,", "I ran."]


def test_a_short_sentence_left_open_at_the_paragraph_end_goes_on_with_the_quote():
    text = '"We waited for hours," neighbour Ann Pike said. "It was awful.\n\nThe road reopened at noon.'
    assert quoted(text) == ["We waited for hours,", "It was awful."]


def test_a_title_case_exclamation_after_a_tweet_goes_on_with_the_quote():
    text = ('"We would welcome the new plant in Ohio," Ann Pike wrote on Twitter. "Great for the Country!" '
            "She gave no date.")
    assert quoted(text) == ["We would welcome the new plant in Ohio,", "Great for the Country!"]


# two words in a sentence that ends with its attribution

def test_two_words_in_a_sentence_closed_by_its_attribution_are_a_quote():
    text = 'The damage to the port is "far worse" than after the last storm, Mayor Ann Pike told the radio.'
    assert quoted(text) == ["far worse"]


def test_a_demand_the_writer_sums_up_is_no_quote():
    text = 'She called for the bonuses to be "paid back" by the bank, Ann Pike said on Monday.'
    assert quoted(text) == []


def test_a_modifier_in_such_a_sentence_stays_a_term():
    text = 'Two "pop-up clinics" open on Monday, the health board said.'
    assert quoted(text) == []


# quoted words in a series that a cue verb presents

def test_quoted_words_in_a_series_after_calling_are_quotes():
    text = 'The mayor hit back on Monday, calling the audit "sloppy" and "unfair" in a statement.'
    assert quoted(text) == ["sloppy", "unfair"]


def test_quoted_words_in_a_series_in_a_reported_clause_are_quotes():
    text = 'Tom Reed said the ruling was "wrong" and "cruel."'
    assert quoted(text) == ["wrong", "cruel."]


def test_a_series_in_the_passive_stays_out():
    text = 'The plan has been called "bold" and "risky" by some.'
    assert quoted(text) == []


def test_a_series_that_modifies_a_noun_stays_out():
    text = 'The group said it fights "cruel" and "illegal" traps.'
    assert quoted(text) == []


def test_a_lone_quoted_word_after_calling_stays_a_term():
    text = 'Ann Pike called the behaviour of the bank "outrageous" in a statement.'
    assert quoted(text) == []


def test_a_word_after_a_cue_verb_and_its_addressee_is_a_quote():
    text = 'After a long answer, the judge asked Tom Reed: "Finished?"'
    assert quoted(text) == ["Finished?"]


def test_a_short_question_before_an_unnamed_asker_is_a_quote():
    text = 'Sirens filled the street.\n\n"Anyone hurt?" a woman on the porch asked her neighbour.'
    assert quoted(text) == ["Anyone hurt?"]


def test_a_participle_after_the_closing_mark_is_no_attribution():
    text = 'The firm pointed to a "pricing error," saying that costs had gone up everywhere.'
    assert quoted(text) == []


def test_a_new_clause_before_the_cue_verb_is_no_attribution():
    text = 'Aides told him to act "more calm," but Tom Reed said he would not.'
    assert quoted(text) == []


def test_a_series_joined_by_a_comma_counts_too():
    text = "Mayor Ann Pike calls the toll plan 'unfair', 'costly.'"
    assert quoted(text) == ["unfair", "costly."]


def test_a_list_of_search_words_is_no_series_of_quotes():
    text = 'Clerks searched the files for words such as "flood," "levee" and "pump."'
    assert quoted(text) == []


def test_a_name_given_right_before_dubbed_is_no_quote():
    text = 'Investors cheered the "new Harbor," as Ann Pike dubbed the merged firm.'
    assert quoted(text) == []


def test_a_slogan_that_modifies_a_noun_is_no_quote():
    text = '"Where is the bus?" asked the boy, who wore a "Keep Harbor Green" cap and a grin.'
    assert quoted(text) == ["Where is the bus?"]


# the words of a document or a reply, after its noun and a colon

def test_a_caption_after_a_colon_is_a_quote():
    text = 'The club posted a photo of its new coach on Monday, with the caption: "Welcome Ann".'
    assert quoted(text) == ["Welcome Ann"]


def test_a_slogan_after_a_colon_stays_out():
    text = 'The campaign has a new slogan: "Harbor First".'
    assert quoted(text) == []
