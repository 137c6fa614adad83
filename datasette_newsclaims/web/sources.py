"""Which articles and derived tables a page may show, for whom.

Owns permission checks (Datasette 1.0 and 0.65), the database named by a
request, and the ``_newsclaims_sources`` rows that say which table holds
articles in which columns. Must not render anything or build page queries.
"""
from __future__ import annotations

import time

from datasette import Forbidden, NotFound

from ..store.tables import ARTICLES, CLAIMS_VIEW, EVENTS, FIGURES, QUOTES, SOURCES, TIMELINE_VIEW
from .. import config
from ..store.summaries import OUTLET_COLUMNS, SUMMARY_TABLES
from .sql import quote_identifier
from .urls import unsegment
#: derived table -> the anchor kind of its rows on the reader (``#quote-12``)
ANCHORS = {QUOTES: "quote", EVENTS: "event", FIGURES: "figure"}
#: view -> (its column holding the item id, anchor kind)
VIEW_ANCHORS = {CLAIMS_VIEW: ("figure_id", "figure"), TIMELINE_VIEW: ("event_id", "event")}
_SOURCES_TTL = 5.0  # seconds a database's source list is cached for render_cell


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


async def database_for_request(datasette, request):
    """The database of the ``<database>`` URL part; 404 / 403 as Datasette would."""
    try:
        db = datasette.get_database(route=unsegment(request.url_vars["database"]))
    except KeyError:
        raise NotFound("Database not found")
    if not await can_view(datasette, request.actor, db.name):
        raise Forbidden("You do not have permission to view this database")
    return db


async def read_sources(db) -> dict[str, dict]:
    """``_newsclaims_sources`` rows by article table ({} before any extraction)."""
    if not await db.table_exists(SOURCES):
        return {}
    rows = (await db.execute(f"select * from {quote_identifier(SOURCES)} order by article_table")).rows
    return {row["article_table"]: dict(row) for row in rows}


def configured(datasette, database: str, sources: dict[str, dict]) -> dict[str, dict]:
    """The sources the plugin configuration allows (``article_tables``)."""
    allowed = config.settings(datasette, database)
    return {table: source for table, source in sources.items() if allowed.is_article_table(table)}


def page_sizes(datasette, database: str) -> config.PageSizes:
    """How many rows the pages of ``database`` show at once (``page_sizes``)."""
    return config.settings(datasette, database).page_sizes


def outlet_column(columns: list[str]) -> str | None:
    """The first of ``columns`` that names an article's outlet (:data:`OUTLET_COLUMNS`), if any."""
    return next((c for c in OUTLET_COLUMNS if c in columns), None)


async def visible_sources(datasette, actor, db) -> dict[str, dict]:
    """Sources whose article table exists, is configured as one and the actor
    may see, with the extra columns the pages use (``outlet_column``, ``has_articles``)."""
    sources = configured(datasette, db.name, await read_sources(db))
    if not sources:
        return {}
    has_articles = await db.table_exists(ARTICLES)
    visible = {}
    for table, source in sources.items():
        if not await db.table_exists(table) or not await can_view(datasette, actor, db.name, table):
            continue
        source["outlet_column"] = outlet_column(await db.table_columns(table))
        source["has_articles"] = has_articles
        visible[table] = source
    return visible


async def item_tables(datasette, actor, db) -> set[str]:
    """The derived tables that exist and the actor may see."""
    return {
        t for t in (QUOTES, EVENTS, FIGURES) if await db.table_exists(t) and await can_view(datasette, actor, db.name, t)
    }


def _sources_cache(datasette) -> dict:
    return datasette.__dict__.setdefault("_newsclaims_sources_cache", {})


def peek_sources(datasette, database: str) -> dict[str, dict] | None:
    """The cached sources of ``database`` however old, None if never read
    (``render_cell`` decides from this without awaiting anything)."""
    cached = _sources_cache(datasette).get(database)
    return cached[1] if cached else None


async def cached_sources(datasette, database: str) -> dict[str, dict]:
    """The sources of ``database``, cached on the Datasette instance for a few
    seconds (render_cell runs once per cell; startup and the action menus
    refresh the cache it reads)."""
    cache = _sources_cache(datasette)
    cached = cache.get(database)
    if cached and time.monotonic() - cached[0] < _SOURCES_TTL:
        return cached[1]
    try:
        sources = configured(datasette, database, await read_sources(datasette.get_database(database)))
    except KeyError:
        sources = {}
    cache[database] = (time.monotonic(), sources)
    return sources


def missing_message(what: str = "tables") -> str:
    """What to run when the derived tables are not there yet."""
    return (
        f"The newsclaims {what} have not been built for this database yet. Build them with "
        "datasette newsclaims extract DATABASE TABLE --text COLUMN [--published COLUMN] [--title COLUMN]."
    )


async def has_summaries(db) -> bool:
    """True when the summary tables the pages count with are there
    (``datasette newsclaims extract`` writes them; older databases lack them)."""
    return all([await db.table_exists(t) for t in SUMMARY_TABLES])


SUMMARIES_MISSING = (
    "This database was extracted by an older version: counts and lists are missing until "
    "datasette newsclaims extract DATABASE TABLE ... runs again (it only adds the summary tables)."
)
