"""Ratios and multiples: ``three times as many``, ``one in five``, ``a ratio of 19 to 12``, ``3:1``, ``twice``, ``sixfold``.

Owns the patterns and readers that make a figure a ratio (or a count of
``times``: ``sacked five times``). Must not read fractions of a whole
(:mod:`.fractions`) or units (:mod:`.measures`).
"""
from __future__ import annotations

import re

from .context import DIGITS, Figure, ScannedText, last_word, qualifier_at, to_float
from .lexicon import LEVEL_WORDS
from .nouns import counted_noun, noun_follows
from .number_words import CARDINAL_WORDS, parse_number_words
from .unit_words import SCALE_WORDS
from .units import SCALE_AFTER

MULTIPLES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "quadruple": 4.0, "once": 1.0, "thrice": 3.0}
# "once a week", "once every two years", "once or twice a month": "once" is a frequency only here
_FREQUENCY_AFTER = re.compile(
    r"[ \t]+(?:(?:or|and)[ \t]+(?:twice|two|three)[ \t]+(?:times[ \t]+)?)?(?:a|an|per|every|each)[ \t]+"
    r"(?:(?:few|couple|other|two|three|four|five|six|\d+)[ \t]+)?(?:of[ \t]+)?"
    r"(?:days?|weeks?|months?|years?|seasons?|decades?|hours?|nights?|weekends?|fortnights?|quarters?|minutes?|"
    r"lifetimes?|generations?|centur(?:y|ies))\b")
# "shot twice in one arm, once in the other", "once or twice", "was shot once": "once" counts the times here too
_FREQUENCY_LIST_BEFORE = re.compile(r"(?<![a-z])(?:twice|thrice|times)\b[^.;:!?\n]{0,40},[ \t]*(?:and[ \t]+)?\Z")
_OR_TWICE_AFTER = re.compile(r"[ \t]+(?:or|and)[ \t]+(?:twice|two[ \t]+times)\b")
_STRIKE_VERB_BEFORE = re.compile(r"(?<![a-z])(?:shot|stabbed|struck|hit|punched|kicked|fired|wounded)[ \t]+\Z")
# after "N times": an adverb, or "that"/"when" opening a clause with its subject: how often, not a multiple
_FREQUENCY_CLAUSE_AFTER = re.compile(r"[ \t]+(?:(?!(?:early|only|nearly|roughly|fully|likely)\b)[a-z]+ly\b(?![ \t]+(?:as|more|less|fewer)\b)"
                                     r"|(?:that|when|where)[ \t]+(?:he|she|they|we|i|you|it|[A-Z][a-z]+)\b)")
_TIMES = re.compile(r"[ \t]+(times)(?![a-z])")
_COMPARATIVE_AFTER = re.compile(r"[ \t]+(as|the|that|what|more|less|fewer|over|[a-z]+er)\b")
_FOLD = re.compile(r"(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand)fold\b")
_IN_Y = re.compile(r"[ \t]+(in|out[ \t]+of)[ \t]+(?:every[ \t]+)?")
IN_Y_NUMBER = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?(?:\d|(?:%s)\b|an?[ \t]+(?:hundred|thousand|million|billion)\b)"
                         % "|".join(CARDINAL_WORDS))
_TO_ONE = re.compile(r"(?:[ \t]+to[ \t]+|-to-|:)1(?![\d.,:]\d|[\d])")
_RATIO_BEFORE = re.compile(r"ratio[ \t]+of[ \t]+(?:about[ \t]+|roughly[ \t]+)?\Z")
_RATIO_SECOND = re.compile(r"[ \t]*(?:to|:)[ \t]*(\d+(?:\.\d+)?)")
_A_SCALE = re.compile(r"an?[ \t]+(hundred|thousand|million|billion)\b")
_DET_AFTER = re.compile(r"[ \t]+(?:the|that|what|its|their|his|her|our|your)\b")
_VERB_BEFORE = re.compile(r"(?<![a-z])(?:to|will|would|could|can|should|might|may|must|did|not|would)[ \t]+\Z")


def read_fold_word(scan: ScannedText, s: int, w: str) -> int:
    """``sixfold``: a ratio."""
    fm = _FOLD.match(w)
    if not fm:
        return s + len(w)
    return scan.emit(Figure(s, s + len(w), CARDINAL_WORDS[fm.group(1)] * 1.0, "ratio"))


def _once_counts_strikes(low: str, s: int) -> bool:
    """``once`` after a strike verb (``was shot once``) or in a list after ``twice`` (``twice in the arm, once in``)."""
    return bool(_STRIKE_VERB_BEFORE.search(low, max(0, s - 12), s)
                or _FREQUENCY_LIST_BEFORE.search(low, max(0, s - 60), s))


def read_multiple(scan: ScannedText, s: int, w: str) -> int:
    """``twice as many`` (a ratio), ``twice`` (two times), ``once a week``, ``double the`` (a ratio); not ``doubled``."""
    low = scan.low
    e = s + len(w)
    if w == "once":
        if _FREQUENCY_AFTER.match(low, e) or _OR_TWICE_AFTER.match(low, e) or _once_counts_strikes(low, s):
            return scan.emit(Figure(s, e, 1.0, "count", "times"))  # "once a week"
        return e  # "once upon a time", "once he left", "the once-mighty"
    if w in ("twice", "thrice"):
        if last_word(low, s) in ("think", "thinks", "thinking", "thought"):
            return e  # "think twice": an idiom
        if _COMPARATIVE_AFTER.match(low, e):
            return scan.emit(Figure(s, e, MULTIPLES[w], "ratio"))
        return scan.emit(Figure(s, e, MULTIPLES[w], "count", "times"))
    if low.startswith(("d", "s", "-"), e) or _VERB_BEFORE.search(low, max(0, s - 10), s):
        return e  # doubled, doubles, double-digit, "will double the"
    if _DET_AFTER.match(low, e) or qualifier_at(low, s):
        return scan.emit(Figure(s, e, MULTIPLES[w], "ratio"))
    return e


def read_times(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """``three times as many``, ``6.5 times earnings`` (ratios); ``sacked five times`` (a count of times)."""
    low = scan.low
    tm = _TIMES.match(low, e)
    if not tm:
        return None
    fig.end = tm.end()
    if _FREQUENCY_CLAUSE_AFTER.match(scan.text, tm.end()) and float(fig.value).is_integer() \
            and last_word(low, fig.start) not in LEVEL_WORDS:
        fig.kind, fig.unit = "count", "times"  # "has run three times successfully", "counted six times that Collins asked"
        return scan.emit(fig)
    if (_COMPARATIVE_AFTER.match(low, tm.end()) or not float(fig.value).is_integer()
            or noun_follows(scan.text, low, tm.end()) or last_word(low, fig.start) in LEVEL_WORDS):
        fig.kind = "ratio"  # "three times as many", "6.5 times earnings", "leverage above six times"
    else:
        fig.kind, fig.unit = "count", "times"  # "sacked five times"
    return scan.emit(fig)


def _denominator(scan: ScannedText, pos: int) -> tuple[float | None, int]:
    """The number after ``in``/``out of`` at ``pos`` and its end: ``five``, ``1,000``, ``a million``."""
    text, low = scan.text, scan.low
    nm = DIGITS.match(text, pos)
    if nm:
        den, dend = to_float(nm.group()), nm.end()
        sc = SCALE_AFTER.match(low, dend)
        if sc:
            den *= SCALE_WORDS.get(sc.group(1), 100.0)
            dend = sc.end()
        return den, dend
    wm = parse_number_words(low, pos) or _A_SCALE.match(low, pos)
    if isinstance(wm, tuple):
        return wm
    if wm:  # "one in a million"
        return SCALE_WORDS.get(wm.group(1), 100.0), wm.end()
    return None, pos


def read_one_in(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """``one in five``, ``three out of 10``, ``1 in every 100``: a ratio with its counted noun."""
    im = _IN_Y.match(scan.low, e)
    if not (im and fig.value >= 1 and not fig.scaled):
        return None
    den, dend = _denominator(scan, im.end())
    if den and den > fig.value and (im.group(1) != "in" or den <= 1000 or fig.value == 1):
        f = Figure(fig.start, dend, fig.value / den, "ratio")
        f.unit = counted_noun(scan.text, dend)
        scan.qualify(f)
        scan.figs.append(f)
        return dend
    return None


def read_ratio(scan: ScannedText, fig: Figure, s: int, e: int) -> int | None:
    """``a ratio of 19 to 12``, ``18 to 1``, ``3:1``."""
    low = scan.low
    if "ratio" in low[s - 30 if s > 30 else 0:s] and _RATIO_BEFORE.search(low, max(0, s - 30), s):
        rm = _RATIO_SECOND.match(scan.text[e:e + 16])
        if rm and float(rm.group(1)):
            f = Figure(s, e + rm.end(), fig.value / float(rm.group(1)), "ratio")
            scan.figs.append(f)
            return f.end
        if not rm and not _TO_ONE.match(low, e):
            fig.kind = "ratio"  # "a price-to-earnings ratio of 25"
            return scan.emit(fig)
    if not fig.scaled and fig.value > 1 and fig.kind == "count" and fig.unit is None:
        tm = _TO_ONE.match(low, e)
        if tm and "vot" not in low[max(0, s - 12):s]:
            fig.kind, fig.end = "ratio", tm.end()
            return scan.emit(fig)
    return None
