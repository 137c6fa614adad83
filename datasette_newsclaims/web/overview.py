"""The overview page ``/-/newsclaims/<database>``: what was extracted, the
latest articles of each article table, and the most quoted speakers.

Both lists are keyset-paged: ``?article_table=T&after=...`` continues the
articles of one table, ``?speakers_after=...`` the speakers. Work is bounded
by what is shown: articles come from ``_newsclaims_articles`` in index order,
speakers from the ``_newsclaims_speakers`` summary. Must not list a table the
actor may not see, nor count item rows.
"""
from __future__ import annotations

from typing import Any

from ..store.tables import ARTICLES, QUOTES
from ..store.summaries import SPEAKERS
from .formatting import plural
from .paging import BadCursor, cut, decode_cursor, next_url
from .respond import render
from .sources import (SUMMARIES_MISSING, database_for_request, has_summaries, item_tables, missing_message,
                      page_sizes, visible_sources)
from .sql import placeholders, quote_identifier
from .urls import page_url, reader_url, speaker_url

_KEY = (str, int, float)
ARTICLE_CURSOR = ((str, type(None)), _KEY)  # (published, article_id)
SPEAKER_CURSOR = ((int,), (str,))  # (quotes, speaker)


async def _latest_rows(db, table: str, after: list | None, size: int) -> list:
    """The articles of ``table`` newest first (undated last), after the cursor:
    an index range on ``(article_table, published, article_id)`` per phase."""
    columns = "article_id, title, published, quotes, events, figures"
    articles = quote_identifier(ARTICLES)
    rows: list = []
    if after is None or after[0] is not None:
        where, params = "article_table = ? and published is not null", [table]
        if after is not None:
            where += " and (published, article_id) < (?, ?)"
            params += after
        rows = (await db.execute(
            f"select {columns} from {articles} where {where} order by published desc, article_id desc "
            f"limit {size + 1}", params)).rows
    if len(rows) <= size:
        where, params = "article_table = ? and published is null", [table]
        if after is not None and after[0] is None:
            where += " and article_id < ?"
            params.append(after[1])
        rows += (await db.execute(
            f"select {columns} from {articles} where {where} order by article_id desc "
            f"limit {size + 1 - len(rows)}", params)).rows
    return rows


def _counts(row) -> str | None:
    if row["quotes"] is None:
        return None
    return ", ".join([plural(row["quotes"], "quote"), plural(row["events"], "date"), plural(row["figures"], "figure")])


async def _latest(datasette, db, table: str, source: dict, after: list | None) -> dict:
    """One article table: its size, links and one page of its latest articles."""
    size = page_sizes(datasette, db.name).articles
    rows, more = cut(await _latest_rows(db, table, after, size), size)
    last = rows[-1] if rows else None
    return {
        "table": table,
        "articles": source.get("articles"),
        "articles_label": plural(source["articles"], "article") if source.get("articles") is not None else None,
        "table_url": datasette.urls.table(db.name, table),
        "timeline_url": page_url(datasette, db.name, "timeline", query={"article_table": table}),
        "latest": [
            {"title": r["title"] or f"{table} {r['article_id']}", "published": r["published"],
             "url": reader_url(datasette, db.name, table, r["article_id"]), "counts": _counts(r)}
            for r in rows
        ],
        "next_url": next_url(datasette, db.name, query={"article_table": table},
                             last=[last["published"], last["article_id"]]) if more else None,
    }


async def _most_quoted(datasette, db, tables: list[str], after: list | None) -> tuple[list[dict], str | None]:
    """One page of speakers by number of quotes (ties in reverse name order: the
    index order), from the summary table."""
    size = page_sizes(datasette, db.name).speakers
    speakers = quote_identifier(SPEAKERS)
    if len(tables) == 1:  # an index range on (article_table, quotes, speaker), walked backwards
        source = f"select speaker, quotes from {speakers} where article_table = ?"
    else:  # several article tables: summed over the tables' speakers (bounded by distinct speakers)
        source = (f"select speaker, sum(quotes) as quotes from {speakers} "
                  f"where article_table in ({placeholders(tables)}) group by speaker")
    where, params = "quotes > 0", list(tables)
    if after is not None:
        where += " and (quotes, speaker) < (?, ?)"
        params += after
    rows = (await db.execute(
        f"select speaker, quotes from ({source}) where {where} order by quotes desc, speaker desc limit {size + 1}",
        params)).rows
    rows, more = cut(rows, size)
    listed = [{"name": r["speaker"], "quotes": r["quotes"], "url": speaker_url(datasette, db.name, r["speaker"])}
              for r in rows]
    if not more:
        return listed, None
    return listed, next_url(datasette, db.name, query={}, last=[rows[-1]["quotes"], rows[-1]["speaker"]],
                            parameter="speakers_after")


async def index_page(datasette, request):
    """The overview: a page of latest articles per article table, and of the most quoted."""
    db = await database_for_request(datasette, request)
    sources = await visible_sources(datasette, request.actor, db)
    context: dict[str, Any] = {"title": "News claims", "sources": [], "speakers": [], "errors": []}
    if not sources:
        context["message"] = missing_message()
        return await render(datasette, request, db, "newsclaims_index.html", context)
    only = request.args.get("article_table")
    try:
        after = decode_cursor(request.args.get("after"), ARTICLE_CURSOR) if only else None
        speakers_after = decode_cursor(request.args.get("speakers_after"), SPEAKER_CURSOR)
    except BadCursor as bad:
        context["errors"].append(f"This page link is broken ({bad}): showing the first page.")
        after = speakers_after = None
    for table, source in sources.items():
        if speakers_after is None and (not only or table == only):
            context["sources"].append(await _latest(datasette, db, table, source, after if table == only else None))
    if not await has_summaries(db):
        context["errors"].append(SUMMARIES_MISSING)
    elif not only and QUOTES in await item_tables(datasette, request.actor, db):
        context["speakers"], context["speakers_next"] = await _most_quoted(
            datasette, db, list(sources), speakers_after)
    return await render(datasette, request, db, "newsclaims_index.html", context)
