"""Spelled-out English numbers: ``three``, ``twenty-five``, ``two hundred and fifty``.

:func:`parse_number_words` reads the longest valid run of number words at a
position of a *lower-cased* text and returns its value and end offset.
"""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}
# denominators of fractions: "a third", "two-thirds", "one-fifth"
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
CARDINAL_WORDS = {**UNITS, **TENS, **SCALES}

_WORD = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))
# a run of number words joined by spaces, hyphens or "and"; validated by the parser
_RUN = re.compile(rf"(?:{_WORD})\b(?:(?:[ \t]{{1,3}}|-)(?:and[ \t]+)?(?:{_WORD})\b){{0,12}}")
_TOKEN = re.compile(rf"({_WORD})\b")


def parse_number_words(low: str, pos: int) -> tuple[float, int] | None:
    """Value and end of the spelled number starting at ``pos`` in lower-cased ``low``.

    Stops before a word that cannot continue the number (``one two`` reads ``one``).
    Returns None when no number starts there or it opens with a bare scale word
    (``hundred`` without a multiplier is handled by the caller: ``a hundred``).
    """
    m = _RUN.match(low, pos)
    if not m:
        return None
    total = 0
    current = 0
    last = None  # kind of the last token: "unit", "teen", "ten", "hundred", "scale"
    end = pos
    for t in _TOKEN.finditer(low, pos, m.end()):
        w = t.group(1)
        if w in UNITS:
            v = UNITS[w]
            kind = "teen" if v >= 10 else "unit"
            if last in ("unit", "teen") or (last == "ten" and v >= 10):
                break
            if v == 0 and last is not None:
                break
            current += v
        elif w in TENS:
            if last in ("unit", "teen", "ten"):
                break
            current += TENS[w]
            kind = "ten"
        elif w == "hundred":
            if last not in ("unit", "teen", "ten") or current % 100 == 0 and current:
                break
            current *= 100
            kind = "hundred"
        elif w == "dozen":
            if last not in ("unit", "teen", "ten", None) or last is None:
                break
            current *= 12
            kind = "scale"
        else:
            scale = SCALES[w]
            if last is None or last == "scale" and current == 0:
                break
            if current == 0:
                break
            total += current * scale
            current = 0
            kind = "scale"
        last = kind
        end = t.end()
    if last is None:
        return None
    return float(total + current), end
