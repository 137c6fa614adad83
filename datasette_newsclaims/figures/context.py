"""The shared state of one figure scan and the small look-arounds every reader uses.

Owns :class:`Figure` (a figure being built: span, value, kind, unit and the
flags ranges need), :class:`ScannedText` (the text, its lower-cased copy and
the figures emitted so far) and helpers that read the word or approximator
right before a position. Must not decide what a number states: that is the
job of the reader modules (:mod:`.numbers`, :mod:`.classify` and below).
"""
from __future__ import annotations

import re

from .lexicon import QUALIFIERS

DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?")
_INDEX_WORDS = re.compile(r"Dow|Nasdaq|S&?P|FTSE|Nikkei|TSX|DAX|CAC|Hang Seng|Kospi|Sensex|[Ii]ndex|benchmark|Composite|industrial average")


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def trie_alternation(words) -> str:
    """A regex matching the same words as :func:`alternation`, factored by common prefixes.

    ``seven|seventeen|seventh`` becomes ``seven(?:t(?:een|h))?``: at each letter the
    regex engine tries one branch instead of every word, and the longer word is still
    tried first, so the matches are the same (the scan runs about 1.9x faster).
    """
    return _trie_regex(_trie(words))


def word_start_alternation(words, tail: str = "") -> str:
    """Top-level branches that each start with a plain letter, for :data:`.extract._SCAN`.

    Like ``\\b(?:trie)tail`` but the word boundary is tested after the first letter
    (``(?<!\\w.)``: no word character before it). A pattern whose branches all start with
    a literal gets a first-character set from the regex compiler, so the search skips the
    other characters in C (measured: about 5% faster on the news corpus, same matches).
    """
    trie = _trie(words)
    return "|".join(re.escape(c) + r"(?<!\w.)" + _trie_regex(trie[c]) + tail for c in sorted(trie) if c)


def _trie(words) -> dict:
    """The letters of ``words`` as nested dicts; ``""`` marks where a word ends."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return trie


def _trie_regex(node: dict) -> str:
    branches = [re.escape(c) + _trie_regex(node[c]) for c in sorted(node) if c]
    if not branches:
        return ""
    alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alt})?" if "" in node else alt


def to_float(digits: str) -> float:
    """``"1,200.5"`` -> 1200.5."""
    return float(digits.replace(",", ""))


class Figure:
    """A figure under construction; :func:`.extract.extract_figures` turns it into a dict."""

    __slots__ = ("start", "end", "value", "kind", "unit", "qualifier", "bare", "mantissa",
                 "scaled", "currency", "words", "factor", "raw")

    def __init__(self, start: int, end: int, value: float, kind: str = "count", unit: str | None = None):
        self.start, self.end, self.value, self.kind, self.unit = start, end, value, kind, unit
        self.qualifier = None
        self.bare = False  # no unit, scale, sign or noun of its own: a range may lend one
        self.mantissa = value
        self.scaled = False
        self.currency = None
        self.words = False
        self.factor = 1.0
        self.raw = None


def last_word(text: str, s: int) -> str:
    """The word right before ``s`` when a space or tab separates it from ``s``, else ''."""
    if s < 2 or text[s - 1] not in " \t":
        return ""
    ws = text[s - 30 if s > 30 else 0:s].rsplit(None, 1)  # (a conditional, not max(): this runs for every number)
    return ws[-1] if ws else ""


_QUALIFIER_LAST_WORDS = {q.split()[-1] for q in QUALIFIERS}


def qualifier_at(low: str, s: int) -> str | None:
    """The approximator right before ``s`` (``more than``, ``nearly``), normalized."""
    if s < 2 or low[s - 1] not in " \t":
        return None
    ws = low[s - 24 if s > 24 else 0:s].split()
    if not ws or ws[-1].lstrip("(\"'“‘[") not in _QUALIFIER_LAST_WORDS:
        return None  # (the cheap test first: most figures have no approximator)
    for k in (3, 2, 1):
        if len(ws) >= k:
            q = " ".join(ws[-k:]).lstrip("(\"'“‘[")
            if q in QUALIFIERS:
                return QUALIFIERS[q]
    return None


class ScannedText:
    """One text being read: the text (spaces normalized), its lower-cased copy, the figures found."""

    def __init__(self, text: str, low: str):
        self.text = text
        self.low = low
        self.n = len(text)
        self.figs: list[Figure] = []
        self._named: dict[str, bool] = {}
        self._local_dollar: str | None | bool = False  # False: not looked up yet

    def is_named_number(self, raw: str) -> bool:
        """``raw`` is used as a name in this text (``Boeing 787``); cached per number."""
        if raw not in self._named:
            from .identifiers import is_named_number

            self._named[raw] = is_named_number(self.text, raw)
        return self._named[raw]

    def local_dollar(self) -> str | None:
        """The article's local dollar (``AUD`` in an Australian article), found on first use."""
        if self._local_dollar is False:
            from .locale import local_dollar

            self._local_dollar = local_dollar(self.text)
        return self._local_dollar

    def in_index_context(self, s: int) -> bool:
        """A stock index is named near ``s``: its numbers are points."""
        return bool(_INDEX_WORDS.search(self.text, max(0, s - 250), min(self.n, s + 80)))

    def qualify(self, fig: Figure) -> None:
        """Set the figure's approximator from the words before it."""
        fig.qualifier = qualifier_at(self.low, fig.start)

    def emit(self, fig: Figure) -> int:
        """Keep ``fig`` (with its qualifier); return where the scan goes on."""
        if fig.qualifier is None:
            self.qualify(fig)
        self.figs.append(fig)
        return fig.end
