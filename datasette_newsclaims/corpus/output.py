"""The linker's state as plain dicts: items with their ids, and the groups, people, claims and stories.

Owns the shape of analyze_corpus()'s result and the reading of the linker
that the database writer shares (group members, corrected attributions); it
never changes the links. Group and claim ids are None for an item linked to
no item of another article.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from . import summaries
from .attribution import majority_corrections, pronoun_corrections, pronoun_mention, spelling_in, weak_mention


def printed_group(linker, group: int) -> list[int] | None:
    """The quotes of a group if two articles or more print it, else None."""
    qids = linker.quote_groups.sets.members(group)
    return qids if len({linker.quotes[q].article for q in qids}) > 1 else None


def quote_groups(linker) -> dict[int, list[int]]:
    """Group id -> quote ids, for every group printed by two articles or more."""
    out = {}
    for root in linker.quote_groups.sets.roots():
        qids = printed_group(linker, root)
        if qids:
            out[root] = qids
    return out


def person_articles(linker, person: int) -> int:
    """How many articles credit a person (before corrections)."""
    nodes = linker.people.nodes_of(person)
    return len({linker.quotes[q].article for n in nodes for q in linker.people.quotes_of(n)})


def corrected_speakers(linker, qids: list[int]) -> dict[int, tuple[int, str]]:
    """Of one group's quotes: quote id -> (person, speaker string) where the corpus overrides a weak credit."""
    members = [(q, linker.quotes[q].article, linker.people.person(linker.quotes[q].person_node)) for q in qids]
    proposed = majority_corrections(members) or pronoun_corrections(
        [(*m, pronoun_mention(linker.quotes[m[0]].item)) for m in members]
    )
    out: dict[int, tuple[int, str]] = {}
    for q, person in proposed.items():
        record = linker.quotes[q]
        credited = linker.people.person(record.person_node)
        if not weak_mention(record.item) and person_articles(linker, credited) > 1:
            continue
        spelled = spelling_in(linker.text_of(record.article), aliases(linker, person))
        if spelled:
            out[q] = (person, spelled)
    return out


def aliases(linker, person: int) -> list[str]:
    """The speaker strings credited to a person, most credited first."""
    names: Counter = Counter()
    for node in linker.people.nodes_of(person):
        names.update(linker.people.names[node])
    return [n for n, _ in names.most_common()]


def _article_fields(linker, aid: int) -> dict:
    record = linker.articles[aid]
    return {"article": record.key, "published": record.published, "outlet": record.source}


def corpus_result(linker) -> dict:
    """analyze_corpus()'s dict: quotes, figures, quote_groups, people, claims, stories."""
    groups = quote_groups(linker)
    corrected = {q: c for qids in groups.values() for q, c in corrected_speakers(linker, qids).items()}
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
        "quotes": quotes, "figures": figures,
        "quote_groups": [summaries.quote_group_row(g, [_printing(linker, q, quotes[q]) for q in qs])
                         for g, qs in sorted(groups.items())],
        "people": _people(linker, quotes), "claims": _claims(linker, figures), "stories": _stories(linker),
    }


def _printing(linker, qid: int, item: dict) -> dict:
    return {**_article_fields(linker, linker.quotes[qid].article), "text": item["text"],
            "speaker": item.get("speaker"), "person": item["person"]}


def _people(linker, quotes: list[dict]) -> list[dict]:
    by_person: dict[int, list[int]] = defaultdict(list)
    for qid, item in enumerate(quotes):
        if item["person"] is not None:
            by_person[item["person"]].append(qid)
    return [summaries.person_row(p, [_printing(linker, q, quotes[q]) for q in qids])
            for p, qids in sorted(by_person.items())]


def _claims(linker, figures: list[dict]) -> list[dict]:
    by_claim: dict[int, list[int]] = defaultdict(list)
    for fid, item in enumerate(figures):
        if item["claim"] is not None:
            by_claim[item["claim"]].append(fid)
    return [summaries.claim_row(c, linker.figures[c].subject, [
        {**_article_fields(linker, linker.figures[f].article), "text": figures[f].get("text"),
         "value": figures[f].get("value"), "speaker": figures[f].get("speaker"),
         **_base_value(linker, f, figures[f].get("value"))} for f in fids])
        for c, fids in sorted(by_claim.items())]


def _base_value(linker, fid: int, value) -> dict:
    """``{"base_value": ...}`` where the figure's unit scales its value (centuries to years), else {}."""
    scale = linker.figures[fid].subject.scale
    return {"base_value": value * scale} if value is not None and scale != 1.0 else {}


def _stories(linker) -> list[dict]:
    rows = []
    for sid in linker.stories.sets.roots():
        members = linker.stories.members(sid)
        if len(members) > 1:
            rows.append(summaries.story_row(sid, [
                {"article": linker.articles[a].key, "published": linker.articles[a].published,
                 "title": linker.articles[a].title} for a in members]))
    return rows
