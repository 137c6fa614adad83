"""Keyset paging for every list a page cuts: the ``after`` cursor and the
"next" link.

A cursor is the sort key of the last row shown, as a JSON array in the
``after`` query parameter (JSON keeps an integer key apart from its digits
as text). Owns reading and writing that parameter. Must not build queries:
each page compares the decoded values with its own ORDER BY columns.
"""
from __future__ import annotations

import json
from typing import Any

from .urls import page_url

CURSOR_PARAMETER = "after"


class BadCursor(ValueError):
    """An ``after`` parameter that is not one of our cursors."""


def encode_cursor(values: list[Any]) -> str:
    """The ``after`` value that continues after a row with sort key ``values``."""
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def decode_cursor(value: str | None, types: tuple[tuple[type, ...], ...]) -> list[Any] | None:
    """The sort key in ``value`` (None for the first page).

    :param types: the allowed types of each position, e.g. ``((str, type(None)), (int, str))``
    :raises BadCursor: if ``value`` is not such a key
    """
    if not value:
        return None
    try:
        values = json.loads(value)
    except ValueError:
        raise BadCursor(value)
    if not isinstance(values, list) or len(values) != len(types):
        raise BadCursor(value)
    for item, allowed in zip(values, types):
        if not isinstance(item, allowed) or isinstance(item, bool):
            raise BadCursor(value)
    return values


def next_url(datasette, database: str, *parts: Any, query: dict, last: list[Any],
             parameter: str = CURSOR_PARAMETER) -> str:
    """The link to the page after the row whose sort key is ``last``."""
    return page_url(datasette, database, *parts, query=dict(query, **{parameter: encode_cursor(last)}))


def cut(rows: list, size: int) -> tuple[list, bool]:
    """The first ``size`` of ``rows`` (fetched with ``limit size + 1``) and whether there were more."""
    return rows[:size], len(rows) > size
