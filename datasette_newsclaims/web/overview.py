"""The overview page ``/-/newsclaims/<database>``: what was extracted, the
latest articles of each article table, and the most quoted speakers.

Owns the overview's queries. Must not list a table the actor may not see.
"""
from __future__ import annotations

from typing import Any

from ..core import to_text
from ..store.tables import QUOTES
from .respond import render
from .sources import database_for_request, item_tables, missing_message, visible_sources
from .sql import article_join, placeholders, quote_identifier
from .urls import page_url, reader_url, speaker_url

LATEST_ARTICLES = 50  # articles listed per article table
TOP_SPEAKERS = 50


async def _latest(datasette, db, table: str, source: dict) -> dict:
    """One article table: its size, links and its latest articles."""
    join, columns = article_join(source, "x")
    key = quote_identifier(source["pk_column"])
    counts = "a.quotes, a.events, a.figures" if source["has_articles"] else "null as quotes, null as events, null as figures"
    rows = (await db.execute(
        f"select x.article_id, {columns}, {counts} from (select {key} as article_id, ? as article_table "
        f"from {quote_identifier(table)}) x {join} order by article_published desc limit {LATEST_ARTICLES}", [table]
    )).rows
    return {
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
    }


async def _most_quoted(datasette, db, tables: list[str]) -> list[dict]:
    rows = (await db.execute(
        f"select speaker, count(*) as n from [{QUOTES}] where speaker is not null and article_table in "
        f"({placeholders(tables)}) group by speaker order by n desc, speaker limit {TOP_SPEAKERS}", tables
    )).rows
    return [{"name": r["speaker"], "quotes": r["n"], "url": speaker_url(datasette, db.name, r["speaker"])} for r in rows]


async def index_page(datasette, request):
    db = await database_for_request(datasette, request)
    sources = await visible_sources(datasette, request.actor, db)
    tables = await item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": "News claims", "sources": [], "speakers": []}
    if not sources:
        context["message"] = missing_message()
        return await render(datasette, request, db, "newsclaims_index.html", context)
    for table, source in sources.items():
        context["sources"].append(await _latest(datasette, db, table, source))
    if QUOTES in tables:
        context["speakers"] = await _most_quoted(datasette, db, list(sources))
    return await render(datasette, request, db, "newsclaims_index.html", context)
