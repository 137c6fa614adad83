"""Sentences, paragraphs and the event clause a date belongs to.

Owns: sentence starts (abbreviations and initials do not end one, unless a plain sentence opener follows),
the clause separators of a sentence (the marks of a partial quote or a quoted name are none),
:func:`event_clause` (the words around a date that say what happened then, at most :data:`EVENT_MAX`
characters, never beyond a sentence, widened to a neighbouring piece when its own has no verb: past an
aside, past the attribution that interrupts a quote), paragraph starts. Windows, asides left out and
datelines are :mod:`.clause_parts`'. Must not touch: tense (it only asks :func:`.tense.has_verb`),
detection or resolution.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .clause_parts import EVENT_MAX, STRIP, after_an_aside, dateline_lead, is_aside, past_an_aside, window
from .tense import has_verb

_ABBREVIATIONS = frozenset(
    "mr ms dr st jr sr mrs gov sen rep gen jan feb mar apr jun jul aug sep sept oct nov dec inc col lt no corp ave co ltd "
    "bros prof rev vs calif mass conn ariz fla ill mich minn wash va pa ga la md mo tenn tex wis ky okla ore "
    "colo ind kan neb nev ala miss del capt sgt adm maj cmdr gens reps sens messrs e.g i.e "
    "vt ark wyo mont mt ft dept supt cpl pvt det ofc atty brig pfc spc pres asst".split()
)


# a sentence end: [.!?] (quotes, brackets) space before a capital or a digit, or a line break; written with one
# leading character class, which the regex engine scans for fast
_SENT_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9]))")


_WORD_BEFORE = re.compile(r"([\w.]*)$")


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (abbreviations and initials do not end one)."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        p = m.start()
        if text[p] == "." and not text[p - 7:p].isalpha():  # seven letters: no abbreviation, no initial
            w = _WORD_BEFORE.search(text, max(0, p - 12), p).group(1).lower()
            if w in _ABBREVIATIONS:
                continue
            if ((len(w) == 1 and w.isalpha()) or (len(w) == 3 and w[1] == ".")) and not _STARTER.match(text, m.end()):
                continue  # an initial ("John F. Kennedy"), unless a sentence plainly starts after it ("the U.S. The")
        starts.append(m.end())
    return starts


# words that open a sentence and hardly follow an initial: "in the U.S. The", "Group D. The day before"
_STARTER = re.compile(r"(?:The|He|She|It|They|We|But|This|That|These|Those|There|His|Her|Its|Their|When|After)\s")


_CLAUSE_SEP = re.compile(r"[;()\[\]\"“”\n—]|:(?=\s)|--|\s(?:[-–]{1,2}\s|(?='[A-Z]))")  # one \s branch: faster


def sentence_around(starts: list[int], n: int, s: int) -> tuple[int, int]:
    """The sentence [start, end) holding offset ``s``."""
    i = bisect_right(starts, s) - 1
    start = starts[i] if i >= 0 else 0
    end = starts[i + 1] if i + 1 < len(starts) else n
    return start, end


def separators(text: str, ss: int, se: int) -> tuple[list[int], list[int]]:
    """The starts and ends of the clause separators of the sentence [ss, se), in order.

    The marks of a partial quote woven into the sentence (Trump's "nasty effusion" in Iowa) are none:
    its words belong to the writer's clause.
    """
    found = [m.span() for m in _CLAUSE_SEP.finditer(text, ss, se)]
    if found and (text.find('"', ss, se) >= 0 or text.find("“", ss, se) >= 0):
        woven = _woven_quote_marks(text, [a for a, _ in found if text[a] in _QUOTE_MARKS])
        found = [(a, b) for a, b in found if a not in woven] if woven else found
    return [a for a, _ in found], [b for _, b in found]


_QUOTE_MARKS = "\"“”"
_NAME_QUOTE_BEFORE = re.compile(  # a title or a term: the "Big Three" automakers, the broadcast of "Fox News Sunday"
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|so-called|of|on|in|at|for|from|with|about|"
    r"called|dubbed|titled|named|nicknamed) $")
_WOVEN_BEFORE = re.compile(r"[\w’'] $")  # a word and a space before the opening mark: not `said: "` or `, "`


def _woven_quote_marks(text: str, marks: list[int]) -> set[int]:
    """The offsets of the quotation marks (in order, one sentence) that open and close partial quotes:
    a quote after a word of the sentence that starts with a lower-case word or a digit, or any quote after
    a determiner (a name or a term: the "Big Three" automakers)."""
    if len(marks) % 2 or any(text[o] == "”" for o in marks[::2]) or any(text[c] == "“" for c in marks[1::2]):
        return set()  # unpaired marks: every one stays a separator
    woven = set()
    for o, c in zip(marks[::2], marks[1::2]):
        first = text[o + 1:o + 2]
        if _WOVEN_BEFORE.search(text, max(0, o - 2), o) and (first.islower() or first.isdigit()) or (
                _NAME_QUOTE_BEFORE.search(text, max(0, o - 12), o)):  # the "Big Three" automakers
            woven.update((o, c))
    return woven


def event_clause(text: str, ss: int, se: int, s: int, e: int, seps: tuple[list[int], list[int]] | None = None) -> str:
    """The clause around [s, e) inside the sentence [ss, se), at most EVENT_MAX characters.

    The sentence is cut at strong separators (semicolons, colons, dashes, quotation
    marks, brackets); a piece without a verb ("On Tuesday -- two days after the vote
    -- the council resigned") takes in its neighbours until one has one; a piece still
    too long becomes a window around the date, reaching mostly backwards (the verb
    usually comes first) unless the date opens it.
    ``seps``, the sentence's :func:`separators`, is scanned once for all its dates.
    """
    starts, ends = seps if seps is not None else separators(text, ss, se)
    ss, se = max(ss, s - 2 * EVENT_MAX), min(se, e + 2 * EVENT_MAX)
    a, b = ss, se
    j = bisect_right(ends, s) - 1  # the last separator before the date ...
    if j >= 0 and starts[j] >= ss:
        a = ends[j]
    else:
        j = -1
    k = bisect_left(starts, e)  # ... and the first after it, within reach
    if k < len(starts) and ends[k] <= se:
        b = starts[k]
    else:
        k = len(starts)
    verb_before = has_verb(text, a, s) if b - a <= EVENT_MAX else None  # None: not looked at
    if verb_before is False and not has_verb(text, e, b):
        elided = (_around_an_aside(text, starts, ends, ss, se, j, k) or dateline_lead(text, starts, ends, se, a, b, s, e, k)
                  or past_an_aside(text, starts, ends, se, a, b, e, k))
        if elided:  # "" when the verb does not fit
            return elided
        a, b = _with_verb_neighbour(text, starts, ends, ss, se, a, b, j, k)
        b = _after_a_lone_date(text, starts, ends, se, a, b, s, e, k)
    elif j >= 1 and text[a:s].lstrip(STRIP)[:1].islower() and not (
            has_verb(text, a, s) if verb_before is None else verb_before):
        joined = after_an_aside(text, starts, ends, ss, a, b, e, j)
        if joined:
            return joined
    if b - a <= EVENT_MAX:
        return text[a:b].strip(STRIP)
    return window(text, a, b, s, e)


def _around_an_aside(text: str, starts: list[int], ends: list[int], ss: int, se: int, j: int, k: int) -> str | None:
    """The clause of a date in an aside without a verb, the aside and its words on both sides: "The
    shooting (on Friday) left two dead"; None when the date's piece is no aside or the whole is too long."""
    if j < 0 or k != j + 1 or k >= len(starts) or not is_aside(text, starts, ends, j):
        return None
    lo = ends[j - 1] if j >= 1 and starts[j - 1] >= ss else ss
    hi = starts[k + 1] if k + 1 < len(starts) and ends[k + 1] <= se else se
    if hi - lo > EVENT_MAX or not has_verb(text, lo, hi):
        return None
    return text[lo:hi].strip(STRIP)


def _with_verb_neighbour(text: str, starts: list[int], ends: list[int], ss: int, se: int,
                         a: int, b: int, j: int, k: int) -> tuple[int, int]:
    """[a, b) widened over up to two separators, rightwards first, to the nearest piece with a verb
    (rightwards within EVENT_MAX; leftwards a longer piece is cut by the window); else up to the piece after an aside
    that goes on with the clause; unchanged when there is none."""
    continued = b
    for step in (1, 2):  # rightwards: "On Tuesday -- ... -- the council resigned"
        if k + step - 1 >= len(starts):
            break
        lo = ends[k + step - 1]
        hi = starts[k + step] if k + step < len(starts) and ends[k + step] <= se else se
        if hi - a > EVENT_MAX:
            break
        if has_verb(text, lo, hi):
            if step == 1 and _ATTRIBUTION.fullmatch(text, lo, hi) and _reopens_quote(text, starts, ends, se, a, k):
                continue  # '"Next week," he said, "we will vote."': the quote goes on after its attribution
            return a, hi
        if step == 2 and is_aside(text, starts, ends, k) and _continues(text, lo, hi):
            continued = hi  # the clause goes on after the aside, with a verb the lexicon does not know
    for step in (1, 2):  # leftwards: "He resigned -- on Tuesday"
        if j - step + 1 < 0:
            break
        hi = starts[j - step + 1]
        lo = ends[j - step] if j - step >= 0 and starts[j - step] >= ss else ss
        if has_verb(text, lo, hi):
            return lo, b  # longer than EVENT_MAX: the window reaching back from the date keeps the verb's end
        if b - lo > EVENT_MAX:
            break
    return a, continued


# the attribution that interrupts a quote: ', he said, ', ' the mayor told reporters '
_ATTRIBUTION = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){1,5}?(?:said|says|added|told\s+\w+|wrote|asked)[\s,:]*")


def _reopens_quote(text: str, starts: list[int], ends: list[int], se: int, a: int, k: int) -> bool:
    """True when separators ``k`` and ``k + 1`` close and reopen a quote whose next part has a verb and
    fits with the part before: then that part is the clause, not the attribution between."""
    if k + 1 >= len(starts) or text[starts[k]] not in _QUOTE_MARKS or text[starts[k + 1]] not in _QUOTE_MARKS:
        return False
    hi = starts[k + 2] if k + 2 < len(starts) and ends[k + 2] <= se else se
    return hi - a <= EVENT_MAX and has_verb(text, ends[k + 1], hi)


def _continues(text: str, lo: int, hi: int) -> bool:
    """True when the piece [lo, hi) after an aside goes on with the clause before it: a lower-case word
    ("Friday's shooting -- the third this month -- leaves the city ...")."""
    piece = text[lo:hi].lstrip(STRIP)
    return piece[:1].islower()


def _after_a_lone_date(text: str, starts: list[int], ends: list[int], se: int, a: int, b: int,
                       s: int, e: int, k: int) -> int:
    """Where the clause of a date alone in its piece ("Last year: record floods.") ends: with the piece
    after it, which says what happened; ``b`` when the piece has more than the date or none follows."""
    if text[a:s].strip(STRIP) or text[e:b].strip(STRIP) or k >= len(starts):
        return b
    hi = starts[k + 1] if k + 1 < len(starts) and ends[k + 1] <= se else se
    return hi if hi - a <= EVENT_MAX else b


def paragraph_start(text: str, pos: int) -> int:
    """The start of the paragraph holding ``pos`` (looking back at most 2,000 characters)."""
    i = text.rfind("\n", max(0, pos - 2000), pos)
    return i + 1 if i >= 0 else max(0, pos - 2000)
