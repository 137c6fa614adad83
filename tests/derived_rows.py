"""Test helper: what extract (or load) wrote into a database, to compare two runs."""
from __future__ import annotations

import sqlite3

DERIVED = ("newsclaims_quotes", "newsclaims_events", "newsclaims_figures", "_newsclaims_articles", "_newsclaims_sources",
           "newsclaims_people", "newsclaims_quote_groups", "newsclaims_claim_groups", "newsclaims_stories")


def snapshot(path) -> dict[str, list[dict]]:
    """Every derived row, ids included, without the run's timestamps."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return {
            table: [
                {k: row[k] for k in row.keys() if k != "extracted_at"}
                for row in conn.execute(f"SELECT * FROM [{table}] ORDER BY 1, 2")
            ]
            for table in DERIVED
        }
    finally:
        conn.close()


def schema(path) -> list[tuple]:
    """The tables, indexes, triggers and views newsclaims made, with their SQL."""
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name LIKE '%newsclaims%'"))
    finally:
        conn.close()
