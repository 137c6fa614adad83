"""What the closing relink of a run must recompute: the links changed or removed articles took part in.

Owns the rows of ``_newsclaims_link_dirty``: written just before a linked
article's rows are replaced or deleted, they keep what the article was linked
to (its story, the quote groups, people and claims of its items). At the end
of the run :func:`collect` closes them over stories and quote groups (every
article linked through one of them is linked again) and :func:`clear` removes
those links; the rest of the table keeps its links, since groups only ever
merge and so only these can split. Linking itself is linking.py's.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from .link_schema import (
    ARTICLES, CLAIM_GROUPS, FIGURES, LINK_DIRTY, LINK_FEATURES, LINK_STATE, PEOPLE, QUOTE_GROUPS, QUOTES, STORIES,
)

__all__ = ["DirtyLinks", "note_unlinked", "collect", "clear", "quotes_of_people"]

_CHUNK = 500


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    values = list(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _marks(chunk: list[Any]) -> str:
    return ", ".join("?" * len(chunk))


@dataclass
class DirtyLinks:
    """The links to compute again: every set is of database ids."""

    articles: set[Any] = field(default_factory=set)  # articles linked through a dirty story or quote group
    stories: set[int] = field(default_factory=set)
    groups: set[int] = field(default_factory=set)
    people: set[int] = field(default_factory=set)
    claims: set[int] = field(default_factory=set)
    everything: bool = False  # no record of what was linked (a database from before this table): relink all


def _links_of(db: sqlite_utils.Database, article_table: str, ids: list[Any]) -> DirtyLinks:
    """The stories, quote groups, people and claims the given articles' rows are linked to now."""
    found = DirtyLinks(articles=set(ids))
    queries = ((ARTICLES, "story_id", found.stories), (QUOTES, "quote_group_id", found.groups),
               (QUOTES, "person_id", found.people), (FIGURES, "claim_group_id", found.claims))
    for chunk in _chunks(ids):
        for table, column, into in queries:
            into.update(r[0] for r in db.execute(
                f"SELECT DISTINCT {column} FROM [{table}] WHERE article_table = ? AND article_id IN ({_marks(chunk)}) "
                f"AND {column} IS NOT NULL", [article_table, *chunk]))
    return found


def note_unlinked(db: sqlite_utils.Database, article_table: str, ids: Iterable[Any]) -> bool:
    """Before the rows of ``ids`` are replaced or deleted: record what the linked ones
    among them were linked to, and forget their stored link features.

    :return: whether any of them was linked (the run then ends with a relink)
    """
    linked: list[Any] = []
    for chunk in _chunks(ids):
        linked.extend(r[0] for r in db.execute(
            f"SELECT article_id FROM [{ARTICLES}] WHERE article_table = ? AND link_seq IS NOT NULL "
            f"AND article_id IN ({_marks(chunk)})", [article_table, *chunk]))
    if not linked:
        return False
    links = _links_of(db, article_table, linked)
    seeds = [("article", a) for a in links.articles] + [("story", s) for s in links.stories] + [
        ("group", g) for g in links.groups] + [("person", p) for p in links.people] + [
        ("claim", c) for c in links.claims]
    db.conn.executemany(f"INSERT OR IGNORE INTO [{LINK_DIRTY}] (article_table, kind, value) VALUES (?, ?, ?)",
                        [(article_table, kind, value) for kind, value in seeds])
    for chunk in _chunks(linked):
        db.execute(f"DELETE FROM [{LINK_FEATURES}] WHERE article_table = ? AND article_id IN ({_marks(chunk)})",
                   [article_table, *chunk])
    db.execute(f"INSERT OR IGNORE INTO [{LINK_STATE}] (article_table, generation, articles) VALUES (?, 0, 0)",
               [article_table])
    db.execute(f"UPDATE [{LINK_STATE}] SET relink_due = 1 WHERE article_table = ?", [article_table])
    return True


def _seeds(db: sqlite_utils.Database, article_table: str) -> DirtyLinks:
    seeds = DirtyLinks()
    into = {"article": seeds.articles, "story": seeds.stories, "group": seeds.groups, "person": seeds.people,
            "claim": seeds.claims}
    for kind, value in db.execute(f"SELECT kind, value FROM [{LINK_DIRTY}] WHERE article_table = ?",
                                  [article_table]):
        into[kind].add(value)
    seeds.everything = not seeds.articles
    return seeds


def _members(db: sqlite_utils.Database, article_table: str, stories: set[int], groups: set[int]) -> set[Any]:
    """The articles of these stories and those printing a quote of these groups."""
    out: set[Any] = set()
    for chunk in _chunks(stories):
        out.update(r[0] for r in db.execute(
            f"SELECT article_id FROM [{ARTICLES}] WHERE article_table = ? AND story_id IN ({_marks(chunk)})",
            [article_table, *chunk]))
    for chunk in _chunks(groups):
        out.update(r[0] for r in db.execute(
            f"SELECT DISTINCT article_id FROM [{QUOTES}] WHERE quote_group_id IN ({_marks(chunk)}) "
            f"AND article_table = ?", [*chunk, article_table]))
    return out


def collect(db: sqlite_utils.Database, article_table: str) -> DirtyLinks:
    """The recorded seeds, closed over stories and quote groups: every article reached
    through a dirty story or group is dirty, and so are its own story, groups, people and claims."""
    dirty = _seeds(db, article_table)
    if dirty.everything:
        return dirty
    stories, groups = set(dirty.stories), set(dirty.groups)
    while stories or groups:
        reached = _members(db, article_table, stories, groups) - dirty.articles
        links = _links_of(db, article_table, list(reached))
        dirty.articles |= reached
        stories, groups = links.stories - dirty.stories, links.groups - dirty.groups
        dirty.stories |= links.stories
        dirty.groups |= links.groups
        dirty.people |= links.people
        dirty.claims |= links.claims
    return dirty


def _delete_ids(db: sqlite_utils.Database, table: str, article_table: str, ids: set[int], column: str = "id") -> None:
    for chunk in _chunks(sorted(ids)):
        db.execute(f"DELETE FROM [{table}] WHERE article_table = ? AND {column} IN ({_marks(chunk)})",
                   [article_table, *chunk])


def clear(db: sqlite_utils.Database, article_table: str, dirty: DirtyLinks) -> list[Any]:
    """Remove the dirty links (all links of the table when ``dirty.everything``) and the seeds.

    :return: the dirty articles still linked before, in their old link order (to be linked again first)
    """
    where, args = "article_table = ?", [article_table]
    if dirty.everything:
        order = [r[0] for r in db.execute(
            f"SELECT article_id FROM [{ARTICLES}] WHERE {where} AND link_seq IS NOT NULL ORDER BY link_seq", args)]
        for table in (PEOPLE, QUOTE_GROUPS, CLAIM_GROUPS, STORIES):
            db.execute(f"DELETE FROM [{table}] WHERE {where}", args)
        _unlink(db, article_table, None)
    else:
        order = []
        for chunk in _chunks(dirty.articles):
            order.extend(db.execute(
                f"SELECT link_seq, article_id FROM [{ARTICLES}] WHERE {where} AND link_seq IS NOT NULL "
                f"AND article_id IN ({_marks(chunk)})", [*args, *chunk]).fetchall())
        order = [a for _, a in sorted(order)]
        _delete_ids(db, STORIES, article_table, dirty.stories)
        _delete_ids(db, CLAIM_GROUPS, article_table, dirty.claims)
        _delete_ids(db, CLAIM_GROUPS, article_table, dirty.stories, column="story_id")
        _delete_ids(db, QUOTE_GROUPS, article_table, dirty.groups)
        _unlink(db, article_table, dirty.articles)
    db.execute(f"DELETE FROM [{LINK_DIRTY}] WHERE {where}", args)
    db.execute(f"UPDATE [{LINK_STATE}] SET relink_due = 0 WHERE {where}", args)
    return order


def _unlink(db: sqlite_utils.Database, article_table: str, ids: set[Any] | None) -> None:
    """Empty the link columns of these articles' rows (None: of every article of the table)."""
    updates = ((QUOTES, "person_id = NULL, quote_group_id = NULL, story_id = NULL, corrected_speaker = NULL"),
               (FIGURES, "claim_group_id = NULL, story_id = NULL"), (ARTICLES, "link_seq = NULL, story_id = NULL"))
    for table, assignments in updates:
        if ids is None:
            db.execute(f"UPDATE [{table}] SET {assignments} WHERE article_table = ?", [article_table])
            continue
        for chunk in _chunks(ids):
            db.execute(f"UPDATE [{table}] SET {assignments} WHERE article_table = ? AND article_id IN "
                       f"({_marks(chunk)})", [article_table, *chunk])


def quotes_of_people(db: sqlite_utils.Database, article_table: str, people: set[int]) -> list[int]:
    """The row ids of the quotes still credited to these person ids (outside the dirty articles)."""
    out: list[int] = []
    for chunk in _chunks(sorted(people)):
        out.extend(r[0] for r in db.execute(
            f"SELECT id FROM [{QUOTES}] WHERE person_id IN ({_marks(chunk)}) AND article_table = ?",
            [*chunk, article_table]))
    return out
