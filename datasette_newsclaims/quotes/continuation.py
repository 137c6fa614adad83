"""Quotes with no cue of their own take the speaker of the quote or attribution they continue.

Owns: ``continue_attributions``: the rules for a quote that no cue presents
(the attributed quote before or after it in its paragraph, a quote running over
several paragraphs, the latest attribution before it within two paragraphs).

Must not touch: the cues themselves (``cues``, ``attribution``) or the speaker's
canonical name (``coref``): this module only copies attributions between quotes.
"""
from __future__ import annotations

from .article import QuotedArticle
from .marks import QuoteSpan

# how far back the latest attribution may stand: characters searched, then paragraphs
# (or characters, for an attribution outside any quote)
_LOOK_BACK_CHARS = 3000
_LOOK_BACK_PARAGRAPHS = 2
_LOOK_BACK_INDIRECT_CHARS = 1500


def _run_sources(article: QuotedArticle, kept: list[QuoteSpan]) -> list[QuoteSpan | None]:
    """For each quote, the first attributed quote among the unclosed quotes that open the
    paragraphs right after it (None if a closed one comes first); computed once from the end,
    so a run of such paragraphs costs linear time."""
    run_source: list[QuoteSpan | None] = [None] * len(kept)
    for i in range(len(kept) - 2, -1, -1):
        later = kept[i + 1]
        if later.para == kept[i].para + 1 and article.opens_paragraph(later):
            run_source[i] = later if later.kind else None if later.closed else run_source[i + 1]
    return run_source


def continue_attributions(article: QuotedArticle, kept: list[QuoteSpan]) -> None:
    """Give each quote that no cue attributes the attribution of the quote it continues."""
    run_source = _run_sources(article, kept)
    for i, sp in enumerate(kept):
        if sp.kind:
            continue
        prev = kept[i - 1] if i > 0 else None
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if prev is not None and prev.para == sp.para and prev.kind:
            sp.copy_attribution(_source_between(article, prev, sp) or prev)
            continue
        if nxt is not None and nxt.para == sp.para and nxt.kind and _adjacent(article, sp, nxt):
            sp.copy_attribution(nxt)
            continue
        # a quote running over several paragraphs: one speaker for all of its paragraphs
        if prev is not None and prev.kind and not prev.closed and prev.para == sp.para - 1 and article.opens_paragraph(sp):
            sp.copy_attribution(prev)
            continue
        if not sp.closed and run_source[i] is not None:
            sp.copy_attribution(run_source[i])
            if sp.kind:
                continue
        # the latest attribution before the quote, in this or the previous two paragraphs
        ev = next(article.attributions_before(sp.o0, _LOOK_BACK_CHARS), None)
        if ev is not None:
            src_para = ev.para if ev.para >= 0 else None
            if src_para is None:
                ok = sp.o0 - ev.anchor < _LOOK_BACK_INDIRECT_CHARS
            else:
                ok = sp.para - src_para <= _LOOK_BACK_PARAGRAPHS
            if ok:
                sp.copy_attribution(ev)
                continue
        if nxt is not None and nxt.para == sp.para and nxt.kind and article.sentence_start(sp.c1, nxt.o0) == sp.c1:
            sp.copy_attribution(nxt)  # the same sentence goes on to name the speaker


def _source_between(article: QuotedArticle, prev: QuoteSpan, sp: QuoteSpan) -> QuoteSpan | None:
    """A new source named between two quotes of a paragraph ('"...," Smith said. "..." Smith
    will be a fine senator, Franken said. "..."'): the nearest attribution after ``prev``'s
    close that is not ``prev``'s own, of a named person or a pronoun."""
    ev = next(article.attributions_before(sp.o0, sp.o0 - prev.c1), None)
    if ev is None or ev.anchor <= prev.c1 or ev.anchor == prev.anchor or ev.kind not in ("name", "pronoun"):
        return None
    lo = prev.anchor if prev.anchor > prev.c1 else max(prev.start, prev.end - 2)
    if article.sentence_start(lo, ev.anchor) <= lo:
        return None  # '"...," Trump said, according to audio obtained by X. "..."': the same sentence
    return ev


def _adjacent(article: QuotedArticle, a: QuoteSpan, b: QuoteSpan) -> bool:
    """Quote ``b`` follows ``a`` closely (less than 200 characters between them)."""
    gap = article.text[a.c1:b.o0]
    return len(gap) < 200


