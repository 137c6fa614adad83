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


def _market(day_one: str, day_two: str, one: str, two: str) -> list[dict]:
    return [
        {"id": "pellam-1", "source": "wire.example", "published": day_one, "title": "Pellam Tools cuts its forecast",
         "text": "Pellam Tools of Varna cut its yearly forecast on Tuesday, chief executive Ines Holt said. " + one},
        {"id": "pellam-2", "source": "markets.example", "published": day_two,
         "title": "Pellam Tools stock slides after forecast cut",
         "text": "Pellam Tools of Varna lowered its forecast, chief executive Ines Holt said on Tuesday. " + two},
    ]


def test_one_days_moves_of_one_named_stock_are_one_claim_and_an_unnamed_stock_is_the_headlines():
    articles = _market("2024-06-04", "2024-06-04",
                       "Pellam Tools shares closed -6.38% and rival Ostrand Works shares fell 1.2 percent.",
                       "In afternoon trading the stock was down 6% while Ostrand Works shares were down 1.5%.")
    claims = _claims_by_text(analyze_corpus(articles))
    assert claims[("pellam-1", "-6.38%")] is not None
    assert claims[("pellam-1", "-6.38%")] == claims[("pellam-2", "6%")]
    assert claims[("pellam-1", "1.2 percent")] is not None
    assert claims[("pellam-1", "1.2 percent")] == claims[("pellam-2", "1.5%")]
    assert claims[("pellam-1", "-6.38%")] != claims[("pellam-1", "1.2 percent")]


def test_moves_on_other_days_or_the_other_way_stay_apart():
    two_days = _market("2024-06-04", "2024-06-06",
                       "Rival Ostrand Works shares fell 1.2 percent on the news.",
                       "Rival Ostrand Works shares were down 1.5% on Thursday.")
    claims = _claims_by_text(analyze_corpus(two_days))
    assert claims[("pellam-1", "1.2 percent")] is None
    other_way = _market("2024-06-04", "2024-06-04",
                        "Rival Ostrand Works shares fell 1.2 percent on the news.",
                        "Rival Ostrand Works shares rose 1.5% on the news.")
    claims = _claims_by_text(analyze_corpus(other_way))
    assert claims[("pellam-1", "1.2 percent")] is None


def _harbour(one: str, two: str) -> list[dict]:
    lead = "A ferry ran aground at Osric Pier in Tallow Bay on Sunday, harbour master Edda Vorn said. "
    return [{"id": f"ferry-{i}", "source": f"port{i}.example", "published": "2024-08-04",
             "title": "Ferry aground at Osric Pier", "text": lead + body + " Edda Vorn praised the crews of Tallow Bay."}
            for i, body in enumerate((one, two), start=1)]


def test_a_count_in_a_like_clause_of_another_report_is_one_claim_even_after_a_total():
    articles = _harbour(
        "Four tugboats towed the ferry off the sandbank near the pier.",
        "Six tugboats came out from Tallow Bay, Vorn said. Three tugboats waited at the harbour mouth and "
        "another three tugboats towed the ferry off the sandbank.",
    )
    claims = _claims_by_text(analyze_corpus(articles))
    four = claims[("ferry-1", "Four")]
    assert four is not None
    assert four == claims[("ferry-2", "three")]


def test_counts_in_unlike_clauses_or_one_sentence_stay_apart():
    articles = _harbour(
        "Four tugboats towed the ferry off the sandbank near the pier.",
        "Five tugboats waited at the harbour mouth while rescuers checked the passengers.",
    )
    claims = _claims_by_text(analyze_corpus(articles))
    assert claims[("ferry-1", "Four")] is None
