"""The words in which one printing of a quote differs from the group's fullest printing.

Owns the word-level comparison and its markup: every word is escaped, the
words the fullest printing does not have are wrapped in ``<mark>``, and a
gap where the printing leaves words out gets a marker. Must not query.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from markupsafe import Markup, escape

from ..corpus.words import fold

_TOKEN = re.compile(r"\S+")


def _key(word: str) -> str:
    return re.sub(r"[^\w]", "", fold(word))


def marked_differences(text: str, fullest: str) -> tuple[Markup, int, int]:
    """(``text`` as HTML with its differing words marked, words it adds, words of ``fullest`` it leaves out)."""
    words = _TOKEN.findall(text or "")
    reference = [_key(w) for w in _TOKEN.findall(fullest or "")]
    matcher = SequenceMatcher(None, [_key(w) for w in words], reference, autojunk=False)
    parts: list[str] = []
    added = left_out = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        chunk = " ".join(str(escape(w)) for w in words[i1:i2])
        if op == "equal":
            parts.append(chunk)
            continue
        if i2 > i1:
            added += i2 - i1
            parts.append(f'<mark class="nc-diff">{chunk}</mark>')
        if j2 > j1 and 0 < i1 < len(words):
            parts.append(f'<span class="nc-diff-gap" title="{j2 - j1} words left out">…</span>')
        if j2 > j1:
            left_out += j2 - j1
    return Markup(" ".join(p for p in parts if p)), added, left_out
