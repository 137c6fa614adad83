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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from . import analysis
from .hashing import content_hash, extractor_fingerprint
from .migrations import ensure_schema
from .source import ExtractError, cell_text, lenient_utf8, open_database, optional_text, read_batches, validate
from .tables import ARTICLES, EVENTS, FIGURES, QUOTES
from .writer import finish_source, now, record_source, write_batch

DEFAULT_BATCH_SIZE = 100


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
class PendingArticle:
    """An article whose content hash differs from the stored one: to be analyzed."""

    article_id: Any
    text: str | None
    published: str | None
    title: str | None
    digest: str


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
    :param batch_size: articles per transaction
    :param progress: called as ``progress(done, total)`` after each batch
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
    with lenient_utf8(db):
        return _extract(db, options, batch_size, progress)


def _new_stats(table: str) -> dict[str, Any]:
    return {
        "table": table, "articles": 0, "extracted": 0, "unchanged": 0, "removed": 0,
        "skipped": {}, "coerced": {}, "quotes": 0, "events": 0, "figures": 0, "unparsed_published": 0,
        "errors": [],
    }


def _count(bucket: dict[str, int], reason: str) -> None:
    bucket[reason] = bucket.get(reason, 0) + 1


def _pending_articles(
    page: list[tuple], options: SourceOptions, known: dict[Any, str], fingerprint: str, stats: dict
) -> list[PendingArticle]:
    """The articles of a page whose hash changed; counts the others as unchanged."""
    pending = []
    for article_id, raw_text, raw_published, raw_title in page:
        stats["articles"] += 1
        text, reason = cell_text(raw_text)
        if reason:
            _count(stats["skipped"] if text is None else stats["coerced"], reason)
        published = optional_text(raw_published) if options.published_column else None
        title = optional_text(raw_title) if options.title_column else None
        digest = content_hash(text, published, title, options.email, fingerprint)
        if known.get(article_id) == digest:
            stats["unchanged"] += 1
            continue
        pending.append(PendingArticle(article_id, text, published, title, digest))
    return pending


def _analyze_pending(
    pending: list[PendingArticle], options: SourceOptions, fingerprint: str, stats: dict
) -> tuple[list[tuple[Any, dict, int]], list[dict]]:
    """Analyze each pending article: ``(results, article rows)`` for :func:`.writer.write_batch`."""
    results, article_rows = [], []
    for article in pending:
        try:
            result, meta = analysis.analyze_article(article.text, article.published, article.title, options.email)
        except Exception as e:  # one bad article must not stop a long run; it is retried next time
            _count(stats["skipped"], "error")
            stats["errors"].append(f"{article.article_id!r}: {type(e).__name__}: {e}")
            continue
        if meta.pop("unparsed_published"):
            stats["unparsed_published"] += 1
        results.append((article.article_id, result, meta.pop("shift")))
        article_rows.append({
            "article_table": options.table, "article_id": article.article_id, "hash": article.digest, **meta,
            "quotes": len(result["quotes"]), "events": len(result["events"]),
            "figures": len(result["figures"]), "extractor_version": fingerprint, "extracted_at": now(),
        })
    return results, article_rows


def _extract(
    db: sqlite_utils.Database,
    options: SourceOptions,
    batch_size: int,
    progress: Callable[[int, int], None] | None,
) -> dict[str, Any]:
    table = options.table
    info = validate(db, table, options.text_column, options.published_column, options.title_column)
    key, total = info["key"], info["total"]
    ensure_schema(db)
    started = time.perf_counter()
    stats = _new_stats(table)
    known = dict(db.execute(f"SELECT article_id, hash FROM [{ARTICLES}] WHERE article_table = ?", [table]).fetchall())
    fingerprint = extractor_fingerprint()
    record_source(db, {
        "article_table": table, "pk_column": key, "text_column": options.text_column,
        "published_column": options.published_column, "title_column": options.title_column,
        "email": int(options.email), "articles": total, "extractor_version": fingerprint, "extracted_at": now(),
    })
    seen: set[Any] = set()
    done = 0
    for page in read_batches(db, table, key, options.columns(), batch_size):
        seen.update(row[0] for row in page)
        pending = _pending_articles(page, options, known, fingerprint, stats)
        results, article_rows = _analyze_pending(pending, options, fingerprint, stats)
        if results:
            written = write_batch(db, table, results, article_rows)
            stats["extracted"] += len(results)
            for kind, t in (("quotes", QUOTES), ("events", EVENTS), ("figures", FIGURES)):
                stats[kind] += written[t]
        done += len(page)
        if progress:
            progress(done, total)
    gone = [article_id for article_id in known if article_id not in seen]
    finish_source(db, table, gone, stats["articles"])
    stats["removed"] = len(gone)
    stats["seconds"] = round(time.perf_counter() - started, 3)
    stats["articles_per_second"] = round(stats["articles"] / stats["seconds"], 1) if stats["seconds"] else None
    return stats
