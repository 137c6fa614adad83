"""What the cross-article pages (quote group, claim, person) share: reading one
group row the actor may see, and the articles of its items.

Owns the permission rule of those pages: a group is shown only when the
actor may see the group table itself, its article table and the item table
it groups (else 404, so that a hidden table's groups do not show they
exist). Must not render.
"""
from __future__ import annotations

import json
from typing import Any

from datasette import NotFound

from ..core import to_text
from ..store.link_schema import LINK_TABLES, PEOPLE
from ..store.tables import QUOTES
from .sources import ANCHORS, can_view, database_for_request, item_tables, visible_sources
from .sql import article_join, placeholders, quote_identifier
from .urls import page_url, reader_url

MAX_MEMBERS = 500  # printings, citings or quotes listed on one page


async def visible_group(datasette, request, table: str, item_table: str) -> tuple[Any, dict, dict]:
    """(database, group row, source of its article table) for the ``<id>`` of the URL; 404 if hidden."""
    assert table in LINK_TABLES
    db = await database_for_request(datasette, request)
    try:
        group_id = int(request.url_vars["id"])
    except ValueError:
        raise NotFound("No such group")
    if not await db.table_exists(table):
        raise NotFound("This database has no cross-article links yet")
    if not await can_view(datasette, request.actor, db.name, table):
        raise NotFound("No such group")
    row = (await db.execute(f"select * from {quote_identifier(table)} where id = ?", [group_id])).first()
    if row is None:
        raise NotFound("No such group")
    sources = await visible_sources(datasette, request.actor, db)
    if row["article_table"] not in sources or item_table not in await item_tables(datasette, request.actor, db):
        raise NotFound("No such group")
    return db, dict(row), sources[row["article_table"]]


async def member_rows(db, datasette, source: dict, item_table: str, column: str, value: int,
                      order: str = "article_published, x.id") -> list[dict]:
    """The items whose ``column`` is ``value``, with title, date, outlet and reader link of their article."""
    join, columns = article_join(source, "x")
    rows = (await db.execute(
        f"select x.*, {columns} from {quote_identifier(item_table)} x {join} "
        f"where x.article_table = ? and x.{quote_identifier(column)} = ? order by {order} limit {MAX_MEMBERS}",
        [source["article_table"], value])).rows
    kind = ANCHORS[item_table]
    out = []
    for r in rows:
        item = dict(r)
        item["article_title"] = to_text(item.get("article_title")) or f"{source['article_table']} {item['article_id']}"
        item["article_published"] = to_text(item.get("article_published"))
        item["article_outlet"] = to_text(item.get("article_outlet"))
        item["_href"] = reader_url(datasette, db.name, source["article_table"], item["article_id"],
                                   anchor=f"{kind}-{item['id']}")
        out.append(item)
    return out


def json_list(value: Any) -> list:
    """A JSON array column as a list ([] for NULL or anything else)."""
    try:
        parsed = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return []
    return parsed if isinstance(parsed, list) else []


def across_articles(datasette, database: str, quotes: list[dict], figures: list[dict]) -> dict[str, list[dict]]:
    """For the reader's side panel: this article's quotes printed elsewhere and figures in a claim,
    each with the URL of its group or claim page (nothing before linking ran)."""
    printed = [{"item": q, "url": page_url(datasette, database, "quote-group", q["quote_group_id"])}
               for q in quotes if q.get("quote_group_id")]
    claimed = [{"item": f, "url": page_url(datasette, database, "claim", f["claim_group_id"])}
               for f in figures if f.get("claim_group_id")]
    return {"quotes": printed, "figures": claimed}


async def people_named(datasette, actor, db, article_tables: list[str], name: str, limit: int = 50) -> list[dict]:
    """The cross-article person pages of quotes credited to ``name`` (bounded: the first ``limit`` quotes);
    none when the actor may not see the people table."""
    if not article_tables or not await db.table_exists(PEOPLE):
        return []
    if not await can_view(datasette, actor, db.name, PEOPLE):
        return []
    ids: list[int] = []
    for table in article_tables:
        rows = (await db.execute(
            f"select person_id from {quote_identifier(QUOTES)} where article_table = ? and speaker = ? "
            f"and person_id is not null limit {int(limit)}", [table, name])).rows
        ids += [r["person_id"] for r in rows]
    ids = list(dict.fromkeys(ids))[:5]  # each person once, in the order first met
    if not ids:
        return []
    rows = (await db.execute(
        f"select id, name, quotes from {quote_identifier(PEOPLE)} where id in ({placeholders(ids)})", ids)).rows
    by_id = {row["id"]: row for row in rows}
    return [{"name": by_id[pid]["name"], "quotes": by_id[pid]["quotes"], "url": page_url(datasette, db.name, "person", pid)}
            for pid in ids if pid in by_id]
