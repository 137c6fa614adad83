"""Elided units: a bare number that repeats the unit of a figure next to it, or counts a noun named before it.

Owns :func:`lend_elided_units`, run once over the figures that survive the
exclusion of dates: ``109 and 52 seats``, ``300 tons this year and 250 last
year``, ``added 25 points, and Noel had 15``, ``the number of Americans
killed ... is less than 100``. Must not find figures, drop them or join ranges
(:mod:`.ranges`).
"""
from __future__ import annotations

import math
import re

from .context import Figure
from .lexicon import STOP
from .nouns import PEOPLE_ADJECTIVES, counted_noun, is_plural_noun

# between a figure and a later bare number that repeats its unit: "300 tons this year and 250 last year"
_PARALLEL_GAP = re.compile(r"(?<![a-z])(?:and|or|but|while|whereas)(?![a-z])|,")
_COMPARED_GAP = re.compile(r"(?<![a-z])(?:compared|versus|vs\.?|against|every|total|record|tally)(?![a-z])")
_SENTENCE_END = re.compile(r"[.!?;:][ \t\n\"”’')]|\n")
_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or))[ \t]*")
# "father of two" takes a counted noun only; "a record of 36.88", "an average of 51" any unit
_OF_BEFORE = re.compile(r"(?<![a-z])(?!(?:record|average|total|high|low|peak|rate|level|score|mark|median|maximum|minimum|"
                        r"sum|estimate|tally|best|worst|increase|decrease|rise|fall|drop|gain|loss)[ \t])[a-z]+[ \t]+of[ \t]+\Z")
_FROM_GAP = re.compile(r"(?<![a-z])(?:up|down)?[ \t]*from(?![a-z])")
_NEW_LEVEL_BEFORE = re.compile(r"(?<![a-z])(?:to|reached|hit|totaled|totalled|topped)[ \t]+"
                               r"(?:(?:about|nearly|almost|roughly|some|just|more[ \t]+than|over)[ \t]+)?\Z")
_OF_AFTER = re.compile(r"[ \t]+of\b")
_ELIDED_KINDS = ("measure", "money", "percent", "count")
# the counted noun named earlier in the sentence: "the number of Americans killed ... less than 100"
_NUMBER_OF = re.compile(r"(?<![a-z])(?:number|count|tally|total)[ \t]+of[ \t]+(?:the[ \t]+|those[ \t]+|all[ \t]+)?"
                        r"((?:[a-z-]+[ \t]+){0,2}[a-z-]+)\b")
# ... or the subject of a verb of change right before the number: "arrests rose to 40"
_SUBJECT_VERB_BEFORE = re.compile(
    r"(?<![a-z])([a-z-]+)[ \t]+(?:rose|fell|climbed|increased|decreased|dropped|declined|jumped|grew|soared|plunged|"
    r"reached|totaled|totalled|numbered|topped|surpassed|exceeded)(?:[ \t]+(?:to|by|at))?[ \t]+"
    r"(?:(?:about|nearly|almost|roughly|some|just|only|more[ \t]+than|over)[ \t]+)?\Z")
_PEOPLE_VERB_BEFORE = re.compile(
    r"(?<![a-z])(?:kill(?:ed|ing|s)?|injur(?:ed|ing|es|e)|wound(?:ed|ing|s)?|shot|shooting|arrest(?:ed|ing|s)?|"
    r"evacuat(?:ed|ing|es|e)|rescu(?:ed|ing|es|e)|hospitali[sz]ed|detain(?:ed|ing|s)?|displac(?:ed|ing|es|e)|"
    r"hurt|hurting|claimed[ \t]+the[ \t]+lives[ \t]+of)[ \t]+"
    r"(?:(?:at[ \t]+least|about|around|nearly|almost|some|more[ \t]+than|over|up[ \t]+to|another|all)[ \t]+)?\Z")
_PLACE_OF_BEFORE = re.compile(
    r"(?<![a-z])(?:town|city|village|community|nation|country|suburb|island|metropolis|region|county|state|province)"
    r"[ \t]+of[ \t]+(?:(?:about|around|nearly|almost|roughly|some|just|only|more[ \t]+than|over|under|fewer[ \t]+than|"
    r"less[ \t]+than)[ \t]+)?\Z")
_SENTENCE_START = re.compile(r".*(?:[.!?][ \t\n\"”’')]|\n)", re.S)


def lend_elided_units(text: str, low: str, figs: list[Figure]) -> None:
    """A bare number next to figures in the same sentence repeats the unit of the one it parallels.

    Backward in a list (``109 and 52 seats``, ``7, 8, 10 percent``), then forward
    (``300 tons this year and 250 last year``, ``added 25 points, and Noel had 15``,
    ``17 stocks rose for every 10 that fell``): among the last few figures before it, the one
    closest in magnitude (``68,400 people ... for two years and 95,800 who`` repeats people).
    ``three of those`` and ``father of two`` take only a counted noun. Else the plural the
    sentence names: ``the number of Americans killed ... less than 100``, ``arrests rose to 40``;
    else the noun of a count in the sentence before (``Eight of the victims ... Four remain``).
    """
    for a, b in reversed(list(zip(figs, figs[1:]))):
        if not (_is_bare(a) and b.unit is not None and b.kind in _ELIDED_KINDS):
            continue
        if _LIST_GAP.fullmatch(low, a.end, b.start) and not (b.kind == "percent" and "or" in low[a.end:b.start]):
            _take_unit(a, b)  # "109 and 52 seats"; but "5,000, or 9%" restates
        elif _is_change_from(low, a, b):
            _take_unit(a, b)  # "increased to 922 in 2004 from a total of 569 reported cases"
    for i, b in enumerate(figs):
        if _is_bare(b) and b.value and i + 1 < len(figs) and _counts_past_a_measure(text, low, b, figs[i + 1]):
            continue
        if _is_bare(b) and b.value:
            source = _parallel_figure(low, figs[max(0, i - 3):i], b)
            if source is not None and source.kind != "count" and _people_by_verb(low, b):
                source = None  # "a 5.2-magnitude quake, killing at least 10": people; "killed 5 soldiers and wounded 12"
            if source is not None:
                _take_unit(b, source)
            else:  # "killing at least 10" counts people even after "a 5.2-magnitude quake"
                b.unit = (_people_by_verb(low, b) or _population(low, b) or _named_noun(low, text, b)
                          or _previous_count_noun(low, figs[max(0, i - 3):i], b))


def _previous_count_noun(low: str, before: list[Figure], b: Figure) -> str | None:
    """The noun of the last count just before, across one sentence: ``Eight of the victims ... Four remain``."""
    whole = float(b.value).is_integer()
    for a in reversed(before):
        if a.kind != "count" or not a.unit or not a.value or b.start - a.end > 160 or "\n\n" in low[a.end:b.start]:
            continue
        if len(_SENTENCE_END.findall(low, a.end, b.start)) > 1:
            continue  # at most the next sentence
        if whole != float(a.value).is_integer():
            return None  # "40 wickets ... at 19.92": an average after a count
        if abs(math.log10(abs(a.value)) - math.log10(abs(b.value))) <= 1.5 and is_plural_noun(a.unit.rsplit(" ", 1)[-1]):
            return a.unit
        return None  # the nearest count decides
    return None


def _counts_past_a_measure(text: str, low: str, b: Figure, c: Figure) -> bool:
    """``two 9 mm handguns``, ``46 9-mm bullets``: the count is of the noun after the measure that follows it."""
    if c.kind != "measure" or low[b.end:c.start] != " ":
        return False
    noun = counted_noun(text, c.end)
    if noun and is_plural_noun(noun.rsplit(" ", 1)[-1]):
        b.unit, b.bare = noun, False
        return True
    return False


def _population(low: str, b: Figure) -> str | None:
    """``a town of about 5,500``, ``the city of more than 200,000``: people."""
    return "people" if _PLACE_OF_BEFORE.search(low, max(0, b.start - 40), b.start) else None


def _people_by_verb(low: str, b: Figure) -> str | None:
    """``killing 388``, ``injuring at least four``, ``arrested 12``: a verb done to people counts people."""
    if float(b.value).is_integer() and _PEOPLE_VERB_BEFORE.search(low, max(0, b.start - 40), b.start):
        return "people"
    return None


def _named_noun(low: str, text: str, b: Figure) -> str | None:
    """The plural noun the sentence names for the bare number ``b``, as written, or None."""
    window_start = max(0, b.start - 120)
    m = _SENTENCE_START.match(low, window_start, b.start)
    start = m.end() if m else window_start
    for m in reversed(list(_NUMBER_OF.finditer(low, start, b.start))):
        words = m.group(1).split()
        for i in range(len(words), 0, -1):  # the plural head: "the number of Americans killed" -> Americans
            if is_plural_noun(words[i - 1]) and words[i - 1] not in STOP:
                return text[m.start(1):m.start(1) + len(" ".join(words[:i]))]
    sv = _SUBJECT_VERB_BEFORE.search(low, start, b.start)
    if sv and is_plural_noun(sv.group(1)) and sv.group(1) not in STOP:
        return text[sv.start(1):sv.end(1)]
    return None


def _is_change_from(low: str, a: Figure, b: Figure) -> bool:
    """``rose to 922 ... from 569 cases``: the new level before the old one, in one clause, close in magnitude."""
    gap = b.start - a.end
    if gap > 40 or not b.value or not a.value or _SENTENCE_END.search(low, a.end, b.start):
        return False
    return (bool(_FROM_GAP.search(low, a.end, b.start)) and bool(_NEW_LEVEL_BEFORE.search(low, max(0, a.start - 24), a.start))
            and abs(math.log10(abs(a.value)) - math.log10(abs(b.value))) <= 1.0)


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
    if low[a.end:b.start].strip() == "to" and "from" in low[max(0, a.start - 30):a.start]:
        return True  # "from about 14-18 mpg to 24"
    return (gap <= 60 and bool(_PARALLEL_GAP.search(low, a.end, b.start))
            or gap <= 80 and bool(_COMPARED_GAP.search(low, a.end, b.start)))


def _take_unit(fig: Figure, source: Figure) -> None:
    """``fig`` repeats the unit of ``source``; a count above one never borrows a singular noun (``one man, four``)."""
    head = source.unit.rsplit(" ", 1)[-1] if source.kind == "count" and source.unit else ""
    if head and fig.value > 1 and not is_plural_noun(head) and head.lower() not in PEOPLE_ADJECTIVES:
        return
    fig.kind, fig.unit, fig.factor = source.kind, source.unit, source.factor
    fig.value *= source.factor
    fig.bare = False
