"""The reader, timeline and speaker pages, and the links into them.

Pages (registered through ``register_routes``):

``/-/newsclaims/<database>``
    what was extracted: article tables, speakers, links to the other pages
``/-/newsclaims/<database>/<table>/<pk>``
    one article with its quotes, dated events and figures marked
``/-/newsclaims/<database>/timeline``
    dated events across articles on a server-rendered SVG time axis
``/-/newsclaims/<database>/speaker/<name>``
    every quote, claim and date of one speaker

Which table holds the articles, and in which columns, is read from the
``_newsclaims_sources`` bookkeeping table written by ``datasette newsclaims
extract``. Pages only read, so they work on immutable (``-i``) databases.
Article text is untrusted: it only ever reaches a page through
:func:`markupsafe.escape` or Jinja's autoescaping.
"""
from __future__ import annotations

import datetime as dt
import time
import urllib.parse
from collections import Counter
from typing import Any

from datasette import Forbidden, NotFound, Response
from datasette.database import QueryInterrupted
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup, escape

from .core import to_text
from .schema import ARTICLES, CLAIMS_VIEW, EVENTS, FIGURES, QUOTES, SOURCES, TIMELINE_VIEW

PREFIX = "/-/newsclaims"
PLUGIN = "datasette_newsclaims"
MAX_TIMELINE_EVENTS = 2000  # events fetched and drawn on the timeline
MAX_LISTED_EVENTS = 500  # events listed in the table under the axis
MAX_SPEAKER_ITEMS = 1000  # quotes / figures / events per speaker page
MAX_ITEMS_PER_ARTICLE = 2000  # quotes / events / figures marked in one article
SPEAKER_COLORS = 8  # CSS classes nc-s0 .. nc-s7, then they repeat
OUTLET_COLUMNS = ("outlet", "publication", "publisher", "source", "site", "domain")
ANCHORS = {QUOTES: "quote", EVENTS: "event", FIGURES: "figure"}
VIEW_ANCHORS = {CLAIMS_VIEW: ("figure_id", "figure"), TIMELINE_VIEW: ("event_id", "event")}
_SOURCES_TTL = 5.0  # seconds a database's source list is cached for render_cell


# ---------------------------------------------------------------- URLs


def _route(datasette, database: str) -> str:
    db = datasette.get_database(database)
    return getattr(db, "route", None) or db.name


def _segment(value: Any) -> str:
    return tilde_encode(str(value))


def _unsegment(value: str) -> str:
    return tilde_decode(urllib.parse.unquote(value))


def page_url(datasette, database: str, *parts: Any, query: dict | None = None, anchor: str | None = None) -> str:
    """URL of a newsclaims page: ``page_url(ds, "demo", "speaker", "Jeff Sessions")``."""
    path = "/".join([PREFIX, _segment(_route(datasette, database)), *(_segment(p) for p in parts)])
    url = datasette.urls.path(path)
    if query:
        url += "?" + urllib.parse.urlencode({k: v for k, v in query.items() if v not in (None, "")})
    if anchor:
        url += "#" + anchor
    return url


def reader_url(datasette, database: str, table: str, pk: Any, anchor: str | None = None) -> str:
    return page_url(datasette, database, table, pk, anchor=anchor)


def speaker_url(datasette, database: str, name: str) -> str:
    return page_url(datasette, database, "speaker", name)


def _row_url(datasette, database: str, table: str, pk: Any) -> str:
    return datasette.urls.row(database, table, _segment(pk))


# ---------------------------------------------------------------- permissions


async def can_view(datasette, actor, database: str, table: str | None = None) -> bool:
    """Can ``actor`` see ``database`` (and ``table``)? Datasette 1.0 and 0.65."""
    if hasattr(datasette, "allowed"):  # Datasette 1.0
        from datasette.resources import DatabaseResource, TableResource

        if not await datasette.allowed(action="view-instance", actor=actor):
            return False
        if not await datasette.allowed(action="view-database", resource=DatabaseResource(database), actor=actor):
            return False
        if table is None:
            return True
        return await datasette.allowed(action="view-table", resource=TableResource(database, table), actor=actor)
    permissions: list = [("view-database", database), "view-instance"]
    if table is not None:
        permissions.insert(0, ("view-table", (database, table)))
    visible, _ = await datasette.check_visibility(actor, permissions=permissions)
    return visible


# ---------------------------------------------------------------- reading the database


async def _database(datasette, request):
    try:
        db = datasette.get_database(route=_unsegment(request.url_vars["database"]))
    except KeyError:
        raise NotFound("Database not found")
    if not await can_view(datasette, request.actor, db.name):
        raise Forbidden("You do not have permission to view this database")
    return db


async def _sources(db) -> dict[str, dict]:
    """``_newsclaims_sources`` rows by article table ({} before any extraction)."""
    if not await db.table_exists(SOURCES):
        return {}
    rows = (await db.execute(f"select * from [{SOURCES}] order by article_table")).rows
    return {row["article_table"]: dict(row) for row in rows}


async def _visible_sources(datasette, actor, db) -> dict[str, dict]:
    """Sources whose article table exists and the actor may see, with the extra
    columns the pages use (``outlet_column``, ``has_articles``)."""
    sources = await _sources(db)
    if not sources:
        return {}
    has_articles = await db.table_exists(ARTICLES)
    visible = {}
    for table, source in sources.items():
        if not await db.table_exists(table) or not await can_view(datasette, actor, db.name, table):
            continue
        columns = await db.table_columns(table)
        source["outlet_column"] = next((c for c in OUTLET_COLUMNS if c in columns), None)
        source["has_articles"] = has_articles
        visible[table] = source
    return visible


async def _item_tables(datasette, actor, db) -> set[str]:
    """The derived tables that exist and the actor may see."""
    return {
        t for t in (QUOTES, EVENTS, FIGURES) if await db.table_exists(t) and await can_view(datasette, actor, db.name, t)
    }


def _col(name: str | None) -> str:
    if name is None:
        return "null"
    return "rowid" if name == "rowid" else "[" + name.replace("]", "]]") + "]"


def _article_join(source: dict, alias: str = "x") -> tuple[str, str]:
    """(JOIN clause, selected columns) adding title, published and outlet of
    the article of each ``{alias}`` item row."""
    table = _col(source["article_table"])
    join = f" left join {table} t on t.{_col(source['pk_column'])} = {alias}.article_id"
    title = f"t.{_col(source['title_column'])}" if source.get("title_column") else "null"
    published = f"t.{_col(source['published_column'])}" if source.get("published_column") else "null"
    outlet = f"t.{_col(source['outlet_column'])}" if source.get("outlet_column") else "null"
    if source.get("has_articles"):
        join += (
            f" left join [{ARTICLES}] a on a.article_table = {alias}.article_table"
            f" and a.article_id = {alias}.article_id"
        )
        title, published, outlet = (f"coalesce(a.{c}, {v})" for c, v in (("title", title), ("published", published), ("source", outlet)))
    return join, f"{title} as article_title, {published} as article_published, {outlet} as article_outlet"


def _id_values(value: str) -> list:
    """A key typed in a URL matches integer and text keys alike (integers
    beyond SQLite's 64-bit range can only be text)."""
    values: list = [value]
    try:
        number = int(value)
    except ValueError:
        return values
    if -(2**63) <= number < 2**63:
        values.append(number)
    return values


def _missing_message(what: str = "tables") -> str:
    return (
        f"The newsclaims {what} have not been built for this database yet. Build them with "
        "datasette newsclaims extract DATABASE TABLE --text COLUMN [--published COLUMN] [--title COLUMN]."
    )


# ---------------------------------------------------------------- marking up an article


def _speaker_classes(speakers: list[str | None]) -> dict[str | None, str]:
    """One color class per speaker, the most quoted first."""
    counts = Counter(s for s in speakers if s)
    ordered = sorted(counts, key=lambda s: (-counts[s], s))
    classes: dict[str | None, str] = {s: f"nc-s{i % SPEAKER_COLORS}" for i, s in enumerate(ordered)}
    classes[None] = "nc-sx"
    return classes


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
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return "" if value is None else str(value)


def describe_figure(figure: dict, with_speaker: bool = True) -> str:
    parts = [format_value(figure.get("value"))]
    parts += [str(figure[k]) for k in ("kind", "unit", "qualifier") if figure.get(k)]
    text = " · ".join(p for p in parts if p)
    if with_speaker and figure.get("speaker"):
        text += f" · cited by {figure['speaker']}"
    return text


def describe_event(event: dict) -> str:
    text = format_date(event)
    if event.get("granularity") and "(" not in text:
        text += f" ({event['granularity']})"
    if event.get("event"):
        text += f" · {event['event']}"
    if event.get("speaker"):
        text += f" · said by {event['speaker']}"
    return text


def _without_overlaps(items: list[dict]) -> list[dict]:
    """Keep items in start order, dropping any that overlaps a kept one."""
    kept: list[dict] = []
    for item in sorted(items, key=lambda i: (i["start"], -i["end"])):
        if not kept or item["start"] >= kept[-1]["end"]:
            kept.append(item)
    return kept


def _open_mark(item: dict, first: bool) -> Markup:
    """``<a ...>`` for an event or figure; its first piece carries the anchor
    id and the tooltip (shown on hover and keyboard focus)."""
    kind = item["_kind"]
    tip = describe_event(item) if kind == "event" else describe_figure(item)
    attrs = {"class": f"nc-mark nc-{kind}", "href": item["_href"], "title": tip}
    if first:
        attrs["id"] = f"{kind}-{item['id']}"
        attrs["aria-describedby"] = f"tip-{kind}-{item['id']}"
    if kind == "event":
        attrs.update({"data-date-start": item.get("date_start"), "data-date-end": item.get("date_end"),
                      "data-granularity": item.get("granularity")})
    else:
        attrs.update({"data-value": format_value(item.get("value")), "data-kind": item.get("kind"),
                      "data-unit": item.get("unit")})
    attrs["data-speaker"] = item.get("speaker")
    html = Markup("<a") + Markup("").join(
        Markup(' {}="{}"').format(k, v) for k, v in attrs.items() if v is not None
    ) + Markup(">")
    if first:
        html += Markup('<span class="nc-tip" role="tooltip" id="tip-{}-{}">{}</span>').format(kind, item["id"], tip)
    return html


def _open_quote(quote: dict) -> Markup:
    return Markup('<span class="nc-quote {}" id="quote-{}" data-speaker="{}">').format(
        quote["_color"], quote["id"], quote.get("speaker") or ""
    )


def _close_quote(quote: dict) -> Markup:
    label = f"Quote by {quote['speaker']}" if quote.get("speaker") else "Quote, speaker unknown"
    return Markup('<a class="nc-qref" href="{}" title="{}, row {}">↗</a></span>').format(
        quote["_href"], label, quote["id"]
    )


def _active(items: list[dict], index: int, position: int) -> tuple[int, dict | None]:
    while index < len(items) and items[index]["end"] <= position:
        index += 1
    if index < len(items) and items[index]["start"] <= position:
        return index, items[index]
    return index, None


def mark_up(text: str, quotes: list[dict], marks: list[dict]) -> Markup:
    """The article as HTML: quotes as colored spans, events and figures as
    links with a tooltip. Every piece of text goes through ``escape``.

    ``quotes`` and ``marks`` carry ``start``/``end``/``id`` plus the
    ``_kind``, ``_href`` and ``_color`` keys the reader adds. Overlapping
    items of one layer are dropped; a mark crossing a quote boundary is split.
    """
    quotes = _without_overlaps(quotes)
    marks = _without_overlaps(marks)
    bounds = sorted({0, len(text), *(b for i in quotes + marks for b in (i["start"], i["end"]))})
    out: list[Markup] = []
    qi = mi = 0
    open_quote = open_mark = None
    started: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        qi, quote = _active(quotes, qi, a)
        mi, mark = _active(marks, mi, a)
        if quote is not open_quote or mark is not open_mark:
            if open_mark is not None:
                out.append(Markup("</a>"))
            if quote is not open_quote:
                if open_quote is not None:
                    out.append(_close_quote(open_quote))
                if quote is not None:
                    out.append(_open_quote(quote))
            if mark is not None:
                out.append(_open_mark(mark, id(mark) not in started))
                started.add(id(mark))
            open_quote, open_mark = quote, mark
        out.append(escape(text[a:b]))
    if open_mark is not None:
        out.append(Markup("</a>"))
    if open_quote is not None:
        out.append(_close_quote(open_quote))
    return Markup("").join(out)


# ---------------------------------------------------------------- the SVG time axis


_TICK_STEPS = [("day", n) for n in (1, 2, 7, 14)] + [("month", n) for n in (1, 2, 3, 6)] + [
    ("year", n) for n in (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000)
]
_UNIT_DAYS = {"day": 1.0, "month": 30.44, "year": 365.25}


def _parse_day(value: Any) -> dt.date | None:
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
    low, high = window
    dated = []
    for event in events:
        start = _parse_day(event.get("date_start"))
        end = _parse_day(event.get("date_end")) or start
        if start is None or end is None or end < start:
            continue
        point = start == end
        start, end = max(start, low or start), min(end, high or end)
        if end >= start:
            dated.append((start, end, point, event))
    if not dated:
        return {"width": width, "height": 0, "ticks": [], "shapes": [], "dropped": 0}
    # Day numbers (ordinals) rather than dates: the axis runs a day past its
    # last event and is padded, which must not overflow at 0001-01-01 or 9999-12-31.
    first = (low or min(d[0] for d in dated)).toordinal()
    last = (high or max(d[1] for d in dated)).toordinal() + 1
    if last - first < 30 and not (low and high):
        pad = (30 - (last - first)) // 2 + 1
        first, last = first - pad, last + pad
    left, right, top = 12, 12, 26
    scale = (width - left - right) / (last - first)

    def x(day: int) -> float:
        return round(left + (day - first) * scale, 1)

    lanes: list[float] = []
    shapes = []
    dropped = 0
    for start, end, point, event in sorted(dated, key=lambda d: (d[0], -(d[1] - d[0]).days)):
        x0 = x(start.toordinal())
        x1 = x(end.toordinal() + 1)
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
        grain = event.get("granularity")
        shapes.append({
            "point": point,
            "x": x0,
            "width": round(x1 - x0, 1),
            "y": top + lane * lane_height + lane_height / 2,
            "class": "nc-g-" + (grain if grain in ("day", "month", "year") else "other"),
            "href": href(event),
            "title": f"{event.get('text', '')} · {describe_event(event)}"
            + (f" · {event['article_title']}" if event.get("article_title") else ""),
            "id": event.get("id"),
        })
    edges = (dt.date.fromordinal(max(first, 1)), dt.date.fromordinal(min(last, dt.date.max.toordinal())))
    ticks = [{"x": x(day.toordinal()), "label": label} for day, label in _ticks(*edges)]
    return {"width": width, "height": top + max(len(lanes), 1) * lane_height + 8, "ticks": ticks,
            "shapes": shapes, "dropped": dropped, "lane_height": lane_height, "top": top}


# ---------------------------------------------------------------- pages


async def _render(datasette, request, db, template: str, context: dict, status: int = 200) -> Response:
    context = dict(
        context,
        database=db.name,
        nc_css=datasette.urls.static_plugins(PLUGIN, "newsclaims.css"),
        nc_index=page_url(datasette, db.name),
        nc_timeline=page_url(datasette, db.name, "timeline"),
    )
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


async def _items(db, tables: set[str], article_table: str, article_id: Any) -> dict[str, list[dict]]:
    items = {}
    for table in (QUOTES, EVENTS, FIGURES):
        if table in tables:
            result = await db.execute(
                f'select * from [{table}] where article_table = ? and article_id = ? order by "start", id '
                f"limit {MAX_ITEMS_PER_ARTICLE}",
                [article_table, article_id],
            )
            items[table] = [dict(r) for r in result.rows]
        else:
            items[table] = []
    return items


async def _article(db, source: dict, pk: str) -> dict | None:
    """The article keyed ``pk``: its key as stored, text, title, date and outlet.

    The text is the unwrapped body kept in ``_newsclaims_articles`` for
    e-mails (the offsets index it), else the source's text column.
    """
    table = source["article_table"]
    key = _col(source["pk_column"])
    values = _id_values(pk)
    marks = ", ".join("?" for _ in values)
    row = (await db.execute(f"select {key} as __pk, * from {_col(table)} where {key} in ({marks}) limit 1", values)).first()
    if row is None:
        return None
    found = None
    if await db.table_exists(ARTICLES):
        found = (await db.execute(
            f"select * from [{ARTICLES}] where article_table = ? and article_id = ?", [table, row["__pk"]]
        )).first()
    bookkeeping = dict(found) if found else {}
    columns = row.keys()

    def cell(option: str) -> Any:
        column = source.get(option)
        return row[column] if column and column in columns else None

    outlet_column = next((c for c in OUTLET_COLUMNS if c in columns), None)
    return {
        "id": row["__pk"],
        "text": to_text(bookkeeping.get("body") or cell("text_column")),
        "title": to_text(cell("title_column") or bookkeeping.get("title")) or f"{table} {pk}",
        "published": to_text(cell("published_column") or bookkeeping.get("published")),
        "outlet": to_text(bookkeeping.get("source") or (row[outlet_column] if outlet_column else None)),
    }


async def reader_page(datasette, request):
    db = await _database(datasette, request)
    table = _unsegment(request.url_vars["table"])
    pk = _unsegment(request.url_vars["pk"])
    source = (await _sources(db)).get(table)
    if source is None or not await db.table_exists(table):
        return await _render(datasette, request, db, "newsclaims_message.html", {
            "title": "Article not found",
            "message": f"No newsclaims extraction is recorded for the table {table!r}. " + _missing_message(),
        }, status=404)
    if not await can_view(datasette, request.actor, db.name, table):
        raise Forbidden("You do not have permission to view this table")
    article = await _article(db, source, pk)
    if article is None:
        raise NotFound("Article not found")
    article_id, text = article["id"], article["text"]

    tables = await _item_tables(datasette, request.actor, db)
    items = await _items(db, tables, table, article_id)
    capped = [ANCHORS[t] + "s" for t, rows in items.items() if len(rows) >= MAX_ITEMS_PER_ARTICLE]
    stale = 0
    for name, rows in items.items():
        fresh = [r for r in rows if isinstance(r["start"], int) and text[r["start"]:r["end"]] == r["text"]]
        stale += len(rows) - len(fresh)
        items[name] = fresh
        for r in fresh:
            r["_kind"] = ANCHORS[name]
            r["_href"] = _row_url(datasette, db.name, name, r["id"])
    quotes, events, figures = items[QUOTES], items[EVENTS], items[FIGURES]
    colors = _speaker_classes([q.get("speaker") for q in quotes] + [f.get("speaker") for f in figures])
    for r in quotes + figures + events:
        r["_color"] = colors.get(r.get("speaker"), "nc-sx")
    article_html = mark_up(text, quotes, events + figures)

    quote_counts = Counter(q.get("speaker") for q in quotes)
    figure_counts = Counter(f.get("speaker") for f in figures if f.get("speaker"))
    speakers = [
        {"name": s, "color": colors.get(s, "nc-sx"), "quotes": quote_counts.get(s, 0),
         "figures": figure_counts.get(s, 0), "url": speaker_url(datasette, db.name, s) if s else None}
        for s in sorted(set(quote_counts) | set(figure_counts), key=lambda s: (s is None, -quote_counts.get(s, 0), s or ""))
    ]
    timeline = sorted(events, key=lambda e: (e.get("date_start") is None, e.get("date_start") or "", e["start"]))
    claims: dict[str, list[dict]] = {}
    for f in figures:
        if f.get("speaker"):
            claims.setdefault(f["speaker"], []).append(f)
    return await _render(datasette, request, db, "newsclaims_reader.html", {
        "title": article["title"],
        "published": article["published"],
        "outlet": article["outlet"],
        "article_table": table,
        "article_html": article_html,
        "row_url": _row_url(datasette, db.name, table, article_id),
        "article_timeline_url": page_url(datasette, db.name, "timeline", query={"article_table": table, "article_id": article_id}),
        "axis": build_axis(timeline, lambda e: "#event-{}".format(e["id"]), width=340, max_lanes=8),
        "speakers": speakers,
        "timeline": timeline,
        "claims": sorted(claims.items(), key=lambda kv: (-len(kv[1]), kv[0])),
        "counts": {"quotes": len(quotes), "events": len(events), "figures": len(figures)},
        "missing": [t for t in (QUOTES, EVENTS, FIGURES) if not await db.table_exists(t)],
        "stale": stale,
        "capped": capped,
        "cap": MAX_ITEMS_PER_ARTICLE,
        "format_date": format_date,
        "describe_figure": describe_figure,
        "speaker_url": lambda s: speaker_url(datasette, db.name, s),
    })


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


TIMELINE_FILTERS = ("speaker", "article_table", "article_id", "outlet", "from", "to", "granularity")


def _outlet_expression(source: dict) -> str | None:
    parts = []
    if source.get("has_articles"):
        parts.append("a.source")
    if source.get("outlet_column"):
        parts.append(f"t.{_col(source['outlet_column'])}")
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else f"coalesce({', '.join(parts)})"


async def timeline_page(datasette, request):
    db = await _database(datasette, request)
    args = {k: (request.args.get(k) or "").strip() for k in TIMELINE_FILTERS}
    sources = await _visible_sources(datasette, request.actor, db)
    tables = await _item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": "Timeline", "filters": args, "errors": [], "events": [], "axis": None}
    if not sources or EVENTS not in tables:
        context["message"] = _missing_message("events table")
        return await _render(datasette, request, db, "newsclaims_timeline.html", context)
    bounds = {}
    for name, end in (("from", False), ("to", True)):
        if args[name]:
            bounds[name] = parse_bound(args[name], end)
            if bounds[name] is None:
                context["errors"].append(f"{name!r} should be a date like 2017, 2017-08 or 2017-08-07")
    events: list[dict] = []
    speakers: Counter = Counter()
    decades: Counter = Counter()
    outlets: set[str] = set()
    more = False
    for table, source in sources.items():
        if args["article_table"] and table != args["article_table"]:
            continue
        join, columns = _article_join(source, "e")
        outlet = _outlet_expression(source)
        where, params = ["e.article_table = ?", "e.date_start is not null"], [table]
        for field, clause, value in (
            ("speaker", "e.speaker = ?", args["speaker"]),
            ("granularity", "e.granularity = ?", args["granularity"]),
            ("from", "coalesce(e.date_end, e.date_start) >= ?", bounds.get("from")),
            ("to", "e.date_start <= ?", bounds.get("to")),
        ):
            if value:
                where.append(clause)
                params.append(value)
        if args["article_id"]:
            values = _id_values(args["article_id"])
            where.append(f"e.article_id in ({', '.join('?' for _ in values)})")
            params.extend(values)
        if args["outlet"]:
            if outlet is None:
                continue
            where.append(f"cast({outlet} as text) = ?")  # an outlet stored as a number matches its digits
            params.append(args["outlet"])
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
        for r in (await db.execute(
            f"select substr(date_start, 1, 3) as decade, count(*) as n from [{EVENTS}] where article_table = ? "
            "and date_start glob '[0-9][0-9][0-9][0-9]-*' group by decade", [table]
        )).rows:
            decades[r["decade"]] += r["n"]
        for r in (await db.execute(
            f"select speaker, count(*) as n from [{EVENTS}] where article_table = ? and speaker is not null "
            "and date_start is not null group by speaker order by n desc limit 200", [table]
        )).rows:
            speakers[r["speaker"]] += r["n"]
        if outlet:
            outlets.update(
                to_text(r[0]) for r in (await db.execute(
                    f"select distinct {outlet} from [{EVENTS}] e {join} where e.article_table = ? limit 100", [table]
                )).rows if r[0] is not None
            )
    events.sort(key=lambda e: (e["date_start"], e.get("date_end") or "", to_text(e.get("article_title"))))
    if len(events) > MAX_TIMELINE_EVENTS:
        events, more = events[:MAX_TIMELINE_EVENTS], True
    for event in events:
        event["_href"] = event["_reader"] + f"#event-{event['id']}"
    context.update({
        "events": events[:MAX_LISTED_EVENTS],
        "total": len(events),
        "more": more,
        "axis": build_axis(events, lambda e: e["_href"], window=tuple(_parse_day(bounds.get(k)) for k in ("from", "to"))),
        "speakers": [s for s, _ in speakers.most_common()],
        "decades": [
            {"label": f"{d}0s", "count": decades[d], "current": args["from"] == f"{d}0" and args["to"] == f"{d}9",
             "url": page_url(datasette, db.name, "timeline", query=dict(args, **{"from": f"{d}0", "to": f"{d}9"}))}
            for d in sorted(decades)
        ],
        "outlets": sorted(outlets),
        "granularities": ["day", "week", "month", "quarter", "half", "year", "decade", "range"],
        "article_title": events[0].get("article_title") if args["article_id"] and events else None,
        "speaker_url": lambda s: speaker_url(datasette, db.name, s),
        "format_date": format_date,
        "clear_url": page_url(datasette, db.name, "timeline"),
    })
    return await _render(datasette, request, db, "newsclaims_timeline.html", context)


async def speaker_page(datasette, request):
    db = await _database(datasette, request)
    name = _unsegment(request.url_vars["name"])
    sources = await _visible_sources(datasette, request.actor, db)
    tables = await _item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": name, "speaker": name, "articles": [], "counts": Counter()}
    if not sources or not tables:
        context["message"] = _missing_message()
        return await _render(datasette, request, db, "newsclaims_speaker.html", context)
    articles: dict[tuple, dict] = {}
    for table, source in sources.items():
        join, columns = _article_join(source, "x")
        for item_table in (QUOTES, FIGURES, EVENTS):
            if item_table not in tables:
                continue
            rows = (await db.execute(
                f"select x.*, {columns} from [{item_table}] x {join} where x.article_table = ? and x.speaker = ? "
                f'order by x.article_id, x."start" limit {MAX_SPEAKER_ITEMS}',
                [table, name],
            )).rows
            kind = ANCHORS[item_table]
            for r in rows:
                item = dict(r)
                key = (table, item["article_id"])
                article = articles.setdefault(key, {
                    "title": to_text(item.get("article_title")) or f"{table} {item['article_id']}",
                    "published": to_text(item.get("article_published")),
                    "outlet": to_text(item.get("article_outlet")),
                    "url": reader_url(datasette, db.name, table, item["article_id"]),
                    "quotes": [], "figures": [], "events": [],
                })
                item["_href"] = reader_url(datasette, db.name, table, item["article_id"], anchor=f"{kind}-{item['id']}")
                article[kind + "s"].append(item)
                context["counts"][kind + "s"] += 1
    context["articles"] = sorted(articles.values(), key=lambda a: a["published"], reverse=True)
    context.update({"format_date": format_date, "describe_figure": describe_figure})
    if not articles:
        context["message"] = f"Nothing is attributed to {name!r} in the tables you can see."
    return await _render(datasette, request, db, "newsclaims_speaker.html", context)


async def index_page(datasette, request):
    db = await _database(datasette, request)
    sources = await _visible_sources(datasette, request.actor, db)
    tables = await _item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": "News claims", "sources": [], "speakers": []}
    if not sources:
        context["message"] = _missing_message()
        return await _render(datasette, request, db, "newsclaims_index.html", context)
    for table, source in sources.items():
        join, columns = _article_join(source, "x")
        key = _col(source["pk_column"])
        counts = "a.quotes, a.events, a.figures" if source["has_articles"] else "null as quotes, null as events, null as figures"
        rows = (await db.execute(
            f"select x.article_id, {columns}, {counts} from (select {key} as article_id, ? as article_table "
            f"from {_col(table)}) x {join} order by article_published desc limit 50", [table]
        )).rows
        context["sources"].append({
            "table": table,
            "articles": source.get("articles"),
            "table_url": datasette.urls.table(db.name, table),
            "timeline_url": page_url(datasette, db.name, "timeline", query={"article_table": table}),
            "latest": [
                {"title": to_text(r["article_title"]) or f"{table} {r['article_id']}", "published": to_text(r["article_published"]),
                 "url": reader_url(datasette, db.name, table, r["article_id"]),
                 "counts": None if r["quotes"] is None else
                 f"{r['quotes']} quotes, {r['events']} dates, {r['figures']} figures"}
                for r in rows
            ],
        })
    if QUOTES in tables:
        visible = list(sources)
        rows = (await db.execute(
            f"select speaker, count(*) as n from [{QUOTES}] where speaker is not null and article_table in "
            f"({', '.join('?' for _ in visible)}) group by speaker order by n desc, speaker limit 50", visible
        )).rows
        context["speakers"] = [
            {"name": r["speaker"], "quotes": r["n"], "url": speaker_url(datasette, db.name, r["speaker"])} for r in rows
        ]
    return await _render(datasette, request, db, "newsclaims_index.html", context)


def _within_time_limit(view):
    """Turn a query stopped by ``sql_time_limit_ms`` into a page that says so."""

    async def page(datasette, request):
        try:
            return await view(datasette, request)
        except QueryInterrupted:
            db = await _database(datasette, request)
            return await _render(datasette, request, db, "newsclaims_message.html", {
                "title": "Too slow",
                "message": "A query for this page ran past the time limit (sql_time_limit_ms). "
                "Narrow it down, for example with a speaker, an article or a date range.",
            }, status=504)

    return page


def routes() -> list:
    db = r"/-/newsclaims/(?P<database>[^/]+)"
    return [
        (rf"^{db}/?$", _within_time_limit(index_page)),
        (rf"^{db}/timeline$", _within_time_limit(timeline_page)),
        (rf"^{db}/speaker/(?P<name>[^/]+)$", _within_time_limit(speaker_page)),
        (rf"^{db}/(?P<table>[^/]+)/(?P<pk>[^/]+)$", _within_time_limit(reader_page)),
    ]


# ---------------------------------------------------------------- links from Datasette's own pages


async def _cached_sources(datasette, database: str) -> dict[str, dict]:
    """The sources of ``database``, cached on the Datasette instance for a few
    seconds (render_cell runs once per cell)."""
    cache = datasette.__dict__.setdefault("_newsclaims_sources_cache", {})
    cached = cache.get(database)
    if cached and time.monotonic() - cached[0] < _SOURCES_TTL:
        return cached[1]
    try:
        sources = await _sources(datasette.get_database(database))
    except KeyError:
        sources = {}
    cache[database] = (time.monotonic(), sources)
    return sources


def _link(href: str, label: Any, css: str = "nc-link", title: str | None = None) -> Markup:
    if title:
        return Markup('<a class="{}" href="{}" title="{}">{}</a>').format(css, href, title, label)
    return Markup('<a class="{}" href="{}">{}</a>').format(css, href, label)


def _derived_cell(row, value, column: str, table: str, database: str, datasette):
    keys = row.keys()
    if "article_table" not in keys or "article_id" not in keys or isinstance(value, dict):
        return None
    if column == "speaker" and isinstance(value, str) and value:
        return _link(speaker_url(datasette, database, value), value, title=f"Everything {value} said")
    if table in ANCHORS:
        id_column, kind = "id", ANCHORS[table]
    else:
        id_column, kind = VIEW_ANCHORS[table]
    if column not in ("article_id", "start") or (column == "start" and table not in ANCHORS) or value is None:
        return None
    anchor = f"{kind}-{row[id_column]}" if id_column in keys and row[id_column] is not None else None
    href = reader_url(datasette, database, row["article_table"], row["article_id"], anchor=anchor)
    return _link(href, value, title="Show in the article")


async def _source_cell(row, value: str, column: str, table: str, database: str, datasette):
    source = (await _cached_sources(datasette, database)).get(table)
    if not source:
        return None
    target = source.get("title_column") or source.get("text_column")
    pk_column = source.get("pk_column")
    if column != target or pk_column not in row.keys():
        return None
    truncate = datasette.setting("truncate_cells_html") or 0
    shown = value if not truncate or len(value) <= truncate else value[:truncate] + "\u2026"
    href = reader_url(datasette, database, table, row[pk_column])
    return Markup("{} ").format(shown) + _link(href, "[read with marks]", "nc-reader-link", "Open in the newsclaims reader")


def render_cell(row, value, column, table, database, datasette):
    if not table or row is None:
        return None
    if table in ANCHORS or table in VIEW_ANCHORS:
        return _derived_cell(row, value, column, table, database, datasette)
    if isinstance(value, str) and value and not table.startswith(("newsclaims_", "_newsclaims_", "sqlite_")):
        return _source_cell(row, value, column, table, database, datasette)
    return None


def row_actions(datasette, actor, database, table, row, request):
    async def inner():
        if table in ANCHORS:
            kind = ANCHORS[table]
            return [{
                "href": reader_url(datasette, database, row["article_table"], row["article_id"], anchor=f"{kind}-{row['id']}"),
                "label": "Show in its article",
                "description": f"Open the article in the newsclaims reader at this {kind}.",
            }]
        source = (await _cached_sources(datasette, database)).get(table)
        if not source or source.get("pk_column") not in row.keys():
            return None
        return [{
            "href": reader_url(datasette, database, table, row[source["pk_column"]]),
            "label": "Read with quotes, dates and figures marked",
            "description": "Open this article in the newsclaims reader.",
        }]

    return inner


def table_actions(datasette, actor, database, table, request):
    async def inner():
        if table in ANCHORS or table in VIEW_ANCHORS:
            query = {}
        elif table in await _cached_sources(datasette, database):
            query = {"article_table": table}
        else:
            return None
        return [
            {"href": page_url(datasette, database, "timeline", query=query), "label": "Newsclaims timeline"},
            {"href": page_url(datasette, database), "label": "Newsclaims overview"},
        ]

    return inner


def database_actions(datasette, actor, database, request):
    """The database page's actions menu links to the overview and the timeline
    once the database has extracted articles."""
    async def inner():
        if not await _cached_sources(datasette, database):
            return None
        return [
            {"href": page_url(datasette, database), "label": "Newsclaims overview"},
            {"href": page_url(datasette, database, "timeline"), "label": "Newsclaims timeline"},
        ]

    return inner
