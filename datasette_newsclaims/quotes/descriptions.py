"""Definite descriptions to the named source they stand for: 'the company said' after the
company is named, 'the spokeswoman added' after 'FBI spokeswoman Ayn Dietrich-Williams'.

GUIDE.md: the speaker is the source's fullest name in the article; a source is its description
only when the article never names it. (PolNeAR annotates the description as written, so this
resolution scores lower there; GUIDE is the convention followed.)

Owns: which descriptions denote an organisation or a role, which capitalised runs before them
name an organisation, and the choice of the nearest fitting one.

Must not touch: pronouns (``coref``) or how a description was found (``cues``, ``sources``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .article import QuotedArticle
from .lexicon import FEMALE_NAMES, MALE_NAMES, ORG_DESCRIPTION_NOUNS, ORG_WORDS, ROLE_WORDS, TITLE_WORDS
from .names import norm
from .marks import QuoteSpan

_LOOK_BACK = 2000  # characters searched back for the named organisation
_ROLE_LOOK_BACK = 3000
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|gov|edu|co\.uk)\b")
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_WEB_NAME_RE = re.compile(r"[A-Z][\w\-]{0,40}\.(?:com|org|net|gov|edu|co\.uk)\b")
# the start of an organisation's name that a connective splits off: "Royal Bank of", "Bank for"
_NAME_OF_RE = re.compile(r"(?<![\w.])((?:[A-Z][\w&'’\-]+ ){1,4}(?:of|for|on|and|&)(?: the)?)\s\Z")


def named_source_of_description(article: QuotedArticle, sp: QuoteSpan) -> str | None:
    """The named source a definite description stands for, or None to keep the description."""
    return _role_named(article, sp.mention, sp.anchor) or _organisation_named(article, sp.mention, sp.anchor)


def _role_named(article: QuotedArticle, mention: str, anchor: int) -> str | None:
    """'the spokeswoman added': the person the article named with that role shortly before
    ('FBI spokeswoman Ayn Dietrich-Williams', 'Police Spokesman Mark Dane')."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    role = words[1].lower()
    if role not in ROLE_WORDS:
        return None
    names = article.names
    k = bisect_left(names.mention_positions, anchor) - 1
    while k >= 0:
        pos, title, name = names.mentions[k]
        if anchor - pos > _ROLE_LOOK_BACK:
            break
        if len(name) >= 2 and (role in {norm(t) for t in title} or names.role_before(pos) == role):
            return names.resolve(title, name, pos).name
        k -= 1
    return None


def organisation_head(mention: str) -> str | None:
    """The head noun of a definite description of an organisation ('the company', 'the oil
    giant', 'the Seattle-based retailer'), or None."""
    words = mention.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or any(w[:1].isupper() for w in words[1:]):
        return None
    head = words[-1].lower()
    return head if head in ORG_DESCRIPTION_NOUNS else None


def _organisation_named(article: QuotedArticle, mention: str, anchor: int) -> str | None:
    """'the company said': the organisation named nearest before, outside quotes."""
    head = organisation_head(mention)
    if head is None:
        return None
    names, text = article.names, article.text
    k = bisect_left(names.mention_positions, anchor) - 1
    while k >= 0:
        pos, title, name = names.mentions[k]
        k -= 1
        if anchor - pos > _LOOK_BACK:
            break
        if title or _inside_quote(article, pos):
            continue
        web = _WEB_NAME_RE.match(text, pos)
        if web:
            return web.group()  # "GunBroker.com" (whose camel case the name reader may cut)
        end = pos + len(" ".join(name))
        if _names_organisation(text, pos, end, name, head) and not _names_person(article, name):
            domain = _DOMAIN_RE.match(text, end)
            before = _NAME_OF_RE.search(text, max(0, pos - 60), pos)
            lead = before.group(1) + " " if before else ""  # "Royal Bank of" + "Scotland Group"
            if lead.startswith("The "):
                lead = lead[4:]
            return lead + " ".join(name) + (domain.group() if domain else "")
    return None


def _names_organisation(text: str, pos: int, end: int, name: list[str], head: str) -> bool:
    """A capitalised run that names an organisation: an organisation word last ('United Gun Group'),
    an acronym ('BP'), a web or camel-cased name ('GunBroker.com', 'WikiLeaks'), or the description's
    own head noun right before it ('the website GunBroker.com')."""
    last = norm(name[-1])
    if last in ORG_WORDS or last in ORG_DESCRIPTION_NOUNS:
        return True
    if all(t.isupper() and t.isalpha() and len(t) >= 2 for t in name):
        return True
    if any(_CAMEL_RE.search(t) for t in name):
        return True
    return text[max(0, pos - len(head) - 2):pos].lower().rstrip().endswith(head)


def _names_person(article: QuotedArticle, name: list[str]) -> bool:
    """A person's name: a known given name first, or a family name the article gives a gender."""
    first = norm(name[0])
    if len(name) >= 2 and (first in MALE_NAMES or first in FEMALE_NAMES):
        return True
    return bool(article.names.gender(norm(name[-1]))) or norm(name[-1]) in TITLE_WORDS


def _inside_quote(article: QuotedArticle, pos: int) -> bool:
    """``pos`` stands inside one of the article's quoted spans."""
    i = bisect_right(article.span_starts, pos) - 1
    return i >= 0 and pos < article.spans[i].c1
