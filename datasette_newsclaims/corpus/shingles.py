"""Candidate quotes from an inverted index of word n-grams (shingles).

Owns the index only: it returns quotes that share a shingle with a new one,
and never decides whether they are the same quote. A posting keeps at most one
entry per group (members of a group already listed are not added again) and a
shingle found in more than ``STOCK_GROUPS`` groups is a stock phrase: it stops
producing candidates. Both keep the work per quote bounded at any corpus size.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

SHINGLE = 3  # words; short enough that a one-word slip or a bracketed stand-in still leaves one in common
STOCK_GROUPS = 48


def shingles(words: tuple[str, ...], size: int = SHINGLE) -> set[int]:
    """Hashes of every run of ``size`` words (the whole quote if shorter)."""
    if len(words) <= size:
        return {hash(words)} if words else set()
    return {hash(words[i : i + size]) for i in range(len(words) - size + 1)}


class ShingleIndex:
    """Shingle hash -> quote ids, at most one live entry per group."""

    def __init__(self) -> None:
        self._postings: dict[int, list[int]] = {}
        self._stock: set[int] = set()

    def candidates(self, keys: Iterable[int], root_of: Callable[[int], int]) -> dict[int, int]:
        """Groups (by root) sharing a non-stock shingle -> how many of the shingles they share."""
        found: dict[int, int] = {}
        for key in keys:
            if key not in self._stock:
                for root in {root_of(item) for item in self._postings.get(key, ())}:
                    found[root] = found.get(root, 0) + 1
        return found

    def add(self, item: int, keys: Iterable[int], root_of: Callable[[int], int]) -> None:
        """List ``item`` under each key unless a member of its group is listed there already."""
        root = root_of(item)
        for key in keys:
            if key in self._stock:
                continue
            posting = self._postings.setdefault(key, [])
            roots = {root_of(other) for other in posting}
            if root in roots:
                continue
            if len(roots) >= STOCK_GROUPS:
                self._stock.add(key)
                del self._postings[key]
                continue
            posting.append(item)
