"""Action menus on Datasette's row, table and database pages that lead to
the newsclaims pages.

Owns the ``row_actions``, ``table_actions`` and ``database_actions`` hook
bodies. Must not query item tables (only the cached source list).
"""
from __future__ import annotations

from .sources import ANCHORS, VIEW_ANCHORS, cached_sources
from .urls import page_url, reader_url


def row_actions(datasette, actor, database, table, row, request):
    """A derived row (of an item table, or of the claims and timeline tables)
    opens its article at its mark; an article row opens the reader."""
    async def inner():
        if table in ANCHORS or table in VIEW_ANCHORS:
            id_column, kind = ("id", ANCHORS[table]) if table in ANCHORS else VIEW_ANCHORS[table]
            return [{
                "href": reader_url(datasette, database, row["article_table"], row["article_id"],
                                   anchor=f"{kind}-{row[id_column]}"),
                "label": "Show in its article",
                "description": f"Open the article in the newsclaims reader at this {kind}.",
            }]
        source = (await cached_sources(datasette, database)).get(table)
        if not source or source.get("pk_column") not in row.keys():
            return None
        return [{
            "href": reader_url(datasette, database, table, row[source["pk_column"]]),
            "label": "Read with quotes, dates and figures marked",
            "description": "Open this article in the newsclaims reader.",
        }]

    return inner


def table_actions(datasette, actor, database, table, request):
    """Derived tables and article tables link to the timeline and the overview."""
    async def inner():
        if table in ANCHORS or table in VIEW_ANCHORS:
            query = {}
        elif table in await cached_sources(datasette, database):
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
        if not await cached_sources(datasette, database):
            return None
        return [
            {"href": page_url(datasette, database), "label": "Newsclaims overview"},
            {"href": page_url(datasette, database, "timeline"), "label": "Newsclaims timeline"},
        ]

    return inner
