"""The reader page ``/-/newsclaims/<database>/<table>/<pk>``: one article
with its quotes, dated events and figures marked, and a side panel of its
speakers, its own timeline and the claims by speaker.

Owns the queries of one article and its items. Must not touch other
articles (everything here is bounded by one article's items).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from datasette import Forbidden, NotFound

from ..core import to_text
from ..store.tables import ARTICLES, EVENTS, FIGURES, QUOTES
from .axis import build_axis
from .formatting import describe_figure, format_date
from .linked import across_articles
from .markup import mark_up, speaker_classes
from .respond import render
from .sources import (ANCHORS, can_view, configured, database_for_request, item_tables, missing_message,
                      outlet_column, page_sizes, read_sources)
from .sql import id_values, placeholders, quote_identifier
from .urls import page_url, row_url, speaker_url, unsegment


async def _items(db, tables: set[str], article_table: str, article_id: Any, cap: int) -> dict[str, list[dict]]:
    """The first ``cap`` quotes, events and figures of one article, in text order ([] for a table not in ``tables``)."""
    items = {}
    for table in (QUOTES, EVENTS, FIGURES):
        if table in tables:
            result = await db.execute(
                f'select * from {quote_identifier(table)} where article_table = ? and article_id = ? order by "start", id '
                f"limit {cap}",
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
    key = quote_identifier(source["pk_column"])
    values = id_values(pk)
    row = (await db.execute(
        f"select {key} as __pk, * from {quote_identifier(table)} where {key} in ({placeholders(values)}) limit 1", values
    )).first()
    if row is None:
        return None
    found = None
    if await db.table_exists(ARTICLES):
        found = (await db.execute(
            f"select * from {quote_identifier(ARTICLES)} where article_table = ? and article_id = ?", [table, row["__pk"]]
        )).first()
    bookkeeping = dict(found) if found else {}
    columns = row.keys()

    def cell(option: str) -> Any:
        column = source.get(option)
        return row[column] if column and column in columns else None

    outlet = outlet_column(list(columns))
    return {
        "id": row["__pk"],
        "text": to_text(bookkeeping.get("body") or cell("text_column")),
        "title": to_text(cell("title_column") or bookkeeping.get("title")) or f"{table} {pk}",
        "published": to_text(cell("published_column") or bookkeeping.get("published")),
        "outlet": to_text(bookkeeping.get("source") or (row[outlet] if outlet else None)),
    }


def _keep_fresh(datasette, database: str, items: dict[str, list[dict]], text: str) -> int:
    """Drop items whose offsets no longer match ``text`` (the article changed
    since extraction); link the rest to their rows. Returns how many were dropped."""
    stale = 0
    for name, rows in items.items():
        fresh = [r for r in rows if isinstance(r["start"], int) and text[r["start"]:r["end"]] == r["text"]]
        stale += len(rows) - len(fresh)
        items[name] = fresh
        for r in fresh:
            r["_kind"] = ANCHORS[name]
            r["_href"] = row_url(datasette, database, name, r["id"])
    return stale


def _speakers(datasette, database: str, quotes: list[dict], figures: list[dict], colors: dict) -> list[dict]:
    """The side panel's speakers, the most quoted first (unknown last)."""
    quote_counts = Counter(q.get("speaker") for q in quotes)
    figure_counts = Counter(f.get("speaker") for f in figures if f.get("speaker"))
    return [
        {"name": s, "color": colors.get(s, "nc-sx"), "quotes": quote_counts.get(s, 0),
         "figures": figure_counts.get(s, 0), "url": speaker_url(datasette, database, s) if s else None}
        for s in sorted(set(quote_counts) | set(figure_counts), key=lambda s: (s is None, -quote_counts.get(s, 0), s or ""))
    ]


def _claims(figures: list[dict]) -> list[tuple[str, list[dict]]]:
    """Figures cited inside quotes, by speaker, the speaker citing most first."""
    claims: dict[str, list[dict]] = {}
    for f in figures:
        if f.get("speaker"):
            claims.setdefault(f["speaker"], []).append(f)
    return sorted(claims.items(), key=lambda kv: (-len(kv[1]), kv[0]))


async def reader_page(datasette, request):
    """The reader: one article marked up, with its side panel."""
    db = await database_for_request(datasette, request)
    table = unsegment(request.url_vars["table"])
    pk = unsegment(request.url_vars["pk"])
    source = configured(datasette, db.name, await read_sources(db)).get(table)
    if source is None or not await db.table_exists(table):
        return await render(datasette, request, db, "newsclaims_message.html", {
            "title": "Article not found",
            "message": f"No newsclaims extraction is recorded for the table {table!r}. " + missing_message(),
        }, status=404)
    if not await can_view(datasette, request.actor, db.name, table):
        raise Forbidden("You do not have permission to view this table")
    article = await _article(db, source, pk)
    if article is None:
        raise NotFound("Article not found")
    article_id, text = article["id"], article["text"]
    cap = page_sizes(datasette, db.name).article_items
    items = await _items(db, await item_tables(datasette, request.actor, db), table, article_id, cap)
    capped = [ANCHORS[t] + "s" for t, rows in items.items() if len(rows) >= cap]
    stale = _keep_fresh(datasette, db.name, items, text)
    quotes, events, figures = items[QUOTES], items[EVENTS], items[FIGURES]
    colors = speaker_classes([q.get("speaker") for q in quotes] + [f.get("speaker") for f in figures])
    for r in quotes + figures + events:
        r["_color"] = colors.get(r.get("speaker"), "nc-sx")
    timeline = sorted(events, key=lambda e: (e.get("date_start") is None, e.get("date_start") or "", e["start"]))
    return await render(datasette, request, db, "newsclaims_reader.html", {
        "title": article["title"],
        "published": article["published"],
        "outlet": article["outlet"],
        "article_table": table,
        "article_html": mark_up(text, quotes, events + figures),
        "row_url": row_url(datasette, db.name, table, article_id),
        "article_timeline_url": page_url(datasette, db.name, "timeline", query={"article_table": table, "article_id": article_id}),
        "axis": build_axis(timeline, lambda e: "#event-{}".format(e["id"]), width=340, max_lanes=8),
        "speakers": _speakers(datasette, db.name, quotes, figures, colors),
        "timeline": timeline,
        "claims": _claims(figures),
        "across": across_articles(datasette, db.name, quotes, figures),
        "counts": {"quotes": len(quotes), "events": len(events), "figures": len(figures)},
        "missing": [t for t in (QUOTES, EVENTS, FIGURES) if not await db.table_exists(t)],
        "stale": stale,
        "capped": capped,
        "cap": cap,
        "format_date": format_date,
        "describe_figure": describe_figure,
        "speaker_url": lambda s: speaker_url(datasette, db.name, s),
    })
