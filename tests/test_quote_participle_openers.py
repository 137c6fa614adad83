"""A sentence that opens with a cue participle ('Calling X "...," Y said') gives the quote to the
main clause's subject, not to the phrase the participle is about."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_a_sentence_opening_with_a_cue_participle_gives_the_main_subject():
    text = ("Ann Pike spoke in Raleigh on Sunday.\n\nCalling Mr. Reed's challenger, Tina Holt, "
            '"exactly the kind of mayor this city needs," Ms. Pike attacked Mr. Reed for his silence.')
    assert speakers(text) == ["Ann Pike"]


def test_describing_as_then_the_subject():
    text = 'Describing the plan as "a gift to the rich," Tom Reed said he would vote no.'
    assert speakers(text) == ["Tom Reed"]
