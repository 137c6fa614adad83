"""Correct the odd attribution out where the corpus makes the speaker of a quote plain.

Owns one rule: in a quote group where two or more articles credit one person
and a single article credits someone else, either through a weak mention (a
pronoun, a bare surname, an unnamed source) or to a name credited nowhere else
in the corpus, that article's quote is credited to the majority's person, if
the article itself names that person (spelled as the article spells it).
Where two people are credited and one credit came from a pronoun, the named
credit wins, on the same condition.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .names import close_variant, read_name

PRONOUNS = frozenset("he she they it him her his we i".split())
_CAPITALISED_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+)+")


def weak_mention(item: dict) -> bool:
    """Whether the speaker came from a pronoun, a bare surname or a description, not a full name."""
    mention = (item.get("speaker_mention") or "").strip()
    if not mention or mention.lower() in PRONOUNS:
        return True
    name = read_name(mention)
    return name is None or name.kind == "unnamed" or (name.kind == "person" and not name.full)


def spelling_in(text: str, aliases: list[str]) -> str | None:
    """How ``text`` spells one of ``aliases`` (itself, or a variant a typo away), None if it does not."""
    keys = [k for k in (read_name(a) for a in aliases) if k is not None and k.full]
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        stretches = [words[i : i + n] for n in (2, 3) for i in range(len(words) - n + 1)]
        for stretch in stretches:  # "Mayor Marty Walsh" holds "Marty Walsh"; "Sonya A. Zoghlin" is one
            candidate = " ".join(stretch)
            found = read_name(candidate)
            if found is not None and found.full and any(found.words == k.words or close_variant(found, k) for k in keys):
                return candidate
    return None


def pronoun_mention(item: dict) -> bool:
    """Whether the speaker was resolved from a pronoun ("he said")."""
    return (item.get("speaker_mention") or "").strip().lower() in PRONOUNS


def majority_corrections(members: list[tuple[int, int, int | None]]) -> dict[int, int]:
    """Given (quote id, article, person) of one group: quote id -> the person it should be credited to."""
    articles_of: dict[int, set[int]] = defaultdict(set)
    for _, article, person in members:
        if person is not None:
            articles_of[person].add(article)
    if len(articles_of) < 2:
        return {}
    ranked = sorted(articles_of.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    top, top_articles = ranked[0]
    if len(top_articles) < 2 or any(len(arts) > 1 for _, arts in ranked[1:]):
        return {}
    return {q: top for q, article, person in members if person is not None and person != top
            and article not in top_articles}


def pronoun_corrections(members: list[tuple[int, int, int | None, bool]]) -> dict[int, int]:
    """Two credits of one quote, one from a pronoun and one from a name: the pronoun's quote -> the named person.

    ``members`` are (quote id, article, person, credited through a pronoun).
    """
    persons = {p for _, _, p, _ in members if p is not None}
    if len(persons) != 2:
        return {}
    named = {p for _, _, p, pronoun in members if p is not None and not pronoun}
    from_pronoun = {p for _, _, p, pronoun in members if p is not None and pronoun}
    if len(named) != 1 or from_pronoun & named:
        return {}
    (person,) = named
    return {q: person for q, _, p, pronoun in members if pronoun and p is not None and p != person}
