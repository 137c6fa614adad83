"""The quote-group page ``/-/newsclaims/<database>/quote-group/<id>``: every
printing of one quote across articles, in date order, with the outlet, the
speaker each credits and the words in which it differs.

Owns the queries of one group's printings (bounded by MAX_MEMBERS). Must not
decide what a group is (the corpus package and store/linking.py do).
"""
from __future__ import annotations

from ..store.link_schema import QUOTE_GROUPS
from ..store.tables import QUOTES
from .linked import json_list, member_rows, visible_group
from .respond import render
from .urls import page_url
from .word_diff import marked_differences, word_keys


async def quote_group_page(datasette, request):
    """Every printing of one quote, in date order, with its differences marked."""
    db, group, source = await visible_group(datasette, request, QUOTE_GROUPS, QUOTES)
    printings = await member_rows(db, datasette, source, QUOTES, "quote_group_id", group["id"])
    fullest = max((p["text"] for p in printings), key=len, default=group["text"] or "")
    reference = word_keys(fullest)
    for p in printings:
        p["marked"], p["added"], p["left_out"] = marked_differences(p["text"], reference)
        p["credited"] = p.get("corrected_speaker") or p.get("speaker")
        p["person_url"] = page_url(datasette, db.name, "person", p["person_id"]) if p.get("person_id") else None
    speakers = sorted({p["credited"] for p in printings if p["credited"]})
    return await render(datasette, request, db, "newsclaims_quote_group.html", {
        "title": f"Quote printed {len(printings)} times",
        "group": group, "fullest": fullest, "printings": printings, "speakers": speakers,
        "outlets": json_list(group.get("outlets")),
        "disagree": bool(group.get("speakers_disagree")),
    })
