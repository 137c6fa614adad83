"""Disjoint sets whose ids stay stable when sets merge: the oldest id wins.

Owns only the union-find structure; it knows nothing about quotes, people or
claims. Ids are integers handed out in insertion order, so the root of a set
is always its smallest (oldest) member and a group's id never changes unless
it merges into an older group. Each set's members are kept (the smaller list
moves into the larger one), and every merge is logged so that a database can
rename the absorbed id in its rows.
"""
from __future__ import annotations


class UnionFind:
    """Union-find over integer ids with path halving; the root is the smallest id."""

    def __init__(self) -> None:
        self._parent: list[int] = []
        self._members: dict[int, list[int]] = {}
        self.merges: list[tuple[int, int]] = []  # (absorbed root, surviving root), in order

    def __len__(self) -> int:
        return len(self._parent)

    def add(self) -> int:
        """Create a singleton set and return its id (the next integer)."""
        node = len(self._parent)
        self._parent.append(node)
        self._members[node] = [node]
        return node

    def find(self, node: int) -> int:
        """The root (oldest id) of the set holding ``node``."""
        parent = self._parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(self, a: int, b: int) -> int:
        """Merge the sets of ``a`` and ``b``; return the surviving root (the older one)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self._parent[rb] = ra
        into, extra = self._members[ra], self._members.pop(rb)
        if len(extra) > len(into):
            into, extra = extra, into
        into.extend(extra)
        self._members[ra] = into
        self.merges.append((rb, ra))
        return ra

    def members(self, node: int) -> list[int]:
        """The ids in the set of ``node``, in id order."""
        return sorted(self._members[self.find(node)])

    def roots(self) -> list[int]:
        """Every set's id, in order."""
        return sorted(self._members)

    def size(self, node: int) -> int:
        """How many ids share the set of ``node``."""
        return len(self._members[self.find(node)])

    def same(self, a: int, b: int) -> bool:
        """Whether ``a`` and ``b`` are in one set."""
        return self.find(a) == self.find(b)
