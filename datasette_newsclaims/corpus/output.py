"""The linker's state as plain dicts: items with their ids, and the groups, people, claims and stories.

Owns the shape of analyze_corpus()'s result; it reads the Linker and never
changes its links. Group and claim ids are None for an item linked to no
item of another article.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from . import summaries
from .attribution import majority_corrections, pronoun_corrections, pronoun_mention, spelling_in, weak_mention


def _quote_groups(linker) -> dict[int, list[int]]:
    """Group id -> quote ids, for groups printed by two articles or more."""
    groups: dict[int, list[int]] = defaultdict(list)
    for qid in range(len(linker.quotes)):
        groups[linker.quote_groups.group(qid)].append(qid)
    return {g: qs for g, qs in groups.items() if len({linker.quotes[q].article for q in qs}) > 1}


def _corrected_speakers(linker, groups: dict[int, list[int]]) -> dict[int, tuple[int, str]]:
    """Quote id -> (person, speaker string) where the group's majority overrides a weak attribution."""
    out: dict[int, tuple[int, str]] = {}
    articles_of_person = Counter(
        {p: len(arts) for p, arts in _articles_by_person(linker).items()}
    )
    for qids in groups.values():
        members = [(q, linker.quotes[q].article, linker.people.person(linker.quotes[q].person_node)) for q in qids]
        proposed = majority_corrections(members) or pronoun_corrections(
            [(*m, pronoun_mention(linker.quotes[m[0]].item)) for m in members]
        )
        for q, person in proposed.items():
            record = linker.quotes[q]
            credited = linker.people.person(record.person_node)
            if not weak_mention(record.item) and articles_of_person.get(credited, 0) > 1:
                continue
            aliases = _aliases(linker, person)
            text = linker.article_texts.get(record.article, "")
            spelled = spelling_in(text, aliases)
            if spelled:
                out[q] = (person, spelled)
    return out


def _articles_by_person(linker) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for record in linker.quotes:
        person = linker.people.person(record.person_node)
        if person is not None:
            out[person].add(record.article)
    return out


def _aliases(linker, person: int) -> list[str]:
    names: Counter = Counter()
    for node in linker.people.nodes_of(person):
        names.update(linker.people.names[node])
    return [n for n, _ in names.most_common()]


def corpus_result(linker) -> dict:
    """analyze_corpus()'s dict: quotes, figures, quote_groups, people, claims, stories."""
    groups = _quote_groups(linker)
    corrected = _corrected_speakers(linker, groups)
    group_of = {q: g for g, qs in groups.items() for q in qs}
    quotes = []
    for qid, record in enumerate(linker.quotes):
        item = dict(record.item)
        person = linker.people.person(record.person_node)
        if qid in corrected:
            person, item["speaker"] = corrected[qid]
            item["speaker_corrected_from"] = record.item.get("speaker")
        item.update(article=linker.articles[record.article].key, group=group_of.get(qid), person=person)
        quotes.append(item)
    figures = []
    for fid, record in enumerate(linker.figures):
        item = dict(record.item)
        item.update(article=linker.articles[record.article].key, claim=linker.claim_of.get(fid))
        figures.append(item)
    return {
        "quotes": quotes,
        "figures": figures,
        "quote_groups": summaries.quote_groups(linker, groups, quotes),
        "people": summaries.people(linker, quotes),
        "claims": summaries.claims(linker, figures),
        "stories": summaries.stories(linker),
    }

