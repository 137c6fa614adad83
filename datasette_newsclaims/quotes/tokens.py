"""Tokens of the writer's text around a quote: words, punctuation, possessives.

Owns: how a stretch of text is cut into (token, offset) pairs for the phrase
walkers (closed parentheticals dropped, sentence periods split off) and the
small predicates over one token.

Must not touch: which phrase is a speaker (``phrases``, ``sources``).
"""
from __future__ import annotations

import re

from .names import clean_token

_WORD_RE = re.compile(r"\w[\w\u0300-\u036f'’\-]{0,40}(?:\.\w{1,3}){0,4}\.?|[^\w\s]")  # combining accents too

Token = tuple[str, int]


def tokens(s: str, base: int) -> list[Token]:
    """Word and punctuation tokens of ``s`` as (token, start); closed parentheticals
    ('(D)', '(R-Wis.)', '[Goldman Sachs Summit]') dropped, an unclosed bracket kept open."""
    out = []
    opened: list[int] = []
    for m in _WORD_RE.finditer(s):
        tok = m.group()
        if tok in ("(", "["):
            opened.append(len(out))
            out.append((tok, base + m.start()))  # a boundary while it stays open
            continue
        if tok in (")", "]"):
            if opened:
                k = opened.pop()
                if len(out) - k <= 24:
                    del out[k:]
            continue
        tok, ended = clean_token(tok)
        out.append((tok, base + m.start()))
        if ended:
            out.append((".", base + m.end() - 1))
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


