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
MIN_COVER = 0.4  # of the shorter quote, for a run of eight words or more
SHORT_RUN = 8  # a run of five to seven words must be most of the shorter quote: a trimmed printing
SHORT_RUN_COVER = 0.75
SAME_SPEAKER_RUN = 6  # from this run on, one speaker's printings need only MIN_COVER
LONG_RUN = 10
MAX_SLIP = 1  # words that may differ between two matched stretches (a typo, a changed word)
MIN_CONTENT = 2  # words of the run outside FUNCTION_WORDS, unless the run is long in its own right
FUNCTION_WORDS = frozenset("""a an the and or but if of to in on at by for with from as into onto about than then
    so that this these those there here it its i me my we us our you your he him his she her they them their
    who whom what which when where why how not no nor do does did done is are was were be been being am have has
    had having will would shall should can could may might must just very really also too all any some each
    every more most other such only own same up down out off over under again once am going go goes went gone
    get gets got make made say said says think thought know knew known want wanted like well yes oh ok one
    thing things way lot dont doesnt didnt im ive youre theyre were thats its isnt wasnt cant wont""".split())


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


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one substitution, insertion or deletion turns ``a`` into ``b`` (not equal)."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :] if len(b) > len(a) else a[i + 1 :] == b[i:]


def _typos_as(a_words: tuple[str, ...], b_words: tuple[str, ...]) -> tuple[str, ...]:
    """``b_words`` with each word a typo away from a word of ``a`` (same first letter, one edit, four
    letters or more, not a function word) spelled as ``a`` spells it: "learn over" for "lean over"."""
    known = set(a_words)
    by_initial: dict[str, list[str]] = {}
    for w in known:
        if len(w) >= 4 and w not in FUNCTION_WORDS:
            by_initial.setdefault(w[0], []).append(w)
    out = []
    for w in b_words:
        if w not in known and len(w) >= 4 and w[0] in by_initial and w not in FUNCTION_WORDS:
            w = next((c for c in by_initial[w[0]] if one_edit_apart(c, w)), w)
        out.append(w)
    return tuple(out)


def common_run(a: QuoteWords, b: QuoteWords, typos: bool = False) -> tuple[int, int, int]:
    """Words matched in the longest chain of common stretches, bridging allowed gaps.

    :param typos: read a word of ``b`` a typo away from one of ``a`` as that word
    :return: (words matched, start, end) with start and end word positions in ``a``
    """
    if not a.words or not b.words:
        return 0, 0, 0
    b_words = _typos_as(a.words, b.words) if typos else b.words
    blocks = [m for m in SequenceMatcher(None, a.words, b_words, autojunk=False).get_matching_blocks() if m.size]
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


def matched_run(a: QuoteWords, b: QuoteWords, same_speaker: bool = False) -> tuple[int, int, int]:
    """The common run (words, start, end in ``a``) if it makes ``a`` and ``b`` one quote, else (0, 0, 0).

    The GUIDE's rule: five words or more in a row in common, and either a long
    run, or one that covers enough of the shorter quote (most of it for a run
    under eight words) and says something of its own (two words that are not
    function words): "I have no intention of", "it will be interesting to
    see" open the quotes of many speakers. Credited to one speaker, six words
    need cover only as much of the shorter quote as a long run does.
    """
    first = common_run(a, b)
    found = _decide(a, b, first, same_speaker)
    if found[0] or first[0] < 3:
        return found
    return _decide(a, b, common_run(a, b, typos=True), same_speaker)  # a second look, reading typos as the word


def _decide(a: QuoteWords, b: QuoteWords, run: tuple[int, int, int], same_speaker: bool = False) -> tuple[int, int, int]:
    if run[0] < MIN_RUN:
        return 0, 0, 0
    if run[0] >= LONG_RUN:
        return run
    shorter = min(len(a.core) or len(a.words), len(b.core) or len(b.words))
    cover = SHORT_RUN_COVER if run[0] < SHORT_RUN and not (same_speaker and run[0] >= SAME_SPEAKER_RUN) else MIN_COVER
    content = sum(w not in FUNCTION_WORDS for w in a.words[run[1] : run[2]])
    return run if run[0] >= cover * shorter and content >= MIN_CONTENT else (0, 0, 0)


def same_quote(a: QuoteWords, b: QuoteWords) -> bool:
    """Whether ``a`` and ``b`` print one utterance."""
    return matched_run(a, b)[0] > 0
