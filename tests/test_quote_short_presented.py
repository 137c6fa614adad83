"""One- and two-word quotes count only when a cue verb presents them as the source's words
(GUIDE.md): a predicate in a reported clause ('said that it was "deeply wrong"'), or 'called X a
"liar"'; scare quotes, terms and bare quoted words stay out."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def quoted(text: str) -> list[str]:
    return [q["text"] for q in extract_quotes(text)]


def test_a_one_word_predicate_in_a_reported_clause_is_a_quote():
    text = ('Judge Ann Pike escalated her attack on Tuesday, telling reporters that the mayor is a "coward" '
            "and questioning his record.")
    assert quoted(text) == ["coward"]
    assert extract_quotes(text)[0]["speaker"] == "Ann Pike"


def test_a_two_word_predicate_after_said_that_it_was_is_a_quote():
    text = 'On Monday, Senator Tom Reed said that it was "deeply wrong" for the board to act.'
    assert quoted(text) == ["deeply wrong"]


def test_the_that_clause_may_be_some_words_after_the_verb():
    text = ('Tom Reed told the "Morning Show" on NBC that he thinks the mayor is a "total fraud" and left.')
    assert "total fraud" in quoted(text)


def test_called_someone_a_word_is_a_quote():
    text = 'Tom Reed phoned twice. He called the clerk a "liar" and hung up.'
    assert quoted(text) == ["liar"]


def test_a_bare_word_after_called_stays_a_term():
    text = 'Ann Pike called the behaviour of the bank "outrageous" in a statement.'
    assert quoted(text) == []


def test_a_scare_quoted_modifier_is_no_quote():
    text = 'The mayor said that the city is a "sanctuary" city for now.'
    assert quoted(text) == []


def test_a_predicate_with_no_speech_verb_is_no_quote():
    text = 'The new law is "unfair" to renters, and the vote is next week.'
    assert quoted(text) == []


def test_a_capitalised_single_word_stays_a_term():
    text = 'Tom Reed said that the ship was "Endeavour" all along.'
    assert quoted(text) == []


def test_a_named_object_may_stand_between_calling_and_the_quote():
    text = 'Tom Reed mocked the council, calling Mayor Ann Pike an "utter failure" in a post.'
    assert quoted(text) == ["utter failure"]


def test_calling_for_something_presents_no_words():
    text = 'Ann Pike called for the bonuses to be "paid back" by the bank.'
    assert quoted(text) == []
