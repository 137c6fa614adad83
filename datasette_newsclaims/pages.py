"""The reader, timeline and speaker pages, and the links into them."""
from __future__ import annotations


def routes() -> list:
    return []


def render_cell(row, value, column, table, database, datasette):
    return None


def row_actions(datasette, actor, database, table, row, request):
    return None


def table_actions(datasette, actor, database, table, request):
    return None
