"""Resolve detected calendar references against the publication date.

Detection (:mod:`datasette_newsclaims.extract.date_rules`) records only what
the text states; this module fills in what is implied, the way duckling's
resolve step and chrono's ``imply()`` do, and says where each value came from:

- ``text``: everything needed was stated (``Aug. 7, 2017``, ``2016``);
- ``published``: a year, month or day was taken from the publication date
  (``Aug. 7``, ``Wednesday``, ``last year``);
- ``event``: it was taken from another date in the text (``the day before``,
  ``late August`` after ``August 1914``).

Tense decides the direction: past-tense references resolve to the latest
match on or before ``published`` (the publication day counts), future ones
to the next on or after it.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from .extract.date_rules import Mention

PAST, FUTURE, PRESENT = "past", "future", "present"
WEAK_PAST = "weak-past"  # a past verb far from the date
STRICT_PAST = "strict-past"  # "since October": never the one ahead
NEAREST = "nearest"  # "follows Tuesday's declaration": the closer weekday either way (other kinds: unknown tense)


@dataclass
class Resolved:
    start: dt.date
    end: dt.date
    granularity: str
    resolved_from: str
    implied: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- calendar units

def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), month_end(y, m)


def year_range(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def quarter_range(y: int, q: int) -> tuple[dt.date, dt.date]:
    m = 3 * (q - 1) + 1
    return dt.date(y, m, 1), month_end(y, m + 2)


def half_range(y: int, h: int) -> tuple[dt.date, dt.date]:
    return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))


def week_range(d: dt.date) -> tuple[dt.date, dt.date]:
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def decade_range(y: int) -> tuple[dt.date, dt.date]:
    d = y - y % 10
    return dt.date(d, 1, 1), dt.date(d + 9, 12, 31)


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clamped to the month's length (Feb. 29 -> Feb. 28)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    raise ValueError(unit)


def unit_range(d: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The calendar ``unit`` (day, week, month, ...) that contains ``d``."""
    if unit == "day":
        return d, d
    if unit == "week":
        return week_range(d)
    if unit == "weekend":
        sat = d + dt.timedelta(days=5 - d.weekday())
        return sat, sat + dt.timedelta(days=1)
    if unit == "month":
        return month_range(d.year, d.month)
    if unit == "quarter":
        return quarter_range(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return half_range(d.year, 1 if d.month <= 6 else 2)
    if unit == "year":
        return year_range(d.year)
    if unit == "decade":
        return decade_range(d.year)
    raise ValueError(unit)


GRAIN = {"day": "day", "week": "week", "weekend": "range", "month": "month", "quarter": "quarter",
         "half": "half", "year": "year", "decade": "decade"}
GRAIN_ORDER = {"day": 0, "week": 1, "range": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "decade": 6}


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------- choosing a year

NEAR_FUTURE_DAYS = 62  # a date this close ahead ...
FAR_PAST_DAYS = 200  # ... beats one this far back, even in past-tense reporting


def _pick(cands: list[tuple[dt.date, dt.date]], published: dt.date, tense: str | None,
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
        if c[0] <= published <= c[1]:
            return (0, 0)
        return (min(abs((c[0] - published).days), abs((c[1] - published).days)), 0 if c[0] <= published else 1)
    return min(cands, key=dist)


def _month_day(month: int, day: int | None, published: dt.date, tense: str | None, weak: bool = False):
    """The year of a month (or month and day) without one: by tense; a far-off past verb
    ("announced an agreement to acquire the bank in January") lets a near future date win,
    and so does a day ("Jan. 14"), which reporters rarely leave without a year when it is
    most of a year back."""
    cands = []
    for y in (published.year - 1, published.year, published.year + 1):
        if day is None:
            cands.append(month_range(y, month))
        else:
            d = _safe_date(y, month, day)
            if d:
                cands.append((d, d))
    return _pick(cands, published, tense, near_future_ok=weak or day is not None) if cands else None


# ---------------------------------------------------------------- the resolver

def resolve(m: Mention, published: dt.date | None, tense: str | None = None,
            anchor: Resolved | None = None, context_year: int | None = None) -> Resolved | None:
    """Resolve one mention; None when it cannot be placed (e.g. relative with no ``published``)."""
    weak = tense == WEAK_PAST
    if weak:
        tense = PAST
    elif tense == NEAREST and m.kind != "weekday":
        tense = None
    r = _resolve(m, published, STRICT_PAST if m.since else tense, anchor, context_year, weak)
    if r is None or not m.since:
        return r
    if published is None or published < r.start:
        return None
    return Resolved(r.start, published, "range", "published", r.implied + ["end"])


def easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ``weekday`` of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(y, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday(name: str, y: int) -> dt.date | None:
    """The date of a (United States) holiday in year ``y``."""
    fixed = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1), "new year's eve": (12, 31),
             "independence": (7, 4), "veterans": (11, 11), "halloween": (10, 31), "valentine's": (2, 14)}
    if name in fixed:
        return dt.date(y, *fixed[name])
    if name == "thanksgiving":
        return _nth_weekday(y, 11, 3, 4)
    if name == "labor":
        return _nth_weekday(y, 9, 0, 1)
    if name == "memorial":
        return _nth_weekday(y, 5, 0, -1)
    if name == "election":  # the Tuesday after the first Monday of November
        return _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1)
    if name == "easter":
        return easter(y)
    return None


SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "winter": 12}  # meteorological, northern hemisphere


def season_range(season: str, y: int) -> tuple[dt.date, dt.date]:
    """Spring Mar-May, summer Jun-Aug, fall Sep-Nov; the winter of ``y`` runs Dec. ``y`` to Feb. ``y + 1``."""
    start = dt.date(y, SEASON_MONTHS[season], 1)
    end = add_months(start, 2)
    return start, month_end(end.year, end.month)


def _season(m, P, tense):
    season = m.extra["season"]
    if m.year is not None:
        return Resolved(*season_range(season, m.year), "range", "text")
    if P is None:
        return None
    cands = [season_range(season, y) for y in (P.year - 2, P.year - 1, P.year, P.year + 1)]
    current = next((c for c in cands if c[0] <= P <= c[1]), None)
    if m.direction == -1:
        c = max(c for c in cands if c[1] < P)
    elif m.direction == 1:
        c = min(c for c in cands if c[0] > P)
    elif m.direction == 0 and current is not None:
        c = current
    else:
        c = _pick(cands, P, STRICT_PAST if tense in (PAST, STRICT_PAST) else (tense or FUTURE))
    return Resolved(c[0], c[1], "range", "published", ["year"]) if c else None


# One resolver per mention kind, each taking (mention, published, tense, referent date,
# context year, weak past) and returning a Resolved or None.


def _r_date(m, P, tense, anchor, context_year, weak):
    if m.year is not None:
        if m.day is not None:
            d = _safe_date(m.year, m.month, m.day)
            return Resolved(d, d, "day", "text") if d else None
        if m.month is not None:
            return Resolved(*month_range(m.year, m.month), "month", "text")
        return Resolved(*year_range(m.year), "year", "text")
    if m.year_offset is not None:
        if P is None:
            return None
        y = P.year + m.year_offset
        if m.day is not None:
            d = _safe_date(y, m.month, m.day)
            return Resolved(d, d, "day", "published", ["year"]) if d else None
        return Resolved(*month_range(y, m.month), "month", "published", ["year"])
    if context_year is not None:
        if m.day is not None:
            d = _safe_date(context_year, m.month, m.day)
            return Resolved(d, d, "day", "event", ["year"]) if d else None
        return Resolved(*month_range(context_year, m.month), "month", "event", ["year"])
    if P is None:
        return None
    if m.weekday is not None and m.day is not None:  # "Monday, Oct. 26": the year whose weekday fits
        for y in (P.year, P.year + 1, P.year - 1):
            d = _safe_date(y, m.month, m.day)
            if d and d.weekday() == m.weekday:
                return Resolved(d, d, "day", "published", ["year"])
    if m.direction is not None:  # "last Oct. 23": strictly before (or after) publication
        tense = PAST if m.direction < 0 else FUTURE
    c = _month_day(m.month, m.day, P, None if tense == PRESENT else tense, weak)
    if c is None:
        return None
    return Resolved(c[0], c[1], "day" if m.day is not None else "month", "published", ["year"])


def _r_year(m, P, tense, anchor, context_year, weak):
    return Resolved(*year_range(m.year), "year", "text")


def _r_century(m, P, tense, anchor, context_year, weak):
    # the 20th century: 1900-1999, as TimeML writes "19"
    return Resolved(dt.date(max(m.year, 1), 1, 1), dt.date(m.year + 99, 12, 31), "range", "text")


def _r_season(m, P, tense, anchor, context_year, weak):
    return _season(m, P, tense)


def _r_holiday(m, P, tense, anchor, context_year, weak):
    name = m.extra["holiday"]
    if m.year is not None:
        d = holiday(name, m.year)
        return Resolved(d, d, "day", "text") if d else None
    if P is None:
        return None
    if m.direction is not None:
        tense = STRICT_PAST if m.direction < 0 else FUTURE
    cands = [(d, d) for d in (holiday(name, y) for y in (P.year - 1, P.year, P.year + 1)) if d]
    # past tense: the last one, unless it is most of a year back and the next is weeks ahead
    # ("the scramble of the week before Christmas" on Dec. 23); "since Christmas", "last Christmas": strictly back
    c = _pick(cands, P, tense, near_future_ok=True) if tense == PAST else _pick(cands, P, tense)
    if c is not None and m.unit == "week":
        return Resolved(*week_range(c[0]), "week", "published", ["year"])
    return Resolved(c[0], c[1], "day", "published", ["year"]) if c else None


def _r_decade(m, P, tense, anchor, context_year, weak):
    return Resolved(*decade_range(m.year), "decade", "text")


def _r_span(m, P, tense, anchor, context_year, weak):
    a = _resolve(m.extra["a"], P, tense, anchor, context_year, weak)
    b = _resolve(m.extra["b"], P, tense, anchor, context_year, weak)
    if a is None or b is None or b.end < a.start:
        return None
    src = "text" if a.resolved_from == b.resolved_from == "text" else "published"
    return Resolved(a.start, b.end, "range", src)


def _r_span_days(m, P, tense, anchor, context_year, weak):
    y, src = m.year, "text"
    if y is None:
        if P is None:
            return None
        c = _month_day(m.month, m.day, P, tense)
        if c is None:
            return None
        y, src = c[0].year, "published"
    a, b = _safe_date(y, m.month, m.day), _safe_date(y, m.month, m.extra["day2"])
    if a is None or b is None or b < a:
        return None
    return Resolved(a, b, "range", src)


def _r_week_of(m, P, tense, anchor, context_year, weak):
    if P is None:
        return None
    c = _month_day(m.month, m.day, P, tense)
    if c is None:
        return None
    if m.extra.get("day2"):
        b = _safe_date(c[0].year, m.month, m.extra["day2"])
        if b is None or b < c[0]:
            return None
        return Resolved(c[0], b, "range", "published", ["year"])
    return Resolved(*week_range(c[0]), "week", "published", ["year"])


def _r_weekday(m, P, tense, anchor, context_year, weak):
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


def _r_anchored_weekday(m, P, tense, anchor, context_year, weak):
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


def _r_deictic(m, P, tense, anchor, context_year, weak):
    if P is None:
        return None
    d = P + dt.timedelta(days=m.offset)
    return Resolved(d, d, "day", "published", ["date"])


def _r_rel(m, P, tense, anchor, context_year, weak):
    if P is None:
        return None
    unit = m.unit
    base = shift(P, unit, m.offset) if unit != "weekend" else P
    if unit == "weekend":
        s, e = unit_range(P, "weekend")
        if m.offset == -1 or (m.offset == 0 and tense != FUTURE and s > P):
            s, e = s - dt.timedelta(days=7), e - dt.timedelta(days=7)
        elif m.offset == 1:
            s, e = s + dt.timedelta(days=7), e + dt.timedelta(days=7)
        return Resolved(s, e, "range", "published", ["date"])
    if m.extra.get("the") and anchor is not None and unit == "year":
        return Resolved(*year_range(anchor.start.year), "year", "event", ["year"])
    s, e = unit_range(base, unit)
    return Resolved(s, e, GRAIN[unit], "published", [unit])


def _r_rolling(m, P, tense, anchor, context_year, weak):
    if P is None:
        return None
    other = shift(P, m.unit, m.count * m.direction)
    return Resolved(min(P, other), max(P, other), "range", "published", ["date"])


def _r_ago(m, P, tense, anchor, context_year, weak):
    if P is None:
        return None
    unit = "year" if m.unit == "decade" else m.unit
    count = m.count * (10 if m.unit == "decade" else 1)
    if anchor is not None and unit == "year" and anchor.granularity == "quarter":
        return Resolved(*quarter_range(anchor.start.year - count, (anchor.start.month - 1) // 3 + 1),
                        "quarter", "event", ["quarter"])
    d = shift(P, unit, -count)
    return Resolved(*unit_range(d, unit), GRAIN[unit], "published", [unit])


def _r_anchored(m, P, tense, anchor, context_year, weak):
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


def _r_relative_to(m, P, tense, anchor, context_year, weak):
    """ "the day before last Tuesday's hearing": the date named right after, shifted."""
    base = _resolve(m.extra["base"], P, tense, anchor, context_year, weak)
    if base is None or GRAIN_ORDER.get(base.granularity, 9) > GRAIN_ORDER[GRAIN.get(m.unit, "day")]:
        return None
    d = shift(base.start, m.unit, m.count)
    return Resolved(*unit_range(d, m.unit), GRAIN[m.unit], base.resolved_from, base.implied + ["date"])


def _r_year_ago(m, P, tense, anchor, context_year, weak):
    if anchor is not None and anchor.granularity in ("quarter", "year", "month", "half"):
        s = shift(anchor.start, "year", -1)
        e = shift(anchor.end, "year", -1)
        return Resolved(s, month_end(e.year, e.month), anchor.granularity, "event", ["date"])
    if P is None:
        return None
    return Resolved(*year_range(P.year - 1), "year", "published", ["year"])


def _r_the_quarter(m, P, tense, anchor, context_year, weak):
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


def _r_quarter(m, P, tense, anchor, context_year, weak):
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
    c = _pick(cands, P, PAST)  # a quarter without a year: the latest one that has begun
    if c is None:
        return None
    return Resolved(c[0], c[1], "quarter", "published", ["year"])


def _r_half(m, P, tense, anchor, context_year, weak):
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


def _r_first_months(m, P, tense, anchor, context_year, weak):
    if m.year is not None:
        y, src = m.year, "text"
    elif P is None:
        return None
    else:
        y, src = P.year + (m.year_offset or 0), "published"
    n = min(max(m.first_months or 1, 1), 12)
    return Resolved(dt.date(y, 1, 1), month_end(y, n), "range", src)


def _r_month_rel(m, P, tense, anchor, context_year, weak):
    if P is None:
        return None
    if m.extra.get("that"):
        if anchor is None:
            return None
        y = anchor.start.year
        return Resolved(*month_range(y, m.month), "month", "event", ["year"])
    if m.direction == -1:
        # the month just before publication is "last month": "last February" on March 1 is a year earlier
        # (across New Year, "last December" in January is December of last year)
        y = P.year if m.month < P.month - 1 else P.year - 1
    elif m.direction == 1:
        y = P.year if m.month > P.month else P.year + 1
    else:
        y = P.year
    return Resolved(*month_range(y, m.month), "month", "published", ["year"])


_RESOLVERS = {
    "date": _r_date,
    "year": _r_year,
    "century": _r_century,
    "season": _r_season,
    "holiday": _r_holiday,
    "decade": _r_decade,
    "span": _r_span,
    "span_days": _r_span_days,
    "week_of": _r_week_of,
    "weekday": _r_weekday,
    "anchored_weekday": _r_anchored_weekday,
    "deictic": _r_deictic,
    "rel": _r_rel,
    "rolling": _r_rolling,
    "ago": _r_ago,
    "anchored": _r_anchored,
    "relative_to": _r_relative_to,
    "year_ago": _r_year_ago,
    "the_quarter": _r_the_quarter,
    "quarter": _r_quarter,
    "half": _r_half,
    "first_months": _r_first_months,
    "month_rel": _r_month_rel,
}


def _resolve(m, published, tense, anchor, context_year, weak=False):
    """Dispatch to the resolver of the mention's kind."""
    fn = _RESOLVERS.get(m.kind)
    return fn(m, published, tense, anchor, context_year, weak) if fn else None
