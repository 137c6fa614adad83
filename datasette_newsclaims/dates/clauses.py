"""Sentences, paragraphs and the event clause a date belongs to.

Owns: sentence starts (abbreviations and initials do not end one), the clause
separators of a sentence, :func:`event_clause` (the words around a date that say
what happened then, at most :data:`EVENT_MAX` characters, never beyond a
sentence, widened to a neighbouring piece when its own has no verb), paragraph
starts. Must not touch: tense (it only asks :func:`.tense.has_verb`), detection or resolution.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .tense import first_verb_start, has_verb

EVENT_MAX = 120

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
_STRIP = " ,;:\"“”'‘’—–-()\n"


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
        elided = _dateline_lead(text, starts, ends, se, a, b, s, e, k) or _past_an_aside(
            text, starts, ends, se, a, b, e, k)
        if elided:  # "" when the verb does not fit
            return elided
        a, b = _with_verb_neighbour(text, starts, ends, ss, se, a, b, j, k)
        b = _after_a_lone_date(text, starts, ends, se, a, b, s, e, k)
    elif j >= 1 and text[a:s].lstrip(_STRIP)[:1].islower() and not (
            has_verb(text, a, s) if verb_before is None else verb_before):
        joined = _after_an_aside(text, starts, ends, ss, a, b, e, j)
        if joined:
            return joined
    if b - a <= EVENT_MAX:
        return text[a:b].strip(_STRIP)
    return _window(text, a, b, s, e)


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
        if step == 2 and _is_aside(text, starts, ends, k) and _continues(text, lo, hi):
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
    piece = text[lo:hi].lstrip(_STRIP)
    return piece[:1].islower()


_ASIDE_PAIRS = {"(": ")", "[": "]"}
ELISION = " … "


def _is_aside(text: str, starts: list[int], ends: list[int], k: int) -> bool:
    """True when separators ``k`` and ``k + 1`` enclose an aside: brackets or a pair of dashes."""
    o, c = text[starts[k]:ends[k]].strip()[:1], text[starts[k + 1]:ends[k + 1]].strip()[:1]
    return _ASIDE_PAIRS.get(o) == c or (o in "-–—" and c in "-–—")


def _past_an_aside(text: str, starts: list[int], ends: list[int], se: int, a: int, b: int, e: int,
                   k: int) -> str | None:
    """The clause of a piece without a verb that asides cut off from its verb, the asides left out:
    "Sen. Bernie Sanders (I-Vt.) remains ...", "His finish on Tuesday - 22 points behind ... - highlights ...";
    None when no aside follows, no verb comes within three of them, or the whole fits without leaving them out."""
    kept = [text[a:b].strip(_STRIP)]
    for step in range(3):
        if k + 1 >= len(starts) or not _is_aside(text, starts, ends, k) or has_verb(text, ends[k], starts[k + 1]):
            return None
        lo = ends[k + 1]
        hi = starts[k + 2] if k + 2 < len(starts) and ends[k + 2] <= se else se
        kept.append(text[lo:hi].strip(_STRIP + "."))
        if has_verb(text, lo, hi):
            if hi - a <= EVENT_MAX:  # the whole fits, asides and all
                return None if step == 0 else text[a:hi].strip(_STRIP)
            kept = [piece for piece in kept if piece]  # nothing between two asides: "(GSEE) -- which ... --"
            if len(kept) < 2:
                return None
            return _elided(kept) or _elided([_date_phrase(text, a, b, e), kept[-1]]) or None
        k += 2
    return None


_CLAUSE_END_AFTER = re.compile(r",\s|\s(?:and|but)\s")


def _after_an_aside(text: str, starts: list[int], ends: list[int], ss: int, a: int, b: int, e: int,
                    j: int) -> str | None:
    """The clause of a piece that goes on, lower case and with no verb before the date, after an aside whose
    verb came before it: "snapped a losing streak to the Huskies (4-7) dating to 2007" -> "... Huskies … dating
    to 2007"; None when no aside ends the piece before, or no verb precedes that aside."""
    if not _is_aside(text, starts, ends, j - 1):
        return None
    lo = ends[j - 2] if j >= 2 and starts[j - 2] >= ss else ss
    hi = starts[j - 1]
    if not has_verb(text, lo, hi):
        return None
    if b - lo <= EVENT_MAX:
        return text[lo:b].strip(_STRIP)  # the whole fits, aside and all
    end = _CLAUSE_END_AFTER.search(text, e, b)  # the date's own clause: "dating to 2007" of "... and ended ..."
    current = text[a:end.start() if end else b].strip(_STRIP)
    room = EVENT_MAX - len(current) - len(ELISION)
    head = text[lo:hi].strip(_STRIP)
    if room < 20:
        return None
    if len(head) > room:
        cut = head.find(" ", len(head) - room)
        head = head[cut + 1:] if cut >= 0 else head[-room:]
    return head + ELISION + current if has_verb(head, 0, len(head)) else None


def _elided(pieces: list[str]) -> str:
    """The pieces joined by :data:`ELISION`, the last one cut at a word to keep within EVENT_MAX."""
    head = ELISION.join(pieces[:-1]) + ELISION
    tail, room = pieces[-1], EVENT_MAX - len(head)
    if len(tail) > room:
        cut = tail.rfind(" ", 0, room + 1)
        tail = tail[:cut] if cut > 0 else tail[:room]
    return head + tail if room > 0 and has_verb(tail, 0, len(tail)) else ""


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'-]*(?:[ ,]+[A-Z][A-Z.'-]*)*,\s*")  # "CLEVELAND, ", "HEMPSTEAD, N.Y., "
_AGENCY = re.compile(r"\s*\([A-Za-z .]{2,20}\)\s*")  # "(UPI)", "(Reuters)"


def _dateline_lead(text: str, starts: list[int], ends: list[int], se: int, a: int, b: int, s: int, e: int,
                   k: int) -> str | None:
    """The clause of a dateline ("CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told
    ..."): the dateline, then the lead sentence it dates, cut to fit; None for any other piece."""
    if text[e:b].strip() or not _DATELINE_PLACE.fullmatch(text, a, s):
        return None
    gap = b  # where the dash must follow: the date's end, or the agency's
    if k < len(starts) and text[starts[k]] == "(":  # the agency in brackets: "(UPI)"
        if k + 1 >= len(starts) or not _AGENCY.fullmatch(text, starts[k], ends[k + 1]):
            return None
        gap, k = ends[k + 1], k + 2
    if k >= len(starts) or text[starts[k]:ends[k]].strip()[:1] not in ("-", "–", "—") or text[gap:starts[k]].strip():
        return None
    return _elided([text[a:e].strip(_STRIP), text[ends[k]:se].strip(_STRIP)]) or None  # the lead, brackets and all


def _after_a_lone_date(text: str, starts: list[int], ends: list[int], se: int, a: int, b: int,
                       s: int, e: int, k: int) -> int:
    """Where the clause of a date alone in its piece ("Last year: record floods.") ends: with the piece
    after it, which says what happened; ``b`` when the piece has more than the date or none follows."""
    if text[a:s].strip(_STRIP) or text[e:b].strip(_STRIP) or k >= len(starts):
        return b
    hi = starts[k + 1] if k + 1 < len(starts) and ends[k + 1] <= se else se
    return hi if hi - a <= EVENT_MAX else b


# a verb the lexicon does not know for sure may come first: "Clinton plans to", "asks her", "proposed that"
_MAYBE_VERB = re.compile(r"\b(?:[a-z]{2,}[^s\W]s|proposed|planned|expected|intended)\s+(?:to|that|the|a|an|her|his|their|its|our)\b")
_KEPT_AFTER = 40
_SUBJECT_KEPT = 36  # characters after an opening date's comma that its elided clause keeps
_WORD_REST = re.compile(r"\w*")  # characters after a date that a window keeps up to a comma ("in next year's elections")


def _window(text: str, a: int, b: int, s: int, e: int) -> str:
    """EVENT_MAX characters of the piece [a, b) around the date [s, e), reaching mostly backwards.

    With a verb before the date ("Romney won more than 60 percent of the vote in 2012, the most
    recent ..."), the words after the date stop at the next comma, so that the room goes to the earliest
    verb that fits.
    """
    room = EVENT_MAX - (e - s)
    if s - a < 30:
        elided = _opening_date_clause(text, a, b, e)
        if elided:
            return elided
        left = s - a
    else:
        left = _left_to_verb(text, a, b, s, e, room, min(s - a, max(room * 3 // 5, room - (b - e))))
    a2, b2 = s - left, min(b, e + room - left)
    if a2 > a and not text[a2 - 1].isspace():  # start at a word, never inside the date
        sp = text.find(" ", a2, s)
        a2 = sp + 1 if 0 <= sp < a2 + 25 else a2
    if b2 < b and not text[b2].isspace() and text[b2] != ",":  # end at a word
        sp = text.rfind(" ", e, b2)
        b2 = sp if sp >= 0 and sp > b2 - 25 else b2
    return text[a2:b2].strip(_STRIP)[:EVENT_MAX]


def _opening_date_clause(text: str, a: int, b: int, e: int) -> str | None:
    """The elided clause of a date that opens a long piece as an adverbial ("On Friday morning, ...") whose
    verb lies beyond one window (:func:`_date_then_verb`); None when the plain window keeps a verb."""
    comma = text.find(", ", e, min(b, e + 25))
    if comma < 0:
        return None
    end = min(b, comma + 140)
    far = _WORD_REST.match(text, a + EVENT_MAX - 12).end()  # a verb starting before this fits the window
    if far >= end or has_verb(text, a, far):
        return None
    verb = first_verb_start(text, far, end)
    if verb is None or _MAYBE_VERB.search(text, comma, verb):
        return None
    return _date_then_verb(text, a, b, comma, verb)  # "On Friday, the third day of his swing, ... told a joke"


def _left_to_verb(text: str, a: int, b: int, s: int, e: int, room: int, left: int) -> int:
    """How far a window reaches back from the date: ``left``, or far enough for the earliest verb before the
    date that fits when the words after the date stop at the next comma (they keep up to _KEPT_AFTER)."""
    if left >= s - a or left >= room:
        return left  # nothing further back, or no room for it
    # a date with a comma inside ("Sept. 11, 2001, attacks") closes its apposition with one: not the clause's end
    comma = text.find(", ", e + 2 if text.startswith(", ", e) and text.find(",", s, e) >= 0 else e, b)
    after = (comma if comma >= 0 else b) - e
    reach = room - min(after, _KEPT_AFTER)
    lo = max(a, s - reach)
    if lo >= s - left:
        return left
    hi = min(s, _WORD_REST.match(text, s - left).end())  # only a verb before the window's start matters
    verb = first_verb_start(text, lo, hi)  # "voters rejected the carefully prepared constitution in May"
    if verb is not None and s - verb > left:
        left = min(s - a, max(s - verb, room - after))
    return left


def _date_phrase(text: str, a: int, b: int, e: int) -> str:
    """The words of [a, b) from its start through the date ending at ``e``, up to the next comma (at most
    60 characters on) or else 40 characters on, at a word: "Thursday at the party's conference in Ohio"."""
    comma = text.find(", ", e, min(b, e + 60))
    end = comma if comma >= 0 else min(b, e + 40)
    if comma < 0 and end < b:
        sp = text.rfind(" ", e, end)
        end = sp if sp > e else end
    return text[a:end].strip(_STRIP)


def _date_then_verb(text: str, a: int, b: int, comma: int, verb: int) -> str:
    """The date's phrase and the first words after its comma (the subject, mostly), then the words that lead
    to its verb too far on to fit one window: "On Friday morning, the third day of his four-day swing, the
    nominee told a joke" -> "On Friday morning, the third day of … the nominee told a joke"."""
    lead = text.find(" ", max(comma + 2, verb - 30), verb)
    lead = lead + 1 if lead >= 0 else verb
    cut = text.rfind(" ", comma + 2, min(lead - 1, comma + 2 + _SUBJECT_KEPT))
    head = text[a:cut if cut > comma + 2 else comma].strip(_STRIP)
    return (_elided([head, text[lead:b].strip(_STRIP)]) or _elided([head, text[verb:b].strip(_STRIP)])
            or text[a:comma].strip(_STRIP))


def paragraph_start(text: str, pos: int) -> int:
    """The start of the paragraph holding ``pos`` (looking back at most 2,000 characters)."""
    i = text.rfind("\n", max(0, pos - 2000), pos)
    return i + 1 if i >= 0 else max(0, pos - 2000)
