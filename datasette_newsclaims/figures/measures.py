"""Measurements: a unit of measure after the number (``5 km``, ``36 hours``, ``1.2 points``, ``0.8 of a point``).

Owns :func:`read_measure` (a figure whose unit is a unit of measure, with the
exceptions that make it something else: ``three years ago`` is a date,
``13 Hours`` a title, ``2 million pounds`` money, ``34 points`` a count) and
:func:`read_unit_after`. Must not read currencies written as such
(:mod:`.money`) or counted nouns (:mod:`.counts`).
"""
from __future__ import annotations

import re

from . import identifiers
from .ages import AND_OLDER, age_before
from .context import Figure, ScannedText
from .counts import read_count
from .money import MONEY_IN_PARENS
from .unit_words import AGE_UNITS, TIME_UNITS
from .units import INCH_IN, MEASURE, OF_A_UNIT, SPACED_W_V, TITLE_UNITS


def read_unit_after(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """Emit ``fig`` with the unit of measure that follows ``e``; None when none does."""
    low = scan.low
    om = OF_A_UNIT.match(low, e)
    if om:  # "0.8 of a point"
        fig.kind, fig.unit, fig.end = "measure", om.group(1) + "s", om.end()
        if om.group(1).endswith("percentage point"):
            fig.kind = "percent"
        return scan.emit(fig)
    mm = MEASURE.match(low, e) or INCH_IN.match(low, e) or SPACED_W_V.match(scan.text, e)
    if mm and mm.re is SPACED_W_V and identifiers.is_street_after(scan.text, e):
        return e  # "1601 W. 37th St.": an address, not watts
    if mm:
        return read_measure(scan, fig, mm)
    return None


def read_measure(scan: ScannedText, fig: Figure, mm: re.Match) -> int:
    """Emit ``fig`` with the unit matched by ``mm`` (a MEASURE, INCH_IN or SPACED_W_V match)."""
    if mm.re is MEASURE:
        unit_low, ustart, unit_end = mm.group(2), mm.start(2), mm.end(2)
    else:
        unit_low, ustart, unit_end = mm.group(1), mm.start(1), mm.end(1)
    surface = scan.text[ustart:mm.end()]
    if unit_low == "in":
        surface = "inches"  # "0.68 in (1.73 cm)"
    raw = fig.raw
    if surface[:1].isupper() and surface[1:2].islower() and (unit_low in TIME_UNITS or unit_low in TITLE_UNITS):
        if raw and len(raw) == 4 and raw.isdigit():
            return read_count(scan, fig, raw)  # "during 2016 Stone spoke": a year, then a name
        return mm.end()  # a title or name: "the movie 13 Hours", "Ninety Mile Beach"
    fig.end = mm.end()
    if unit_low in TIME_UNITS:
        return _read_duration(scan, fig, unit_low, unit_end, surface)
    if unit_low in ("points", "point", "pts"):
        if "." in scan.text[fig.start:ustart] or scan.in_index_context(fig.start):
            fig.kind, fig.unit = "measure", "points"
        else:
            fig.kind, fig.unit = "count", "points"  # "scored 34 points"
        return scan.emit(fig)
    if unit_low in ("pounds", "pound") and (fig.scaled or MONEY_IN_PARENS.match(scan.text, mm.end())):
        fig.kind, fig.unit = "money", "GBP"
        return scan.emit(fig)
    if unit_low in ("yard", "yards") and scan.low.startswith(" line", mm.end()) \
            and identifiers.is_name_before(scan.text, fig.start):
        return mm.end()  # "the Denver 7 yard line": a place on the field
    fig.kind, fig.unit = "measure", surface
    rate = _CONVERTED_RATE.match(scan.low, mm.end())
    if rate and " per " not in surface:
        fig.unit = f"{surface} per {rate.group(1)}"  # "150 kilometers (93 miles) per hour": both are speeds
    return scan.emit(fig)


# a rate after a conversion in parentheses: "150 kilometers (93 miles) per hour", "(93 miles) per hour"
_CONVERTED_RATE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\)|\))[ \t]+per[ \t]+(hour|minute|second|day)\b")
# a metric unit in a conversion: "1,000 feet (305 m)", "(2 km)": "m" is metres here, not millions
_METRIC_IN_PARENS = re.compile(r"[ \t]?(m|km|cm|mm|kg|g)\)")
_MEASURE_BEFORE_PARENS = re.compile(r"[a-z]{2,}[ \t]*\(\Z")
# a display resolution: "a resolution of 1800 x 1920", "2560×1440 pixels"
_BY_NUMBER = re.compile(r"[ \t]*[x×][ \t]*(\d{3,5})(?![\d,.]\d)")
_BY_SMALL_NUMBER = re.compile(r"[ \t]*[x×][ \t]*(\d{1,3}(?:\.\d+)?)(?![\d,.]\d)")
_RESOLUTION_WORDS = re.compile(r"(?<![a-z])(?:resolution|pixels?|display|screen|panel)s?(?![a-z])")


def read_converted_metric(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """``1,000 feet (305 m)``: a metric abbreviation closing a conversion is the unit of measure."""
    if ")" not in scan.low[e:e + 5]:
        return None
    mm = _METRIC_IN_PARENS.match(scan.low, e)
    if not mm or not _MEASURE_BEFORE_PARENS.search(scan.low, max(0, fig.start - 30), fig.start):
        return None
    fig.kind, fig.unit, fig.end = "measure", scan.text[mm.start(1):mm.end(1)], mm.end(1)
    return scan.emit(fig)


def read_resolution(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """``1800 x 1920`` near ``resolution``/``pixels``: two measures in pixels; ``12 x 14 feet``: both in feet."""
    if "x" not in scan.low[e:e + 3] and "×" not in scan.low[e:e + 3]:
        return None
    bm = _BY_NUMBER.match(scan.low, e) or _BY_SMALL_NUMBER.match(scan.low, e)
    if bm and MEASURE.match(scan.low, bm.end()) and fig.raw:
        unit = MEASURE.match(scan.low, bm.end())
        fig.kind, fig.unit = "measure", scan.text[unit.start(2):unit.end()]  # "a 12 x 14 feet room"
        return scan.emit(fig)
    if not (bm and fig.raw and fig.raw.isdigit() and len(fig.raw) >= 3
            and _RESOLUTION_WORDS.search(scan.low, max(0, fig.start - 40), min(len(scan.low), bm.end() + 20))):
        return None
    fig.kind, fig.unit = "measure", "pixels"
    scan.emit(fig)
    return scan.emit(Figure(bm.start(1), bm.end(1), float(bm.group(1)), "measure", "pixels"))


# "It was only three minutes before the water rose": the time that passed, a duration
_IT_WAS_BEFORE = re.compile(r"(?<![a-z])it[ \t]+(?:was|is|had[ \t]+been|will[ \t]+be)[ \t]+(?:(?:only|just|about|"
                            r"nearly|almost|barely|another)[ \t]+)?\Z")


def _read_duration(scan: ScannedText, fig: Figure, unit_low: str, unit_end: int, surface: str) -> int:
    """A time unit: a duration, an age (``ages 6 months and older``), or a date (``three years ago``)."""
    low = scan.low
    rm = identifiers.RELATIVE_AFTER.match(low, unit_end)
    if rm and not (rm.group(1) and identifiers.DURATION_CUE_BEFORE.search(low, max(0, fig.start - 30), fig.start)
                   or rm.group(1) == "before" and _IT_WAS_BEFORE.search(low, max(0, fig.start - 30), fig.start)):
        return fig.end  # "two weeks later", "three years ago", "two years after the war"; not "lasted an hour before"
    if identifiers.PERIOD_AFTER.match(low, unit_end) \
            and identifiers.PERIOD_BEFORE.search(low, max(0, fig.start - 30), fig.start):
        return fig.end  # "in the first nine months, ...", "for the six months ended Aug. 12"
    if unit_low in AGE_UNITS and (age_before(low, fig.start) or AND_OLDER.match(low, fig.end)):
        fig.kind, fig.unit = "age", surface  # "children ages 6 months and older"
        return scan.emit(fig)
    fm = _DAYS_A_PERIOD.match(surface.lower())
    if fm:  # "two days a week": how often, so a count of days (GUIDE: frequencies are counts)
        fig.kind, fig.unit = "count", fm.group(1) if fm.group(1).endswith("s") else fm.group(1) + "s"
        return scan.emit(fig)
    fig.kind, fig.unit = "measure", surface
    return scan.emit(fig)


# "two days a week", "one day a month": a frequency, not a duration
_DAYS_A_PERIOD = re.compile(r"(days?)[ \t]+(?:a|an|per|each)[ \t]+(?:week|month|year)\Z")


# a height in feet and inches with marks: "6' tall", "5'10\"", "6’2”"
# (a mark alone after a number may close a quote: "'We won 5'." is no height, so it needs a size word)
_FEET_MARK = re.compile(r"['’](?:[ \t]?(\d{1,2})(?:\"|”|''|’’)|(?=[ \t]*(?:tall|high|long|wide|deep)\b))")


def read_feet_and_inches(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """``about 6' tall``, ``5'10"``: feet (and inches) written with marks after a single digit."""
    if scan.text[e:e + 1] not in ("'", "’") or not fig.raw or not fig.raw.isdigit() or not 3 <= fig.value <= 8:
        return None
    fm = _FEET_MARK.match(scan.text, e)
    if not fm:
        return None
    fig.kind, fig.unit, fig.end = "measure", "feet", e + 1
    scan.emit(fig)
    if fm.group(1) and int(fm.group(1)) < 12:
        return scan.emit(Figure(fm.start(1), fm.end(1), float(fm.group(1)), "measure", "inches"))
    return fm.end()
