"""The `datasette newsclaims ...` and `sqlite-utils newsclaims ...` commands."""
from __future__ import annotations


def register_datasette_commands(cli) -> None:
    """Add the ``newsclaims`` command group to Datasette's CLI."""


def register_sqlite_utils_commands(cli) -> None:
    """Add the ``newsclaims`` command group to the sqlite-utils CLI."""
