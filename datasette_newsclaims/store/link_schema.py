"""The tables and columns that cross-article linking (issue 10) adds to a database.

Owns their DDL, as its own ``sqlite_utils.Migrations`` set (so the item
tables' migrations in store/ stay untouched); the writes are link_rows.py's.
"""
from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .tables import ARTICLES, FIGURES, QUOTES
from .writer import write_transaction

PEOPLE = "newsclaims_people"
QUOTE_GROUPS = "newsclaims_quote_groups"
CLAIM_GROUPS = "newsclaims_claim_groups"
STORIES = "newsclaims_stories"
LINK_STATE = "_newsclaims_link_state"
LINK_FEATURES = "_newsclaims_link_features"
LINK_DIRTY = "_newsclaims_link_dirty"
LINK_TABLES = (PEOPLE, QUOTE_GROUPS, CLAIM_GROUPS, STORIES)

linking_migrations = Migrations("datasette-newsclaims-linking")


@linking_migrations()
def m001_linking(db: sqlite_utils.Database) -> None:
    """Group tables, link columns on the item and article rows, their indexes."""
    db.execute(f"""CREATE TABLE [{PEOPLE}] (
    id INTEGER PRIMARY KEY, article_table TEXT NOT NULL, name TEXT, aliases TEXT, quotes INTEGER,
    articles INTEGER, outlets TEXT, first_seen TEXT, last_seen TEXT)""")
    db.execute(f"""CREATE TABLE [{QUOTE_GROUPS}] (
    id INTEGER PRIMARY KEY, article_table TEXT NOT NULL, text TEXT, speakers TEXT, persons TEXT,
    speakers_disagree INTEGER NOT NULL, quotes INTEGER, articles INTEGER, article_ids TEXT, outlets TEXT,
    first_article_id, first_published TEXT)""")
    db.execute(f"""CREATE TABLE [{CLAIM_GROUPS}] (
    id INTEGER PRIMARY KEY, article_table TEXT NOT NULL, story_id INTEGER, kind TEXT, unit TEXT, event TEXT,
    subject TEXT, cited TEXT, min REAL, max REAL, values_disagree INTEGER NOT NULL, articles INTEGER,
    first_article_id, first_published TEXT)""")
    db.execute(f"""CREATE TABLE [{STORIES}] (
    id INTEGER NOT NULL, article_table TEXT NOT NULL, title TEXT, articles INTEGER, article_ids TEXT,
    first_published TEXT, last_published TEXT, PRIMARY KEY (article_table, id))""")
    db.execute(f"""CREATE TABLE [{LINK_STATE}] (
    article_table TEXT PRIMARY KEY, generation INTEGER NOT NULL, articles INTEGER NOT NULL)""")
    db.execute(f"""CREATE TABLE [{LINK_FEATURES}] (
    article_table TEXT NOT NULL, article_id NOT NULL, features TEXT NOT NULL, subjects TEXT NOT NULL,
    PRIMARY KEY (article_table, article_id))""")
    for column in ("person_id", "quote_group_id", "story_id"):
        db[QUOTES].add_column(column, int)
    db[QUOTES].add_column("corrected_speaker", str)  # the speaker the corpus credits instead, as the article spells it
    for column in ("claim_group_id", "story_id"):
        db[FIGURES].add_column(column, int)
    for column in ("story_id", "link_seq"):
        db[ARTICLES].add_column(column, int)
    for table, columns in ((QUOTES, ["person_id"]), (QUOTES, ["quote_group_id"]), (QUOTES, ["story_id"]),
                           (FIGURES, ["claim_group_id"]), (FIGURES, ["story_id"]),
                           (ARTICLES, ["article_table", "story_id"]), (ARTICLES, ["article_table", "link_seq"]),
                           (QUOTE_GROUPS, ["article_table", "speakers_disagree"]),
                           (CLAIM_GROUPS, ["article_table", "values_disagree"]),
                           (CLAIM_GROUPS, ["article_table", "story_id"]), (PEOPLE, ["article_table", "quotes"])):
        db[table].create_index(columns, if_not_exists=True)


@linking_migrations()
def m002_deferred_relink(db: sqlite_utils.Database) -> None:
    """A flag per article table: a changed or removed article asks for one relink at the end of the run."""
    db[LINK_STATE].add_column("relink_due", int, not_null_default=0)


@linking_migrations()
def m003_dirty_links(db: sqlite_utils.Database) -> None:
    """What a changed or removed article was linked to (its story, quote groups, people, claims):
    the part of the links the run's closing relink recomputes."""
    db.execute(f"""CREATE TABLE [{LINK_DIRTY}] (
    article_table TEXT NOT NULL, kind TEXT NOT NULL, value NOT NULL, PRIMARY KEY (article_table, kind, value))""")


def ensure_linking_schema(db: sqlite_utils.Database) -> None:
    """Apply the linking migrations; the item tables must exist already. Writes
    nothing when up to date; otherwise takes the write lock first (as ensure_schema)."""
    if not linking_migrations.pending(db):
        return
    if db.conn.in_transaction:
        linking_migrations.apply(db)
        return
    with write_transaction(db):
        linking_migrations.apply(db)
