"""The words in which one printing of a quote differs from the group's fullest printing.

Owns the word-level comparison and its markup: every word is escaped, the
words the fullest printing does not have are wrapped in ``<mark>``, and a
gap where the printing leaves words out gets a marker. Must not query.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from markupsafe import Markup

from ..corpus.words import fold

_TOKEN = re.compile(r"\S+")
_MARK = Markup('<mark class="nc-diff">{}</mark>')
_GAP = Markup('<span class="nc-diff-gap" title="{} words left out">…</span>')


def _key(word: str) -> str:
    return re.sub(r"[^\w]", "", fold(word))


def word_keys(text: str | None) -> list[str]:
    """The words of ``text`` as compared (accents folded, punctuation dropped):
    computed once for the fullest printing, then passed for every printing."""
    return [_key(w) for w in _TOKEN.findall(text or "")]


def marked_differences(text: str, reference: list[str]) -> tuple[Markup, int, int]:
    """(``text`` as HTML with the words that differ from ``reference`` (:func:`word_keys`
    of the fullest printing) marked, words it adds, words of the fullest it leaves out)."""
    words = _TOKEN.findall(text or "")
    matcher = SequenceMatcher(None, [_key(w) for w in words], reference, autojunk=False)
    parts: list[Markup] = []
    added = left_out = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        chunk = Markup(" ").join(words[i1:i2])  # join escapes each word
        if op == "equal":
            parts.append(chunk)
            continue
        if i2 > i1:
            added += i2 - i1
            parts.append(_MARK.format(chunk))
        if j2 > j1 and 0 < i1 < len(words):
            parts.append(_GAP.format(j2 - j1))
        if j2 > j1:
            left_out += j2 - j1
    return Markup(" ").join(p for p in parts if p), added, left_out
