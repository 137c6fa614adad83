"""Hyphenated compounds after a number: ``36-hour``, ``two-term``, ``a 5,000-strong crowd``, ``7- or 8-inch``.

Owns :func:`read_compound`, called when a hyphen follows the core number:
a range (``10-12``, read on as two numbers or one score), a suspended
compound, or ``N-head`` where the head decides the kind (an age, a unit, a
currency, a counted noun, or a name such as ``three-pointer``). Must not read
what follows a space (:mod:`.classify`).
"""
from __future__ import annotations

import re

from . import identifiers
from .ages import AGE_GROUP_AFTER
from .context import Figure, ScannedText
from .counts import read_count
from .currency_words import CURRENCY_WORDS
from .money import AMBIGUOUS_WITHOUT_SCALE as _AMBIGUOUS_WITHOUT_SCALE, cents_currency
from .lexicon import SCORE_NOUNS, STOP
from .scores import score_unit
from .nouns import WORD_AFTER, counted_noun, noun_plural
from .number_words import CARDINAL_WORDS, parse_number_words
from .unit_words import AGE_UNITS, COUNT_COMPOUNDS, FUSED_ONLY_UNITS, MEASURE_UNITS, SKIP_COMPOUNDS
from .units import plural

_COMPOUND = re.compile(r"-([a-z]+(?:-[a-z]+){0,3})")
_SUSPENDED = re.compile(r"[-–],?[ \t]{1,3}(?:(?:or|and|to)[ \t]+)?(?:[\w.]{1,12}[-–],?[ \t]{1,3}(?:(?:or|and)[ \t]+)?){0,4}[\w.]{1,12}-([a-z]+)")
_RANGE_DASH = re.compile(r"[-–](\d)")
# the second number of "5-to-4" when nothing but a tally noun or punctuation follows it
_TALLY_TAIL = re.compile(r"-\d{1,3}(?=[ \t]*(?:[.,;:)!?]|\Z|[ \t]+(?:%s)\b|[ \t]+(?!percent|years?|months?)[a-z]+(?<!s)\b))"
                         % "|".join(sorted(SCORE_NOUNS)))
_TO_AGE = re.compile(r"-to-(\d{1,3})-(years?|months?)-olds?\b")
# endings of a compound's head that make it an adjective or agent, not a counted noun ("two-pronged", "three-pointer")
_NOT_NOUN_ENDINGS = ("ed", "ing", "ish", "ly", "er", "est", "ful", "less", "like", "ward", "wide", "fold", "some", "odd")
# nouns after "N-point" that make the points a measure: "a 10-point lead"
_POINT_NOUNS = ("lead", "drop", "gain", "rise", "fall", "decline", "increase", "jump", "advantage", "margin", "deficit",
                "swing", "loss", "edge", "victory", "win", "defeat", "spread", "plunge", "slide", "rally", "surge",
                "gap", "deficits", "leads", "drops", "gains", "underdog", "favorite", "favourite", "shift", "bump", "dip")


def is_compound(low: str, e: int) -> bool:
    """``N-word`` at ``e``: a hyphen and a lower-case word."""
    return bool(_COMPOUND.match(low, e))


def read_compound(scan: ScannedText, fig: Figure, e: int) -> int:
    """Read the hyphenated form that starts at ``e`` (a ``-``) after the core number."""
    low = scan.low
    if _RANGE_DASH.match(low, e):  # "10-12 percent", "48-20": the second number is read on its own
        fig.end = e
        tail = identifiers.past_range(scan.text, e)
        if identifiers.is_street_or_model(scan.text, tail):
            return tail  # "16-18 Industrial Avenue"
        if identifiers.is_designation_tail(scan.text, fig.start, tail):
            return identifiers.skip_token(scan.text, tail)  # "777-200LR"
        if AGE_GROUP_AFTER.match(low, tail):  # "the 18-34 age group": two ages (ranges.py lends the second)
            fig.kind, fig.unit = "age", "years"
            return scan.emit(fig)
        if fig.words or fig.kind != "count":
            return e
        return read_count(scan, fig, fig.raw, want_noun=False)
    am = _TO_AGE.match(low, e)
    if am and not fig.scaled:  # "18-to-34-year-olds": two ages
        fig.kind, fig.unit, fig.end = "age", plural(am.group(2)), e
        scan.emit(fig)
        return scan.emit(Figure(am.start(1), am.end(), float(am.group(1)), "age", plural(am.group(2))))
    cm = _COMPOUND.match(low, e)
    if not cm:
        return _read_suspended(scan, fig, e)
    parts = cm.group(1).split("-")
    head = parts[0]
    end = e + 1 + len(head)
    if head in ("in", "to") and len(parts) > 1 and parts[1] in CARDINAL_WORDS and not fig.scaled:
        den = parse_number_words(low, end + 1)  # "a one-in-five chance", "two-to-one"
        if den and den[0]:
            return scan.emit(Figure(fig.start, den[1], fig.value / den[0], "ratio"))
    if head in ("to", "of") and len(parts) == 1 and low[end:end + 1] == "-" and low[end + 1:end + 2].isdigit() \
            and fig.kind == "count" and not fig.scaled:
        tm = _TALLY_TAIL.match(low, end)
        if head == "to" and tm:  # "a 5-to-4 vote", "decided 5-to-4.": one tally
            fig.end = tm.end()
            fig.unit = score_unit(low, fig.start, fig.end)
            return scan.emit(fig)
        fig.end, fig.bare = e, True  # "36-to-40-percent", "12-of-25 passes": the second number lends its unit back
        scan.emit(fig)
        return end + 1
    if head in AGE_UNITS and len(parts) > 1 and parts[1] in ("old", "olds"):
        fig.kind, fig.unit, fig.end = "age", plural(head), end + 1 + len(parts[1])  # "-old", "-olds"
        return scan.emit(fig)
    return _read_compound_head(scan, fig, head, len(parts), end)


def _read_suspended(scan: ScannedText, fig: Figure, e: int) -> int:
    """``7- or 8-inch``, ``four-, five- and six-cylinder``, ``a 20- to 25-year-old man``."""
    low = scan.low
    sm = _SUSPENDED.match(low, e)
    if not sm:
        return e + 1
    head = sm.group(1)
    if head in AGE_UNITS and low.startswith("-old", sm.end()):
        fig.kind, fig.unit, fig.end = "age", plural(head), e
        return scan.emit(fig)
    if head in MEASURE_UNITS and head not in FUSED_ONLY_UNITS:
        fig.kind, fig.unit, fig.end = "measure", plural(head), e
        return scan.emit(fig)
    if head in COUNT_COMPOUNDS:
        fig.kind, fig.unit, fig.end = "count", noun_plural(head), e
        return scan.emit(fig)
    return e + 1


def _read_compound_head(scan: ScannedText, fig: Figure, head: str, n_parts: int, end: int) -> int:
    """``N-head``: the head word decides (``-fold``, ``-percent``, ``-cent``, ``-dollar``, ``-point``, a unit, a noun)."""
    if head in ("fold",):
        fig.kind, fig.end = "ratio", end
        return scan.emit(fig)
    if head in ("percent",):
        fig.kind, fig.unit, fig.end = "percent", "percent", end
        return scan.emit(fig)
    if head in ("cent", "cents"):
        fig.kind, fig.unit, fig.value, fig.end = "money", cents_currency(scan, "USD"), fig.value / 100, end
        return scan.emit(fig)
    if head in ("dollar", "yen", "euro", "pound") and n_parts == 1 or head in ("dollar", "yen", "euro"):
        code = CURRENCY_WORDS.get(head, ("GBP", 1))[0]
        fig.kind, fig.unit, fig.end = "money", fig.currency or code, end
        return scan.emit(fig)
    if head in ("point",) and n_parts == 1:
        nm = WORD_AFTER.match(scan.text, end)
        if nm and nm.group(1).lower() in _POINT_NOUNS:
            fig.kind, fig.unit, fig.end = "measure", "points", end
            return scan.emit(fig)
        return end
    if head in SKIP_COMPOUNDS:
        return end
    if head in MEASURE_UNITS and head not in FUSED_ONLY_UNITS:
        fig.kind, fig.unit, fig.end = "measure", plural(head), end
        return scan.emit(fig)
    if head == "strong":  # "a 5,000-strong crowd": the noun after counts
        fig.kind, fig.unit, fig.end = "count", counted_noun(scan.text, end), end
        return scan.emit(fig)
    if head == "time" and fig.value == 1:
        return end  # "a one-time payment": single, former; no count
    if head in CURRENCY_WORDS and (fig.scaled or head not in _AMBIGUOUS_WITHOUT_SCALE):
        code, factor = CURRENCY_WORDS[head]  # "a 1.2-billion-yuan telescope"
        fig.kind, fig.unit, fig.value, fig.end = "money", code, fig.value * factor, end
        return scan.emit(fig)
    if head in COUNT_COMPOUNDS or _is_counted_head(scan, fig, head, n_parts, end):
        fig.kind, fig.unit, fig.end = "count", noun_plural(head), end  # "a two-term senator", "a nine-store chain"
        return scan.emit(fig)
    return end


def _is_counted_head(scan: ScannedText, fig: Figure, head: str, n_parts: int, end: int) -> bool:
    """``a 12-member board``, ``a nine-store chain``: a noun after the number counts it.

    Not ``one-sided``, ``two-pronged``, ``64-times`` (the head is singular and lower-case: ``1-866-411-TIPS``).
    """
    return (n_parts == 1 and fig.value >= 2 and float(fig.value).is_integer() and 3 <= len(head) <= 12
            and head not in STOP and not head.endswith(_NOT_NOUN_ENDINGS)
            and (not head.endswith("s") or head.endswith("ss"))
            and scan.text[end - len(head):end].islower())
