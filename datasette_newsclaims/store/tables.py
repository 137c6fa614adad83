"""Names of everything newsclaims writes into a database, and the columns of
the item tables: the one place pages, queries and the storage code import
them from.

Owns: table and view names, the per-table column lists. Must not touch: the
database (no SQL runs here) or anything else in the package, so any module
can import it without pulling in the extractors or Datasette.

To add a column to an item table: add it to the list here, add a migration
in :mod:`.migrations`, and fill it in :mod:`.rows`.
"""
from __future__ import annotations

QUOTES = "newsclaims_quotes"
EVENTS = "newsclaims_events"
FIGURES = "newsclaims_figures"
ARTICLES = "_newsclaims_articles"
SOURCES = "_newsclaims_sources"
CLAIMS_VIEW = "newsclaims_claims"
TIMELINE_VIEW = "newsclaims_timeline"
ITEM_TABLES = (QUOTES, EVENTS, FIGURES)
#: Each item table's key in an ``analyze()`` result (also its count column in ``_newsclaims_articles``).
ITEM_KINDS = {QUOTES: "quotes", EVENTS: "events", FIGURES: "figures"}
#: Tables the extract command writes (never valid as a table of articles).
WRITTEN_TABLES = (*ITEM_TABLES, ARTICLES, SOURCES)

# Columns of each item table after the common (id, article_table, article_id,
# start, end, text) ones; any other key an extractor returns goes into the
# ``details`` JSON column.
QUOTE_COLUMNS = ("speaker", "speaker_mention", "speaker_title", "cue", "paragraph", "partial")
EVENT_COLUMNS = (
    "date_start", "date_end", "granularity", "year", "month", "event", "resolved_from", "speaker", "quote_id", "sentence",
)
FIGURE_COLUMNS = ("value", "kind", "unit", "qualifier", "speaker", "quote_id", "sentence")
#: The longest ``sentence`` stored (a longer one is cut to a window around its item).
MAX_SENTENCE_CHARS = 600
