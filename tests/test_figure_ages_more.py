"""Ages a sentence gives without ``years old``: after a person noun and a comma or an
approximator, after ``at`` with a person or a life event, inside a quote (``"I'm 76``)."""
from __future__ import annotations

import pytest

from datasette_newsclaims.figures import extract_figures


def kinds(text):
    return [(f["text"], f["kind"]) for f in extract_figures(text)]


@pytest.mark.parametrize("sentence, number", [
    ("The former sitcom star, 42, was voted off the dance show.", "42"),
    ("The suspect, a man about 19, ran toward the river.", "19"),
    ("Officers are searching for a girl, around 11, who left school at noon.", "11"),
    ("Marsh, also 15, goes to the same high school.", "15"),
    ("The two brothers, Ali and Omar Haddad, both 20, were charged.", "20"),
    ("He ran as a young reformer whose age, 39, was a selling point.", "39"),
    ("\"I'm 83, and I still drive to work,\" she said.", "83"),
    ("The state's oldest serving governor at 79, he plans to run again.", "79"),
    ("Her grandfather died at 94 after a short illness.", "94"),
    ("She retired at 62.", "62"),
    ("Savers can withdraw without penalty once they reach age 59 and a half.", "59 and a half"),
])
def test_a_number_set_off_after_a_person_is_an_age(sentence, number):
    assert (number, "age") in kinds(sentence)


@pytest.mark.parametrize("sentence, number", [
    ("The committee, about 12 in all, met on the third floor.", "12"),
    ("The man walked about 300 yards before he collapsed.", "300 yards"),
    ("Of the passengers, about 20 were hurt.", "20"),
    ("The plant shut at 14 of its sites.", "14"),
    ("Prices rose at 6 percent a year.", "6 percent"),
])
def test_counts_and_measures_near_people_stay_what_they_are(sentence, number):
    assert (number, "age") not in kinds(sentence)
    assert any(t == number for t, _ in kinds(sentence))


@pytest.mark.parametrize("sentence, numbers", [
    ("Two men, 19 and 23, were charged with robbery.", ["19", "23"]),
    ("The sisters, 6, 9 and 13, were asleep upstairs.", ["6", "9", "13"]),
    ("Ana Ruiz (31) and her daughter (4) were rescued.", ["31", "4"]),
])
def test_ages_listed_after_people_or_in_parentheses_after_a_person(sentence, numbers):
    assert [t for t, k in kinds(sentence) if k == "age"] == numbers


def test_a_part_of_a_group_after_of_the_is_a_count():
    assert kinds("Of the victims, 12 and 8 were hospitalized.") == [("12", "count"), ("8", "count")]
