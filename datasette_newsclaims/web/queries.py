"""Example (canned) queries shipped with the plugin, on Datasette 0.65 and 1.0.

They are registered from code because Datasette 1.0a41 ignores a ``queries:``
block in metadata: through the ``canned_queries`` hook on 0.65, and through
``datasette.add_query(..., is_trusted=True)`` in ``startup`` on 1.0. Either
way they appear only on databases that hold the materialized ``newsclaims_*``
tables, and registering them never writes to the database itself (on 1.0 they
live in Datasette's internal database), so immutable databases stay untouched.

Owns the SQL and registration of the example queries. Must not write to a
user's database.
"""
from __future__ import annotations

from typing import Any

from ..store.tables import ARTICLES, EVENTS, FIGURES, QUOTES
from ..store.summaries import SPEAKER_ARTICLES, SPEAKERS
from .linking_queries import LINKING_QUERIES, LINKING_READS, LINKING_TABLES
from .sources import can_view, cached_sources, read_sources

#: The tables a database must hold for the example queries to be offered.
REQUIRED_TABLES = frozenset({QUOTES, EVENTS, FIGURES})

#: name -> query; ``params`` are the ``:named`` parameters of ``sql``.
EXAMPLE_QUERIES: dict[str, dict[str, Any]] = {
    "newsclaims_figures_by_speaker": {
        "title": "Figures cited by a speaker",
        "description": (
            "Every figure a speaker cited inside a quote, with the quote it stands in. "
            "Matches any part of the name: try Sessions."
        ),
        "sql": """select
  f.speaker,
  f.text as figure,
  f.value,
  f.kind,
  f.unit,
  f.qualifier,
  q.text as quote,
  f.article_table,
  f.article_id
from newsclaims_figures f
left join newsclaims_quotes q on q.id = f.quote_id
where f.speaker like '%' || :speaker || '%'
order by f.speaker, f.article_table, f.article_id, f.start""",
        "params": ["speaker"],
    },
    "newsclaims_article_timeline": {
        "title": "An article's timeline",
        "description": (
            "The dated events of one article in calendar order (undated last), "
            "each with the date expression as written and the clause it dates."
        ),
        # article_id keeps the article's key as it is (integer or text): match the text typed, and its
        # integer when it is one, as an IN list the (article_table, article_id) index answers (a skip-scan
        # over the few article tables); "cast(article_id as text) = ..." read every event (2.5 s at 1M rows).
        "sql": """select
  e.date_start,
  e.date_end,
  e.granularity,
  e.text as written_as,
  e.event,
  e.resolved_from,
  e.speaker,
  a.title,
  a.published,
  e.article_table,
  e.article_id
from newsclaims_events e
left join _newsclaims_articles a
  on a.article_table = e.article_table and a.article_id = e.article_id
where e.article_id in (
  :article_id,
  case when cast(cast(:article_id as integer) as text) = :article_id then cast(:article_id as integer) end
)
order by e.date_start is null, e.date_start, e.date_end, e.start""",
        "params": ["article_id"],
    },
    "newsclaims_most_quoted": {
        "title": "Who is quoted most",
        "description": "Speakers ranked by the number of quotes, with the number of articles quoting them.",
        "sql": """select
  speaker,
  count(*) as quotes,
  count(distinct article_table || ':' || article_id) as articles
from newsclaims_quotes
where speaker is not null
group by speaker
order by quotes desc, speaker
limit 100""",
        "params": [],
    },
    "newsclaims_figures_per_speaker": {
        "title": "Every figure cited by each speaker",
        "description": (
            "One row per speaker with every figure they cited, across the whole corpus, "
            "read from the materialized tables (no extraction at query time)."
        ),
        "sql": """select
  speaker,
  count(*) as figures,
  count(distinct article_table || ':' || article_id) as articles,
  group_concat(text || coalesce(' ' || unit, ''), '; ') as cited
from newsclaims_figures
where speaker is not null
group by speaker
order by figures desc, speaker""",
        "params": [],
    },
}


#: name -> the tables each example query reads; an actor sees a query only if
#: they may view every one of them (``_newsclaims_articles`` stands for the
#: article tables too: it holds their titles)
QUERY_READS: dict[str, tuple[str, ...]] = {
    "newsclaims_figures_by_speaker": (FIGURES, QUOTES),
    "newsclaims_article_timeline": (EVENTS, ARTICLES),
    "newsclaims_most_quoted": (QUOTES,),
    "newsclaims_figures_per_speaker": (FIGURES,),
}

EXAMPLE_QUERIES.update(LINKING_QUERIES)
QUERY_READS.update(LINKING_READS)

#: the summary-table form of "Who is quoted most" (a count per speaker kept at
#: extract time, instead of counting every quote per request)
MOST_QUOTED_FROM_SUMMARY = f"""select
  speaker,
  sum(quotes) as quotes,
  sum(articles) as articles
from {SPEAKERS}
where quotes > 0
group by speaker
order by quotes desc, speaker
limit 100"""


#: the summary-table form of "Every figure cited by each speaker": the 100
#: speakers citing most figures, ranked from the per-article summary, each
#: with its figures read through the speaker index (counting every figure of
#: every speaker per request took over a second at a million rows)
FIGURES_PER_SPEAKER_FROM_SUMMARY = f"""select
  s.speaker,
  s.figures,
  s.articles,
  (select group_concat(f.text || coalesce(' ' || f.unit, ''), '; ')
   from newsclaims_figures f where f.speaker = s.speaker) as cited
from (
  select speaker, sum(figures) as figures, sum(figures > 0) as articles
  from {SPEAKER_ARTICLES}
  group by speaker
  having sum(figures) > 0
  order by figures desc, speaker
  limit 100
) s
order by s.figures desc, s.speaker"""


async def has_newsclaims_tables(db) -> bool:
    """True when the Datasette database ``db`` holds the materialized tables (a read, no write)."""
    return REQUIRED_TABLES <= set(await db.table_names())


async def _queries_for(db) -> dict[str, dict[str, Any]]:
    """The example queries of ``db`` (the summary form where its summaries exist)."""
    queries = {name: dict(query) for name, query in EXAMPLE_QUERIES.items()}
    if not LINKING_TABLES <= set(await db.table_names()):  # extracted before articles were linked
        for name in LINKING_QUERIES:
            queries.pop(name)
    if await db.table_exists(SPEAKERS):
        queries["newsclaims_most_quoted"]["sql"] = MOST_QUOTED_FROM_SUMMARY
    if await db.table_exists(SPEAKER_ARTICLES):
        queries["newsclaims_figures_per_speaker"].update(
            sql=FIGURES_PER_SPEAKER_FROM_SUMMARY,
            description="The 100 speakers who cite the most figures, each with every figure they cited, "
            "read from the materialized tables (no extraction at query time).",
        )
    return queries


async def hidden_reads(datasette, actor, db) -> set[str]:
    """The tables the example queries read that exist in ``db`` and ``actor``
    may not view, each checked once; ``_newsclaims_articles`` counts as hidden
    when an article table is (it holds their titles)."""
    article_tables = set(await read_sources(db))
    read = {table for tables in QUERY_READS.values() for table in tables}
    hidden = set()
    for table in sorted(read | article_tables):
        if await db.table_exists(table) and not await can_view(datasette, actor, db.name, table):
            hidden.add(table)
    if hidden & article_tables:
        hidden.add(ARTICLES)
    return hidden


def may_run(name: str, hidden: set[str]) -> bool:
    """May an actor who cannot view the ``hidden`` tables see the example query ``name``?"""
    return hidden.isdisjoint(QUERY_READS[name])


def _as_canned(query: dict[str, Any]) -> dict[str, Any]:
    # A fresh dict each time: Datasette 0.65 adds a "name" key to what it gets.
    return {
        "sql": query["sql"],
        "title": query["title"],
        "description": query["description"],
        "params": list(query["params"]),
    }


def canned_queries_for(datasette, database: str, actor):
    """``canned_queries`` hook (Datasette 0.65, called per request): the example
    queries of ``database`` that ``actor`` may run."""

    async def inner():
        try:
            db = datasette.get_database(database)
        except KeyError:
            return None
        if not await has_newsclaims_tables(db):
            return None
        hidden = await hidden_reads(datasette, actor, db)
        return {name: _as_canned(query) for name, query in (await _queries_for(db)).items() if may_run(name, hidden)}

    return inner


def denied_queries_sql(datasette, actor, action):
    """``permission_resources_sql`` hook (Datasette 1.0): deny ``view-query`` on
    each example query that reads a table ``actor`` may not view. The queries
    are trusted (they run without ``execute-sql``), so this is what keeps a
    denied table's rows out of them."""
    if action != "view-query":
        return None

    async def inner():
        from datasette.permissions import PermissionSQL

        denied = []
        for name, db in list(datasette.databases.items()):
            if name == "_internal" or not await has_newsclaims_tables(db):
                continue
            hidden = await hidden_reads(datasette, actor, db)
            denied += [(name, query) for query in EXAMPLE_QUERIES if not may_run(query, hidden)]
        if not denied:
            return None
        params: dict[str, Any] = {}
        selects = []
        for i, (database, query) in enumerate(denied):
            params.update({f"nc_db_{i}": database, f"nc_query_{i}": query})
            selects.append(f"SELECT :nc_db_{i} AS parent, :nc_query_{i} AS child, 0 AS allow, "
                           "'datasette-newsclaims: reads a table the actor may not view' AS reason")
        return PermissionSQL(sql=" UNION ALL ".join(selects), params=params)

    return inner


def on_startup(datasette):
    """``startup`` hook: read each database's article sources (so ``render_cell``
    never has to wait), and register the example queries on Datasette 1.0.

    ``add_query`` stores them in Datasette's internal database (and
    ``remove_query`` drops them there for a database that no longer holds the
    tables); the user's databases are only read. Who may see them is decided
    per actor by :func:`denied_queries_sql`.
    """

    async def inner():
        for name, db in list(datasette.databases.items()):
            if name == "_internal":
                continue
            await cached_sources(datasette, name)
            if not hasattr(datasette, "add_query"):
                continue
            if not await has_newsclaims_tables(db):
                # an internal database kept across restarts (--internal) may hold them from before
                for query_name in EXAMPLE_QUERIES:
                    await datasette.remove_query(name, query_name, source="plugin")
                continue
            for query_name, query in (await _queries_for(db)).items():
                await datasette.add_query(
                    name,
                    query_name,
                    query["sql"],
                    title=query["title"],
                    description=query["description"],
                    parameters=query["params"],
                    is_trusted=True,
                )

    return inner
