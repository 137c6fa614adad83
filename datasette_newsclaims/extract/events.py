"""Calendar references resolved against the publication date."""
from __future__ import annotations

import datetime as dt


def extract_events(text: str, published: dt.date | None) -> list[dict]:
    """Return every dated event in ``text``, resolved against ``published``."""
    return []
