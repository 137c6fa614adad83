"""Example (canned) queries shipped with the plugin, on Datasette 0.65 and 1.0."""
from __future__ import annotations


def on_startup(datasette):
    """Register example queries on Datasette 1.0 (no-op on 0.65)."""
    return None


def canned_queries_for(datasette, database: str):
    """Canned queries for ``database`` on Datasette 0.65."""
    return None
