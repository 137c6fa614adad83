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
             "title": "Ferry aground at Osric Pier",
             "text": lead + body + " Edda Vorn praised the crews of Tallow Bay."}
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


def test_a_count_naming_no_event_joins_the_one_claim_several_reports_share_of_its_value():
    lead = "A bus and a van collided on Marlow Road in Teslin on Friday, Sergeant Ona Pike said. "
    articles = [
        {"id": "marlow-1", "source": "one.example", "published": "2024-09-06", "title": "Marlow Road crash",
         "text": lead + "Three people were injured in the crash, Ona Pike said."},
        {"id": "marlow-2", "source": "two.example", "published": "2024-09-07", "title": "Marlow Road crash",
         "text": lead + "Three people were injured on Marlow Road. Three others, including two boys from Teslin, "
                        "were taken to Teslin General. Three men were arrested at the scene, Ona Pike said."},
    ]
    figures = {(f["article"], f["unit"]): f["claim"] for f in analyze_corpus(articles)["figures"]}
    injured = figures[("marlow-1", "people")]
    assert injured is not None
    assert figures[("marlow-2", "others")] == injured
    assert figures[("marlow-2", "men")] != injured


def test_an_age_joins_the_person_it_names_when_reports_spell_the_name_a_letter_apart():
    lead = "A car crash on Orrin Road in Tamsett left two drivers hurt on Friday night. "
    articles = [
        {"id": "orrin-1", "source": "one.example", "published": "2024-02-02", "title": "Orrin Road crash",
         "text": lead + "Police said 19-year-old Kasia Wendell was driving the first car on Orrin Road in Tamsett."},
        {"id": "orrin-2", "source": "two.example", "published": "2024-02-03", "title": "Tamsett crash drivers named",
         "text": lead + "Kasia Wendel, 19, was driving the first car on Orrin Road in Tamsett, police said."},
        {"id": "orrin-3", "source": "three.example", "published": "2024-02-03", "title": "Orrin Road crash",
         "text": lead + "Jonas Pell, 19, drove the other car on Orrin Road in Tamsett, police said."},
    ]
    claims = _claims_by_text(analyze_corpus(articles))
    wendell = claims[("orrin-1", "19-year-old")]
    assert wendell is not None and wendell == claims[("orrin-2", "19")]
    assert claims[("orrin-3", "19")] != wendell  # another name, the same age: another person


def test_story_spellings_join_long_names_one_edit_apart_only():
    from datasette_newsclaims.corpus.claims import story_spellings

    assert story_spellings(["dillon", "dillion", "brown", "crown", None]) == {
        "dillon": "dillon", "dillion": "dillon", "brown": "brown", "crown": "crown"}
