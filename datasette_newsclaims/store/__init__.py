"""Storage: the ``newsclaims_*`` tables of a database and the job that fills
them from a table of articles. Import the public names from here.

Modules, one job each:

- :mod:`.tables`: table, view and column names (no SQL);
- :mod:`.migrations`: the schema, as ``sqlite_utils.Migrations``;
- :mod:`.source`: the user's article table (validation, reading, cell coercion);
- :mod:`.hashing`: content hashes and the extractor fingerprint;
- :mod:`.analysis`: the work for one article (runs anywhere, no database);
- :mod:`.rows`: one article's analyze result as rows of the item tables;
- :mod:`.writer`: every write to the newsclaims tables;
- :mod:`.extraction`: :func:`extract_table`, the incremental batch job.

Nothing here imports Datasette or the web pages.
"""
from __future__ import annotations

from .extraction import DEFAULT_BATCH_SIZE, extract_table
from .hashing import extractor_fingerprint
from .migrations import ensure_schema, migrations
from .rows import rows_for_article
from .source import ExtractError, validate
from .tables import (
    ARTICLES,
    CLAIMS_VIEW,
    EVENTS,
    FIGURES,
    ITEM_TABLES,
    QUOTES,
    SOURCES,
    TIMELINE_VIEW,
)

__all__ = [
    "ARTICLES", "CLAIMS_VIEW", "DEFAULT_BATCH_SIZE", "EVENTS", "ExtractError", "FIGURES", "ITEM_TABLES",
    "QUOTES", "SOURCES", "TIMELINE_VIEW", "ensure_schema", "extract_table", "extractor_fingerprint",
    "migrations", "rows_for_article", "validate",
]
