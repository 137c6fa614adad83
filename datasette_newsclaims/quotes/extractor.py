"""``extract_quotes``: the quote extractor's pipeline, one step per module.

1. ``marks``: pair quotation marks into spans, paragraph by paragraph.
2. ``attribution`` / ``cues``: the cue verb next to each quote and the phrase
   it presents (``phrases``, ``sources``).
3. ``filters``: drop scare quotes, titles, headlines and terms (``short_quotes``: when a
   short span is a source's words all the same).
4. ``continuation``: quotes with no cue take the speaker they continue.
5. ``coref``: canonical names; he/she, it, they and descriptions resolved
   (``people`` and ``given_names`` for names and genders, ``descriptions`` for
   'the company'/'the spokeswoman', ``epithets`` for 'the Vermont senator',
   ``unnamed`` for 'one woman'/'deputies').

Owns: the order of the steps and the shape of the output dicts. Must not touch
the rules of any step.

Every regular expression has bounded quantifiers and most open with a character
class, so matching stays linear and fast (about 2M characters a second).
"""
from __future__ import annotations

from .article import QuotedArticle
from .attribution import attribute_quote
from .continuation import continue_attributions
from .coref import resolve_speakers
from .filters import keep_quote
from .marks import QuoteSpan, find_quote_spans

__all__ = ["extract_quotes"]

MAX_INPUT_CHARS = 2_000_000


def extract_quotes(text: str) -> list[dict]:
    """Return every direct quote in ``text`` with its speaker (see GUIDE.md).

    :param text: an article's plain text
    :return: quote dicts sorted by ``start``: ``start``, ``end``, ``text``,
        ``speaker``, ``speaker_mention``, ``speaker_title``, ``cue``,
        ``paragraph``, ``partial``
    """
    if not isinstance(text, str) or not text:
        return []
    if len(text) > MAX_INPUT_CHARS:
        text = text[:MAX_INPUT_CHARS]
    spans = find_quote_spans(text)
    if not spans:
        return []
    article = QuotedArticle(text, spans)
    for idx, sp in enumerate(spans):
        attribute_quote(article, idx, sp)
    kept = [sp for sp in spans if keep_quote(article, sp)]
    article.index_attributions(kept)
    continue_attributions(article, spans)  # (all spans: a dropped one can pass its speaker on)
    resolve_speakers(article, kept)
    return [_as_dict(text, sp) for sp in kept]


def _as_dict(text: str, sp: QuoteSpan) -> dict:
    """The output record of one quote."""
    return {
        "start": sp.start,
        "end": sp.end,
        "text": text[sp.start:sp.end],
        "speaker": sp.speaker,
        "speaker_mention": sp.mention,
        "speaker_title": sp.title,
        "cue": sp.cue if sp.cue != ":" else None,  # a colon presents the quote, but is no cue verb
        "paragraph": sp.para,
        "partial": sp.partial,
    }
