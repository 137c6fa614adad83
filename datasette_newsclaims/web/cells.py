"""``render_cell``: links from Datasette's own table pages into the newsclaims pages.

Owns how a cell of a derived table (its speaker, article id, offset) or of
an article source table (its title) becomes a link to the speaker or the
reader page. Must not change any other plugin's cells or any other table.
"""
from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .sources import ANCHORS, VIEW_ANCHORS, cached_sources, peek_sources
from .urls import reader_url, speaker_url


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


def _source_link(row, value: str, column: str, table: str, database: str, datasette, source: dict):
    """The title (or text) cell of an article row, with a link to the reader."""
    target = source.get("title_column") or source.get("text_column")
    pk_column = source.get("pk_column")
    if column != target or pk_column not in row.keys():
        return None
    truncate = datasette.setting("truncate_cells_html") or 0
    shown = value if not truncate or len(value) <= truncate else value[:truncate] + "\u2026"
    href = reader_url(datasette, database, table, row[pk_column])
    return Markup("{} ").format(shown) + _link(href, "[read with marks]", "nc-reader-link", "Open in the newsclaims reader")


async def _source_cell_once_read(row, value: str, column: str, table: str, database: str, datasette):
    """For a database whose sources were never read (one cell, after which the cache answers)."""
    source = (await cached_sources(datasette, database)).get(table)
    return _source_link(row, value, column, table, database, datasette, source) if source else None


def render_cell(row, value, column, table, database, datasette):
    """The ``render_cell`` hook: a link or None, decided from the cached source
    list without awaiting (an awaitable only while a database's sources were
    never read: the startup hook reads them all)."""
    if not table or row is None:
        return None
    if table in ANCHORS or table in VIEW_ANCHORS:
        return _derived_cell(row, value, column, table, database, datasette)
    if not isinstance(value, str) or not value or table.startswith(("newsclaims_", "_newsclaims_", "sqlite_")):
        return None
    sources = peek_sources(datasette, database)
    if sources is None:  # only before the first read of this database's sources
        return _source_cell_once_read(row, value, column, table, database, datasette)
    source = sources.get(table)
    return _source_link(row, value, column, table, database, datasette, source) if source else None
