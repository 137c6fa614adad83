"""Content hashes that make a re-run incremental: one per article (its text,
options and the extractor fingerprint), and the fingerprint of the extraction
code itself.

Owns: what goes into a hash. Must not touch: the database, the extractors'
behaviour (their source files are only read, as bytes).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from ..core import EXTRACTOR_VERSION

PACKAGE = Path(__file__).resolve().parent.parent
#: Modules and packages whose code decides what ``analyze`` returns; any change
#: to them changes the fingerprint, so the next run re-extracts every article.
EXTRACTION_CODE = ("core.py", "email_unwrap.py", "quotes", "dates", "figures")


def _extraction_files() -> list[Path]:
    files: list[Path] = []
    for name in EXTRACTION_CODE:
        path = PACKAGE / name
        files.extend(path.rglob("*.py") if path.is_dir() else [path] if path.is_file() else [])
    return sorted(files)


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """EXTRACTOR_VERSION plus a digest of the extraction code, so that a re-run
    after any change to the rules re-extracts, even without a version bump."""
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in _extraction_files():
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{EXTRACTOR_VERSION}+{h.hexdigest()[:12]}"


def content_hash(*parts: str | bytes | bool | None) -> str:
    """A digest of ``parts`` (text, its UTF-8 bytes, None or a flag), in order.

    Text and its UTF-8 encoding hash the same (lone surrogates allowed), so a
    cell read as bytes from SQLite and the same text read from a JSON shard
    agree. Each part is tagged with its length, so no two different lists of
    parts give the same bytes. Nothing is copied through JSON: hashing is most
    of the cost of a re-run that changes nothing.
    """
    pieces = []
    for part in parts:
        if part is None or isinstance(part, bool):
            pieces.append(b"N;" if part is None else b"B1;" if part else b"B0;")
            continue
        data = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass")
        pieces += (b"S%d;" % len(data), data)
    return hashlib.sha256(b"".join(pieces)).hexdigest()
