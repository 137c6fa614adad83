"""Hostile input shapes for the quote extractor: what comes out of text made of one unit repeated.

These are functional tests (what is found), kept small and fast; the timing of the same
shapes at 5k and 50k characters is ``benchmarks/bench_hostile.py``'s job.
"""
from __future__ import annotations

import pytest

from datasette_newsclaims.quotes import extract_quotes


def repeated(unit: str, size: int = 8_000) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def well_formed(text: str) -> list[dict]:
    out = extract_quotes(text)
    for q in out:
        assert 0 <= q["start"] < q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
    assert [q["start"] for q in out] == sorted(q["start"] for q in out)
    return out


@pytest.mark.parametrize("unit", ['"Q', '"É', 'a"B', '"x," said ', "“x” ", "\"‘“«", "``a'' "])
def test_marks_around_single_letters_give_no_quotes(unit):
    # every span holds one word: a quoted word is a term, never a quote
    assert well_formed(repeated(unit)) == []


def test_a_repeated_sentence_with_a_pronoun_cue_keeps_every_quote_and_no_speaker():
    text = repeated('He said "we are ready to go." ', 6_000)
    out = well_formed(text)
    assert len(out) >= 190
    assert {q["cue"] for q in out} == {"said"}
    assert {q["speaker"] for q in out} == {None}  # nobody is ever named


def test_a_repeated_named_attribution_names_the_speaker_every_time():
    text = repeated('"We will win the race," said Mary Jones. ', 6_000)
    out = well_formed(text)
    assert len(out) >= 140
    assert {q["speaker"] for q in out} == {"Mary Jones"}


@pytest.mark.parametrize("unit", ["said ", "according to ", "Mr. Smith ", "he said she ", "Abc ", "word ", ". "])
def test_cue_words_names_and_plain_words_without_marks_give_no_quotes(unit):
    assert well_formed(repeated(unit)) == []


def test_paragraphs_that_each_open_a_quote_stay_one_quote_each():
    text = repeated("“Words and more words.\n\n", 6_000)
    out = well_formed(text)
    assert len(out) == text.count("“")
    assert all("\n" not in q["text"] for q in out)


def test_unclosed_marks_in_one_long_paragraph_never_reach_past_it():
    text = repeated('"A b c d e f g h i j k l m n o p. ', 6_000) + '\n\nNext paragraph, "with a quote in it," she said.'
    out = well_formed(text)
    assert out[-1]["text"] == "with a quote in it,"
    assert all(q["end"] <= text.index("\n\n") for q in out[:-1])


@pytest.mark.parametrize("unit, speaker", [
    ('Smith: "a b c" ', "Smith"),
    ('Smith told CNN: "a b c." ', "Smith"),
    ('"A b c," said Mr. Jones, a lawyer. ', "Jones"),
])
def test_a_repeated_named_attribution_with_a_family_name_alone_keeps_it(unit, speaker):
    out = well_formed(repeated(unit, 4_000))
    assert out and {q["speaker"] for q in out} == {speaker}


@pytest.mark.parametrize("unit", ["By Bob Ward\n", "(Reporting by Mike Stone) ", "Photo / AP ", "Ann, left, and Bo "])
def test_credit_and_caption_shapes_give_no_quotes(unit):
    assert well_formed(repeated(unit)) == []
