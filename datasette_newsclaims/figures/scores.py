"""What a score or tally counts: ``a 27-10 victory`` (points), ``improved to 9-4`` (wins), ``2-1`` in soccer
(goals), ``the Senate voted 52-35`` (votes); none for a poll's ``42-40``; and the named tally
``The delegate count is Smith 384, Jones 300`` (delegates).

Owns :func:`score_unit`, asked once a dash-joined pair has been read as one
score (:mod:`.counts`), and :func:`tally_unit`, asked for a number right after a
name. Must not decide whether a pair is a score: only what its numbers count,
from the words around it.
"""
from __future__ import annotations

import re

from .lexicon import STOP
from .nouns import noun_plural

# a team's record: "improved to 9-4", "fell to 7-6", "a 12-2 record", "an 0-5 start", "The Rockets (8-12)"
_RECORD_BEFORE = re.compile(r"(?<![a-z])(?:(?:improv\w*|fell|fall\w*|dropp?\w*|mov\w*|climb\w*)[ \t]+to|now|"
                            r"record[ \t]+(?:of|to))[ \t]+\Z")
_RECORD_AFTER = re.compile(r"[ \t]+(?:record|mark|season|start|run|streak)\b")
_IN_PARENS = re.compile(r"[ \t]*[),]")
_MAJORITY_AFTER = re.compile(r"[ \t]+(?:\w+[ \t]+)?(?:majority|edge|split)\b")
# votes and polls are tallies of their own: "the Senate voted 52-35", "leads 42-40 in the poll"
_VOTE_WORDS = re.compile(r"(?<![a-z])(?:vot\w*|ballots?|senate|house|chamber|council|jury|justices|court)(?![a-z])")
_POLL_WORDS = re.compile(r"(?<![a-z])(?:polls?|polling|survey\w*|percent|margin[ \t]+of[ \t]+error)(?![a-z])|%")
# a result: "a 27-10 victory", "beat Oakland 20-10", "fell 44-17 to", "a 28-3 lead"
_RESULT_WORDS = re.compile(r"(?<![a-z])(?:victor\w*|win|wins|won|winning|defeat\w*|beat\w*|lead|led|leading|los[st]|"
                           r"loses|losing|rout\w*|thrash\w*|downed|drubb\w*|edg\w*|score\w*|final|trail\w*|"
                           r"fell|shut\w*[ \t]*out)(?![a-z])")
_SOCCER_WORDS = re.compile(r"(?<![a-z])(?:goals?|striker|midfielder|goalkeeper|keeper|penalty|penalties|equaliser|"
                           r"equalizer|premier[ \t]+league|la[ \t]+liga|serie[ \t]+a|bundesliga|fifa|uefa|world[ \t]+cup)"
                           r"(?![a-z])")
_CRICKET_WORDS = re.compile(r"(?<![a-z])(?:wickets?|innings|overs|batsman|bowler|test[ \t]+match)(?![a-z])")


def score_unit(low: str, s: int, e: int) -> str | None:
    """The counted noun of the score ``s``..``e`` (``48-20``): wins for a record, points or goals for a result."""
    near = low[max(0, s - 60):e + 30]
    if _POLL_WORDS.search(low, max(0, s - 150), min(len(low), e + 100)):
        return None  # a poll's shares, not a result
    if _VOTE_WORDS.search(near):
        return "seats" if _MAJORITY_AFTER.match(low, e) else "votes"  # "a 52-48 majority", "voted 222-192"
    if _RECORD_BEFORE.search(low, max(0, s - 24), s) or _RECORD_AFTER.match(low, e) \
            or low[max(0, s - 1):s] == "(" and _IN_PARENS.match(low, e):
        return "wins"
    if not _RESULT_WORDS.search(low, max(0, s - 40), min(len(low), e + 30)):
        return None
    window = low[max(0, s - 400):e + 400]
    if _CRICKET_WORDS.search(window):
        return None
    return "goals" if _SOCCER_WORDS.search(window) else "points"


# "The current delegate count is Trump 384, Cruz 300, and Kasich 37", "The medal tally: Norway 16, Germany 12"
_TALLY_HEAD = re.compile(r"(?<![A-Za-z])(?:([a-z]+)[ \t]+)?(?:count|tally|totals?|standings)[ \t]*"
                         r"(?:is|was|now[ \t]+is|stands[ \t]+at|stood[ \t]+at|reads|:)[ \t]+")
_NAME = r"(?:(?:[A-Z][\w'’-]*\.?|of|de|van)[ \t]+){1,4}"
_TALLY_SO_FAR = re.compile(r"(?:%s\d[\d,]*(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+))*%s\Z" % (_NAME, _NAME))


def tally_unit(text: str, s: int) -> str | None:
    """What a number after a name counts in a named tally (``delegates``); ``""`` for an unnamed
    ``count``; None when the number is not an item of a tally (``Section 427``).
    """
    start = max(0, s - 300)
    stop = text.rfind("\n", start, s)
    region = text[stop + 1 if stop >= 0 else start:s]  # the items themselves cannot cross a sentence end
    for m in _TALLY_HEAD.finditer(region):
        if _TALLY_SO_FAR.match(region, m.end()):
            word = m.group(1)
            return noun_plural(word) if word and word not in STOP and not word.endswith("ly") else ""
    return None
