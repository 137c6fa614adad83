"""What earlier mentions leave for later ones: the last date, the quarter being reported on, the year of the passage.

``the day before`` hangs on the last date stated; ``a year ago`` on the quarter
the story reports; ``late August`` after ``August 1914`` is in 1914.

Owns: :class:`Discourse` (the state and the choice of a mention's referent and
context year). Must not touch: detection, tense or resolution itself.
"""
from __future__ import annotations

import datetime as dt
import re

from .mention import Mention, Resolved
from .rules.base import THE_BEFORE
from .tense import FUTURE

_APPOSITIVE = re.compile(r",\s*(?:which\s+(?:is|was)\s+)?|\s+(?:is|was|will\s+be)\s+")
TOPIC_REACH = 1500  # how far a quarter stays the topic of "a year ago", "the latest quarter"
_LONGER_PERIOD = re.compile(r"\b(?:nine|six|eight|ten|eleven)\s+months\b|\bfirst\s+half\b|\bfull\s+year\b|\bfor\s+the\s+year\b")


class Discourse:
    """One article's dates so far, as later mentions may refer to them (read in order)."""

    def __init__(self, text: str, published: dt.date | None):
        self.text = text
        self.published = published
        self.anchor: Resolved | None = None  # the previous resolved date ...
        self.anchor_end = -1  # ... where it ended ...
        self.anchor_para = -1  # ... and its paragraph
        self.topic_quarter: tuple[Resolved, int] | None = None  # the quarter being reported on, and where
        self.context: tuple[int, int] | None = None  # (year, end) of the last stated day or month
        self.story_year: int | None = None  # the last year the text states, when not the publication year

    def referent(self, m: Mention, ss: int, para: int) -> Resolved | None:
        """The date a relative mention ("the day before", "a year ago", "the quarter") hangs on."""
        s, anchor = m.start, self.anchor
        near = anchor if anchor is not None and (para == self.anchor_para or s - self.anchor_end < 300) else None
        yearly = m.kind in ("year_ago", "the_quarter") or (m.kind in ("ago", "anchored") and m.unit == "year"
                                                              and abs(m.count or 0) == 1)
        if yearly and _LONGER_PERIOD.search(self.text, max(ss, s - 200), s):
            return None  # "in the first nine months, net rose from $163 million a year earlier": a year back
        if yearly and self.topic_quarter is not None and s - self.topic_quarter[1] < TOPIC_REACH:
            self.topic_quarter = (self.topic_quarter[0], m.end)  # each comparison keeps the quarter the topic
            return self.topic_quarter[0]
        if m.kind in ("anchored", "anchored_weekday") and near is None:
            return anchor  # "the day before", "the previous Friday": the last date stated, however far back
        if m.kind == "rel" and m.extra.get("the"):  # "the end of the year": the year of this sentence's date
            ok = anchor is not None and self.anchor_end >= ss and (anchor.granularity in ("day", "month") or (
                anchor.granularity == "year" and m.unit == "year" and _APPOSITIVE.fullmatch(
                    self.text, self.anchor_end, m.start)))  # "in 2010, the year the court ruled": 2010
            return anchor if ok else None
        return near

    def context_year(self, m: Mention, tense: str | None) -> int | None:
        """The year of a passage about another year ("late August" just after "August 1914")."""
        ctx, pub = self.context, self.published
        if ctx is None or pub is None or m.start - ctx[1] >= 200 or abs(ctx[0] - pub.year) <= 2 or tense == FUTURE:
            return None
        return ctx[0]

    def remember(self, m: Mention, r: Resolved, para: int) -> None:
        """Keep what ``m``, resolved to ``r``, leaves for the mentions after it."""
        self.anchor, self.anchor_end, self.anchor_para = r, m.end, para
        if (r.granularity == "quarter" and m.kind in ("quarter", "the_quarter") and not m.extra.get("year_ago")
                and not (m.kind == "the_quarter" and m.year is not None)
                and (self.published is None or r.end <= self.published)  # results are reported for a quarter that has ended
                and not (self.topic_quarter is not None and r.end < self.topic_quarter[0].end
                         and m.start - self.topic_quarter[1] < TOPIC_REACH)):  # "after a flat second quarter": an aside
            self.topic_quarter = (r, m.end)
        if m.kind == "anchored" and r.granularity == "year" and r.resolved_from == "event":
            self.context = (r.start.year, m.end)  # "the following year he was appointed ... in December"
        elif (m.kind in ("date", "span_days") and r.resolved_from in ("text", "event") and not m.since
                and not THE_BEFORE.search(self.text, max(0, m.start - 4), m.start)):
            self.context = (r.start.year, m.end)  # not "the Dec. 21, 1988, bombing": it names an event, not the passage's time
        if m.kind in ("date", "year") and r.resolved_from == "text" and (
                self.published is None or r.start.year != self.published.year):
            self.story_year = r.start.year
        elif m.kind in ("weekday", "deictic", "rel"):
            self.context = None
