"""The pure-Python entry point: ``analyze(text, published)``.

No Datasette import and no I/O here: the SQL functions, the CLI and the
pages all call this one function.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from .dates import extract_events
from .figures import extract_figures
from .quotes import extract_quotes

EXTRACTOR_VERSION = "0.1.0"
KINDS = ("quotes", "events", "figures")

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*\Z")


@lru_cache(maxsize=4096)
def _parse_published_str(value: str) -> dt.date | None:
    m = _ISO_DATE.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if len(value) > 100 or not value.strip():
        return None
    import dateparser  # imported lazily: it is slow to import

    try:
        parsed = dateparser.parse(
            value,
            languages=["en"],
            settings={
                "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["day", "month", "year"],
                # no "relative-time": "yesterday" or "2 days ago" would be read
                # against the machine's clock, a guess that changes every day
                "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            },
        )
    except Exception:  # dateparser raises on some odd strings
        return None
    return parsed.date() if parsed else None


def parse_published(value: Any) -> dt.date | None:
    """Read a publication date from a date, datetime or messy string; None if unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    return _parse_published_str(value)


def to_text(text: Any) -> str:
    """Any cell value as text: NULL -> "", bytes decoded as UTF-8 (bad bytes replaced), others via str()."""
    if text is None:
        return ""
    if isinstance(text, bytes):
        return text.decode("utf-8", "replace")
    if not isinstance(text, str):
        return str(text)
    return text


def _attach_speakers(items: list[dict], quotes: list[dict]) -> None:
    """Give each item the speaker of the quote it stands inside (else None)."""
    starts = [q["start"] for q in quotes]
    for item in items:
        i = bisect_right(starts, item["start"]) - 1
        if i >= 0 and item["end"] <= quotes[i]["end"]:
            item["speaker"] = quotes[i].get("speaker")
            item["quote_index"] = i
        else:
            item.setdefault("speaker", None)
            item["quote_index"] = None


def analyze(text: Any, published: Any = None, kinds: Collection[str] = KINDS) -> dict[str, list[dict]]:
    """Extract quotes, dated events and figures from one article.

    :param text: the article's plain text (None gives empty lists)
    :param published: publication date as ``date``, ``datetime`` or any string
        dateparser reads; relative dates stay unresolved without it
    :param kinds: the lists wanted (the others come back empty). Only the work
        they need is done: figures need the dates (a date is not a figure) and,
        when there is a figure, the quotes (for its speaker); events need the
        quotes when there is an event. The lists asked for are the same as with
        every kind.
    :return: ``{"quotes": [...], "events": [...], "figures": [...]}`` with
        offsets into ``text`` as given
    """
    text = to_text(text)
    if not text.strip():
        return {"quotes": [], "events": [], "figures": []}
    pub = parse_published(published)
    events = extract_events(text, pub) if "events" in kinds or "figures" in kinds else []
    figures = extract_figures(text, exclude=[(e["start"], e["end"]) for e in events]) if "figures" in kinds else []
    quotes = []
    if "quotes" in kinds or figures or ("events" in kinds and events):
        quotes = sorted(extract_quotes(text), key=lambda q: q["start"])
    _attach_speakers(events, quotes)
    _attach_speakers(figures, quotes)
    return {k: v if k in kinds else [] for k, v in (("quotes", quotes), ("events", events), ("figures", figures))}
