"""Definite descriptions stand for the source the article named (GUIDE: the fullest name)."""
from __future__ import annotations

import pytest

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


@pytest.mark.parametrize("text, named", [
    ('Northwind Group pulled the listing on Thursday. "It does not serve our mission," the organization wrote.',
     "Northwind Group"),
    ('A notice on the website ShopRight.com said the item was gone. "We want no part in it," the company wrote.',
     "ShopRight.com"),
    ('Energy firm KPX said it would sell its stake. KPX expects a sale within a year. '
     '"We invested $8bn in 2003," the energy giant said.', "KPX"),
    ('The Royal Bank of Wessex Group closed the accounts. "We are reviewing the matter," the bank said.',
     "Royal Bank of Wessex Group"),
])
def test_the_company_said_is_the_company_named_before(text, named):
    assert speakers(text) == [named]


def test_it_added_after_a_description_takes_the_same_named_source():
    text = ('Northwind Group pulled the listing. "We acted at once," the group said. '
            'It added, "We want no part in the sale."')
    assert speakers(text) == ["Northwind Group", "Northwind Group"]


def test_a_description_with_no_organisation_named_before_stays_a_description():
    assert speakers('"We are open as usual," the company said.') == ["the company"]


def test_a_person_named_before_is_no_company():
    assert speakers('Mary Jones runs the shop. "We are open," the company said.') == ["the company"]


def test_an_organisation_named_only_inside_a_quote_is_not_the_antecedent():
    text = '"Northwind Group never called us," the company said.'
    assert speakers(text) == ["the company"]


def test_the_role_stands_for_the_person_named_with_it():
    text = ('County spokeswoman Lena Ortiz confirmed the closure. '
            '"The road stays shut until Monday," the spokeswoman said.')
    assert speakers(text) == ["Lena Ortiz"]


def test_a_document_is_not_credited_to_the_one_it_was_sent_to():
    text = 'Tom Reyes got a memo from the campaign. The memo to Reyes said: "We are behind in Ohio."'
    assert speakers(text) == ["The memo"]


def test_a_letter_sent_to_someone_speaks_for_itself():
    assert speakers('A letter sent to Gov. Ann Lee read: "We demand a meeting."') == ["A letter"]


def test_a_statement_that_reads_is_a_source():
    assert speakers('The statement read: "We regret the delay."') == ["The statement"]


def test_it_after_a_document_is_its_named_sender():
    text = ('The email, released by a watchdog group, was sent at 7:19 p.m. by Jeremy Cole, then chief of staff.\n\n'
            '"I just tried you on the phone but you were all busy," it reads.')
    assert speakers(text) == ["Jeremy Cole"]


def test_it_after_a_document_with_no_sender_named_is_the_document():
    assert speakers('The letter reached the board on Friday. "We object to the plan," it said.') == ["the letter"]


def test_his_mother_is_the_person_named_as_the_mother():
    text = ('"I cannot believe it," Dora Reyes, the eldest victim\'s mother, sobbed by phone.\n\n'
            'Christina is tough, Wendell Reyes said. His mother called the girls "two beautiful girls, sweet girls."')
    assert speakers(text) == ["Dora Reyes", "Dora Reyes"]


def test_the_father_named_before_by_an_appositive_is_his_father():
    text = 'The boy\'s father, Tom Lee, spoke at the vigil. "He loved this town," his father said.'
    assert speakers(text) == ["Tom Lee"]


def test_a_relation_nobody_was_named_with_stays_a_description():
    assert speakers('Mary Lee lives next door. "He was quiet," his mother said.') == ["his mother"]


def test_the_compound_role_is_the_person_named_with_it():
    text = 'Lakers point guard Tom Hart scored 30 points on Friday. "We played hard tonight," the point guard said.'
    assert speakers(text) == ["Tom Hart"]


def test_the_role_of_an_appositive_is_the_person_it_describes():
    text = ("Ann Lee, a spokeswoman for the mayor, declined to comment further on Monday. "
            '"We will review the report," the spokeswoman said.')
    assert speakers(text) == ["Ann Lee"]


def test_an_ambassador_named_in_apposition():
    text = ('Ann Lee, the U.S. ambassador to Japan, met the minister. "Talks went well," the ambassador said.')
    assert speakers(text) == ["Ann Lee"]


def test_a_role_no_one_was_named_with_stays_a_description():
    text = ('Ann Lee, a lawyer for the city, spoke first. "We will appeal," the spokeswoman said.')
    assert speakers(text) == ["the spokeswoman"]


def test_the_cfo_is_the_chief_financial_officer_named_before():
    text = ('"This is a multi-year investment," said Richard Hale, the company\'s chief financial officer. '
            '"We remain confident," the CFO said.')
    assert speakers(text) == ["Richard Hale", "Richard Hale"]


def test_the_ceo_is_not_someone_named_after_the_chief_executive():
    text = ("Ann Lee, the chief executive of the firm, spoke first. Tom Hart, a director, also spoke. "
            '"We remain confident," the CEO said.')
    assert speakers(text) == ["Ann Lee"]


def test_an_age_epithet_is_the_person_given_that_age():
    text = ("Vivek Rao, 38, attacked his rival on stage.\n\n"
            '"You have your supporters propping you up," the 38-year-old said.')
    assert speakers(text) == ["Vivek Rao"]


def test_an_age_no_one_was_given_stays_a_description():
    text = ("The shooting left 25-year-old Marcus Bell dead. Police arrested a man.\n\n"
            '"I did not do it," the 31-year-old told the judge.')
    assert speakers(text) == ["the 31-year-old"]


def test_a_workplace_role_before_a_name_is_a_title_and_resolves_the_role_later():
    text = 'Store clerk Tom Hart saw the robbery. "He had a gun," the clerk said.'
    assert speakers(text) == ["Tom Hart"]
    assert speakers('Employee Ann Dale said, "That is the man who saved the day."') == ["Ann Dale"]


def test_a_compound_office_written_as_the_title():
    text = 'Bangladeshi Prime Minister Khaleda Zia opened the summit. "We must act together," the prime minister said.'
    assert speakers(text) == ["Khaleda Zia"]
