"""One extract run over one article table, step by step: :func:`begin_run`,
then per page :func:`pending_articles`, (analysis elsewhere),
:func:`count_outcomes` and :func:`write_outcomes`, and :func:`finish_run`.

The CLI job (:mod:`.extraction`) and the datasette-enrichments enrichment
both drive a run through these steps, so they write the same tables the same
way. Owns: the run's options check, its statistics, when bookkeeping is
written. Must not touch: SQL of the newsclaims tables (that is
:mod:`.writer`), how the analysis is spread over workers.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from .analysis import ArticleOutcome, PendingArticle
from .foreign_keys import sync_article_keys
from .hashing import content_hash, extractor_fingerprint
from .linking import ensure_linking_schema, finish_linking, keep_link_features, link_batch, linking_due, note_unlinked
from .migrations import ensure_schema
from .source import (
    ExtractError,
    decode_text_cell,
    hashed_text,
    key_expression,
    optional_text,
    quote_identifier,
    text_cell_expressions,
    validate,
)
from .summaries import SUMMARY_TABLES, ensure_page_indexes, refresh_summaries
from .tables import ARTICLES, ITEM_KINDS, SOURCES
from .writer import analyze_statistics, finish_source, now, record_source, write_batch, write_transaction


@dataclass(frozen=True)
class SourceOptions:
    """Which table and columns a run extracts from, and how."""

    table: str
    text_column: str
    published_column: str | None = None
    title_column: str | None = None
    email: bool = False

    def expressions(self) -> list[str]:
        """The SQL read per article after its key: the text's type and bytes,
        then published and title as bytes (NULL when absent): a row is hashed
        from its bytes and decoded only when it changed."""
        optional = [f"CAST({quote_identifier(c)} AS BLOB)" if c else "NULL" for c in (self.published_column, self.title_column)]
        return [*text_cell_expressions(self.text_column), *optional]


@dataclass
class Run:
    """One extract run over one article table, as :func:`begin_run` set it up."""

    options: SourceOptions
    key: str
    total: int
    known: dict[Any, str]
    fingerprint: str
    stats: dict[str, Any]
    previous: dict[str, Any] | None = None
    started: float = field(default_factory=time.perf_counter)
    #: articles whose rows this run wrote, for the pages' summary tables
    changed: list[Any] = field(default_factory=list)
    #: link across articles as it goes (else leave it to a later run or ``newsclaims link``)
    link: bool = True


def new_stats(table: str) -> dict[str, Any]:
    """The counters of a run, all zero: ``articles`` read, of which
    ``extracted``, ``unchanged`` or ``skipped`` (by reason: null, binary,
    non_text, error); ``removed`` (articles gone from the table); ``coerced``
    (binary text read as UTF-8, also extracted); items written per kind;
    ``unparsed_published``; ``errors`` (messages)."""
    return {
        "table": table, "articles": 0, "extracted": 0, "unchanged": 0, "removed": 0,
        "skipped": {}, "coerced": {}, "quotes": 0, "events": 0, "figures": 0, "unparsed_published": 0,
        "errors": [],
    }


def _count(bucket: dict[str, int], reason: str) -> None:
    bucket[reason] = bucket.get(reason, 0) + 1


def _shown(value: Any) -> str:
    return repr(value) if value else "left off"


def changed_options(previous: dict[str, Any] | None, options: SourceOptions) -> list[str]:
    """How ``options`` differ from those of the last run recorded in ``_newsclaims_sources``."""
    if previous is None:
        return []
    changes = [
        f"{flag} {_shown(previous.get(column))} last time, {_shown(value)} now"
        for flag, column, value in (
            ("--text", "text_column", options.text_column),
            ("--published", "published_column", options.published_column),
            ("--title", "title_column", options.title_column),
        )
        if (previous.get(column) or None) != (value or None)
    ]
    if bool(previous.get("email")) != options.email:
        changes.append(f"--email {'on' if previous.get('email') else 'off'} last time, {'on' if options.email else 'off'} now")
    return changes


def known_hashes(db: sqlite_utils.Database, table: str, ids: list[Any] | None = None) -> dict[Any, str]:
    """Stored content hashes of these articles of ``table`` (all of them for None), by article id."""
    sql = f"SELECT article_id, hash FROM {quote_identifier(ARTICLES)} WHERE article_table = ?"
    if ids is None:
        return dict(db.execute(sql, [table]).fetchall())
    known: dict[Any, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        known.update(db.execute(f"{sql} AND article_id IN ({marks})", [table, *chunk]).fetchall())
    return known


def begin_run(db: sqlite_utils.Database, options: SourceOptions, force: bool = False) -> Run:
    """Validate the source, create or upgrade the schema, check and record the run's options.

    :param force: run even when the options differ from the last run's
        (which re-extracts every article with the new ones)
    :raises ExtractError: on bad input or changed options, before anything is written
    """
    info = validate(db, options.table, options.text_column, options.published_column, options.title_column)
    ensure_schema(db)
    ensure_linking_schema(db)
    previous = next(db[SOURCES].rows_where("article_table = ?", [options.table]), None)
    changes = changed_options(previous, options)
    if changes and not force:
        raise ExtractError(
            f"{options.table!r} was last extracted with other options: {'; '.join(changes)}. "
            "Repeat the options of the last run, or pass --force to re-extract every article with these."
        )
    known = known_hashes(db, options.table)
    run = Run(options, info["key"], info["total"], known, extractor_fingerprint(), new_stats(options.table), previous)
    source = {
        "article_table": options.table, "pk_column": run.key, "text_column": options.text_column,
        "published_column": options.published_column, "title_column": options.title_column,
        "email": int(options.email), "extractor_version": run.fingerprint,
    }
    if previous is None or any(previous.get(k) != v for k, v in source.items()):
        record_source(db, {**source, "articles": run.total, "extracted_at": now()})
        with write_transaction(db):
            sync_article_keys(db)
    return run


def read_articles(db: sqlite_utils.Database, run: Run, ids: list[Any]) -> list[tuple]:
    """The rows of these articles, as :func:`pending_articles` takes them (for
    a run that is handed article keys, such as an enrichment)."""
    keycol = key_expression(run.key)
    marks = ", ".join("?" for _ in ids)
    select = ", ".join([keycol, *run.options.expressions()])
    return db.execute(
        f"SELECT {select} FROM {quote_identifier(run.options.table)} WHERE {keycol} IN ({marks}) ORDER BY {keycol}",
        list(ids),
    ).fetchall()


def pending_articles(run: Run, page: list[tuple]) -> list[PendingArticle]:
    """The articles of a page whose hash changed; counts the others as unchanged.

    :param page: rows ``(key, text type, text bytes, published, title)``, as
        :func:`.source.read_batches` reads ``run.options.expressions()``
    """
    stats, options, pending = run.stats, run.options, []
    for article_id, kind, raw_text, raw_published, raw_title in page:
        stats["articles"] += 1
        digest = content_hash(hashed_text(kind, raw_text), raw_published, raw_title, options.email, run.fingerprint)
        if run.known.get(article_id) == digest:
            stats["unchanged"] += 1
            continue
        text, reason = decode_text_cell(kind, raw_text)
        published, title = optional_text(raw_published), optional_text(raw_title)
        if reason:
            _count(stats["skipped"] if text is None else stats["coerced"], reason)
        pending.append(PendingArticle(article_id, text, published, title, digest))
    return pending


def count_outcomes(run: Run, outcomes: list[ArticleOutcome]) -> list[ArticleOutcome]:
    """Count errors and unreadable dates; return the outcomes to write (those without an error)."""
    written = []
    for outcome in outcomes:
        if outcome.error is not None:
            _count(run.stats["skipped"], "error")
            run.stats["errors"].append(outcome.error)
            continue
        run.stats["unparsed_published"] += outcome.unparsed_published
        written.append(outcome)
    return written


def write_outcomes(db: sqlite_utils.Database, run: Run, outcomes: list[ArticleOutcome]) -> None:
    """Write one batch of analyzed articles in one transaction and count it
    (an article with no text is recorded, so the next run skips it, but not
    counted as extracted)."""
    if not outcomes:
        return
    written = write_batch(db, run.options.table, outcomes, run.fingerprint,
                          also=lambda ids: (link_batch if run.link else keep_link_features)(
                              db, run.options.table, ids,
                              features={o.article_id: o.link for o in outcomes if o.link is not None}),
                          before=lambda ids: note_unlinked(db, run.options.table, ids))
    run.changed.extend(o.article_id for o in outcomes)
    run.stats["written"] = run.stats.get("written", 0) + len(outcomes)
    run.stats["extracted"] += sum(1 for o in outcomes if not o.skipped)
    for table, n in written.items():
        run.stats[ITEM_KINDS[table]] += n


def vanished_articles(db: sqlite_utils.Database, run: Run) -> list[Any]:
    """Articles extracted before that are no longer in the table (for a run
    that did not read every row, such as a filtered enrichment)."""
    keycol = key_expression(run.key)
    present = {row[0] for row in db.execute(f"SELECT {keycol} FROM {quote_identifier(run.options.table)}")}
    return [article_id for article_id in run.known if article_id not in present]


def finish_run(db: sqlite_utils.Database, run: Run, gone: list[Any], articles: int | None = None) -> dict[str, Any]:
    """Remove the rows of the ``gone`` articles, record the article count
    (default: the articles this run read), leave the database analyzed. A
    run that changed nothing writes nothing (so it works on a read-only file).

    :return: the run's statistics, with ``removed``, ``seconds`` and ``articles_per_second``
    """
    stats = run.stats
    count = stats["articles"] if articles is None else articles
    wrote = stats.pop("written", 0)
    summaries_due = (bool(wrote or gone) or not all(db[t].exists() for t in SUMMARY_TABLES)
                     or (run.link and linking_due(db, run.options.table)))  # links left by an earlier run
    if summaries_due or run.previous is None or run.previous.get("articles") != count:

        def refresh() -> None:
            if run.link:
                finish_linking(db, run.options.table)
            ensure_page_indexes(db)
            refresh_summaries(db, run.options.table, run.changed + gone)

        finish_source(db, run.options.table, gone, count, also=refresh if summaries_due else None,
                      before=lambda ids: note_unlinked(db, run.options.table, ids))
    stats["removed"] = len(gone)
    if wrote or gone:
        analyze_statistics(db)
    stats["seconds"] = round(time.perf_counter() - run.started, 3)
    stats["articles_per_second"] = round(stats["articles"] / stats["seconds"], 1) if stats["seconds"] else None
    return stats
