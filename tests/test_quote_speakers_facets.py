"""What reaches the speaker facet is a person, an organisation or a description of a source:
no product, no pronoun-like word, no time phrase, no title without its name, no colon as a cue."""
from __future__ import annotations

import pytest

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_a_product_name_is_no_speaker_of_a_partial_quote():
    text = 'Steve Jobs spoke. He said that Mac OS X has had "a secret double life" for years.'
    assert "OS X" not in speakers(text)


@pytest.mark.parametrize("subject", ["Others", "Few", "Everyone"])
def test_a_pronoun_like_word_is_no_speaker(subject):
    text = f'{subject} believe the losses were emotional, responding "to the anniversary of the crash."'
    assert subject not in speakers(text)


def test_a_collective_description_keeps_what_it_is_a_group_of():
    text = 'A group of Ohio lawmakers released a joint statement saying "We will ask tough questions."'
    assert speakers(text) == ["A group of Ohio lawmakers"]


def test_a_time_phrase_is_no_speaker():
    text = 'He stated his plan and several times described the cars as "better and cleaner than ever."'
    assert "several times" not in speakers(text)


def test_a_family_name_that_is_also_a_title_word_stays_a_name():
    text = ('"We were prepared for this," said Jim Press, the vice chairman of the firm.\n\n'
            '"We recognize the loss," Press said.')
    assert speakers(text) == ["Jim Press", "Jim Press"]


def test_a_title_abbreviation_before_a_royal_word_makes_it_a_family_name():
    text = 'Cpl. Gabrielle King spoke for the police. "He told everybody to get on the floor," King said.'
    assert speakers(text) == ["Gabrielle King"]


def test_a_title_with_no_name_gives_way_to_the_name_in_apposition():
    text = '"It is hard to say," said chief investment officer at Solaris Asset Management, Tim Ghriskey.'
    assert speakers(text) == ["Tim Ghriskey"]


def test_a_title_joined_by_and_still_leads_to_the_name():
    text = '"Sales show signs of life," said the vice president and chairman of Acme LLC Jim Press.'
    assert speakers(text) == ["Jim Press"]


def test_a_description_without_a_name_keeps_its_tail():
    text = 'The New York Times reported that someone familiar with the situation said his health has "ups and downs."'
    assert speakers(text) == ["someone familiar with the situation"]


def test_a_colon_is_no_cue_verb():
    out = extract_quotes('Ken Bone: "I am still undecided about this election."')
    assert [(q["speaker"], q["cue"]) for q in out] == [("Ken Bone", None)]


@pytest.mark.parametrize("text, who", [
    ('"I feel good about the ticket," said another.', "another"),
    ('"I am voting for him," one said.', "one"),
])
def test_a_pronoun_of_number_is_a_description_of_a_source(text, who):
    assert speakers(text) == [who]


def test_no_speaker_from_whats_called_or_an_adverb_after_the_subject():
    from datasette_newsclaims.quotes import extract_quotes
    got = extract_quotes('The bedding is made with what\'s called "a special weave that traps the heat."')
    assert got[0]["speaker"] is None
    got = extract_quotes('But the inquiry only asked for "messages about the pandemic response."')
    assert got[0]["speaker"] == "the inquiry"
