"""Ranks: ``No. 1``, ``top 25``, ``a top-10 finish``, ``the third-largest``, ``finished second``.

Owns the patterns and readers that make a number a rank, and the rule that
an ordinal giving sequence (``the second time``, ``75th anniversary``) is no
figure. Must not read counts or units.
"""
from __future__ import annotations

import re

from .context import Figure, ScannedText, last_word
from . import identifiers
from .lexicon import NUMBERED_THINGS, NUMBERED_VEHICLES, RANK_VERBS, STOP, SUPERLATIVE_EXTRA
from .nouns import counted_noun

_SUPERLATIVE = re.compile(
    r"(?:-|[ \t]+)((?!(?:inter|t|requ|cont|prot|for|harv|gu|qu|conqu|bequ|r|[a-z]*w|n|v|ch|cr|sugg|inv|arr|manif|hon|mod|"
    r"dig|pri|att|det|earn|temp|beh|j|l|p|z)est(?![a-z]))[a-z]+est"
    r"|most|least|best|worst|place|placed|ranked|seeded|leading)(?![a-z])"
)
_RANK_IN_AFTER = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:[A-Z]{2,4}[ \t]+)?(?:history|world|nation|country|league|standings|polls|rankings|race)\b"
)
_RANK_END = re.compile(r"[ \t]*(?:[,.;]|in\b|among\b|on\b|overall\b|out\b)")
_RANK_BEFORE = re.compile(r"(?:(?<![a-z])(no\.|top|#)[ \t]*)\Z")
_RANK_WORDS = {"no.", "top"}
# "No 1" written without the point, after a word that makes it a ranking ("No 10" alone is Downing Street)
_NO_WITHOUT_POINT = re.compile(r"(?<![A-Za-z])(?:world|future|former|new|current|seeded|ranked|the|a)[ \t]+(No)[ \t]+\Z")


def read_ordinal(scan: ScannedText, s: int, e: int, value: float) -> int:
    """An ordinal is a rank before a superlative or ``place``, after ``finished``, or ``in the world``."""
    low = scan.low
    sm = _SUPERLATIVE.match(low, e)
    if sm:
        w = sm.group(1)
        if w == "place" and value == 1 and low.endswith("in the ", 0, s):
            return e  # "in the first place"
        if w.endswith("est") or w in SUPERLATIVE_EXTRA:
            end = sm.end() if sm.group(0).startswith("-") else e
            f = Figure(s, end, value, "rank", "place" if w == "place" else None)
            if w not in ("place", "placed"):
                noun = counted_noun(scan.text, sm.end())
                f.unit = noun if noun and noun[0].islower() else None
            return scan.emit(f)
    if _RANK_IN_AFTER.match(scan.text, e):
        return scan.emit(Figure(s, e, value, "rank"))
    if last_word(low, s) in RANK_VERBS and _RANK_END.match(low, e):
        return scan.emit(Figure(s, e, value, "rank"))
    return e  # sequence ordinal: "the second time", "75th anniversary"


def read_fused_rank(scan: ScannedText, s: int, e: int, raw: str, prev: str) -> int | None:
    """``a top-10 finish``, ``No.1``: a rank word fused to the digits."""
    low = scan.low
    if not ((prev == "-" and low.endswith("top-", 0, s) or prev == "." and low.endswith(" no.", 0, s)) and raw.isdigit()):
        return None
    start = s - 4 if prev == "-" else s - 3
    f = Figure(start, e, float(raw), "rank")
    f.unit = counted_noun(scan.text, e) if prev == "." else None
    return scan.emit(f)


# "the number one buyer", "the world's number two carmaker", "is number 1 in sales"; not "a number 10 shirt"
_NUMBER_RANK_BEFORE = re.compile(r"(?:(?<![a-z])(?:the|is|was|as|its|their|his|her)|['’]s)[ \t]+(number)[ \t]+\Z")
_NOUN_OR_IN_AFTER = re.compile(r"[ \t]+(?:[a-z][a-z-]+|in|on|at)\b")


def read_number_rank(scan: ScannedText, fig: Figure) -> int | None:
    """``the number one buyer``: ``number`` and a small number rank (kind rank, span from ``number``)."""
    low, s, e = scan.low, fig.start, fig.end
    m = _NUMBER_RANK_BEFORE.search(low, max(0, s - 20), s)
    if not (m and fig.value <= 10 and float(fig.value).is_integer() and _NOUN_OR_IN_AFTER.match(low, e)):
        return None
    nxt = low[e:e + 20].split()[0]
    if nxt in STOP and nxt not in ("in", "on", "at"):
        return None  # "as the number eight is associated with luck": the numeral itself
    fig.kind, fig.unit, fig.start = "rank", None, m.start(1)
    return scan.emit(fig)


def read_rank_before(scan: ScannedText, fig: Figure) -> int | None:
    """``top 25``, ``No. 1 seed``, ``#3``, ``the number one buyer``; ``the top three seeds`` stays a count of seeds."""
    low, s, e = scan.low, fig.start, fig.end
    if last_word(low, s) == "number":
        return read_number_rank(scan, fig)
    if not (last_word(low, s) in _RANK_WORDS or low[s - 1:s] == "#"):
        if s < 4 or scan.text[s - 4:s] != " No ":
            return None
        nb = _NO_WITHOUT_POINT.search(scan.text, max(0, s - 24), s)
        if not nb:
            return e  # "outside No 10": a house number
        fig.kind, fig.unit, fig.start = "rank", None, nb.start(1)  # "world No 1 Aryna Sabalenka", "a future No 1"
        return scan.emit(fig)
    rb = _RANK_BEFORE.search(low, max(0, s - 8), s)
    if not rb:
        return None
    noun = counted_noun(scan.text, e)
    if rb.group(1) != "top" and _is_numbered_thing(scan, rb.start(1), noun):
        return identifiers.skip_token(scan.text, e)  # "case No. 12", "Suite #5", "the No. 4 train"
    if rb.group(1) == "top" and noun:
        fig.unit = noun  # "the top three seeds"
        return scan.emit(fig)
    fig.kind, fig.unit, fig.bare = "rank", None, rb.group(1) == "top"
    fig.start = rb.start(1)  # "top 25", "No. 1"
    if rb.group(1) != "top":
        fig.unit = noun if noun and noun[0].islower() else None  # "No. 1 seed"; not "No. 17 Legacy" (a name)
    return scan.emit(fig)


def _is_numbered_thing(scan: ScannedText, sign_start: int, noun: str | None) -> bool:
    """``No.``/``#`` numbers a thing (``case No. 12``, ``wore No. 23``, ``the No. 4 train``) instead of ranking it."""
    before = last_word(scan.low, sign_start).strip("(,")
    return before in NUMBERED_THINGS or bool(noun) and noun.split()[0].lower() in NUMBERED_VEHICLES
