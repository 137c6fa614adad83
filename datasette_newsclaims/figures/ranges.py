"""Ranges and lists of figures: the unit, scale or currency one number states is shared with its neighbour.

Owns :func:`join_ranges`, run once over all figures of a text, sorted:
``10 to 12 percent`` gives both numbers the unit, ``$300 to 350 million``
both the scale, ``US$3,000 to 5,000`` both the currency, ``ages 26, 29 and
29`` all the kind. Must not find figures or drop them.
"""
from __future__ import annotations

import re
from typing import Iterator

from .ages import AGE_LIST_GAP
from .context import Figure

_FROM_BEFORE = re.compile(r"from[ \t]+\Z")
_BETWEEN_BEFORE = re.compile(r"between[ \t]+\Z")
_GAP = re.compile(r"[ \t]*(?:to|-|–|—|or|and|through)[ \t]*|-(?:to|of)-")  # "36-to-40-percent", "12-of-25 passes"


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
