"""Tokens of the writer's text around a quote: words, punctuation, possessives.

Owns: how a stretch of text is cut into (token, offset) pairs for the phrase
walkers (closed parentheticals dropped, sentence periods split off) and the
small predicates over one token.

Must not touch: which phrase is a speaker (``phrases``, ``sources``).
"""
from __future__ import annotations

import re

from .lexicon import SMALL_WORDS
from .names import clean_token

_WORD_RE = re.compile(r"\w[\w\u0300-\u036f'’\-]{0,40}(?:\.\w{1,3}){0,4}\.?|[^\w\s]")  # combining accents too

Token = tuple[str, int]


def tokens(s: str, base: int, limit: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``s`` as (token, start); closed parentheticals
    ('(D)', '(R-Wis.)', '[Goldman Sachs Summit]') dropped, an unclosed bracket kept open.

    With ``limit``, stop once at least ``limit`` tokens are read and no bracket is open: the
    result is then the first tokens of the full list, exactly (a later ``)`` can only drop
    tokens after an open bracket).
    """
    out: list[Token] = []
    add = out.append
    opened: list[int] = []
    for m in _WORD_RE.finditer(s):
        if limit is not None and not opened and len(out) >= limit:
            break
        tok = m.group()
        if tok in ("(", "["):
            opened.append(len(out))
            add((tok, base + m.start()))  # a boundary while it stays open
        elif tok in (")", "]"):
            if opened:
                k = opened.pop()
                if len(out) - k <= 24:
                    del out[k:]
        elif tok[-1] != "." or len(tok) == 1:
            add((tok, base + m.start()))  # (the common case: no period to split off)
        else:
            tok, ended = clean_token(tok)
            add((tok, base + m.start()))
            if ended:
                add((".", base + m.end() - 1))
    return out


def is_cap(tok: str) -> bool:
    """The token opens with a capital letter."""
    return tok[:1].isupper()


def is_word(tok: str) -> bool:
    """A word or number, not punctuation."""
    return tok[:1].isalnum()


def is_possessive(tok: str) -> bool:
    """A possessor, not a subject: "Trump's", "voters'"."""
    return tok.endswith(("'s", "’s", "s'", "s’"))


def is_title_case(words: list[str]) -> bool:
    """Every word but the small ones capitalised, and no sentence inside ("Hard Hats for Hillary,")."""
    if len(words) > 8:
        return False  # (checked first: most quotes are long)
    body = " ".join(words).rstrip(",.;:!?…")
    if any(ch in body for ch in ".;!?"):
        return False
    caps = [w for w in words if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return bool(caps) and all(w[:1].isupper() for w in caps)
