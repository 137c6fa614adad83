"""Reading the core number at a scan hit: digits (with sign, decimal, fraction) or words.

Owns :func:`read_digit_number` (``4,300``, ``-1.3``, ``.45``, ``2½``,
``1/4``, ``3rd``) and :func:`read_spelled_number` (``three``, ``twenty-five``,
``a dozen``, ``two-thirds``, ``twice``, ``one`` where it counts), each of
which hands the number to :func:`.classify.classify_number`. Must not decide
the kind from the words after the number; identifiers written in digits are
recognized by :mod:`.identifiers`.
"""
from __future__ import annotations

import re

from . import identifiers
from .classify import classify_number
from .compounds import is_compound
from .context import DIGITS, ScannedText, to_float
from .fractions import A_BEFORE, read_fraction_word
from .lexicon import DENOMINATORS, ONE_COUNTED_NOUNS, VULGAR
from .nouns import counted_noun
from .money import currency_before
from .number_words import FRACTIONS, ORDINALS, parse_number_words
from .ranks import read_fused_rank, read_ordinal
from .ratios import IN_Y_NUMBER, MULTIPLES, read_fold_word, read_multiple
from .units import UNIT_AFTER_ONE

_LAST_WORD = re.compile(r"[a-z]+\Z")
_FRACTION_AFTER = re.compile(r"[ \t]{1,2}(\d{1,2})/(\d{1,2})(?![\d/])")
_SLASH_FRACTION = re.compile(r"[/⁄](\d{1,3})(?![\d/])")
_HYPHEN_PREFIX = re.compile(r"(?<![a-z])(?:sub|now|minus|near|over|under|mid|some|about|around|then|(?<=\d-)to|(?<=\d-)of)-\Z")
_FRACTION_WORD_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
)
_BY_A = re.compile(r"(?<![a-z])(?:by|than|nearly|about|almost|roughly|over|some|only|just)[ \t]+an?[ \t]+\Z")
_FRACTION_END = re.compile(r"[ \t]*(?:[.,;:)!?]|\Z|[ \t]+(?:in|since|from|to|over|last|this|after|before|and|or|on|at|during"
                           r"|by|with|while|as|compared|because|if|when|through|under)\b)")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
_SPACED_SUFFIXES = {"st", "nd", "rd", "th"}
_SPACED_ORDINAL_SUFFIX = re.compile(r" (?:st|nd|rd|th)(?![A-Za-z])")  # lower case only: "12 St. James" is a street
_ONE_BEFORE = re.compile(r"(?<![a-z])(?:only|just|than|exactly|precisely|at[ \t]+least|at[ \t]+most|nearly|almost|about|by|from|between)[ \t]+\Z")
_THE_ONLY_BEFORE = re.compile(r"(?<![a-z])the[ \t]+only[ \t]+\Z")
_ONE_AHEAD = re.compile(r"[ \t]+[a-z]+[ \t]+(?:ahead|behind|short|shy|apiece|back)\b")
# "the one", "no one", "that one", "each one", "at one point": a pronoun or idiom before the noun
_ONE_PRONOUN_BEFORE = re.compile(r"(?<![a-z])(?:the|this|that|no|any|every|each|such|an?|another|at|one)[ \t]+\Z")
# "one vehicle shooting at another", "one man said": one picks out a thing or a source, it counts nothing
_ONE_AND_ANOTHER_AFTER = re.compile(r"[^.;!?\n]{0,80}?(?<![a-z])(?:another|the[ \t]+other)(?![a-z])")
_SPEECH_VERB_BEFORE = re.compile(r"(?<![a-z])(?:said|says|told|added|wrote|asked|according[ \t]+to)[ \t]+\Z")
_CASUALTY_AFTER = re.compile(r"[ \t]+(?:(?:is|was|were|has[ \t]+been|had[ \t]+been)[ \t]+)?(?:(?:later|also|fatally)[ \t]+)?"
                             r"(?:dead|killed|died|dies|shot|wounded|injured|hurt|arrested|hospitalized|treated|charged|"
                             r"sustained|suffered|taken|detained|stabbed)\b")
_SPEECH_VERB_AFTER = re.compile(r"(?:,[ \t]+[^,.;\n]{1,40},)?"  # an appositive: "One commenter, Ann Lee, noted"
                                r"[ \t]+(?:said|says|told|recalled|recalls|added|explained|described|wrote|asked|"
                                r"remembered|noted|commented)\b")
# words with an agent's ending that name no person: "one other", "one quarter", "one moment"
_NOT_AGENT_NOUNS = set("""
other order number matter letter corner quarter paper water power center centre error color colour floor door major
minor sector factor honor favor labor mirror terror chapter character answer summer winter weather dinner river border
chamber tower cancer computer filter wonder manner banner barrier thunder sister brother mother father daughter
percent event extent content intent accident incident element moment talent patent parent present current recent
different important significant decent silent urgent frequent constant distant instant pleasant elegant relevant
giant plant restaurant ancient client agent variant vacant later never ever however either neither whether rather
further together another consumer trigger finger former latter proper upper lower inner outer elder older younger
bigger smaller larger greater better worse danger closer anger hunger paper super senior junior prior superior
inferior interior exterior horror motor vector nearer farther higher earlier faster slower longer shorter stronger
weaker richer poorer easier harder cheaper deeper wider louder safer""".split())
_VERB_THEN_OBJECT = re.compile(r"[ \t]+(?:shot|hit|stabbed|struck|killed|fired|grabbed|pulled)[ \t]+"
                               r"(?:him|her|them|me|us|it|himself|herself|themselves|\d+[ \t]+times)\b")
_SCALE_NOUNS = ("hundred", "thousand", "million", "billion", "trillion", "dozen")


def read_digit_number(scan: ScannedText, s: int) -> int:
    """Read the digits at ``s`` and what makes them a number (sign, decimal point, fraction)."""
    text = scan.text
    d = DIGITS.match(text, s)
    e = d.end()
    raw = d.group()
    prev = text[s - 1] if s else " "
    skip = identifiers.separated_identifier_end(text, s, e)
    if skip is not None:
        return skip
    if prev.isalpha() or prev in "_@/\\'’×⁄^=:":
        if not (prev.isalpha() or prev == "=") or not currency_before(text, s):
            return identifiers.skip_token(text, e)  # S23, H1N1, MP3, '90s, 24/7, 10^6 (the second part)
    if identifiers.is_machine_number(text, s, raw, prev) or prev in "+-−–" and identifiers.is_utc_offset(text, s):
        return identifiers.skip_token(text, e)  # tweet ids, "(GMT +8)"
    rank_end = read_fused_rank(scan, s, e, raw, prev)
    if rank_end is not None:
        return rank_end
    signed = _signed_start(scan, s, e, raw, prev)
    if isinstance(signed, int):
        return signed
    start, value, negative = signed
    leading_zero = len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and start == s
    skip = identifiers.marker_end(text, scan.low, s, e, raw, leading_zero)
    if skip is not None:
        return skip
    return _read_digit_tail(scan, s, e, raw, start, value, negative)


def _signed_start(scan: ScannedText, s: int, e: int, raw: str, prev: str) -> int | tuple[int, float, bool]:
    """(start, value, negative) of the number at ``s``: ``-1.3%``, ``minus 5``, ``.45``; or a position to skip to."""
    text, low = scan.text, scan.low
    negative = False
    if prev in "-−–" and s >= 2:
        before = text[s - 2]
        if before.isalpha() or before in "-":
            if not _HYPHEN_PREFIX.search(low, max(0, s - 8), s):
                return identifiers.skip_token(text, e)  # COVID-19, F-35, Sept.-20
            if low[max(0, s - 6):s - 1].endswith("minus"):
                negative = True
        elif before in " \t\n($":
            if identifiers.ACRONYM_DASH.search(text, max(0, s - 12), s) and not text.startswith("%", e):
                return identifiers.skip_token(text, e)  # "COVID -19"
            negative = True  # "-1.3%", "$-50.8bn", "FTSE -0.6%"
    elif low.endswith("minus ", s - 6 if s > 6 else 0, s):
        negative = not low.endswith("plus or minus ", max(0, s - 14), s)  # "plus or minus 2.4 points": a margin
    if prev == "." and s >= 2 and not text[s - 2].isdigit():
        if text[s - 2] not in " \t\n(":
            return identifiers.skip_token(text, e)  # ID.3
        return s - 1, to_float("0." + raw) if raw.isdigit() else to_float(raw), negative
    return s, to_float(raw), negative


def _read_digit_tail(scan: ScannedText, s: int, e: int, raw: str, start: int, value: float, negative: bool) -> int:
    """What is fused to the digits: ``/4``, ``rd``, `` 1/2``, ``½``; then the sign, then classify."""
    text = scan.text
    nxt = text[e] if e < scan.n else " "
    if nxt in "/⁄" and not text.startswith("$", e + 1):
        fm = _SLASH_FRACTION.match(text, e)
        if fm and raw.isdigit() and 0 < int(raw) < int(fm.group(1)) and int(fm.group(1)) in DENOMINATORS:
            return classify_number(scan, start, fm.end(), int(raw) / int(fm.group(1)), fraction=True)
        if not (text[e + 1:e + 2].isalpha() and currency_before(text, start)):
            return identifiers.skip_token(text, e)  # (but "$0.06/kWh" is a price per unit)
    om = _ORDINAL_SUFFIX.match(scan.low, e) or nxt == " " and text[e + 1:e + 3] in _SPACED_SUFFIXES \
        and _SPACED_ORDINAL_SUFFIX.match(text, e)
    if om and raw.isdigit():
        return read_ordinal(scan, start, om.end(), float(raw))  # "3rd"; "the 19 th century" in scraped text
    fm = _FRACTION_AFTER.match(text, e)
    if fm and raw.isdigit() and 0 < int(fm.group(1)) < int(fm.group(2)) <= 16:
        value += int(fm.group(1)) / int(fm.group(2))
        e = fm.end()
    elif raw.isdigit() and e < scan.n and text[e] in VULGAR or text[e:e + 1] == " " and text[e + 1:e + 2] in VULGAR and text[e + 1:e + 2]:
        e = e + 1 if text[e] in VULGAR else e + 2
        value += VULGAR[text[e - 1]]  # "4 ½-feet", "2½"
    if negative:
        value = -value
        start = s - 1 if text[s - 1] in "-−–" else scan.low.rindex("minus", 0, s)
    return classify_number(scan, start, e, value, raw=raw)


def read_spelled_number(scan: ScannedText, s: int, w: str) -> int:
    """Read the number word ``w`` at ``s`` (and the words that continue it)."""
    low = scan.low
    if w.endswith("fold"):  # "sixfold"
        return read_fold_word(scan, s, w)
    if w in MULTIPLES:
        return read_multiple(scan, s, w)
    if w in FRACTIONS and w not in ORDINALS or w in ("half",):
        return read_fraction_word(scan, s, w, 1.0)
    if w in ORDINALS:
        a = A_BEFORE.search(low, max(0, s - 4), s)
        if a and w in FRACTIONS and (low.startswith((" of", "-point"), s + len(w))
                                     or _BY_A.search(low, max(0, s - 12), s) and _FRACTION_END.match(low, s + len(w))):
            return read_fraction_word(scan, s, w, 1.0, start=a.start(1))  # "a third of", "fell by a third"
        return read_ordinal(scan, s, s + len(w), float(ORDINALS[w]))
    if w in _SCALE_NOUNS:
        return _read_a_scale(scan, s, w)
    res = parse_number_words(low, s)
    if res is None:
        return s + len(w)
    value, e = res
    if scan.text[s].isupper() and identifiers.is_name_before(scan.text, s):
        return e  # "BBC One", "Formula One"
    # "two-thirds", "one-fifth", "three quarters"
    fm = _FRACTION_WORD_AFTER.match(low[e:e + 12])
    if fm and value < 20:
        den = FRACTIONS[fm.group(1)]
        if not (fm.group(1) in ORDINALS and "-" not in fm.group(0) and value != 1):  # "two third-quarter goals"
            return read_fraction_word(scan, s, fm.group(1), value, end_core=e + fm.end(), den=den)
    if w == "one" and value == 1.0 and e == s + 3:
        if not one_is_number(scan, s, e):
            return e
    return classify_number(scan, s, e, value, words=True, scale_word=_LAST_WORD.search(low, s, e).group())


def _read_a_scale(scan: ScannedText, s: int, w: str) -> int:
    """``a hundred``, ``a dozen eggs``, ``a million``; ``hundreds of`` and ``several million`` are vague."""
    low = scan.low
    a = A_BEFORE.search(low, max(0, s - 4), s)
    if not a or low.startswith("s", s + len(w)):
        return s + len(w)
    value, end = parse_number_words("one " + low[s:s + 60], 0)
    return classify_number(scan, a.start(1), s + end - 4, value, words=True)


def one_is_number(scan: ScannedText, s: int, e: int) -> bool:
    """``one`` is mostly an article or pronoun (``one of the``, ``one night``); a number only
    in ``one in five``, ``one-third``, ``one mile``, ``only one``, ``one game ahead``."""
    low = scan.low
    rest = low[e:e + 12]
    if IN_Y_NUMBER.match(low, e) or rest.startswith("-") and is_compound(low, e):
        return True
    if rest.startswith((" of ", " or more", " by one", " another")) or low.endswith("one by ", 0, s):
        return False  # "one of the", "just one of four", "one or more", "one by one"
    if _THE_ONLY_BEFORE.search(low, max(0, s - 12), s) and not UNIT_AFTER_ONE.match(low, e):
        return counted_noun(scan.text, e) is not None  # "the only one with a path": a pronoun
    if _ONE_BEFORE.search(low, max(0, s - 16), s):
        return True
    if UNIT_AFTER_ONE.match(low, e):
        return True
    return bool(_ONE_AHEAD.match(low, e)) or one_counted_noun(scan, s, e) is not None


def one_counted_noun(scan: ScannedText, s: int, e: int) -> str | None:
    """The noun ``one`` counts: ``one robbery suspect``, ``one former staffer``; None for ``the one man``, ``one day``."""
    if _ONE_PRONOUN_BEFORE.search(scan.low, max(0, s - 10), s):
        return None
    noun = counted_noun(scan.text, e)
    if not noun or not noun[0].islower():
        return None  # "One Nation", "one Republican candidate" (a name or a description, not a count)
    if _VERB_THEN_OBJECT.match(scan.low, e):
        return None  # "and one shot him", "one shot 9 times drove off": one is a pronoun, shot a verb
    if _picks_one_out(scan.low, s, e + len(noun) + 1):
        return None
    words = noun.split()
    for i in range(len(words), 0, -1):  # the head is the last noun: "one former campaign staffer"
        lw = words[i - 1].lower()
        if words[i - 1].islower() and (lw in ONE_COUNTED_NOUNS or _is_agent_noun(lw)):
            return " ".join(words[:i])
    return None


def _picks_one_out(low: str, s: int, after: int) -> bool:
    """``one man recalled later``, ``said one aide`` (a source), ``one car rammed another`` (one of a pair).

    Not where the clause says what happened to it: ``police said one suspect was killed`` counts.
    """
    if _CASUALTY_AFTER.match(low, after):
        return False
    return bool(_SPEECH_VERB_AFTER.match(low, after) or _SPEECH_VERB_BEFORE.search(low, max(0, s - 16), s)
                or _ONE_AND_ANOTHER_AFTER.match(low, after))


def _is_agent_noun(w: str) -> bool:
    """A noun for a person by its ending: ``supporter``, ``donor``, ``activist``, ``politician``."""
    if w in _NOT_AGENT_NOUNS or len(w) < 5:
        return False
    return w.endswith(("er", "or", "ian")) or w.endswith("ist") and len(w) > 6 and not w.endswith("sist")
