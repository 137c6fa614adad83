"""A quote that ends its sentence and has a cue verb before it in that sentence is not taken by
the cue of the next sentence when that sentence reports a clause of its own
('"... bill." Lee and Hart are in talks, said Ron Pike')."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_the_cue_before_wins_over_a_next_sentence_with_its_own_statement():
    text = ('Senator Ann Lee told reporters that if the credit is not expanded, "I am a no on this bill." '
            'Lee and Tom Hart are in talks with other senators about the credit, said Ron Pike, a Lee spokesman.')
    assert speakers(text) == ["Ann Lee"]


def test_a_next_sentence_cue_with_a_short_tail_still_attributes():
    text = ('Ann Lee spoke first. "I am a no on this bill." The senator said that, too.\n\n'
            '"We are not done," said Ron Pike, a spokesman.')
    assert speakers(text)[-1] == "Ron Pike"


def test_without_a_cue_before_the_next_sentence_source_is_kept():
    text = ('The vote is on Friday. "Be patient with the process." Practice patience, says Ron Pike, '
            'a mediator who has seen worse.')
    assert speakers(text) == ["Ron Pike"]


def test_a_quote_continuing_an_attributed_one_is_not_taken_by_a_later_paraphrase():
    text = ('"Harassment cannot be tolerated," Smith said. "I will work on these issues." '
            'Smith will be an excellent senator, Franken said. "Her record speaks for itself."')
    assert speakers(text) == ["Smith", "Smith", "Franken"]


def test_a_source_named_in_the_same_sentence_as_the_cue_is_no_new_speaker():
    text = ('"We are sad," Ann Lee said, according to audio obtained by the Tribune. "We will rebuild."')
    assert speakers(text) == ["Ann Lee", "Ann Lee"]


def test_a_next_sentence_that_introduces_its_own_quote_does_not_take_this_one():
    text = ('"We are focused on our mission," the group said. "We have no comment on that person." '
            'In a statement released Thursday, Rep. Ann Lee reacted to the news, saying: "He belongs in prison."')
    assert speakers(text) == ["the group", "the group", "Ann Lee"]


def test_reacted_presents_a_quote():
    text = ('Tom Hart, the city manager, reacted angrily to the vote, "This council has lost its way on housing."')
    assert speakers(text) == ["Tom Hart"]
