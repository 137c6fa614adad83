"""One article being read for quotes: its text, quoted spans, cues and names.

Owns: ``QuotedArticle``, the state the steps share (the spans from ``marks``,
the cue matches outside quotes, the article's names, caches), sentence
boundaries, and the article's attributions outside the quotes' own sentences
(``attribution_at``, ``attributions_before``: 'Sessions added that ...'), which
continued quotes and pronouns look back at.

Must not touch: the rules themselves (``cues``, ``filters``, ``coref``); this is
the place they read the article from.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator

from .cues import CUE_RE, speaker_of_cue
from .lexicon import SENT_ABBR
from .marks import QuoteSpan
from .names import UPPER
from .people import ArticleNames

_UP = "[" + re.escape(UPPER) + "0-9]"
# (scraped text may lose the space after a sentence: 'said Emma Mitts.As Etyra gets', 'Etyra
# said."All of a sudden': a word's last lower-case letter, the stop, and a capital or a quote mark)
# (both branches open with the stop, so that the scan skips along to the next one)
_BOUNDARY_RE = re.compile(r"[.!?](?:[.!?]{0,2}[\"”’'»)]{0,2}\s{1,5}|(?<=[a-z]{2}[.!?])(?=[\"“”]?[A-Z][a-z]))"
                          r"(?=[\"“‘'«(]{0,2}" + _UP + ")")
# (a run of capital initials: "T.J." in "T.J. Smith"; but "a.m." and "p.m." can end a sentence)
_ABBR_BEFORE_RE = re.compile(r"(?:^|[\s(])([A-Za-z]{1,5})$|(?<=[A-Z]\.)([A-Z])$")

MAX_CUES_BACK = 64  # cue words looked at, at most, when searching back for an attribution


class QuotedArticle:
    """The text of one article, its quoted spans and the cue verbs outside them."""

    def __init__(self, text: str, spans: list[QuoteSpan]):
        self.text = text
        self.spans = spans
        self._names: ArticleNames | None = None
        self.span_starts = [s.o0 for s in spans]
        self.cues = self._cues_outside_quotes()
        self.cue_starts = [m.start() for m in self.cues]
        self.cue_at = {m.start(): m for m in self.cues}
        # filled in once the quotes are attributed and filtered (see index_attributions)
        self.anchors: dict[int, QuoteSpan] = {}
        self.anchor_pos: list[int] = []
        self.attribution_pos: list[int] = []
        self.attribution_cache: dict[int, QuoteSpan | None] = {}
        self._nearest: dict[int, int] = {}
        self._abbrev_at: dict[int, bool] = {}  # sentence periods already looked at
        self.resolved: dict[int, tuple] = {}
        self.ing_starts: list[int] | None = None  # capitalised -ing words (see attribution)

    def _cues_outside_quotes(self) -> list[re.Match]:
        """Every cue match of the text that does not stand inside a quote (that is quoted speech)."""
        spans = self.spans
        cues = []
        k, n = 0, len(spans)
        for m in CUE_RE.finditer(self.text):
            p = m.start()
            while k < n and spans[k].c1 <= p:
                k += 1
            if k < n and spans[k].o0 <= p:
                continue
            cues.append(m)
        return cues

    def index_attributions(self, kept: list[QuoteSpan]) -> None:
        """Record the attributions of the kept quotes, for the look-backs of ``attributions_before``."""
        self.anchors = {sp.anchor: sp for sp in kept if sp.kind}
        self.attribution_pos = sorted(set(self.cue_starts) | set(self.anchors))
        self.anchor_pos = sorted(self.anchors)

    @property
    def names(self) -> ArticleNames:
        """The article's capitalised names (read on first use)."""
        if self._names is None:
            self._names = ArticleNames(self.text)
        return self._names

    # -- sentences and paragraphs

    def sentence_start(self, lo: int, pos: int) -> int:
        """Start of the sentence holding ``pos``, no earlier than ``lo``."""
        start = lo
        for m in _BOUNDARY_RE.finditer(self.text, lo, min(len(self.text), pos + 4)):
            if m.end() > pos:
                break
            if not self._abbrev_before(m.start()):
                start = m.end()
        return start

    def sentence_end(self, pos: int, hi: int) -> int:
        """End of the sentence holding ``pos``, no later than ``hi``."""
        for m in _BOUNDARY_RE.finditer(self.text, pos, min(len(self.text), hi + 4)):
            if m.start() >= hi:
                break
            if not self._abbrev_before(m.start()):
                return m.start() + 1
        return hi

    def _abbrev_before(self, dot: int) -> bool:
        """The period at ``dot`` ends an abbreviation ("Mr.", "Jan.", an initial), not a sentence."""
        if self.text[dot] != ".":
            return False
        known = self._abbrev_at.get(dot)
        if known is None:
            m = _ABBR_BEFORE_RE.search(self.text, max(0, dot - 6), dot)
            word = m and (m.group(1) or m.group(2))
            known = self._abbrev_at[dot] = bool(word) and (len(word) == 1 or word.lower() in SENT_ABBR)
        return known

    def opens_paragraph(self, sp: QuoteSpan) -> bool:
        """The quote's opening mark starts its paragraph (as continued quotes do)."""
        return sp.o0 - sp.ps < 8 and not self.text[sp.ps:sp.o0].strip(" \t\u00a0•·*–—-")  # (bullets too)

    # -- the attributions of the article (quote cues and indirect speech), computed when asked for

    def attribution_at(self, pos: int) -> QuoteSpan | None:
        """The attribution made by the cue at ``pos`` ('Sessions added that ...'), or None."""
        if pos in self.attribution_cache:
            return self.attribution_cache[pos]
        ev = self.anchors.get(pos)
        m = self.cue_at.get(pos)
        if ev is None and m is not None:
            text = self.text
            ps = text.rfind("\n", max(0, pos - 400), pos) + 1  # bounded: paragraphs can be huge
            lo = self.sentence_start(max(ps, pos - 300), pos)
            i = bisect_right(self.span_starts, pos) - 1
            if i >= 0 and self.spans[i].c1 > lo:
                lo = self.spans[i].c1
            pe = text.find("\n", m.end(), m.end() + 300)
            hi = self.sentence_end(m.end(), min(pe if pe >= 0 else len(text), m.end() + 200))
            got = speaker_of_cue(self, m, lo, hi, after=False)
            if got:
                ev = QuoteSpan(pos, m.end(), pos, m.end(), True, -1, ps, hi)
                ev.set_attribution(got)
        self.attribution_cache[pos] = ev
        return ev

    def attributions_before(self, pos: int, reach: int) -> Iterator[QuoteSpan]:
        """Attributions before ``pos``, nearest first, no further back than ``reach``
        characters nor than ``MAX_CUES_BACK`` cue words (text made of cue words
        would otherwise cost a walk over hundreds of them per quote)."""
        k = bisect_left(self.attribution_pos, pos) - 1
        stop = max(-1, k - MAX_CUES_BACK)
        while k > stop:
            k = self._nearest_attribution(k)
            if k <= stop or pos - self.attribution_pos[k] >= reach:
                return
            yield self.attribution_at(self.attribution_pos[k])
            k -= 1

    def _nearest_attribution(self, k: int) -> int:
        """The largest index ``j <= k`` of ``attribution_pos`` whose cue makes an attribution, or -1
        (remembered, so that looking back over cues that attribute nothing costs linear time)."""
        walked = []
        found = -1
        while k >= 0:
            if k in self._nearest:
                found = self._nearest[k]
                break
            walked.append(k)
            if self.attribution_at(self.attribution_pos[k]) is not None:
                found = k
                break
            k -= 1
        for j in walked:
            self._nearest[j] = found
        return found
