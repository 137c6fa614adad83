"""A document that speaks is credited to its sender, never to its addressee: 'the email from
A to B asks' is A's; 'the memo to B said' is the memo's (no sender named)."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_the_sender_of_an_email_to_someone_speaks():
    text = ('The email from campaign aide Ruth Baker to chairman Tom Hart asks, '
            '"Is there anything I can do to help with the rally?"')
    assert speakers(text) == ["Ruth Baker"]


def test_a_sender_with_two_titles_joined_by_and():
    text = ('A letter from union steward and Metro Workers Council President Ann Lee to Mayor Ron Pike '
            'said the city "cannot keep the depot open another winter."')
    assert speakers(text) == ["Ann Lee"]


def test_a_memo_to_someone_with_no_sender_is_the_memo():
    text = 'The memo to Tom Hart said the plan was "dead on arrival in the Senate."'
    assert speakers(text) == ["The memo"]


def test_a_person_who_went_to_someone_is_no_document():
    text = 'Ann Lee went to Tom Hart and said the plan was "dead on arrival in the Senate."'
    assert speakers(text) == ["Ann Lee"]


def test_a_statement_from_an_organisation():
    text = 'A statement from the county board said the report was "a complete fabrication by the press."'
    assert speakers(text) == ["the county board"]


def test_an_inverted_cue_with_a_document_released_on_a_day():
    text = ('Officials will travel on Monday. "They are expected to help the two sides find a way out," said a '
            "foreign ministry statement released on Sunday.")
    assert speakers(text) == ["a foreign ministry statement"]


def test_a_report_by_a_named_author_finds():
    text = 'A report by the Pew Research Center found that voters were "deeply divided on the issue."'
    assert speakers(text) == ["Pew Research Center"]


def test_a_study_finds():
    assert speakers('The study found that the drug was "safe for most adults over forty."') == ["The study"]


def test_a_document_named_in_the_paragraph_that_introduces_bulleted_quotes():
    text = ("Party leaders gave members talking points. An aide shared a memo listing the key lines, which include:\n\n"
            '• "Our rivals want to cut your pension and hand it to the banks."\n\n'
            '• "This promise has been kept for fifty years, and we will keep it."')
    assert speakers(text) == ["the memo", "the memo"]


def test_an_introducing_paragraph_with_a_cue_keeps_its_speaker():
    text = ('Mayor Ann Lee sent a letter to the council and said:\n\n'
            '"We cannot keep the depot open another winter without help."')
    assert speakers(text) == ["Ann Lee"]


def test_a_message_that_said():
    text = ('The listing was replaced on Thursday by a message that said, "Sorry, but the item you '
            'requested is gone."')
    assert speakers(text) == ["a message"]


def test_a_person_told_reporters_that():
    assert speakers('Tom Hart told reporters that "the plan is dead on arrival."') == ["Tom Hart"]
