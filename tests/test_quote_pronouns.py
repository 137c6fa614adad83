"""He and she resolve to the person the story is about: not to names in photo credits and
captions, nor to people named inside the quote itself; indirect speech introduces speakers too."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_a_name_in_a_photo_credit_is_no_antecedent():
    text = ("Ann Lee, the school's principal, said classes would resume on Monday.\n\n"
            "Photo by Mary Smith/Getty Images\n\n"
            '"We will be here for every student," she said.')
    assert speakers(text) == ["Ann Lee"]


def test_names_in_a_caption_paragraph_are_no_antecedents():
    text = ("Ann Lee, the school's principal, said classes would resume on Monday.\n\n"
            "Mary Smith, left, and Jane Doe light candles at the vigil on Tuesday. (AP Photo/Sue Ogrocki)\n\n"
            '"We will be here for every student," she said.')
    assert speakers(text) == ["Ann Lee"]


def test_a_caption_like_paragraph_that_quotes_someone_stays_part_of_the_story():
    text = ('Mary Smith, left, hugged her son. "I thought I had lost him," she said.')
    assert speakers(text) == ["Mary Smith"]


def test_a_person_named_inside_the_quote_is_not_the_one_speaking():
    text = ("Principal Ann Lee said the school would reopen. Her colleague Mary Smith disagreed.\n\n"
            '"I told Mary Smith that we had no choice," she said.')
    assert speakers(text) == ["Ann Lee"]


def test_a_speaker_introduced_by_indirect_speech_is_the_antecedent():
    text = ("Police Chief Tom Hart told reporters that the suspect had fled. Residents stayed inside.\n\n"
            '"We are asking everyone to be careful," he said.')
    assert speakers(text) == ["Tom Hart"]


def test_a_lower_case_role_before_a_full_name_is_a_title_not_part_of_it():
    text = 'Principal Ann Lee spoke at the gate. "Classes resume on Monday," Lee said.'
    out = extract_quotes(text)
    assert [(q["speaker"], q["speaker_title"]) for q in out] == [("Ann Lee", "Principal")]


def test_a_speaker_named_by_one_name_in_indirect_speech_is_the_antecedent():
    text = ("Police chief General Sutanto said on Tuesday that the police would hunt the couriers.\n\n"
            "He said that cells overseas had sent money.\n\n"
            '"We hope to stop the flow of their funds," he said.')
    assert speakers(text) == ["Sutanto"]


def test_with_no_one_named_before_the_person_a_sentence_opens_with_is_the_antecedent():
    text = ("The 38-year-old French woman who received the first face transplant spoke on Wednesday.\n\n"
            '"I feel very well," she told the newspaper.')
    assert speakers(text) == ["the 38-year-old French woman"]


def test_who_is_the_person_the_relative_clause_hangs_on():
    text = 'The bill has critics, among them Sen. Ann Lee, who said: "This bill helps no one at all."'
    assert speakers(text) == ["Ann Lee"]


def test_a_partial_quote_belongs_to_the_cue_of_its_own_clause():
    text = ('Contrast that with Ann Lee, who has called the pact "a total insanity," '
            'and Tom Hart, who says it is "simply a disaster."')
    assert speakers(text) == ["Ann Lee", "Tom Hart"]


def test_a_name_between_the_pronoun_and_its_cue_verb_is_not_its_antecedent():
    text = ("President Donald Trump flew in on Friday.\n\n"
            '"I stayed as long as I could," said veteran Keith Dale. At 73, he is two years older than '
            'Trump and recalls landing here to "a certain smell in the air" at the start of his tour.')
    assert speakers(text) == ["Keith Dale", "Keith Dale"]


def test_a_sentence_about_him_after_an_opening_phrase_passes_over_its_object():
    text = ("President Donald Trump flew in on Friday.\n\n"
            "Mark Dale, 67, of Sioux Falls, visits as often as he can. On this visit, though, he said he "
            'had come back in the hope of seeing Trump. "You know, more power to him," he said.')
    assert speakers(text) == ["Mark Dale"]


def test_an_opening_phrase_with_a_name_as_subject_still_gives_that_name():
    text = ("Mark Dale, 67, visits as often as he can. On this visit, Ann Lee met him at the airport. "
            '"He looked tired," she said.')
    assert speakers(text) == ["Ann Lee"]


def test_the_caption_under_a_photo_credit_line_gives_no_antecedent():
    text = ('George Zane said the gun had been returned to him. "It is a piece of history," Zane said.\n\n'
            "POOL New/Reuters.\n\n"
            "Police officer Timothy Smith holds up the gun during the 2013 trial.\n\n"
            '"The firearm is fully functional," he added.')
    assert speakers(text) == ["George Zane", "George Zane"]
