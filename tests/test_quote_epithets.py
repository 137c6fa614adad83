"""An office with modifiers used as an epithet ('the Democratic mayoral candidate wrote', 'The
Vermont senator said') stands for the person just named as a source (GUIDE: the speaker is the
fullest name in the article). PolNeAR keeps such descriptions as written."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_an_epithet_with_modifiers_is_the_source_just_named():
    text = ('Lashing out, Ann Pike said the board had "lost its way." "The board has failed every family '
            'in this county," the Democratic mayoral candidate wrote on Twitter.')
    assert speakers(text) == ["Ann Pike", "Ann Pike"]


def test_an_epithet_as_a_sentence_subject_gives_its_he_the_name():
    text = ("Former candidate Tom Reed said Wednesday he backs the plan. The Vermont senator declined to say "
            'more. But he told NPR that "the plan is quite clear."')
    assert speakers(text) == ["Tom Reed"]


def test_a_possessive_role_is_another_person():
    text = 'Ann Pike said the vote was unfair. "We will appeal," the company\'s chief executive said.'
    assert speakers(text) == ["the company's chief executive"]


def test_a_bare_two_word_role_with_no_one_named_so_stays_a_description():
    text = 'Ann Pike said the vote was unfair. "We will appeal," the senator said.'
    assert speakers(text) == ["the senator"]


def test_the_office_a_title_abbreviates_is_the_person_named_with_it():
    text = ("Sen. Ann Lee spoke first at the hearing on Tuesday.\n\n"
            '"We are done waiting for the agency," the senator said.')
    assert speakers(text) == ["Ann Lee"]


def test_the_congressman_is_the_representative_named_before():
    text = ("U.S. Representative Tom Hart said on Thursday he would resign.\n\n"
            'The congressman said he was leaving because of the "poisoned climate in this town."')
    assert speakers(text) == ["Tom Hart"]


def test_an_office_no_one_was_named_with_stays_a_description():
    text = ("Mayor Ron Pike opened the meeting.\n\n"
            '"We will appeal the ruling," the senator said.')
    assert speakers(text) == ["the senator"]


def test_an_occupation_with_modifiers_is_the_person_just_named():
    text = ('Writing in a newspaper column, Linda Nolan said: "My memory has been lapsing for a while now."\n\n'
            'The brave singer then added: "I am not going to live in fear, but I will be careful."')
    assert speakers(text) == ["Linda Nolan", "Linda Nolan"]


def test_an_epithet_is_the_person_heading_the_sentence_before_not_the_last_source():
    text = ('"I look forward to playing for Europe," said Paul Gill.\n\n'
            "European captain Seve Ortiz hailed Gill's selection. "
            '"Paul is one of the very best players in Europe," said the Spanish legend.')
    assert speakers(text) == ["Paul Gill", "Seve Ortiz"]


def test_a_sports_epithet_after_quoted_as_saying():
    text = ("The Sunday paper quoted star striker Harry Kemp as saying the team was excited.\n\n"
            '"I am not fussed about who we are playing," the Liverpool player told the paper.')
    assert speakers(text) == ["Harry Kemp"]


def test_an_epithet_after_a_sentence_with_a_named_source_is_that_source():
    text = ("Ann Lee could be removed if she wins, Rep. Mike Dale said Wednesday. "
            '"This inquiry will go on whether she wins or not," the Republican lawmaker told a radio host.')
    assert speakers(text) == ["Mike Dale"]


def test_two_roles_of_one_described_person():
    text = ("Patrick Sims and his band played on Monday.\n\nSims teased the tour during the set.\n\n"
            'After the song, the singer and guitarist told the audience, "Maybe we should go on the road."')
    assert speakers(text) == ["Patrick Sims"]
