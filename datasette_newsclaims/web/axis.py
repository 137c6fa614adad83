"""Geometry of the server-rendered SVG time axis (``_newsclaims_axis.html``).

Owns turning dated events into points and spans packed in lanes, and the
round-date ticks above them. Must not query the database or produce HTML:
it returns numbers and strings the template draws.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .formatting import describe_event

_TICK_STEPS = [("day", n) for n in (1, 2, 7, 14)] + [("month", n) for n in (1, 2, 3, 6)] + [
    ("year", n) for n in (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000)
]
_UNIT_DAYS = {"day": 1.0, "month": 30.44, "year": 365.25}
LONG_SPAN_DAYS = 366  # longer spans are clipped to the other events' range


def parse_day(value: Any) -> dt.date | None:
    """The day an ISO date string starts with, or None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """At most about ten round dates between ``first`` and ``last``."""
    span = (last - first).days or 1
    unit, step = next(((u, s) for u, s in _TICK_STEPS if span / (_UNIT_DAYS[u] * s) <= 10), _TICK_STEPS[-1])
    if unit == "day":
        day = first
        return [(day + dt.timedelta(days=i), (day + dt.timedelta(days=i)).isoformat()) for i in range(0, span + 1, step)]
    ticks = []
    if unit == "month":
        month = first.year * 12 + first.month - 1
        month += -month % step
        while month // 12 <= dt.MAXYEAR and (d := dt.date(month // 12, month % 12 + 1, 1)) <= last:
            if d >= first:
                ticks.append((d, d.isoformat()[:7]))
            month += step
        return ticks
    year = first.year + (-first.year % step)
    while year <= last.year and year <= dt.MAXYEAR:
        d = dt.date(year, 1, 1)
        if d >= first:
            ticks.append((d, str(year)))
        year += step
    return ticks


def _clip(events: list[dict], window: tuple[dt.date | None, dt.date | None]) -> list[tuple]:
    """(first day, last day, is a single day, event) of each datable event, cut to ``window``."""
    low, high = window
    dated = []
    for event in events:
        start = parse_day(event.get("date_start"))
        end = parse_day(event.get("date_end")) or start
        if start is None or end is None or end < start:
            continue
        point = start == end
        start, end = max(start, low or start), min(end, high or end)
        if end >= start:
            dated.append((start, end, point, event))
    return dated


def _day_range(dated: list[tuple], window: tuple[dt.date | None, dt.date | None]) -> tuple[int, int]:
    """First and last day number drawn, padded to a month for a short span.

    Day numbers (ordinals) rather than dates: the axis runs a day past its
    last event and is padded, which must not overflow at 0001-01-01 or 9999-12-31.
    """
    low, high = window
    # Spans longer than a year (a century, "since 1900") do not stretch the
    # axis over the other events: they are cut at its edges like the window's.
    short = [d for d in dated if (d[1] - d[0]).days <= LONG_SPAN_DAYS] or dated
    first = (low or min(d[0] for d in short)).toordinal()
    last = (high or max(d[1] for d in short)).toordinal() + 1
    if last - first < 30 and not (low and high):
        pad = (30 - (last - first)) // 2 + 1
        first, last = first - pad, last + pad
    return first, last


def _shape(event: dict, point: bool, x0: float, x1: float, y: float, href) -> dict:
    grain = event.get("granularity")
    return {
        "point": point,
        "x": x0,
        "width": round(x1 - x0, 1),
        "y": y,
        "class": "nc-g-" + (grain if grain in ("day", "month", "year") else "other"),
        "href": href(event),
        "title": f"{event.get('text', '')} · {describe_event(event)}"
        + (f" · {event['article_title']}" if event.get("article_title") else ""),
        "id": event.get("id"),
    }


def build_axis(
    events: list[dict],
    href,
    width: int = 960,
    lane_height: int = 16,
    max_lanes: int = 40,
    window: tuple[dt.date | None, dt.date | None] = (None, None),
) -> dict:
    """Geometry of a time axis: a single-day event is a point, anything longer
    (week, month, year, range ...) a span from its first to its last day.

    :param events: rows with ``date_start``/``date_end``/``granularity``
    :param href: function giving the link of an event
    :param window: first and last day to draw (spans are cut at its edges);
        by default the axis covers every event
    :return: ``{"width", "height", "ticks", "shapes", "dropped"}``; events
        beyond ``max_lanes`` rows of packing are counted in ``dropped``
    """
    dated = _clip(events, window)
    if not dated:
        return {"width": width, "height": 0, "ticks": [], "shapes": [], "dropped": 0}
    first, last = _day_range(dated, window)
    edge = (dt.date.fromordinal(max(first, 1)), dt.date.fromordinal(min(last - 1, dt.date.max.toordinal())))
    dated = _clip([d[3] for d in dated], edge)
    left, right, top = 12, 12, 26
    scale = (width - left - right) / (last - first)

    def x(day: int) -> float:
        return round(left + (day - first) * scale, 1)

    lanes: list[float] = []  # right edge of the last shape in each lane
    shapes = []
    dropped = 0
    for start, end, point, event in sorted(dated, key=lambda d: (d[0], -(d[1] - d[0]).days)):
        x0, x1 = x(start.toordinal()), x(end.toordinal() + 1)
        if point:
            box = (x0 - 6, x0 + 6)
        else:
            x1 = max(x1, x0 + 6)
            box = (x0, x1)
        lane = next((i for i, lane_end in enumerate(lanes) if lane_end + 2 <= box[0]), len(lanes))
        if lane >= max_lanes:
            dropped += 1
            continue
        if lane == len(lanes):
            lanes.append(box[1])
        else:
            lanes[lane] = box[1]
        shapes.append(_shape(event, point, x0, x1, top + lane * lane_height + lane_height / 2, href))
    edges = (dt.date.fromordinal(max(first, 1)), dt.date.fromordinal(min(last, dt.date.max.toordinal())))
    ticks = [{"x": x(day.toordinal()), "label": label} for day, label in _ticks(*edges)]
    return {"width": width, "height": top + max(len(lanes), 1) * lane_height + 8, "ticks": ticks,
            "shapes": shapes, "dropped": dropped, "lane_height": lane_height, "top": top}
