"""Speaker names as comparable keys: titles, accents, initials, suffixes, organisations.

Owns the reading of one name string; which names denote one person is
people.py's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .words import fold

TITLES = frozenset(
    """mr mrs ms miss dr prof president vice sen senator rep representative gov governor mayor chief capt captain
    officer det detective sgt sergeant lt lieutenant gen general col colonel adm admiral judge justice sheriff rev
    reverend sir dame lord lady pope king queen prince princess commissioner secretary minister prime chancellor
    spokesman spokeswoman spokesperson assistant deputy police fire state former acting interim u.s us attorney
    district superintendent principal coach pastor father sister brother dean the""".split()
)
SUFFIXES = frozenset("phd md esq".split())  # dropped
GENERATIONS = frozenset("jr sr ii iii iv".split())  # kept: Donald Trump Jr. is not Donald Trump
# "X's Facebook page" is X speaking; "X's campaign" or "X's lawyer" is someone else
OWN_CHANNELS = frozenset("facebook twitter instagram page account website site statement feed blog post tweet "
                         "letter release video".split())
LEGAL_SUFFIXES = frozenset("inc incorporated corp corporation co company llc ltd limited plc holdings ag sa gmbh".split())
ORG_WORDS = frozenset(
    """group foundation institution institute university college department dept office agency association council
    committee club party ministry bureau commission court church hospital school times post news network bank fund
    service services union organization organisation authority board center centre nightlife inc corp llc ltd co
    company corporation campaign administration""".split()
)
UNNAMED_FIRST = frozenset("a an the his her their its our my your one some another this that these those".split())
_POSSESSIVE_TAIL = re.compile(r"['’]s\b(.*)$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class NameKey:
    """What a speaker string names: ``kind`` is "person", "org" or "unnamed"; ``words`` folded."""

    kind: str
    words: tuple[str, ...]
    tail: tuple[str, ...] | None = None  # a long name's last two words: "Singer-guitarist Tom Johnston"
    middle: str = ""  # middle initials, folded: "w" in George W. Bush

    @property
    def full(self) -> bool:
        """A given name (not an initial) and a family name."""
        names = [w for w in self.words if w not in GENERATIONS]
        return self.kind == "person" and len(names) >= 2 and len(names[0]) > 1

    @property
    def family(self) -> str:
        """The family name (a generation suffix such as Jr. skipped)."""
        words = [w for w in self.words if w not in GENERATIONS] or list(self.words)
        return words[-1] if words else ""

    @property
    def generation(self) -> str:
        """A generation suffix (jr, sr, ii...) or ""."""
        return next((w for w in self.words if w in GENERATIONS), "")

    def text(self) -> str:
        """The key's words as one string."""
        return " ".join(self.words)


def read_name(speaker: str | None) -> NameKey | None:
    """Read a speaker string; None for None or an empty string."""
    if not speaker or not speaker.strip():
        return None
    raw = speaker.strip()
    if raw[0].islower() or raw.split()[0].lower() in UNNAMED_FIRST:
        return NameKey("unnamed", tuple(fold(raw).split()))
    if ".com" in raw.lower() or ".org" in raw.lower():
        return NameKey("org", (fold(raw),))
    possessive = _POSSESSIVE_TAIL.search(raw)
    if possessive:
        if not set(fold(possessive.group(1)).split()) <= OWN_CHANNELS:
            return NameKey("unnamed", tuple(fold(raw).split()))
        raw = raw[: possessive.start()]
    if raw.isupper() and len(raw.split()) == 1 and len(raw) > 3:  # a dateline (WASHINGTON), not a name
        return NameKey("unnamed", (fold(raw),))
    words = [w.strip(".'’-").replace("’", "'") for w in _WORD.findall(fold(raw))]
    words = [w for w in words if w]
    if any(w in ORG_WORDS for w in words):
        return NameKey("org", tuple(w for w in words if w not in LEGAL_SUFFIXES and w != "the"))
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    generation = [words.pop()] if len(words) > 2 and words[-1] in GENERATIONS else []
    tail, middle = None, ""
    if len(words) > 2:  # drop middle names and initials: George W. Bush, Barack Hussein Obama
        tail = tuple(words[-2:]) if len(words[-2]) > 2 and "." not in words[-2] else None
        middle = "".join(w for w in words[1:-1] if len(w) <= 2 or "." in w).replace(".", "")
        words = [words[0], words[-1]]
    return NameKey("person", tuple(words + generation), tail, middle) if words else None


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def close_variant(a: NameKey, b: NameKey) -> bool:
    """A typo or transliteration apart: every word within one edit (two for long words), same initials."""
    if a.kind != "person" or b.kind != "person" or len(a.words) != len(b.words) or a == b:
        return False
    total = 0
    for wa, wb in zip(a.words, b.words):
        if wa == wb:
            continue
        if wa[0] != wb[0] or min(len(wa), len(wb)) < 5:
            return False
        d = edit_distance(wa, wb)
        if d > (2 if min(len(wa), len(wb)) >= 8 else 1):
            return False
        total += d
    return 0 < total <= 2
