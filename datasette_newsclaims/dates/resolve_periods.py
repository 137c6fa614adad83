"""Resolvers for business periods: quarters, halves, ``the first nine months``, ``a year ago``
said of a quarter, ``the quarter`` being reported on.

Each resolver takes (mention, published, tense, referent, context year, weak
past) and returns a :class:`Resolved` or None. Owns: the arithmetic of these
kinds. Must not touch: detection, tense, or which quarter is the topic (that is
:mod:`.discourse`).
"""
from __future__ import annotations

import datetime as dt

from .calendar import half_range, month_end, quarter_range, shift, unit_range, year_range
from .choose_year import pick_by_tense
from .mention import Mention, Resolved
from .tense import PAST


def resolve_year_ago(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                     context_year: int | None, weak: bool) -> Resolved | None:
    """"a year ago", "the year-ago quarter": the referent's period a year back, else last year."""
    if anchor is not None and anchor.granularity in ("quarter", "year", "month", "half"):
        s = shift(anchor.start, "year", -1)
        e = shift(anchor.end, "year", -1)
        return Resolved(s, month_end(e.year, e.month), anchor.granularity, "event", ["date"])
    if P is None:
        return None
    return Resolved(*year_range(P.year - 1), "year", "published", ["year"])


def resolve_the_quarter(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                        context_year: int | None, weak: bool) -> Resolved | None:
    """"the quarter", "the latest quarter": the quarter being reported on, else the one by publication."""
    if m.year is not None:  # "the 1988 quarter"
        if anchor is not None and anchor.granularity == "quarter":
            return Resolved(*quarter_range(m.year, (anchor.start.month - 1) // 3 + 1), "quarter", "event", ["quarter"])
        return Resolved(*year_range(m.year), "year", "text")
    rel = m.extra["rel"]
    if anchor is not None and anchor.granularity == "quarter" and rel in ("the", "that", "latest", "this", "recent"):
        if rel in ("the", "that", "this") or P is None or anchor.end <= P:
            if m.extra.get("year_ago"):  # "the quarter a year ago"
                return Resolved(shift(anchor.start, "year", -1), shift(anchor.end, "year", -1), "quarter", "event",
                                ["quarter"])
            return Resolved(anchor.start, anchor.end, "quarter", "event", ["quarter"])
    if m.unit == "period" or rel in ("the", "that") or P is None:
        return None
    q = (P.month - 1) // 3 + 1
    s, e = quarter_range(P.year, q)
    if rel in ("latest", "last", "previous", "past", "recent"):
        s, e = unit_range(shift(s, "quarter", -1), "quarter")
    return Resolved(s, e, "quarter", "published", ["quarter"])


def resolve_quarter(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                    context_year: int | None, weak: bool) -> Resolved | None:
    """"the third quarter", "Q3 2019": a stated year, the year of the passage, or the latest begun."""
    q = m.offset if m.offset and m.offset > 0 else 4
    if m.year is not None:
        y = m.year
        if m.extra.get("year_ago"):
            y -= 1
        return Resolved(*quarter_range(y, q), "quarter", "text")
    if m.year_offset is not None:
        if m.extra.get("year_ago") and anchor is not None and anchor.granularity in ("quarter", "year"):
            return Resolved(*quarter_range(anchor.start.year - 1, q), "quarter", "event", ["year"])
        if P is None:
            return None
        return Resolved(*quarter_range(P.year + m.year_offset, q), "quarter", "published", ["year"])
    if context_year is not None:
        return Resolved(*quarter_range(context_year, q), "quarter", "event", ["year"])
    if P is None:
        return None
    cands = [quarter_range(y, q) for y in (P.year - 1, P.year, P.year + 1)]
    c = pick_by_tense(cands, P, PAST)  # a quarter without a year: the latest one that has begun
    if c is None:
        return None
    return Resolved(c[0], c[1], "quarter", "published", ["year"])


def resolve_half(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                 context_year: int | None, weak: bool) -> Resolved | None:
    """"the first half of 2019", "the second half of the '90s", "the first half of next year"."""
    h = m.offset
    if m.year is not None:
        return Resolved(*half_range(m.year, h), "half", "text")
    if m.extra.get("decade") is not None:
        d = 1900 + m.extra["decade"]
        return Resolved(dt.date(d + 5 * (h - 1), 1, 1), dt.date(d + 4 + 5 * (h - 1), 12, 31), "range", "text")
    if P is None:
        return None
    y = P.year + (m.year_offset or 0)
    return Resolved(*half_range(y, h), "half", "published", ["year"])


def resolve_first_months(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                         context_year: int | None, weak: bool) -> Resolved | None:
    """"the first nine months of 2019": January to the end of the n-th month."""
    if m.year is not None:
        y, src = m.year, "text"
    elif P is None:
        return None
    else:
        y, src = P.year + (m.year_offset or 0), "published"
    n = min(max(m.first_months or 1, 1), 12)
    return Resolved(dt.date(y, 1, 1), month_end(y, n), "range", src)
