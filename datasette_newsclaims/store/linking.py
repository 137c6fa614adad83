"""Cross-article linking inside the extract job: the entry points the store's writer calls.

Owns the linker of each article table for the length of a run (rebuilt from
the database when the run starts or after a rolled-back batch, checked by a
generation counter), the reading of a batch's rows, and the choice between
linking a batch incrementally and the run's closing relink (after an article
changed or was removed: groups only merge, so the links it took part in are
recomputed; which those are is link_dirty.py's). The rows it writes are
link_rows.py's; the decisions the corpus package's.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from ..corpus.linker import PreparedArticle
from . import link_dirty
from .link_features import LinkFeatures, link_features, subject_from_json, subject_json
from .link_rows import LinkWriter, StoredLinker
from .link_schema import ARTICLES, FIGURES, LINK_FEATURES, LINK_STATE, QUOTES, ensure_linking_schema
from .source import key_expression, quote_identifier
from .writer import write_transaction
from .tables import SOURCES

__all__ = ["ensure_linking_schema", "link_batch", "keep_link_features", "note_unlinked", "finish_linking",
           "linking_due", "link_table", "relink"]

_QUOTE_FIELDS = ("id", "article_id", "start", "end", "text", "speaker", "speaker_mention", "quote_group_id")
_FIGURE_FIELDS = ("id", "article_id", "start", "end", "text", "value", "kind", "unit", "speaker")
_linkers: dict[tuple[str, str], tuple[int, StoredLinker]] = {}
_NOTHING = {"articles": 0, "stories": 0}


def note_unlinked(db: sqlite_utils.Database, article_table: str, ids: Iterable[Any]) -> None:
    """Call just before the rows of ``ids`` are replaced (they changed) or deleted (they are
    gone), in the same transaction: the links they took part in are recomputed, once, when
    the run finishes (groups only merge, so those links may have to split)."""
    ensure_linking_schema(db)
    if link_dirty.note_unlinked(db, article_table, ids):
        _linkers.pop(_cache_key(db, article_table), None)  # it holds the old links


def link_batch(db: sqlite_utils.Database, article_table: str, article_ids: Iterable[Any],
               features: dict[Any, LinkFeatures] | None = None) -> dict[str, int]:
    """Link the articles just written to the earlier ones of ``article_table``.

    Call inside the batch's transaction, after its inserts. Every article of
    the table not linked yet is linked (so a database extracted before linking
    existed catches up), unless a changed or removed article asked for the
    closing relink (:func:`note_unlinked`): they are linked then, in one go.
    ``features``: what the workers read from the batch's texts (else read here).
    """
    del article_ids  # what is not linked yet is read from the database
    with db.atomic():
        ensure_linking_schema(db)
        if _relink_due(db, article_table):
            _keep_features(db, article_table, features or {})  # for the closing relink
            return dict(_NOTHING)
        pending = _unlinked(db, article_table)
        if not pending:
            return dict(_NOTHING)
        return _link(db, article_table, _linker(db, article_table), pending, given=features)


def keep_link_features(db: sqlite_utils.Database, article_table: str, article_ids: Iterable[Any],
                       features: dict[Any, LinkFeatures] | None = None) -> None:
    """In a run that does not link: keep what the workers read for linking, so the
    run that links these articles later needs no text."""
    del article_ids
    ensure_linking_schema(db)
    _keep_features(db, article_table, features or {})


def link_table(db: sqlite_utils.Database, article_table: str) -> dict[str, int]:
    """Link what ``article_table`` has left to link (``newsclaims link``), in one transaction."""
    with write_transaction(db):
        ensure_linking_schema(db)
        linked_before = _linked_count(db, article_table)
        finish_linking(db, article_table)
        return {"articles": _linked_count(db, article_table) - linked_before,
                "unlinked": len(_unlinked(db, article_table))}


def _linked_count(db: sqlite_utils.Database, article_table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{ARTICLES}] WHERE article_table = ? AND link_seq IS NOT NULL",
                      [article_table]).fetchone()[0]


def finish_linking(db: sqlite_utils.Database, article_table: str) -> None:
    """At the end of a run (in its closing transaction): relink what changed or removed
    articles were linked to, if any were, and link any article not linked yet. A no-op otherwise."""
    with db.atomic():
        ensure_linking_schema(db)
        if _relink_due(db, article_table):
            relink(db, article_table)
        elif pending := _unlinked(db, article_table):
            _link(db, article_table, _linker(db, article_table), pending)


def linking_due(db: sqlite_utils.Database, article_table: str) -> bool:
    """Whether the table has links to finish: a relink asked for, or articles not linked yet
    (a run was interrupted between writing a batch and linking it)."""
    if not db[LINK_STATE].exists():
        return False
    return _relink_due(db, article_table) or db.execute(
        f"SELECT 1 FROM [{ARTICLES}] WHERE article_table = ? AND link_seq IS NULL LIMIT 1", [article_table]
    ).fetchone() is not None


def _relink_due(db: sqlite_utils.Database, article_table: str) -> bool:
    row = db.execute(f"SELECT relink_due FROM [{LINK_STATE}] WHERE article_table = ?", [article_table]).fetchone()
    return bool(row and row[0])


def _unlinked(db: sqlite_utils.Database, article_table: str) -> list[Any]:
    return [r[0] for r in db.execute(
        f"SELECT article_id FROM [{ARTICLES}] WHERE article_table = ? AND link_seq IS NULL ORDER BY rowid",
        [article_table]).fetchall()]


def relink(db: sqlite_utils.Database, article_table: str) -> dict[str, int]:
    """Link again what the recorded changes touched (every article, when nothing was recorded).

    The articles linked through a changed or removed article's story or quote
    groups lose their links and are linked again after every other article
    (replayed from its stored links), in their old order, new ones last.
    """
    with db.atomic():
        ensure_linking_schema(db)
        dirty = link_dirty.collect(db, article_table)
        again = link_dirty.clear(db, article_table, dirty)
        _linkers.pop(_cache_key(db, article_table), None)
        linker = _linker(db, article_table)
        stale = [] if dirty.everything else link_dirty.quotes_of_people(db, article_table, dirty.people)
        seen = set(again)
        pending = again + [a for a in _unlinked(db, article_table) if a not in seen]
        if not pending:
            return dict(_NOTHING)
        return _link(db, article_table, linker, pending, stale_quotes=stale, stale_people=dirty.people)


def _link(db: sqlite_utils.Database, article_table: str, linker: StoredLinker, ids: list[Any],
          stale_quotes: list[int] = (), stale_people: Iterable[int] = (),
          given: dict[Any, LinkFeatures] | None = None) -> dict[str, int]:
    """Add ``ids`` (not linked yet) to ``linker`` and write what changed; on an error the linker is dropped
    (its transaction rolls back, so the next call rebuilds it from the database)."""
    try:
        return _link_unguarded(db, article_table, linker, ids, stale_quotes, stale_people, given)
    except BaseException:
        _linkers.pop(_cache_key(db, article_table), None)
        raise


def _link_unguarded(db: sqlite_utils.Database, article_table: str, linker: StoredLinker, ids: list[Any],
                    stale_quotes: list[int], stale_people: Iterable[int],
                    given: dict[Any, LinkFeatures] | None) -> dict[str, int]:
    prepared = _read_articles(db, article_table, ids, replay=False, given=given)
    _store_features(db, article_table, prepared, linker)
    for log in (linker.people.sets.merges, linker.quote_groups.sets.merges, linker.stories.sets.merges):
        log.clear()
    changes = linker.add_prepared(prepared)
    new_quotes = [q for a in changes.articles for q in linker.articles[a].quotes]
    writer = LinkWriter(db, article_table, linker)
    writer.rewrite_quotes(linker.quote_indexes(list(stale_quotes)), stale_people)
    writer.write(
        changes.stories, {linker.quote_groups.group(q) for q in new_quotes}, list(linker.people.sets.merges),
        [absorbed for absorbed, _ in linker.stories.sets.merges],
        [absorbed for absorbed, _ in linker.quote_groups.sets.merges],
    )
    _bump(db, article_table, linker)
    return {"articles": len(changes.articles), "stories": len(changes.stories)}


def _cache_key(db: sqlite_utils.Database, article_table: str) -> tuple[str, str]:
    path = db.execute("PRAGMA database_list").fetchone()[2] or f"memory:{id(db.conn)}"
    return path, article_table


def _generation(db: sqlite_utils.Database, article_table: str) -> int | None:
    row = db.execute(f"SELECT generation FROM [{LINK_STATE}] WHERE article_table = ?", [article_table]).fetchone()
    return row[0] if row else None


def _bump(db: sqlite_utils.Database, article_table: str, linker: StoredLinker) -> None:
    generation = (_generation(db, article_table) or 0) + 1
    db.execute(f"INSERT OR IGNORE INTO [{LINK_STATE}] (article_table, generation, articles) VALUES (?, 0, 0)",
               [article_table])
    db.execute(f"UPDATE [{LINK_STATE}] SET generation = ?, articles = ? WHERE article_table = ?",
               [generation, len(linker.articles), article_table])
    _linkers[_cache_key(db, article_table)] = (generation, linker)


def _linker(db: sqlite_utils.Database, article_table: str) -> StoredLinker:
    """The table's linker: cached for the run, else rebuilt from the rows already linked
    (replayed from their stored links and features: no matching, no text)."""
    ensure_linking_schema(db)
    generation = _generation(db, article_table)
    cached = _linkers.get(_cache_key(db, article_table))
    if cached is not None and generation is not None and cached[0] == generation:
        linker = cached[1]
        linker.text_loader = lambda aid: _article_text(db, article_table, linker.articles[aid].key)  # this run's db
        return linker
    linker = StoredLinker()
    linked = db.execute(
        f"SELECT article_id, link_seq FROM [{ARTICLES}] WHERE article_table = ? AND link_seq IS NOT NULL "
        f"ORDER BY link_seq", [article_table]).fetchall()
    for start in range(0, len(linked), 2000):
        part = linked[start : start + 2000]
        prepared = _read_articles(db, article_table, [a for a, _ in part], replay=True)
        seq_of = dict(part)
        linker.seqs.extend(seq_of[p.article["id"]] for p in prepared)
        linker.add_prepared(prepared)
    linker.text_loader = lambda aid: _article_text(db, article_table, linker.articles[aid].key)
    _linkers[_cache_key(db, article_table)] = (generation or 0, linker)
    return linker


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


def _read_articles(db: sqlite_utils.Database, article_table: str, ids: list[Any], replay: bool,
                   given: dict[Any, LinkFeatures] | None = None) -> list[PreparedArticle]:
    """The given articles as the linker takes them, in the order given (unknown ids left out): their
    stored features where kept, else those ``given`` (computed by the worker that analyzed them),
    else read from their text. ``replay``: rebuilding from stored links."""
    given = given or {}
    meta: dict[Any, tuple] = {}
    stored: dict[Any, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.execute(f"SELECT article_id, title, published, source, body, story_id FROM [{ARTICLES}] "
                              f"WHERE article_table = ? AND article_id IN ({marks})", [article_table, *chunk]):
            meta[row[0]] = row[1:]
        for row in db.execute(f"SELECT article_id, features, subjects FROM [{LINK_FEATURES}] "
                              f"WHERE article_table = ? AND article_id IN ({marks})", [article_table, *chunk]):
            stored[row[0]] = row[1:]
    quotes = _rows_by_article(db, QUOTES, _QUOTE_FIELDS, article_table, ids)
    figures = _rows_by_article(db, FIGURES, _FIGURE_FIELDS, article_table, ids)
    texts = _article_texts(db, article_table, [a for a in ids if a in meta and a not in stored and a not in given],
                           meta)
    out = []
    for aid in ids:
        if aid not in meta:
            continue
        title, published, source, _, story_id = meta[aid]
        article = {"id": aid, "title": title, "published": published, "source": source, "story_id": story_id}
        figs = figures.get(aid, [])
        if aid in stored:
            features_json, subjects_json = stored[aid]
            features, text = json.loads(features_json), ""
            subjects = [subject_from_json(s) for s in json.loads(subjects_json)]
        elif aid in given:
            features, subjects, text = given[aid].features, given[aid].subjects, ""
        else:
            text = texts.get(aid, "")
            found = link_features(text, figs)
            features, subjects = found.features, found.subjects
        out.append(PreparedArticle(article, quotes.get(aid, []), figs, features, subjects, text, replay=replay))
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


def _keep_features(db: sqlite_utils.Database, article_table: str, given: dict[Any, LinkFeatures]) -> None:
    db.conn.executemany(f"INSERT OR REPLACE INTO [{LINK_FEATURES}] VALUES (?, ?, ?, ?)", [
        (article_table, aid, json.dumps(f.features), json.dumps([subject_json(s) for s in f.subjects]))
        for aid, f in given.items()])


def _store_features(db: sqlite_utils.Database, article_table: str, prepared: list[PreparedArticle],
                    linker: StoredLinker) -> None:
    """Keep each article's features and figure subjects (a rebuild then needs no text) and give it
    the next link order numbers (recorded in ``linker.seqs`` for the articles it is about to add)."""
    first_seq = linker.next_seq
    linker.seqs.extend(range(first_seq, first_seq + len(prepared)))
    _keep_features(db, article_table, {p.article["id"]: LinkFeatures(p.features, p.subjects) for p in prepared})
    db.conn.executemany(f"UPDATE [{ARTICLES}] SET link_seq = ? WHERE article_table = ? AND article_id = ?",
                        [(first_seq + i, article_table, p.article["id"]) for i, p in enumerate(prepared)])
