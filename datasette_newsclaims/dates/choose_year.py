"""Choosing the year of a date stated without one (``Aug. 7``, ``March``, ``the third quarter``) by tense.

Owns: the choice among candidate ranges a year apart: past tense takes the latest
on or before the publication date, future and present the next on or after it,
unknown tense the nearest. Must not touch: text or mentions (the resolvers in
:mod:`.resolve` and its siblings call this with ranges and a tense).
"""
from __future__ import annotations

import datetime as dt

from .calendar import month_range, safe_date
from .tense import FUTURE, PAST, PRESENT, STRICT_PAST

NEAR_FUTURE_DAYS = 62  # a date this close ahead ...
FAR_PAST_DAYS = 200  # ... beats one this far back, even in past-tense reporting


def pick_by_tense(cands: list[tuple[dt.date, dt.date]], published: dt.date, tense: str | None,
          near_future_ok: bool = False):
    """Choose among candidate ranges (one per year) by tense.

    Past tense takes the latest on or before ``published``; with ``near_future_ok``
    a date within two months ahead beats one most of a year back ("to a ceremony on
    March 12" in a February article): reporters write "last March 12" for the latter.
    """
    if tense == STRICT_PAST:
        ok = [c for c in cands if c[0] <= published]
        return max(ok) if ok else None
    if tense == PAST:
        ok = [c for c in cands if c[0] <= published]
        ahead = [c for c in cands if c[0] > published]
        if near_future_ok and ok and ahead and (min(ahead)[0] - published).days <= NEAR_FUTURE_DAYS \
                and (published - max(ok)[1]).days >= FAR_PAST_DAYS:
            return min(ahead)
        return max(ok) if ok else None
    if tense in (FUTURE, PRESENT):
        ok = [c for c in cands if c[1] >= published]
        return min(ok) if ok else None
    # unknown tense: the nearest, ties to the past
    def dist(c):
        """(days outside the range, 0 for the past): ties go to the past."""
        if c[0] <= published <= c[1]:
            return (0, 0)
        return (min(abs((c[0] - published).days), abs((c[1] - published).days)), 0 if c[0] <= published else 1)
    return min(cands, key=dist)


def month_day_by_tense(month: int, day: int | None, published: dt.date, tense: str | None, weak: bool = False):
    """The year of a month (or month and day) without one: by tense; a far-off past verb
    ("announced an agreement to acquire the bank in January") lets a near future date win,
    and so does a day ("Jan. 14"), which reporters rarely leave without a year when it is
    most of a year back."""
    cands = []
    for y in (published.year - 1, published.year, published.year + 1):
        if day is None:
            cands.append(month_range(y, month))
        else:
            d = safe_date(y, month, day)
            if d:
                cands.append((d, d))
    return pick_by_tense(cands, published, tense, near_future_ok=weak or day is not None) if cands else None
