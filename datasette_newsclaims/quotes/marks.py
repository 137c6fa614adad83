"""Pairing quotation marks into quoted spans (step 1 of the quote extractor).

Owns: the quotation-mark styles (curly, straight, TeX ````...''``, guillemets,
single marks used as primary marks), how a mark is read as opening or closing
from its neighbours, nesting of one style inside another, and ``QuoteSpan``,
the record of one quoted span that the later steps fill in.

Must not touch: cue verbs, speakers or filters (``cues``, ``sources``,
``filters``); this module only says where the quotes are.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator

MAX_QUOTES = 5_000

_DOUBLE_OPEN = {"“", "„", "«", "``", "‟"}
_DOUBLE_CLOSE = {"”", "»"}
_SINGLE = {"‘", "’", "'", "`"}
_FAMILY = {'"': "straight", "''": "tex", "``": "tex", "“": "curly", "”": "curly", "„": "curly", "‟": "curly",
           "«": "guillemet", "»": "guillemet"}

# One pass over every quotation mark of a paragraph.
_MARK_RE = re.compile(r"[\"“”„‟«»‘’'`]")
_TAG_RE = re.compile(r"<[A-Za-z/!][^<>\n]{0,500}>")
_PARA_RE = re.compile(r"[^\n\r\u2028\u2029]+")
_OPEN_BEFORE = set(" \t\u00a0([{—–-/<>•*:") | _DOUBLE_OPEN | _SINGLE
_CLOSE_AFTER = set(" \t\u00a0,.;:!?)]}—–-/…*") | _DOUBLE_CLOSE | _SINGLE | {'"'}
_ELISIONS = ("em ", "til ", "cause ", "n ", "tis ", "twas ", "round ", "bout ", "s ")

# ', he added,' just before a second opening mark: a quote interrupted by its attribution
_ATTRIBUTION_BETWEEN_RE = re.compile(r",[ \u00a0]+(?:[\w.'’\-]+[ \u00a0]+){0,4}[\w'’\-]+,\Z")
# How far ahead an opening mark of another style looks for its own closer (a nested quote).
_NESTED_LOOKAHEAD = 40


class QuoteSpan:
    """One quoted span: its offsets and marks, then (filled in later) its attribution and speaker.

    ``start``/``end`` bound the quoted words, ``o0``/``c1`` the opening and closing marks;
    ``ps``/``pe`` bound its paragraph. ``kind`` is 'name', 'pronoun' or 'description' once
    attributed and ``anchor`` the position of that attribution.
    """

    __slots__ = ("start", "end", "o0", "c1", "closed", "para", "ps", "pe", "speaker", "mention",
                 "title", "cue", "partial", "kind", "anchor", "gender")

    def __init__(self, start, end, o0, c1, closed, para, ps, pe):
        self.start, self.end, self.o0, self.c1 = start, end, o0, c1
        self.closed, self.para, self.ps, self.pe = closed, para, ps, pe
        self.speaker = self.mention = self.title = self.cue = None
        self.partial = False
        self.kind = None  # 'name', 'pronoun', 'description' once attributed
        self.gender = None
        self.anchor = None  # position of the attribution

    def set_attribution(self, got) -> None:
        """Take a cue's attribution: (mention, title, kind, cue, anchor)."""
        (self.mention, self.title, self.kind, self.cue, self.anchor) = got

    def copy_attribution(self, src: QuoteSpan) -> None:
        """Take the attribution (and speaker, once resolved) of the quote this one continues."""
        self.mention, self.title, self.kind = src.mention, src.title, src.kind
        self.cue = src.cue
        self.anchor = src.anchor
        self.speaker = getattr(src, "speaker", None)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost quoted span of ``text``, in order (at most ``MAX_QUOTES``)."""
    spans: list[QuoteSpan] = []
    # marks inside HTML tags (<a href="...">) are no quotation marks
    tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text)] if "<" in text else []
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    if not marks:
        return spans
    for pi, (ps, pe) in enumerate(paragraphs(text)):
        k = bisect_left(marks, ps)
        if k == len(marks) or marks[k] >= pe:
            continue  # no quotation mark in this paragraph
        reach = -1
        for qs, qe, o0, c1, closed in pair_marks(text, ps, pe, tags):  # in order of opening
            if c1 <= reach:
                continue  # a quote inside another quote belongs to the outer one
            reach = max(reach, c1)
            spans.append(QuoteSpan(qs, qe, o0, c1, closed, pi, ps, pe))
            if len(spans) >= MAX_QUOTES:
                break
    return spans


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text``."""
    for m in _PARA_RE.finditer(text):
        if not m.group().isspace():
            yield m.start(), m.end()


def _mark_kind(text: str, s: int, e: int, mark: str, ps: int, pe: int) -> str:
    """'open', 'close' or 'ambig' for one double mark, from the mark and its neighbours."""
    before = text[s - 1] if s > ps else " "
    after = text[e] if e < pe else " "
    open_ok = before in _OPEN_BEFORE or before.isspace()
    close_ok = after in _CLOSE_AFTER or after.isspace()
    if mark in _DOUBLE_OPEN:
        return "close" if close_ok and not open_ok else "open"  # „German“, or a typo'd closer
    if mark in _DOUBLE_CLOSE:
        return "open" if open_ok and not close_ok and after.isalnum() else "close"
    if open_ok and not close_ok:
        return "open"
    if close_ok and not open_ok:
        return "close"
    return "ambig"


def _collect_marks(text: str, ps: int, pe: int, tags) -> tuple[list, list]:
    """(double marks, single marks) of a paragraph as (start, end, mark), outside HTML tags."""
    doubles, singles = [], []
    skip = -1
    t = bisect_right(tags, (ps, -1)) - 1 if tags else 0
    for m in _MARK_RE.finditer(text, ps, pe):
        s = m.start()
        if s <= skip:
            continue
        if tags:
            while t + 1 < len(tags) and tags[t + 1][0] <= s:
                t += 1
            if 0 <= t < len(tags) and tags[t][0] <= s < tags[t][1]:
                continue  # inside an HTML tag
        ch = text[s]
        if ch in "`'" and text[s + 1:s + 2] == ch:
            doubles.append((s, s + 2, ch + ch))  # TeX ``...'' and two apostrophes used as a double mark
            skip = s + 1
        elif ch in _SINGLE:
            if ps < s < pe - 1 and text[s - 1].isalnum() and text[s + 1].isalnum():
                continue  # an apostrophe inside a word ("don't"): it can neither open nor close
            singles.append((s, s + 1, ch))
        else:
            doubles.append((s, s + 1, ch))
    return doubles, singles


def _pair_doubles(text: str, ps: int, pe: int, doubles: list) -> list:
    """Pair double marks: (start, end, open_mark_start, close_mark_end, closed) per span."""
    out = []
    inside = None
    nested = None  # style of a quote inside the open one ('"isn't about “Equal Justice” anymore"')
    kinds = [_mark_kind(text, m[0], m[1], m[2], ps, pe) for m in doubles]
    skip_to = -1
    for i, m in enumerate(doubles):
        if i <= skip_to:
            continue
        k = kinds[i]
        if inside is None:
            if k != "close":
                inside = m
            continue
        fam, ifam = _FAMILY[m[2]], _FAMILY[inside[2]]
        if nested is not None:
            if fam == nested and k != "open":
                nested = None
            continue
        end = i + 1 + _NESTED_LOOKAHEAD
        if fam != ifam and k == "open" and any(
                _FAMILY[d[2]] == fam and kd != "open" for d, kd in zip(doubles[i + 1:end], kinds[i + 1:end])):
            nested = fam  # it belongs to the outer quote
            continue
        if k == "open":
            broken = _broken_nesting(text, ps, doubles, kinds, i)
            if broken == "nested":
                nested = fam  # '"... K-9 "Turbo" finds him ...," he said': one style nested in itself
            elif broken is not None:
                c = doubles[broken]  # '"shooting at a man he called "Mo Ward."': one mark closes both
                out.append((inside[1], c[0], inside[0], c[1], True))
                inside, skip_to = None, broken
            else:
                inside = m  # the earlier mark was never closed: drop it
            continue
        else:
            out.append((inside[1], m[0], inside[0], m[1], True))
            inside = None
    if inside is not None:
        out.append((inside[1], pe, inside[0], pe, False))
    return out


def _broken_nesting(text: str, ps: int, doubles: list, kinds: list[str], i: int) -> str | int | None:
    """A second opening mark inside an open quote, mid-sentence ('he said he was "shooting at a man
    he called "Mo Ward."'): 'nested' when two closers of its style follow (it nests in the outer
    quote), the index of the one closer when only one follows (it closes both, so the quote runs
    from the first opening mark to it); None when the earlier mark was simply never closed
    ('"We lost. Then she said, "We go on."')."""
    j = doubles[i][0] - 1
    while j >= ps and text[j] in " \t\u00a0":
        j -= 1
    if j < ps or text[j] in ".!?:" or text[j] in _DOUBLE_CLOSE or text[j] in _DOUBLE_OPEN or text[j] == '"':
        return None
    if _ATTRIBUTION_BETWEEN_RE.search(text, max(ps, j - 60), j + 1):
        return None  # '"Absent a deal, he added, "this is how it ends."': the first closer is missing
    fam = _FAMILY[doubles[i][2]]
    later = [n for n in range(i + 1, min(len(doubles), i + 1 + _NESTED_LOOKAHEAD)) if _FAMILY[doubles[n][2]] == fam]
    if not later or kinds[later[0]] == "open":
        return None
    if len(later) == 1 or kinds[later[1]] == "open":
        return later[0]
    return "nested"


def pair_marks(text: str, ps: int, pe: int, tags=()) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, open_mark_start, close_mark_end, closed) for each quoted span of a paragraph.

    A mark left open runs to the end of its paragraph only, so an unbalanced
    mark never swallows the article.
    """
    doubles, singles = _collect_marks(text, ps, pe, tags)
    out = _pair_doubles(text, ps, pe, doubles)
    if singles:
        out.extend(_pair_singles(text, ps, pe, singles, out))
    res = []
    for s, e, o0, c1, closed in sorted(out):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e, o0, c1, closed))
    return res


def _pair_singles(text: str, ps: int, pe: int, singles: list, doubles_out: list) -> list:
    """Single marks used as primary quotation marks, outside double-quoted spans."""
    taken = sorted((o0, c1) for _, _, o0, c1, _ in doubles_out)
    starts = [a for a, _ in taken]
    out = []
    inside = None
    for s, e, mark in singles:
        k = bisect_right(starts, s) - 1
        if k >= 0 and s < taken[k][1]:
            continue  # inside a double-quoted span
        before = text[s - 1] if s > ps else " "
        after = text[e] if e < pe else " "
        can_open = mark != "’" and (before.isspace() or before in "([{—–-:") and after.isalpha()
        if can_open and text[e:e + 6].lower().startswith(_ELISIONS):
            can_open = False
        can_close = mark in ("’", "'") and not before.isspace() and (after.isspace() or after in ",.;:!?)]—–…" or e >= pe)
        if inside is None:
            if can_open:
                inside = (s, e)
        elif can_close:
            if before.lower() == "s" and text[e:e + 1] == " " and e + 1 < pe and text[e + 1].islower():
                continue  # plural possessive ("voters' rights") inside a single-quoted span
            out.append((inside[1], s, inside[0], e, True))
            inside = None
        elif can_open:
            inside = (s, e)
    return out
