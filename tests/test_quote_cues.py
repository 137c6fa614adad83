"""Cue verbs beyond the hand-made lists: the forms learned from PolNeAR's cue spans, and any
past tense right after a quote that ends on a comma."""
from __future__ import annotations

import pytest

from datasette_newsclaims.quotes import extract_quotes
from datasette_newsclaims.quotes.lexicon import CUE_VERBS, LEARNED_CUES


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in extract_quotes(text)]


def test_the_learned_forms_are_verb_forms_and_join_the_cue_lexicon():
    assert {"thanked", "assured", "lamented", "sighed"} <= LEARNED_CUES
    assert LEARNED_CUES <= CUE_VERBS
    # no closed-class word, no noun ending, no bare base of a regular verb that is mostly a noun
    assert not LEARNED_CUES & {"the", "to", "according", "statement", "announcement", "release"}


@pytest.mark.parametrize("verb", ["thanked", "assured", "lamented"])
def test_a_learned_verb_presents_the_quote_before_it(verb):
    text = f'Governor Ann Lee met the nurses on Monday. She {verb} them: "You kept this city alive."'
    assert speakers(text) == [("You kept this city alive.", "Ann Lee")]


def test_a_past_tense_outside_the_lexicon_attributes_the_quote_it_follows():
    text = '"It was the worst day of our lives," Doreen Parker, the driver\'s mother, sobbed by phone.'
    assert speakers(text) == [("It was the worst day of our lives,", "Doreen Parker")]


def test_an_inverted_past_tense_outside_the_lexicon_names_the_speaker_after_it():
    text = 'The council met at noon. "This is a very sad day," echoed Mayor Tom Rivera.'
    assert speakers(text) == [("This is a very sad day,", "Tom Rivera")]


def test_a_past_tense_after_a_quote_that_ends_its_sentence_is_no_attribution():
    text = 'Ann Lee spoke first. "We are done here." Bob Marsh walked out of the room.'
    assert speakers(text)[0][1] != "Bob Marsh"


def test_a_quoted_title_followed_by_a_past_tense_is_no_quote():
    text = 'The studio said little. "The Winter Games," Lionsgate released in 2012, made money.'
    assert speakers(text) == []


def test_a_past_tense_after_a_quote_needs_a_name_or_a_pronoun():
    text = 'Ann Lee left early. "We will be back next year," the crowd cheered.'
    assert speakers(text) != [("We will be back next year,", "the crowd")]


def test_a_three_word_partial_quote_counts_when_a_cue_verb_stands_earlier_in_its_sentence():
    text = ('Senator Ann Lee pledged that the bill "really is" fair to farmers, '
            'but wants "smarter and tougher" rules on imports.')
    assert ("smarter and tougher", "Ann Lee") in speakers(text)


def test_a_three_word_term_in_a_sentence_without_a_cue_stays_out():
    text = 'The launch has a "sometime late spring" timeline, according to nobody in particular.'
    assert speakers(text) == []


def test_a_two_word_sentence_that_goes_on_from_an_attributed_quote_is_kept():
    text = '"Avoid the loud ones at work," Ann Lee says. "Don\'t engage."'
    assert speakers(text) == [("Avoid the loud ones at work,", "Ann Lee"), ("Don't engage.", "Ann Lee")]


def test_a_two_word_term_after_a_quote_is_still_no_quote():
    text = '"We will see," Ann Lee says of the "sanctuary cities" plan.'
    assert speakers(text) == [("We will see,", "Ann Lee")]


def test_a_paragraph_that_points_back_at_a_quote_names_its_speaker():
    text = ('"You should have combined a donkey with a rabbit and gotten a unicorn."\n\n'
            'That was how Jeff Brewer, the chief executive, once described the merger.')
    assert speakers(text) == [("You should have combined a donkey with a rabbit and gotten a unicorn.", "Jeff Brewer")]


def test_a_next_paragraph_that_does_not_point_back_names_no_speaker():
    text = '"We are done here."\n\nThis week, Mary Lee said she would leave the company.'
    assert speakers(text) == [("We are done here.", None)]


def test_a_two_word_span_judged_as_by_a_stance_verb_is_the_source_s_words():
    text = 'Ann Lee apologized for what Tom Hart dismissed as "locker-room talk" in the old video.'
    assert speakers(text) == [("locker-room talk", "Tom Hart")]


def test_a_two_word_span_known_as_something_stays_a_term():
    assert speakers('The practice is known as "locker-room talk" among players.') == []


def test_a_present_tense_verb_before_a_name_after_a_quote_presents_it():
    from datasette_newsclaims.quotes import extract_quotes
    text = '"Those goats were so smart," remembers Shanna Cole, coordinator for the programme, with a laugh.'
    assert [q["speaker"] for q in extract_quotes(text)] == ["Shanna Cole"]
