"""Reading one capitalised run as names: tokens, titles, family names, genders.

Owns: ``RUN_RE`` (a run of capitalised words), ``names_in_run`` (the names in one
run, titles and honorifics split off: "Chicago Mayor Rahm Emanuel"), the token
helpers (``norm``, ``split_title``, ``name_key``, ``gender_of_tokens``) and Title
Case headlines, whose capitals are no names.

Must not touch: the article as a whole (``people.ArticleNames`` indexes the
runs of one article and resolves mentions to full names).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    ABBREVIATIONS,
    HEADLINE_VERBS,
    SUFFIXES,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_WORDS,
    TITLE_WORDS,
)

# Upper-case letters of the Latin, Greek and Cyrillic blocks, as one class.
UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper() and chr(c).isalpha())
_UP = "[" + re.escape(UPPER) + "]"
# a word, initials ("P.J.") or an initial fused to a name ("T.Clayson"); opening with a character class
# keeps the scan fast
_TOK = (_UP + r"(?:\.(?:" + _UP + r"\.){1,2}(?=[ \u00a0])|\." + _UP + r"[a-z][\w'’\-]{1,30}|"
        r"[\w\u0300-\u036f'’\-]{0,30}\.?)")
_PART = "(?:" + "|".join(sorted(NAME_PARTICLES)) + r")[ \u00a0]"
# A run of up to eight capitalised words, joined by single spaces (particles allowed).
# (No look-behind: a pattern that opens with a character class is found much faster.)
RUN_RE = re.compile(_TOK + r"(?:[ \u00a0](?:" + _PART + ")?" + _TOK + "){0,7}")



def clean_token(tok: str) -> tuple[str, bool]:
    """Strip a sentence period from a token: returns (token, ended_sentence)."""
    if tok.endswith(".") and len(tok) > 1:
        core = tok[:-1]
        low = core.lower()
        if len(core) == 1 or low in ABBREVIATIONS or "." in core:
            return tok, False
        return core, True
    return tok, False


def split_fused(tok: str) -> str:
    """Cut a token where scraped widget text fused two words (``SessionsJefferson`` -> ``Sessions``)."""
    if tok[1:].islower() or tok.isupper():
        return tok
    for i in range(4, len(tok) - 1):
        if tok[i].isupper() and tok[i - 1].islower() and tok[i + 1].islower():
            return tok[:i]
    return tok


def norm(tok: str) -> str:
    """A token lower-cased, its final periods dropped and curly apostrophes straightened."""
    low = tok.lower()
    if low[-1:] == ".":
        low = low.rstrip(".")
    return low.replace("’", "'") if "’" in low else low


def is_title(tok: str) -> bool:
    """A title or honorific word ("Sen.", "Mayor"), or a possessive that belongs to one."""
    low = norm(tok)
    if low.endswith("'s"):
        return True  # "Belgium's King Philippe": the possessive belongs to the title
    return low in TITLE_WORDS


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(title tokens, name tokens) of a capitalised run such as ``Chicago Mayor Rahm Emanuel``."""
    if not tokens or norm(tokens[-1]) in ORG_WORDS:
        return [], tokens
    cut = 0
    for i, tok in enumerate(tokens[:-1]):
        # a role word before a given and a family name is a title too ("Principal Ann Lee")
        if is_title(tok) or (norm(tok) in ROLE_WORDS and len(tokens) - i > 2):
            cut = i + 1
    if cut and norm(tokens[cut - 1]) in ("of", "for"):
        cut -= 1
    name = tokens[cut:]
    if len(name) >= 3 and norm(name[0]) not in MALE_NAMES and norm(name[0]) not in FEMALE_NAMES:
        # "(District of) Massachusetts Joshua Levy": what stands before the given name qualifies it
        k = next((k for k in range(1, len(name) - 1)
                  if norm(name[k]) in MALE_NAMES or norm(name[k]) in FEMALE_NAMES), 0)
        cut += k
    return tokens[:cut], tokens[cut:]


def name_key(tokens: list[str]) -> str:
    """The family name that identifies a person: the last token that is not a suffix."""
    for tok in reversed(tokens):
        low = norm(tok)
        if low not in SUFFIXES:
            return low
    return ""


def gender_of_tokens(title: list[str], name: list[str]) -> str | None:
    """'m' or 'f' from a gendered title or a common given name, else None."""
    for tok in title:
        low = norm(tok)
        if low in MALE_TITLES:
            return "m"
        if low in FEMALE_TITLES:
            return "f"
    if len(name) >= 2:
        first = norm(name[0])
        if first in MALE_NAMES:
            return "m"
        if first in FEMALE_NAMES:
            return "f"
    return None


@lru_cache(maxsize=100_000)
def names_in_run(run: str) -> tuple:
    """The names in one capitalised run, as (offset, title, name, key, possessive, gender) tuples.

    Cached: the same runs ("Trump", "Mr. Trump") come back in every article.
    """
    if " " not in run and "\u00a0" not in run:
        # one word, most often a sentence opener ("The", "But"): the fast path
        low = run.lower().rstrip(".")
        if low in NOT_NAMES or low in TITLE_WORDS:
            return ()
        tok, _ = clean_token(run)
        got = _analyse_tokens((split_fused(tok),))
        return ((0,) + got,) if got else ()
    out = []
    toks: list[str] = []
    pos = first_pos = 0
    parts = run.replace("\u00a0", " ").split(" ")
    for index, raw in enumerate(parts):
        tok, ended = clean_token(raw)
        fused = split_fused(tok)
        low = fused.lower()
        if (low.endswith("ed") and len(low) > 5 and low not in MALE_NAMES) or low in HEADLINE_VERBS:
            # a verb in a Title Case headline ("Hillary Clinton Flattered Obama") ends the name
            if toks:
                got = _analyse_tokens(tuple(toks))
                if got:
                    out.append((first_pos,) + got)
            toks = []
            pos += len(raw) + 1
            first_pos = pos
            continue
        if not toks:
            low = fused.lower()
            if (low in NOT_NAMES and not (low == "new" and index + 1 < len(parts))) or (
                    low.endswith("ing") and len(low) > 6 and low not in MALE_NAMES):  # ("New York" keeps "New")
                # "But Sessions", "Hammering Hillary Clinton": no part of the name
                pos += len(raw) + 1
                first_pos = pos
                continue
        toks.append(fused)
        pos += len(raw) + 1
        if ended or fused is not tok:
            got = _analyse_tokens(tuple(toks))
            if got:
                out.append((first_pos,) + got)
            toks = []
            first_pos = pos
    if toks:
        got = _analyse_tokens(tuple(toks))
        if got:
            out.append((first_pos,) + got)
    return tuple(out)


def _analyse_tokens(toks: tuple) -> tuple | None:
    """(title, name, key, possessive, gender) of one name's tokens, or None."""
    if len(toks) > 1:
        toks = tuple(t for k, t in enumerate(toks) if norm(t) not in NOT_NAMES or norm(t) in NAME_PARTICLES
                     or (norm(t) == "new" and k + 1 < len(toks)))
        if not toks:
            return None
    title, name = split_title(list(toks))
    if not name:
        return None
    possessive = False
    last = name[-1]
    if last.endswith(("'s", "’s")) and len(last) > 2:
        # "Trump's comments": the same person, but a possessor rather than a subject
        name = name[:-1] + [last[:-2]]
        possessive = True
    key = name_key(name)
    given = len(name) >= 2 and (norm(name[0]) in MALE_NAMES or norm(name[0]) in FEMALE_NAMES or bool(title))
    if not key or (key in TITLE_WORDS and not given) or key in NOT_NAMES:
        return None  # (a title word after a given name is a family name: "Jim Press", "Cpl. Gabrielle King")
    gender = gender_of_tokens(title, name) if (title or len(name) > 1) else None
    return (title, name, key, possessive, gender)


_SHORT_LINE_RE = re.compile(r"^[^\n]{12,400}$", re.M)  # (up to a run of linked headlines)


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Short lines written in Title Case ("Witness Debunks Claim Trump Groped Woman")."""
    out = []
    for m in _SHORT_LINE_RE.finditer(text):
        line = m.group()
        if _LOWER_WORD_RE.search(line):
            continue  # a lowercase word other than of/the/a/...: running text
        caps = sum(1 for w in line.split() if w[:1].isupper())
        if caps >= 4 or (caps == 3 and len(line) <= 40 and not line.rstrip().endswith(".")):  # "The Pacific Winner"
            out.append((m.start(), m.end()))
    return out


_LOWER_WORD_RE = re.compile(r"(?<![\w'’\-])(?!(?:of|the|a|an|and|to|in|on|for|at|by|with|or|vs)\b)[a-z]")
