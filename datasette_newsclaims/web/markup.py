"""An article as HTML with its quotes, dated events and figures marked.

Owns the interleaving of the quote layer (colored spans per speaker) and the
mark layer (event and figure links with tooltips) over the article text.
Must not query the database or build URLs: callers pass items carrying
``_kind``, ``_href`` and ``_color``. Every piece of text goes through ``escape``.
"""
from __future__ import annotations

from collections import Counter

from markupsafe import Markup, escape

from .formatting import describe_event, describe_figure, format_value

SPEAKER_COLORS = 8  # CSS classes nc-s0 .. nc-s7, then they repeat


def speaker_classes(speakers: list[str | None]) -> dict[str | None, str]:
    """One color class per speaker, the most quoted first."""
    counts = Counter(s for s in speakers if s)
    ordered = sorted(counts, key=lambda s: (-counts[s], s))
    classes: dict[str | None, str] = {s: f"nc-s{i % SPEAKER_COLORS}" for i, s in enumerate(ordered)}
    classes[None] = "nc-sx"
    return classes


def _without_overlaps(items: list[dict]) -> list[dict]:
    """Keep items in start order, dropping any that overlaps a kept one."""
    kept: list[dict] = []
    for item in sorted(items, key=lambda i: (i["start"], -i["end"])):
        if not kept or item["start"] >= kept[-1]["end"]:
            kept.append(item)
    return kept


def _open_mark(item: dict, first: bool) -> Markup:
    """``<a ...>`` for an event or figure; its first piece carries the anchor
    id and the tooltip (shown on hover and keyboard focus)."""
    kind = item["_kind"]
    tip = describe_event(item) if kind == "event" else describe_figure(item)
    attrs = {"class": f"nc-mark nc-{kind}", "href": item["_href"], "title": tip}
    if first:
        attrs["id"] = f"{kind}-{item['id']}"
        attrs["aria-describedby"] = f"tip-{kind}-{item['id']}"
    if kind == "event":
        attrs.update({"data-date-start": item.get("date_start"), "data-date-end": item.get("date_end"),
                      "data-granularity": item.get("granularity")})
    else:
        attrs.update({"data-value": format_value(item.get("value")), "data-kind": item.get("kind"),
                      "data-unit": item.get("unit")})
    attrs["data-speaker"] = item.get("speaker")
    html = Markup("<a") + Markup("").join(
        Markup(' {}="{}"').format(k, v) for k, v in attrs.items() if v is not None
    ) + Markup(">")
    if first:
        html += Markup('<span class="nc-tip" role="tooltip" id="tip-{}-{}">{}</span>').format(kind, item["id"], tip)
    return html


def _open_quote(quote: dict) -> Markup:
    return Markup('<span class="nc-quote {}" id="quote-{}" data-speaker="{}">').format(
        quote["_color"], quote["id"], quote.get("speaker") or ""
    )


def _close_quote(quote: dict) -> Markup:
    label = f"Quote by {quote['speaker']}" if quote.get("speaker") else "Quote, speaker unknown"
    return Markup('<a class="nc-qref" href="{}" title="{}, row {}">↗</a></span>').format(
        quote["_href"], label, quote["id"]
    )


def _active(items: list[dict], index: int, position: int) -> tuple[int, dict | None]:
    while index < len(items) and items[index]["end"] <= position:
        index += 1
    if index < len(items) and items[index]["start"] <= position:
        return index, items[index]
    return index, None


def mark_up(text: str, quotes: list[dict], marks: list[dict]) -> Markup:
    """The article as HTML: quotes as colored spans, events and figures as
    links with a tooltip. Every piece of text goes through ``escape``.

    ``quotes`` and ``marks`` carry ``start``/``end``/``id`` plus the
    ``_kind``, ``_href`` and ``_color`` keys the reader adds. Overlapping
    items of one layer are dropped; a mark crossing a quote boundary is split.
    """
    quotes = _without_overlaps(quotes)
    marks = _without_overlaps(marks)
    bounds = sorted({0, len(text), *(b for i in quotes + marks for b in (i["start"], i["end"]))})
    out: list[Markup] = []
    qi = mi = 0
    open_quote = open_mark = None
    started: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        qi, quote = _active(quotes, qi, a)
        mi, mark = _active(marks, mi, a)
        if quote is not open_quote or mark is not open_mark:
            if open_mark is not None:
                out.append(Markup("</a>"))
            if quote is not open_quote:
                if open_quote is not None:
                    out.append(_close_quote(open_quote))
                if quote is not None:
                    out.append(_open_quote(quote))
            if mark is not None:
                out.append(_open_mark(mark, id(mark) not in started))
                started.add(id(mark))
            open_quote, open_mark = quote, mark
        out.append(escape(text[a:b]))
    if open_mark is not None:
        out.append(Markup("</a>"))
    if open_quote is not None:
        out.append(_close_quote(open_quote))
    return Markup("").join(out)
