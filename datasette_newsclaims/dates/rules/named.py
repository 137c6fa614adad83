"""Rules for named periods: centuries, years read aloud, seasons, holidays, decades.

Owns: these rules (pattern and reader) and the context filters only they use.
Must not touch: the scan, tense or resolution; a reader returns what the text states.
"""
from __future__ import annotations

import re

from ..mention import Mention
from ..vocabulary import (DECADE_WORD, DECADE_WORDS, EARLY_LATE, MONTH_FULL, SPOKEN_YEAR, YEAR4, month_value,
                          part_modifier, spoken_year)
from .base import PREPOSITION_BEFORE, Rule, rule, stated

RULES: list[Rule] = []


_SEASON_CONTEXT_BEFORE = re.compile(r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]his|[Dd]uring|[Tt]hrough|[Oo]ver|[Ee]arly|[Ll]ate)\s+(?:the\s+)?$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s$")  # "a nineteen ninety-seven attack"


@rule(RULES, "century", r"[Tt]he\s+(?:(?P<cmod>early|mid|late)(?:-|\s+))?(?P<cen>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b")
def read_century(text: str, m: re.Match) -> Mention | None:
    """Reads "the 19th century", "the late 20th century"."""
    g = m.group
    return stated(m, "century", year=(int(g("cen")) - 1) * 100, mod=part_modifier(g("cmod")))  # "this century": vague


@rule(RULES, "spoken_year", rf"(?:(?P<spm>{MONTH_FULL})\s+|[Tt]he\s+year\s+)?(?P<spy>{SPOKEN_YEAR})\b(?![\s-]+(?:percent|people|dollars|times|years?|miles|feet)\b)")
def read_spoken_year(text: str, m: re.Match) -> Mention | None:
    """Years read aloud: "nineteen ninety-six", "the year two thousand" (not "twenty-five people")."""
    g = m.group
    s, e = m.span()
    y = spoken_year(g("spy"))
    if y is None or not (g("spm") or text[s:e].lower().startswith("the") or PREPOSITION_BEFORE.search(text, max(0, s - 8), s)
                         or text[e:e + 1] in ".,;" or (s > 0 and text[s - 1] == "\n")
                         or (_ARTICLE_BEFORE.search(text, max(0, s - 4), s) and "-" in g("spy"))):
        return None  # "twenty-five" as a count
    return stated(m, "date", year=y, month=month_value(g("spm")) if g("spm") else None)


@rule(RULES, "season", rf"(?:(?P<seamod>{EARLY_LATE})?(?P<searel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Tt]he)\s+|(?P<seamod2>{EARLY_LATE}))?(?P<sea>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<seay>{YEAR4}))?\b(?!\s+of\b|-|\s+(?:storms?|weather|olympics|olympic|games|solstice|camps?|training|collection|fashion|wheat|break|classic|league|tour)\b)")
def read_season(text: str, m: re.Match) -> Mention | None:
    """Reads "last summer", "the winter of 1998", "in the fall" (not "the fall of Rome", "summer storms")."""
    g = m.group
    s, e = m.span()
    rel = (g("searel") or "").lower()
    if not rel and not g("seay") and not g("seamod2") and not _SEASON_CONTEXT_BEFORE.search(text, max(0, s - 12), s):
        return None  # "spring", "fall" alone are often not seasons
    if rel == "the" and not g("seay") and not _SEASON_CONTEXT_BEFORE.search(text, max(0, s - 12), s):
        return None  # "the fall of Rome", "the spring"
    season = {"autumn": "fall"}.get(g("sea"), g("sea"))
    direction = {"last": -1, "next": 1, "coming": 1, "past": -1, "this": 0}.get(rel.split()[-1] if rel else "", None)
    return stated(m, "season", year=int(g("seay")) if g("seay") else None, direction=direction, extra={"season": season})


_HOLIDAY_ALIASES = {"the fourth of july": "fourth of july", "presidents'": "presidents", "martin luther king jr.": "mlk",
                    "martin luther king jr": "mlk", "martin luther king": "mlk"}


@rule(RULES, "holiday", r"(?:(?P<holrel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<hol>Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Halloween|Easter(?:\s+Sunday|\s+Monday)?|Valentine's\s+Day|(?:Mother|Father)['’]s\s+Day|(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|St\.\s+Patrick['’]s\s+Day|Groundhog\s+Day|Earth\s+Day|Juneteenth|Boxing\s+Day|(?:the\s+)?Fourth\s+of\s+July|Black\s+Friday|Cyber\s+Monday|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|Mardi\s+Gras|Fat\s+Tuesday)(?:,?\s+(?P<holy>(?:1[6-9]|20)\d\d)|(?P<holwk>\s+week))?\b(?!\s+(?:weekend|holiday|season|break|dinner|sales|shopping|tree|party|parade|week|vacation|service|message|card|gift))")
def read_holiday(text: str, m: re.Match) -> Mention | None:
    """Reads "Thanksgiving", "last Christmas", "Easter week", "Labor Day 2019"."""
    g = m.group
    rel = (g("holrel") or "").lower()
    name = " ".join(g("hol").split()).lower().replace("’", "'").replace(" day", "").replace(" sunday", "")
    name = _HOLIDAY_ALIASES.get(name, name)
    return stated(m, "holiday", year=int(g("holy")) if g("holy") else None, unit="week" if g("holwk") else None,
                  direction={"last": -1, "next": 1}.get(rel), extra={"holiday": name})  # "Easter week": its week


@rule(RULES, "decade", rf"(?:[Tt]he\s+)?(?:(?P<dmod>early|mid|late)(?:-|\s+))?(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>{DECADE_WORD}))\b")
def read_decade(text: str, m: re.Match) -> Mention | None:
    """Reads "the 1990s", "the late '80s", "the nineties"."""
    g = m.group
    s, e = m.span()
    if g("dec"):
        d = int(g("dec"))
    elif g("dec2"):
        d = 1900 + int(g("dec2"))
    else:
        d = 1900 + DECADE_WORDS[g("decw").lower()]
        if not text[s:e].lower().startswith("the"):
            return None
    return stated(m, "decade", year=d, mod=g("dmod"))
