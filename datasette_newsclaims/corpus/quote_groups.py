"""Group quotes that print one utterance, across articles, as quotes arrive.

Owns the quote union-find and the shingle index; the same-quote rule lives in
quote_match.py and the words in words.py. A newcomer is compared with each
candidate group's fullest printing (its longest quote), not with any member:
otherwise a short stock phrase inside two different long quotes would chain
them into one group. Short quotes (under five words)
join only an identical short quote credited to the same speaker within a
week: two words in common are a stock phrase otherwise. A quote of under
eight words inside a longer one joins it only when both are credited to the
same family name: a stock phrase ("President of the United States") is a
short stretch of many quotes of many speakers.
"""
from __future__ import annotations

from .quote_match import MIN_RUN, matched_run, one_edit_apart
from .shingles import ShingleIndex, shingles
from .union_find import UnionFind
from .words import QuoteWords, quote_words

SHORT_QUOTE_DAYS = 7
SHORT_CANDIDATE = 10  # longer quotes are candidates only when they share two shingles (a run of four words)
CONTAINED_SHORT = 8  # a quote of fewer words inside another must be credited to the same family name


class QuoteGroups:
    """Quotes (by integer id in arrival order) and the groups they form."""

    def __init__(self) -> None:
        self.sets = UnionFind()
        self.index = ShingleIndex()
        self.words: list[QuoteWords] = []
        self.article: list[int] = []
        self.speaker_key: list[str | None] = []
        self.day: list[int | None] = []
        self.last_matches: list[int] = []  # the earlier quotes the last added quote was linked to
        self.fullest: dict[int, int] = {}  # group id -> its longest printing, which every newcomer must match

    def add(self, text: str, article: int, speaker_key: str | None, day: int | None,
            replay: list[int] | None = None) -> int:
        """Add one quote, link it to every earlier printing, return its id.

        :param replay: when rebuilding from stored links, the earlier quotes of
            its stored group: joined without matching again (same groups, same index)
        """
        qid = self.sets.add()
        words = quote_words(text)
        self.words.append(words)
        self.article.append(article)
        self.speaker_key.append(speaker_key)
        self.day.append(day)
        keys = shingles(words.words) | shingles(words.core)
        self.fullest[qid] = qid
        if replay is None:
            shared = self.index.candidates(keys, self.sets.find)
            short = len(words.words) < SHORT_CANDIDATE
            candidates = sorted({self.fullest[root] for root, n in shared.items()
                                 if n >= 2 or short or len(self.words[self.fullest[root]].words) < SHORT_CANDIDATE})
            self.last_matches = self._best_per_article(qid, candidates)
        else:
            self.last_matches = [q for q in replay if self.article[q] != article]
        for other in self.last_matches:
            self._join(qid, other)
        self.index.add(qid, keys, self.sets.find)
        return qid

    def _join(self, a: int, b: int) -> None:
        ra, rb = self.sets.find(a), self.sets.find(b)
        if ra == rb:
            return
        fa, fb = self.fullest.pop(ra), self.fullest.pop(rb)
        longer = fa if (len(self.words[fa].words), -fa) >= (len(self.words[fb].words), -fb) else fb
        self.fullest[self.sets.union(ra, rb)] = longer

    def _best_per_article(self, qid: int, candidates: list[int]) -> list[int]:
        """The matching candidates; of one other article, only those matching different words of this quote.

        One article prints an utterance once. Two of its quotes may match two
        stretches of this one (it split the quote); two that match the same
        stretch are the speaker saying something alike twice: keep the closer.
        """
        by_article: dict[int, list[tuple[int, int, int, int]]] = {}
        for other in candidates:
            art = self.article[other]
            if art == self.article[qid]:
                continue
            run, start, end = self._match_run(qid, other)
            if run:
                by_article.setdefault(art, []).append((-run, other, start, end))
        kept: list[int] = []
        for matches in by_article.values():
            taken: list[tuple[int, int]] = []
            for _, other, start, end in sorted(matches):
                if all(end <= s or start >= e for s, e in taken):
                    taken.append((start, end))
                    kept.append(other)
        return sorted(kept)

    def _match_run(self, a: int, b: int) -> tuple[int, int, int]:
        """(words in common, start, end in ``a``) if ``a`` and ``b`` are one quote, else (0, 0, 0)."""
        wa, wb = self.words[a], self.words[b]
        if len(wa.words) < MIN_RUN or len(wb.words) < MIN_RUN:
            return (len(wa.words), 0, len(wa.words)) if self._same_short(a, b) else (0, 0, 0)
        if min(len(wa.core), len(wb.core)) < CONTAINED_SHORT and not self._same_family(a, b):
            return 0, 0, 0  # "President of the United States" is in many quotes of many speakers
        return matched_run(wa, wb, same_speaker=self._same_family(a, b) and self._within_days(a, b))

    def _within_days(self, a: int, b: int) -> bool:
        """Printed within a week of each other (one news cycle)."""
        da, db = self.day[a], self.day[b]
        return da is not None and db is not None and abs(da - db) <= SHORT_QUOTE_DAYS

    def _same_family(self, a: int, b: int) -> bool:
        """Both quotes credited to speakers with the same last name word (or one a typo of the other)."""
        ka, kb = self.speaker_key[a], self.speaker_key[b]
        if not (ka and kb):
            return False
        fa, fb = ka.split()[-1], kb.split()[-1]
        return fa == fb or (min(len(fa), len(fb)) >= 5 and one_edit_apart(fa, fb))

    def _same_short(self, a: int, b: int) -> bool:
        """Identical short quotes from one speaker, a few days apart."""
        if self.words[a].words != self.words[b].words or len(self.words[a].words) < 2:
            return False
        if self.speaker_key[a] is None or self.speaker_key[a] != self.speaker_key[b]:
            return False
        return self._within_days(a, b)

    def group(self, qid: int) -> int:
        """The group id (its oldest quote's id)."""
        return self.sets.find(qid)
