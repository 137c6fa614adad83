"""Rules for calendar days and months: "Aug. 7, 2017", "7 August", "9/1/2019", "August 2017", "last
March", "in March".

Owns: these rules (pattern and reader) and the context filters only they use.
Must not touch: the scan, tense or resolution; a reader returns what the text states.
"""
from __future__ import annotations

import re

from ..mention import Mention
from ..vocabulary import (DAY, EARLY_LATE, MOD, MONTH, MONTH_ABBR, MONTH_FULL, WEEKDAY, WEEKDAYS, YEAR4,
                          day_value, month_value, part_modifier, relative_offset)
from .base import THE_BEFORE, Rule, rule, stated

RULES: list[Rule] = []


# "May" and "March" are also a modal and a verb/noun: keep them only with calendar context.
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "jun", "jul", "sep", "dec"}
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|of|to|for|from|in|at|by|and|or|was|is|were|will|would|has|had|through|against|toward|towards|that|which)\b)[a-z]{3,}\b")
_IDIOM_AFTER = re.compile(r"[”\"’']?\s+surprises?\b")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|during|of|from|to|and|early|late|mid|last|next|this|that|before|after|between|or|on|for|each|every|throughout|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil)[\s-]|\b(?:mid-))\s*$"
)
_NINE_ELEVEN_AFTER = re.compile(r",?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack|hijackers|terror|commission)")


def _ambiguous_month(text: str, start: int, word: str) -> bool:
    """True when "May"/"March" (or an abbreviation) is probably not a month."""
    if word.lower().rstrip(".") not in _AMBIGUOUS_MONTHS:
        return False
    before = text[max(0, start - 12):start]
    return not _MONTH_CONTEXT_BEFORE.search(before)


@rule(RULES, "iso", r"(?<![\d/-])(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\d])")
def read_iso(text: str, m: re.Match) -> Mention | None:
    """Reads "2019-09-01"."""
    g = m.group
    return stated(m, "date", year=int(g("iy")), month=int(g("im")), day=int(g("id")))


@rule(RULES, "numeric_dmy", rf"(?<![\d/.,$])(?P<ndd>1[3-9]|2\d|3[01])/(?P<ndm>1[0-2]|0?[1-9])/(?P<ndy>{YEAR4})(?![\d/])")
def read_numeric_dmy(text: str, m: re.Match) -> Mention | None:
    """Reads "25/12/2019": a day above 12 cannot be a month."""
    g = m.group
    # 25/12/2019: the day cannot be a month
    return stated(m, "date", year=int(g("ndy")), month=int(g("ndm")), day=int(g("ndd")))


@rule(RULES, "numeric", rf"(?<![\d/.,$])(?P<nm>1[0-2]|0?[1-9])/(?P<nd>[12]\d|3[01]|0?[1-9])/(?P<ny>{YEAR4}|\d\d)(?![\d/])")
def read_numeric(text: str, m: re.Match) -> Mention | None:
    """Reads "9/1/2019", "9/1/19"."""
    g = m.group
    y = int(g("ny"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    return stated(m, "date", year=y, month=int(g("nm")), day=int(g("nd")))


@rule(RULES, "nine_eleven", r"(?<![\d/])9/11(?![\d/])")
def read_nine_eleven(text: str, m: re.Match) -> Mention | None:
    """Reads "9/11": Sept. 11, 2001."""
    return stated(m, "date", year=2001, month=9, day=11)


@rule(RULES, "mdy", rf"(?:(?P<mwd>{WEEKDAY}),?\s+|(?P<mrel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat)\s+)?(?P<mm>{MONTH})\s+(?P<md>{DAY})(?:\s*[-–]\s*(?P<md2>{DAY}))?(?:(?:,\s*|\s+)(?P<my>{YEAR4}))?(?!\d|:\d)(?!\s*(?:percent|%|million|billion|points?)\b)")
def read_mdy(text: str, m: re.Match) -> Mention | None:
    """Reads "Aug. 7", "Aug. 7, 2017", "Monday, Oct. 26", "last Oct. 23", "April 24-25"; "the Sept. 11 attacks"."""
    g = m.group
    s, e = m.span()
    if g("my") is None and month_value(g("mm")) == 9 and day_value(g("md")) == 11 and _NINE_ELEVEN_AFTER.match(text, e):
        return stated(m, "date", year=2001, month=9, day=11)  # "the Sept. 11 attacks"
    if g("md2"):
        return stated(m, "span_days", month=month_value(g("mm")), day=day_value(g("md")), year=int(g("my")) if g("my") else None,
                      extra={"day2": day_value(g("md2"))})
    rel = (g("mrel") or "").lower()
    return stated(m, "date", month=month_value(g("mm")), day=day_value(g("md")), year=int(g("my")) if g("my") else None,
                  weekday=WEEKDAYS[g("mwd").lower()] if g("mwd") else None,
                  direction={"last": -1, "next": 1}.get(rel))


@rule(RULES, "dmy", rf"(?:(?P<dwd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<dd>{DAY})(?:\s+of)?\s+(?P<dm>{MONTH})(?:,?\s+(?P<dy>{YEAR4}))?\b")
def read_dmy(text: str, m: re.Match) -> Mention | None:
    """Reads "7 August 2017", "the 4th of July", "Monday 7 August"."""
    g = m.group
    return stated(m, "date", month=month_value(g("dm")), day=day_value(g("dd")), year=int(g("dy")) if g("dy") else None,
                  weekday=WEEKDAYS[g("dwd").lower()] if g("dwd") else None)


@rule(RULES, "my", rf"(?:(?P<mymod>{EARLY_LATE})|(?P<mymod2>{MOD})\s+)?(?P<mym>{MONTH}),?\s+(?:of\s+)?(?P<myy>{YEAR4})\b")
def read_my(text: str, m: re.Match) -> Mention | None:
    """Reads "August 2017", "early March 2019", "the end of June 2018"."""
    g = m.group
    return stated(m, "date", month=month_value(g("mym")), year=int(g("myy")), mod=part_modifier(g("mymod") or g("mymod2")))


@rule(RULES, "rel_month", rf"(?:(?P<rmmod>{EARLY_LATE}))?(?P<rmrel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Tt]hat)\s+(?P<rmm>{MONTH})\b(?!\.?\s*\d)")
def read_rel_month(text: str, m: re.Match) -> Mention | None:
    """Reads "last March", "this coming June", "that January"."""
    g = m.group
    rel = g("rmrel").lower()
    return stated(m, "month_rel", month=month_value(g("rmm")), mod=part_modifier(g("rmmod")),
                  direction=0 if rel == "that" else (1 if ("next" in rel or "coming" in rel) else (-1 if ("last" in rel or "past" in rel) else 0)),
                  extra={"that": rel == "that"})


@rule(RULES, "month_rel", rf"(?P<mrmod>{EARLY_LATE})?(?P<mrm>{MONTH})\s+(?:of\s+)?(?P<mrrel>last|next|this)\s+year\b")
def read_month_rel(text: str, m: re.Match) -> Mention | None:
    """Reads "March of last year", "June next year"."""
    g = m.group
    return stated(m, "date", month=month_value(g("mrm")), year_offset=relative_offset(g("mrrel")), mod=part_modifier(g("mrmod")))


@rule(RULES, "month", rf"(?:(?P<mmod>{EARLY_LATE})|(?P<mmod2>{MOD})\s+)?(?P<mo>{MONTH_FULL}|{MONTH_ABBR})\b(?!\s+\d)")
def read_month(text: str, m: re.Match) -> Mention | None:
    """Reads "in March", "mid-June", "the end of April" (not "May" the modal, "to march", "April Ryan")."""
    g = m.group
    s, e = m.span()
    word = g("mo")
    mod = part_modifier(g("mmod") or g("mmod2"))
    if mod is None and _ambiguous_month(text, m.start("mo"), word) and not (
            word == "March" and THE_BEFORE.search(text, max(0, s - 4), s) and _NOUN_AFTER.match(text, e)):
        return None  # "to march", "the march was peaceful"; but "the March accession" is a month
    if word.endswith(".") is False and word.lower() in ("jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mar"):
        return None  # bare abbreviations without a day are usually something else
    if (mod is None and _CAPITALISED_AFTER.match(text, e)
            and not _MONTH_CONTEXT_BEFORE.search(text[max(0, s - 12):s])):
        return None  # "April Ryan", "June Carter Cash": a first name
    if _IDIOM_AFTER.match(text, e):
        return None  # "an October surprise": a kind of event, not a month
    return stated(m, "date", month=month_value(word), mod=mod)
