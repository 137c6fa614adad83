"""The words of dates and the pattern fragments the rules are built from, and the readers of their values.

Owns: month, weekday, number, ordinal, decade and unit words; regex fragments
(``MONTH``, ``DAY``, ``YEAR4``, ``NUM``, ``EARLY_LATE``...); spoken years
(``nineteen ninety-six``); small functions that read a value from a matched word
(``number_value("two")`` is 2). Must not touch: whole rules, filters of context,
tense or resolution.
"""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "several": None, "few": None, "couple": 2,
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": -1, "final": -1, "latter": -1,
}
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
    "period": "period", "half": "half",
}


def _alt(words):
    """Alternation of ``words``, longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


def _cap(words):
    """Alternation matching each word lower-case or Capitalised."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(words, key=len, reverse=True))


MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"
PART = r"(?:morning|afternoon|evening|night)"
NUM = rf"(?:\d{{1,3}}|{_cap(k for k in NUMBER_WORDS if k not in ('a', 'an', 'few', 'several', 'couple'))}|[Aa]n?)"
REL = r"(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Ff]ollowing|[Cc]oming|[Cc]urrent|[Pp]ast)"
MOD = r"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier|[Ll]ater|[Tt]he\s+(?:beginning|start|middle|end|close|rest|remainder|bulk|balance)\s+of|(?:beginning|start|middle|end|close)\s+of)"
EARLY_LATE = r"(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Mm]id)(?:-|\s+)(?:in\s+)?)"

_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand"
SPOKEN_YEAR = (
    rf"(?:[Nn]ineteen|[Ee]ighteen|[Tt]wenty)[\s-]+(?:{_TEENS}|(?:{_TENS})(?:[\s-]+(?:{_UNITS_WORDS}))?|hundred)"
    rf"|[Tt]wo\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS}|{_UNITS_WORDS}))?"
)
_SPOKEN_VALUES = {w: i for i, w in enumerate(_UNITS_WORDS.split("|"), 1)}
_SPOKEN_VALUES.update({w: i for i, w in enumerate(_TEENS.split("|"), 10)})
_SPOKEN_VALUES.update({w: 10 * i for i, w in enumerate(_TENS.split("|"), 2)})


def spoken_year(s: str) -> int | None:
    """1996 for "nineteen ninety-six", 2000 for "two thousand"."""
    words = re.findall(r"[a-z]+", s.lower())
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SPOKEN_VALUES.get(w, 0) for w in words[2:])
    century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}.get(words[0])
    if century is None:
        return None
    if words[1:] == ["hundred"]:
        return century
    return century + sum(_SPOKEN_VALUES.get(w, 0) for w in words[1:])


# Capitalised words that open a date: "the day before Thanksgiving", "two days after Oct. 5"
DATE_WORD = rf"(?:{WEEKDAY}|{MONTH}|Last|Next|This|Thanksgiving|Christmas|Easter|Election|Independence|Labor|Memorial|Veterans|Halloween|New\s+Year)"
DECADE_WORD = _alt(DECADE_WORDS)


def number_value(s: str | None) -> int | None:
    """The value of a count word or digits ("two" is 2; None for "several")."""
    if s is None:
        return None
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return NUMBER_WORDS.get(s.split()[0] if s else s)


def month_value(s: str) -> int:
    """The month number of a month word ("Sept." is 9)."""
    return MONTHS[s.lower().rstrip(".")]


def day_value(s: str) -> int:
    """The day number of "7th", "07"."""
    return int(re.match(r"\d+", s).group())


def relative_offset(s: str | None) -> int | None:
    """-1, 0 or 1 for "last", "this", "next" (the last word of a phrase)."""
    if s is None:
        return None
    s = s.lower().split()[-1]
    return {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "that": 0, "the": 0,
            "next": 1, "coming": 1, "following": 1}.get(s)


def part_modifier(s: str | None) -> str | None:
    """early, mid, late, start, end... from "early", "the end of", "mid-" (None without one)."""
    if not s:
        return None
    s = s.lower()
    for key in ("early", "mid", "late", "beginning", "start", "middle", "end", "close", "rest", "remainder", "bulk",
                "balance"):
        if key in s:
            return {"earlier": "early", "later": "late"}.get(s.strip(" -"), key)
    return None
