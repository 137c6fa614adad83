"""Linking across articles: the same quote, the same person, the same claim, and the stories they belong to.

Pure Python, no Datasette import, deterministic. ``analyze_corpus(articles)``
links a whole corpus at once; ``Linker`` keeps the state so that articles can
be added batch by batch (the database's extract job does that).
"""
from __future__ import annotations

from collections.abc import Iterable

from .linker import Linker
from .output import corpus_result

__all__ = ["Linker", "analyze_corpus", "corpus_result"]


def analyze_corpus(articles: Iterable[dict]) -> dict[str, list[dict]]:
    """Extract and link ``articles`` (dicts with "id", "text", "published", "title", "source").

    :return: ``{"quotes": [...], "figures": [...], "quote_groups", "people", "claims", "stories"}``;
        each quote carries analyze()'s fields plus "article", "group" and "person", each figure
        "article" and "claim" (None where linked to nothing)
    """
    linker = Linker()
    linker.add_articles(articles)
    return corpus_result(linker)
