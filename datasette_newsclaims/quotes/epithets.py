"""Epithets: an office or occupation with modifiers that stands for a person named just before
('"...," the presumptive Republican presidential nominee wrote', 'said the Spanish legend').

GUIDE.md: the speaker is the source's fullest name in the article. (PolNeAR keeps such
descriptions as written, so this resolution scores lower there.)

Owns: ``epithet_source``: the person a sentence before opens with, else the latest named source.
Must not touch: how the description was found (``cues``, ``sources``) or role descriptions named
with their role ('the spokeswoman': ``descriptions``).
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from typing import Callable

from .article import QuotedArticle
from .lexicon import ROLE_WORDS
from .marks import QuoteSpan
from .names import name_key
from .sources import looks_personal, person_noun_gender

# offices one named person holds, used as an epithet for them: 'the Vermont senator'
_EPITHET_HEADS = frozenset("""nominee candidate senator president governor mayor ambassador congressman
congresswoman minister premier chancellor justice judge secretary lawmaker legislator representative
hopeful front-runner frontrunner contender billionaire businessman businesswoman
founder singer actor actress rapper comedian musician star striker quarterback legend player veteran
winger midfielder defender goalkeeper guitarist drummer frontman bassist""".split())


def epithet_source(article: QuotedArticle, sp: QuoteSpan, speaker_of: Callable[[QuotedArticle, QuoteSpan], str | None]) -> str | None:
    """'"...," the presumptive Republican presidential nominee wrote', 'The Vermont senator said':
    an office with modifiers, no one named with it, stands for the person just named as a source."""
    words = sp.mention.split()
    if not (3 <= len(words) <= 6 and words[0].lower() == "the" and words[-1].lower() in _EPITHET_HEADS):
        return None  # (also 'the singer and guitarist': two roles of one person)
    if any(w.endswith(("'s", "’s", "s'")) or w.lower() in ("of", "for", "at") for w in words):
        return None  # 'the company's chief executive', 'the mayor of Paris': another person
    g = person_noun_gender(sp.mention)
    subject = _subject_before_quote(article, sp, speaker_of)
    if subject:
        return subject  # 'European captain Seve Ballesteros hailed X. "...," said the Spanish legend'
    for ev in islice(article.attributions_before(sp.anchor, 1500), 3):
        who = speaker_of(article, ev)
        if not who:
            continue
        toks = who.split()
        gw = ev.gender or article.names.gender(name_key(toks))
        if (gw in ("m", "f") or looks_personal(toks)) and not (g in ("m", "f") and gw in ("m", "f") and gw != g):
            return who
    return None


def _subject_before_quote(article: QuotedArticle, sp: QuoteSpan,
                          speaker_of: Callable[[QuotedArticle, QuoteSpan], str | None]) -> str | None:
    """The source of the sentence right before the quote ('X could be impeached, Rep. Mike McCaul
    said'), else the person named at its head (a title, then the name: 'European captain Seve
    Ballesteros hailed ...'), or None."""
    text, names = article.text, article.names
    # (before the quote, or before the cue's sentence: 'After the song, the singer told them, "...')
    end = min(sp.o0, article.sentence_start(max(0, sp.anchor - 400), sp.anchor))
    while end > 0 and text[end - 1] in " \t\u00a0\n":
        end -= 1
    if end <= 0 or text[end - 1] not in ".!?\"”":
        return None
    start = article.sentence_start(max(0, end - 400), end - 1)
    e = bisect_left(article.attribution_pos, start)
    while e < len(article.attribution_pos) and article.attribution_pos[e] < end:
        ev = article.attribution_at(article.attribution_pos[e])
        who = speaker_of(article, ev) if ev is not None else None
        if who:
            return who if looks_personal(who.split()) else None
        e += 1
    k = bisect_left(names.mention_positions, start)
    if k >= len(names.mentions) or names.mentions[k][0] >= end:
        return None
    pos, title, name = names.mentions[k]
    lead = text[start:pos].split()
    if len(lead) > 3 or any(w[:1].islower() and w.lower() not in ROLE_WORDS for w in lead):
        return None
    person = names.resolve(title, name, pos)  # ('Simmons teased the tour' after 'Patrick Simmons')
    return person.name if len(person.tokens) >= 2 and looks_personal(person.tokens) else None
