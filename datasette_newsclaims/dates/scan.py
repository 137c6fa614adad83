"""Finding calendar references: where the rules are tried, and in what order the mentions come out.

``detect(text)`` tries the rules (:mod:`.rules`, one compiled alternation) only at
word starts shortly before cheap trigger words, the first word choosing which
rules can apply; each match is read by its rule into a :class:`Mention`, then
the refiners (:mod:`.refiners`) join, extend or drop mentions by their
neighbours. All quantifiers are bounded or run over disjoint character classes,
so the scan is linear in the input length.

Owns: triggers, starters, the compiled scanners, :data:`MAX_MENTIONS`,
:func:`detect`. Must not touch: what a match means (the rules), tense or
resolution.
"""
from __future__ import annotations

import re

from .mention import Mention
from .refiners import (extend_since, follower, is_set, join_relative_to, join_span, joins_previous, strip_closing_period,
                       window_ending)
from .rules import RULE_BY_NAME, RULES
from .vocabulary import DECADE_WORDS, MONTHS, NUMBER_WORDS

SCANNER = re.compile("|".join(f"(?P<r_{r.name}>{r.pattern})" for r in RULES))

# Fast triggers: every rule contains one of these. Only word starts shortly
# before a trigger are tried with SCANNER.match, which keeps the scan at several
# million characters a second.
# Each trigger starts with a literal, so the regex engine skips to it at memchr speed.
_TRIGGER_LITERALS = (
    "year month week day quarter decade night morning afternoon evening half period ago onight omorrow esterday "
    "ineteen wo@thousand entury Mardi"
).split()
TRIGGERS = [(re.compile(re.escape(w.replace("@", " "))), 34) for w in _TRIGGER_LITERALS] + [
    (re.compile(p), 22) for p in (
        r"19\d\d", r"20\d\d", r"1[6-8]\d\d", r"/\d", r"'\d0s", r"Q[1-4]",
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)",
        r"(?:Today|Tonight|Year|ties\b|Thanksgiving|Christmas|Easter|Halloween|Day\b|spring|summer|fall\b|autumn|winter)",
    )
]  # (trigger, how far before it a mention may start: "since the beginning of the year", "the first half of 2019")
# Words a mention can open with: capitalised words and digits (months, weekdays, "Last"),
# or one of these lower-case words. Other words ("of", "said") are never tried.
_STARTERS = (
    "spring summer fall autumn winter century nineteen eighteen twenty the a an its their since so thus from between early earlier mid late later last next this that past "
    "previous following coming current fiscal year years month months week weeks weekend day days night nights "
    "decade decades quarter today tonight tomorrow yesterday about almost nearly some roughly more over just only "
    "several few couple beginning start middle end close rest bulk balance comparable corresponding flat "
    "year-ago year-earlier month-end year-end morning afternoon evening first second third fourth half"
).split() + [w for w in NUMBER_WORDS if w not in ("a", "an")]
WORD_START = re.compile(r"(?<![\w'])(?:[A-Za-z]+|[0-9'])")
_DIGITS = frozenset("0123456789'")


def _sub_scanner(names: list[str]) -> re.Pattern:
    """A scanner with only the named rules, in their order in RULES (same group names)."""
    wanted = set(names)
    return re.compile("|".join(f"(?P<r_{r.name}>{r.pattern})" for r in RULES if r.name in wanted))


# The first word of a candidate decides which rules can match there: a month name
# opens only month rules, a weekday only weekday rules, a digit only numeric ones;
# words no rule opens with (most capitalised names) are never tried.
_SUB_M = _sub_scanner(["span_my", "mdy", "my", "month_rel", "spoken_year", "month"])
_SUB_W = _sub_scanner(["mdy", "dmy", "weekday"])
_SUB_D = _sub_scanner(["span_y2", "half_y", "quarter", "decade", "iso", "numeric_dmy", "numeric", "nine_eleven", "dmy",
                       "anchored", "ago", "year"])


def _scanners_by_first_word() -> dict[str, re.Pattern]:
    """The scanner to try at a word, by the word (lower-cased); words absent are never tried."""
    scanners: dict[str, re.Pattern] = {}
    for w in set(_STARTERS) | set(DECADE_WORDS) | {
            "thanksgiving", "christmas", "new", "election", "independence", "labor", "memorial", "veterans",
            "halloween", "easter", "valentine", "q", "h", "fy", "its", "their", "fiscal", "flat", "latter", "final",
            "so", "thus", "that", "mother", "father", "martin", "mlk", "presidents", "columbus", "st", "groundhog",
            "earth", "juneteenth", "boxing", "black", "cyber", "good", "palm", "ash", "mardi", "fat"}:
        scanners[w] = SCANNER
    for w in MONTHS:
        scanners[w] = _SUB_M
    for w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        scanners[w] = _SUB_W
    return scanners


_SCANNER_FOR = _scanners_by_first_word()


def candidate_starts(text: str) -> list[tuple[int, re.Pattern]]:
    """Word starts from which a mention could begin, in order, each with the scanner to try there."""
    hits = [(*m.span(), reach) for trig, reach in TRIGGERS for m in trig.finditer(text)]
    hits.sort()
    out: list[tuple[int, re.Pattern]] = []
    covered = 0
    finditer = WORD_START.finditer
    get = _SCANNER_FOR.get
    for p, q, reach in hits:
        lo = max(p - reach, covered)
        if lo > p:
            continue
        for w in finditer(text, lo, q + 12):
            ws = w.start()
            if ws > p:
                break
            word = w.group()
            scanner = _SUB_D if word[0] in _DIGITS else get(word.lower())
            if scanner is not None:
                out.append((ws, scanner))
        covered = p + 1
    return out


def read_match(text: str, m: re.Match) -> Mention | None:
    """The mention a SCANNER match states, read by the rule whose group matched (None: rejected)."""
    return RULE_BY_NAME[m.lastgroup[2:]].read(text, m)


_SPAN_RULES = frozenset(("span_my", "span_y", "span_y2"))
_WITHOUT_SPANS = {scanner: re.compile("|".join(
    f"(?P<r_{r.name}>{r.pattern})" for r in RULES if r.name not in _SPAN_RULES and f"(?P<r_{r.name}>" in scanner.pattern))
    for scanner in (SCANNER, _SUB_M, _SUB_D)}


def match_and_read(text: str, pos: int, scanner: re.Pattern) -> tuple[re.Match | None, Mention | None]:
    """The match at ``pos`` and its mention; a span its rule rejects ("1998 to 12.5 percent") gives way to
    the single date at its start."""
    m = scanner.match(text, pos)
    if m is None or m.end() == pos:
        return None, None
    mention = read_match(text, m)
    if mention is None and m.lastgroup[2:] in _SPAN_RULES:
        m = _WITHOUT_SPANS[scanner].match(text, pos)
        if m is None or m.end() == pos:
            return None, None
        mention = read_match(text, m)
    return m, mention


def _inside_number(text: str, pos: int) -> bool:
    """True at the "000" of "5,000" or the "5" of "1.5": no reference starts inside a number."""
    if pos == 0 or text[pos] not in _DIGITS:
        return False
    prev = text[pos - 1]
    return prev.isdigit() or (prev in ",." and pos > 1 and text[pos - 2].isdigit())


MAX_MENTIONS = 2_000  # calendar references read per text, at most


def detect(text: str) -> list[Mention]:
    """Every calendar reference in ``text``, in order, as stated (nothing resolved)."""
    out: list[Mention] = []
    last_end = 0
    for pos, scanner in candidate_starts(text):
        if len(out) >= MAX_MENTIONS:
            break  # bounds the work on date-spam input (a real article has a few dozen)
        if pos < last_end or _inside_number(text, pos):
            continue
        m, mention = match_and_read(text, pos, scanner)
        if mention is None:
            continue
        if joins_previous(text, out, mention):
            out[-1] = join_relative_to(out[-1], mention)  # "the day before" + "last Tuesday": one date
            last_end = m.end()
            continue
        strip_closing_period(text, mention)
        if is_set(text, mention):
            continue  # "every Monday": a set, not a date
        extend_since(text, mention)
        mention = window_ending(text, mention, out[-1].end if out else 0) or mention
        span = join_span(text, out[-1], mention) if out else None
        if span is not None:  # "from June through the end of the year": one range
            out[-1] = span
            last_end = m.end()
            continue
        out.append(mention)
        last_end = m.end()
        extra = follower(text, mention)
        if extra is not None:  # "April 24 and 25", "this year as last"
            out.append(extra)
            last_end = extra.end
    return out
