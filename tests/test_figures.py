"""Figures: every number that states a quantity, normalized (GUIDE.md, "Figures").

Each test reads like usage: a sentence in, the figures it states out, as
(text, value, kind, unit) tuples; negatives assert that nothing comes out.
"""
from __future__ import annotations

import random
import time

import pytest
import sqlite_utils

from datasette_newsclaims.demo import seed_article
from datasette_newsclaims.figures import extract_figures
from datasette_newsclaims.store import extract_table


def figs(text, exclude=()):
    return [(f["text"], f["value"], f["kind"], f["unit"]) for f in extract_figures(text, exclude)]


def one(text):
    found = extract_figures(text)
    assert len(found) == 1, found
    return found[0]


# --- number forms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Police reported more than 4,300 shooting victims.", ("4,300", 4300.0, "count", "shooting victims")),
        ("The index fell 1.2 points.", ("1.2 points", 1.2, "measure", "points")),
        ("Chicago has 2.7 million residents.", ("2.7 million", 2_700_000.0, "count", "residents")),
        ("The fund lost $1.2bn last year.", ("$1.2bn", 1_200_000_000.0, "money", "USD")),
        ("The deal is worth S$232m, the bank said.", ("S$232m", 232_000_000.0, "money", "SGD")),
        ("Officers arrested three men.", ("three", 3.0, "count", "men")),
        ("She won twenty-five races.", ("twenty-five", 25.0, "count", "races")),
        ("They sold two hundred and fifty tickets.", ("two hundred and fifty", 250.0, "count", "tickets")),
        ("He bought a dozen eggs.", ("a dozen", 12.0, "count", "eggs")),
        ("The crowd held two dozen protesters.", ("two dozen", 24.0, "count", "protesters")),
        ("Half a dozen students attended.", ("Half a dozen", 6.0, "count", "students")),
        ("More than half a million people marched.", ("half a million", 500_000.0, "count", "people")),
        ("He spoke for four and a half hours.", ("four and a half hours", 4.5, "measure", "hours")),
        ("It took\xa0a quarter-century to build.", ("a quarter-century", 0.25, "measure", "centuries")),
        ("The parade was delayed for half an hour.", ("half an hour", 0.5, "measure", "hours")),
        ("He had driven more than a quarter mile away.", ("a quarter mile", 0.25, "measure", "miles")),
        ("Rates rose half a percentage point.", ("half a percentage point", 0.5, "percent", "percentage points")),
    ],
)
def test_number_forms(sentence, expected):
    assert figs(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("About half get a flu shot.", "half", 0.5),
        ("Nearly two-thirds of voters agreed.", "two-thirds", 2 / 3),
        ("A third of those screened were obese.", "A third", 1 / 3),
        ("One in five adults smokes.", "One in five", 0.2),
        ("Seven out of every 100 applicants got in.", "Seven out of every 100", 0.07),
        ("In that group, 177 out of every 100,000 were hospitalized.", "177 out of every 100,000", 0.00177),
        ("That is more than three times as many as Miami-Dade.", "three times", 3.0),
        ("It is 2 1/2 times higher than any other season.", "2 1/2 times", 2.5),
        ("Revenue grew more than sixfold.", "sixfold", 6.0),
        ("Hiring ran at roughly double the pace needed.", "double", 2.0),
        ("Apple would keep half the subscription revenue.", "half", 0.5),
        ("Prices fell by a third.", "a third", 1 / 3),
        ("The mass could be reduced by a third by removing the crew quarters.", "a third", 1 / 3),
        ("He has a one-in-five chance.", "one-in-five", 0.2),
        ("Voters backed it two-to-one.", "two-to-one", 2.0),
        ("The odds are 1 in a million.", "1 in a million", 1e-6),
    ],
)
def test_ratios_fractions_and_multiples(sentence, text, value):
    f = one(sentence)
    assert (f["text"], f["kind"]) == (text, "ratio")
    assert f["value"] == pytest.approx(value)


# --- kinds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Violent crime increased 5 percent.", ("5 percent", 5.0, "percent", "percent")),
        ("Unemployment ticked up to 5%.", ("5%", 5.0, "percent", "percent")),
        ("The index rose 19 per cent.", ("19 per cent", 19.0, "percent", "percent")),
        ("Sixty-six percent of those surveyed agreed.", ("Sixty-six percent", 66.0, "percent", "percent")),
        ("The Fed raised rates by a quarter-point.", ("a quarter-point", 0.25, "percent", "percent")),
        ("Yields rose 25 basis points.", ("25 basis points", 25.0, "percent", "basis points")),
    ],
)
def test_percentages(sentence, expected):
    assert figs(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("He paid $27,445 in restitution.", ("$27,445", 27445.0, "money", "USD")),
        ("It sells as a US$49 upgrade.", ("US$49", 49.0, "money", "USD")),
        ("Chrysler will receive CA$ 1 billion.", ("CA$ 1 billion", 1_000_000_000.0, "money", "CAD")),
        ("The fine was €2 million.", ("€2 million", 2_000_000.0, "money", "EUR")),
        ("His estate was put at £8.1bn.", ("£8.1bn", 8_100_000_000.0, "money", "GBP")),
        ("It sold for 361 million pounds.", ("361 million pounds", 361_000_000.0, "money", "GBP")),
        ("Profit reached 323 million euros.", ("323 million euros", 323_000_000.0, "money", "EUR")),
        ("The wage rose by 6 cents in September.", ("6 cents", 0.06, "money", "USD")),
        ("Shares closed at 164p.", ("164p", 1.64, "money", "GBP")),
        ("They received five million yen.", ("five million yen", 5_000_000.0, "money", "JPY")),
        ("It only cost thirteen dollars and forty-five cents.", ("thirteen dollars and forty-five cents", 13.45, "money", "USD")),
        ("It only cost 3 dollars 50.", ("3 dollars 50", 3.5, "money", "USD")),
        ("The loan reached RM120,000.", ("RM120,000", 120_000.0, "money", "MYR")),
        ("The shares fell to C$ 1.34.", ("C$ 1.34", 1.34, "money", "CAD")),
    ],
)
def test_money(sentence, expected):
    assert figs(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The rain left 2 inches of water.", ("2 inches", 2.0, "measure", "inches")),
        ("The car tops out at 55 mph.", ("55 mph", 55.0, "measure", "mph")),
        ("Warming must stay below 1.5°C.", ("1.5°C", 1.5, "measure", "°C")),
        ("Output hit 4.3 million barrels per day.", ("4.3 million barrels per day", 4_300_000.0, "measure", "barrels per day")),
        ("He was sentenced to five years in prison.", ("five years", 5.0, "measure", "years")),
        ("The standoff ended after a 36-hour siege.", ("36-hour", 36.0, "measure", "hours")),
        ("It has an 11.6-inch screen.", ("11.6-inch", 11.6, "measure", "inches")),
        ("The phone stores 256GB of photos.", ("256GB", 256.0, "measure", "GB")),
        ("The Dow rose 75.91 points.", ("75.91 points", 75.91, "measure", "points")),
        ("Davis scored 34 points in the win.", ("34 points", 34.0, "count", "points")),
    ],
)
def test_measures_and_durations(sentence, expected):
    assert figs(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Vancouver is the third-largest city.", ("third-largest", 3.0, "rank", "city")),
        ("Swansea finished in 10th place.", ("10th", 10.0, "rank", "place")),
        ("You take over the No. 1 seed in the AFC.", ("No. 1", 1.0, "rank", "seed")),
        ("None ranks among America's top 25 in population.", ("top 25", 25.0, "rank", None)),
        ("James is fifth in NBA history.", ("fifth", 5.0, "rank", None)),
        ("She earned a top-10 finish.", ("top-10", 10.0, "rank", None)),
        ("They are the No.1 seed.", ("No.1", 1.0, "rank", "seed")),
    ],
)
def test_ranks(sentence, expected):
    assert figs(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The president, Yoon, 63, spoke.", ("63", 63.0, "age", None)),
        ("Raymond Roth, 48, of Massapequa, was charged.", ("48", 48.0, "age", None)),
        ("The patient, 34, was flown to a hospital.", ("34", 34.0, "age", None)),
        ("Mayor Rahm Emanuel (D), 57, spoke.", ("57", 57.0, "age", None)),
        ("Bloomberg turned 74 on Valentine's Day.", ("74", 74.0, "age", None)),
        ("A 17-year-old girl was hurt.", ("17-year-old", 17.0, "age", "years")),
        ("The camp is for 5-year-olds.", ("5-year-olds", 5.0, "age", "years")),
        ("When she was five years old, she learned to ride.", ("five years old", 5.0, "age", "years")),
        ("Rates are tracked for people 65 and older.", ("65", 65.0, "age", "years")),
        ("All children ages 6 months and older should be vaccinated.", ("6 months", 6.0, "age", "months")),
        ("The victims, aged 19 and 22, were students.", ("19", 19.0, "age", "years")),
    ],
)
def test_ages(sentence, expected):
    """A bare age after a name states no unit (GUIDE: the unit is the measure the sentence names)."""
    assert figs(sentence)[0] == expected


def test_hash_for_the_pound_sign_in_old_wire_text():
    assert figs("Songs are sold for #0.79 per song.") == [("#0.79", 0.79, "money", "GBP")]
    assert figs("Police found #34,000 in cash.")[0][:4] == ("#34,000", 34000.0, "money", "GBP")
    assert figs("The #1 seed lost.")[0][2] == "rank"


def test_pounds_are_money_with_a_scale_or_a_conversion_else_weight():
    assert figs("The book cost 189 pounds (280 euros).") == [
        ("189 pounds", 189.0, "money", "GBP"), ("280 euros", 280.0, "money", "EUR")]
    assert figs("He lost 20 pounds in a month.") == [("20 pounds", 20.0, "measure", "pounds")]


def test_compounds_count_their_word_or_the_noun_after():
    assert figs("He is a two-term mayor.") == [("two-term", 2.0, "count", "terms")]
    assert figs("A 5,000-strong crowd gathered.") == [("5,000-strong", 5000.0, "count", "crowd")]


def test_the_counted_noun_ends_at_its_plural_head_not_at_the_verb_after_it():
    assert figs("As drafted, the two bills call for doubling it.") == [("two", 2.0, "count", "bills")]
    assert figs("Some 850 Israeli settlers live in the area.") == [("850", 850.0, "count", "Israeli settlers")]
    assert figs("Three news outlets reported it.") == [("Three", 3.0, "count", "news outlets")]
    assert figs("Three sanctions resolutions passed.") == [("Three", 3.0, "count", "sanctions resolutions")]
    assert figs("Smith was out for five Saturday at the start of the slide.") == [("five", 5.0, "count", None)]


def test_frequencies_are_counts_of_times_and_multiples_are_ratios():
    assert figs("He was sacked five times and lost a fumble.") == [("five times", 5.0, "count", "times")]
    assert figs("He practices twice a week.") == [("twice", 2.0, "count", "times")]
    assert figs("It is twice as loud.") == [("twice", 2.0, "ratio", None)]
    assert figs("The stock trades at 6.5 times earnings.") == [("6.5 times", 6.5, "ratio", None)]


def test_times_at_a_level_is_a_multiple():
    assert figs("The rule bars loans that put leverage at six times or higher.") == [("six times", 6.0, "ratio", None)]
    assert figs("A quarter of the buyouts topped seven times.")[-1] == ("seven times", 7.0, "ratio", None)
    assert figs("He was shot at least six times.") == [("six times", 6.0, "count", "times")]


# --- ranges, qualifiers, units -------------------------------------------------------------


def test_ranges_give_one_figure_per_number_with_the_shared_unit():
    assert figs("Prices rose 10 to 12 percent.") == [
        ("10", 10.0, "percent", "percent"),
        ("12 percent", 12.0, "percent", "percent"),
    ]
    assert figs("Contracts provide US$300 to 350 million a year.") == [
        ("US$300", 300_000_000.0, "money", "USD"),
        ("350 million", 350_000_000.0, "money", "USD"),
    ]
    assert figs("It could take between 12 and 18 months to complete.") == [
        ("12", 12.0, "measure", "months"),
        ("18 months", 18.0, "measure", "months"),
    ]
    assert figs("Lunch costs eight or nine euros.") == [
        ("eight", 8.0, "money", "EUR"),
        ("nine euros", 9.0, "money", "EUR"),
    ]


def test_sports_scores_and_vote_tallies_are_one_count():
    # one figure; its unit says what the numbers count (figures/scores.py)
    assert figs("England lost to a 1-0 win by Germany.") == [("1-0", 1.0, "count", "points")]
    assert figs("The committee voted 13-10 against him.") == [("13-10", 13.0, "count", "votes")]
    assert figs("Bristol City beat Charlton 2-1 on Saturday.") == []  # right after a name: read as part of it


def test_age_after_a_person_noun_in_headline_style():
    assert figs("Man faces charges in death of pregnant girl, 15, and unborn child") == [("15", 15.0, "age", None)]


def test_ages_in_lists_and_ranges():
    assert figs("Police described a 20- to 25-year-old man.") == [("20", 20.0, "age", "years"), ("25-year-old", 25.0, "age", "years")]
    assert figs("The deceased men, ages 26, 29 and 31, were named.") == [
        ("26", 26.0, "age", "years"), ("29", 29.0, "age", "years"), ("31", 31.0, "age", "years")]
    assert figs("Adults aged 18-34 were asked.") == [("18", 18.0, "age", "years"), ("34", 34.0, "age", "years")]


@pytest.mark.parametrize(
    "sentence, qualifier",
    [
        ("More than 433 people have been murdered.", "more than"),
        ("It was almost 20 years ago that he left, after nearly 30 years.", "nearly"),
        ("About 5.6 billion shares changed hands.", "about"),
        ("They opened at least 2 million accounts.", "at least"),
        ("It may receive up to CA$ 7.5 billion.", "up to"),
        ("Officials counted 80 countries.", None),
    ],
)
def test_qualifiers_are_kept_apart_from_the_figure_text(sentence, qualifier):
    f = extract_figures(sentence)[-1]
    assert f["qualifier"] == qualifier
    assert not f["text"].lower().startswith(("more", "about", "at least", "up to", "nearly", "almost"))


def test_counted_noun_skips_the_of_the_determiner():
    assert figs("Six of the pediatric deaths were reported this week.") == [("Six", 6.0, "count", "pediatric deaths")]
    assert figs("Five of the nine justices agreed.")[0] == ("Five", 5.0, "count", "justices")


def test_offsets_match_the_text():
    text = "In 2016, 1,200 supporters paid $25 each; about 90 percent were local."
    for f in extract_figures(text):
        assert text[f["start"]:f["end"]] == f["text"]
    assert [f["text"] for f in extract_figures(text)] == ["1,200", "$25", "90 percent"]


# --- negatives -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The lawsuit was filed in 2017.",
        "The 2016 campaign was long.",
        "Both parties courted voters in the 2016 elections.",
        "The 2018 figures show a rise.",
        "Debates in the 2008 and 2012 cycles drew crowds.",
        "He rolled over his 401(k) plan.",
        "Call 1-800-FLOWERS today.",
        "The city filed its lawsuit on Aug. 7.",
        "She died on September 8 in Dar es Salaam.",
        "The meeting starts at 10:30 a.m. and ends at 5 p.m.",
        "The FIRST STEP Act passed the Senate.",
        "COVID-19 cases rose in the spring.",
        "In the S&P 500 utilities held up.",
        "He is one of the best players.",
        "Dozens of people were hurt and hundreds of homes burned.",
        "Sales doubled after the launch.",
        "It was the second time he had lost.",
        "Saturday is the 75th anniversary of the act.",
        "Call 555-1234 or visit 1600 Pennsylvania Avenue.",
        "Call the Sheriff's Department at (916) 874-5115, or 916-874-8477 anonymously.",
        "The USS Juneau (LPD 10) arrived in Zhanjiang on Wednesday.",
        "Photo: Bexar County Jail Image 2 of 6 Caption Close",
        "Teen shot to death 1 / 6 Back to Gallery",
        "Police stopped Victor N. Burton at 3170 W. County Road on Monday.",
        "The Class of 2020 graduated online.",
        "Another aim is to make 5G available.",
        "Apple's new iPhone 11 Pro has three cameras." and "Apple's new iPhone 11 Pro was shown.",
        "The category 4 hurricane made landfall.",
        "Several million people watched.",
        "Americans killed since 9/11 number fewer than expected.",
        "It happened in the first half of last year.",
        "They met two weeks later.",
        "In the first nine months, GMAC's earnings fell.",
        "For the six months ended Aug. 12, Provigo posted a loss.",
        "That left Yankee Stadium in the first place.",
        "This post mentions products from one or more of our advertisers.",
        "They fell one by one.",
        "Text a tip to PPD TIP (773847).",
        "Grandview reached the 5A quarterfinals.",
        "It has been observed since 1944, two years after the founding.",
        "4. Travello",
        "Think of what you have.\n\n10 Be thankful.",
        "The movie 13 Hours opened on Friday.",
        "She heard the shots and called 911.",
        "Buyers may want to think twice.",
        "The Chargers recovered at the Denver 7 yard line.",
        "The store is at 421 Route 59, Suite 5.",
        "This week:\n\n1 Donald Trump.\n\n2 Ted Cruz.",
        "Police found a .45-caliber pistol.",
        "State number 43 does this.",
        "{ text-align:left; width:100%; }",
    ],
)
def test_not_figures(sentence):
    assert figs(sentence) == []


def test_exclude_spans_of_dates():
    text = "In the first nine months of this year, 12 people died."
    start = text.index("the first nine months")
    end = start + len("the first nine months of this year")
    assert figs(text, exclude=[(start, end)]) == [("12", 12.0, "count", "people")]
    assert all(f["start"] >= end or f["end"] <= start for f in extract_figures(text, [(start, end)]))


# --- robustness and speed ------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "", 5, b"12 people", "\x00" * 10, "İ" * 50 + " 12 people"])
def test_never_crashes(value):
    out = extract_figures(value)
    assert isinstance(out, list)


def test_malformed_exclude_entries_are_ignored():
    assert figs("12 people came.", exclude=[None, (1,), ("a", "b"), (0, 1)]) == []
    assert figs("12 people came.", exclude=[None, (5, 9)]) == [("12", 12.0, "count", "people")]


def test_random_strings_never_crash_and_offsets_hold():
    rng = random.Random(5)
    alphabet = "0123456789 ,.-/$%£€abcdefghijklmnopqrstuvwxyzABC:;()'\"\n½–"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        for f in extract_figures(text):
            assert text[f["start"]:f["end"]] == f["text"]
            assert f["end"] > f["start"]


@pytest.mark.parametrize("unit", ["1,", "one ", "one-", "1- ", "1 to ", "- ", "$", "5" + "a" * 50, "Mr X, 45, "])
def test_repetitive_inputs_take_linear_time(unit):
    """No rule rescans the rest of the text from each number (that once took minutes)."""
    text = unit * (20_000 // len(unit))
    t0 = time.perf_counter()
    extract_figures(text)
    assert time.perf_counter() - t0 < 2.5


# --- the claims view ------------------------------------------------------------------------


def test_claims_view_pairs_the_seed_figure_with_its_speaker(tmp_path):
    doc = seed_article()  # bundled with the package: no ../shared needed
    db = sqlite_utils.Database(tmp_path / "news.db")
    db["articles"].insert({"id": doc["id"], "title": doc["title"], "body": doc["text"], "published": doc["published"]}, pk="id")
    extract_table(db, "articles", "body", "published", "title")
    rows = list(db.query("select figure, value, kind, unit, speaker from newsclaims_claims where figure = '4,300'"))
    assert rows == [{"figure": "4,300", "value": 4300.0, "kind": "count", "unit": "shooting victims", "speaker": "Jeff Sessions"}]


def test_a_text_of_numbers_only_is_read_up_to_max_numbers():
    """Digit spam (a public SQL function's worst case) stops after MAX_NUMBERS numbers."""
    from datasette_newsclaims.figures import MAX_NUMBERS

    figures = extract_figures("1.5 " * (MAX_NUMBERS + 1_000))
    assert len(figures) == MAX_NUMBERS
    assert figures[-1]["value"] == 1.5


def test_the_prefix_factored_scan_finds_what_the_plain_word_list_finds():
    """The scan's pattern is factored by common prefixes for speed; it must match the same spans."""
    import re

    from datasette_newsclaims.figures.context import alternation, trie_alternation

    words = ["seven", "seventeen", "seventh", "seventy", "six", "sixth", "sixteen", "second", "half", "halves"]
    plain = re.compile(r"\b(?:%s)(?:fold)?\b" % alternation(words))
    factored = re.compile(r"\b(?:%s)(?:fold)?\b" % trie_alternation(words))
    text = "seventeen sevenfold seventh seventy-six sixteenths halves half-time sevens secondhand sixth seven"
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text)):  # the scan searches on from the middle of words too
        a, b = plain.search(text, pos), factored.search(text, pos)
        assert (a and a.span()) == (b and b.span())
