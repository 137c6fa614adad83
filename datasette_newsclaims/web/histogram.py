"""The timeline's histogram: dated events counted per day, month, year,
decade or century across a window, as bars that zoom in when clicked.

Owns choosing the bucket size for a window, filling empty buckets, the bar
geometry and each bar's zoom window. Must not query the database: the
timeline passes counts per month (or per day for a short window) it read
from the summary table or an index range.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

DAYS_WINDOW = 92  # windows up to this many days are counted per day
MONTHS_WINDOW = 36  # ... up to this many months per month
YEARS_WINDOW = 120  # ... up to this many years per year, then decades, then centuries
WIDTH, HEIGHT = 960, 80


def unit_for(first: dt.date, last: dt.date) -> str:
    """``day``, ``month``, ``year``, ``decade`` or ``century``: at most about 120 bars."""
    if (last - first).days < DAYS_WINDOW:
        return "day"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= MONTHS_WINDOW:
        return "month"
    years = last.year - first.year + 1
    if years <= YEARS_WINDOW:
        return "year"
    return "decade" if years <= YEARS_WINDOW * 10 else "century"


def _key(day: str, unit: str) -> str:
    """The bucket of an ISO day (or ``YYYY-MM`` month)."""
    if unit == "day":
        return day[:10]
    if unit == "month":
        return day[:7]
    year = day[:4]
    return {"year": year, "decade": year[:3], "century": year[:2]}[unit]


def _buckets(first: dt.date, last: dt.date, unit: str) -> list[str]:
    """Every bucket key from ``first`` to ``last``, empty ones included."""
    if unit == "day":
        return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    if unit == "month":
        keys, month = [], first.year * 12 + first.month - 1
        while month <= last.year * 12 + last.month - 1:
            keys.append(f"{month // 12:04d}-{month % 12 + 1:02d}")
            month += 1
        return keys
    size = {"year": 1, "decade": 10, "century": 100}[unit]
    return [_key(f"{year:04d}", unit) for year in range(first.year - first.year % size, last.year + 1, size)]


def _zoom(key: str, unit: str) -> tuple[str, str, str]:
    """(label, from, to) of a bucket: clicking its bar shows just that bucket."""
    if unit in ("day", "month", "year"):
        return key, key, key
    if unit == "decade":
        return f"{key}0s", f"{key}0", f"{int(key) * 10 + 9:04d}"
    return f"{key}00s", f"{key}00", f"{int(key) * 100 + 99:04d}"


def bars(counts: Counter, first: dt.date, last: dt.date, zoom_url) -> dict:
    """Bars of ``counts`` (keyed by ISO day or ``YYYY-MM`` month) between ``first`` and ``last``.

    :param zoom_url: ``zoom_url(from, to)`` gives the link of a bar
    :return: ``{"unit", "bars", "width", "height", "total"}``; each bar has
        ``label``, ``count``, ``url``, ``x``, ``y``, ``width``, ``height``
    """
    unit = unit_for(first, last)
    per_bucket: Counter = Counter()
    for day, n in counts.items():
        per_bucket[_key(day, unit)] += n
    keys = _buckets(first, last, unit)
    tallest = max((per_bucket[k] for k in keys), default=0) or 1
    step = WIDTH / max(len(keys), 1)
    out = []
    for i, key in enumerate(keys):
        label, start, end = _zoom(key, unit)
        n = per_bucket[key]
        height = 0 if not n else max(2, round(n / tallest * (HEIGHT - 14), 1))
        out.append({"label": label, "count": n, "url": zoom_url(start, end), "x": round(i * step, 1),
                    "width": round(max(step - 1, 1), 1), "height": height, "y": round(HEIGHT - 12 - height, 1)})
    return {"unit": unit, "bars": out, "width": WIDTH, "height": HEIGHT, "total": sum(per_bucket[k] for k in keys),
            "labels": [b for b in out[:: max(1, len(out) // 8)]]}
