"""Ranges and lists of figures: the unit, scale or currency one number states is shared with its neighbour.

Owns :func:`join_ranges`, run once over all figures of a text, sorted:
``10 to 12 percent`` gives both numbers the unit, ``$300 to 350 million``
both the scale, ``US$3,000 to 5,000`` both the currency, ``ages 26, 29 and
29`` all the kind. Must not find figures or drop them.
"""
from __future__ import annotations

import math
import re
from typing import Iterator

from .ages import AGE_LIST_GAP
from .context import Figure

_FROM_BEFORE = re.compile(r"from[ \t]+\Z")
_BETWEEN_BEFORE = re.compile(r"between[ \t]+\Z")
# between a figure and a later bare number that repeats its unit: "300 tons this year and 250 last year"
_PARALLEL_GAP = re.compile(r"(?<![a-z])(?:and|or|but|while|whereas)(?![a-z])|,")
_COMPARED_GAP = re.compile(r"(?<![a-z])(?:compared|versus|vs\.?|against|every)(?![a-z])")
_SENTENCE_END = re.compile(r"[.!?;:][ \t\n\"”’')]|\n")
_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]*")
# "father of two" takes a counted noun only; "a record of 36.88", "an average of 51" any unit
_OF_BEFORE = re.compile(r"(?<![a-z])(?!(?:record|average|total|high|low|peak|rate|level|score|mark|median|maximum|minimum|"
                        r"sum|estimate|tally|best|worst|increase|decrease|rise|fall|drop|gain|loss)[ \t])[a-z]+[ \t]+of[ \t]+\Z")
_OF_AFTER = re.compile(r"[ \t]+of\b")
_ELIDED_KINDS = ("measure", "money", "percent", "count")
_GAP = re.compile(r"(?<![a-z])(?:and|or|but|while|whereas|to|from|than|versus|vs\.?|compared|against|every)(?![a-z])|,")
_SENTENCE_END = re.compile(r"[.!?;:][ \t\n\"”’')]|\n")
_ELIDED_KINDS = ("measure", "money", "percent", "count")
_GAP = re.compile(r"[ \t]*(?:to|-|–|—|or|and|through)[ \t]*")


def _range_pairs(low: str, figs: list[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """Neighbours joined by ``to``, a dash, ``or``, or ``and`` after ``between``."""
    for a, b in zip(figs, figs[1:]):
        if not _GAP.fullmatch(low, a.end, b.start):
            continue
        if "and" in low[a.end:b.start] and not _BETWEEN_BEFORE.search(low, max(0, a.start - 10), a.start):
            continue
        yield a, b


def join_ranges(low: str, figs: list[Figure]) -> None:
    """Share unit and scale across a range: ``10 to 12 percent``, ``$300 to 350 million``."""
    pairs = list(_range_pairs(low, figs))
    for a, b in reversed(pairs):  # the last number of a range states the unit: pass it back
        _lend_backward(a, b)
    for a, b in zip(figs, figs[1:]):  # "ages 26, 29 and 29"
        if a.kind == "age" and b.bare and b.value < 120 and AGE_LIST_GAP.fullmatch(low, a.end, b.start):
            b.kind, b.unit, b.bare = "age", a.unit, False
    for a, b in pairs:  # a currency or unit stated first carries forward: "US$3,000 to 5,000"
        _lend_forward(low, a, b)


def lend_elided_units(low: str, figs: list[Figure]) -> None:
    """A bare number next to figures in the same sentence repeats the unit of the one it parallels.

    Backward in a list (``109 and 52 seats``, ``7, 8, 10 percent``), then forward
    (``300 tons this year and 250 last year``, ``added 25 points, and Noel had 15``,
    ``17 stocks rose for every 10 that fell``): among the last few figures before it, the one
    closest in magnitude (``68,400 people ... for two years and 95,800 who`` repeats people).
    ``three of those`` and ``father of two`` take only a counted noun.
    """
    for a, b in reversed(list(zip(figs, figs[1:]))):
        if _is_bare(a) and b.unit is not None and b.kind in _ELIDED_KINDS and _LIST_GAP.fullmatch(low, a.end, b.start) \
                and not (b.kind == "percent" and "or" in low[a.end:b.start]):  # "5,000, or 9%" restates
            _take_unit(a, b)
    for i, b in enumerate(figs):
        if _is_bare(b) and b.value:
            source = _parallel_figure(low, figs[max(0, i - 3):i], b)
            if source is not None:
                _take_unit(b, source)


def _is_bare(fig: Figure) -> bool:
    return fig.bare and fig.kind == "count" and fig.unit is None


def _parallel_figure(low: str, before: list[Figure], b: Figure) -> Figure | None:
    """The figure among ``before`` whose unit ``b`` repeats, or None."""
    counted_only = bool(_OF_AFTER.match(low, b.end) or _OF_BEFORE.search(low, max(0, b.start - 20), b.start))
    best, best_distance = None, 2.0  # at most two orders of magnitude apart
    for a in before:
        if a.unit is None or a.kind not in _ELIDED_KINDS or counted_only and a.kind != "count" or not a.value:
            continue
        if not _is_parallel(low, a, b):
            continue
        distance = abs(math.log10(abs(a.value)) - math.log10(abs(b.value)))
        if distance <= best_distance:
            best, best_distance = a, distance
    return best


def _is_parallel(low: str, a: Figure, b: Figure) -> bool:
    """``b`` may repeat ``a``: same sentence, close, joined by a conjunction or a comparison."""
    if _SENTENCE_END.search(low, a.end, b.start):
        return False
    gap = b.start - a.end
    return (gap <= 60 and bool(_PARALLEL_GAP.search(low, a.end, b.start))
            or gap <= 80 and bool(_COMPARED_GAP.search(low, a.end, b.start)))


def _take_unit(fig: Figure, source: Figure) -> None:
    fig.kind, fig.unit, fig.factor = source.kind, source.unit, source.factor
    fig.value *= source.factor
    fig.bare = False


def _lend_backward(a: Figure, b: Figure) -> None:
    """``10 to 12 percent``: ``a`` takes the scale and unit of ``b``."""
    scale = b.value / b.mantissa if b.scaled and b.mantissa else 1.0
    if a.bare:
        if b.scaled and not a.scaled and a.value <= b.mantissa:
            a.value *= scale
            a.scaled, a.mantissa = True, a.value / scale
        if b.kind != "count" or b.unit:
            a.kind, a.unit, a.factor = b.kind, b.unit, b.factor
            a.value *= b.factor
        a.bare = False
    elif a.kind == "money" and not a.scaled and b.scaled and a.value <= b.mantissa:
        a.value *= scale
        a.scaled = True


def _lend_forward(low: str, a: Figure, b: Figure) -> None:
    """``US$3,000 to 5,000``, ``from 5 percent to 7``: ``b`` takes the kind and unit of ``a``."""
    if a.kind == "money" and b.kind == "count" and not b.currency:
        b.kind, b.unit = "money", a.unit  # "US$3,000 to 5,000 incentive"
        b.value *= a.factor
        b.bare = False
    if not b.bare or a.kind == "count" and a.unit is None:
        return
    if _FROM_BEFORE.search(low, max(0, a.start - 6), a.start):
        b.kind, b.unit = a.kind, a.unit
        b.value *= a.factor
        b.bare = False
