"""Cluster articles into stories as they arrive.

Owns the article union-find and the feature index. Two articles are one story
when they were published within ``STORY_DAYS`` of each other and share enough
weight of rare proper names and printings of one quote. A feature seen in more
than ``STOCK_STORIES`` stories ("Obama", "New York") stops counting: it names
too much to tie two articles together.
"""
from __future__ import annotations

from collections import defaultdict

from .union_find import UnionFind

STORY_DAYS = 7
LINK_WEIGHT = 6  # e.g. three multi-word names, or one shared quote and a name
QUOTE_WEIGHT = 4  # a quote printed by both articles
STOCK_STORIES = 40


class Stories:
    """Articles (integer ids in arrival order) and the stories they form."""

    def __init__(self) -> None:
        self.sets = UnionFind()
        self.day: list[int | None] = []
        self._postings: dict[str, list[int]] = {}  # feature -> articles, one per story
        self._stock: set[str] = set()
        self.members: dict[int, list[int]] = {}  # story id -> its articles

    def add(self, features: dict[str, int], day: int | None, shared_quotes: dict[int, int]) -> int:
        """Add an article given its features and, per earlier article, how many quotes they share."""
        aid = self.sets.add()
        self.day.append(day)
        self.members[aid] = [aid]
        weight: dict[int, int] = defaultdict(int)  # per story: features shared with articles near in time
        find, days = self.sets.find, self.day
        for feature, w in features.items():
            posting = self._postings.get(feature)
            if posting:
                if day is None:
                    roots = {find(o) for o in posting}
                else:
                    roots = {find(o) for o in posting if days[o] is None or abs(days[o] - day) <= STORY_DAYS}
                for root in roots:
                    weight[root] += w
        for other, n in shared_quotes.items():
            if self._close_in_time(aid, other):
                weight[self.sets.find(other)] += QUOTE_WEIGHT * n
        for root in sorted(weight):
            if weight[root] >= LINK_WEIGHT:
                self._merge(aid, root)
        self._index(aid, features)
        return aid

    def _merge(self, a: int, b: int) -> None:
        ra, rb = self.sets.find(a), self.sets.find(b)
        if ra == rb:
            return
        root = self.sets.union(ra, rb)
        other = rb if root == ra else ra
        into, extra = self.members[root], self.members.pop(other)
        if len(extra) > len(into):
            into, extra = extra, into
        into.extend(extra)
        self.members[root] = into

    def _close_in_time(self, a: int, b: int) -> bool:
        da, db = self.day[a], self.day[b]
        return da is None or db is None or abs(da - db) <= STORY_DAYS

    def _index(self, aid: int, features: dict[str, int]) -> None:
        """List ``aid`` under its features unless an article of its story is listed there already."""
        root = self.sets.find(aid)
        for feature in features:
            if feature in self._stock:
                continue
            posting = self._postings.setdefault(feature, [])
            roots = {self.sets.find(other) for other in posting}
            if len(roots) >= STOCK_STORIES:
                self._stock.add(feature)
                del self._postings[feature]
            elif root not in roots:
                posting.append(aid)

    def story(self, aid: int) -> int:
        """The story id (its oldest article's id)."""
        return self.sets.find(aid)
