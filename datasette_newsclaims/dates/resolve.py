"""Resolve detected calendar references against the publication date.

Detection (:mod:`.scan` and :mod:`.rules`) records only what
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

Owns: :func:`resolve` and the dispatch from a mention's kind to its resolver;
the resolvers of calendar dates (days, months, years, seasons, holidays,
decades, spans). Relative kinds live in :mod:`.resolve_relative`, business
periods in :mod:`.resolve_periods`. Must not touch: text, patterns or tense
reading; a resolver sees only the mention, the publication date, the tense and
the referent it is given.
"""
from __future__ import annotations

import datetime as dt

from .calendar import (GRAIN, GRAIN_ORDER, decade_range, holiday, month_range, safe_date, season_range, shift,
                       unit_range, week_range, year_range)
from .choose_year import month_day_by_tense, pick_by_tense
from .mention import Mention, Resolved
from .resolve_periods import (resolve_first_months, resolve_half, resolve_quarter, resolve_the_quarter,
                              resolve_year_ago)
from .resolve_relative import (resolve_ago, resolve_anchored, resolve_anchored_weekday, resolve_deictic,
                               resolve_rel, resolve_rolling, resolve_weekday)
from .tense import FUTURE, NEAREST, PAST, PRESENT, STRICT_PAST, WEAK_PAST


REST_MODS = frozenset(("rest", "balance", "remainder"))  # "the rest of the year": from publication on


def resolve(m: Mention, published: dt.date | None, tense: str | None = None,
            anchor: Resolved | None = None, context_year: int | None = None) -> Resolved | None:
    """Resolve one mention; None when it cannot be placed (e.g. relative with no ``published``)."""
    weak = tense == WEAK_PAST
    if weak:
        tense = PAST
    elif tense == NEAREST and m.kind != "weekday" and not (m.kind == "rel" and m.unit == "weekend"):
        tense = None
    r = resolve_kind(m, published, STRICT_PAST if m.since else tense, anchor, context_year, weak)
    if r is not None and m.mod in REST_MODS and published is not None and r.start < published <= r.end:
        return Resolved(published, r.end, "range", r.resolved_from, r.implied + ["start"])  # "the rest of the year"
    if r is None or not m.since:
        return r
    if published is None or published < r.start:
        return None
    return Resolved(r.start, published, "range", "published", r.implied + ["end"])


def resolve_date(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                 context_year: int | None, weak: bool) -> Resolved | None:
    """"Aug. 7, 2017", "Aug. 7", "March": stated values, the passage's year, or a year by tense."""
    if m.year is not None:
        if m.day is not None:
            d = safe_date(m.year, m.month, m.day)
            return Resolved(d, d, "day", "text") if d else None
        if m.month is not None:
            return Resolved(*month_range(m.year, m.month), "month", "text")
        return Resolved(*year_range(m.year), "year", "text")
    if m.year_offset is not None:
        if P is None:
            return None
        y = P.year + m.year_offset
        if m.day is not None:
            d = safe_date(y, m.month, m.day)
            return Resolved(d, d, "day", "published", ["year"]) if d else None
        return Resolved(*month_range(y, m.month), "month", "published", ["year"])
    if context_year is not None:
        if m.day is not None:
            d = safe_date(context_year, m.month, m.day)
            return Resolved(d, d, "day", "event", ["year"]) if d else None
        return Resolved(*month_range(context_year, m.month), "month", "event", ["year"])
    if P is None:
        return None
    if m.weekday is not None and m.day is not None:  # "Monday, Oct. 26": the year whose weekday fits
        for y in (P.year, P.year + 1, P.year - 1):
            d = safe_date(y, m.month, m.day)
            if d and d.weekday() == m.weekday:
                return Resolved(d, d, "day", "published", ["year"])
    if m.direction is not None:  # "last Oct. 23": strictly before (or after) publication
        tense = PAST if m.direction < 0 else FUTURE
    c = month_day_by_tense(m.month, m.day, P, None if tense == PRESENT else tense, weak)
    if c is None:
        return None
    return Resolved(c[0], c[1], "day" if m.day is not None else "month", "published", ["year"])


def resolve_year(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                 context_year: int | None, weak: bool) -> Resolved | None:
    """"2019": the whole year."""
    return Resolved(*year_range(m.year), "year", "text")


def resolve_century(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                    context_year: int | None, weak: bool) -> Resolved | None:
    # the 20th century: 1900-1999, as TimeML writes "19"
    """"the 20th century": 1900-1999, as TimeML writes it."""
    return Resolved(dt.date(max(m.year, 1), 1, 1), dt.date(m.year + 99, 12, 31), "range", "text")


def resolve_season(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                   context_year: int | None, weak: bool) -> Resolved | None:
    """ "last summer", "the winter of 1998": a season, by direction or tense when no year is stated."""
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
        c = pick_by_tense(cands, P, STRICT_PAST if tense in (PAST, STRICT_PAST) else (tense or FUTURE))
    return Resolved(c[0], c[1], "range", "published", ["year"]) if c else None


def resolve_holiday(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                    context_year: int | None, weak: bool) -> Resolved | None:
    """"Thanksgiving", "last Christmas", "Easter week": the holiday's date in the year by tense."""
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
    c = pick_by_tense(cands, P, tense, near_future_ok=True) if tense == PAST else pick_by_tense(cands, P, tense)
    if c is not None and m.unit == "week":
        return Resolved(*week_range(c[0]), "week", "published", ["year"])
    return Resolved(c[0], c[1], "day", "published", ["year"]) if c else None


def resolve_decade(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                   context_year: int | None, weak: bool) -> Resolved | None:
    """"the 1990s": the calendar decade."""
    return Resolved(*decade_range(m.year), "decade", "text")


def resolve_span(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                 context_year: int | None, weak: bool) -> Resolved | None:
    """"October 2019 to March 2020", "2011-16": from the first part's start to the second's end."""
    a = resolve_kind(m.extra["a"], P, tense, anchor, context_year, weak)
    if a is None:
        return None
    b = resolve_kind(m.extra["b"], P, tense, a, context_year, weak)  # "the end of the year": the first part's
    if b is not None and b.end < a.start and b.resolved_from != "text":  # "from November to February": the next one
        b = resolve_kind(m.extra["b"], a.start, FUTURE, a, context_year, weak)
    if b is None or b.end < a.start:
        return None
    src = "text" if a.resolved_from == b.resolved_from == "text" else "published"
    return Resolved(a.start, b.end, "range", src)


def resolve_window(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                   context_year: int | None, weak: bool) -> Resolved | None:
    """ "the 12 months through March", "the week ended Friday": ``count`` units up to the end of the date."""
    base = resolve_kind(m.extra["base"], P, tense, anchor, context_year, weak)
    if base is None:
        return None
    start = shift(base.end, m.unit, -m.count) + dt.timedelta(days=1)
    return Resolved(start, base.end, "range", base.resolved_from, base.implied)


def resolve_span_days(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                      context_year: int | None, weak: bool) -> Resolved | None:
    """"April 24-25": two days of one month, the year stated or by tense."""
    y, src = m.year, "text"
    if y is None:
        if P is None:
            return None
        c = month_day_by_tense(m.month, m.day, P, tense)
        if c is None:
            return None
        y, src = c[0].year, "published"
    a, b = safe_date(y, m.month, m.day), safe_date(y, m.month, m.extra["day2"])
    if a is None or b is None or b < a:
        return None
    return Resolved(a, b, "range", src)


def resolve_week_of(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                    context_year: int | None, weak: bool) -> Resolved | None:
    """"the week of March 5": that week (or the stated days)."""
    if P is None:
        return None
    c = month_day_by_tense(m.month, m.day, P, tense)
    if c is None:
        return None
    if m.extra.get("day2"):
        b = safe_date(c[0].year, m.month, m.extra["day2"])
        if b is None or b < c[0]:
            return None
        return Resolved(c[0], b, "range", "published", ["year"])
    return Resolved(*week_range(c[0]), "week", "published", ["year"])


def resolve_month_rel(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                      context_year: int | None, weak: bool) -> Resolved | None:
    """"last March", "next June", "that January": the month by direction or the referent's year."""
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


def resolve_relative_to(m: Mention, P: dt.date | None, tense: str | None, anchor: Resolved | None,
                        context_year: int | None, weak: bool) -> Resolved | None:
    """ "the day before last Tuesday's hearing": the date named right after, shifted."""
    base = resolve_kind(m.extra["base"], P, tense, anchor, context_year, weak)
    if base is None or GRAIN_ORDER.get(base.granularity, 9) > GRAIN_ORDER[GRAIN.get(m.unit, "day")]:
        return None
    d = shift(base.start, m.unit, m.count)
    return Resolved(*unit_range(d, m.unit), GRAIN[m.unit], base.resolved_from, base.implied + ["date"])


_RESOLVERS = {
    "date": resolve_date,
    "year": resolve_year,
    "century": resolve_century,
    "season": resolve_season,
    "holiday": resolve_holiday,
    "decade": resolve_decade,
    "span": resolve_span,
    "span_days": resolve_span_days,
    "window": resolve_window,
    "week_of": resolve_week_of,
    "weekday": resolve_weekday,
    "anchored_weekday": resolve_anchored_weekday,
    "deictic": resolve_deictic,
    "rel": resolve_rel,
    "rolling": resolve_rolling,
    "ago": resolve_ago,
    "anchored": resolve_anchored,
    "relative_to": resolve_relative_to,
    "year_ago": resolve_year_ago,
    "the_quarter": resolve_the_quarter,
    "quarter": resolve_quarter,
    "half": resolve_half,
    "first_months": resolve_first_months,
    "month_rel": resolve_month_rel,
}


def resolve_kind(m: Mention, published: dt.date | None, tense: str | None, anchor: Resolved | None,
                 context_year: int | None, weak: bool = False) -> Resolved | None:
    """Dispatch to the resolver of the mention's kind."""
    fn = _RESOLVERS.get(m.kind)
    return fn(m, published, tense, anchor, context_year, weak) if fn else None
