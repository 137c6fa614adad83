"""One summary row per quote group, person, claim and story, from the items they hold.

Owns the shape of those rows (what analyze_corpus() returns and what the
database tables hold). Every function takes plain dicts, so the corpus API
and the database build their rows the same way:

- a printing (quote): ``article``, ``published``, ``outlet``, ``text``, ``speaker``, ``person``
- a citing (figure): ``article``, ``published``, ``outlet``, ``text``, ``value``, ``speaker``, and
  ``base_value`` (the value in the unit's base: a quarter century is 25 years) where it differs
- a story article: ``article``, ``published``, ``title``
"""
from __future__ import annotations

from collections import Counter


def _first(items: list[dict]) -> tuple[str | None, object]:
    """(date, article) of the earliest item; undated ones last, ties by position."""
    if not items:
        return None, None
    first = min(enumerate(items), key=lambda ix: (ix[1]["published"] is None, ix[1]["published"] or "", ix[0]))[1]
    return first["published"], first["article"]


def _outlets(items: list[dict]) -> list[str]:
    return sorted({i["outlet"] for i in items if i.get("outlet")})


def quote_group_row(group_id: int, printings: list[dict]) -> dict:
    """A quote group: representative text (the longest printing), speakers, whether they disagree."""
    persons = sorted({p["person"] for p in printings if p["person"] is not None})
    first_date, first_article = _first(printings)
    return {
        "id": group_id, "text": max((p["text"] for p in printings), key=len), "quotes": len(printings),
        "speakers": sorted({p["speaker"] for p in printings if p["speaker"]}), "persons": persons,
        "speakers_disagree": len(persons) > 1, "articles": sorted({p["article"] for p in printings}, key=str),
        "outlets": _outlets(printings), "first_article": first_article, "first_published": first_date,
    }


def person_row(person_id: int, printings: list[dict]) -> dict:
    """A person: the name most credited, every alias, counts, outlets, first and last seen."""
    names = Counter(p["speaker"] for p in printings if p["speaker"])
    dates = sorted(p["published"] for p in printings if p["published"])
    return {
        "id": person_id, "name": max(names, key=lambda n: (names[n], len(n), n)) if names else None,
        "aliases": sorted(names), "quotes": len(printings), "articles": len({p["article"] for p in printings}),
        "outlets": _outlets(printings), "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
    }


def claim_row(claim_id: int, subject, citings: list[dict]) -> dict:
    """A claim: every value cited (by whom, when, where), min, max, whether the values disagree."""
    values = sorted({c.get("base_value", c["value"]) for c in citings if c["value"] is not None})
    first_date, first_article = _first(citings)
    return {
        "id": claim_id, "kind": subject.kind, "unit": subject.noun, "event": subject.event,
        "subject": subject.name, "values": [dict(c) for c in citings],
        "min": values[0] if values else None, "max": values[-1] if values else None,
        "values_disagree": len(values) > 1, "articles": len({c["article"] for c in citings}),
        "first_article": first_article, "first_published": first_date,
    }


def story_row(story_id: int, articles: list[dict]) -> dict:
    """A story: its articles in arrival order, the first one's title, its date range."""
    dates = sorted(a["published"] for a in articles if a["published"])
    return {
        "id": story_id, "title": articles[0]["title"] if articles else None,
        "articles": [a["article"] for a in articles],
        "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
    }
