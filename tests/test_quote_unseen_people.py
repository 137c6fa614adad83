"""Who a he/she stands for when the person was introduced in a way the name lists do not cover:
a middle initial, a neutral honorific ("Rep.", "Dr."); organisations that open with initials
("U.S. Attorney's Office") are never a he/she; a relative clause after a comma keeps its own subject."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_a_name_with_a_middle_initial_is_a_person_for_she():
    text = ("The U.S. Attorney's Office for the Northern District of Ohio announced the plea on Monday.\n\n"
            "Odalys B. Varga, the defendant's lawyer, told reporters that her client regretted the calls.\n\n"
            '"He knows he went too far," she said.')
    assert speakers(text) == ["Odalys B. Varga"]


def test_an_office_opening_with_initials_is_no_person():
    text = ("The U.S. Attorney's Office announced the charges on Friday.\n\n"
            '"We will not tolerate threats," he said.')
    assert speakers(text) != ["U.S. Attorney's Office"]


def test_a_family_name_introduced_with_a_neutral_honorific_is_a_person():
    text = ("Rep. Tarsa Quill spoke at the hearing about the threats she had received.\n\n"
            "Quill asked for mercy in a letter on Tuesday, saying a long sentence would not help. "
            'She added, "We must answer hate with patience."')
    assert speakers(text) == ["Tarsa Quill"]


def test_a_relative_clause_after_a_comma_keeps_its_own_subject():
    text = ("Dan Miller was charged in May over an email he sent to the mayor's office, "
            'in which he said the mayor would "pay for this soon."')
    assert speakers(text) == ["Dan Miller"]


def test_a_prepositional_aside_is_still_stepped_over():
    text = 'Dan Miller, in a low voice, said the mayor would "pay for this soon."'
    assert speakers(text) == ["Dan Miller"]


def test_a_possessive_name_before_a_speech_noun_is_an_antecedent():
    text = ("Crowds gathered at dusk, inspired by foreign secretary Tom Reed's famous remark on the eve of "
            'the vote. "The lights are going out all over the city," he said.')
    assert speakers(text) == ["Tom Reed"]


def test_a_possessive_name_before_another_noun_is_none():
    text = 'Voters cheered Tom Reed\'s plan for the city. "It is a good plan," she said.'
    assert speakers(text) == [None]
