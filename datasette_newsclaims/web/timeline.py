"""The timeline page ``/-/newsclaims/<database>/timeline``: dated events
across articles, filtered by speaker, outlet, granularity, article and a
``from``/``to`` window.

The page shows a histogram of the window (per day, month, year, decade or
century; a bar zooms into its bucket), the events themselves on an SVG axis
once the window holds at most ``page_sizes.timeline_events``, and a keyset-paged list
of events in date order. Unfiltered counts come from the
``_newsclaims_event_months`` summary; filtered ones from an index range of
the filter. Owns the timeline's filters and queries. Must not change the
axis or histogram geometry (:mod:`.axis`, :mod:`.histogram`) or read
article text.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from ..store.tables import ARTICLES, EVENTS
from ..store.summaries import EVENT_MONTHS, OUTLET_MONTHS, OUTLETS, SPEAKERS
from . import histogram
from .axis import build_axis, parse_day
from .formatting import format_date, plural
from .paging import BadCursor, cut, decode_cursor, next_url
from .respond import render
from .sources import (SUMMARIES_MISSING, database_for_request, has_summaries, item_tables, missing_message,
                      page_sizes, visible_sources)
from .sql import article_join, id_values, placeholders, quote_identifier
from .urls import page_url, reader_url, speaker_url

TIMELINE_FILTERS = ("speaker", "article_table", "article_id", "outlet", "from", "to", "granularity")
GRANULARITIES = ["day", "week", "month", "quarter", "half", "year", "decade", "range"]
EVENT_CURSOR = ((str,), (str, int, float), (int,))  # (date_start, article_id, id): the index order
_BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def parse_bound(value: str, end: bool = False) -> str | None:
    """``2017`` / ``2017-08`` / ``2017-08-07`` -> the first (or, with ``end``,
    the last) ISO day it names; None if it is not such a date."""
    value = (value or "").strip()
    if not _BOUND.fullmatch(value):
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31).isoformat() if end else dt.date(int(value), 1, 1).isoformat()
        if len(value) == 7:
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            if not end:
                return first.isoformat()
            if first.year == dt.MAXYEAR and first.month == 12:
                return f"{dt.MAXYEAR}-12-31"
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return (following - dt.timedelta(days=1)).isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _bounds(args: dict, errors: list[str]) -> dict[str, str]:
    """The ``from``/``to`` filters as ISO days; an unreadable one is reported and not applied."""
    bounds = {}
    for name, end in (("from", False), ("to", True)):
        if args[name]:
            day = parse_bound(args[name], end)
            if day is None:
                errors.append(f"{name!r} should be a date like 2017, 2017-08 or 2017-08-07: "
                              f"{args[name]!r} is not one, so that filter is not applied.")
            else:
                bounds[name] = day
    if len(bounds) == 2 and bounds["from"] > bounds["to"]:
        errors.append("'from' is after 'to': no event can match.")
    return bounds


def _outlet_condition(source: dict, outlet: str) -> tuple[str, list] | None:
    """``e.article_id in (...)``: the articles of ``outlet`` (an index lookup on
    the outlet column or the e-mail sender); None if the table has no outlets."""
    values: list = id_values(outlet)
    marks = placeholders(values)
    parts, params = [], []
    if source.get("outlet_column"):
        table, key = quote_identifier(source["article_table"]), quote_identifier(source["pk_column"])
        parts.append(f"select {key} from {table} where {quote_identifier(source['outlet_column'])} in ({marks})")
        params += values
    if source.get("has_articles") and source.get("email"):  # only e-mails have a sender as their outlet
        parts.append(f"select article_id from {quote_identifier(ARTICLES)} where article_table = ? and source in ({marks})")
        params += [source["article_table"], *values]
    if not parts:
        return None
    return f"e.article_id in ({' union '.join(parts)})", params


def _where(source: dict, args: dict, bounds: dict, walk_dates: bool = False) -> tuple[list[str], list] | None:
    """WHERE clauses and parameters for the events of one article table (None: none can match)."""
    where, params = ["e.article_table = ?", "e.date_start is not null"], [source["article_table"]]
    for clause, value in (
        ("e.speaker = ?", args["speaker"]),
        ("e.granularity = ?", args["granularity"]),
        ("e.date_start >= ?", bounds.get("from")),
        ("e.date_start <= ?", bounds.get("to")),
    ):
        if value:
            where.append(clause)
            params.append(value)
    if args["article_id"]:
        values = id_values(args["article_id"])
        where.append(f"e.article_id in ({placeholders(values)})")
        params.extend(values)
    if args["outlet"]:
        outlet = _outlet_condition(source, args["outlet"])
        if outlet is None:
            return None
        # "+": test each event in date order against the outlet's articles
        # instead of fetching all the outlet's events first (see _frequent_outlet)
        where.append(("+" if walk_dates else "") + outlet[0])
        params.extend(outlet[1])
    return where, params


async def _counts(db, sources: dict, args: dict, bounds: dict, per_day: bool) -> Counter:
    """Events per month (or day) in the window: from the summary table when no
    filter narrows the events to a speaker, outlet or article, else by index range."""
    counts: Counter = Counter()
    bucket = "e.date_start" if per_day else "substr(e.date_start, 1, 7)"
    summary = None
    if not (per_day or args["speaker"] or args["article_id"]):
        if not args["outlet"]:
            summary = (EVENT_MONTHS, ("granularity = ?", args["granularity"]))
        elif not args["granularity"]:
            summary = (OUTLET_MONTHS, ("outlet = ?", args["outlet"]))
    if summary:
        where, params = [f"article_table in ({placeholders(list(sources))})"], list(sources)
        for clause, value in (summary[1], ("month >= ?", bounds.get("from", "")[:7]),
                              ("month <= ?", bounds.get("to", "")[:7])):
            if value:
                where.append(clause)
                params.append(value)
        rows = (await db.execute(f"select month, sum(events) from {quote_identifier(summary[0])} "
                                 f"where {' and '.join(where)} group by month", params)).rows
        counts.update({r[0]: r[1] for r in rows})
        return counts
    for source in sources.values():
        found = _where(source, args, bounds)
        if found:
            rows = (await db.execute(f"select {bucket}, count(*) from {quote_identifier(EVENTS)} e "
                                     f"where {' and '.join(found[0])} group by 1", found[1])).rows
            counts.update({r[0]: r[1] for r in rows if r[0]})
    return counts


async def _frequent_outlet(db, table: str, outlet: str) -> bool:
    """Does ``outlet`` hold at least 1% of ``table``'s events? Then walking all
    events in date order finds a page of its events within ~100 pages' worth of
    rows; a rarer outlet's events are fewer than 1% of them: fetched directly."""
    row = (await db.execute(
        f"select sum(events), sum(case when outlet = ? then events end) from {quote_identifier(OUTLETS)} "
        "where article_table = ?", [outlet, table])).first()
    return bool(row and row[0] and row[1] and row[1] * 100 >= row[0])


def _sqlite_order(value: Any) -> tuple:
    """A sort key putting numbers before text, as SQLite orders mixed keys."""
    return (0, value, "") if isinstance(value, (int, float)) else (1, 0, str(value))


async def _events(datasette, db, sources: dict, args: dict, bounds: dict, after: list | None, limit: int) -> list[dict]:
    """Up to ``limit`` events matching the filters after the cursor, in the order
    of the (date, article, id) indexes: the outlet filter tests each event's
    article without reading its row."""
    events: list[dict] = []
    for table, source in sources.items():
        walk = bool(args["outlet"]) and await _frequent_outlet(db, table, args["outlet"])
        found = _where(source, args, bounds, walk_dates=walk)
        if found is None:
            continue
        where, params = found
        if after is not None:
            where = [*where, "(e.date_start, e.article_id, e.id) > (?, ?, ?)"]
            params = [*params, *after]
        join, columns = article_join(source, "e")
        rows = (await db.execute(
            f"select e.*, {columns} from {quote_identifier(EVENTS)} e {join} where {' and '.join(where)} "
            f"order by e.date_start, e.article_id, e.id limit {limit}", params)).rows
        for r in rows:
            event = dict(r)
            event["_reader"] = reader_url(datasette, db.name, table, event["article_id"])
            event["_href"] = event["_reader"] + f"#event-{event['id']}"
            events.append(event)
    events.sort(key=lambda e: (e["date_start"], _sqlite_order(e["article_id"]), e["id"]))
    return events[:limit]


def _month_bounds(counts: Counter, bounds: dict) -> tuple[dt.date, dt.date] | None:
    """The histogram's window: the filters' ``from``/``to``, else the first and last month counted."""
    months = sorted(k for k in counts if parse_bound(k[:7]))
    if not months and not (bounds.get("from") and bounds.get("to")):
        return None
    first = parse_day(bounds.get("from")) or (parse_day(parse_bound(months[0][:7])) if months else None)
    last = parse_day(bounds.get("to")) or (parse_day(parse_bound(months[-1][:7], end=True)) if months else None)
    if first is None or last is None or last < first:
        return None
    return first, last


async def _histogram(datasette, db, sources: dict, args: dict, bounds: dict) -> dict | None:
    """The bars of the window (per day when it is short), each zooming into its bucket."""
    counts = await _counts(db, sources, args, bounds, per_day=False)
    window = _month_bounds(counts, bounds)
    if window is None:
        return None
    if histogram.unit_for(*window) == "day":
        day_bounds = {"from": window[0].isoformat(), "to": window[1].isoformat()}
        counts = await _counts(db, sources, args, day_bounds, per_day=True)
    query = {k: v for k, v in args.items() if k not in ("from", "to")}
    bars = histogram.bars(counts, *window, lambda start, end: page_url(
        datasette, db.name, "timeline", query=dict(query, **{"from": start, "to": end})))
    bars["window"] = window
    return bars


async def _most_frequent(db, table: str, column: str, tables: list[str], limit: int) -> list[str]:
    """The ``column`` values of the summary ``table`` with the most events: an
    index walk for one article table, a sum over its rows for several."""
    name = quote_identifier(table)
    if len(tables) == 1:
        sql = (f"select {column} from {name} where article_table = ? and events > 0 "
               f"order by events desc, {column} desc limit {limit}")
    else:
        sql = (f"select {column}, sum(events) as n from {name} where article_table in ({placeholders(tables)}) "
               f"group by {column} having n > 0 order by n desc, {column} limit {limit}")
    return [r[0] for r in (await db.execute(sql, tables)).rows]


async def _facets(db, tables: list[str]) -> dict[str, list[str]]:
    """The speakers and outlets offered as filters, the most frequent first (summary tables)."""
    return {
        "speakers": await _most_frequent(db, SPEAKERS, "speaker", tables, 200),
        "outlets": sorted(await _most_frequent(db, OUTLETS, "outlet", tables, 100)),
    }


def _zoom_out(datasette, database: str, args: dict) -> str | None:
    """The window one step wider than the current ``from``/``to`` (None when unbounded)."""
    start, end = args["from"], args["to"]
    if not start and not end:
        return None
    query = {k: v for k, v in args.items() if k not in ("from", "to")}
    if start == end and len(start) in (7, 10) and _BOUND.fullmatch(start):
        wider = {"from": start[: len(start) - 3], "to": start[: len(start) - 3]}
    elif start == end and len(start) == 4 and start.isdigit():
        decade = start[:3]
        wider = {"from": decade + "0", "to": decade + "9"}
    else:
        wider = {}
    return page_url(datasette, database, "timeline", query=dict(query, **wider))


async def timeline_page(datasette, request):
    """The timeline: histogram of the window, the events drawn when few, a page of the list."""
    db = await database_for_request(datasette, request)
    args = {k: (request.args.get(k) or "").strip() for k in TIMELINE_FILTERS}
    sources = await visible_sources(datasette, request.actor, db)
    tables = await item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": "Timeline", "filters": args, "errors": [], "events": [], "axis": None}
    if not sources or EVENTS not in tables:
        context["message"] = missing_message("events table")
        return await render(datasette, request, db, "newsclaims_timeline.html", context)
    if not await has_summaries(db):
        context["message"] = SUMMARIES_MISSING
        return await render(datasette, request, db, "newsclaims_timeline.html", context)
    if args["article_table"]:
        sources = {t: s for t, s in sources.items() if t == args["article_table"]}
    bounds = _bounds(args, context["errors"])
    try:
        after = decode_cursor(request.args.get("after"), EVENT_CURSOR)
    except BadCursor as bad:
        context["errors"].append(f"This page link is broken ({bad}): showing the first page.")
        after = None
    sizes = page_sizes(datasette, db.name)
    bars = await _histogram(datasette, db, sources, args, bounds) if sources else None
    total = bars["total"] if bars else 0
    listed = await _events(datasette, db, sources, args, bounds, after, sizes.timeline_rows + 1)
    events, more = cut(listed, sizes.timeline_rows)
    if bars and total <= sizes.timeline_events:
        drawn = events if not more and after is None else await _events(
            datasette, db, sources, args, bounds, None, sizes.timeline_events)
        context["axis"] = build_axis(drawn, lambda e: e["_href"], window=tuple(parse_day(bounds.get(k)) for k in ("from", "to")))
    context.update(await _facets(db, list(sources) or [""]))
    context.update({
        "events": events,
        "total": total,
        "total_label": plural(total, "dated event"),
        "histogram": bars,
        "drawn_limit": sizes.timeline_events,
        "next_url": next_url(datasette, db.name, "timeline", query=args, last=[events[-1][k] for k in ("date_start", "article_id", "id")])
        if more else None,
        "zoom_out_url": _zoom_out(datasette, db.name, args),
        "granularities": GRANULARITIES,
        "article_title": events[0].get("article_title") if args["article_id"] and events else None,
        "speaker_url": lambda s: speaker_url(datasette, db.name, s),
        "format_date": format_date,
        "clear_url": page_url(datasette, db.name, "timeline"),
    })
    return await render(datasette, request, db, "newsclaims_timeline.html", context)
