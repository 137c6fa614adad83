"""The person page ``/-/newsclaims/<database>/person/<id>``: one person across
all articles of a table, whatever the spelling (aliases), with their quotes
newest first, the outlets that quote them and when they were first and last seen.

Owns the queries by person id (bounded by MAX_MEMBERS). Must not resolve
names (that is the corpus package's job; this page reads person_id).
"""
from __future__ import annotations

from ..store.link_schema import PEOPLE
from ..store.tables import QUOTES
from .linked import json_list, member_rows, visible_group
from .respond import render
from .urls import page_url, speaker_url


async def person_page(datasette, request):
    """One person's quotes across the articles, newest first, and their aliases."""
    db, person, source = await visible_group(datasette, request, PEOPLE, QUOTES)
    quotes = await member_rows(db, datasette, source, QUOTES, "person_id", person["id"],
                               order="article_published desc, x.id desc")
    for q in quotes:
        q["group_url"] = page_url(datasette, db.name, "quote-group", q["quote_group_id"]) if q.get("quote_group_id") else None
    aliases = [{"name": a, "url": speaker_url(datasette, db.name, a)} for a in json_list(person.get("aliases"))]
    return await render(datasette, request, db, "newsclaims_person.html", {
        "title": person.get("name") or "Unnamed source", "person": person, "aliases": aliases,
        "outlets": json_list(person.get("outlets")), "quotes": quotes,
        "shown": len(quotes), "more": (person.get("quotes") or 0) > len(quotes),
    })
