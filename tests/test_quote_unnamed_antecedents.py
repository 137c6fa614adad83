"""He, she and they with no name to stand for: the unnamed person the sentence before opens
with ('One woman, who would not give her name, ...', 'Another neighbor said ...', 'Last month,
the boy's mother pleaded ...'), the plural people a sentence opens with ('Deputies ... they');
a given name that opens a street's name ('Winding Brook Drive') is no person."""
from __future__ import annotations

from datasette_newsclaims.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


def test_one_woman_and_another_neighbor_are_the_sources():
    text = ("Police found the family of Tom Hart dead on Saturday. Neighbors on Winding Brook Drive were shocked. "
            "One woman, who would not give her name, described the street as close-knit. "
            '"I cannot believe it," she said. Another neighbor, who would not give his name, said the family '
            'was friendly. "I never saw any trouble there," he said.')
    assert speakers(text) == ["one woman", "another neighbor"]


def test_a_mother_described_through_her_child():
    text = ("The police arrested Tom Wall on Friday.\n\n"
            "Last month, Kenya's mother pleaded with him to come forward. "
            '"You took a life that can never be replaced," she told a reporter.')
    assert speakers(text) == ["Kenya's mother"]


def test_they_are_the_plural_people_opening_the_sentence():
    text = 'Deputies did not say what the men heard, but they described it as a "loud song with a heavy beat."'
    assert speakers(text) == ["deputies"]


def test_they_after_a_sentence_opened_by_plural_people():
    text = 'Prosecutors met the judge on Monday. They said the case was "a matter of public safety."'
    assert speakers(text) == ["prosecutors"]


def test_they_for_a_family_name_stays_unresolved():
    text = 'The Smiths left town in May. They said it was "time to start over somewhere else."'
    assert speakers(text) == [None]


def test_people_heard_shouting_are_not_the_ones_who_heard_them():
    text = 'Police said the men fled. Witnesses heard them shouting, "Get in the car now!" before the shots.'
    assert speakers(text) != ["Witnesses"]


def test_the_clerk_again_is_the_unnamed_clerk_quoted_before():
    text = ('"I thought it was a firecracker," said the gas station clerk.\n\n'
            "Police said the group drove away. The clerk said he is used to the gunfire. "
            '"We get used to it," he said.')
    assert speakers(text) == ["the gas station clerk", "the gas station clerk"]


def test_a_woman_described_after_she_was_named_is_not_made_a_new_source():
    text = ('"I am grateful to him," Ann Dale said.\n\n'
            "The mom and grandmother said her concern was for the students.\n\n"
            '"Those children are trying to learn," she said.')
    assert speakers(text) == ["Ann Dale", "Ann Dale"]


def test_it_is_the_organisation_that_spoke_not_officials_before_it():
    text = ('U.S. officials have said that step would not be enough. Kaspersky Lab said it had "serious '
            'concerns" about the law. It added that the company would "protect its customers from threats."')
    assert speakers(text)[-1] == "Kaspersky Lab"


def test_police_are_no_antecedent_for_he():
    text = ('"We are looking for a man in a red jacket," Police said.\n\n'
            'A clerk at the store said he saw the car. "It was a blue sedan," he said.')
    assert speakers(text)[-1] != "Police"


def test_a_described_subject_before_a_named_object_is_the_antecedent():
    text = ("Police arrested Davon Wall on Tuesday.\n\n"
            "Last month, Kenya's mother pleaded with Wall to come forward. "
            '"You took a life that can never be replaced," she told a reporter.')
    assert speakers(text) == ["Kenya's mother"]


def test_a_described_subject_gives_way_to_the_named_source_of_its_sentence():
    text = ('A cashier who "steals a handful of bills" is punished, Ann Lee said. '
            '"The only way this will change is jail time," she said.')
    assert speakers(text) == ["Ann Lee", "Ann Lee"]


def test_a_description_whose_sentence_gives_the_name():
    text = ('"How big is that wall?" asked the boy, who was wearing a red hat and said his name was Mason, '
            "as the audience laughed.")
    assert speakers(text) == ["Mason"]


def test_a_question_with_an_inverted_cue_right_after_it():
    assert speakers('"How big is that wall?" asked the boy.') == ["the boy"]
    assert speakers('"We are done." She said the team would go home.') == [None]


def test_they_for_an_organisation_with_a_plural_verb():
    text = ('Big Machine have twice denied doing anything wrong.\n\n'
            '"At no point did we say she could not perform," they said in a statement.')
    assert speakers(text) == ["Big Machine"]


def test_they_after_a_sentence_opened_by_plural_people_in_the_paragraph_before():
    text = 'Prosecutors met the judge on Monday.\n\n"We will appeal the ruling," they said.'
    assert speakers(text) == ["prosecutors"]
