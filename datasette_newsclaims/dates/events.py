"""Calendar references resolved against the publication date, with the clause each one dates.

``extract_events(text, published)`` runs three steps:

1. detection (:func:`.scan.detect`): compiled-once patterns, tried only
   at word starts shortly before cheap trigger words, the first word choosing
   which rules can apply; it records what each reference states;
2. reading the sentence around it: the tense of its clause (the nearest cue
   wins: ``will``, ``is scheduled to``, ``until`` look forward, past-tense
   verbs look back; cues after the date and beyond a quotation mark count
   less or not at all) and the clause itself, the event the date belongs to
   (at most 120 characters, cut at strong separators, never a paragraph);
3. resolution (:func:`.resolve.resolve`) against
   ``published``, another date in the text (the previous one, or the quarter
   being reported on), or nothing.

Each item keeps ``stated`` (what the text says) apart from ``implied`` (what
resolution filled in) and says where the value came from in ``resolved_from``.

Owns: :func:`extract_events` and the item each mention becomes. Must not touch
the steps themselves: patterns (:mod:`.rules`), tense (:mod:`.tense`), clauses
(:mod:`.clauses`), referents (:mod:`.discourse`), resolution (:mod:`.resolve`).
"""
from __future__ import annotations

import datetime as dt

from .clauses import event_clause, paragraph_start, sentence_around, sentence_starts, separators
from .discourse import Discourse
from .filters import future_part, poll_window, sports_quarter, vague_today
from .mention import Mention, Resolved
from .resolve import resolve
from .scan import detect
from .mention_tense import mention_tense
from .tense import NEAREST, PAST, WEAK_PAST


class ArticleReader:
    """Reads one article's mentions in order into event items."""

    def __init__(self, text: str, published: dt.date | None):
        self.text = text
        self.published = published
        self.starts = sentence_starts(text)
        self.discourse = Discourse(text, published)
        self.sports_memo: dict[int | None, bool] = {}
        self.seps: dict[int, tuple[list[int], list[int]]] = {}  # per sentence start

    def read(self, m: Mention) -> dict | None:
        """The event item of ``m``, or None when it is not a date after all."""
        text = self.text
        ss, se = sentence_around(self.starts, len(text), m.start)
        tense = mention_tense(text, m, ss, se)
        if m.kind == "deictic" and vague_today(text, m, tense) or poll_window(text, m, ss, se):
            return None
        para = paragraph_start(text, m.start)
        referent = self.discourse.referent(m, ss, para)
        try:
            r = resolve(m, self.published, tense, referent, self.discourse.context_year(m, tense))
        except (ValueError, OverflowError):
            r = None
        if r is not None and self.discourse.story_year is not None and future_part(m, r, self.published, tense):
            # "late August" in past tense, in an Aug. 5 story about 1914: not this year's, the story's
            r = resolve(m, self.published, tense, referent, self.discourse.story_year)
        if r is None and self.published is not None:
            return None  # an item with no date at all helps no reader
        if r is None and (self.published is not None or referent is None) and (
                m.kind in ("the_quarter", "year_ago") or m.extra.get("needs_anchor") or m.extra.get("that")):
            return None  # "the quarter", "that year", "that January" with nothing to refer to
        if m.kind == "quarter" and r is not None and m.year is None and sports_quarter(text, ss, se, self.sports_memo):
            return None  # "the third quarter" of a game
        if r is not None:
            self.discourse.remember(m, r, para)
        if ss not in self.seps:
            self.seps = {ss: separators(text, ss, se)}  # mentions come in order: one sentence at a time
        return event_item(text, m, r, ss, se, tense, self.seps[ss])


def extract_events(text: str, published: dt.date | None) -> list[dict]:
    """Return every dated event in ``text``, resolved against ``published``.

    :param text: the article's plain text
    :param published: the publication date; without it relative references
        (``Wednesday``, ``last year``) get null dates and absolute ones still resolve
    :return: dicts with ``start``, ``end``, ``text``, ``date_start``, ``date_end``,
        ``granularity``, ``event``, ``resolved_from``, ``stated``, ``implied``,
        ``tense``, ``year``, ``month``, ``rule``
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    elif not isinstance(published, dt.date):
        published = None
    reader = ArticleReader(text, published)
    return [item for item in map(reader.read, detect(text)) if item is not None]


_STATED_FIELDS = ("year", "month", "day", "weekday", "unit", "offset", "count", "year_offset", "mod", "direction")


def stated_values(m: Mention) -> dict:
    """What the text itself says (chrono's "known values"), as opposed to what resolution implied."""
    out = {k: getattr(m, k) for k in _STATED_FIELDS if getattr(m, k) is not None}
    if m.since:
        out["since"] = True
    return out


def event_item(text: str, m: Mention, r: Resolved | None, ss: int, se: int, tense: str | None,
               seps: tuple[list[int], list[int]] | None = None) -> dict:
    """The row of one mention: offsets, text, dates, clause, provenance."""
    s, e = m.start, m.end
    return {
        "start": s,
        "end": e,
        "text": text[s:e],
        "date_start": r.start.isoformat() if r else None,
        "date_end": r.end.isoformat() if r else None,
        "granularity": r.granularity if r else None,
        "event": event_clause(text, ss, se, s, e, seps),
        "resolved_from": r.resolved_from if r else None,
        "stated": stated_values(m),
        "implied": r.implied if r else [],
        "tense": PAST if tense == WEAK_PAST else (None if tense == NEAREST else tense),
        "year": r.start.year if r else m.year,
        "month": r.start.month if r and r.granularity in ("day", "month") else m.month,
        "rule": m.rule,
    }
