"""Calendar arithmetic: the ranges of days, weeks, months, quarters, halves, years and
decades, moving a date by a unit, and the dates of holidays and seasons.

Owns: pure functions of dates and numbers. Must not touch: text, mentions, tense
or the publication date (that is :mod:`.resolve`).
"""
from __future__ import annotations

import calendar
import datetime as dt

def month_end(y: int, m: int) -> dt.date:
    """The last day of month ``m`` of year ``y``."""
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    """The first and last day of month ``m`` of year ``y``."""
    return dt.date(y, m, 1), month_end(y, m)


def year_range(y: int) -> tuple[dt.date, dt.date]:
    """Jan. 1 and Dec. 31 of ``y``."""
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def quarter_range(y: int, q: int) -> tuple[dt.date, dt.date]:
    """The first and last day of quarter ``q`` (1-4) of ``y``."""
    m = 3 * (q - 1) + 1
    return dt.date(y, m, 1), month_end(y, m + 2)


def half_range(y: int, h: int) -> tuple[dt.date, dt.date]:
    """The first and last day of half ``h`` (1 or 2) of ``y``."""
    return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))


def week_range(d: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday and Sunday of the week holding ``d``."""
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def decade_range(y: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the calendar decade holding year ``y`` (1990-1999)."""
    d = y - y % 10
    return dt.date(d, 1, 1), dt.date(d + 9, 12, 31)


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clamped to the month's length (Feb. 29 -> Feb. 28)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """``d`` moved by ``n`` units (day, week, weekend, month, quarter, half, year, decade)."""
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


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when the day does not exist (Feb. 30)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


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


_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1), "new year's eve": (12, 31),
    "independence": (7, 4), "fourth of july": (7, 4), "veterans": (11, 11), "halloween": (10, 31),
    "valentine's": (2, 14), "st. patrick's": (3, 17), "groundhog": (2, 2), "earth": (4, 22), "juneteenth": (6, 19),
    "boxing": (12, 26),
}
# (month, weekday, n): the n-th weekday of the month (n = -1: the last one)
_NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "labor": (9, 0, 1), "memorial": (5, 0, -1), "mother's": (5, 6, 2),
    "father's": (6, 6, 3), "martin luther king": (1, 0, 3), "mlk": (1, 0, 3), "presidents": (2, 0, 3),
    "columbus": (10, 0, 2),
}
# days counted from another holiday: (the holiday, days after it)
_RELATIVE_HOLIDAYS = {
    "election": ("first monday of november", 1), "black friday": ("thanksgiving", 1),
    "cyber monday": ("thanksgiving", 4), "good friday": ("easter", -2), "palm": ("easter", -7),
    "ash wednesday": ("easter", -46), "mardi gras": ("easter", -47), "fat tuesday": ("easter", -47),
    "easter monday": ("easter", 1),
}


def holiday(name: str, y: int) -> dt.date | None:
    """The date of a (United States) holiday in year ``y`` ("thanksgiving", "mother's", "good friday")."""
    if name in _FIXED_HOLIDAYS:
        return dt.date(y, *_FIXED_HOLIDAYS[name])
    if name in _NTH_WEEKDAY_HOLIDAYS:
        return _nth_weekday(y, *_NTH_WEEKDAY_HOLIDAYS[name])
    if name == "easter":
        return easter(y)
    if name == "first monday of november":
        return _nth_weekday(y, 11, 0, 1)
    if name in _RELATIVE_HOLIDAYS:
        base, days = _RELATIVE_HOLIDAYS[name]
        d = holiday(base, y)
        return d + dt.timedelta(days=days) if d else None
    return None


SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "winter": 12}  # meteorological, northern hemisphere


def season_range(season: str, y: int) -> tuple[dt.date, dt.date]:
    """Spring Mar-May, summer Jun-Aug, fall Sep-Nov; the winter of ``y`` runs Dec. ``y`` to Feb. ``y + 1``."""
    start = dt.date(y, SEASON_MONTHS[season], 1)
    end = add_months(start, 2)
    return start, month_end(end.year, end.month)
