"""Which cue a quote takes when two stand around it: the verb that introduces the quote as its
object beats the reporter's cue after it; a sentence with its own statement before 'according
to' is no attribution of the quote before it; verbs in a series share the pronoun subject."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_the_verb_introducing_the_quote_beats_the_reporting_cue_after_it():
    text = ('Mayor Ann Pike said, "We will rebuild every house," the newspaper reported.')
    assert speakers(text) == ["Ann Pike"]


def test_a_lower_case_quote_after_said_comma_is_the_subjects_too():
    text = ("Dan Miller phoned the clinic twice. During the call, he asked for the director and said, "
            '"someone should burn this place down," the sheriff\'s office said.')
    assert speakers(text) == ["Dan Miller"]


def test_verbs_in_a_series_share_their_pronoun_subject():
    text = ("Dan Miller phoned the clinic twice. During the call, he asked about the Rotary Club, "
            'called her a "traitor" and said, "someone should burn this place down," the sheriff\'s office said.')
    assert speakers(text)[-1] == "Dan Miller"


def test_an_interrupted_quote_keeps_its_cue():
    text = '"We will rebuild," Ann Pike said, "and we will do it fast," she added.'
    assert speakers(text) == ["Ann Pike", "Ann Pike"]


def test_a_verb_inside_another_quote_introduces_nothing():
    text = ('"When the same mistakes come back, at what point do the bosses say, \'Maybe it is us?\'" '
            "Tom Reed wrote.")
    assert speakers(text)[0] == "Tom Reed"


def test_a_new_statement_sourced_with_according_to_is_not_the_quotes_cue():
    text = ("Mayor Tom Reed could not be reached on Monday. \"The first thing I felt was the heat,\" he said. "
            "\"We never argued about anything, not once.\" The fire is under investigation, according to "
            "county fire marshal Ann Pike.")
    assert speakers(text) == ["Tom Reed", "Tom Reed"]


def test_a_gendered_noun_said_of_a_name_beats_a_pronoun_that_follows():
    text = ("Tom Reed called the office of Sen. Kaya Linde twice. Linde is one of the first women elected "
            "in the state.\n\nThe aide who took the call recalled that he said, \"I will come for you,\" "
            "police said.")
    assert speakers(text) == ["Tom Reed"]
