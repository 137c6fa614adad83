"""Genders from given names beyond the common few (the census lists in quotes/given_names.py):
a she/he finds the person whose given name tells the gender, even when a namesake of the
other gender shares the family name; a given name that opens a school's or a place's name
makes no person of it."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes
from datasette_newsclaims.quotes.lexicon import FEMALE_NAMES, MALE_NAMES


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_less_common_given_names_have_a_gender():
    assert {"kayla", "latisha"} <= FEMALE_NAMES
    assert {"angelo", "dwayne"} <= MALE_NAMES


def test_names_shared_by_both_genders_have_none():
    assert "jordan" not in MALE_NAMES | FEMALE_NAMES
    assert "taylor" not in MALE_NAMES | FEMALE_NAMES


def test_she_finds_the_woman_when_her_husband_shares_the_family_name():
    text = ("Mayor Ron Pike lost the vote on Tuesday.\n\n"
            "Kayla Pike said the paper had backed Mary Grant over her husband. "
            '"They wanted him gone," she said.')
    assert speakers(text) == ["Kayla Pike"]


def test_he_finds_the_man_named_by_a_less_common_given_name():
    text = ("Dwayne Cole said the shop had been robbed twice before Marsha Fields bought it. "
            '"We saw it coming," he said.')
    assert speakers(text) == ["Dwayne Cole"]


def test_a_given_name_opening_a_school_name_is_no_antecedent():
    text = ("Angela Dillon said the students at Shawnee High School heard the shots.\n\n"
            '"They were terrified," she said.')
    assert speakers(text) == ["Angela Dillon"]


def test_a_speaker_called_by_given_name_is_the_full_name_given_before():
    text = ("The prize went to Brian Galabuzi Kakembo of Uganda.\n\n"
            'Brian said: "I want the world to see that young people are a resource."')
    assert speakers(text) == ["Brian Galabuzi Kakembo"]


def test_a_given_name_two_people_share_stays_as_written():
    text = ("Tom Hart and Tom Lee spoke at the launch.\n\n"
            'Tom said: "We are glad to be here today."')
    assert speakers(text) == ["Tom"]


def test_a_family_name_written_first_gives_no_gender():
    text = ('"China will keep to its peaceful course," Li Zhaoxing told reporters.\n\n'
            '"We will not be threatening anyone," he said.')
    assert speakers(text) == ["Li Zhaoxing", "Li Zhaoxing"]


def test_a_bare_family_name_keeps_the_person_it_named_before_a_namesake_appears():
    # the reporter spells the mother's name one way and the daughter's two ways
    text = ("Miranda Dillion was driving her son to school when the shots hit the car.\n\n"
            '"The last shot went through the window," Dillon said.\n\n'
            '"I am grateful to him," Angela Dillon, her mother, said.\n\n'
            '"He is the reason my son is OK," Dillon said.')
    assert speakers(text) == ["Miranda Dillion", "Angela Dillon", "Miranda Dillion"]
