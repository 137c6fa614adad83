"""Rules for business periods: halves, quarters, "Q3", the year-ago quarter, "the latest quarter".

Owns: these rules (pattern and reader) and the context filters only they use.
Must not touch: the scan, tense or resolution; a reader returns what the text states.
"""
from __future__ import annotations

import re

from ..mention import Mention
from ..vocabulary import ORDINALS, YEAR4, relative_offset
from .base import Rule, rule, stated

RULES: list[Rule] = []


@rule(RULES, "half", rf"(?:[Tt]he\s+|(?:[Ii]ts|[Tt]heir)\s+)?(?P<hord>[Ff]irst|[Ss]econd|[Ll]ast|[Ll]atter)\s+half\s+of\s+(?:(?:the\s+)?(?P<hrel>[Tt]his|[Ll]ast|[Nn]ext|[Pp]revious|the)\s+(?:fiscal\s+)?year|(?P<hy>{YEAR4})|the\s+'(?P<hdec>\d0)s)\b")
def read_half(text: str, m: re.Match) -> Mention | None:
    """Reads "the first half of next year", "the second half of 2019", "the latter half of the '90s"."""
    g = m.group
    ordn = ORDINALS[g("hord").lower()]
    return stated(m, "half", offset=2 if ordn in (2, -1) else 1,
                  year=int(g("hy")) if g("hy") else None,
                  year_offset=relative_offset(g("hrel")) if g("hrel") else None,
                  extra={"decade": int(g("hdec")) if g("hdec") else None})


@rule(RULES, "half_y", rf"(?:[Tt]he\s+)?(?P<hy2>{YEAR4})\s+(?P<hord2>first|second)\s+half\b")
def read_half_y(text: str, m: re.Match) -> Mention | None:
    """Reads "the 2019 second half"."""
    g = m.group
    return stated(m, "half", offset=1 if g("hord2") == "first" else 2, year=int(g("hy2")))


@rule(RULES, "quarter", rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+)?(?:(?P<qyr>{YEAR4})\s+|(?P<qrel>[Tt]his|[Ll]ast|[Nn]ext)\s+year's\s+|(?P<qago>year-ago|year-earlier|comparable\s+year-ago)\s+|(?:fiscal|flat|fiscal-)\s*){{0,3}}(?P<qord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)(?:-|\s+)(?:fiscal\s+)?quarter(?:\s+of\s+(?:(?P<qy>{YEAR4})|(?P<qrel2>this|last|next)\s+year|fiscal\s+(?P<qfy>{YEAR4})))?\b")
def read_quarter(text: str, m: re.Match) -> Mention | None:
    """Reads "the third quarter", "its fiscal 2019 fourth quarter", "the year-ago first quarter"."""
    g = m.group
    q = ORDINALS[g("qord").lower()]
    yr = g("qyr") or g("qy") or g("qfy")
    rel = g("qrel") or g("qrel2")
    return stated(m, "quarter", offset=q, year=int(yr) if yr else None,
                  year_offset=relative_offset(rel) if rel else (-1 if g("qago") else None),
                  extra={"year_ago": bool(g("qago"))})


@rule(RULES, "h_short", rf"\b(?P<hn>H[12])\s+(?P<hny>{YEAR4})\b")
def read_h_short(text: str, m: re.Match) -> Mention | None:
    """Reads "H1 2019"."""
    g = m.group
    return stated(m, "half", offset=int(g("hn")[1]), year=int(g("hny")))


@rule(RULES, "q_short", rf"\b(?P<qn>Q[1-4])(?:\s+(?P<qny>{YEAR4}))?\b")
def read_q_short(text: str, m: re.Match) -> Mention | None:
    """Reads "Q3", "Q3 2019"."""
    g = m.group
    return stated(m, "quarter", offset=int(g("qn")[1]), year=int(g("qny")) if g("qny") else None)


@rule(RULES, "last_year_q", r"(?:[Ll]ast\s+year's\s+(?:quarter|period)|(?:[Tt]he\s+)?(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))\b")
def read_last_year_q(text: str, m: re.Match) -> Mention | None:
    """Reads "last year's quarter", "the same period a year earlier": the year-ago period."""
    return stated(m, "year_ago")


@rule(RULES, "year_period", rf"[Tt]he\s+(?P<ypy>{YEAR4})\s+(?:quarter|period)\b")
def read_year_period(text: str, m: re.Match) -> Mention | None:
    """Reads "the 1988 quarter": the quarter under discussion, in 1988."""
    g = m.group
    # "the 1988 quarter": the quarter under discussion, in 1988
    return stated(m, "the_quarter", year=int(g("ypy")), extra={"rel": "the", "year_ago": False})


@rule(RULES, "year_ago_q", r"(?:[Tt]he\s+)?(?:comparable\s+|corresponding\s+)?(?P<yaq>[Yy]ear-ago|[Yy]ear-earlier)(?:\s+(?:quarter|period))?\b")
def read_year_ago_q(text: str, m: re.Match) -> Mention | None:
    """Reads "the year-ago quarter", "year-earlier"."""
    return stated(m, "year_ago")


@rule(RULES, "this_q", r"(?:[Tt]he\s+(?P<qlrel>latest|current|last|previous|past|recent|most\s+recent)|(?P<qthis>[Tt]his|[Tt]hat)|(?P<qthe>[Tt]he))\s+(?P<qlu>quarter|period)\b(?!-to)(?P<qago2>\s+a\s+year\s+(?:ago|earlier))?(?!\s+(?:century|of\s+an?\b))")
def read_this_q(text: str, m: re.Match) -> Mention | None:
    """Reads "the latest quarter", "this period", "the quarter a year ago": the quarter being reported on."""
    g = m.group
    rel = g("qlrel") or g("qthis") or g("qthe")
    return stated(m, "the_quarter", unit=g("qlu").lower(), extra={"rel": rel.lower().split()[-1], "year_ago": bool(g("qago2"))})
