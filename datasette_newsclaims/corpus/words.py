"""Words of a quote, normalised for comparing printings of one utterance.

Owns the normalisation only (quote marks, apostrophes, capitals, accents,
hyphens, number words, a few spelling variants, bracketed insertions and
ellipses); it must not decide whether two quotes are the same.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
# British spellings reporters' copy desks change: -our -> -or, -ise/-yse -> -ize/-yze, -re -> -er
_SPELLING = [
    (re.compile(r"(?<=[a-z]{3})our(s?)$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{4})is(e|es|ed|ing|ation)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3}[^aeiou])tre(s?)$"), r"ter\1"),
]
_SPELLING_KEEP = {"your", "yours", "four", "hour", "hours", "pour", "tour", "sour", "flour", "devour",
                  "promise", "promised", "exercise", "exercised", "otherwise", "likewise", "surprise",
                  "surprised", "surprising", "advertise", "compromise", "expertise", "franchise", "paradise",
                  "premise", "precise", "concise", "demise", "merchandise", "enterprise", "treatise"}
_TOKEN = re.compile(r"\w+|\.\.\.|…|\. \. \.|[\[\]()]")
_QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class QuoteWords:
    """A quote's normalised words; ``optional[i]`` marks bracketed insertions and words after an ellipsis gap."""

    words: tuple[str, ...]
    optional: tuple[bool, ...]
    gap_before: tuple[bool, ...]
    core: tuple[str, ...]  # the words without bracketed insertions


def fold(text: str) -> str:
    """Lower case, accents removed, curly quotes straightened."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTE_MARKS))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def normal_word(word: str) -> str:
    """One folded word with number words as digits and British spellings as American ones."""
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if len(word) > 5 and word not in _SPELLING_KEEP:
        for pattern, repl in _SPELLING:
            word = pattern.sub(repl, word)
    return word


def quote_words(text: str) -> QuoteWords:
    """Tokenise a quote: apostrophes dropped inside words, hyphens split, brackets and ellipses noted."""
    folded = re.sub(r"(?<=\w)'(?=\w)", "", fold(text)).replace("_", " ")
    words: list[str] = []
    optional: list[bool] = []
    gap_before: list[bool] = []
    depth = 0
    gap = False
    for token in _TOKEN.findall(folded):
        if token in "[(":
            depth += 1
        elif token in "])":
            depth = max(0, depth - 1)
        elif token in ("...", "…", ". . ."):
            gap = True
        else:
            words.append(normal_word(token))
            optional.append(depth > 0)
            gap_before.append(gap)
            gap = False
    core = tuple(w for w, o in zip(words, optional) if not o)
    return QuoteWords(tuple(words), tuple(optional), tuple(gap_before), core)
