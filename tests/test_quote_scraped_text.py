"""Scraped text that lost the space after a sentence ('said Emma Mitts.As Etyra gets ready',
'Etyra said."All of a sudden'): the sentences still end there, and a given name alone
after the full name ('As Etyra gets ready, she ...') is that person."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_sentences_without_a_space_after_the_stop():
    text = ('Police said 10-year-old Etyra Ruffin was grazed."I ran in the house," Etyra said."We heard pow, '
            'pow!" said Tyra Bender, her cousin."It is gang related," said Alderman Emma Mitts.As Etyra gets '
            'ready to start fifth grade, she pleads for the violence to end."Stop shooting," she said.')
    assert speakers(text) == ["Etyra Ruffin", "Tyra Bender", "Emma Mitts", "Etyra Ruffin"]


def test_abbreviations_and_initials_still_do_not_end_sentences():
    text = 'The U.S. Attorney, Ann Lee, spoke. "We will appeal," Ann Lee said.'
    assert speakers(text) == ["Ann Lee"]
