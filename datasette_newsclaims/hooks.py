"""Datasette hooks: thin adapters that delegate to the rest of the package.

Hooks that only Datasette 1.0 knows (``row_actions``, ``permission_resources_sql``)
are ignored by 0.65.
"""
from __future__ import annotations

from datasette import hookimpl

from . import cli as commands, config, web
from .web import queries
from .sql_functions import register_functions


@hookimpl
def prepare_connection(conn, database, datasette):
    register_functions(conn, max_input_chars=config.sql_max_input_chars(datasette, database))


@hookimpl
def register_commands(cli):
    commands.register_datasette_commands(cli)


@hookimpl
def startup(datasette):
    config.check(datasette)
    return queries.on_startup(datasette)


@hookimpl
def canned_queries(datasette, database, actor):
    return queries.canned_queries_for(datasette, database, actor)


@hookimpl
def permission_resources_sql(datasette, actor, action):
    return queries.denied_queries_sql(datasette, actor, action)


@hookimpl
def register_enrichments(datasette):
    """Called only when datasette-enrichments is installed (its hook)."""
    from .enrichment import enrichments

    return enrichments()


@hookimpl
def register_routes():
    return web.routes()


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    return web.render_cell(row, value, column, table, database, datasette)


@hookimpl
def row_actions(datasette, actor, database, table, row, request):
    return web.row_actions(datasette, actor, database, table, row, request)


@hookimpl
def table_actions(datasette, actor, database, table, request):
    return web.table_actions(datasette, actor, database, table, request)


@hookimpl
def database_actions(datasette, actor, database, request):
    return web.database_actions(datasette, actor, database, request)
