"""The extraction job: :func:`extract_table` reads a table of articles in
batches, skips articles whose content hash is unchanged, analyzes the others
and has :mod:`.writer` replace their rows, one transaction per batch.

Owns: the order of a run (validate, migrate, record the source, batches,
removal of vanished articles) and its statistics. Must not touch: SQL of
the newsclaims tables (that is :mod:`.writer` and :mod:`.migrations`), the
extractors' internals, anything printed (the CLI prints the statistics).
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from .analysis import ArticleOutcome, PendingArticle, analyze_chunk
from .hashing import content_hash, extractor_fingerprint
from .migrations import ensure_schema
from .parallel import Runner, make_runner, ordered_results
from .source import (
    ExtractError,
    cell_text,
    lenient_utf8,
    open_database,
    optional_text,
    quote_identifier,
    read_batches,
    validate,
)
from .tables import ARTICLES, ITEM_KINDS
from .writer import analyze_statistics, finish_source, now, record_source, write_batch

DEFAULT_BATCH_SIZE = 100
#: Articles per task sent to a worker: small enough to keep every worker busy
#: on a small run, large enough that sending them costs little.
CHUNK_SIZE = 25


@dataclass(frozen=True)
class SourceOptions:
    """Which table and columns a run extracts from, and how."""

    table: str
    text_column: str
    published_column: str | None
    title_column: str | None
    email: bool

    def columns(self) -> list[str]:
        """The columns read per article: text, published, title (the text column stands in for absent ones)."""
        return [self.text_column, self.published_column or self.text_column, self.title_column or self.text_column]


@dataclass
class Run:
    """One extract run over one article table, as :func:`begin_run` set it up."""

    options: SourceOptions
    key: str
    total: int
    known: dict[Any, str]
    fingerprint: str
    stats: dict[str, Any]
    started: float = field(default_factory=time.perf_counter)


def extract_table(
    db: sqlite_utils.Database | str | os.PathLike,
    table: str,
    text_column: str,
    published_column: str | None = None,
    title_column: str | None = None,
    *,
    email: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = 1,
    dask: str | None = None,
) -> dict[str, Any]:
    """Extract quotes, events and figures from every article of ``table``.

    Incremental and idempotent: each article's content hash is kept in
    ``_newsclaims_articles``; unchanged articles are skipped, changed ones have
    their rows replaced, and rows of articles no longer in ``table`` are
    deleted. Each batch of ``batch_size`` articles is written in one
    transaction, so an interrupted run keeps its finished batches.

    :param db: a ``sqlite_utils.Database`` or the path of an existing file
    :param table: the table of articles
    :param text_column: column holding the article text; NULL, numeric and
        undecodable binary cells are skipped and counted
    :param published_column: column with the publication date (any format
        dateparser reads), used to resolve relative dates
    :param title_column: column with the headline, shown in the timeline
    :param email: unwrap forwarded e-mails first (see :mod:`..email_unwrap`):
        the original sender becomes ``source`` and the forwarded ``Date:``
        header the publication date
    :param batch_size: changed articles written per transaction (and rows read per query)
    :param progress: called as ``progress(done, total)`` after each page read and analyzed
    :param workers: processes analyzing articles (None: one per core); one
        writer writes their results in key order, so the rows are the same
    :param dask: the address of a Dask scheduler, or ``"local"`` for a
        LocalCluster (of ``workers`` workers), to analyze on instead
    :raises ExtractError: on bad input, before anything is written
    :return: counts: ``articles``, ``extracted``, ``unchanged``, ``removed``,
        ``skipped`` (by reason), ``quotes``, ``events``, ``figures``,
        ``unparsed_published``, ``errors`` (articles whose extraction raised:
        they keep their old rows and are retried on the next run),
        ``seconds``, ``articles_per_second``
    """
    if batch_size < 1:
        raise ExtractError("batch size must be at least 1")
    db = open_database(db)
    options = SourceOptions(table, text_column, published_column, title_column, email)
    runner = make_runner(workers, dask)
    try:
        with lenient_utf8(db):
            run = begin_run(db, options)
            gone = _analyze_and_write(db, run, runner, batch_size, progress)
            return finish_run(db, run, gone)
    finally:
        runner.close()


def new_stats(table: str) -> dict[str, Any]:
    """The counters of a run, all zero (see :func:`extract_table` for their meaning)."""
    return {
        "table": table, "articles": 0, "extracted": 0, "unchanged": 0, "removed": 0,
        "skipped": {}, "coerced": {}, "quotes": 0, "events": 0, "figures": 0, "unparsed_published": 0,
        "errors": [],
    }


def _count(bucket: dict[str, int], reason: str) -> None:
    bucket[reason] = bucket.get(reason, 0) + 1


def begin_run(db: sqlite_utils.Database, options: SourceOptions) -> Run:
    """Validate the source, create or upgrade the schema, record the run's options.

    :raises ExtractError: on bad input, before anything is written
    """
    info = validate(db, options.table, options.text_column, options.published_column, options.title_column)
    ensure_schema(db)
    known = dict(
        db.execute(f"SELECT article_id, hash FROM [{ARTICLES}] WHERE article_table = ?", [options.table]).fetchall()
    )
    run = Run(options, info["key"], info["total"], known, extractor_fingerprint(), new_stats(options.table))
    record_source(db, {
        "article_table": options.table, "pk_column": run.key, "text_column": options.text_column,
        "published_column": options.published_column, "title_column": options.title_column,
        "email": int(options.email), "articles": run.total, "extractor_version": run.fingerprint,
        "extracted_at": now(),
    })
    return run


def pending_articles(run: Run, page: list[tuple]) -> list[PendingArticle]:
    """The articles of a page (rows ``(key, text, published, title)``) whose
    hash changed; counts the others as unchanged."""
    stats, options, pending = run.stats, run.options, []
    for article_id, raw_text, raw_published, raw_title in page:
        stats["articles"] += 1
        text, reason = cell_text(raw_text)
        if reason:
            _count(stats["skipped"] if text is None else stats["coerced"], reason)
        published = optional_text(raw_published) if options.published_column else None
        title = optional_text(raw_title) if options.title_column else None
        digest = content_hash(text, published, title, options.email, run.fingerprint)
        if run.known.get(article_id) == digest:
            stats["unchanged"] += 1
            continue
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
    """Write one batch of analyzed articles in one transaction and count it."""
    if not outcomes:
        return
    written = write_batch(db, run.options.table, outcomes, run.fingerprint)
    run.stats["extracted"] += len(outcomes)
    for table, n in written.items():
        run.stats[ITEM_KINDS[table]] += n


def _chunks(
    db: sqlite_utils.Database, run: Run, batch_size: int, seen: set[Any]
) -> Iterator[tuple[list[PendingArticle], int | None]]:
    """Pending articles in key order, in chunks of at most CHUNK_SIZE, each
    tagged with the number of articles read so far (None inside a page)."""
    done = 0
    for page in read_batches(db, run.options.table, run.key, run.options.columns(), batch_size):
        seen.update(row[0] for row in page)
        pending = pending_articles(run, page)
        done += len(page)
        pieces = [pending[i : i + CHUNK_SIZE] for i in range(0, len(pending), CHUNK_SIZE)] or [[]]
        for i, piece in enumerate(pieces):
            yield piece, done if i == len(pieces) - 1 else None


def _analyze_and_write(
    db: sqlite_utils.Database, run: Run, runner: Runner, batch_size: int, progress: Callable[[int, int], None] | None
) -> list[Any]:
    """Analyze every pending article on ``runner``; write them in key order,
    ``batch_size`` changed articles per transaction.

    :return: the articles extracted before that the table no longer holds
    """
    seen: set[Any] = set()
    batch: list[ArticleOutcome] = []
    chunks = _chunks(db, run, batch_size, seen)
    for outcomes, done in ordered_results(runner, analyze_chunk, chunks, run.options.table, run.options.email):
        batch.extend(count_outcomes(run, outcomes))
        if len(batch) >= batch_size:
            write_outcomes(db, run, batch)
            batch = []
        if done is not None and progress:
            progress(done, run.total)
    write_outcomes(db, run, batch)
    return [article_id for article_id in run.known if article_id not in seen]


def vanished_articles(db: sqlite_utils.Database, run: Run) -> list[Any]:
    """Articles extracted before that are no longer in the table (for a run
    that did not read every row, such as a filtered enrichment)."""
    keycol = "rowid" if run.key == "rowid" else quote_identifier(run.key)
    present = {row[0] for row in db.execute(f"SELECT {keycol} FROM {quote_identifier(run.options.table)}")}
    return [article_id for article_id in run.known if article_id not in present]


def finish_run(db: sqlite_utils.Database, run: Run, gone: list[Any], articles: int | None = None) -> dict[str, Any]:
    """Remove the rows of the ``gone`` articles, record the article count
    (default: the articles this run read), leave the database analyzed.

    :return: the run's statistics, with ``removed``, ``seconds`` and ``articles_per_second``
    """
    stats = run.stats
    finish_source(db, run.options.table, gone, stats["articles"] if articles is None else articles)
    stats["removed"] = len(gone)
    if stats["extracted"] or gone:
        analyze_statistics(db)
    stats["seconds"] = round(time.perf_counter() - run.started, 3)
    stats["articles_per_second"] = round(stats["articles"] / stats["seconds"], 1) if stats["seconds"] else None
    return stats
