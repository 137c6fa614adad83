"""Resolvers for references relative to the publication date or to another date in the text.

Weekdays, ``today``/``yesterday``, ``last week``/``this month``, rolling windows
(``the past five days``), ``two years ago``, ``the day before``, ``the previous
Friday``. Each resolver takes (mention, published, tense, referent, context year,
weak past) and returns a :class:`Resolved` or None. Owns: the arithmetic of these
kinds. Must not touch: detection, tense reading, or the choice of the referent
(that is :mod:`.discourse`).
"""
from __future__ import annotations

import datetime as dt

from .calendar import GRAIN, GRAIN_ORDER, month_end, quarter_range, shift, unit_range, year_range
from .mention import Mention, Resolved
from .tense import FUTURE, NEAREST, PAST, PRESENT, STRICT_PAST


def resolve_weekday(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                    context_year: int | None, weak: bool) -> Resolved | None:
    """"Tuesday", "last Friday": the weekday before or after publication, by direction and tense."""
    if P is None:
        return None
    delta = m.weekday - P.weekday()
    if m.direction == -1:
        d = P + dt.timedelta(days=(delta % 7) - 7 if delta % 7 else -7)
    elif m.direction == 1:
        d = P + dt.timedelta(days=delta % 7 or 7)
    elif tense in (PAST, STRICT_PAST) or (tense is None and m.direction is None):
        d = P - dt.timedelta(days=(-delta) % 7)
    elif tense == NEAREST and m.direction is None:
        back, ahead = (-delta) % 7, delta % 7
        d = P - dt.timedelta(days=back) if back <= ahead else P + dt.timedelta(days=ahead)
    elif tense == PRESENT and m.direction is None:
        # "Wisconsin holds its primary Tuesday": ahead, unless it was yesterday
        # ("Britain holds ceremonies Monday" in Tuesday's paper)
        back, ahead = (-delta) % 7, delta % 7
        d = P - dt.timedelta(days=back) if back <= 1 else P + dt.timedelta(days=ahead)
    else:
        d = P + dt.timedelta(days=delta % 7)
    return Resolved(d, d, "day", "published", ["date"])


def resolve_anchored_weekday(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                             context_year: int | None, weak: bool) -> Resolved | None:
    """"the previous Friday", "that Monday": the weekday relative to the referent day."""
    base = anchor.start if anchor and anchor.granularity == "day" else P
    if base is None:
        return None
    delta = m.weekday - base.weekday()
    if m.direction == 1:
        d = base + dt.timedelta(days=delta % 7 or 7)
    elif m.direction == -1:
        d = base - dt.timedelta(days=(-delta) % 7 or 7)
    else:
        d = base - dt.timedelta(days=(-delta) % 7)
    return Resolved(d, d, "day", "event" if base is not P else "published", ["date"])


def resolve_deictic(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                    context_year: int | None, weak: bool) -> Resolved | None:
    """"today", "yesterday", "tomorrow": the publication day shifted."""
    if P is None:
        return None
    d = P + dt.timedelta(days=m.offset)
    return Resolved(d, d, "day", "published", ["date"])


def resolve_rel(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                context_year: int | None, weak: bool) -> Resolved | None:
    """"last week", "this month", "next year", "the end of the year": the unit shifted from publication."""
    if P is None or (m.extra.get("needs_anchor") and anchor is None):
        return None  # "the year he was born" with no year before it
    unit = m.unit
    base = shift(P, unit, m.offset) if unit != "weekend" else P
    if unit == "weekend":
        s, e = unit_range(P, "weekend")
        near_ahead = tense == NEAREST and (s - P).days <= 3  # "ahead of a clampdown at the weekend", on a Thursday
        if m.offset == -1 or (m.offset == 0 and tense != FUTURE and s > P and not near_ahead):
            s, e = s - dt.timedelta(days=7), e - dt.timedelta(days=7)
        elif m.offset == 1:
            s, e = s + dt.timedelta(days=7), e + dt.timedelta(days=7)
        return Resolved(s, e, "range", "published", ["date"])
    if m.extra.get("the") and anchor is not None and unit == "year":
        return Resolved(*year_range(anchor.start.year), "year", "event", ["year"])
    s, e = unit_range(base, unit)
    return Resolved(s, e, GRAIN[unit], "published", [unit])


def resolve_rolling(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                    context_year: int | None, weak: bool) -> Resolved | None:
    """"the past five days", "the next 30 days": from publication back or ahead."""
    if P is None:
        return None
    other = shift(P, m.unit, m.count * m.direction)
    return Resolved(min(P, other), max(P, other), "range", "published", ["date"])


def resolve_ago(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                context_year: int | None, weak: bool) -> Resolved | None:
    """"two years ago": the unit that many back from publication (a year back from a topic quarter)."""
    if P is None:
        return None
    unit = "year" if m.unit == "decade" else m.unit
    count = m.count * (10 if m.unit == "decade" else 1)
    if anchor is not None and unit == "year" and anchor.granularity == "quarter":
        return Resolved(*quarter_range(anchor.start.year - count, (anchor.start.month - 1) // 3 + 1),
                        "quarter", "event", ["quarter"])
    d = shift(P, unit, -count)
    return Resolved(*unit_range(d, unit), GRAIN[unit], "published", [unit])


def resolve_anchored(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                     context_year: int | None, weak: bool) -> Resolved | None:
    """"the day before", "two weeks later", "later that year": shifted from the referent or publication."""
    if m.extra.get("next") and tense == FUTURE and P is not None:  # "will be closed over the next year": from now on
        return Resolved(P, shift(P, m.unit, 1), "range", "published", ["date"])
    base_res = anchor
    unit = m.unit
    if base_res is None:
        if m.extra.get("needs_anchor") or P is None:
            return None
        base, grain, src = P, "day", "published"
    else:
        base, grain, src = base_res.start, base_res.granularity, "event"
    if m.extra.get("rolling"):  # "the following decade": the ten years after the anchor (before: "the previous")
        edge = base_res.end if base_res is not None and m.count > 0 else base
        other = shift(edge, unit, m.count)
        first, last = (edge + dt.timedelta(days=1), other) if m.count > 0 else (other, edge - dt.timedelta(days=1))
        return Resolved(first, last, "range", src, ["date"])
    if m.count == 0:  # "later that year", "earlier that day"
        if GRAIN_ORDER.get(grain, 0) > GRAIN_ORDER[GRAIN.get(unit, "day")]:
            return None
        return Resolved(*unit_range(base, unit), GRAIN[unit], src, ["date"])
    if unit == "year" and grain in ("quarter", "month", "half") and src == "event":
        s, e = shift(base_res.start, "year", m.count), shift(base_res.end, "year", m.count)
        return Resolved(s, month_end(e.year, e.month), grain, src, ["date"])
    if GRAIN_ORDER.get(grain, 0) > GRAIN_ORDER[GRAIN.get(unit, "day")] and src == "event" and unit == "day":
        return None  # "the day before" a whole year: cannot be placed
    d = shift(base, unit, m.count)
    if unit == "week" and grain == "day" and src == "event":  # "two weeks later" than a day: a day
        return Resolved(d, d, "day", src, ["date"])
    return Resolved(*unit_range(d, unit), GRAIN[unit], src, ["date"])
