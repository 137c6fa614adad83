"""The claim page ``/-/newsclaims/<database>/claim/<id>``: every value cited
for one quantity across the articles of a story, by whom and when, with a
small chart of the values over time and the disagreements marked.

Owns the queries of one claim's figures (bounded by MAX_MEMBERS) and the
chart's geometry. Must not decide what a claim is.
"""
from __future__ import annotations

from collections import Counter

from ..store.link_schema import CLAIM_GROUPS
from ..store.tables import FIGURES
from .formatting import format_value
from .linked import member_rows, visible_group
from .respond import render

CHART_WIDTH, CHART_HEIGHT, BAR_GAP = 560, 140, 4


def value_chart(citings: list[dict]) -> dict:
    """Bars of the cited values in date order: x, y, width, height, label, whether it differs."""
    numeric = [c for c in citings if isinstance(c.get("value"), (int, float))]
    if not numeric:
        return {"bars": [], "width": CHART_WIDTH, "height": CHART_HEIGHT}
    values = [c["value"] for c in numeric]
    common = Counter(values).most_common(1)[0][0]
    top = max(max(values), 0) or 1
    width = max(8, (CHART_WIDTH - BAR_GAP * len(values)) // len(values))
    bars = []
    for i, c in enumerate(numeric):
        height = max(2, int((CHART_HEIGHT - 30) * max(c["value"], 0) / top))
        bars.append({"x": i * (width + BAR_GAP), "y": CHART_HEIGHT - 15 - height, "width": width, "height": height,
                     "label": format_value(c["value"]), "date": c.get("article_published") or "",
                     "differs": c["value"] != common})
    return {"bars": bars, "width": max(CHART_WIDTH, len(bars) * (width + BAR_GAP)), "height": CHART_HEIGHT}


async def claim_page(datasette, request):
    """Every value cited for one claim, in date order, with the chart."""
    db, claim, source = await visible_group(datasette, request, CLAIM_GROUPS, FIGURES)
    citings = await member_rows(db, datasette, source, FIGURES, "claim_group_id", claim["id"])
    values = [c["value"] for c in citings if c.get("value") is not None]
    common = Counter(values).most_common(1)[0][0] if values else None
    for c in citings:
        c["differs"] = c.get("value") is not None and c["value"] != common
        c["shown_value"] = format_value(c.get("value"))
    what = " ".join(str(x) for x in (claim.get("kind"), claim.get("unit"), claim.get("event"), claim.get("subject")) if x)
    return await render(datasette, request, db, "newsclaims_claim.html", {
        "title": f"Claim: {what}", "claim": claim, "what": what, "citings": citings,
        "chart": value_chart(citings), "disagree": bool(claim.get("values_disagree")),
        "low": format_value(claim.get("min")), "high": format_value(claim.get("max")),
    })
