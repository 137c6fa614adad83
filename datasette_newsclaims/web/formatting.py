"""How a date, a number, a figure or an event reads on a page.

Owns the short human texts (``2017-02 (month)``, ``4,300 · count``) shared
by the reader, the axis tooltips and the lists. Must not touch the
database or produce HTML: it returns plain strings, escaped by callers.
"""
from __future__ import annotations

from typing import Any


def format_date(event: dict) -> str:
    """``2017-08-07``, ``2017-02 (month)``, ``2017 (year)`` or a range."""
    start, end, grain = event.get("date_start"), event.get("date_end"), event.get("granularity")
    if not start:
        return "date not resolved"
    if not end or end == start:
        return start
    if grain == "month" and start[:7] == end[:7]:
        return f"{start[:7]} (month)"
    if grain == "year" and start[:4] == end[:4]:
        return f"{start[:4]} (year)"
    return f"{start} to {end}" + (f" ({grain})" if grain else "")


def format_value(value: Any) -> str:
    """A figure's value: integers with thousands separators."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


def describe_figure(figure: dict, with_speaker: bool = True) -> str:
    """``4,300 · count · people · cited by Jeff Sessions``."""
    parts = [format_value(figure.get("value"))]
    parts += [str(figure[k]) for k in ("kind", "unit", "qualifier") if figure.get(k)]
    text = " · ".join(p for p in parts if p)
    if with_speaker and figure.get("speaker"):
        text += f" · cited by {figure['speaker']}"
    return text


def describe_event(event: dict) -> str:
    """``2017-08-07 (day) · sued · said by Jeff Sessions``."""
    text = format_date(event)
    if event.get("granularity") and "(" not in text:
        text += f" ({event['granularity']})"
    if event.get("event"):
        text += f" · {event['event']}"
    if event.get("speaker"):
        text += f" · said by {event['speaker']}"
    return text


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 quote``, ``2 quotes``, ``1,204 articles`` (``many`` for irregular plurals)."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"
