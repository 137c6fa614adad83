"""What a figure counts or measures, read from the figure and the words around it.

Owns the subject of one figure: its kind, the class of its counted noun
(people, young people, perpetrators, or the noun itself), the event its
clause reports (killed, injured, shot, in critical condition, arrested) and,
for ages, the name the age belongs to. Which figures are one claim is
claims.py's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .story_features import COMMON_WORDS
from .words import fold

PEOPLE = frozenset("people persons person others man men woman women victims victim patrons individuals "
                   "adults residents customers passengers bystanders casualties".split())
YOUNG = frozenset("teen teens teenager teenagers student students boy boys girl girls kid kids child children "
                  "juvenile juveniles minor minors youth youths".split())
SHOTS = frozenset("shots gunshots rounds bullets casings shells".split())  # the count names its event: shots fired
PERPETRATORS = frozenset("shooter shooters gunman gunmen suspect suspects attacker attackers assailant "
                         "assailants".split())
EVENTS = {
    "killed": "died", "dead": "died", "died": "died", "slain": "died", "kills": "died", "killing": "died",
    "deaths": "died", "death": "died", "fatally": "died", "dies": "died", "fatalities": "died",
    "injured": "hurt", "wounded": "hurt", "hurt": "hurt", "injuries": "hurt", "injuring": "hurt",
    "wounding": "hurt", "hospitalized": "hurt", "shot": "shot", "critical": "critical", "arrested": "arrested",
    "charged": "arrested", "fire": "fired", "fired": "fired", "missing": "missing", "evacuated": "evacuated", "displaced": "displaced",
}
#: nouns naming damage to the noun before them: "rib fractures" counts ribs, as "broken ribs" does
BREAKS = frozenset("fracture fractures break breaks".split())
_CLAUSE_END = re.compile(r"[.;:!?,()\n]|\b(?:and|or|but|while|after|before|including)\b")
_NAME_AFTER = re.compile(r"\s*,?\s*((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s*,\s*$")
_WORD = re.compile(r"[a-z]+")
WINDOW = 60  # characters of context each side


@dataclass(frozen=True)
class Subject:
    """A figure's subject: ``noun`` class, ``event`` (or None) and ``name`` (ages of a named person).

    ``phrase`` is the counted noun as written (plural s dropped), ``context`` the
    content words of the clause before a money, percent or measure figure, and
    ``scale`` turns the value into the unit's base (a quarter century: 25 years).
    """

    kind: str
    noun: str | None
    event: str | None
    name: str | None
    phrase: str = ""
    context: frozenset = frozenset()
    scale: float = 1.0
    sex: str = ""  # an unnamed age's person: "male" (a 17-year-old boy), "female", or ""
    direction: float = 1.0  # -1.0 for an unsigned fall: "down 5%", "fell 5 percent"
    change: bool = False  # a percent written as a move: signed ("-5.44%") or after up/down, rose/fell


def noun_class(unit: str | None) -> str | None:
    """People, young people, perpetrators, or the counted noun's last word without a plural s."""
    words = _WORD.findall(fold(unit or ""))
    if not words:
        return None
    if any(w in PERPETRATORS for w in words):
        return "perpetrators"
    if words[-1] in SHOTS:
        return "shots"
    if any(w in YOUNG for w in words):
        return "young"
    if any(w in PEOPLE for w in words) or all(w in EVENTS for w in words):
        return "people"
    head = words[-2] if len(words) > 1 and words[-1] in BREAKS else words[-1]
    return head[:-1] if len(head) > 3 and head.endswith("s") else head


def _event_in(words: list[str]) -> str | None:
    for w in words:
        if w in EVENTS:
            return EVENTS[w]
    return None


def clause_event(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The event of the figure's clause: in its unit, else the words after it, else the words before it."""
    in_unit = _event_in(_WORD.findall(fold(unit or "")))
    if in_unit:
        return in_unit
    after = text[end : end + WINDOW]
    cut = _CLAUSE_END.search(after)
    found = _event_in(_WORD.findall(fold(after[: cut.start()] if cut else after)))
    if found:
        return found
    before = text[max(0, start - WINDOW) : start]
    cuts = list(_CLAUSE_END.finditer(before))
    return _event_in(list(reversed(_WORD.findall(fold(before[cuts[-1].end() :] if cuts else before)))))


_MALE = frozenset("boy man male son brother father husband grandfather".split())
_FEMALE = frozenset("girl woman female daughter sister mother wife grandmother".split())


def age_sex(text: str, end: int) -> str:
    """Whom an unnamed age describes, from the noun after it: "17-year-old boy" is male."""
    words = _WORD.findall(fold(text[end : end + 25]))
    head = words[0] if words else ""
    return "male" if head in _MALE else "female" if head in _FEMALE else ""


def age_name(text: str, start: int, end: int) -> str | None:
    """The family name an age belongs to: "Jane Doe, 34," or "34-year-old Jane Doe"."""
    before = _NAME_BEFORE.search(text[max(0, start - WINDOW) : start])
    if before and text[end : end + 1] in (",", ")", ".", ";", " ") and text[start - 2 : start] == ", ":
        return _family(before.group(1))
    after = _NAME_AFTER.match(text[end : end + WINDOW])
    if after and not text[end : end + 1] == ",":
        return _family(after.group(1))
    return None


_NOT_A_NAME = frozenset("the a an and mr mrs ms dr school high middle elementary academy police department county "
                        "city street university college church center hospital".split())


def _family(name: str) -> str | None:
    """The last word of a name, None if the capitalised words name a place or body instead."""
    words = _WORD.findall(fold(name))
    if not words or any(w in _NOT_A_NAME or w in EVENTS or w in COMMON_WORDS for w in words):
        return None
    return words[-1]


_TIME_UNITS = {"century": ("years", 100.0), "centuries": ("years", 100.0), "decade": ("years", 10.0),
               "decades": ("years", 10.0), "year": ("years", 1.0)}
_CONTEXT_STOP = frozenset("the a an of to in on at for by with from as and or is are was were be been will would "
                          "has have had it its that this than about up down more less some per".split())


def unit_phrase(unit: str | None) -> str:
    """The counted noun as written, folded, each word's plural s dropped: "broken ribs" -> "broken rib".

    Damage named after the noun reads as before it: "rib fractures" and "fractured ribs" -> "broken rib".
    """
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _WORD.findall(fold(unit or ""))]
    if len(words) > 1 and words[-1] in BREAKS:
        words = ["broken", *words[:-1]]
    elif len(words) > 1 and words[0] in ("fractured", "broke"):
        words = ["broken", *words[1:]]
    return " ".join(words)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


#: a sentence's end: not the point of "2.3" nor the one before a figure ("Inc. 225.86")
_SENTENCE_END = re.compile(r"[;:!?\n]|\.(?!\d)(?!\s*[-+$\d])")


def clause_context(text: str, start: int, end: int, unit: str = "") -> frozenset:
    """Content words (crudely stemmed) of the sentence around a figure: what a percent or a sum is of.

    A count's counted noun (``unit``, written right after it) is skipped: the words after it say where or what.
    """
    before = text[max(0, start - WINDOW) : start]
    cuts = list(_SENTENCE_END.finditer(before))
    words = _WORD.findall(fold(before[cuts[-1].end() :] if cuts else before))[-8:]
    if unit and text[end : end + len(unit) + 1].strip().lower() == unit.lower():
        end += len(unit) + 1
    after = text[end : end + WINDOW // 2]
    cut = _SENTENCE_END.search(after)
    words += _WORD.findall(fold(after[: cut.start()] if cut else after))[:5]
    return frozenset(_stem(w) for w in words if w not in _CONTEXT_STOP and len(w) > 2)


_FALL = re.compile(r"\b(?:down|fell|falls?|falling|off|slid|slips?|slipped|dropped|drops?|lower|declined?|"
                   r"lost|loses|sank|sinks|plunged?|tumbled?)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|"
                   r"roughly\s+|some\s+)?$", re.IGNORECASE)


_RISE = re.compile(r"\b(?:up|rose|rises?|rising|gained|gains?|climbed|climbs?|jumped|jumps?|surged?|higher|"
                   r"added|increased?|soared?)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$",
                   re.IGNORECASE)


def is_change(text: str, start: int) -> bool:
    """Whether a percent is written as a move: a sign before it, or a verb of rising or falling right before."""
    before = text[max(0, start - 30) : start]
    return text[start : start + 1] in "-−+" or bool(_FALL.search(before) or _RISE.search(before))


def direction(text: str, start: int, value: float | None) -> float:
    """-1.0 where an unsigned figure is written as a fall ("down 5%", "fell by about 5 percent"), else 1.0."""
    if value is None or value < 0 or text[start : start + 1] in "-−+":
        return 1.0
    return -1.0 if _FALL.search(text[max(0, start - 30) : start]) else 1.0


#: "the stock was down", "shares fell": the shares word and what stands before it in its phrase
_NEAR_SHARES = re.compile(r"(\S*\s*\S*\s*)\b(?:stock|shares)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’]+")


def unnamed_stock_context(text: str, start: int, end: int, title: str) -> frozenset:
    """The headline's words for a move of "the stock" or "shares" whose sentence names no one, else nothing.

    "Home Depot stock is falling" over "the stock was down 5% in recent trading":
    the stock is the one the headline names.
    """
    near = _NEAR_SHARES.search(text[max(0, start - 40) : start])
    if not title or not near or _CAPITALISED.search(near.group(1)):
        return frozenset()
    return frozenset(_stem(w) for w in _WORD.findall(fold(title)) if w not in _CONTEXT_STOP and len(w) > 2)


def subject_of(figure: dict, text: str, title: str = "") -> Subject:
    """The subject of one of analyze()'s figures in its article's ``text`` (under ``title``)."""
    kind = figure.get("kind") or "number"
    unit = figure.get("unit")
    phrase = unit_phrase(unit)
    if kind == "age":
        name = age_name(text, figure["start"], figure["end"])
        return Subject(kind, fold(unit or "years"), None, name, phrase,
                       sex="" if name else age_sex(text, figure["end"]))
    if kind == "count":
        noun = noun_class(unit)
        event = "fired" if noun == "shots" else clause_event(text, figure["start"], figure["end"], unit)
        return Subject(kind, noun, event, None, phrase, clause_context(text, figure["start"], figure["end"], unit or ""))
    base, scale = _TIME_UNITS.get(fold(unit or ""), (fold(unit or ""), 1.0))
    context = clause_context(text, figure["start"], figure["end"])
    change = kind == "percent" and is_change(text, figure["start"])
    if change:
        context |= unnamed_stock_context(text, figure["start"], figure["end"], title)
    sign = direction(text, figure["start"], figure.get("value")) if kind == "percent" else 1.0
    return Subject(kind, base, None, None, phrase, context, scale, direction=sign, change=change)
