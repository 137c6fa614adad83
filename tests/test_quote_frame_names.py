"""The noun phrase of the cue frame names the right source: an organisation named with 'of'
('Bank of America') is one name; a document owned by a name ('McLeod's memo') is that name's;
a description followed by a name in apposition ('said the senator's lawyer, Ann Lee of the
firm X') is that name."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_an_organisation_named_with_of_keeps_its_whole_name():
    assert speakers('"We regret the error," Bank of America said.') == ["Bank of America"]
    assert speakers('"We regret the error," said the University of Michigan.') == ["University of Michigan"]


def test_a_person_of_a_place_is_still_the_person():
    assert speakers('"We regret the error," said Tom Hart of Boston.') == ["Tom Hart"]
    assert speakers('"We regret the error," said Tom Hart, president of the University of Michigan.') == ["Tom Hart"]


def test_a_document_owned_by_a_name_is_that_persons():
    text = ('General Counsel Mary Dale wrote a memo on Friday. "All staff must follow the acting director," '
            "Dale's memo stated.")
    assert speakers(text) == ["Mary Dale"]


def test_a_document_owned_by_a_description_stays_the_document():
    text = 'The company\'s statement said the recall was "a precaution and nothing more."'
    assert speakers(text) == ["The company's statement"]


def test_a_name_in_apposition_followed_by_its_employer():
    text = ('"This is without precedent," said the director\'s lawyer, Deepak Rao of the law firm Rao Willis.')
    assert speakers(text) == ["Deepak Rao"]


def test_a_name_in_apposition_to_a_media_noun_is_no_person_for_she():
    text = ("A 38-year-old woman from Lyon received a new hand last week.\n\n"
            '"I feel very well," the woman told the French newspaper Le Matin.\n\n'
            '"At the moment, I feel shaken up," she told the paper by telephone.')
    assert speakers(text)[-1] != "Le Matin"


def test_a_full_name_and_an_appositive_right_after_a_quote_with_the_verb_left_out():
    text = ('Not everyone agrees. "These plans help consumers who cannot pay," Thomas Lenard, '
            "senior fellow at the Policy Institute, a think tank.")
    assert speakers(text) == ["Thomas Lenard"]


def test_a_place_and_an_appositive_after_a_quote_is_no_speaker():
    text = ('Voters met on Tuesday. "The plan will not pass this year," Grand Rapids, a city of farmers.')
    assert speakers(text) != ["Grand Rapids"]


def test_a_named_persons_response_is_that_persons():
    text = ("An aide emailed Hillary Clinton in December.\n\n"
            'Clinton\'s response was: "Is the store in Connecticut or Wisconsin?"')
    assert speakers(text) == ["Hillary Clinton"]


def test_a_spokesman_for_a_titled_person_is_not_that_person():
    text = 'A spokesman for Gov. Tom Hart said the plan was "dead on arrival in the House."'
    assert speakers(text) != ["Tom Hart"]


def test_a_portfolio_before_the_name_is_part_of_the_title():
    text = 'European Commissioner for Competition Neelie Kroes said the deal was "not acceptable in this form."'
    assert speakers(text) == ["Neelie Kroes"]


def test_a_date_between_the_subject_and_its_cue_is_no_part_of_the_subject():
    text = 'The Egyptian government on June 21 said, "He has immunity from suit in this court."'
    assert speakers(text) == ["The Egyptian government"]


def test_a_name_and_a_second_role_of_the_same_person():
    text = ('In an interview, former chief of staff Ron Klain and senior Biden adviser said that '
            '"She is great as a leader, and she is great as a manager."')
    assert speakers(text) == ["Ron Klain"]


def test_a_name_in_apposition_after_a_description_with_a_capitalised_modifier():
    text = '"Unilateral steps will not help," said the EU representative to the talks, Stephan Lehne.'
    assert speakers(text) == ["Stephan Lehne"]
    assert speakers('"We will go," said the White House spokeswoman, Sarah Sanders.') == ["Sarah Sanders"]


def test_role_words_before_a_name_right_after_the_quote():
    text = '"It is about as bad as it gets," family spokesperson and neighbor Brandon Tartler told a TV station.'
    assert speakers(text) == ["Brandon Tartler"]


def test_a_given_name_after_a_kin_role_is_the_full_name():
    text = ('In a statement, her mother Ami Caton said the girl was kind.\n\n'
            'Speaking at the time, her mum Ami said: "She was very bubbly and kind."')
    assert speakers(text) == ["Ami Caton"]


def test_a_place_preposition_tail_stays_with_its_head():
    text = ('A source inside the camp, a refugee who asked not to be named, said the claim is "absolutely not true."')
    assert speakers(text) != ["the camp"]
