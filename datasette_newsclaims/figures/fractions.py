"""Fractions of a whole: ``a third of``, ``two-thirds``, ``half a million``, ``half an hour``, ``a quarter-century``.

Owns :func:`read_fraction_word`, called for a fraction word (``half``,
``third``, ``quarters``) alone or after its numerator. Must not read digit
fractions (``1/4``: :mod:`.numbers`) or ratios between two counts (:mod:`.ratios`).
"""
from __future__ import annotations

import re

from .classify import classify_number
from .context import Figure, ScannedText, qualifier_at
from .nouns import counted_noun, is_plural_noun
from .number_words import FRACTIONS
from .unit_words import MEASURE_UNITS, SCALE_WORDS
from .units import plural

A_BEFORE = re.compile(r"(?<![a-z])(an?)[ \t]+\Z")
_FRACTION_OF_SCALE = re.compile(r"[ \t]+(?:of[ \t]+)?an?[ \t]+(thousand|million|billion|trillion)\b")
_A_UNIT_AFTER = re.compile(r"[ \t]+(?:(?:of[ \t]+)?an?[ \t]+)?(percentage[ \t]point|[a-z]+)\b")
_HALF_DOZEN = re.compile(r"(?:[ \t]+a[ \t]+|-)dozen\b")
_HALF_OF_AFTER = re.compile(r"[ \t]+(?:the|of|a|an|its|their|his|her|our|those|these|them|all|as|that)\b")
_HALF_BEFORE_BAD = re.compile(r"(?<![a-z])(?:first|second|last|latter|back|other|and[ \t]+a)[ \t]+\Z")
_HYPHEN_UNIT = re.compile(r"-([a-z]+)\b(?!-)")


def read_fraction_word(scan: ScannedText, s: int, w: str, numer: float, start: int | None = None,
                       end_core: int | None = None, den: int | None = None) -> int:
    """Emit the fraction ``numer``/``den`` whose fraction word ``w`` starts at ``s``.

    :param start: where the figure starts (``a`` in ``a third``); default ``s``
    :param end_core: the end of ``two-thirds`` when a numerator was read
    """
    low = scan.low
    den = den or FRACTIONS[w]
    e = end_core or s + len(w)
    if start is None:
        start = s
        if numer == 1.0 and end_core is None:
            a = A_BEFORE.search(low, max(0, s - 4), s)
            if a:
                start = a.start(1)
    end = _read_fraction_of(scan, w, numer, den, s, start, e, end_core)
    if end is not None:
        return end
    if w in ("half", "halves") and end_core is None:
        if _HALF_BEFORE_BAD.search(low, max(0, s - 12), s) or low.startswith(("-", "time", "way"), e):
            if not low.startswith("-point", e):
                return e
        if start == s and not (_HALF_OF_AFTER.match(low, e) or qualifier_at(low, s)):
            return e
    elif end_core is None and start == s:
        return e  # "third" alone is an ordinal, handled elsewhere
    value = numer / den
    if low.startswith("-point", e) or low.startswith(" point", e) and w in ("half", "quarter"):
        return scan.emit(Figure(start, e + 6, value, "percent", "percent"))
    f = Figure(start, e, value, "ratio")
    noun = counted_noun(scan.text, e)
    # a share of things counted names them ("half of the voters"); a share of a mass names no count
    # ("one-third of America’s job growth"); "a third of those surveyed" names people
    f.unit = noun if noun and (is_plural_noun(noun.rsplit(" ", 1)[-1]) or low.startswith(" of those ", e)) else None
    return scan.emit(f)


def _read_fraction_of(scan: ScannedText, w: str, numer: float, den: int, s: int, start: int, e: int,
                      end_core: int | None) -> int | None:
    """A fraction of a scale, a dozen or a unit: ``half a million``, ``half a dozen``, ``half an hour``."""
    low = scan.low
    sc = _FRACTION_OF_SCALE.match(low, e)
    if sc:  # "half a million people", "a quarter of a billion dollars"
        return classify_number(scan, start, sc.end(), numer / den * SCALE_WORDS[sc.group(1)], words=True)
    dz = _HALF_DOZEN.match(low, e) if w == "half" else None
    if dz:  # "half a dozen"
        return scan.emit(Figure(start, dz.end(), 6.0, "count", counted_noun(scan.text, dz.end())))
    au = _A_UNIT_AFTER.match(low, e) if w in ("half", "quarter", "third") else None
    if au and au.group(1) in MEASURE_UNITS:  # "half an hour", "a quarter of a mile", "half a percentage point"
        kind = "percent" if au.group(1).startswith("percent") else "measure"
        unit = plural(au.group(1).replace("percentage point", "percentage points"))
        return scan.emit(Figure(start, au.end(), numer / den, kind, unit))
    hm = _HYPHEN_UNIT.match(low, e)
    if hm and hm.group(1) in MEASURE_UNITS and hm.group(1) != "point" and (start != s or end_core or w in ("half", "quarter")):
        return scan.emit(Figure(start, hm.end(), numer / den, "measure", plural(hm.group(1))))  # "a quarter-century"
    return None
