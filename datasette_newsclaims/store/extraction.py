"""The extraction job: :func:`extract_table` reads a table of articles in
pages, skips articles whose content hash is unchanged, has a runner
(:mod:`.parallel`) analyze the others and writes their rows in key order,
one transaction per batch of changed articles.

Owns: the flow of a CLI run (pages -> chunks -> workers -> batches), its
options (batch size, workers, busy timeout) and the "locked" message. Must
not touch: SQL of the newsclaims tables (:mod:`.writer`), the steps of a run
and its statistics (:mod:`.run`), anything printed (the CLI prints them).
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import sqlite_utils

from .analysis import ArticleOutcome, PendingArticle, analyze_chunk
from .parallel import Runner, make_runner, ordered_results
from .run import Run, SourceOptions, begin_run, count_outcomes, finish_run, pending_articles, write_outcomes
from .source import ExtractError, database_name, lenient_utf8, open_database, read_batches

DEFAULT_BATCH_SIZE = 100
#: Seconds to wait for another process's write lock before giving up.
DEFAULT_BUSY_TIMEOUT = 5.0
#: Articles per task sent to a worker: small enough to keep every worker busy
#: on a small run, large enough that sending them costs little.
CHUNK_SIZE = 25


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
    force: bool = False,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    link: bool = True,
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
    :param force: run even if the columns or ``email`` differ from the last
        run's (otherwise refused: it would re-extract every article)
    :param busy_timeout: seconds to wait while another process holds the
        database's write lock
    :param link: link across articles as the rows are written (False: the
        articles wait, unlinked, for a run that links or for
        :func:`~datasette_newsclaims.store.linking.link_table`)
    :raises ExtractError: on bad input or changed options, before anything is
        written; when the database stays locked by another process
    :return: counts: ``articles``, ``extracted``, ``unchanged``, ``removed``,
        ``skipped`` (by reason), ``quotes``, ``events``, ``figures``,
        ``unparsed_published``, ``errors`` (articles whose extraction raised:
        they keep their old rows and are retried on the next run),
        ``seconds``, ``articles_per_second``
    """
    if batch_size < 1:
        raise ExtractError("batch size must be at least 1")
    db = open_database(db, busy_timeout)
    options = SourceOptions(table, text_column, published_column, title_column, email)
    runner = make_runner(workers, dask)
    try:
        with lenient_utf8(db):
            run = begin_run(db, options, force)
            run.link = link
            gone = _analyze_and_write(db, run, runner, batch_size, progress)
            return finish_run(db, run, gone)
    except sqlite3.OperationalError as e:
        raise _explained(db, e, busy_timeout) from None
    finally:
        runner.close()


def _explained(db: sqlite_utils.Database, error: sqlite3.OperationalError, busy_timeout: float) -> Exception:
    """SQLite's "database is locked" or "readonly database" said in the user's terms."""
    if "locked" in str(error) or "busy" in str(error):
        return ExtractError(
            f"{database_name(db)} is locked by another process (waited {busy_timeout:g} s; "
            "--busy-timeout SECONDS waits longer)"
        )
    if "readonly" in str(error):
        return ExtractError(f"{database_name(db)} is read-only, and this run has rows to write: {error}")
    return error


def _chunks(
    db: sqlite_utils.Database, run: Run, batch_size: int, seen: set[Any]
) -> Iterator[tuple[list[PendingArticle], int | None]]:
    """Pending articles in key order, in chunks of CHUNK_SIZE (gathered across
    pages, so a run that changes 1% sends few, full tasks), each tagged with
    the number of articles read so far; an empty chunk reports progress."""
    done = 0
    buffer: list[PendingArticle] = []
    for page in read_batches(db, run.options.table, run.key, run.options.expressions(), batch_size):
        seen.update(row[0] for row in page)
        buffer += pending_articles(run, page)
        done += len(page)
        while len(buffer) >= CHUNK_SIZE:
            yield buffer[:CHUNK_SIZE], done
            buffer = buffer[CHUNK_SIZE:]
        yield [], done
    if buffer:
        yield buffer, done


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
