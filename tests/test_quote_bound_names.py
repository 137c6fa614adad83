"""Names that cannot be the speaker: a person the quote itself names by given name only, and
names in a run of linked headlines ("Related Stories ...")."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_a_person_the_quote_names_by_given_name_is_not_the_writer():
    text = ("In March the lawyer Lanny Fisk met the aide Robby Lane, who was unhappy with him.\n\n"
            '"We have to keep Lanny away from the cameras," he wrote.')
    assert speakers(text) == ["Robby Lane"]


def test_the_writer_named_by_given_name_elsewhere_is_still_the_writer():
    text = ("Tom Hart wrote to the board on Monday.\n\n"
            '"I will not resign over this," he wrote.')
    assert speakers(text) == ["Tom Hart"]


def test_a_team_in_a_run_of_linked_headlines_is_not_the_team_that_speaks():
    headlines = ("Related StoriesAfter Criticism, Star Player Changes Mind And Will Stand For National AnthemSinger "
                 "Benched By NBA Team Prior To Her Performance Due To Controversial Shirt And Fans Protest At Arena.")
    text = ("The college's players knelt during the anthem last month.\n\n" + headlines + "\n\n"
            '"We respect everyone who served our country," the football team wrote.')
    assert speakers(text) == ["the football team"]
