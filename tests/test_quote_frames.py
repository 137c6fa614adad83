"""The right noun phrase of the cue frame: the speaker, not the medium, a time, a name in a
modifier; names written with title abbreviations or spelt two ways."""
from __future__ import annotations

import pytest

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


@pytest.mark.parametrize("text", [
    'Ann Lee met the press. Lee told CNN: "We are not done."',
    'Ann Lee met the press. Lee told The New York Times: "We are not done."',
    'Ann Lee met the press. Monday night, Lee said: "We are not done."',
    'In an interview with Fox News, Ann Lee said: "We are not done."',
    'Sheriff\'s spokeswoman Ann Lee told KARE 11: "We are not done."',
])
def test_the_medium_and_the_time_are_not_the_speaker(text):
    assert speakers(text) == ["Ann Lee"]


def test_a_name_in_the_modifier_of_a_description_gives_way_to_the_name_in_apposition():
    assert speakers('A spokesman for Gov. Tom Hart, Brian Fallon, said: "The governor is busy."') == ["Brian Fallon"]


def test_a_description_with_a_name_in_its_modifier_and_no_appositive_stays_the_description():
    text = 'A lawyer for the Hart family, who asked not to be named, said: "They are devastated."'
    assert speakers(text) == ["A lawyer for the Hart family"]


@pytest.mark.parametrize("title", ["Comm.", "Det.", "Insp.", "Atty."])
def test_title_abbreviations_do_not_end_the_sentence(title):
    text = f'"We should all be outraged," said Boston Police {title} William Evans.'
    out = extract_quotes(text)
    assert [q["speaker"] for q in out] == ["William Evans"]


def test_a_family_name_spelt_one_letter_off_is_the_person_introduced_before():
    text = ('Miranda Dillion, 18, was the driver. "He just started shooting," Dillon said.\n\n'
            'Her mother spoke later. "I am grateful," Angela Dillon said.')
    assert speakers(text) == ["Miranda Dillion", "Angela Dillon"]


def test_a_different_family_name_is_not_taken_for_a_misspelling():
    assert speakers('Tom Hart lives here. "It burned fast," Hurt said.') == ["Hurt"]


def test_a_cue_that_ends_on_a_colon_introduces_the_next_quote_not_the_one_before():
    text = ('"We have no comment on that person," the group said. "We stay focused." '
            'In a statement, Rep. Ann Lee reacted, saying: "This must stop."')
    assert speakers(text)[1] != "Ann Lee"
    assert speakers(text)[2] == "Ann Lee"


def test_a_quote_inside_the_subjects_relative_clause_does_not_hide_the_subject():
    from datasette_newsclaims.quotes import extract_quotes
    text = ("Ann Lee spoke first in the park.\n\n"
            'Perry, who hugged Lee while wearing a cape bearing the words, "I am with her," shouted, '
            '"In three days, let us make history!"')
    assert [q["speaker"] for q in extract_quotes(text)][-1] == "Perry"


def test_a_coordinated_verb_shares_the_main_subject_not_one_inside_a_that_clause():
    from datasette_newsclaims.quotes import extract_quotes
    text = ('Regev told Collins that Israel warned the area weeks ago and said he was "happy to report" '
            "that most had left.")
    assert [q["speaker"] for q in extract_quotes(text)] == ["Regev"]
    text = 'Ann Lee warned them and added that it was "too late for the town."'
    assert [q["speaker"] for q in extract_quotes(text)] == ["Ann Lee"]
