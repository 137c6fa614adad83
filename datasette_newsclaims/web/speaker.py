"""The speaker page ``/-/newsclaims/<database>/speaker/<name>``: every
quote, figure and date attributed to one speaker, grouped by article, newest
article first, a page of articles at a time (``?article_table=T&after=...``).

Owns the queries by speaker name. Work is bounded by the page: totals come
from ``_newsclaims_speakers``, the page's articles from
``_newsclaims_speaker_articles`` in index order, then only those articles'
items. Must not resolve names across spellings (that belongs to the
cross-article person pages).
"""
from __future__ import annotations

from typing import Any

from ..core import to_text
from ..store.tables import ARTICLES, EVENTS, FIGURES, QUOTES
from ..store.summaries import SPEAKER_ARTICLES, SPEAKERS
from .formatting import describe_figure, format_date, plural
from .linked import people_named
from .paging import BadCursor, cut, decode_cursor, next_url
from .respond import render
from .sources import (ANCHORS, SUMMARIES_MISSING, database_for_request, has_summaries, item_tables,
                      missing_message, page_sizes, visible_sources)
from .sql import article_join, placeholders, quote_identifier
from .urls import reader_url, unsegment

ARTICLE_CURSOR = ((str,), (str, int, float))  # (published or '', article_id)
_COUNT_COLUMNS = {QUOTES: "quotes", FIGURES: "figures", EVENTS: "events"}


async def _totals(db, name: str, tables: list[str], visible: set[str]) -> dict[str, int]:
    """The speaker's number of quotes, figures, events (of the kinds visible) and articles."""
    row = (await db.execute(
        f"select sum(quotes) as quotes, sum(figures) as figures, sum(events) as events, sum(articles) as articles "
        f"from {quote_identifier(SPEAKERS)} where speaker = ? and article_table in ({placeholders(tables)})",
        [name, *tables])).first()
    totals = {column: (row[column] or 0) if row else 0 for column in ("quotes", "figures", "events", "articles")}
    for table, column in _COUNT_COLUMNS.items():
        if table not in visible:
            totals[column] = 0
    return totals


async def _article_page(db, table: str, name: str, visible: set[str], after: list | None, size: int) -> list:
    """(article_id, published) of one page of the speaker's articles in ``table``, newest first."""
    some = " or ".join(f"{column} > 0" for t, column in _COUNT_COLUMNS.items() if t in visible)
    where, params = f"article_table = ? and speaker = ? and ({some})", [table, name]
    if after is not None:
        where += " and (published, article_id) < (?, ?)"
        params += after
    return (await db.execute(
        f"select article_id, published from {quote_identifier(SPEAKER_ARTICLES)} where {where} "
        f"order by published desc, article_id desc limit {size + 1}", params)).rows


async def _articles(datasette, db, source: dict, ids: list) -> dict[Any, dict]:
    """Title, date, outlet and reader link of each article in ``ids``."""
    table = source["article_table"]
    join, columns = article_join(source, "x")
    rows = (await db.execute(
        f"select x.article_id, {columns} from (select article_table, article_id from {quote_identifier(ARTICLES)} "
        f"where article_table = ? and article_id in ({placeholders(ids)})) x {join}", [table, *ids])).rows
    found = {r["article_id"]: r for r in rows}
    articles = {}
    for article_id in ids:
        r = found.get(article_id)
        articles[article_id] = {
            "title": to_text(r["article_title"] if r else None) or f"{table} {article_id}",
            "published": to_text(r["article_published"] if r else None),
            "outlet": to_text(r["article_outlet"] if r else None),
            "url": reader_url(datasette, db.name, table, article_id),
            "quotes": [], "figures": [], "events": [],
        }
    return articles


async def _section(datasette, db, source: dict, name: str, visible: set[str], after: list | None) -> dict:
    """One article table's page of the speaker's articles, with their items."""
    table = source["article_table"]
    sizes = page_sizes(datasette, db.name)
    rows, more = cut(await _article_page(db, table, name, visible, after, sizes.speaker_articles), sizes.speaker_articles)
    ids = [r["article_id"] for r in rows]
    articles = await _articles(datasette, db, source, ids) if ids else {}
    for item_table in (QUOTES, FIGURES, EVENTS):
        if item_table not in visible or not ids:
            continue
        kind = ANCHORS[item_table]
        for r in (await db.execute(
            f"select * from {quote_identifier(item_table)} where article_table = ? and speaker = ? "
            f'and article_id in ({placeholders(ids)}) order by article_id, "start" limit {sizes.speaker_items}',
            [table, name, *ids])).rows:
            item = dict(r)
            item["_href"] = reader_url(datasette, db.name, table, item["article_id"], anchor=f"{kind}-{item['id']}")
            articles[item["article_id"]][kind + "s"].append(item)
    last = [rows[-1]["published"], rows[-1]["article_id"]] if rows else None
    return {
        "table": table,
        "articles": [articles[i] for i in ids],
        "next_url": next_url(datasette, db.name, "speaker", name, query={"article_table": table}, last=last)
        if more else None,
    }


async def speaker_page(datasette, request):
    """The speaker page: totals, then one page of articles per visible article table."""
    db = await database_for_request(datasette, request)
    name = unsegment(request.url_vars["name"])
    sources = await visible_sources(datasette, request.actor, db)
    visible = await item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": name, "speaker": name, "sections": [], "errors": []}
    if not sources or not visible:
        context["message"] = missing_message()
        return await render(datasette, request, db, "newsclaims_speaker.html", context)
    if not await has_summaries(db):
        context["message"] = SUMMARIES_MISSING
        return await render(datasette, request, db, "newsclaims_speaker.html", context)
    only = request.args.get("article_table")
    try:
        after = decode_cursor(request.args.get("after"), ARTICLE_CURSOR) if only else None
    except BadCursor as bad:
        context["errors"].append(f"This page link is broken ({bad}): showing the first page.")
        after = None
    totals = await _totals(db, name, list(sources), visible)
    for table, source in sources.items():
        if not only or table == only:
            section = await _section(datasette, db, source, name, visible, after if table == only else None)
            if section["articles"]:
                context["sections"].append(section)
    context["people"] = await people_named(datasette, request.actor, db, list(sources), name) if QUOTES in visible else []
    context.update({
        "summary": ", ".join([plural(totals["quotes"], "quote"), plural(totals["figures"], "figure") + " cited",
                              plural(totals["events"], "date") + " mentioned"]) + ", in " + plural(totals["articles"], "article"),
        "several_tables": len(sources) > 1,
        "format_date": format_date,
        "describe_figure": describe_figure,
    })
    if not context["sections"]:
        context["message"] = f"Nothing is attributed to {name!r} in the tables you can see."
    return await render(datasette, request, db, "newsclaims_speaker.html", context)
