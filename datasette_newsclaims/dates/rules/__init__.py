"""Every date rule, in the order the scanner tries them.

Each family module holds small named rules (pattern + reader, see
:mod:`.base`). At one position the first rule that matches wins, so longer,
more specific forms come first; the order below is that order. To add a date
form, write its rule in the family it belongs to, at the place in that family
where it must be tried, and add its first word to the scan's starters and
triggers if no existing one covers it (:mod:`..scan`).

Owns: the order of the rules. Must not touch: scanning, tense or resolution.
"""
from __future__ import annotations

from . import days, named, quarters, relative, since, spans, years
from .base import Rule

RULES: list[Rule] = [
    *spans.RULES,  # explicit spans first: "October 2019 to March 2020" before "October 2019"
    *quarters.RULES,
    *since.RULES,
    *named.RULES,
    *days.RULES,
    *relative.RULES,
    *years.RULES,  # a bare year last: every longer form containing one is tried before
]
RULE_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}
