"""People with no name that a he, she or they stands for (part of step 5 of the quote extractor):
the unnamed person a sentence opens with ('A 29-year-old Berlin woman received ...', 'One
woman, who would not give her name, ...', 'Last month, Knijah's mother pleaded ...'), an
unnamed quote source ('says a doctor from Hebron'), plural people ('Deputies ... they').

Owns: ``description_antecedent``, ``definite_subject``, ``plural_subject``.

Must not touch: named people (``coref``, ``people``); these functions return descriptions
as the text writes them.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .article import QuotedArticle
from .lexicon import DATA_NOUNS, DOCUMENTS, FEMALE_NAMES, GROUP_NOUNS, KINSHIP_NOUNS, MALE_NAMES
from .names import norm
from .sources import person_noun_gender

# (each opens with its first letter and looks behind it for the sentence start: a pattern that opens
# with look-behinds is tried at every position)
# a sentence that opens with an unnamed person: "A 29-year-old Berlin woman, meanwhile, received ..."
# (also "One woman, who would not give her name, ..." and "Another neighbor said"; scraped text may
# lack the space after a period: "neighborhood.One woman")
_INDEFINITE_SUBJECT_RE = re.compile(
    r"((?:A(?:(?<=\nA)|(?<=[.!?][\"”’] A)|(?<=[.!?] A)|(?<=[a-z][.!?]A))(?:n|nother)?"
    r"|O(?:(?<=\nO)|(?<=[.!?][\"”’] O)|(?<=[.!?] O)|(?<=[a-z][.!?]O))ne) (?:[\w'’\-]+ ){0,4}?[a-z]+)(?=[ ,])")
# "Last month, Knijah's mother pleaded ...": a person described through a named one
_POSSESSIVE_SUBJECT_RE = re.compile(r"([A-Z][\w\-]{1,30}['’]s [a-z\-]{2,20}(?: [a-z\-]{2,20})?)(?=[ ,])")
_DEFINITE_SUBJECT_RE = re.compile(r"(T(?:(?<=\nT)|(?<=[.!?][\"”’] T)|(?<=[.!?] T)|(?<=^T))he (?:[\w'’\-]+ ){0,4}?[a-z]+)(?=[ ,])")
_DEFINITE_SPEAKER_RE = re.compile(r"T(?:(?<=\nT)|(?<=[.!?]T)|(?<=[.!?] T)|(?<=[.!?][\"”’] T))he(?: [a-z\-]+){1,3} (?:said|says|told|tells|added|adds)\b")


def description_antecedent(article: QuotedArticle, lo: int, pos: int, g: str) -> str | None:
    """A person introduced without a name after the last named one: the source of a quote
    ('says a doctor from Hebron') or a sentence's subject ('A 29-year-old Berlin woman received ...')."""
    text = article.text
    # quote sources only (computed already; indirect speech would cost a parse per cue)
    k = bisect_left(article.anchor_pos, pos) - 1
    while k >= 0 and article.anchor_pos[k] >= lo:
        ev = article.anchors[article.anchor_pos[k]]
        k -= 1
        if ev.kind != "description":
            continue
        pn = person_noun_gender(ev.mention)
        if pn in (g, "n") and ev.mention.split()[0].lower() in ("a", "an"):
            return ev.mention
        head = ev.mention.split()[-1].lower()
        if pn is not None or not (head.endswith("s") or head in DOCUMENTS or head in DATA_NOUNS or head in GROUP_NOUNS):
            lo = ev.anchor  # '"...," said the clerk. "...," he said': not someone before him
            break
    speaker = None
    for m in _DEFINITE_SPEAKER_RE.finditer(text, lo, pos):
        lo = m.end()  # 'The clerk said he is used to it. "...," he said': the clerk, or someone after
        speaker = m.group().rsplit(" ", 1)[0]
    best = _definite_speaker(article, speaker, g, pos)
    for m in _INDEFINITE_SUBJECT_RE.finditer(text, lo, pos):
        if person_noun_gender(m.group(1)) in (g, "n"):
            best = m.group(1)
    best = best[0].lower() + best[1:] if best else None
    return _possessive_subject(article, lo, pos, g) or best


def _definite_speaker(article: QuotedArticle, words: str | None, g: str, pos: int) -> str | None:
    """'The clerk said he is used to it': the unnamed quote source introduced before with that head
    noun ('the gas station clerk'), if a person of gender ``g`` (or either); None when no such
    source was quoted ('The mom and grandmother said ...' may stand for the woman just named)."""
    if not words or person_noun_gender(words) not in (g, "n", None):
        return None  # ('The woman said she ...' for a he)
    head = words.split()[-1].lower()
    k = bisect_left(article.anchor_pos, pos) - 1
    while k >= 0:
        ev = article.anchors[article.anchor_pos[k]]
        k -= 1
        if ev.kind == "description" and ev.mention.split()[-1].lower() == head:
            return ev.mention
    return None


def _possessive_subject(article: QuotedArticle, lo: int, pos: int, g: str) -> str | None:
    """A sentence whose subject is a person described through a named one ('Last month, Knijah's
    mother pleaded with him'), after the last person named: that description."""
    text, best = article.text, None
    if "’s " not in text[lo:pos] and "'s " not in text[lo:pos]:
        return None
    for m in _POSSESSIVE_SUBJECT_RE.finditer(text, lo, pos):
        words = m.group(1).split()
        if person_noun_gender(words[-1]) not in (g, "n") or words[-1] not in KINSHIP_NOUNS:
            continue
        start = article.sentence_start(max(0, m.start() - 200), m.start())
        lead = text[start:m.start()]
        if not lead.strip() or (lead.endswith(", ") and len(lead.split()) <= 4):
            best = m.group(1)
    return best


def definite_subject(article: QuotedArticle, lo: int, pos: int, g: str) -> str | None:
    """With no one named before: the person a sentence before opens with ('The 38-year-old French
    woman who received the transplant pleaded ...'), as a description."""
    best = None
    for m in _DEFINITE_SUBJECT_RE.finditer(article.text, lo, pos):
        if person_noun_gender(m.group(1)) in (g, "n"):
            best = m.group(1)
    return best[0].lower() + best[1:] if best else None


_PLURAL_SUBJECT_RE = re.compile(r"(?:(?:[A-Z][a-z]+ ){0,2})?([A-Za-z][a-z]{3,20}s)\b")


def plural_subject(article: QuotedArticle, pos: int) -> str | None:
    """'Deputies did not say what it was, but they described it as a "..."': the plural people
    that open the pronoun's sentence ('deputies', 'Officials', 'Local police officers')."""
    text = article.text
    start = article.sentence_start(max(0, pos - 300), pos)
    if (text.startswith("They ", start) or text[start:start + 1] in "\"“") and start > 1:
        # 'Prosecutors met him. They said ...', 'Big Machine have denied it. "...," they said'
        start = article.sentence_start(max(0, start - 300), start - 2)
    org = _PLURAL_ORGANISATION_RE.match(text, start, pos)
    if org and norm(org.group(1).split()[0]) not in MALE_NAMES | FEMALE_NAMES:
        return org.group(1)  # 'Big Machine have twice denied it. "...," they said' (British usage)
    m = _PLURAL_SUBJECT_RE.match(text, start, pos)
    if not m:
        return None
    head = m.group(1).lower()
    if person_noun_gender(head[:-1]) is None and head not in _PLURAL_PEOPLE:
        return None
    return m.group()[0].lower() + m.group()[1:]


_PLURAL_ORGANISATION_RE = re.compile(r"((?:[A-Z][\w&'’\-]+ ){0,3}[A-Z][\w&'’\-]+) (?:have|are|were) ")
_PLURAL_PEOPLE = frozenset("police officials authorities investigators deputies detectives officers".split())
