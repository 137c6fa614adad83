"""Event clauses put together from parts of a sentence, for :mod:`.clauses`.

Owns: :data:`EVENT_MAX`, :data:`ELISION`, the window around a date in a piece too long for one clause
(reaching back to the verb before the date; an opening date with its verb far on keeps both, ' … '
between), asides (brackets, a pair of dashes) left out to reach the verb past them or before them, and a
dateline's lead sentence. Must not touch: sentences and separators (:mod:`.clauses` hands the pieces
over), tense (it only asks :func:`.tense.has_verb` and :func:`.tense.first_verb_start`).
"""
from __future__ import annotations

import re

from .tense import first_verb_start, has_verb

EVENT_MAX = 120
STRIP = " ,;:\"“”'‘’—–-()\n"  # what a clause does not start or end with
_ASIDE_PAIRS = {"(": ")", "[": "]"}
ELISION = " … "


def is_aside(text: str, starts: list[int], ends: list[int], k: int) -> bool:
    """True when separators ``k`` and ``k + 1`` enclose an aside: brackets or a pair of dashes."""
    o, c = text[starts[k]:ends[k]].strip()[:1], text[starts[k + 1]:ends[k + 1]].strip()[:1]
    return _ASIDE_PAIRS.get(o) == c or (o in "-–—" and c in "-–—")


def past_an_aside(text: str, starts: list[int], ends: list[int], se: int, a: int, b: int, e: int,
                   k: int) -> str | None:
    """The clause of a piece without a verb that asides cut off from its verb, the asides left out:
    "Sen. Bernie Sanders (I-Vt.) remains ...", "His finish on Tuesday - 22 points behind ... - highlights ...";
    None when no aside follows, no verb comes within three of them, or the whole fits without leaving them out."""
    kept = [text[a:b].strip(STRIP)]
    for step in range(3):
        if k + 1 >= len(starts) or not is_aside(text, starts, ends, k) or has_verb(text, ends[k], starts[k + 1]):
            return None
        lo = ends[k + 1]
        hi = starts[k + 2] if k + 2 < len(starts) and ends[k + 2] <= se else se
        kept.append(text[lo:hi].strip(STRIP + "."))
        if has_verb(text, lo, hi):
            if hi - a <= EVENT_MAX:  # the whole fits, asides and all
                return None if step == 0 else text[a:hi].strip(STRIP)
            kept = [piece for piece in kept if piece]  # nothing between two asides: "(GSEE) -- which ... --"
            if len(kept) < 2:
                return None
            return _elided(kept) or _elided([_date_phrase(text, a, b, e), kept[-1]]) or None
        k += 2
    return None


_CLAUSE_END_AFTER = re.compile(r",\s|\s(?:and|but)\s")


def after_an_aside(text: str, starts: list[int], ends: list[int], ss: int, a: int, b: int, e: int,
                    j: int) -> str | None:
    """The clause of a piece that goes on, lower case and with no verb before the date, after an aside whose
    verb came before it: "snapped a losing streak to the Huskies (4-7) dating to 2007" -> "... Huskies … dating
    to 2007"; None when no aside ends the piece before, or no verb precedes that aside."""
    if not is_aside(text, starts, ends, j - 1):
        return None
    lo = ends[j - 2] if j >= 2 and starts[j - 2] >= ss else ss
    hi = starts[j - 1]
    if not has_verb(text, lo, hi):
        return None
    if b - lo <= EVENT_MAX:
        return text[lo:b].strip(STRIP)  # the whole fits, aside and all
    end = _CLAUSE_END_AFTER.search(text, e, b)  # the date's own clause: "dating to 2007" of "... and ended ..."
    current = text[a:end.start() if end else b].strip(STRIP)
    room = EVENT_MAX - len(current) - len(ELISION)
    head = text[lo:hi].strip(STRIP)
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


def dateline_lead(text: str, starts: list[int], ends: list[int], se: int, a: int, b: int, s: int, e: int,
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
    return _elided([text[a:e].strip(STRIP), text[ends[k]:se].strip(STRIP)]) or None  # the lead, brackets and all


# a verb the lexicon does not know for sure may come first: "Clinton plans to", "asks her", "proposed that"
_MAYBE_VERB = re.compile(r"\b(?:[a-z]{2,}[^s\W]s|proposed|planned|expected|intended)\s+(?:to|that|the|a|an|her|his|their|its|our)\b")
_KEPT_AFTER = 40  # characters after a date that a window keeps up to a comma ("in next year's elections")
_SUBJECT_KEPT = 36  # characters after an opening date's comma that its elided clause keeps
_WORD_REST = re.compile(r"\w*")


def window(text: str, a: int, b: int, s: int, e: int) -> str:
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
    return text[a2:b2].strip(STRIP)[:EVENT_MAX]


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
    if verb is not None and s - verb >= left:  # at the window's start or before: room for its subject too
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
    return text[a:end].strip(STRIP)


def _date_then_verb(text: str, a: int, b: int, comma: int, verb: int) -> str:
    """The date's phrase and the first words after its comma (the subject, mostly), then the words that lead
    to its verb too far on to fit one window: "On Friday morning, the third day of his four-day swing, the
    nominee told a joke" -> "On Friday morning, the third day of … the nominee told a joke"."""
    lead = text.find(" ", max(comma + 2, verb - 30), verb)
    lead = lead + 1 if lead >= 0 else verb
    cut = text.rfind(" ", comma + 2, min(lead - 1, comma + 2 + _SUBJECT_KEPT))
    head = text[a:cut if cut > comma + 2 else comma].strip(STRIP)
    return (_elided([head, text[lead:b].strip(STRIP)]) or _elided([head, text[verb:b].strip(STRIP)])
            or text[a:comma].strip(STRIP))
