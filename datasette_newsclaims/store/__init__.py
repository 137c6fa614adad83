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
- :mod:`.materialized`: ``newsclaims_claims`` and ``newsclaims_timeline``, tables kept per batch;
- :mod:`.run`: the steps of one run (begin, pending articles, write a batch, finish);
- :mod:`.parallel`, :mod:`.dask_runner`: where the analysis runs (this process, a pool, Dask);
- :mod:`.extraction`: :func:`extract_table`, the incremental batch job;
- :mod:`.shards`, :mod:`.file_extraction`, :mod:`.bulk_load`: ``extract-files`` and ``load``.

Nothing here imports Datasette or the web pages.
"""
from __future__ import annotations

from .extraction import DEFAULT_BATCH_SIZE, DEFAULT_BUSY_TIMEOUT, extract_table
from .hashing import extractor_fingerprint
from .materialized import rebuild as rebuild_derived_tables
from .migrations import ensure_schema, migrations
from .rows import rows_for_article
from .run import (
    SourceOptions,
    begin_run,
    count_outcomes,
    finish_run,
    new_stats,
    pending_articles,
    vanished_articles,
    write_outcomes,
)
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
    "ARTICLES", "CLAIMS_VIEW", "DEFAULT_BATCH_SIZE", "DEFAULT_BUSY_TIMEOUT", "EVENTS", "ExtractError", "FIGURES",
    "ITEM_TABLES", "QUOTES", "SOURCES", "SourceOptions", "TIMELINE_VIEW", "begin_run", "count_outcomes",
    "ensure_schema", "extract_table", "extractor_fingerprint", "finish_run", "migrations", "new_stats",
    "pending_articles", "rebuild_derived_tables", "rows_for_article", "validate", "vanished_articles", "write_outcomes",
]
