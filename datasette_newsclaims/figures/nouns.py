"""The counted noun: the words after a count that say what is counted (``three men``).

Owns :func:`counted_noun` and the tests a phrase's words pass through. Must
not decide whether a number is a figure (:mod:`.counts`) or read units of
measure (:mod:`.units`).
"""
from __future__ import annotations

import re

from .lexicon import ADJ_BEFORE_NAMES, MONTHS, PLURAL_MODIFIERS, STOP, WEEKDAYS
from .number_words import CARDINAL_WORDS
from .unit_words import M_METERS

WORD_AFTER = re.compile(r"[ \t]+((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’\-]*)")
_NUMBER_TOKEN = re.compile(r"[ \t]+(?:\d[\d,.]*|(?:%s)(?:-[a-z]+)?)(?=[ \t])" % "|".join(CARDINAL_WORDS), re.I)
_OF_DET = re.compile(r"[ \t]+of[ \t]+(?:the|his|her|their|its|our|those|these|them|all|[A-Z][\w.]*['’]s)(?![\w])")


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
        if not words and (lw.endswith("ly") and lw not in ("family", "ally", "fly", "belly") or lw in ("most", "least")):
            pos = m.end()  # "twelve hundred mostly American students"
            continue
        if _ends_phrase(words, w, lw):
            break
        words.append(w)
        pos = m.end()
        if text.startswith((",", ".", ";", ":", ")", "?", "!"), pos):
            break
        if plural_head(w):
            nm = WORD_AFTER.match(text, pos)
            if not (nm and nm.group(1).islower() and plural_head(nm.group(1).rstrip("'’-"))):
                break  # a plural noun ends the phrase: "two bills call for", "850 settlers live here"
            # ... unless another plural follows it: "three sanctions resolutions"
    if not words:
        return None
    return " ".join(words)


def _ends_phrase(words: list[str], w: str, lw: str) -> bool:
    """``w`` cannot join the counted phrase ``words`` read so far."""
    if lw in STOP or lw in CARDINAL_WORDS or (words and (lw.endswith("ly") or lw.endswith("ed"))):
        return True
    if lw.endswith(("'s", "’s")) or w in WEEKDAYS or w in MONTHS:
        return True  # "was out for five Saturday": a day is no counted noun
    # "5 people Trump said"; but "1.8 million new California voters"
    return bool(words and w[0].isupper() and words[-1][0].islower() and words[-1].lower() not in ADJ_BEFORE_NAMES)


def plural_head(w: str) -> bool:
    """A plural noun (``bills``, ``Palestinians``): the head of the counted phrase, so the phrase ends.

    Plurals that modify a following noun (``news outlets``, ``sales tax``) are listed in
    PLURAL_MODIFIERS; ``-ss``/``-us``/``-is``/``-ics`` words are not plurals.
    """
    lw = w.lower()
    return (len(lw) > 3 and lw.endswith("s") and lw[-2] not in "su'’" and not lw.endswith(("ics", "ous", "is"))
            and lw.isalpha() and lw not in PLURAL_MODIFIERS)


def noun_follows(text: str, low: str, pos: int) -> bool:
    """A noun (or ``of``) follows ``pos``: ``5m people`` is millions, ``100m sprint`` meters."""
    if low.startswith(" of ", pos):
        return True
    m = WORD_AFTER.match(text, pos)
    return bool(m) and m.group(1).lower() not in STOP and m.group(1).lower() not in M_METERS
