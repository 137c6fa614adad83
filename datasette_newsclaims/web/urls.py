"""URLs of the newsclaims pages and of Datasette's own row pages.

Owns how a database, table, key or speaker name becomes a path segment
(tilde-encoded, as Datasette does) and back. Must not touch the database:
every function here is pure string work on names it is given.
"""
from __future__ import annotations

import urllib.parse
from typing import Any

from datasette.utils import tilde_decode, tilde_encode

PREFIX = "/-/newsclaims"


def _route(datasette, database: str) -> str:
    db = datasette.get_database(database)
    return getattr(db, "route", None) or db.name


def segment(value: Any) -> str:
    """One path segment: ``segment("a/b")`` -> ``a~2Fb``."""
    return tilde_encode(str(value))


def unsegment(value: str) -> str:
    """The value of a path segment, percent- and tilde-decoded."""
    return tilde_decode(urllib.parse.unquote(value))


def page_url(datasette, database: str, *parts: Any, query: dict | None = None, anchor: str | None = None) -> str:
    """URL of a newsclaims page: ``page_url(ds, "demo", "speaker", "Jeff Sessions")``."""
    path = "/".join([PREFIX, segment(_route(datasette, database)), *(segment(p) for p in parts)])
    url = datasette.urls.path(path)
    if query:
        url += "?" + urllib.parse.urlencode({k: v for k, v in query.items() if v not in (None, "")})
    if anchor:
        url += "#" + anchor
    return url


def reader_url(datasette, database: str, table: str, pk: Any, anchor: str | None = None) -> str:
    """The reader page of the article ``pk`` of ``table``."""
    return page_url(datasette, database, table, pk, anchor=anchor)


def speaker_url(datasette, database: str, name: str) -> str:
    """The page of everything ``name`` said."""
    return page_url(datasette, database, "speaker", name)


def row_url(datasette, database: str, table: str, pk: Any) -> str:
    """Datasette's own page of one row."""
    return datasette.urls.row(database, table, segment(pk))
