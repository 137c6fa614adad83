"""Patterns for what may follow a number: scale words, percent, units of measure.

Owns the compiled patterns built from :mod:`.unit_words` and :func:`plural`
(the unit name a figure reports). Matching only: deciding the figure's kind
from a match is left to :mod:`.classify` and :mod:`.measures`. Must not hold
currencies (:mod:`.money`).
"""
from __future__ import annotations

import re

from .context import alternation
from .unit_words import FUSED_ONLY_UNITS, MEASURE_UNITS, SCALE_WORDS, UNIT_PLURAL

# "5 million", "5-billion", "4 hundred"
SCALE_AFTER = re.compile(
    r"(?:[ \t]*|-)(%s)(?![a-z])" % alternation(set(SCALE_WORDS) | {"hundred"})
)
# letters fused to the digits: "5m", "100km", "3D"
FUSED_LETTERS = re.compile(r"[a-zµμ°²/″′]+\d?")
# "%" needs no word boundary: "45%of" (a lost space) is still 45 percent
PERCENT = re.compile(
    r"(?:[ \t]*|-)(%|(?:percentage[ \t]+points?|percentage-points?|per[ \t]?cent|pct|basis[ \t]+points?|bps)(?![a-z]))"
)
_SPACED_UNITS = {u for u in MEASURE_UNITS if u not in FUSED_ONLY_UNITS and u not in ("pm", "in")}
_PER_TIME = r"(?:[ \t]+(?:per|a|an|each)[ \t]+(?:day|hour|year|second|minute|week|month|gallon|capita|game)(?![a-z]))?"
MEASURE = re.compile(r"([ \t]*|-)(%s)(?![a-z0-9])(?:/[a-z0-9²]+)?%s" % (alternation(_SPACED_UNITS), _PER_TIME))
# single-letter units, read only when fused to the digits (case matters: "5G" is a network)
FUSED_UNITS = {"g": "g", "m": "m", "l": "l", "L": "L", "W": "W", "V": "V", "C": "°C", "F": "°F",
               "t": "t", "″": "inches", "′": "feet", "°": "degrees"}
INCH_IN = re.compile(r"[ \t]+(in)\.?(?=[ \t]*[(,;)]|[ \t]+(?:thick|long|wide|tall|high|deep)\b)")
SPACED_W_V = re.compile(r"[ \t](W|V)(?![\w-])(?!\.[ \t]+[A-Z])")  # "60 W", not "3170 W. County Road"
OF_A_UNIT = re.compile(r"[ \t]+of[ \t]+an?[ \t]+(point|percentage[ \t]point|mile|second|degree|cent|inch)\b")
# capitalized after a number these make a title or a name: "the movie 13 Hours", "Ninety Mile Beach"
TITLE_UNITS = {"mile", "miles", "feet", "foot", "yard", "yards", "inch", "inches", "points", "point", "pounds",
               "pound", "stone", "ton", "tons", "degrees", "acres"}
# "a unit, percent or scale" right after a dash-joined pair: "10-12 percent", "5-10 year"
UNIT_AFTER_SCORE = re.compile(r"(?:[ \t]*(?:%|percent|per[ \t]cent|million|billion|thousand)|[ \t]*-?(?:[a-z]+-)?(?:year|month|week|day|hour|mile|inch|foot|feet|yard|meter|metre|pound|ton))")
# "one mile", "one percent": a unit after "one" makes it a number
UNIT_AFTER_ONE = re.compile(r"[ \t]+(?:percentage[ \t]+points?|percent|per[ \t]cent|dollar|euro|pound|cent|penny|yen|mile|kilometer|kilometre|meter|metre|foot|inch|yard|pound|ounce|gram|kilogram|ton|tonne|gallon|liter|litre|barrel|hour|minute|second|week|month|year|decade|century)\b")


def plural(w: str) -> str:
    """The reported unit for a unit word taken from a compound: ``inch`` -> ``inches``, ``mph`` stays."""
    if w in UNIT_PLURAL:
        return UNIT_PLURAL[w]
    if w.endswith("s") or w + "s" not in MEASURE_UNITS and w in MEASURE_UNITS:
        return w  # "horsepower", "mph"
    return w + "s"
