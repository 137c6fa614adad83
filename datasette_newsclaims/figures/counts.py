"""Counts: the last resort for a number with no unit of its own (``three men``, ``4,300 shooting victims``).

Owns :func:`read_count`, which sorts a bare number into a count with its
counted noun, an age, a rank, a score (``a 1-0 win``) or no figure at all (a
year, an identifier, a name). Must not read currencies or units after the
number: :mod:`.classify` has tried those before it calls here.
"""
from __future__ import annotations

import re

from . import identifiers
from .ages import AGE_UNIT_AFTER, age_here
from .context import Figure, ScannedText, last_word, qualifier_at
from .lexicon import SCORE_NOUNS, STOP
from .money import CURRENCY_WORD
from .nouns import WORD_AFTER, counted_noun, is_plural_noun, noun_after_model, noun_plural, noun_up_to_plural
from .ranks import read_rank_before
from .scores import score_unit, tally_unit
from .unit_words import FUSED_ONLY_UNITS, MEASURE_UNITS
from .units import MEASURE, PERCENT, SCALE_AFTER, UNIT_AFTER_SCORE, plural

_SCORE = re.compile(r"[-–](\d{1,3})(?![\d.,]\d)")
_COUNT_RANGE_BEFORE = re.compile(r"(?<![\d,])(?:\d{1,3}|1[0-8]\d\d)[ \t]+(?:to|or|and)[ \t]+\Z")
_YEARLIKE_RANGE_OF_COUNTS = re.compile(r"[ \t]*(?:to|-|–|or|and)[ \t]*\d[\d,]*[ \t]+(?!years|months|days|weeks|levels)[a-z]+s\b")
_LEVEL_NOUNS = {"mark", "level", "barrier", "threshold", "milestone", "plateau", "figure"}
_AIRCRAFT = {"aircraft", "planes", "jets", "airliners", "jetliners", "freighters", "airplanes", "aeroplanes", "fleets"}
_MAGNITUDE_IDIOM = re.compile(r"[ \t]+figures\b(?![ \t]+(?:who|have|had|were|are|in[ \t]+the))")
# names before the counted noun: "Dallas County College students", "Kia and Hyundai vehicles", "Dallas police officers"
_NAMES_THEN_NOUN = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,4}(?:[ \t]+(?:and|or|&)(?:[ \t]+[A-Z][\w'’-]*){1,3})?"
                              r"(?:[ \t]+police)?[ \t]+([a-z][a-z-]+|[A-Z]?\d{3,4}s)\b")  # "five Boeing 737s"
# a result verb, then the team: the score after the name is a result, not part of the name
_RESULT_BEFORE_NAME = re.compile(r"(?<![A-Za-z])(?:beat|beats|beating|defeated|defeats|edged|routed|downed|thrashed|"
                                 r"crushed|stunned|upset|blanked|topped|surprised|outlasted|whipped|lost[ \t]+to|fell[ \t]+to|losing[ \t]+to)"
                                 r"(?:[ \t]+the)?(?:[ \t]+[A-Z][\w'’.-]*){1,3}[ \t]+\Z")
_ROUTE_NOUNS = {"train", "bus", "tram", "line", "route", "trolley", "streetcar"}
_PUNCT_AFTER = re.compile(r"[ \t]*[.,;]")


def unit_follows(low: str, pos: int) -> bool:
    """A unit, percent, scale or currency word right after ``pos`` (not a score then)."""
    if pos < len(low) and low[pos].isalpha():
        return True
    return bool(UNIT_AFTER_SCORE.match(low, pos) or MEASURE.match(low, pos) or PERCENT.match(low, pos)
                or CURRENCY_WORD.match(low, pos) or SCALE_AFTER.match(low, pos))


def read_count(scan: ScannedText, fig: Figure, raw: str | None, want_noun: bool = True) -> int:
    """Emit ``fig`` as a count (or age, rank, score) unless it is a year, name or identifier."""
    text, low = scan.text, scan.low
    s, e = fig.start, fig.end
    skip = _identifier_end(scan, fig, raw)
    if skip is not None:
        return skip
    if last_word(low, s) == "magnitude":
        fig.kind, fig.unit = "measure", "magnitude"  # "a magnitude 7.1 earthquake"
        return scan.emit(fig)
    name_before = identifiers.is_name_before(text, s)
    whole_or_and_a_half = float(fig.value).is_integer() or fig.raw is not None and "." not in fig.raw and (fig.value * 2).is_integer()
    if fig.value < 130 and whole_or_and_a_half and not fig.scaled:  # "reached age 59 and a half"
        age_unit = age_here(scan, fig, raw, name_before)
        if age_unit is not None:
            fig.kind, fig.unit = "age", age_unit or None
            mu = AGE_UNIT_AFTER.match(low, e)
            if mu:
                fig.unit, fig.end = plural(mu.group(1)), mu.end()
            return scan.emit(fig)
    tally = tally_unit(text, s) if name_before and raw is not None else None
    if tally is not None:
        fig.unit = tally or None  # "The delegate count is Trump 384, Cruz 300": delegates
        return scan.emit(fig)
    if name_before and _RESULT_BEFORE_NAME.search(text, max(0, s - 60), s):
        score_end = _score_end(scan, fig, raw)  # "beat Charlton 2-1", "lost to the Jets 27-10"
        if score_end is not None:
            return score_end
    if name_before and not fig.scaled:
        return identifiers.past_range(text, e)  # "Section 427", "S&P 500", "iPhone 11", "Fox 5", "Charlton 2-1"
    if _is_year(text, low, fig, raw):
        return identifiers.past_range(text, e)  # a year, "2014-15"
    if not want_noun:
        score_end = _score_end(scan, fig, raw)
        if score_end is not None:
            return score_end
    if identifiers.is_outlet_name(text, e) or fig.value >= 5 and _MAGNITUDE_IDIOM.match(low, e):
        return e  # "Stay with 13 News"; "in the seven figures" (a magnitude, not four things counted)
    if raw is not None and identifiers.is_address_or_model(text, low, e):
        return e  # "1600 Pennsylvania Avenue", "787 Dreamliner", "iPhone 11 Pro"
    return _emit_with_noun(scan, fig, raw, want_noun)


def _identifier_end(scan: ScannedText, fig: Figure, raw: str | None) -> int | None:
    """Where the scan goes on when the bare number is a date part, a rank, an old pound sign or an identifier."""
    low, s, e = scan.low, fig.start, fig.end
    if identifiers.DATE_WORDS_AFTER.match(low, e):
        return e
    if low[s - 1:s] == "#" and raw and ("." in raw or "," in raw or fig.scaled):
        # "#0.79 per song", "#34,000": old wire text writes the pound sign as "#"; ranks are whole numbers
        fig.kind, fig.unit, fig.start = "money", "GBP", s - 1
        return scan.emit(fig)
    rank_end = read_rank_before(scan, fig)
    if rank_end is not None:
        return rank_end
    if identifiers.ident_before(low, s):
        return identifiers.skip_token(scan.text, e)  # "category 4", "S&P 500", "Section 427"
    if identifiers.is_emergency_number(low, s, e, raw):
        return e  # "called 911", "the 911 call"
    return None


def _is_year(text: str, low: str, fig: Figure, raw: str | None) -> bool:
    """A four-digit number that is a year, not a count.

    News style writes counts of a thousand and more with a comma ("2,000 people"):
    1900-2099 without one is a year ("the 2016 elections") unless approximated
    ("about 2000"); other four-digit numbers are years unless they count something.
    """
    s, e = fig.start, fig.end
    if not (raw is not None and raw.isdigit() and len(raw) == 4 and 1000 <= fig.value < 2200 and not fig.scaled):
        return False
    if 1900 <= fig.value < 2100 and not _COUNT_RANGE_BEFORE.search(low, max(0, s - 16), s):
        plural_noun = False
    else:
        noun = counted_noun(text, e)
        plural_noun = noun and noun.split()[0].lower().endswith("s") and noun[0].islower()
        if not plural_noun and _YEARLIKE_RANGE_OF_COUNTS.match(low, e):
            plural_noun = True  # "from 1000 to 1500 hires"
    return bool(text.startswith(("'s", "’s", "s"), e) or not plural_noun and not qualifier_at(low, s))


def _score_end(scan: ScannedText, fig: Figure, raw: str | None) -> int | None:
    """``a 1-0 win``, ``beat Charlton 2-1``: one figure for a score or tally."""
    text, e = scan.text, fig.end
    if not (raw and raw.isdigit() and fig.value <= 300):
        return None
    sc = _SCORE.match(text, e)
    if sc and int(sc.group(1)) <= 300 and not unit_follows(scan.low, sc.end()):
        nm = WORD_AFTER.match(text, sc.end())
        nw = nm.group(1) if nm else ""
        if not (nw.islower() and nw.endswith("s") and nw not in SCORE_NOUNS and nw not in STOP):
            fig.end = sc.end()
            fig.unit = score_unit(scan.low, fig.start, fig.end)  # "a 27-10 victory": points
            return scan.emit(fig)
    return None


def _emit_with_noun(scan: ScannedText, fig: Figure, raw: str | None, want_noun: bool) -> int:
    """Emit the count with its counted noun (``517 rushing yards`` is a measure); index levels are points."""
    text, s, e = scan.text, fig.start, fig.end
    noun = counted_noun(text, e) if want_noun else None
    last = noun.rsplit(" ", 1)[-1] if noun else ""
    if _is_model_number(scan, s, raw, last):
        return identifiers.past_range(text, e)  # "the 787(-8)" where "Boeing 787" is named, "the 717 program"
    if fig.words and fig.value == 0 and noun and not is_plural_noun(last):
        return e  # "zero tolerance", "Zero Hedge": an idiom or a name, not a count
    if noun in _ROUTE_NOUNS and last_word(scan.low, s) == "the" and raw is not None:
        return e  # "the 7 train", "the 38 bus": a route number
    fig.unit = noun
    if noun and noun.lower() in _LEVEL_NOUNS:
        fig.unit = None  # "below the 5000 mark": a level, nothing counted
        if scan.in_index_context(s) and fig.value >= 100:
            fig.kind, fig.unit = "measure", "points"
    elif want_noun and not (noun and is_plural_noun(last)) and (model_noun := noun_after_model(text, e)):
        fig.unit = _counted_form(model_noun, fig.value)  # "400 737 Max jets": jets
    elif noun is None:
        if scan.in_index_context(s) and raw and ("." in raw or "," in raw) and fig.value >= 100:
            fig.kind, fig.unit = "measure", "points"
        fig.bare = True
    elif last.lower() in MEASURE_UNITS and last.lower() not in FUSED_ONLY_UNITS and last.lower() not in ("points", "point"):
        fig.kind = "measure"  # "517 rushing yards"
        fig.unit = _measure_unit(noun)  # "three straight years", "four bloody years": years; "cubic meters"
    elif fig.value > 1 and " " not in noun and noun[0].isupper():
        nm = _NAMES_THEN_NOUN.match(text, e)  # "five Dallas police officers", "460 Kia and Hyundai vehicles"
        if nm and (is_plural_noun(nm.group(1)) or nm.group(1) == "police"):
            fig.unit = text[e:nm.end()].strip()
        elif not is_plural_noun(last):
            fig.unit = noun_up_to_plural(text, e, noun)
    elif fig.value > 1 and not is_plural_noun(last):
        fig.unit = noun_up_to_plural(text, e, noun)  # "22 new Boeing 787 jets"; "four injured", "five major": None
        fig.bare = fig.unit is None  # "nine survived": the noun may be elided, as in a bare count
    if fig.words and fig.value == 0 and noun is None and not _PUNCT_AFTER.match(text, e):
        return e
    return scan.emit(fig)


# words that belong to the unit they stand before ("cubic meters", "passing yards"); other words are adjectives
_UNIT_MODIFIERS = {"square", "cubic", "cube", "nautical", "metric", "passing", "rushing", "receiving", "man", "light"}


def _measure_unit(noun: str) -> str:
    """The unit of measure at the end of a counted phrase, without its adjectives: ``bloody years`` -> ``years``."""
    words = noun.split()
    if len(words) >= 2 and words[-2].lower() in _UNIT_MODIFIERS:
        return " ".join(words[-2:])
    return words[-1]


def _is_model_number(scan: ScannedText, s: int, raw: str | None, last: str) -> bool:
    """A three- or four-digit number named as a model in this text (or an airliner family), with no plural after it."""
    if not raw or len(raw) < 3:
        return False
    if identifiers.is_airliner_model(scan.text, s, raw):
        return True  # "the 787 illustrates", "Boeing's 747": after a determiner, whatever follows
    if identifiers.is_boeing_family(scan.text, raw) and (not is_plural_noun(last) or last.lower() in _AIRCRAFT):
        return True  # "five new 737 aircraft" in a Boeing story; not "all 767 pages"
    return not (last and is_plural_noun(last)) and scan.is_named_number(raw)


def _counted_form(noun: str, value: float) -> str:
    """``jet`` counted by a number above one is ``jets`` (``60 of the 737 Max jet``)."""
    return noun_plural(noun) if value > 1 and not is_plural_noun(noun) else noun
