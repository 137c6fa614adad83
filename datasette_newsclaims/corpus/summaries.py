"""Summaries of quote groups, people, claims and stories for analyze_corpus()'s result.

Owns the per-group rows (what the database tables and pages show); it reads
the linker and the already-labelled item dicts and changes nothing.
"""
from __future__ import annotations

from collections import Counter, defaultdict


def _published(linker, article: int) -> str | None:
    return linker.articles[article].published


def _first(linker, articles) -> tuple[str | None, object]:
    """(date, article key) of the earliest article, undated ones last."""
    ordered = sorted(articles, key=lambda a: (_published(linker, a) is None, _published(linker, a) or "", a))
    return (_published(linker, ordered[0]), linker.articles[ordered[0]].key) if ordered else (None, None)


def quote_groups(linker, groups: dict[int, list[int]], quotes: list[dict]) -> list[dict]:
    """One row per group printed by two articles or more."""
    rows = []
    for gid, qids in sorted(groups.items()):
        articles = sorted({linker.quotes[q].article for q in qids})
        persons = sorted({quotes[q]["person"] for q in qids if quotes[q]["person"] is not None})
        speakers = sorted({quotes[q]["speaker"] for q in qids if quotes[q]["speaker"]})
        text = max((quotes[q]["text"] for q in qids), key=len)
        first_date, first_article = _first(linker, articles)
        rows.append({
            "id": gid, "text": text, "quotes": len(qids), "speakers": speakers, "persons": persons,
            "speakers_disagree": len(persons) > 1,
            "articles": [linker.articles[a].key for a in articles],
            "outlets": sorted({linker.articles[a].source for a in articles if linker.articles[a].source}),
            "first_article": first_article, "first_published": first_date,
        })
    return rows


def people(linker, quotes: list[dict]) -> list[dict]:
    """One row per person credited with a quote."""
    by_person: dict[int, list[int]] = defaultdict(list)
    for qid, item in enumerate(quotes):
        if item["person"] is not None:
            by_person[item["person"]].append(qid)
    rows = []
    for pid, qids in sorted(by_person.items()):
        names = Counter(quotes[q]["speaker"] for q in qids if quotes[q]["speaker"])
        articles = {linker.quotes[q].article for q in qids}
        dates = sorted(d for d in (_published(linker, a) for a in articles) if d)
        rows.append({
            "id": pid, "name": max(names, key=lambda n: (names[n], len(n), n)) if names else None,
            "aliases": sorted(names), "quotes": len(qids), "articles": len(articles),
            "outlets": sorted({linker.articles[a].source for a in articles if linker.articles[a].source}),
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
        })
    return rows


def claims(linker, figures: list[dict]) -> list[dict]:
    """One row per claim: every value cited, by whom, when; whether the values disagree."""
    by_claim: dict[int, list[int]] = defaultdict(list)
    for fid, item in enumerate(figures):
        if item["claim"] is not None:
            by_claim[item["claim"]].append(fid)
    rows = []
    for cid, fids in sorted(by_claim.items()):
        subject = linker.figures[cid].subject
        cited = [{
            "value": figures[f].get("value"), "text": figures[f].get("text"), "speaker": figures[f].get("speaker"),
            "article": figures[f]["article"], "published": _published(linker, linker.figures[f].article),
            "outlet": linker.articles[linker.figures[f].article].source,
        } for f in fids]
        values = sorted({c["value"] for c in cited if c["value"] is not None})
        first_date, first_article = _first(linker, {linker.figures[f].article for f in fids})
        rows.append({
            "id": cid, "kind": subject.kind, "unit": subject.noun, "event": subject.event, "subject": subject.name,
            "values": cited, "min": values[0] if values else None, "max": values[-1] if values else None,
            "values_disagree": len(values) > 1, "articles": len({c["article"] for c in cited}),
            "first_article": first_article, "first_published": first_date,
        })
    return rows


def stories(linker) -> list[dict]:
    """One row per story of two articles or more."""
    rows = []
    for sid, members in sorted(linker.stories.members.items()):
        if len(members) < 2:
            continue
        ordered = sorted(members)
        dates = sorted(d for d in (_published(linker, a) for a in ordered) if d)
        rows.append({
            "id": sid, "title": linker.articles[sid].title, "articles": [linker.articles[a].key for a in ordered],
            "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
        })
    return rows
