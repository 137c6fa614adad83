"""SQL functions, safe to run on public instances.

Datasette's ``sql_time_limit_ms`` cannot interrupt a Python function
mid-call, so every function bounds its own work:

- ``MAX_INPUT_CHARS``: longer text gives ``{"error": ...}`` at once;
- ``MAX_OUTPUT_ITEMS``: each returned list is cut to this many items;
- ``MAX_EMAIL_CHARS``: the same for ``newsclaims_unwrap_email``, which
  also searches only the first lines for a forward or reply marker (see
  :mod:`.email_unwrap`);
- each function does only the work its result needs (``newsclaims_quotes``
  runs no date or figure rules; ``newsclaims_figures`` reads dates, to
  exclude them, and quotes only when there is a figure to give a speaker);
- no I/O, ``deterministic=True``, and never an exception out of a function
  (SQLite would hide its message): NULL text gives NULL, bad input an
  ``{"error": ...}`` object.

Functions:

``newsclaims(text[, published])``
    JSON object ``{"quotes": [...], "events": [...], "figures": [...]}``
``newsclaims_quotes(text)``, ``newsclaims_figures(text)``,
``newsclaims_events(text[, published])``
    JSON arrays, for ``json_each``
``newsclaims_unwrap_email(text)``
    JSON object ``{"from", "date", "subject", "body", "published", "type", "offset"}``
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from .core import KINDS, analyze

MAX_INPUT_CHARS = 50_000  # 2.5x the longest of 1,581 real articles; worst-case hostile text about 1.5 s
MAX_OUTPUT_ITEMS = 2_000
MAX_EMAIL_CHARS = 100_000


def _error(message: str) -> str:
    return json.dumps({"error": message})


def _text(value: Any, limit: int, name: str) -> tuple[str | None, str | None]:
    """(text, None) or (None, error JSON); (None, None) for NULL."""
    if value is None:
        return None, None
    if isinstance(value, bytes):
        if len(value) > 4 * limit:
            return None, _error(f"input longer than {limit} characters ({name})")
        # bytes that are not UTF-8 are read the way Datasette and the extract command read them
        # (U+FFFD for each bad byte): `cast(col as blob)` is how a TEXT cell holding invalid
        # UTF-8 reaches us at all (see the README's Limits)
        value = value.decode("utf-8", "replace")
    elif not isinstance(value, str):
        value = str(value)
    if len(value) > limit:
        return None, _error(f"input longer than {limit} characters ({name})")
    return value, None


def _run(text: Any, published: Any, key: str | None, limit: int = MAX_INPUT_CHARS) -> str | None:
    text, error = _text(text, limit, "MAX_INPUT_CHARS" if limit == MAX_INPUT_CHARS else "sql_max_input_chars")
    if text is None:
        return error
    try:
        result = analyze(text, published, KINDS if key is None else (key,))  # only the work this function needs
        result = {k: result[k][:MAX_OUTPUT_ITEMS] for k in KINDS}
        # allow_nan=False: Infinity or NaN would make malformed JSON for json_each
        return json.dumps(result if key is None else result[key], ensure_ascii=False, default=str, allow_nan=False)
    except Exception as e:  # never let an exception reach SQLite
        return _error(f"{type(e).__name__}: {e}")


def unwrap_email_json(text: Any) -> str | None:
    """The SQL function ``newsclaims_unwrap_email(text)``."""
    text, error = _text(text, MAX_EMAIL_CHARS, "MAX_EMAIL_CHARS")
    if text is None:
        return error
    try:
        from .email_unwrap import unwrap_email

        return json.dumps(unwrap_email(text), ensure_ascii=False)
    except Exception as e:  # never let an exception reach SQLite
        return _error(f"{type(e).__name__}: {e}")


def register_functions(conn: sqlite3.Connection, max_input_chars: int = MAX_INPUT_CHARS) -> None:
    """Register the newsclaims_* functions on a sqlite3 connection; text longer
    than ``max_input_chars`` (the plugin setting ``sql_max_input_chars``) gives an error object."""
    n = max_input_chars
    conn.create_function("newsclaims", 2, lambda t, p: _run(t, p, None, n), deterministic=True)
    conn.create_function("newsclaims", 1, lambda t: _run(t, None, None, n), deterministic=True)
    conn.create_function("newsclaims_quotes", 1, lambda t: _run(t, None, "quotes", n), deterministic=True)
    conn.create_function("newsclaims_events", 2, lambda t, p: _run(t, p, "events", n), deterministic=True)
    conn.create_function("newsclaims_events", 1, lambda t: _run(t, None, "events", n), deterministic=True)
    conn.create_function("newsclaims_figures", 1, lambda t: _run(t, None, "figures", n), deterministic=True)
    conn.create_function("newsclaims_unwrap_email", 1, unwrap_email_json, deterministic=True)
