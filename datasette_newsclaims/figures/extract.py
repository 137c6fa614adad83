"""The figure scan: find every number in a text, read each one, join ranges, drop excluded spans.

Owns :func:`extract_figures` (the public entry), the input bounds
(``MAX_INPUT_CHARS``, ``MAX_NUMBERS``) and the one compiled pattern that finds
where a number may start (a digit or a number word). Must not hold rules
about what a number states: :mod:`.numbers` reads each hit.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Iterable

from . import identifiers
from .context import Figure, ScannedText, word_start_alternation
from .number_words import CARDINAL_WORDS, FRACTIONS, ORDINALS
from .numbers import read_digit_number, read_spelled_number
from .elision import lend_elided_units
from .ranges import join_ranges
from .ratios import MULTIPLES

__all__ = ["extract_figures", "MAX_INPUT_CHARS", "MAX_NUMBERS"]

MAX_INPUT_CHARS = 2_000_000
MAX_NUMBERS = 5_000  # numbers read per text, at most (a real article has a few hundred): bounds digit-spam input

# a digit or a number word; every branch starts with a literal, so the regex search skips other characters fast
_SCAN = re.compile("|".join("0123456789") + "|" + word_start_alternation(
    set(CARDINAL_WORDS) | set(ORDINALS) | set(FRACTIONS) | set(MULTIPLES), tail=r"(?:fold)?\b"))
_SPACES = ("\xa0", "\u2007", "\u2009", "\u202f", "\u200a")


def _read_hit(scan: ScannedText, m: re.Match) -> int:
    """Read the number at scan hit ``m``; return where the scan goes on."""
    s = m.start()
    if m.group().isdigit():
        return read_digit_number(scan, s)
    return read_spelled_number(scan, s, m.group())


def _spans(exclude: Iterable) -> list[tuple[int, int]]:
    """(start, end) pairs from ``exclude``; malformed entries are ignored."""
    out = []
    for item in exclude:
        try:
            a, b = item
            out.append((int(a), int(b)))
        except (TypeError, ValueError):
            continue
    return out


def _trusted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The excluded spans, less a "year" that :func:`.identifiers.is_not_a_year` knows is none (``1800 x 1920``)."""
    return [(a, b) for a, b in spans if not (b - a == 4 and identifiers.is_not_a_year(text, a, b))]


_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:[ \t]+[^<>\n]{0,400})?/?>")


def _markup_tags(text: str) -> list[tuple[int, int]]:
    """Spans of markup tags left in scraped text (``<tweet tweet-date="March 7, 2016">``): no figure inside."""
    return [m.span() for m in _MARKUP_TAG.finditer(text)]


def _scanned_text(text: str) -> ScannedText:
    """The text with no-break and thin spaces read as spaces (offsets unchanged), and its lower-cased copy."""
    work = text
    for sp in _SPACES:
        if sp in work:
            work = work.replace(sp, " ")
    low = work.lower()
    if len(low) != len(work):  # a few characters ("İ") lower-case to two
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in work)
    return ScannedText(work, low)


def _scan_numbers(scan: ScannedText) -> list[Figure]:
    """Read every number of the text (at most MAX_NUMBERS); the figures sorted by start."""
    pos, find = 0, _SCAN.search
    for _ in range(MAX_NUMBERS):
        m = find(scan.low, pos)
        if not m:
            break
        try:
            nxt = _read_hit(scan, m)
        except Exception:  # a rule that trips on odd input skips that number, never the text
            nxt = m.end()
        end = m.end()
        pos = nxt if nxt > end else end
    return sorted(scan.figs, key=lambda f: f.start)


def extract_figures(text: str, exclude: Iterable = ()) -> list[dict]:
    """Return every figure in ``text``; spans overlapping ``exclude`` (dates) are skipped.

    :param text: any string (other types give an empty list)
    :param exclude: (start, end) spans, typically the dates found by the events extractor
    :return: dicts with start, end, text, value, kind, unit, qualifier, sorted by start
    """
    if not isinstance(text, str) or not text:
        return []
    if len(text) > MAX_INPUT_CHARS:
        text = text[:MAX_INPUT_CHARS]
    scan = _scanned_text(text)
    figs = _scan_numbers(scan)
    join_ranges(scan.low, figs)
    spans = _trusted(text, _spans(exclude)) + _markup_tags(text) if exclude or "<" in text else []
    kept = _without_overlaps(figs, sorted(spans))
    lend_elided_units(scan.text, scan.low, kept)  # after the exclusion: a date ("the next six weeks") lends no unit
    return [{
        "start": f.start, "end": f.end, "text": text[f.start:f.end], "value": float(f"{f.value:.12g}"),
        "kind": f.kind, "unit": f.unit, "qualifier": f.qualifier,
    } for f in kept]


def _without_overlaps(figs: list[Figure], spans: list[tuple[int, int]]) -> list[Figure]:
    """The figures that overlap no earlier figure and no excluded span (and have a finite value)."""
    starts = [a for a, _ in spans]
    reach, far = [], -1  # reach[i]: the furthest end among spans[0..i]
    for _, b in spans:
        far = max(far, b)
        reach.append(far)
    out = []
    last_end = -1
    for f in figs:
        if f.start < last_end or f.end <= f.start or not math.isfinite(f.value):
            continue  # (a number too long for a float would be stored and served as Infinity, which is not JSON)
        if spans:
            i = bisect_right(starts, f.end - 1) - 1  # the spans that start before the figure ends
            if i >= 0 and reach[i] > f.start:
                continue  # one of them reaches into it
        last_end = f.end
        out.append(f)
    return out
