"""Direct quotations and their speakers."""
from __future__ import annotations


def extract_quotes(text: str) -> list[dict]:
    """Return every direct quote in ``text`` with its speaker (see GUIDE.md)."""
    return []
