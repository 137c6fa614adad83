"""The counted noun: the words after a count that say what is counted (``three men``).

Owns :func:`counted_noun` and the tests a phrase's words pass through. Must
not decide whether a number is a figure (:mod:`.counts`) or read units of
measure (:mod:`.units`).
"""
from __future__ import annotations

import re

from .lexicon import ADJ_BEFORE_NAMES, MONTHS, ONE_COUNTED_NOUNS, PLURAL_MODIFIERS, STOP, WEEKDAYS
from .number_words import CARDINAL_WORDS, ORDINALS
from .unit_words import M_METERS, SCALE_WORDS

# after the counted noun these say what became of it: "left one man dead", "two people hurt"
_PREDICATE_WORDS = {"dead", "alive", "hurt", "missing", "shot", "brought", "stuck", "safe", "unharmed", "unhurt",
                    "ill", "sick", "unaccounted", "hospitalized", "homeless", "jobless", "left", "total"}
# adverbs of place that follow a noun: "three people inside", "one floor below"
_PLACE_ADVERBS = {"below", "above", "inside", "outside", "near", "behind", "beside", "away", "apart", "ahead", "along",
                  "aboard", "atop", "alongside", "underneath", "nearby", "overseas", "abroad", "downstairs", "upstairs"}
# ... and those that cannot start the phrase either ("12 below his average"; but "two nearby pedestrians")
_PLACE_ADVERBS_FIRST = {"below", "above", "ahead", "behind", "apart", "away", "along", "aboard", "overseas", "abroad"}
# ... and these only where a preposition's object or the clause's end follows ("three inside the house"; but
# "two outside groups")
_PLACE_PREPOSITIONS = {"inside", "outside", "upstairs", "downstairs"}
_OBJECT_OR_END_AFTER = re.compile(r"[ \t]*[,.;:!?)]|[ \t]+(?:the|a|an|his|her|their|its|our|my|of|and)\b")
# plurals without an -s: they end a counted phrase like "bills" does
IRREGULAR_PLURAL_HEADS = {"people", "men", "women", "children", "police", "personnel", "staff", "cattle", "feet",
                          "teeth", "mice", "geese", "policemen", "gunmen", "firemen", "businessmen", "congressmen",
                          "servicemen", "chairmen", "fishermen", "spokesmen", "tradesmen", "horsemen"}
# nouns in -ing that may end a counted phrase ("two office buildings" ends at its plural anyway)
_ING_NOUNS = {"building", "housing", "clothing", "ceiling", "meeting", "hearing", "rating", "offering", "filing",
              "listing", "setting", "crossing", "painting", "recording", "wedding", "morning", "evening", "opening",
              "spending", "funding", "training", "shooting", "killing", "bombing", "warning", "landing", "sighting"}
WORD_AFTER = re.compile(r"[ \t]+((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’\-]*)")
_NUMBER_TOKEN = re.compile(r"[ \t]+(?:\d[\d,.]*|(?:%s)(?:-[a-z]+)?)(?=[ \t])" % "|".join(CARDINAL_WORDS), re.I)
# a number right after the phrase: the word was a verb ("the 787-9 holds 250", "the jet seats 211")
_NUMBER_NEXT = re.compile(r"[ \t]+(?:between[ \t]+)?(?!(?:1[89]|20)\d\d\b)\d")
_OF_DET = re.compile(r"[ \t]+of[ \t]+(?:the|his|her|their|its|our|those|these|them|all|(?:[A-Z][\w.]*[ \t]){0,3}[A-Z][\w.]*[ \t]?['’]s)(?![\w])"
                     r"(?:[ \t]+(?:past|last|next|first|previous|remaining|other)(?=[ \t]+(?:\d|[a-z]+[ \t])))?")


# a model number inside the counted phrase: "400 737 Max jets", "30 of its 787-9 Dreamliner jets"
_MODEL_TOKEN = re.compile(r"[ \t]+(?:([a-z]+)[ \t]+)?(?:[A-Z]{1,2}-?)?\d{3,4}(?:-\d{1,4}[A-Z]{0,2}|[a-zA-Z]{1,3})?(?=[ \t])")
_NAME_WORD = re.compile(r"[ \t]+([A-Z][A-Za-z]+)(?=[ \t])")
_LOWER_NOUN = re.compile(r"[ \t]+([a-z][a-z\-]*[a-z])\b")


def noun_after_model(text: str, pos: int) -> str | None:
    """The noun a count counts across a model number: ``five 787 Dreamliner sales`` -> ``sales``.

    The model number and the product names after it (``Max``, ``Dreamliner``) modify the
    noun; the first lower-case word after them is the counted noun, if it is one.
    """
    window = text[pos:pos + 40]
    if not any(c.isdigit() for c in window):
        return None  # no number ahead: no model number either
    m = _OF_DET.match(text, pos)
    mm = _MODEL_TOKEN.match(text, m.end() if m else pos)
    if not mm or mm.group(1) and (mm.group(1) in STOP or mm.group(1) in CARDINAL_WORDS):
        return None  # "10 and 14 and 458 women", "647 in 133 matches": a second number, no model
    end = mm.end()
    for _ in range(2):
        nm = _NAME_WORD.match(text, end)
        if not nm:
            break
        end = nm.end()
    wm = _LOWER_NOUN.match(text, end)
    if wm and wm.group(1) in SCALE_WORDS:
        return None  # "600,000 of Brazil's 183 million citizens": a number with a scale, no model
    if not wm or wm.group(1) in STOP or wm.group(1) in _NOT_NOUNS or wm.group(1).endswith(("ly", "ed")):
        return None
    return wm.group(1)


def counted_noun(text: str, pos: int) -> str | None:
    """The counted noun phrase right after ``pos`` (at most three words), or None."""
    words: list[str] = []
    m = _OF_DET.match(text, pos)
    if m:  # "six of the pediatric deaths", "five of the nine justices"
        pos = m.end()
        n = _NUMBER_TOKEN.match(text, pos)
        if n:
            pos = n.end()
    for _ in range(4):
        m = WORD_AFTER.match(text, pos)
        if not m:
            break
        w = m.group(1).rstrip("'’-")
        lw = w.lower()
        if not words and (lw.endswith("ly") and lw not in ("family", "ally", "fly", "belly") or lw in _INTENSIFIERS):
            pos = m.end()  # "twelve hundred mostly American students"
            continue
        if not words and lw in ("more", "additional", "further", "fewer") and _LOWER_WORD_NEXT.match(text, m.end()):
            rest = counted_noun(text, m.end())
            if rest and is_plural_noun(rest.rsplit(" ", 1)[-1]):
                return rest  # "three more suspects", "two additional officers"; not "11,000 more join"
        if _ends_phrase(words, w, lw) or not words and lw in _PLACE_PREPOSITIONS and _OBJECT_OR_END_AFTER.match(text, m.end()):
            break
        words.append(w)
        pos = m.end()
        if text.startswith((",", ".", ";", ":", ")", "?", "!"), pos):
            break
        if plural_head(w):
            nm = WORD_AFTER.match(text, pos)
            if not (nm and nm.group(1).islower() and _regular_plural(nm.group(1).rstrip("'’-").lower())):
                break  # a plural noun ends the phrase: "two bills call for", "850 settlers live here"
            # ... unless another plural follows it: "three sanctions resolutions"
    if not words or len(words) == 1 and words[0][-1] == "s" and words[0].islower() and _NUMBER_NEXT.match(text, pos):
        return None
    if len(words) == 1 and _is_bare_participle(text, pos, words[0]):
        return None  # "three receiving", "20-of-24 passing for": a participle, the counted noun is elided
    return " ".join(words)


def _is_bare_participle(text: str, pos: int, w: str) -> bool:
    """``w`` ends in -ing and nothing it could modify follows: ``three receiving.``, ``300,000 going to``."""
    if not (len(w) >= 5 and w.endswith("ing") and w.islower() and w not in _ING_NOUNS and w not in _ING_NOUNS_MORE
            and w not in _PEOPLE_ADJECTIVES):
        return False
    m = WORD_AFTER.match(text, pos)
    return not m or m.group(1).lower() in STOP or text[pos:pos + 1] in ",.;:)!?"


_ING_NOUNS_MORE = {"reading", "readings", "thing", "swing", "sting", "sling", "spring", "string", "bring", "fling", "earnings", "evening", "ceiling", "offspring", "building", "darling",
                   "sibling", "duckling", "seedling", "lightning", "pudding", "stuffing", "bedding", "pending"}


def _ends_phrase(words: list[str], w: str, lw: str) -> bool:
    """``w`` cannot join the counted phrase ``words`` read so far."""
    if lw in STOP or lw in CARDINAL_WORDS or lw in ORDINALS or (words and (lw.endswith("ly") or lw.endswith("ed"))):
        return True
    if words and words[-1].lower() in _PEOPLE_ADJECTIVES:
        return True  # "96 missing following the mudflow": the adjective stands for the people
    if words and (lw in _PREDICATE_WORDS or lw in _PLACE_ADVERBS or lw in _PAST_VERBS) or lw in _PLACE_ADVERBS_FIRST:
        return True  # "one man dead", "three people inside", "160 guards along the route", "2.5 ahead of"
    if words and lw.endswith("ing") and lw not in _ING_NOUNS and words[-1].lower() in ONE_COUNTED_NOUNS:
        return True  # a participle after the noun: "one suspect hiding" (plural heads end the phrase anyway)
    if lw.endswith(("'s", "’s")) or w in WEEKDAYS or w in MONTHS:
        return True  # "was out for five Saturday": a day is no counted noun
    # "5 people Trump said"; but "1.8 million new California voters"
    return bool(words and w[0].isupper() and words[-1][0].islower() and words[-1].lower() not in ADJ_BEFORE_NAMES)


# nouns that count in the singular form: "12 staff", "five aircraft", "20 police"
_INVARIANT_NOUNS = {"aircraft", "staff", "personnel", "police", "deer", "sheep", "fish", "series", "species", "offspring",
                    "crew", "cattle", "livestock", "militia", "clergy", "faculty", "infantry", "artillery", "youth",
                    "head", "hectare", "percent", "dozen", "k", "bn", "m", "million", "billion", "thousand"}


def is_plural_noun(w: str) -> bool:
    """``voters``, ``front-runners``, ``people``, ``aircraft``: a word a number above one can count."""
    lw = w.lower().rstrip("'’")
    if lw in IRREGULAR_PLURAL_HEADS or lw in _INVARIANT_NOUNS:
        return True
    return len(lw) > 2 and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous"))


# adverbs before the counted phrase: "two very good friends", "five mostly young men"
_INTENSIFIERS = {"most", "least", "very", "extremely", "really", "so", "quite", "rather", "fairly", "pretty"}
_LOWER_WORD_NEXT = re.compile(r"[ \t]+(?!(?:than|of|in|on|at|to|for|and|or|than|people's)\b)[a-z]")
_TOKEN_AFTER = re.compile(r"[ \t]+((?:[A-Z]\.){2,}|[A-Za-z0-9][\w'’\-]*)")
# single words that are no counted noun after a number above one: adjectives, participles, adverbs
_NOT_NOUNS = set("""
new other major minor active senior junior high low short long free late central vital different original brave
viable unhappy uniformed living together overall total many grand young old big small large great good bad main key
local national international federal public private political economic social financial military civil foreign
domestic recent current former future early final annual daily weekly monthly additional extra several various
certain similar separate entire whole single only own further potential possible likely real actual powerful strong
weak rich poor wealthy full part-time full-time eligible available remaining straight consecutive alive
ago apiece each respectively combined altogether alone
""".split())
# irregular past tenses: after a number they are verbs ("the 12 met", "400 jobs cut")
_PAST_VERBS = set("""
shot met cut hit put set led fled held left lost won told made paid sent spent kept found brought bought built caught
fought taught thought sold stood wore ran came went saw knew grew threw drew flew gave took rose fell began
""".split())
_NOT_NOUNS |= _PAST_VERBS


# adjectives that name people when counted: "20 million injured", "three dead", "5,000 displaced"
_PEOPLE_ADJECTIVES = {"injured", "wounded", "dead", "missing", "hurt", "killed", "displaced", "homeless", "unemployed",
                      "elderly", "accused", "infected", "detained", "arrested", "affected", "evacuated", "insured",
                      "uninsured", "disabled"}


PEOPLE_ADJECTIVES = frozenset(_PEOPLE_ADJECTIVES)


def noun_up_to_plural(text: str, pos: int, phrase: str) -> str | None:
    """The counted phrase after a number above one, carried on to its plural head.

    ``22 new Boeing 787 jets`` -> ``new Boeing 787 jets``; None when the phrase is one adjective
    or participle with no plural after it (``four injured``, ``five major``); else ``phrase``.
    """
    words = phrase.split()
    found = text.find(words[-1], pos, pos + 200)
    if found < 0:
        return phrase
    end = found + len(words[-1])
    tokens = list(words)
    for _ in range(4):
        m = _TOKEN_AFTER.match(text, end)
        if not m or m.group(1).lower() in STOP:
            break
        tokens.append(m.group(1))
        end = m.end()
        if is_plural_noun(m.group(1)) and not m.group(1)[0].isdigit():
            return " ".join(tokens)
    first = words[0].lower()
    if first in _NOT_NOUNS and len(words) == 1 or first.endswith(("ed", "ly")) and first not in _PEOPLE_ADJECTIVES:
        return None  # "five major", "12 opened downtown"
    return phrase


def plural_head(w: str) -> bool:
    """A plural noun (``bills``, ``Palestinians``): the head of the counted phrase, so the phrase ends.

    Plurals that modify a following noun (``news outlets``, ``sales tax``) are listed in
    PLURAL_MODIFIERS; ``-ss``/``-us``/``-is``/``-ics`` words are not plurals.
    """
    lw = w.lower()
    return lw in IRREGULAR_PLURAL_HEADS or _regular_plural(lw)  # "five people dead", "two men carrying a gun"


def _regular_plural(lw: str) -> bool:
    return (len(lw) > 3 and lw.endswith("s") and lw[-2] not in "su'’" and not lw.endswith(("ics", "ous", "is"))
            and (lw.isalpha() or lw.replace("-", "").isalpha()) and lw not in PLURAL_MODIFIERS)  # "fact-checkers"


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children", "foot": "feet",
                      "tooth": "teeth", "mouse": "mice", "goose": "geese", "life": "lives", "knife": "knives",
                      "wife": "wives", "leaf": "leaves", "half": "halves", "shelf": "shelves", "thief": "thieves",
                      "series": "series", "species": "species", "aircraft": "aircraft", "sheep": "sheep"}


def noun_plural(word: str) -> str:
    """The English plural of a singular noun taken from a compound: ``store`` -> ``stores``, ``city`` -> ``cities``."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("man") and len(word) > 4:
        return word[:-3] + "men"  # "chairman", "policeman"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def noun_follows(text: str, low: str, pos: int) -> bool:
    """A noun (or ``of``) follows ``pos``: ``5m people`` is millions, ``100m sprint`` meters."""
    if low.startswith(" of ", pos):
        return True
    m = WORD_AFTER.match(text, pos)
    return bool(m) and m.group(1).lower() not in STOP and m.group(1).lower() not in M_METERS
