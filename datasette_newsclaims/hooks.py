"""Datasette hooks: thin adapters over the rest of the package."""
from __future__ import annotations

from datasette import hookimpl

from .sql_functions import register_functions


@hookimpl
def prepare_connection(conn):
    register_functions(conn)
