"""The same `newsclaims` commands, registered for the sqlite-utils CLI."""
from __future__ import annotations

import sqlite_utils


@sqlite_utils.hookimpl
def register_commands(cli):
    from .cli import register_sqlite_utils_commands

    register_sqlite_utils_commands(cli)
