"""Parquet shards of derived rows: what ``extract-files`` writes and ``load``
reads. One directory per table (``newsclaims_quotes/``, ``newsclaims_events/``,
``newsclaims_figures/``, ``_newsclaims_articles/``), one ``part-NNNNN.parquet``
per input partition in each, all with the same columns as the SQLite tables,
and a manifest (``newsclaims-shards.json``) written last.

Owns: the Arrow schema of each table, file names, atomic writes, the manifest.
Must not touch: SQLite (that is :mod:`.bulk_load`), the analysis.

Item rows carry ids counted from 0 within their part (``quote_id`` too);
``load`` gives them ids in the database. ``value`` is a double, as in SQLite
a NUMERIC column holding a decimal.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .source import ExtractError
from .tables import ARTICLES, EVENT_COLUMNS, EVENTS, FIGURE_COLUMNS, FIGURES, ITEM_TABLES, QUOTE_COLUMNS, QUOTES

MANIFEST = "newsclaims-shards.json"
SHARD_TABLES = (*ITEM_TABLES, ARTICLES)
_COMMON = ("article_table", "article_id", "extractor_version", "id", "start", "end", "text")
COLUMNS = {
    QUOTES: (*_COMMON, *QUOTE_COLUMNS, "details"),
    EVENTS: (*_COMMON, *EVENT_COLUMNS, "details"),
    FIGURES: (*_COMMON, *FIGURE_COLUMNS, "details"),
    ARTICLES: (
        "article_table", "article_id", "hash", "title", "source", "body", "published",
        "quotes", "events", "figures", "extractor_version", "extracted_at",
    ),
}
_INTEGERS = {"id", "start", "end", "paragraph", "partial", "year", "month", "quote_id", "quotes", "events", "figures"}
_DOUBLES = {"value"}


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ExtractError("Parquet shards need pyarrow: pip install 'datasette-newsclaims[dask]'") from None
    return pyarrow


def arrow_schema(table: str, integer_ids: bool = False) -> Any:
    """The Arrow schema of ``table``'s shards (``article_id`` int64 when every
    article key of the part is an integer, else string)."""
    pa = _pyarrow()
    fields = []
    for column in COLUMNS[table]:
        if column == "article_id":
            kind = pa.int64() if integer_ids else pa.string()
        else:
            kind = pa.int64() if column in _INTEGERS else pa.float64() if column in _DOUBLES else pa.string()
        fields.append(pa.field(column, kind))
    return pa.schema(fields)


def part_path(out_dir: str | os.PathLike, table: str, index: int) -> Path:
    """Where part ``index`` of ``table`` lives."""
    return Path(out_dir) / table / f"part-{index:05d}.parquet"


def write_part(out_dir: str | os.PathLike, table: str, index: int, rows: list[dict], integer_ids: bool) -> None:
    """Write one part atomically (a temporary file renamed into place: a
    worker killed midway leaves no half-written part)."""
    pa = _pyarrow()
    path = part_path(out_dir, table, index)
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = arrow_schema(table, integer_ids)
    columns = {c: [row.get(c) for row in rows] for c in COLUMNS[table]}
    if not integer_ids:
        columns["article_id"] = [None if v is None else str(v) for v in columns["article_id"]]
    data = pa.table(columns, schema=schema)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pa.parquet.write_table(data, temporary)
    os.replace(temporary, path)


def read_part(out_dir: str | os.PathLike, table: str, index: int) -> list[dict]:
    """The rows of one part, as dicts of plain Python values."""
    pa = _pyarrow()
    return pa.parquet.read_table(part_path(out_dir, table, index)).to_pylist()


def remove_parts_from(out_dir: str | os.PathLike, index: int) -> None:
    """Delete parts numbered ``index`` and above (left by an earlier run with more partitions)."""
    for table in SHARD_TABLES:
        for path in (Path(out_dir) / table).glob("part-*.parquet"):
            if int(path.stem.split("-")[1]) >= index:
                path.unlink()


def write_manifest(out_dir: str | os.PathLike, manifest: dict[str, Any]) -> None:
    """Write the manifest last: its presence says every part is complete."""
    path = Path(out_dir) / MANIFEST
    temporary = path.with_name(f".{MANIFEST}.tmp")
    temporary.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf8")
    os.replace(temporary, path)


def read_manifest(out_dir: str | os.PathLike) -> dict[str, Any]:
    """The manifest of a shard directory; :class:`ExtractError` when it is missing."""
    path = Path(out_dir) / MANIFEST
    if not path.is_file():
        raise ExtractError(f"{out_dir} has no {MANIFEST}: not written by extract-files, or that run did not finish")
    return json.loads(path.read_text(encoding="utf8"))
