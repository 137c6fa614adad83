"""Cross-article linking inside the extract job: the entry points the store's writer calls.

Owns the linker of each article table for the length of a run (rebuilt from
the database when the run starts or after a rolled-back batch, checked by a
generation counter), the reading of a batch's rows, and the choice between
linking a batch incrementally and relinking a table (after an article changed
or was removed: groups only merge, so those need a rebuild). The rows it
writes are link_rows.py's; the decisions the corpus package's. See
/work/notes/linking-api.md for where the writer calls it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from ..corpus.claim_subjects import Subject, subject_of
from ..corpus.linker import Linker, PreparedArticle
from ..corpus.story_features import proper_names
from .link_rows import LinkWriter
from .link_schema import (
    ARTICLES, CLAIM_GROUPS, FIGURES, LINK_FEATURES, LINK_STATE, PEOPLE, QUOTE_GROUPS, QUOTES, STORIES,
    ensure_linking_schema,
)

from .source import key_expression, quote_identifier
from .tables import SOURCES

__all__ = ["ensure_linking_schema", "link_batch", "finish_linking"]

_QUOTE_FIELDS = ("id", "article_id", "start", "end", "text", "speaker", "speaker_mention", "quote_group_id")
_FIGURE_FIELDS = ("id", "article_id", "start", "end", "text", "value", "kind", "unit", "speaker")
_linkers: dict[tuple[str, str], tuple[int, Linker]] = {}


def link_batch(db: sqlite_utils.Database, article_table: str, article_ids: Iterable[Any]) -> dict[str, int]:
    """Link the articles just written to the earlier ones of ``article_table``.

    Call inside the batch's transaction, after its inserts. Every article of
    the table not linked yet is linked (so a database extracted before linking
    existed catches up); one of ``article_ids`` that was linked before (its rows
    were replaced: it changed) makes the whole table relink.
    """
    ids = list(article_ids)
    with db.atomic():
        linker = _linker(db, article_table)
        changed = [a for a in ids if a in linker.by_key]
        if changed:  # groups only merge: relinked once, when the run finishes (finish_linking)
            _forget_features(db, article_table, changed)
            _set_relink_due(db, article_table)
        if _relink_due(db, article_table):
            return {"articles": 0, "stories": 0}
        pending = [r[0] for r in db.execute(
            f"SELECT article_id FROM [{ARTICLES}] WHERE article_table = ? AND link_seq IS NULL ORDER BY rowid",
            [article_table]).fetchall()]
        return _link(db, article_table, linker, pending) if pending else {"articles": 0, "stories": 0}


def finish_linking(db: sqlite_utils.Database, article_table: str, gone_ids: Iterable[Any] = ()) -> None:
    """At the end of a run (in its closing transaction): forget the articles
    whose rows were deleted, and relink ``article_table`` once if a changed or
    deleted article asked for it. A no-op when neither happened."""
    gone = list(gone_ids)
    with db.atomic():
        if gone:
            _forget_features(db, article_table, gone)
            _set_relink_due(db, article_table)
        if _relink_due(db, article_table):
            relink(db, article_table)


def _relink_due(db: sqlite_utils.Database, article_table: str) -> bool:
    row = db.execute(f"SELECT relink_due FROM [{LINK_STATE}] WHERE article_table = ?", [article_table]).fetchone()
    return bool(row and row[0])


def _set_relink_due(db: sqlite_utils.Database, article_table: str) -> None:
    db.execute(f"INSERT OR IGNORE INTO [{LINK_STATE}] (article_table, generation, articles) VALUES (?, 0, 0)",
               [article_table])
    db.execute(f"UPDATE [{LINK_STATE}] SET relink_due = 1 WHERE article_table = ?", [article_table])


def relink(db: sqlite_utils.Database, article_table: str) -> dict[str, int]:
    """Link every article of ``article_table`` again from its rows, in link order, new ones last."""
    with db.atomic():
        ensure_linking_schema(db)
        order = [r[0] for r in db.execute(
            f"SELECT article_id FROM [{ARTICLES}] WHERE article_table = ? ORDER BY link_seq IS NULL, link_seq, "
            f"rowid", [article_table]).fetchall()]
        _clear_links(db, article_table)
        linker = Linker()
        _linkers[_cache_key(db, article_table)] = (0, linker)
        result = {"articles": 0, "stories": 0}
        for start in range(0, len(order), 500):
            part = _link(db, article_table, linker, order[start : start + 500])
            result = {k: result[k] + part[k] for k in result}
    return result


def _link(db: sqlite_utils.Database, article_table: str, linker: Linker, ids: list[Any]) -> dict[str, int]:
    """Add ``ids`` (not linked yet) to ``linker`` and write what changed; on an error the linker is dropped
    (its transaction rolls back, so the next call rebuilds it from the database)."""
    try:
        return _link_unguarded(db, article_table, linker, ids)
    except BaseException:
        _linkers.pop(_cache_key(db, article_table), None)
        raise


def _link_unguarded(db: sqlite_utils.Database, article_table: str, linker: Linker, ids: list[Any]) -> dict[str, int]:
    prepared = _read_articles(db, article_table, ids, with_text=True)
    _store_features(db, article_table, prepared, first_seq=len(linker.articles))
    for log in (linker.people.sets.merges, linker.quote_groups.sets.merges, linker.stories.sets.merges):
        log.clear()
    changes = linker.add_prepared(prepared)
    new_quotes = [q for a in changes.articles for q in linker.articles[a].quotes]
    LinkWriter(db, article_table, linker).write(
        changes.stories, {linker.quote_groups.group(q) for q in new_quotes}, list(linker.people.sets.merges),
        [absorbed for absorbed, _ in linker.stories.sets.merges],
        [absorbed for absorbed, _ in linker.quote_groups.sets.merges],
    )
    _bump(db, article_table, linker)
    return {"articles": len(changes.articles), "stories": len(changes.stories)}


def _forget_features(db: sqlite_utils.Database, article_table: str, ids: list[Any]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        db.execute(f"DELETE FROM [{LINK_FEATURES}] WHERE article_table = ? AND article_id IN "
                   f"({', '.join('?' * len(chunk))})", [article_table, *chunk])


def _clear_links(db: sqlite_utils.Database, article_table: str) -> None:
    """Remove every link of ``article_table`` (rows and columns) before a relink."""
    for table in (PEOPLE, QUOTE_GROUPS, CLAIM_GROUPS, STORIES):
        db.execute(f"DELETE FROM [{table}] WHERE article_table = ?", [article_table])
    db.execute(f"UPDATE [{QUOTES}] SET person_id = NULL, quote_group_id = NULL, story_id = NULL, "
               f"corrected_speaker = NULL WHERE article_table = ?", [article_table])
    db.execute(f"UPDATE [{FIGURES}] SET claim_group_id = NULL, story_id = NULL WHERE article_table = ?",
               [article_table])
    db.execute(f"UPDATE [{ARTICLES}] SET link_seq = NULL, story_id = NULL WHERE article_table = ?", [article_table])
    db.execute(f"INSERT OR REPLACE INTO [{LINK_STATE}] (article_table, generation, articles) VALUES (?, 0, 0)",
               [article_table])


def _cache_key(db: sqlite_utils.Database, article_table: str) -> tuple[str, str]:
    path = db.execute("PRAGMA database_list").fetchone()[2] or f"memory:{id(db.conn)}"
    return path, article_table


def _generation(db: sqlite_utils.Database, article_table: str) -> int | None:
    row = db.execute(f"SELECT generation FROM [{LINK_STATE}] WHERE article_table = ?", [article_table]).fetchone()
    return row[0] if row else None


def _bump(db: sqlite_utils.Database, article_table: str, linker: Linker) -> None:
    generation = (_generation(db, article_table) or 0) + 1
    db.execute(f"INSERT OR REPLACE INTO [{LINK_STATE}] (article_table, generation, articles) VALUES (?, ?, ?)",
               [article_table, generation,
                                                                        len(linker.articles)])
    _linkers[_cache_key(db, article_table)] = (generation, linker)


def _linker(db: sqlite_utils.Database, article_table: str) -> Linker:
    """The table's linker: cached for the run, else rebuilt from the rows already linked."""
    ensure_linking_schema(db)
    generation = _generation(db, article_table)
    cached = _linkers.get(_cache_key(db, article_table))
    if cached is not None and generation is not None and cached[0] == generation:
        return cached[1]
    linker = Linker()
    linked = [r[0] for r in db.execute(
        f"SELECT article_id FROM [{ARTICLES}] WHERE article_table = ? AND link_seq IS NOT NULL ORDER BY link_seq",
        [article_table]).fetchall()]
    for start in range(0, len(linked), 2000):
        linker.add_prepared(_read_articles(db, article_table, linked[start : start + 2000], with_text=False))
    linker.text_loader = lambda aid: _article_text(db, article_table, linker.articles[aid].key)
    _linkers[_cache_key(db, article_table)] = (generation or 0, linker)
    return linker


def _subject_json(subject: Subject) -> list:
    return [subject.kind, subject.noun, subject.event, subject.name, subject.phrase, sorted(subject.context),
            subject.scale, subject.sex, subject.direction, subject.change]


def _subject_from_json(data: list) -> Subject:
    """The Subject ``_subject_json`` stored; rows stored before sex, direction and change were kept get defaults."""
    kind, noun, event, name, phrase, context, scale, *rest = data
    sex, direction, change = rest if rest else ("", 1.0, False)
    return Subject(kind, noun, event, name, phrase, frozenset(context), scale, sex, direction, change)


def _rows_by_article(db: sqlite_utils.Database, table: str, fields: tuple[str, ...], article_table: str,
                     ids: list[Any]) -> dict[Any, list[dict]]:
    out: dict[Any, list[dict]] = {}
    select = ", ".join(f'"{f}"' for f in fields)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in db.execute(f"SELECT {select} FROM [{table}] WHERE article_table = ? AND article_id IN "
                              f"({', '.join('?' * len(chunk))}) ORDER BY id", [article_table, *chunk]):
            item = dict(zip(fields, row))
            out.setdefault(item.pop("article_id"), []).append(item)
    return out


def _read_articles(db: sqlite_utils.Database, article_table: str, ids: list[Any], with_text: bool) -> list[PreparedArticle]:
    """The given articles as the linker takes them, in the order given (unknown ids left out)."""
    meta: dict[Any, tuple] = {}
    stored: dict[Any, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.execute(f"SELECT article_id, title, published, source, body, story_id FROM [{ARTICLES}] "
                              f"WHERE article_table = ? AND article_id IN ({marks})", [article_table, *chunk]):
            meta[row[0]] = row[1:]
        if not with_text:
            for row in db.execute(f"SELECT article_id, features, subjects FROM [{LINK_FEATURES}] "
                                  f"WHERE article_table = ? AND article_id IN ({marks})", [article_table, *chunk]):
                stored[row[0]] = row[1:]
    quotes = _rows_by_article(db, QUOTES, _QUOTE_FIELDS, article_table, ids)
    figures = _rows_by_article(db, FIGURES, _FIGURE_FIELDS, article_table, ids)
    texts = _article_texts(db, article_table, [a for a in ids if a in meta], meta) if with_text else {}
    out = []
    for aid in ids:
        if aid not in meta:
            continue
        title, published, source, _, story_id = meta[aid]
        article = {"id": aid, "title": title, "published": published, "source": source, "story_id": story_id}
        figs = figures.get(aid, [])
        if with_text:
            text = texts.get(aid, "")
            features, subjects = proper_names(text), [subject_of(f, text) for f in figs]
        else:
            features_json, subjects_json = stored.get(aid, ("{}", "[]"))
            features, subjects, text = json.loads(features_json), [_subject_from_json(s) for s in json.loads(subjects_json)], ""
        out.append(PreparedArticle(article, quotes.get(aid, []), figs, features, subjects, text,
                                   replay=not with_text))
    return out


def _article_texts(db: sqlite_utils.Database, article_table: str, ids: list[Any], meta: dict[Any, tuple]) -> dict[Any, str]:
    """The text the item offsets index: the stored body, else the article table's text cell."""
    from ..core import to_text

    texts = {a: meta[a][3] for a in ids if meta[a][3]}
    source = db.execute(f"SELECT pk_column, text_column FROM [{SOURCES}] WHERE article_table = ?",
                        [article_table]).fetchone()
    missing = [a for a in ids if a not in texts]
    if source is None or not missing or not db[article_table].exists():
        return texts
    key = key_expression(source[0])
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        for pk, text in db.execute(f"SELECT {key}, {quote_identifier(source[1])} FROM {quote_identifier(article_table)} "
                                   f"WHERE {key} IN ({', '.join('?' * len(chunk))})", chunk):
            texts[pk] = to_text(text)
    return texts


def _article_text(db: sqlite_utils.Database, article_table: str, article_id: Any) -> str:
    row = db.execute(f"SELECT title, published, source, body, story_id FROM [{ARTICLES}] WHERE article_table = ? "
                     f"AND article_id = ?", [article_table, article_id]).fetchone()
    return _article_texts(db, article_table, [article_id], {article_id: row}).get(article_id, "") if row else ""


def _store_features(db: sqlite_utils.Database, article_table: str, prepared: list[PreparedArticle],
                    first_seq: int) -> None:
    """Keep each article's features and figure subjects (a rebuild then needs no text) and its link order."""
    db.conn.executemany(f"INSERT OR REPLACE INTO [{LINK_FEATURES}] VALUES (?, ?, ?, ?)", [
        (article_table, p.article["id"], json.dumps(p.features), json.dumps([_subject_json(s) for s in p.subjects]))
        for p in prepared])
    db.conn.executemany(f"UPDATE [{ARTICLES}] SET link_seq = ? WHERE article_table = ? AND article_id = ?",
                        [(first_seq + i, article_table, p.article["id"]) for i, p in enumerate(prepared)])
