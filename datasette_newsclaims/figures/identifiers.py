"""Numbers that name or point instead of counting: identifiers, codes, clock times, dates in digits.

Owns the negative evidence of the figure scan: ``Section 427``, ``COVID-19``,
``555-1234``, ``9/11/2001``, ``5:30``, ``Image 2 of 6``, ``1600 Pennsylvania
Avenue``, ``the 787 Dreamliner``, ``called 911``. Every function works on the
plain text and offsets (no figure state), so other extractors can share it.
Must not build figures or read units: callers skip what these functions
recognize.
"""
from __future__ import annotations

import re

from .context import last_word
from .lexicon import ABBREVIATIONS, IDENT_WORDS, MONTHS, PERSON_NOUNS, PLAIN_WORDS, QUALIFIERS

ACRONYM_DASH = re.compile(r"[A-Z]{2,}[ \t]?-\Z")  # "COVID -19"
CLOCK_AFTER = re.compile(r":\d\d|[ \t]*(?:[ap]\.m\b|[ap]m\b|o['’]clock|h\d\d\b)"
                         r"|[-–][ \t]?\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.m\b|[ap]m\b)")  # "4-9 p.m.": opening hours
# tried only after ": " or a joining word: "11: 06 a.m." in scraped text, "between 12 and 8 p.m."
_LOOSE_CLOCK_AFTER = re.compile(r":[ \t]\d\d[ \t]*[ap]\.?m\b"
                                r"|[ \t]+(?:and|to|until|till)[ \t]+\d{1,2}(?::\d\d)?[ \t]*(?:[ap]\.m\b|[ap]m\b)")
_LOOSE_CLOCK_STARTS = (": ", " and ", " to ", " until ", " till ")


# one separator throughout ("2019-09-01", "9/11/2001", "1.2.3"); "6.0-7.0 percent" is a range of decimals
_DATE_NUMERIC = re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}|\d{3}[-. ]\d{3,4}[-. ]\d{4}|\d{3}-\d{4}\b|\d{3}-\d{3}-[A-Z]{4}|1-\d{3}-[\dA-Z]+(?:-[\dA-Z]+)*|\d{3}-\d?[A-Z]{4,}\b")
_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:[ \t]+\d{4})?"
)
DATE_WORDS_AFTER = re.compile(r"[ \t]+(?:ago|later|earlier|from[ \t]+now|prior)\b")
RELATIVE_AFTER = re.compile(r"[ \t]+(?:ago|later|earlier|from[ \t]+now|prior|(after|before))\b")
# a verb or preposition of duration before the number: "lasted ten minutes before", "for two years after"
DURATION_CUE_BEFORE = re.compile(
    r"(?<![a-z])(?:for|within|lasted|lasting|lasts|last|took|takes|take|taking|spent|spend|spends|waited|wait|"
    r"served|serve|serving|sentenced[ \t]+to|stayed|remained)[ \t]+(?:(?:about|around|nearly|almost|roughly|some|"
    r"another|only|just|more[ \t]+than|less[ \t]+than|at[ \t]+least|up[ \t]+to|over|under)[ \t]+)?\Z")
PERIOD_BEFORE = re.compile(r"(?<![a-z])(?:in|for|during|over)[ \t]+the[ \t]+(?:(?:first|latest|last|past|same|previous|preceding)[ \t]+)?\Z")
PERIOD_AFTER = re.compile(r"[ \t]*(?:,|ended\b|ending\b|through\b|to[ \t]+date\b|of[ \t]+(?:this|last|the|fiscal|\d{4})\b)")
_CALIBER = re.compile(r"(?:-|[ \t]+)(?:caliber|calibre|cal\b|handgun|pistol|rifle|revolver|magnum|special|auto\b|semi)")
_CAPITAL_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b(?<!s)(?: [a-z]+\b(?<!s)| [A-Z][a-z]+|\.)")
# the rest of a phone number after its area code: "(916) 874-5115", "916-874-5115"
_PHONE_REST = re.compile(r"\)?[ \u00a0.\-]?\d{3}[.\-\u2011]\d{4}(?!\d)")
# the groups of a phone number written with spaces after a trunk prefix ("0845 46 47")
_SPACED_PHONE_REST = re.compile(r"(?:[ \t]\d{2,4}){1,3}(?![\d,.]\d)")
_PHONE_WORD_BEFORE = re.compile(r"-[A-Z]{3,}[ \t]?\(\Z")
_NAME_PAREN_BEFORE = re.compile(r"(?:[A-Z][a-z'’\-]+|(?<![A-Za-z])(?:%s))[ \t]\(\Z" % "|".join(sorted(PERSON_NOUNS)))
_AFTER_PAREN_AGE = re.compile(r",[ \t]+(?:who|of|from|was|is|and[ \t]+[a-z])\b|[ \t]+(?:was|is|has|had|who|of|from|were|"
                              r"died|appeared|pleaded|admitted|denied|denies|suffered|remains|received|were|and[ \t]+his|"
                              r"and[ \t]+her)\b")
_GALLERY_WORDS = {"image", "photo", "slide", "picture", "photograph", "video"}
_GALLERY_BEFORE = re.compile(r"(?:image|photo|slide|picture|photograph|video)[ \t]+\d{1,3}[ \t]+of[ \t]+(?:/[ \t]*)?\Z")
_GALLERY_AFTER = re.compile(r"[ \t]+of[ \t]+(?:/[ \t]*)?\d{1,3}\b(?:[ \t]+more[ \t]+galleries\b)?"
                            r"|(?:[ \t]*/[ \t]*\d{1,3})?[ \t]+back to gallery|[ \t]+more[ \t]+galleries\b")
_ACRONYM_BEFORE = re.compile(r"\([A-Z]{2,5}[ \u00a0-]\Z")
_MODEL_AFTER = re.compile(r"[ \t]+(?:ZIP\b|Max|Pro|Mini|Plus|Ultra|Dreamliner|MAX|Series|Edition|Ave\b|St\b|E\b|W\b|N\b|S\b)")
_STREET = re.compile(
    r"(?:[ \t]+(?:[A-Z][a-z]+|[NSEW]\.?|[NS][EW]\.?|\d+(?:st|nd|rd|th)))"
    r"{0,3}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|"
    r"Ct|Parkway|Terrace|Highway|Causeway|Route|Pike|Circle|Square|Plaza|Trail|Turnpike|Expressway|Freeway)\b"
)
_EMERGENCY = re.compile(r"(?:call|called|calling|dial|dialed|dialled|dialing|ring|rang|phone|phoned|text|texted|texting)[ \t]+"
                        r"(?:(?:police|us|them|me|him|her)[ \t]+)?(?:(?:on|at|to)[ \t]+)?\Z")
_EMERGENCY_AFTER = re.compile(r"[ \t]+(?:call|calls|hang|hang-ups?|hangups?|dispatcher|dispatchers|operator|operators|center|centre|system|tapes?"
                              r"|service|services|line|hotline|number|isn't|is[ \t]+not)\b")
_BLOCK_OF = re.compile(r"(?:[ \t]+(?:and|to|through)[ \t]+(?:the[ \t]+)?\d+)?[ \t]+blocks?[ \t]+of\b")
_RANGE_TAIL = re.compile(r"[-–]\d+(?:[.,]\d+)*")
# "1800 GMT", "0930 ET", "2200 local time"; "at 1400 hours" (military time) only after a time preposition
_TIME_ZONE_AFTER = re.compile(r"[ \t]*(?:GMT|UTC|Z|Zulu|[ECMPA][SD]?T|BST|CES?T|IST|JST|AE[SD]T|HKT|SGT|MSK|local[ \t]+time)\b")
_MILITARY_HOURS_AFTER = re.compile(r"[ \t]*(?:hours|hrs|h)\b")
_TIME_PREPOSITION_BEFORE = re.compile(r"(?<![a-z])(?:at|by|until|till|since|from|before|after|around|about|to|and)[ \t]+\Z")
# a number right after a name: "Boeing 787", "Airbus 380", "Windows 10" (three or four digits)
# (not a score or tally: "India 357 for 8", "Texas 104-98")
_NAME_AND_NUMBER = re.compile(r"(?<=[A-Za-z])[ \t](\d{3,4})(?![\d,.]?\d)(?![ \t]*(?:for\b|/|-|–|,[ \t]*\d))")
# Boeing's airliner families: "the 787", "a 747"
_AIRLINER = re.compile(r"7[0-8]7\Z")
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:the|a|an|this|that|its|their|his|her|our)|[A-Z][A-Za-z]+['’]s)[ \t]+(?:[a-z]+[ \t]+)?\Z")
# "777-200LR", "A340-600ER": a designation joined by a dash, letters fused to its second part
_DESIGNATION_TAIL = re.compile(r"[A-Z]{2}")


def skip_token(text: str, e: int) -> int:
    """End of the alphanumeric token (with ``-_/``) that continues at ``e``: ``S23``, ``H1N1``."""
    n = len(text)
    while e < n and (text[e].isalnum() or text[e] in "-_/"):
        e += 1
    return e


def past_range(text: str, e: int) -> int:
    """End of ``-24`` in ``Sept. 20-24`` or ``2014-15``: a range that is not a figure."""
    m = _RANGE_TAIL.match(text, e)
    return m.end() if m else e


_NUMBER_IS = re.compile(r"(?<![a-z])(?:case|incident|phone|file|reference|tracking|serial|account|badge|flight|order|"
                        r"report|license|plate|zip|area|postal|police)[ \t]+(?:number|code|no\.)[ \t]*(?:is|was|:)?[ \t]*\Z")
_NUMBER_IS_LAST = {"is", "was", "number", "code", "no."}
_SCORE_AT = re.compile(r"\d{1,3}[-–]\d{1,3}(?![\d-])")
_LABEL_VALUE = re.compile(r"\d+\.?\)")


_OPENING_MARKS = "(\"“‘'["


def ident_before(low: str, s: int) -> bool:
    """``category 4``, ``S&P 500``, ``Route 66``: a word that makes the number an identifier."""
    w = last_word(low, s)
    if w and w[0] in _OPENING_MARKS:
        w = w.lstrip(_OPENING_MARKS)  # "(iOS 5)", "“Section 428”"
    if not w:
        return False
    if w.rstrip(":") in _NUMBER_IS_LAST and _NUMBER_IS.search(low, max(0, s - 40), s):
        return True  # "the case number is 16-2345", "zip code: 90210"
    if w.endswith(":") and len(w) > 2 and w[-2].isalpha() and not _LABEL_VALUE.match(low, s):
        return False  # "sales this week: two to Delta": a colon opens a list; "(Last week: 2.)" is a label
    if w in ("game", "match") and _SCORE_AT.match(low, s):
        return False  # "won the game 3-1": a score; "Game 3" names a game
    if w in IDENT_WORDS or w.rstrip("-/.:") in IDENT_WORDS:
        return True
    if "/" in w:
        return any(p in IDENT_WORDS for p in w.split("/"))
    ws = low[max(0, s - 30):s].split()
    return len(ws) >= 2 and " ".join(ws[-2:]) in IDENT_WORDS


def is_name_before(text: str, s: int) -> bool:
    """True when a capitalized word (a name) stands right before the number: ``Section 427``."""
    w = last_word(text, s)
    if not w:
        return False
    if w[0] in _OPENING_MARKS:
        w = w.lstrip(_OPENING_MARKS)  # "“Apollo 13,”", "(NEWSCHANNEL 3)", "(Destiny 2 is"
        if not w:
            return False
    if not w[0].isupper():  # (only "iPad 2", "iPhone 4", a product named in camel case, is a name in lower case)
        return len(w) > 2 and w[0].islower() and w[1].isupper() and w[2:3].islower()
    if not w[0].isalpha() or w[-1] in ",;:!?)\"”’":
        return False
    if w.endswith(".") and w not in ABBREVIATIONS:
        return False  # the previous sentence ended: "... the Thunder. Seven of ..."
    if w.endswith(("'s", "’s", "s'")):
        return False  # "Chicago's 2.7 million residents"
    lw = w.lower().rstrip(".")
    if lw in PLAIN_WORDS or lw in QUALIFIERS:
        return False
    return True


def clock_time_end(text: str, low: str, s: int, e: int, raw: str) -> int | None:
    """End of a four-digit clock time: ``1800 GMT``, ``0930 ET``, ``at 1400 hours``."""
    if len(raw) != 4 or not raw.isdigit() or int(raw[:2]) > 23 or int(raw[2:]) > 59:
        return None
    m = _TIME_ZONE_AFTER.match(text, e)
    if m:
        return m.end()
    m = _MILITARY_HOURS_AFTER.match(low, e)
    if m and _TIME_PREPOSITION_BEFORE.search(low, max(0, s - 8), s):
        return m.end()
    return None


def is_decade(text: str, e: int, raw: str) -> bool:
    """``the 90's``, ``the 1980’s``: a decade written with an apostrophe."""
    return len(raw) in (2, 4) and raw.endswith("0") and raw.isdigit() and text.startswith(("'s", "’s"), e)


def is_designation_tail(text: str, start: int, tail: int) -> bool:
    """Capitals fused to the second part of a dash-joined pair of three-digit numbers: ``777-200LR``."""
    return tail - start >= 7 and bool(_DESIGNATION_TAIL.match(text, tail))


def is_named_number(text: str, raw: str) -> bool:
    """``raw`` (three or four digits) stands right after a name somewhere in ``text``: ``Boeing 787``.

    Elsewhere in the same text the bare number names the same thing (``the 787``).
    """
    pos = text.find(raw)
    while pos >= 0:
        if pos >= 2 and text[pos - 1] in " \t" and text[pos - 2].isalpha():
            m = _NAME_AND_NUMBER.match(text, pos - 1)
            if m and m.group(1) == raw and is_name_before(text, pos):
                return True
        pos = text.find(raw, pos + 1)
    return False


def named_numbers(text: str) -> frozenset[str]:
    """All numbers :func:`is_named_number` accepts in ``text`` (for tests and inspection)."""
    return frozenset(m.group(1) for m in _NAME_AND_NUMBER.finditer(text) if is_name_before(text, m.start(1)))


def is_airliner_model(text: str, s: int, raw: str) -> bool:
    """``the 787``, ``Boeing's 747``: a Boeing family number after a determiner or a possessive."""
    return bool(_AIRLINER.match(raw) and _DETERMINER_BEFORE.search(text, max(0, s - 20), s))


def is_boeing_family(text: str, raw: str) -> bool:
    """``five new 737 aircraft``, ``787 project manager``: in a text that names Boeing, its family numbers are models."""
    return bool(_AIRLINER.match(raw)) and "Boeing" in text


def separated_identifier_end(text: str, s: int, e: int) -> int | None:
    """End of a date, phone number or version written with separators at ``s``: 2019-09-01, 555-1234, 1.2.3."""
    dm = _DATE_NUMERIC.match(text, s)
    if dm:
        return dm.end()
    if e + 1 < len(text) and text[e] == "." and text[e + 1].isdigit():
        return e + 2  # version numbers, IP addresses
    return None


_UTC_OFFSET_BEFORE = re.compile(r"(?:GMT|UTC)[ \t]?[+\-−–]\Z")


def is_utc_offset(text: str, s: int) -> bool:
    """``GMT +8``, ``UTC-5``: the number is an hour offset of a time zone."""
    return bool(_UTC_OFFSET_BEFORE.search(text, max(0, s - 6), s))


def is_machine_number(text: str, s: int, raw: str, prev: str) -> bool:
    """``timestamp="1474387200"``, tweet ids: ten digits or more, or a quoted attribute value."""
    return prev == '"' and text[s - 2:s - 1] == "=" or len(raw) >= 10 and raw.isdigit()


_GALLERY_AFTER_STARTS = (" of", " back", " more", "/", " /", "  ", "\t")


def is_gallery_counter(low: str, s: int, e: int) -> bool:
    """Photo gallery counters: ``Image 2 of 6``, ``Photo 1 of / 6``."""
    if low.find("of", s - 24 if s > 24 else 0, s) >= 0 and _GALLERY_BEFORE.search(low, max(0, s - 24), s):
        return True  # (the cheap find first: most numbers have no "of" before them)
    if not low.startswith(_GALLERY_AFTER_STARTS, e):
        return False  # (the cheap test first: what _GALLERY_AFTER can start with)
    gm = _GALLERY_AFTER.match(low, e)  # ("Pin It 1 of 2 More Galleries": both numbers)
    return bool(gm and (gm.group().endswith(("gallery", "galleries")) or last_word(low, s) in _GALLERY_WORDS))


_LIST_ITEM_AFTER = re.compile(r"\)[ \t]+[A-Z]")
_LIST_ITEM_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\)[ \t]+[A-Z]")
_NEXT_LIST_ITEM = re.compile(r"[^.\n]{0,40}?(?<![\d.,])\d{1,2}\)[ \t]+[A-Z]")


def marker_end(text: str, low: str, s: int, e: int, raw: str, leading_zero: bool) -> int | None:
    """Where to go on when the digits at ``s``..``e`` are a code, a clock time, a list marker or a phone number."""
    prev = text[s - 1] if s else " "
    nxt = text[e] if e < len(text) else " "
    if leading_zero:
        pm = _SPACED_PHONE_REST.match(text, e)
        return pm.end() if pm else e  # 007, ZIP-like codes with a leading zero; "0845 46 47", "020 7946 0018"
    end = clock_time_end(text, low, s, e, raw)
    if end is not None:
        return end
    if is_decade(text, e, raw):
        return e + 2
    cm = CLOCK_AFTER.match(low, e) or low.startswith(_LOOSE_CLOCK_STARTS, e) and _LOOSE_CLOCK_AFTER.match(low, e)
    if cm:
        return cm.end()
    if is_gallery_counter(low, s, e):
        return e
    if (s == 0 or prev in "\n\"“") and len(raw) <= 2 and raw.isdigit():
        if nxt in ".)" and text[e + 1:e + 2] in (" ", "\n", ""):
            return e + 1  # list numbering: "4. Travello", "2) ..."
        if nxt == " " and _CAPITAL_WORD_AFTER.match(text, e):
            return e  # "10 Be thankful." at the start of a line
    if nxt == ")" and len(raw) <= 2 and _LIST_ITEM_AFTER.match(text, e) and (
            _LIST_ITEM_BEFORE.search(text, max(0, s - 60), s) or _NEXT_LIST_ITEM.match(text, e + 1)):
        return e + 1  # "1) Deviled, 2) Scotch, 3) Scrambled": the markers of a list run into the text
    if prev == "." and _CALIBER.match(low, e):
        return e  # ".45-caliber handgun": a name of the weapon
    if nxt == "(" and text[e + 1:e + 2].isalpha() and text[e + 2:e + 3] == ")":
        return e + 3  # "a 401(k) plan"
    if prev == "[" and nxt == "]":
        return e + 1  # "[538]", "[12]": a source or footnote in brackets
    if prev == "(" and nxt == ")" and (len(raw) <= 2 or len(raw) >= 5 and raw.isdigit()) \
            and not is_age_in_parens(text, s, e):
        return e  # jersey numbers, list markers, text-tip codes: "Dak Prescott (4)", "(773847)"
    if len(raw) == 3 and raw.isdigit():
        pm = _PHONE_REST.match(text, e)
        if pm and (prev == "(") == (nxt == ")"):
            return pm.end()  # phone numbers: "(916) 874-5115", "916-874-5115", "916.874.5115"
    if nxt == ")" and _ACRONYM_BEFORE.search(text, max(0, s - 8), s):
        return e  # designations in parentheses: "USS Juneau (LPD 10)", "(Flight MH 17)"
    if prev == "(" and nxt == ")" and _PHONE_WORD_BEFORE.search(text, max(0, s - 12), s):
        return e + 1  # the digits of a phone word: "215-686-TIPS (8477)"
    return None


def is_age_in_parens(text: str, s: int, e: int) -> bool:
    """``Liam Jones (34) was jailed``, ``Sharma (26), who``: a person's age in British style, not a jersey number."""
    return (text[s - 1:s] == "(" and text[e:e + 1] == ")" and bool(_NAME_PAREN_BEFORE.search(text, max(0, s - 30), s))
            and bool(_AFTER_PAREN_AGE.match(text, e + 1)) and 1 <= int(text[s:e]) < 110 if text[s:e].isdigit() else False)


def month_next_to(text: str, low: str, s: int, e: int, raw: str | None) -> bool:
    """A month stands right before or after the number: ``Aug. 7``, ``1 September 2019``."""
    if last_word(text, s).strip(".(\"'“‘[") in MONTHS:
        return True
    # a lower-case "may"/"mar" after a number is a verb ("5 may be")
    return bool(raw and raw.isdigit() and len(raw) <= 2 and _MONTH_AFTER.match(low, e) and text[e + 1:e + 2] != "m")


_CALLS_TO = re.compile(r"(?<![a-z])(?:calls?|texts?|dials?)[ \t]+to[ \t]+\Z")  # "12 calls to 911"


def is_emergency_number(low: str, s: int, e: int, raw: str | None) -> bool:
    """``called 911``, ``the 911 call``."""
    if raw and len(raw) in (5, 6) and raw.isdigit() and _EMERGENCY.search(low, max(0, s - 16), s):
        return True  # "text 847411": a short code
    if raw == "911" and not _PLURAL_AFTER.match(low, e):
        return True  # "instead of 911", "the 911 dispatcher": in US news 911 counts only what a plural names
    return raw in ("911", "999", "112", "111", "000", "101") and bool(
        _EMERGENCY.search(low, max(0, s - 16), s) or _EMERGENCY_AFTER.match(low, e)
        or _CALLS_TO.search(low, max(0, s - 16), s))


_PLURAL_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:[a-z]{2,}(?<![su])s\b(?<!calls)|(?:people|men|women|children)\b)")


def is_street_after(text: str, e: int) -> bool:
    """A street follows ``e``: ``1601 W. 37th St.``, ``12 Elm Street`` (the number is an address)."""
    return bool(_STREET.match(text, e))


# a station or outlet named with a number: "Stay with 13 News", "told 11 News", "Nine News"
_OUTLET_AFTER = re.compile(r"[ \t]+(?:Action[ \t]+|Eyewitness[ \t]+)?(?:News|NEWS)\b")


def is_outlet_name(text: str, e: int) -> bool:
    """``13 News``: the number names a station, it counts nothing."""
    return bool(_OUTLET_AFTER.match(text, e))


def is_address_or_model(text: str, low: str, e: int) -> bool:
    """``1600 Pennsylvania Avenue``, ``787 Dreamliner``, ``iPhone 11 Pro``, ``the 300 block of``."""
    return bool(_STREET.match(text, e) or _MODEL_AFTER.match(text, e) or _BLOCK_OF.match(low, e))


def is_street_or_model(text: str, e: int) -> bool:
    """A street name or model suffix follows ``e``: ``16-18 Industrial Avenue``."""
    return bool(_STREET.match(text, e) or _MODEL_AFTER.match(text, e))


# a dimension: "1800 x 1920", "1920×1080" (either side of the "x")
_DIMENSION_AFTER = re.compile(r"[ \t]*[x×][ \t]*\d{2,5}(?![\d,.]\d)")
_DIMENSION_BEFORE = re.compile(r"(?<![\d,.])\d{2,5}[ \t]*[x×][ \t]*\Z")


def is_not_a_year(text: str, s: int, e: int) -> bool:
    """The four digits at ``s``..``e`` look like a year but measure or name something else.

    ``1800 x 1920`` (a dimension), ``1800 GMT`` / ``at 1400 hours`` (a clock time),
    ``1600 Pennsylvania Avenue`` / ``the 1900 block of`` (an address). Shared with the
    dates extractor: a date reader can skip these, and the figure scan does not let a
    date found there hide the figure.
    """
    raw = text[s:e]
    if len(raw) != 4 or not raw.isdigit():
        return False
    if _DIMENSION_AFTER.match(text, e) or _DIMENSION_BEFORE.search(text, max(0, s - 10), s):
        return True
    w0 = max(0, s - 12)
    window = text[w0:e + 40]  # the readers below look a few characters around the number only
    at, low = s - w0, window.lower()
    return (clock_time_end(window, low, at, at + 4, raw) is not None or bool(_STREET.match(window, at + 4))
            or bool(_BLOCK_OF.match(low, at + 4)))
