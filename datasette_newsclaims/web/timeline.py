"""The timeline page ``/-/newsclaims/<database>/timeline``: dated events
across articles on a server-rendered SVG time axis, filtered by speaker,
outlet, granularity, article and date range.

Owns the timeline's filters and queries. Must not change the axis geometry
(that is :mod:`.axis`) or read article text.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from ..core import to_text
from ..store.tables import EVENTS
from .axis import build_axis, parse_day
from .formatting import format_date
from .respond import render
from .sources import database_for_request, item_tables, missing_message, visible_sources
from .sql import article_join, id_values, outlet_expression, placeholders
from .urls import page_url, reader_url, speaker_url

MAX_TIMELINE_EVENTS = 2000  # events fetched and drawn on the timeline
MAX_LISTED_EVENTS = 500  # events listed in the table under the axis
TIMELINE_FILTERS = ("speaker", "article_table", "article_id", "outlet", "from", "to", "granularity")
GRANULARITIES = ["day", "week", "month", "quarter", "half", "year", "decade", "range"]


def parse_bound(value: str, end: bool = False) -> str | None:
    """``2017`` / ``2017-08`` / ``2017-08-07`` -> the first (or, with ``end``,
    the last) ISO day it names; None if it is not such a date."""
    value = (value or "").strip()
    try:
        if len(value) == 4 and value.isdigit():
            return f"{value}-12-31" if end else f"{value}-01-01"
        if len(value) == 7:
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            if not end:
                return first.isoformat()
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return (following - dt.timedelta(days=1)).isoformat()
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _bounds(args: dict, errors: list[str]) -> dict[str, str | None]:
    """The ``from``/``to`` filters as ISO days; an unreadable one is reported in ``errors``."""
    bounds = {}
    for name, end in (("from", False), ("to", True)):
        if args[name]:
            bounds[name] = parse_bound(args[name], end)
            if bounds[name] is None:
                errors.append(f"{name!r} should be a date like 2017, 2017-08 or 2017-08-07")
    return bounds


def _where(table: str, args: dict, bounds: dict, outlet: str | None) -> tuple[list[str], list] | None:
    """WHERE clauses and parameters for the events of ``table`` (None: none can match)."""
    where, params = ["e.article_table = ?", "e.date_start is not null"], [table]
    for clause, value in (
        ("e.speaker = ?", args["speaker"]),
        ("e.granularity = ?", args["granularity"]),
        ("coalesce(e.date_end, e.date_start) >= ?", bounds.get("from")),
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
        if outlet is None:
            return None
        where.append(f"cast({outlet} as text) = ?")  # an outlet stored as a number matches its digits
        params.append(args["outlet"])
    return where, params


async def _facets(db, table: str, join: str, outlet: str | None, facets: dict) -> None:
    """Add the decades, speakers and outlets of ``table``'s events to ``facets``."""
    for r in (await db.execute(
        f"select substr(date_start, 1, 3) as decade, count(*) as n from [{EVENTS}] where article_table = ? "
        "and date_start glob '[0-9][0-9][0-9][0-9]-*' group by decade", [table]
    )).rows:
        facets["decades"][r["decade"]] += r["n"]
    for r in (await db.execute(
        f"select speaker, count(*) as n from [{EVENTS}] where article_table = ? and speaker is not null "
        "and date_start is not null group by speaker order by n desc limit 200", [table]
    )).rows:
        facets["speakers"][r["speaker"]] += r["n"]
    if outlet:
        facets["outlets"].update(
            to_text(r[0]) for r in (await db.execute(
                f"select distinct {outlet} from [{EVENTS}] e {join} where e.article_table = ? limit 100", [table]
            )).rows if r[0] is not None
        )


async def _events(datasette, db, sources: dict, args: dict, bounds: dict, facets: dict) -> tuple[list[dict], bool]:
    """The first events matching the filters in date order, and whether there are more."""
    events: list[dict] = []
    more = False
    for table, source in sources.items():
        if args["article_table"] and table != args["article_table"]:
            continue
        join, columns = article_join(source, "e")
        outlet = outlet_expression(source)
        found = _where(table, args, bounds, outlet)
        if found is None:
            continue
        where, params = found
        sql = (
            f"select e.*, {columns} from [{EVENTS}] e {join} where {' and '.join(where)} "
            f"order by e.date_start, e.date_end limit {MAX_TIMELINE_EVENTS + 1}"
        )
        rows = (await db.execute(sql, params)).rows
        more = more or len(rows) > MAX_TIMELINE_EVENTS
        for r in rows[:MAX_TIMELINE_EVENTS]:
            event = dict(r)
            event["_reader"] = reader_url(datasette, db.name, table, event["article_id"])
            events.append(event)
        await _facets(db, table, join, outlet, facets)
    events.sort(key=lambda e: (e["date_start"], e.get("date_end") or "", to_text(e.get("article_title"))))
    if len(events) > MAX_TIMELINE_EVENTS:
        events, more = events[:MAX_TIMELINE_EVENTS], True
    for event in events:
        event["_href"] = event["_reader"] + f"#event-{event['id']}"
    return events, more


def _decade_links(datasette, database: str, args: dict, decades: Counter) -> list[dict]:
    return [
        {"label": f"{d}0s", "count": decades[d], "current": args["from"] == f"{d}0" and args["to"] == f"{d}9",
         "url": page_url(datasette, database, "timeline", query=dict(args, **{"from": f"{d}0", "to": f"{d}9"}))}
        for d in sorted(decades)
    ]


async def timeline_page(datasette, request):
    db = await database_for_request(datasette, request)
    args = {k: (request.args.get(k) or "").strip() for k in TIMELINE_FILTERS}
    sources = await visible_sources(datasette, request.actor, db)
    tables = await item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": "Timeline", "filters": args, "errors": [], "events": [], "axis": None}
    if not sources or EVENTS not in tables:
        context["message"] = missing_message("events table")
        return await render(datasette, request, db, "newsclaims_timeline.html", context)
    bounds = _bounds(args, context["errors"])
    facets: dict[str, Any] = {"speakers": Counter(), "decades": Counter(), "outlets": set()}
    events, more = await _events(datasette, db, sources, args, bounds, facets)
    window = tuple(parse_day(bounds.get(k)) for k in ("from", "to"))
    context.update({
        "events": events[:MAX_LISTED_EVENTS],
        "total": len(events),
        "more": more,
        "axis": build_axis(events, lambda e: e["_href"], window=window),
        "speakers": [s for s, _ in facets["speakers"].most_common()],
        "decades": _decade_links(datasette, db.name, args, facets["decades"]),
        "outlets": sorted(facets["outlets"]),
        "granularities": GRANULARITIES,
        "article_title": events[0].get("article_title") if args["article_id"] and events else None,
        "speaker_url": lambda s: speaker_url(datasette, db.name, s),
        "format_date": format_date,
        "clear_url": page_url(datasette, db.name, "timeline"),
    })
    return await render(datasette, request, db, "newsclaims_timeline.html", context)
