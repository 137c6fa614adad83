"""Rules for parts of the current unit: "since the beginning of the year", "so far this year",
"year-to-date", "later in the day".

Owns: these rules (pattern and reader) and the context filters only they use.
Must not touch: the scan, tense or resolution; a reader returns what the text states.
"""
from __future__ import annotations

import re

from ..mention import Mention
from ..vocabulary import part_modifier
from .base import Rule, rule, stated

RULES: list[Rule] = []


@rule(RULES, "since_beg", r"(?:[Ss]ince|[Ff]rom)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(?P<sbu>year|month|week|decade)\b")
def read_since_beg(text: str, m: re.Match) -> Mention | None:
    """Reads "since the beginning of the year": up to publication."""
    g = m.group
    return stated(m, "rel", unit=g("sbu").lower(), offset=0, since=True)


@rule(RULES, "so_far", r"(?:[Ss]o\s+far\s+this|[Yy]ear[\s-]to[\s-]date|(?:[Ss]o\s+far|[Tt]hus\s+far)\s+in)\s*(?P<sfu>year|month|week)?\b(?!-)")
def read_so_far(text: str, m: re.Match) -> Mention | None:
    """Reads "so far this year", "year-to-date", "thus far in 2019"."""
    g = m.group
    txt = g("r_so_far").lower()
    unit = (g("sfu") or "year").lower()
    if "to-date" in txt or "to date" in txt:
        return stated(m, "rel", unit="year", offset=0, since=True)
    if txt.startswith("earlier in"):
        return stated(m, "rel", unit=unit, offset=0, mod="early")
    if g("sfu") is None:
        return None
    return stated(m, "rel", unit=unit, offset=0, since=True)


@rule(RULES, "in_the", r"(?P<itmod>[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?P<itu>day|week|month|year)\b")
def read_in_the(text: str, m: re.Match) -> Mention | None:
    """Reads "later in the day", "earlier in the year"."""
    g = m.group
    # "later in the day", "earlier in the year"
    return stated(m, "rel", unit=g("itu"), offset=0, mod=part_modifier(g("itmod")))
