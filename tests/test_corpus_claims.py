"""Same claim across reports of one story: synonyms of a counted noun, falls written with or without a sign,
totals and their parts, and the quantities that must stay apart."""
from __future__ import annotations

from datasette_newsclaims import analyze_corpus
from datasette_newsclaims.corpus.claim_subjects import clause_context, direction, noun_class, unit_phrase


def _claims_by_text(result: dict) -> dict[tuple[str, str], object]:
    return {(f["article"], f["text"]): f["claim"] for f in result["figures"]}


def test_damage_named_after_the_noun_reads_like_damage_before_it():
    assert unit_phrase("rib fractures") == unit_phrase("broken ribs") == unit_phrase("fractured ribs")
    assert noun_class("rib fractures") == noun_class("broken ribs") == "rib"
    assert unit_phrase("broken windows") != unit_phrase("broken ribs")


def test_a_fall_written_in_words_is_a_negative_change():
    text = "Shares of Pellam Tools were down 5% by noon, while Pellam's rival Ostrand rose 2% and kept 7 percent."
    assert direction(text, text.index("5%"), 5) == -1.0
    assert direction(text, text.index("2%"), 2) == 1.0
    assert direction(text, text.index("7 percent"), 7) == 1.0
    signed = "The index closed at -3.1% on the day."
    assert direction(signed, signed.index("-3.1%"), -3.1) == 1.0


def test_a_decimal_point_does_not_end_the_sentence_a_figure_sits_in():
    text = "Guidance was cut from up 2.3 percent to up 4 percent, the retailer said."
    words = clause_context(text, text.index("4 percent"), text.index("4 percent") + len("4 percent"))
    assert "guidance" in words


def _story(one: str, two: str, three: str) -> list[dict]:
    lead = "Councillor Mara Velsen was hurt when a scaffold fell on Quill Street in Dunmore on Saturday. "
    return [
        {"id": f"scaffold-{i}", "source": f"outlet{i}.example", "published": f"2024-05-{10 + i}",
         "title": "Dunmore scaffold collapse", "text": lead + body}
        for i, body in enumerate((one, two, three), start=1)
    ]


def test_rib_fractures_and_broken_ribs_in_other_reports_are_one_claim_that_disagrees():
    articles = _story(
        "Doctors said Velsen has four rib fractures. Councillor Mara Velsen thanked the Quill Street crews.",
        "Velsen suffered five broken ribs, her office said. Councillor Mara Velsen thanked the Quill Street crews.",
        "The Quill Street scaffold had stood for two weeks. Councillor Mara Velsen thanked the crews.",
    )
    result = analyze_corpus(articles)
    claims = _claims_by_text(result)
    four, five = claims[("scaffold-1", "four")], claims[("scaffold-2", "five")]
    assert four is not None and four == five
    (claim,) = [c for c in result["claims"] if c["id"] == four]
    assert claim["values_disagree"]
