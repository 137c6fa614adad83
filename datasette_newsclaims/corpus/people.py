"""One person id across the corpus for the variants of a speaker's name.

Owns the person union-find over name keys. Full names and organisations are
one person wherever they appear (accents, titles, middle initials and legal
suffixes already folded by names.py). Weaker evidence is used only inside a
story: a bare surname or an initial joins the one full name of the story it
fits, and a spelling a typo away from another name of the story joins it
unless one article credits both (then they are two people). Unnamed sources
("a police spokesman") stay within their article. A bare surname first gets
a node of its own article, so ids do not depend on how articles are batched.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .names import NameKey, close_variant, read_name
from .union_find import UnionFind


class People:
    """Name nodes, their union-find and the display names seen for each."""

    def __init__(self) -> None:
        self.sets = UnionFind()
        self._node: dict[tuple, int] = {}
        self.names: list[dict[str, int]] = []  # per node: speaker string -> times credited
        self.key: list[NameKey | None] = []
        self.first_quote: list[int] = []  # per node: the quote that created it
        self._quotes: list[list[int]] = []  # per node: the quotes credited to it
        self._middles: dict[tuple[str, ...], set[str]] = {}  # full name -> middle initials seen with it

    def node(self, key: tuple, name: NameKey | None, quote: int) -> int:
        """The node for ``key``, created on first sight (by ``quote``)."""
        found = self._node.get(key)
        if found is None:
            found = self._node[key] = self.sets.add()
            self.names.append({})
            self.key.append(name)
            self.first_quote.append(quote)
            self._quotes.append([])
        return found

    def global_node(self, speaker: str | None, article: int, quote: int) -> tuple[int | None, NameKey | None]:
        """The node a speaker string names (a bare surname: a node of its article, linked by its story)."""
        name = read_name(speaker)
        if name is None:
            return None, None
        if name.kind == "unnamed":
            return self.node(("u", article, name.words), name, quote), name
        if name.kind == "org":
            return self.node(("o", name.words), name, quote), name
        if name.full:
            return self._full_name_node(name, quote), name
        org = self._node.get(("o", name.words))
        return (org, name) if org is not None else (self.node(("s", article, name.words), name, quote), name)

    def _full_name_node(self, name: NameKey, quote: int) -> int:
        """One node per full name; a middle initial makes a variant that joins the plain name
        unless another middle initial was seen with it (George H. W. Bush, George W. Bush)."""
        plain = self.node(("p", name.words), name, quote)
        if not name.middle:
            return plain
        variant = self.node(("p", name.words, name.middle), name, quote)
        middles = self._middles.setdefault(name.words, set())
        middles.add(name.middle)
        if len(middles) == 1:
            self.sets.union(plain, variant)
        return variant

    def credit(self, node: int, speaker: str, quote: int) -> None:
        """Record ``quote`` credited to ``node`` under the string ``speaker``."""
        self.names[node][speaker] = self.names[node].get(speaker, 0) + 1
        self._quotes[node].append(quote)

    def quotes_of(self, node: int) -> list[int]:
        """The quotes credited to one name node."""
        return self._quotes[node]

    def link_story(self, credits: Iterable[tuple[int, int | None, NameKey | None]]) -> None:
        """Link the names of one story; ``credits`` are (article, node, name key) of its quotes."""
        credits = [c for c in credits if c[1] is not None and c[2] is not None]
        full = sorted({n for _, n, k in credits if k.full})
        self._link_typos(full, credits)
        self._link_tails(full)
        partial: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for _, node, name in credits:
            if name.kind == "person" and not name.full:
                partial[name.words].append(node)
        for words, nodes in sorted(partial.items()):
            self._resolve_partial(words, nodes, full)

    def _link_typos(self, full: list[int], credits: list[tuple[int, int | None, NameKey | None]]) -> None:
        """Join full names a typo apart unless one article credits both."""
        articles: dict[int, set[int]] = defaultdict(set)
        for article, node, _ in credits:
            if node is not None:
                articles[node].add(article)
        for i, a in enumerate(full):
            for b in full[i + 1 :]:
                if not self.sets.same(a, b) and close_variant(self.key[a], self.key[b]):
                    if not articles[a] & articles[b]:
                        self.sets.union(a, b)

    def _link_tails(self, full: list[int]) -> None:
        """A long name whose last two words are another name of the story: a description before the name."""
        by_words = {self.key[n].words: n for n in full}
        for n in full:
            tail = self.key[n].tail
            if tail and tail in by_words:
                self.sets.union(n, by_words[tail])

    def _resolve_partial(self, words: tuple[str, ...], nodes: list[int], full: list[int]) -> None:
        """A bare surname or initial: one person across the story, the story's one full name that fits it."""
        partial = self.key[nodes[0]]
        fits = {
            self.sets.find(n)
            for n in full
            if self.key[n].family == partial.family and self.key[n].generation == partial.generation
            and (len(words) == 1 or self.key[n].words[0][0] == words[0][0])
        }
        if len(fits) > 1:
            return
        for node in nodes[1:]:
            self.sets.union(nodes[0], node)
        if fits:
            self.sets.union(nodes[0], fits.pop())

    def nodes_of(self, person: int) -> list[int]:
        """The name nodes of one person."""
        return self.sets.members(person)

    def person(self, node: int | None) -> int | None:
        """The person id of a node (its oldest node's id)."""
        return None if node is None else self.sets.find(node)
