"""SQL functions, safe to run on public instances."""
from __future__ import annotations

import json
import sqlite3

from .core import analyze

MAX_INPUT_CHARS = 200_000


def _run(text, published, key):
    if text is None:
        return None
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if not isinstance(text, str):
        text = str(text)
    if len(text) > MAX_INPUT_CHARS:
        return json.dumps({"error": f"input longer than MAX_INPUT_CHARS ({MAX_INPUT_CHARS})"})
    try:
        result = analyze(text, published)
    except Exception as e:  # never let an exception reach SQLite
        return json.dumps({"error": f"{type(e).__name__}: {e}"})
    return json.dumps(result if key is None else result[key], ensure_ascii=False)


def register_functions(conn: sqlite3.Connection) -> None:
    """Register the newsclaims_* functions on a sqlite3 connection."""
    conn.create_function("newsclaims", 2, lambda t, p: _run(t, p, None), deterministic=True)
    conn.create_function("newsclaims", 1, lambda t: _run(t, None, None), deterministic=True)
    conn.create_function("newsclaims_quotes", 1, lambda t: _run(t, None, "quotes"), deterministic=True)
    conn.create_function("newsclaims_events", 2, lambda t, p: _run(t, p, "events"), deterministic=True)
    conn.create_function("newsclaims_figures", 1, lambda t: _run(t, None, "figures"), deterministic=True)
