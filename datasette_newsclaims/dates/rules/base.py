"""What a date rule is: a name, a pattern, and the function that turns a match into a :class:`Mention`.

Owns: :class:`Rule`, the :func:`rule` decorator that registers one in its
family's list, :func:`stated` (a mention spanning the whole match), and the few
context patterns several families share. Must not touch: the scan (which rules
are tried where, :mod:`..scan`), tense or resolution.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..mention import Mention

MentionReader = Callable[[str, re.Match], "Mention | None"]


@dataclass(frozen=True)
class Rule:
    """One date form: its regex (named groups unique across all rules) and its reader.

    The reader gets the whole text and the match and returns the mention the
    match states, or None when the words around it show it is not a date.
    """

    name: str
    pattern: str
    read: MentionReader


def rule(family: list[Rule], name: str, pattern: str) -> Callable[[MentionReader], MentionReader]:
    """Register the decorated reader as rule ``name`` with ``pattern``, at the end of ``family``."""
    def register(read: MentionReader) -> MentionReader:
        family.append(Rule(name, pattern, read))
        return read
    return register


def stated(m: re.Match, kind: str, **values) -> Mention:
    """A mention of ``kind`` spanning match ``m``, found by the rule whose group matched."""
    return Mention(m.start(), m.end(), kind, rule=m.lastgroup[2:], **values)


PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Uu]ntil|[Bb]efore|[Aa]fter)\s+$")
THE_BEFORE = re.compile(r"\b[Tt]he\s$")
