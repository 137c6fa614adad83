"""Mentions that are not dates after all, judged with the words around them once the tense is known.

``even today`` and ``Russia Today`` are no calendar day; ``the third quarter`` of
a game is no business quarter; a past-tense ``late August`` resolved to an
August whose late part is still ahead belongs to the story's year.

Owns: these judgements. Must not touch: detection (a rule's own filters live
with the rule), tense or resolution.
"""
from __future__ import annotations

import datetime as dt
import re

from .clauses import paragraph_start
from .mention import Mention, Resolved
from .tense import PAST, PRESENT, WEAK_PAST

_NAME_BEFORE = re.compile(r"[a-z,]\s+(?:[A-Z][\w.&]*\s+)*[A-Z][\w.&]*\s+$")
_VAGUE_TODAY = re.compile(
    r"(?:even|of)\s+(?:today|tomorrow)|[Tt]oday's\s+(?:world|society|economy|culture|youth|children|kids|generation|"
    r"politics|standards|market|climate|many|modern|America|environment|media|technology)"
)
_SPORTS = re.compile(
    r"\b(?:points?|scored?|scoring|touchdowns?|yards?|goals?|rebounds?|assists?|innings?|quarterback|game|"
    r"halftime|lead|led|trailed|basket|field goal|free throws?|three-pointers?|period)\b"
)
_FINANCE = re.compile(r"\b(?:profit|earnings|revenue|sales|net|loss|income|GDP|economy|growth|percent|%|share|fiscal)\b")
_SPORTS_DOC = re.compile(
    r"\b(?:touchdowns?|rebounds|assists|quarterback|halftime|innings?|free throws?|field goals?|NBA|NFL|NHL|yards|scored|coach)\b"
)


def _in_quote(text: str, pos: int) -> bool:
    """True when ``pos`` stands inside a quotation opened earlier in its paragraph."""
    para = text[paragraph_start(text, pos):pos]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\"“”'‘’`(\n—-])\s*$")


def vague_today(text: str, m: Mention, tense: str | None) -> bool:
    """ "even today", "Russia Today", "How can we remain neutral today": not a calendar day."""
    s, e = m.start, m.end
    if _VAGUE_TODAY.search(text, max(0, s - 8), min(len(text), e + 16)):
        return True
    if text[s] == "T" and (_NAME_BEFORE.search(text, max(0, s - 30), s) or not _SENTENCE_OPENS_BEFORE.search(
            text, max(0, s - 4), s)):
        return True  # "USA Today", "the Tonight Show": a capital mid-sentence makes it a name
    return (m.offset == 0 and tense in (None, PRESENT) and text[s:e].lower() == "today"
            and _in_quote(text, s))


def poll_window(text: str, m: Mention, ss: int, se: int) -> bool:
    """ "Have you voted in the past year?": a window in a question put to a respondent (or the reader)."""
    if m.kind != "rolling" or se - ss > 400:  # a question is short; a long "sentence" is never read whole
        return False
    end = text[ss:se].rstrip(" \n\"”'’)")
    return end.endswith("?") and _YOU.search(text, ss, se) is not None


_YOU = re.compile(r"\b(?:[Hh]ave|[Hh]as|[Dd]id|[Dd]o|[Dd]oes|[Aa]re|[Ww]ere|[Ww]ould|[Ww]ill|[Cc]ould)\s+you\b")
_PART_START = {"mid": 11, "late": 21, "end": 21}


def future_part(m: Mention, r: Resolved, published: dt.date | None, tense: str | None) -> bool:
    """True when a past-tense "late August" was resolved to an August whose late part is still ahead."""
    if m.kind != "date" or m.day is not None or m.mod not in _PART_START or published is None:
        return False
    if tense not in (PAST, WEAK_PAST) or r.resolved_from != "published":
        return False
    return r.start <= published < r.start.replace(day=_PART_START[m.mod])


def sports_quarter(text: str, ss: int, se: int, memo: dict) -> bool:
    """True when a quarter is a period of a game rather than of a business year.

    ``memo`` keeps the answer per sentence (and for the whole text under ``None``):
    a sentence with thousands of quarters is searched once, not once per quarter.
    """
    if ss not in memo:
        if _FINANCE.search(text, ss, se):
            memo[ss] = False
        elif _SPORTS.search(text, ss, se):
            memo[ss] = True
        else:
            if None not in memo:
                memo[None] = sum(1 for _ in zip(range(3), _SPORTS_DOC.finditer(text))) >= 3
            memo[ss] = memo[None]
    return memo[ss]
