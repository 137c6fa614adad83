"""The sqlite-utils plugin: the same `newsclaims` commands, and the SQL
functions on every connection sqlite-utils opens (so
``sqlite-utils query news.db "select newsclaims_quotes(body) from articles"`` works).

Owns: the two sqlite-utils hooks. Must not touch: the commands or the
functions themselves (:mod:`.cli`, :mod:`.sql_functions`).
"""
from __future__ import annotations

import sqlite_utils


@sqlite_utils.hookimpl
def register_commands(cli):
    from .cli import register_sqlite_utils_commands

    register_sqlite_utils_commands(cli)


@sqlite_utils.hookimpl
def prepare_connection(conn):
    from .sql_functions import register_functions

    register_functions(conn)
