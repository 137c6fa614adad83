"""What a core number states, read from the words right and left of it.

Owns :func:`classify_number`, the fixed order in which the readers are tried
once :mod:`.numbers` has read a core number (digits or words): a currency
sign before it; a scale word or fused letters after it (``million``, ``5m``,
``100km``); then a clock time, a gallery counter or a month (no figure); then
percent, money, an age, ``times``, ``one in five``, a chapter and verse, a
ratio, a hyphenated compound, a unit of measure; for a bare number, a
reference (:mod:`.designations`), a stock quote row, a height; and a count as
the last resort. Must not hold the rules themselves: each lives in the module
of its kind.
"""
from __future__ import annotations

import re

from . import designations, identifiers
from .ages import read_age_after
from .compounds import read_compound
from .context import Figure, ScannedText
from .counts import read_count
from .measures import read_converted_metric, read_feet_and_inches, read_measure, read_resolution, read_unit_after
from .money import is_fused_currency, read_fused_money, read_money_after, read_quote_row, take_currency_sign
from .nouns import noun_follows
from .ratios import read_one_in, read_ratio, read_times
from .unit_words import FUSED_ONLY_UNITS, FUSED_SCALES, SCALE_WORDS
from .units import FUSED_LETTERS, FUSED_UNITS, MEASURE, PERCENT, SCALE_AFTER

_FEET_BEFORE = re.compile(r"\d[ \t]?(?:ft|feet|foot|')[ \t]*\Z")
_FEET_THEN = re.compile(r"\d[ \t]?(?:ft|feet|foot)[ \t]+\Z")
_WORD_AFTER_INCHES = re.compile(r"[ \t]+(?!(?:inch|inches|in|and|to|or|tall|high|long)\b)[a-z]{2,}")
_SIZE_AFTER = re.compile(r"\.?[ \t]+(?:tall|long|wide|high|deep|thick|blade|knife|screen|display)\b")
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")
_VIDEO_AFTER = re.compile(r"[ \t]+(?:streaming|video|videos|resolution|tvs?|televisions?|displays?|monitors?|screens?|content|hdr|ultra)\b")
_WORD_SCALES = ("bn", "mn", "tn", "mil", "mln", "bln")  # fused scale letters that are never a unit


def classify_number(scan: ScannedText, start: int, e: int, value: float, raw: str | None = None,
                    words: bool = False, fraction: bool = False, scale_word: str | None = None) -> int:
    """Emit the figure of the core number ``start``..``e`` (if it is one); return where the scan goes on.

    :param raw: the digits as written (None for a spelled number)
    :param words: the number is spelled out (``three``)
    :param fraction: the core is a digit fraction (``1/4``)
    :param scale_word: the last word of a spelled number (``thousand`` in ``five thousand``)
    """
    fig = Figure(start, e, value)
    fig.words = words
    fig.raw = raw
    hm = _AND_A_HALF.match(scan.low, e) if scan.low.startswith((" and", "\tand"), e) and float(value).is_integer() else None
    if hm:  # "four and a half hours"
        e = hm.end()
        fig.value = fig.mantissa = value + 0.5
        fig.end = e
    if scale_word in SCALE_WORDS and fig.value >= SCALE_WORDS[scale_word]:
        fig.scaled, fig.mantissa = True, fig.value / SCALE_WORDS[scale_word]  # "five thousand"
    skip = take_currency_sign(scan, fig, e, raw)
    if skip is not None:
        return skip
    if scan.text.startswith("+ ", e) and raw and fig.qualifier is None:
        e += 1  # "20+ years", "2470+ delegates": at least
        fig.end, fig.qualifier = e, "at least"
    e, done = _read_scale(scan, fig, e, raw, words)
    if done:
        return e
    fig.end = e
    skip = _not_a_quantity_end(scan, fig, start, e, raw, words)
    if skip is not None:
        return skip
    for read_after in _READERS_AFTER:
        end = read_after(scan, fig, e)
        if end is not None:
            return end
    if raw is not None and scan.text[e:e + 1] == ":" and identifiers.is_name_before(scan.text, start):
        end = designations.chapter_verse_end(scan.text, start, e)
        if end is not None:
            return end  # "Isaiah 45:1"
    end = read_ratio(scan, fig, start, e)
    if end is not None:
        return end
    if e < scan.n and scan.text[e] == "-":
        return read_compound(scan, fig, e)
    end = read_unit_after(scan, fig, e)
    if end is not None:
        return end
    if fraction:
        fig.kind = "ratio"
        return scan.emit(fig)
    return _read_bare_number(scan, fig, start, e, raw)


def _read_bare_number(scan: ScannedText, fig: Figure, start: int, e: int, raw: str | None) -> int:
    """A number with no unit word after it: a reference, a quote row, a height, else a count (:mod:`.counts`)."""
    end = _reference_end(scan, fig, start, e, raw)
    if end is not None:
        return end
    if raw and raw[-3:-2] == ".":
        end = read_quote_row(scan, fig, e)  # "225.86 -12.99 -5.44%"
        if end is not None:
            return end
    if raw and fig.value < 12 and _FEET_THEN.search(scan.low, max(0, start - 10), start) \
            and not _WORD_AFTER_INCHES.match(scan.low, e):
        fig.kind, fig.unit = "measure", "inches"  # "5 feet 3 to 5 feet 5": the inches of a height
        return scan.emit(fig)
    if raw and scan.text[e:e + 1] in ("'", "’"):
        end = read_feet_and_inches(scan, fig, e)  # "6' tall", "5'10\""
        if end is not None:
            return end
    return read_count(scan, fig, raw)


def _read_scale(scan: ScannedText, fig: Figure, e: int, raw: str | None, words: bool) -> tuple[int, bool]:
    """Apply a scale word (``5 million``) or fused letters (``$5m``, ``100km``, ``5G``) after ``e``.

    Returns (position, done): done when the letters decided the figure (or that there is none).
    """
    text, low = scan.text, scan.low
    sm = SCALE_AFTER.match(low, e)
    if sm and not (sm.group(1) == "hundred" and not words and "." in (raw or "")):
        mult = SCALE_WORDS.get(sm.group(1), 100.0)
        e = sm.end()
        sm2 = SCALE_AFTER.match(low, e)
        if sm2 and mult == 100.0 and sm2.group(1) != "hundred":
            mult *= SCALE_WORDS.get(sm2.group(1), 1.0)  # "4 hundred million"
            e = sm2.end()
        fig.value *= mult
        fig.scaled = True
        return e, False
    if words or not (e < scan.n and (text[e].isalpha() or text[e] in "µμ°″′²")):
        return e, False
    fl = FUSED_LETTERS.match(low, e)
    letters, surface = fl.group(), text[e:fl.end()]
    if letters in ("pc", "pct"):
        fig.kind, fig.unit, fig.end = "percent", "percent", fl.end()
        return scan.emit(fig), True
    mult = FUSED_SCALES.get(letters)
    if surface in ("K", "k") and raw in ("2", "4", "5", "8", "16") and not fig.currency \
            and (surface == "K" or _VIDEO_AFTER.match(low, fl.end())):
        return identifiers.skip_token(text, e), True  # "4K video", "8K": a resolution, no figure
    if mult and (fig.currency or letters in _WORD_SCALES or surface == "k"
                 or letters == "m" and (noun_follows(text, low, fl.end()) or surface == "M")):
        fig.value *= mult
        fig.scaled = True
        return fl.end(), False
    return _read_fused_unit(scan, fig, e, fl.end(), letters, surface), True


def _read_fused_unit(scan: ScannedText, fig: Figure, e: int, letters_end: int, letters: str, surface: str) -> int:
    """Letters fused to the digits that are no scale: a unit (``100km``, ``5g``), money (``164p``), or a code (``5G``)."""
    mm = MEASURE.match(scan.low, e)
    if mm and mm.group(2) not in FUSED_ONLY_UNITS:
        return read_measure(scan, fig, mm)
    if surface in FUSED_UNITS:
        fig.kind, fig.unit, fig.end = "measure", FUSED_UNITS[surface], letters_end
        return scan.emit(fig)
    if letters == "in" and (_FEET_BEFORE.search(scan.low, max(0, fig.start - 12), fig.start)
                            or _SIZE_AFTER.match(scan.low, letters_end)):
        fig.kind, fig.unit, fig.end = "measure", "inches", letters_end  # "5ft 10in", "a 9in blade"
        return scan.emit(fig)
    if is_fused_currency(letters):
        return read_fused_money(scan, fig, letters_end, letters)
    if letters in ("s",) or letters.startswith(("am", "pm")):
        return letters_end  # 1990s, 5pm
    return identifiers.skip_token(scan.text, e)  # 5G, 4K, 3D


def _not_a_quantity_end(scan: ScannedText, fig: Figure, s: int, e: int, raw: str | None, words: bool) -> int | None:
    """Where the scan goes on when the number is a clock time, a gallery counter or part of a date."""
    cm = identifiers.CLOCK_AFTER.match(scan.low, e)
    if cm:
        return cm.end()
    if raw is None and identifiers.is_gallery_counter(scan.low, s, e):  # (digits were tested in marker_end)
        return e  # photo gallery counters: "Image 2 of 6", "Photo 1 of / 6"
    if not fig.scaled and not fig.currency and not words and identifiers.month_next_to(scan.text, scan.low, s, e, raw):
        return identifiers.past_range(scan.text, e)  # "Aug. 7", "Sept. 20-24", "1 September 2019"
    return None


def _reference_end(scan: ScannedText, fig: Figure, s: int, e: int, raw: str | None) -> int | None:
    """Where the scan goes on when a bare number is part of a reference: a name, a day, a grade, a place."""
    text, low = scan.text, scan.low
    if fig.scaled or fig.currency:
        return None
    if raw is not None and "." in raw and len(raw) >= 6:
        return designations.coordinate_end(text, fig.start)  # "41.248601 -76.918823"
    before = low[s - 1:s] if s else ""
    if not (before == " " and low[s - 4:s - 1] in _REFERENCE_JOIN_ENDS or before and before in "-–"):
        return None  # (the cheap test first: the references below all have one of these before the number)
    if designations.is_capitalized_name_of(text, s, e) or designations.is_grade_range_end(scan.low, s):
        return e  # "the Group of 20", "grades three through eight"
    if raw is not None and designations.is_day_of_a_range(text, s, fig.value) and not text[e:e + 1].isalpha():
        return e  # "July 8 to 12", "Nov. 4-5"
    return None


# the last three characters of the word before the number that a reference may end with: " of", " to",
# "through", "thru", "and", " or", "until" (or a dash)
_REFERENCE_JOIN_ENDS = {" of", " to", "ugh", "hru", "and", " or", "til"}


def _read_percent(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """``5%``, ``5 percent``, ``2 percentage points``, ``25 basis points``."""
    pm = PERCENT.match(scan.low, e)
    if not pm:
        return None
    u = pm.group(1)
    fig.kind = "percent"
    fig.unit = ("percentage points" if u.startswith("percentage")
                else "basis points" if u.startswith(("basis", "bps")) else "percent")
    fig.end = pm.end()
    return scan.emit(fig)


# the readers tried in order right after the number (each returns None when it does not apply)
_READERS_AFTER = (_read_percent, read_money_after, read_age_after, read_times, read_one_in, read_resolution,
                  read_converted_metric)
