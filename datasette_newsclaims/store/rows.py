"""Rows of the item tables from one ``analyze()`` result: the derived rows'
shape, shared by the extract command and any bulk path that writes rows
elsewhere first.

Owns: which key of an extracted item goes to which column, the ``details``
JSON for the rest, ids and ``quote_id`` links, an event's year and month, the
``sentence`` of an event or figure (sentences as the dates package splits them).
Must not touch: the database (rows are returned, never written here) or the
extractors.
"""
from __future__ import annotations

import json
from typing import Any

from ..core import EXTRACTOR_VERSION
from ..dates.clauses import sentence_around, sentence_starts
from .tables import EVENT_COLUMNS, EVENTS, FIGURE_COLUMNS, FIGURES, MAX_SENTENCE_CHARS, QUOTE_COLUMNS, QUOTES

_BASE = {"start", "end", "text"}
_QUOTE_KNOWN = _BASE | set(QUOTE_COLUMNS)
_EVENT_KNOWN = _BASE | set(EVENT_COLUMNS) | {"quote_index"}
_FIGURE_KNOWN = _BASE | set(FIGURE_COLUMNS) | {"quote_index"}


def year_month(date_start: str | None, date_end: str | None) -> tuple[int | None, int | None]:
    """Year and month of an event, when its whole range falls in one year / month."""
    if not isinstance(date_start, str) or len(date_start) < 7:
        return None, None
    end = date_end if isinstance(date_end, str) and len(date_end) >= 7 else date_start
    try:
        year = int(date_start[:4]) if date_start[:4] == end[:4] else None
        month = int(date_start[5:7]) if year is not None and date_start[5:7] == end[5:7] else None
    except ValueError:
        return None, None
    return year, month


def _details(item: dict, known: set[str]) -> str | None:
    extra = {k: v for k, v in item.items() if k not in known}
    return json.dumps(extra, ensure_ascii=False, default=str) if extra else None


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, (int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _quote_row(q: dict, base: dict, qid: int, shift: int) -> dict:
    row = dict(base, id=qid, start=q["start"] + shift, end=q["end"] + shift, text=q["text"])
    for column in QUOTE_COLUMNS:
        row[column] = _scalar(q.get(column))
    if row["partial"] is not None:
        row["partial"] = int(bool(row["partial"]))
    row["details"] = _details(q, _QUOTE_KNOWN)
    return row


def sentence_of(text: str, starts: list[int], start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` holding [start, end), at most
    MAX_SENTENCE_CHARS: a longer one becomes a window around the item."""
    first, _ = sentence_around(starts, len(text), start)
    _, last = sentence_around(starts, len(text), max(start, end - 1))
    if last - first > MAX_SENTENCE_CHARS:
        margin = max(0, (MAX_SENTENCE_CHARS - (end - start)) // 2)
        first, last = max(first, start - margin), min(last, end + margin)
    return text[first:last].strip()


def _item_row(table: str, item: dict, base: dict, item_id: int, shift: int, quote_ids: list[int]) -> dict:
    """A row of the events or figures table (its ``sentence`` is set by the caller)."""
    columns, known = (EVENT_COLUMNS, _EVENT_KNOWN) if table == EVENTS else (FIGURE_COLUMNS, _FIGURE_KNOWN)
    row = dict(base, id=item_id, start=item["start"] + shift, end=item["end"] + shift, text=item["text"])
    for column in columns:
        row[column] = _scalar(item.get(column))
    qi = item.get("quote_index")
    row["quote_id"] = quote_ids[qi] if isinstance(qi, int) and 0 <= qi < len(quote_ids) else None
    if table == EVENTS:
        year, month = year_month(item.get("date_start"), item.get("date_end"))
        row["year"] = item.get("year") if isinstance(item.get("year"), int) else year
        row["month"] = item.get("month") if isinstance(item.get("month"), int) else month
    row["details"] = _details(item, known)
    return row


def rows_for_article(
    result: dict[str, list[dict]],
    article_table: str,
    article_id: Any,
    next_ids: dict[str, int],
    shift: int = 0,
    text: str | None = None,
) -> dict[str, list[dict]]:
    """Turn one :func:`~datasette_newsclaims.analyze` result into rows for the three item tables.

    ``next_ids`` holds the next free id per table and is advanced; ``shift`` is
    added to every offset (the position of an e-mail body inside its cell);
    ``text`` (the text that was analyzed) gives events and figures their ``sentence``.
    """
    base = {"article_table": article_table, "article_id": article_id, "extractor_version": EXTRACTOR_VERSION}
    rows: dict[str, list[dict]] = {QUOTES: [], EVENTS: [], FIGURES: []}
    quote_ids: list[int] = []
    for q in result.get("quotes", []):
        quote_ids.append(next_ids[QUOTES])
        rows[QUOTES].append(_quote_row(q, base, next_ids[QUOTES], shift))
        next_ids[QUOTES] += 1
    starts = sentence_starts(text) if text else []
    for table, key in ((EVENTS, "events"), (FIGURES, "figures")):
        for item in result.get(key, []):
            row = _item_row(table, item, base, next_ids[table], shift, quote_ids)
            if text and row["sentence"] is None:
                row["sentence"] = sentence_of(text, starts, item["start"], item["end"])
            rows[table].append(row)
            next_ids[table] += 1
    return rows
