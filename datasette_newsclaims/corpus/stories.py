"""Cluster articles into stories as they arrive.

Owns the article union-find and the feature index. Two articles are one story
when they were published within ``STORY_DAYS`` of each other and either share
enough weight of proper names, also as a share of the smaller article's names
(so that two long political pieces naming the same five politicians do not
make one story; two short briefs need fewer names but most of them), or print
one quote and share a name. A feature found in more
than ``STOCK_ARTICLES`` articles ("Obama", "New York") stops counting: it
names too much to tie two articles together.
"""
from __future__ import annotations

from collections import defaultdict

from .union_find import UnionFind

STORY_DAYS = 7
LINK_WEIGHT = 8  # e.g. four multi-word names in common
MIN_SHARE = 0.2  # of the smaller article's name weight
SHORT_LINK_WEIGHT = 4  # short articles: fewer names in common, but most of them
SHORT_SHARE = 0.5
QUOTE_LINK_WEIGHT = 2  # with a quote in common, one multi-word name is enough
STOCK_ARTICLES = 50


class Stories:
    """Articles (integer ids in arrival order) and the stories they form."""

    def __init__(self) -> None:
        self.sets = UnionFind()
        self.day: list[int | None] = []
        self.weight: list[int] = []  # each article's total feature weight
        self._postings: dict[str, list[int]] = {}  # feature -> articles
        self._stock: set[str] = set()

    def add(self, features: dict[str, int], day: int | None, shared_quotes: dict[int, int],
            replay: int | None = None) -> int:
        """Add an article given its features and, per earlier article, how many quotes they share.

        :param replay: when rebuilding from stored links, an earlier article of its stored story
            (or -1 for none): joined without deciding again
        """
        aid = self.sets.add()
        self.day.append(day)
        self.weight.append(sum(features.values()))
        if replay is not None:
            if replay >= 0:
                self.sets.union(aid, replay)
            self._index(aid, features)
            return aid
        shared = self._shared_weight(features, day)
        for other in sorted(set(shared) | set(shared_quotes)):
            if self._close_in_time(aid, other) and self._one_story(aid, other, shared.get(other, 0),
                                                                    shared_quotes.get(other, 0)):
                self.sets.union(aid, other)
        self._index(aid, features)
        return aid

    def _shared_weight(self, features: dict[str, int], day: int | None) -> dict[int, int]:
        """Per earlier article near in time: the weight of the features it shares."""
        shared: dict[int, int] = defaultdict(int)
        days = self.day
        for feature, w in features.items():
            for other in self._postings.get(feature, ()):
                if day is None or days[other] is None or abs(days[other] - day) <= STORY_DAYS:
                    shared[other] += w
        return shared

    def _one_story(self, a: int, b: int, shared: int, quotes: int) -> bool:
        if quotes and shared >= QUOTE_LINK_WEIGHT:
            return True
        share = shared / (min(self.weight[a], self.weight[b]) or 1)
        return (shared >= LINK_WEIGHT and share >= MIN_SHARE) or (shared >= SHORT_LINK_WEIGHT and share >= SHORT_SHARE)

    def _close_in_time(self, a: int, b: int) -> bool:
        da, db = self.day[a], self.day[b]
        return da is None or db is None or abs(da - db) <= STORY_DAYS

    def _index(self, aid: int, features: dict[str, int]) -> None:
        """List ``aid`` under its features; a feature listing too many articles becomes stock."""
        for feature in features:
            if feature in self._stock:
                continue
            posting = self._postings.setdefault(feature, [])
            if len(posting) >= STOCK_ARTICLES:
                self._stock.add(feature)
                del self._postings[feature]
            else:
                posting.append(aid)

    def story(self, aid: int) -> int:
        """The story id (its oldest article's id)."""
        return self.sets.find(aid)

    def members(self, story: int) -> list[int]:
        """The articles of a story, oldest first."""
        return self.sets.members(story)
