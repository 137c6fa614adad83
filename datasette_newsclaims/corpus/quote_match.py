"""The exact check: are two quotes printings of one utterance?

Owns the decision rule only (a long enough common run of words, allowing
bracketed insertions, ellipses and one-word slips inside the run, covering
enough of the shorter quote that a shared stock phrase cannot pass). Finding
candidates is shingles.py's job.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from .words import QuoteWords

MIN_RUN = 5  # the GUIDE: at least five words in a row in common
MIN_COVER = 0.4  # of the shorter quote, unless the run is long in its own right
LONG_RUN = 10
MAX_SLIP = 1  # words that may differ between two matched stretches (a typo, a changed word)


def _gap_ok(a: QuoteWords, a_from: int, a_to: int, b: QuoteWords, b_from: int, b_to: int, slip_ok: bool) -> int:
    """Whether the words skipped between two matched stretches may be bridged: -1 if not, else the
    words of ``a`` the bridge counts as matched (those a bracketed insertion of ``b`` stands for)."""
    skipped_a = range(a_from, a_to)
    skipped_b = range(b_from, b_to)
    if slip_ok and len(skipped_a) <= MAX_SLIP and len(skipped_b) <= MAX_SLIP:
        return 0
    only_inserts_a = all(a.optional[i] for i in skipped_a)
    only_inserts_b = all(b.optional[i] for i in skipped_b)
    ellipsis = (a_to < len(a.words) and a.gap_before[a_to]) or (b_to < len(b.words) and b.gap_before[b_to])
    if only_inserts_a and only_inserts_b:
        return 0
    # a bracketed insertion may stand for a few words the other printing has: "(expletive)" for "f---ing"
    if skipped_b and only_inserts_b and not only_inserts_a and len(skipped_a) <= 2:
        return len(skipped_a)
    if skipped_a and only_inserts_a and not only_inserts_b and len(skipped_b) <= 2:
        return len(skipped_b)
    return 0 if ellipsis and (not skipped_a or not skipped_b) else -1


def common_run(a: QuoteWords, b: QuoteWords) -> tuple[int, int, int]:
    """Words matched in the longest chain of common stretches, bridging allowed gaps.

    :return: (words matched, start, end) with start and end word positions in ``a``
    """
    if not a.words or not b.words:
        return 0, 0, 0
    blocks = [m for m in SequenceMatcher(None, a.words, b.words, autojunk=False).get_matching_blocks() if m.size]
    best = (0, 0, 0)
    run = run_start = 0
    previous = None
    for block in blocks:
        bridged = -1 if previous is None else _gap_ok(
            a, previous.a + previous.size, block.a, b, previous.b + previous.size, block.b,
            slip_ok=previous.size >= 2 and block.size >= 2,
        )
        if bridged >= 0:
            run += block.size + bridged
        else:
            run, run_start = block.size, block.a
        if run > best[0]:
            best = (run, run_start, block.a + block.size)
        previous = block
    return best


def matched_run(a: QuoteWords, b: QuoteWords) -> tuple[int, int, int]:
    """The common run (words, start, end in ``a``) if it makes ``a`` and ``b`` one quote, else (0, 0, 0).

    The GUIDE's rule: five words or more in a row in common, and either a long
    run or one that covers enough of the shorter quote that it is not just a
    stock phrase.
    """
    run = common_run(a, b)
    if run[0] < MIN_RUN:
        return 0, 0, 0
    shorter = min(len(a.core()) or len(a.words), len(b.core()) or len(b.words))
    return run if run[0] >= LONG_RUN or run[0] >= MIN_COVER * shorter else (0, 0, 0)


def same_quote(a: QuoteWords, b: QuoteWords) -> bool:
    """Whether ``a`` and ``b`` print one utterance."""
    return matched_run(a, b)[0] > 0
