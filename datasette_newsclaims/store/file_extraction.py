"""``extract-files``: extraction for corpora that are not in SQLite. Reads
JSON-lines or Parquet shards of articles as a ``dask.bag`` (one partition per
file or block), analyzes each partition on a Dask worker and writes its rows
as Parquet parts (:mod:`.shards`), for ``load`` to put into a database.

Owns: reading the input shards, the per-partition task, the run over a
scheduler. Must not touch: SQLite (nothing here opens a database).

Idempotent: a partition's parts are a pure function of its articles and are
written atomically, so a re-run, or Dask re-running the task of a killed
worker, writes the same files again; the manifest is written last.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .analysis import PendingArticle, analyze_chunk
from .hashing import content_hash, extractor_fingerprint
from .shards import MANIFEST, SHARD_TABLES, remove_parts_from, write_manifest, write_part
from .source import ExtractError, cell_text, optional_text
from .tables import ARTICLES, ITEM_KINDS, ITEM_TABLES
from .writer import article_row, now, renumber

DEFAULT_BLOCKSIZE = "64MiB"


@dataclass(frozen=True)
class FileOptions:
    """Which fields of each input record hold the article's key, text, date and title."""

    table: str = "articles"
    id_column: str = "id"
    text_column: str = "text"
    published_column: str | None = None
    title_column: str | None = None
    email: bool = False


def _dask():
    try:
        import dask
        import dask.bag
    except ImportError:
        raise ExtractError("extract-files needs Dask: pip install 'datasette-newsclaims[dask]'") from None
    return dask


def _parquet_records(path: str, row_group: int) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).read_row_group(row_group).to_pylist()


def _json_records(lines: list[str]) -> list[dict]:
    return [json.loads(line) for line in lines if line.strip()]


def input_partitions(paths: list[str], blocksize: str | int | None = DEFAULT_BLOCKSIZE) -> list[Any]:
    """One delayed list of records per partition, in input order: JSON lines
    split into blocks of ``blocksize``, Parquet files by row group."""
    dask = _dask()
    partitions = []
    for path in paths:
        if not Path(path).is_file():
            raise ExtractError(f"Shard not found: {path}")
        if path.endswith(".parquet"):
            import pyarrow.parquet as pq

            groups = pq.ParquetFile(path).num_row_groups
            partitions += [dask.delayed(_parquet_records)(path, i) for i in range(groups)]
        else:
            lines = dask.bag.read_text(path, blocksize=blocksize)
            partitions += [dask.delayed(_json_records)(part) for part in lines.to_delayed()]
    return partitions


def _pending(record: dict, options: FileOptions, fingerprint: str) -> PendingArticle:
    if options.id_column not in record or record[options.id_column] is None:
        raise ExtractError(f"a record has no {options.id_column!r} (the article key, --id): {str(record)[:200]}")
    text, _ = cell_text(record.get(options.text_column))
    published = optional_text(record.get(options.published_column)) if options.published_column else None
    title = optional_text(record.get(options.title_column)) if options.title_column else None
    digest = content_hash(text, published, title, options.email, fingerprint)
    return PendingArticle(record[options.id_column], text, published, title, digest)


def extract_part(records: list[dict], index: int, out_dir: str, options: FileOptions, fingerprint: str) -> dict:
    """The task for one partition: analyze its articles, write its parts; return its counts."""
    pending = [_pending(record, options, fingerprint) for record in records]
    outcomes = analyze_chunk(pending, options.table, options.email)
    good = [o for o in outcomes if o.error is None]
    rows = renumber(good, dict.fromkeys(ITEM_TABLES, 0))
    extracted_at = now()
    rows[ARTICLES] = [article_row(options.table, o, fingerprint, extracted_at) for o in good]
    integer_ids = all(isinstance(p.article_id, int) and not isinstance(p.article_id, bool) for p in pending)
    for table in SHARD_TABLES:
        write_part(out_dir, table, index, rows[table], integer_ids)
    counts = {ITEM_KINDS[t]: len(rows[t]) for t in ITEM_TABLES}
    return {"articles": len(records), "extracted": len(good), **counts,
            "unparsed_published": sum(o.unparsed_published for o in good),
            "errors": [o.error for o in outcomes if o.error is not None]}


def _compute(tasks: list[Any], workers: int | None, dask_address: str | None) -> list[dict]:
    dask = _dask()
    if dask_address:
        from .dask_runner import DaskRunner

        runner = DaskRunner(dask_address, workers)
        try:
            return runner.compute(tasks)
        finally:
            runner.close()
    from .parallel import all_cores

    workers = workers or all_cores()
    scheduler = "sync" if workers == 1 else "processes"
    return list(dask.compute(*tasks, scheduler=scheduler, num_workers=workers))


def extract_files(
    paths: list[str | os.PathLike],
    out_dir: str | os.PathLike,
    options: FileOptions = FileOptions(),
    *,
    workers: int | None = None,
    dask: str | None = None,
    blocksize: str | int | None = DEFAULT_BLOCKSIZE,
) -> dict[str, Any]:
    """Extract from JSON-lines (``.jsonl``, ``.json``) or ``.parquet`` shards of
    articles into Parquet parts under ``out_dir``.

    :param options: the record fields to read (``id`` is the article key, as
        ``article_id`` in the database)
    :param workers: processes of the local scheduler (None: one per core), or
        of the LocalCluster for ``dask="local"``
    :param dask: a scheduler address, or ``"local"``; None uses dask's own
        multiprocessing scheduler
    :return: counts: ``articles``, ``extracted``, ``quotes``, ``events``,
        ``figures``, ``errors``, ``parts``
    """
    paths = [os.fspath(p) for p in paths]
    fingerprint = extractor_fingerprint()
    out = os.fspath(out_dir)
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / MANIFEST).unlink(missing_ok=True)  # incomplete until written again
    dask_module = _dask()
    tasks = [
        dask_module.delayed(extract_part)(part, i, out, options, fingerprint)
        for i, part in enumerate(input_partitions(paths, blocksize))
    ]
    results = _compute(tasks, workers, dask)
    remove_parts_from(out, len(tasks))
    stats: dict[str, Any] = {"table": options.table, "parts": len(tasks), "errors": []}
    for result in results:
        for key, value in result.items():
            stats[key] = stats.get(key, 0 if key != "errors" else []) + value
    write_manifest(out, {**asdict(options), "parts": len(tasks), "extractor_version": fingerprint,
                         "articles": stats.get("articles", 0), "sources": paths})
    return stats
