"""analyze_corpus() and the Linker: the same quote, person and claim across articles."""
from __future__ import annotations

from datasette_newsclaims import analyze_corpus
from datasette_newsclaims.corpus import Linker, corpus_result
from datasette_newsclaims.corpus.quote_match import same_quote
from datasette_newsclaims.corpus.words import quote_words

from corpus_stories import BUS_CRASH, FLOOD, MILL_FIRE, SCHOOL_BOARD

def _by_article(result: dict, kind: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for item in result[kind]:
        out.setdefault(item["article"], []).append(item)
    return out


def test_reprint_with_changed_last_word_and_other_speaker_is_one_group_flagged():
    articles = [
        {"id": "a", "source": "harbor-gazette.example", "published": "2024-03-05", "title": "Mill fire",
         "text": "A fire destroyed the old textile mill in Larkport on Monday night.\n\n\"We will rebuild every "
                 "home on this street, and we will do it together,\" said Mayor Dana Okafor on Tuesday."},
        {"id": "b", "source": "coastal-herald.example", "published": "2024-03-06", "title": "Larkport mill burns",
         "text": "Crews fought a blaze at the textile mill in Larkport.\n\n\"We will rebuild every home on this "
                 "street, and we will do it quickly,\" Fire Chief Tomas Reyes said on Tuesday."},
    ]
    result = analyze_corpus(articles)
    a, b = result["quotes"]
    assert a["group"] is not None and a["group"] == b["group"]
    assert a["person"] != b["person"]
    (group,) = result["quote_groups"]
    assert group["speakers_disagree"] is True
    assert set(group["speakers"]) == {"Dana Okafor", "Tomas Reyes"}
    assert group["first_article"] == "a"


def test_one_surname_two_people_in_unrelated_stories_are_not_merged():
    result = analyze_corpus(MILL_FIRE + SCHOOL_BOARD)
    quotes = _by_article(result, "quotes")
    fire_chief = quotes["fire-1"][0]["person"]
    assert quotes["fire-2"][0]["person"] == fire_chief  # the bare surname in the fire story is the chief
    board_member = quotes["school-2"][0]["person"]
    assert board_member != fire_chief
    assert quotes["school-1"][0]["person"] == board_member
    assert len(result["stories"]) == 2


def test_bare_surname_with_no_full_name_in_its_story_stays_apart():
    result = analyze_corpus(MILL_FIRE + SCHOOL_BOARD[:1])
    quotes = _by_article(result, "quotes")
    assert quotes["school-1"][0]["person"] != quotes["fire-1"][0]["person"]


def test_death_toll_15_and_16_in_two_reports_is_one_claim_that_disagrees():
    result = analyze_corpus(BUS_CRASH)
    tolls = [f for f in result["figures"] if f["value"] in (15, 16)]
    assert len(tolls) == 2 and tolls[0]["claim"] is not None and tolls[0]["claim"] == tolls[1]["claim"]
    (claim,) = [c for c in result["claims"] if c["id"] == tolls[0]["claim"]]
    assert claim["values_disagree"] is True
    assert (claim["min"], claim["max"]) == (15, 16)
    assert [v["article"] for v in claim["values"]] == ["crash-1", "crash-2"]


def test_same_number_in_unrelated_stories_is_not_one_claim():
    result = analyze_corpus(BUS_CRASH[:1] + MILL_FIRE)
    assert all(f["claim"] is None for f in result["figures"])


def test_stock_phrase_alone_does_not_make_one_quote():
    a = quote_words("At the end of the day, the council has to pass a budget that works for the schools.")
    b = quote_words("At the end of the day, I just want my son home safe and sound with his family.")
    assert not same_quote(a, b)


def test_trimmed_bracketed_and_elided_printings_are_one_quote():
    full = quote_words("We are going to find the people who did this and we are going to bring them to justice.")
    assert same_quote(full, quote_words("going to find the people who did this"))
    assert same_quote(full, quote_words("We are going to find the people who did this [in Larkport] and we are going"))
    assert same_quote(full, quote_words("We are going to find the people … and we are going to bring them to justice"))
    assert same_quote(full, quote_words("WE ARE GOING TO FIND THE PEOPLE WHO DID THIS"))


def test_linking_in_batches_equals_linking_at_once():
    articles = MILL_FIRE + SCHOOL_BOARD + BUS_CRASH
    at_once = Linker()
    at_once.add_articles(articles)
    in_batches = Linker()
    for start in range(0, len(articles), 2):
        in_batches.add_articles(articles[start : start + 2])
    assert corpus_result(in_batches) == corpus_result(at_once)


def test_adding_an_article_again_changes_nothing():
    linker = Linker()
    linker.add_articles(BUS_CRASH)
    before = corpus_result(linker)
    linker.add_articles(BUS_CRASH[:1])
    assert corpus_result(linker) == before


def test_items_linked_to_nothing_have_none():
    result = analyze_corpus(BUS_CRASH[:1])
    assert result["quotes"] and all(q["group"] is None for q in result["quotes"])
    assert all(f["claim"] is None for f in result["figures"])
    assert result["quotes"][0]["person"] is not None


def test_a_quote_split_in_two_by_one_article_is_one_group():
    result = analyze_corpus(FLOOD[:2])
    groups = {q["group"] for q in result["quotes"]}
    assert len(result["quotes"]) == 3 and len(groups) == 1 and None not in groups


def test_pronoun_credit_against_two_outlets_naming_the_speaker_is_corrected():
    result = analyze_corpus(FLOOD)
    by_article = _by_article(result, "quotes")
    (odd,) = by_article["flood-3"]
    assert odd["speaker"] == "Helena Marsh"
    assert odd["person"] == by_article["flood-1"][0]["person"]
    assert odd["speaker_corrected_from"] != "Helena Marsh"


def test_a_count_updated_in_a_later_report_is_one_claim():
    articles = [
        {"id": "ribs-1", "source": "a.example", "published": "2024-05-03", "title": "Senator hurt",
         "text": "State Senator Alma Teague of Brixton suffered five broken ribs when a neighbour tackled her in "
                 "her garden in Brixton, her office said."},
        {"id": "ribs-2", "source": "b.example", "published": "2024-05-06", "title": "Senator back",
         "text": "State Senator Alma Teague of Brixton said she suffered six broken ribs when a neighbour tackled "
                 "her in her garden in Brixton."},
    ]
    result = analyze_corpus(articles)
    ribs = [f for f in result["figures"] if f["value"] in (5, 6)]
    assert len(ribs) == 2 and ribs[0]["claim"] is not None and ribs[0]["claim"] == ribs[1]["claim"]
    assert [c["values_disagree"] for c in result["claims"]] == [True]


def test_name_variants_share_one_person_and_namesakes_do_not():
    from datasette_newsclaims.corpus.people import People

    people = People()

    def person(speaker, article):
        node, _ = people.global_node(speaker, article, article)
        return people.person(node)

    assert person("Apple Inc.", 0) == person("Apple", 1)
    assert person("Felipe Calderón", 2) == person("President Felipe Calderon", 3)
    assert person("George H.W. Bush", 4) != person("George W. Bush", 5)
    assert person("Donald Trump", 6) != person("Donald Trump Jr.", 7)
    assert person("Sen. Vladimir V. Putin", 8) == person("Vladimir Putin", 9)


def test_a_rounded_percent_in_another_report_is_one_claim_and_a_different_one_is_not():
    articles = [
        {"id": "corvex-1", "source": "a.example", "published": "2024-02-07", "title": "Corvex Labs results",
         "text": "Corvex Labs of Brandt Harbor reported quarterly results on Tuesday. Corvex Labs shares are up "
                 "39 percent this year, and revenue rose 12 percent, chief executive Lena Ostrova said."},
        {"id": "corvex-2", "source": "b.example", "published": "2024-02-08", "title": "Corvex Labs beats",
         "text": "Corvex Labs of Brandt Harbor beat forecasts, chief executive Lena Ostrova said. Corvex Labs "
                 "shares are up about 40% this year. Its Brandt Harbor plant cut costs by 15 percent."},
    ]
    result = analyze_corpus(articles)
    by_value = {f["value"]: f["claim"] for f in result["figures"] if f["kind"] == "percent"}
    assert by_value[39] is not None and by_value[39] == by_value[40]
    assert by_value[12] is None and by_value[15] is None


def _fire(article_id: str, published: str, speaker_line: str) -> dict:
    return {"id": article_id, "source": f"{article_id}.example", "published": published, "title": "Warehouse fire",
            "text": "A fire gutted the Kessler Freight warehouse in Orlen on Friday night.\n\n" + speaker_line +
                    "\n\nThe Kessler Freight warehouse stood on Orlen's Mill Road."}


def test_one_speakers_trimmed_printing_joins_but_the_same_words_from_someone_else_do_not():
    first = _fire("fire-a", "2024-08-02", '"It was total confusion in there, honestly, nobody knew where the doors '
                  'were," said Fire Marshal Ines Varga.')
    same_speaker = _fire("fire-b", "2024-08-03", '"Total confusion in there, honestly, nobody knew. People just ran," '
                         'Fire Marshal Ines Varga said.')
    other_speaker = _fire("fire-c", "2024-08-03", '"Total confusion in there, honestly, nobody knew. People just ran," '
                          'said Tomas Brandt, a driver.')
    by_article = _by_article(analyze_corpus([first, same_speaker]), "quotes")
    assert by_article["fire-a"][0]["group"] is not None
    assert by_article["fire-a"][0]["group"] == by_article["fire-b"][0]["group"]
    by_article = _by_article(analyze_corpus([first, other_speaker]), "quotes")
    assert by_article["fire-a"][0]["group"] is None


def _shooting(article_id: str, published: str, ages: str) -> dict:
    return {"id": article_id, "source": f"{article_id}.example", "published": published, "title": "Shooting",
            "text": f"Police in Garven said {ages} were shot outside the Elmwood Arcade on Saturday night. "
                    "Garven Police Chief Rosa Ibarra said the Elmwood Arcade would stay closed."}


def test_an_unnamed_age_a_year_apart_in_another_report_is_one_claim_unless_two_people_fit():
    first = _shooting("shot-1", "2024-09-07", "a 17-year-old boy and a 45-year-old woman")
    second = _shooting("shot-2", "2024-09-08", "an 18-year-old boy and a 45-year-old woman")
    ages = {(f["article"], f["value"]): f["claim"] for f in analyze_corpus([first, second])["figures"]}
    assert ages[("shot-1", 17)] is not None and ages[("shot-1", 17)] == ages[("shot-2", 18)]
    assert ages[("shot-1", 45)] == ages[("shot-2", 45)] != ages[("shot-1", 17)]
    two_boys = _shooting("shot-3", "2024-09-08", "a 17-year-old boy and an 18-year-old boy")
    ages = {(f["article"], f["value"]): f["claim"] for f in analyze_corpus([first, two_boys])["figures"]}
    assert ages[("shot-3", 18)] is None
