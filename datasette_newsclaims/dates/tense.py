"""Tense: whether a date is looked back on, ahead to, or scheduled, read from the words of its clause.

The nearest cue wins: ``will``, ``is scheduled to``, ``until`` look forward,
past-tense verbs look back; cues after the date and beyond a quotation mark
count less or not at all. The resolver (:mod:`.resolve`) turns the tense into a
direction on the calendar.

Owns: the tense names, the cue lexicons, :func:`clause_tense` and
:func:`mention_tense`. Must not touch: detection, resolution or the event
clause's text (:mod:`.clauses`).
"""
from __future__ import annotations

import re
from itertools import islice

from .mention import Mention

PAST, FUTURE, PRESENT = "past", "future", "present"
WEAK_PAST = "weak-past"  # a past verb far from the date
STRICT_PAST = "strict-past"  # "since October": never the one ahead
NEAREST = "nearest"  # "follows Tuesday's declaration": the closer weekday either way (other kinds: unknown tense)
WEAK_PAST_DISTANCE = 45  # characters between a past verb and the date beyond which it governs it loosely

_IRREGULAR_PAST = frozenset(
    "said says told was were had did made took gave came went began fell rose grew won lost met left got saw "
    "found held led paid sold bought brought thought spent built hit cut quit ran wrote spoke broke chose "
    "drove flew knew stood struck swore threw became shot sent kept felt heard meant sat slid sank sought "
    "taught caught fought dealt lit stole tore wore woke withdrew overtook undertook forgot ago earlier last "
    "previously already yesterday".split()
)
_NOT_PAST_ED = frozenset(
    "hundred united indeed speed proceed exceed succeed need feed seed breed embed naked wicked sacred kindred "
    "shed bred tweed weed greed creed scheduled expected slated planned proposed intended anticipated supposed "
    "related based red bed wed fed led bled fled sled "
    # adjectives: "a still unspecified date"
    "unspecified undisclosed unnamed unidentified unexpected unprecedented unresolved unconfirmed undecided "
    "unrelated unopposed unemployed unarmed unscheduled unannounced unauthorized unfounded unsolved".split()
)
_FUTURE_WORDS = frozenset(
    "will won't shall would upcoming starting coming tomorrow planned planning scheduled payable yet".split()
)
_FUTURE_PAIRS = {
    "is": {"scheduled", "set", "expected", "due", "slated", "poised", "planning", "going", "likely", "to", "calling"},
    "are": {"scheduled", "set", "expected", "due", "slated", "poised", "planning", "going", "likely", "to"},
    "to": {"be"}, "as": {"soon", "early"}, "ahead": {"of"}, "later": {"this"}, "expected": {"to"}, "set": {"to"},
}
for _verb in ("plan", "intend", "aim", "hope", "expect"):
    _FUTURE_PAIRS[_verb] = _FUTURE_PAIRS[_verb + "s"] = _FUTURE_PAIRS[_verb.rstrip("e") + "ed"] = {"to"}  # "hoped to"
_PAST_PAIRS = {"has": {"been"}, "have": {"been"}, "had": {"been"}}
_PRESENT_WORDS = frozenset(
    "begins starts opens travels visits meets faces hosts plays leaves arrives returns resumes holds heads votes".split()
)
_PRESENT_PLURAL = frozenset("begin meet play arrive resume".split())
_NOT_PRESENT_BEFORE = frozenset(
    "did didn't not never could couldn't would wouldn't might should must can can't cannot may to the a an "
    "will won't shall".split())  # "will meet": the nearer "will" decides
_PAST_AUX = frozenset("said was were had did told".split())
_ADJECTIVE_BEFORE = frozenset("the a an its their his her our of be been being is are newly fully".split())
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")
_CUE_WORDS = _FUTURE_WORDS | _PRESENT_WORDS | _PRESENT_PLURAL | _IRREGULAR_PAST | set(_FUTURE_PAIRS) | set(_PAST_PAIRS)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*")
_SET_FUTURE_BEFORE = frozenset("is are be been being was were now all will would could might may should to".split())
_SET_PAST_AFTER = frozenset("on in at during back last earlier aside off up out down".split())
_PRESENT_AFTER = re.compile(r"\s+(?:is|are)\b")


_SUBCLAUSE = re.compile(r"[;:]|\s(?:that|which|who|because|when|where|while|if)\s")

_CUE_ENDINGS = ("ed", "'ll")


def _cue_indices(words: list[str]) -> list[int]:
    """The indices of the words that may be cues (:func:`_cue` is None for every other word)."""
    maybe = {w for w in set(words) if w in _CUE_WORDS or w.endswith(_CUE_ENDINGS)}  # each distinct word once
    return [i for i, w in enumerate(words) if w in maybe] if maybe else []


def _cue(words: list[str], i: int) -> str | None:
    """The tense word ``i`` of ``words`` signals with its neighbours, or None when it is no cue."""
    w = words[i]
    if w not in _CUE_WORDS and not w.endswith(_CUE_ENDINGS):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in _FUTURE_WORDS or w.endswith("'ll") or nxt in _FUTURE_PAIRS.get(w, ()):
        if i > 1 and words[i - 1] == "been" and words[i - 2] == "had":
            return PAST  # "had been scheduled to expire Friday": a plan overtaken
        return FUTURE
    if nxt in _PAST_PAIRS.get(w, ()):
        return PAST
    if w == "set":  # "the record high set on Aug. 6"; not "is set for", "set to", "set a trial date", "would set"
        return PAST if nxt in _SET_PAST_AFTER and (i == 0 or words[i - 1] not in _SET_FUTURE_BEFORE) else None
    if w in _PRESENT_WORDS:
        return PRESENT
    if w in _PRESENT_PLURAL and (i == 0 or words[i - 1] not in _NOT_PRESENT_BEFORE):
        return PRESENT  # "He and Arafat meet separately Monday": a plural subject's schedule
    past = w in _IRREGULAR_PAST or (w not in _NOT_PAST_ED and (
        (len(w) > 4 and w.endswith("ed") and w[-3] != "e") or (len(w) > 5 and w.endswith("ied"))))
    if past and i > 0 and words[i - 1] == "yet":
        return FUTURE  # "haven't yet qualified for the December debate"
    if past and (w in _PAST_AUX or i == 0 or words[i - 1] not in _ADJECTIVE_BEFORE):
        return PAST
    return None


def clause_tense(text: str, ss: int, se: int, s: int, e: int) -> str | None:
    """The tense of the clause around [s, e): the nearest cue wins (cues after the date count less)."""
    lo, hi = max(ss, s - 120), min(se, e + 80)
    if s - ss <= 6:  # "In January, a week after the anniversary, a bombing killed ...": the verb comes late
        hi = min(se, e + 200)
        c = _SUBCLAUSE.search(text, e, hi)  # ... but not as late as a subordinate clause
        if c:
            hi = c.start()
    q = _QUOTE_MARK.search(text, e, hi)  # the words of a quotation and of its attribution keep their own tenses
    if q:
        hi = q.start()
    for q in _QUOTE_MARK.finditer(text, lo, s):
        lo = q.end()
    before = _TOKEN.findall(text[lo:s].lower())
    best, best_d = None, 10**9
    # backwards from the date: the first cue found is the nearest
    for i in reversed(_cue_indices(before)):
        cue = _cue(before, i)
        if cue is not None:
            ends = [m.end() for m in _TOKEN.finditer(text, lo, s)]
            best, best_d = cue, s - ends[i]
            break
    words = _TOKEN.findall(text[e:hi].lower())
    starts = _TOKEN.finditer(text, e, hi)  # positions, read only as far as the loop goes
    read = 0
    for i in _cue_indices(words):
        d = (next(islice(starts, i - read, None)).start() - e) * 2.5  # distances grow: the first too far ends it
        read = i + 1
        if d >= best_d:
            break
        cue = _cue(words, i)
        if cue is not None:
            best, best_d = cue, d
            break
    if best_d > 0 and _PRESENT_AFTER.match(text, e):
        return PRESENT  # "Saturday is the 75th anniversary"
    if best == PAST and best_d > WEAK_PAST_DISTANCE:
        return WEAK_PAST
    return best


_CLOCK = r"(?:(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*(?:[A-Z]{2,4}\s+)?)?"
_AHEAD_OF_BEFORE = re.compile(r"\b(?:[Aa]head\s+of|[Bb]efore)\s+$")
_WEEKDAY_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|by|effective|as\s+(?:soon|early|late)\s+as)\s+(?:on\s+)?" + _CLOCK + r"$"
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:to|until|till|through|by|effective|payable|paid|record|expires?|due|ahead\s+of|as\s+(?:soon|early|late)\s+as)"
    r"\s+(?:on\s+|around\s+)?$"
)


def mention_tense(text: str, m: Mention, ss: int, se: int) -> str | None:
    """The tense that places ``m``: its clause's (:func:`clause_tense`), then what the words just before it say
    ("until Tuesday", "payable Dec. 7", "follows Tuesday's declaration")."""
    s = m.start
    tense = clause_tense(text, ss, se, s, m.end)
    deadline = m.kind == "weekday" and _WEEKDAY_DEADLINE_BEFORE.search(text, max(0, s - 40), s)
    if deadline and not (tense == PAST and deadline.group().startswith("by")):
        tense = FUTURE  # "until Tuesday", "as early as Tuesday"; not "had filed reports by Wednesday"
    elif (m.kind == "weekday" and tense in (PRESENT, FUTURE) and text.startswith(("'s", "’s"), m.end)
          and not _AHEAD_OF_BEFORE.search(text, max(0, s - 12), s)):
        tense = NEAREST  # "follows Tuesday's declaration", "leads in Tuesday's primary": the nearer Tuesday
    elif (m.kind in ("date", "span_days", "quarter") and tense != FUTURE
          and _DEADLINE_BEFORE.search(text, max(0, s - 24), s)):
        tense = None  # "payable Dec. 7", "through January": the nearest one (but "will double by August": ahead)
    if text.find("UP NEXT", max(0, s - 200), s) >= 0:
        tense = FUTURE  # the AP's preview section
    return tense
