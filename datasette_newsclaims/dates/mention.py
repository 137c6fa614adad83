"""The two records of the date extractor: what the text states and what resolution makes of it.

Owns: :class:`Mention` (one calendar reference as stated: offsets, the rule that
found it, the values the text gives) and :class:`Resolved` (a calendar range, its
grain, where its values came from, what was implied). Must not touch: patterns,
tense or calendar arithmetic; these are plain records.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Mention:
    """One calendar reference as stated in the text (nothing implied yet)."""

    start: int
    end: int
    kind: str  # date, weekday, deictic, rel, rolling, ago, anchored, quarter, half, decade, year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None  # day/week/month/quarter/half/year/decade/weekend
    offset: int | None = None  # -1 last, 0 this, +1 next; for quarters/halves: the ordinal
    count: int | None = None  # n in "two years ago", "the past five days"
    year_offset: int | None = None  # "last year" in "the first half of last year"
    since: bool = False  # "since ...", "so far this year": range up to published
    first_months: int | None = None  # "the first nine months of ..."
    mod: str | None = None  # early/mid/late/start/end
    direction: int | None = None  # forced direction: -1 last, +1 next/coming, 0 this
    rule: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class Resolved:
    """A mention placed on the calendar: [start, end], its grain, and where its values came from."""

    start: dt.date
    end: dt.date
    granularity: str
    resolved_from: str
    implied: list[str] = field(default_factory=list)
