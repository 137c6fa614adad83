"""The speaker page ``/-/newsclaims/<database>/speaker/<name>``: every
quote, figure and date attributed to one speaker, grouped by article.

Owns the queries by speaker name. Must not resolve names across spellings
(that belongs to the cross-article person pages).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..core import to_text
from ..store.tables import EVENTS, FIGURES, QUOTES
from .formatting import describe_figure, format_date
from .respond import render
from .sources import ANCHORS, database_for_request, item_tables, missing_message, visible_sources
from .sql import article_join
from .urls import reader_url, unsegment

MAX_SPEAKER_ITEMS = 1000  # quotes / figures / events per speaker page


def _article_entry(datasette, database: str, table: str, item: dict) -> dict:
    return {
        "title": to_text(item.get("article_title")) or f"{table} {item['article_id']}",
        "published": to_text(item.get("article_published")),
        "outlet": to_text(item.get("article_outlet")),
        "url": reader_url(datasette, database, table, item["article_id"]),
        "quotes": [], "figures": [], "events": [],
    }


async def speaker_page(datasette, request):
    db = await database_for_request(datasette, request)
    name = unsegment(request.url_vars["name"])
    sources = await visible_sources(datasette, request.actor, db)
    tables = await item_tables(datasette, request.actor, db)
    context: dict[str, Any] = {"title": name, "speaker": name, "articles": [], "counts": Counter()}
    if not sources or not tables:
        context["message"] = missing_message()
        return await render(datasette, request, db, "newsclaims_speaker.html", context)
    articles: dict[tuple, dict] = {}
    for table, source in sources.items():
        join, columns = article_join(source, "x")
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
                article = articles.setdefault(key, _article_entry(datasette, db.name, table, item))
                item["_href"] = reader_url(datasette, db.name, table, item["article_id"], anchor=f"{kind}-{item['id']}")
                article[kind + "s"].append(item)
                context["counts"][kind + "s"] += 1
    context["articles"] = sorted(articles.values(), key=lambda a: a["published"], reverse=True)
    context.update({"format_date": format_date, "describe_figure": describe_figure})
    if not articles:
        context["message"] = f"Nothing is attributed to {name!r} in the tables you can see."
    return await render(datasette, request, db, "newsclaims_speaker.html", context)
