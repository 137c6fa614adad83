"""Rules for references relative to publication or to another date: weekdays, "yesterday", "the day
before", "two years ago", "the past five days", "last week", "the end of the year".

Owns: these rules (pattern and reader) and the context filters only they use.
Must not touch: the scan, tense or resolution; a reader returns what the text states.
"""
from __future__ import annotations

import re

from ..mention import Mention
from ..vocabulary import (DATE_WORD, EARLY_LATE, MOD, NUM, PART, UNITS, WEEKDAY, WEEKDAYS, number_value,
                          part_modifier)
from .base import Rule, rule, stated

RULES: list[Rule] = []


_PLURAL_PART_AFTER = re.compile(rf"(?:,?\s+(?:and|or|&)\s+{WEEKDAY})?\s+(?:nights|mornings|afternoons|evenings)\b")
_NEWSPAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Mail|Independent|Post|Star|Tribune)\b")
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Black|Cyber|Super|Good|Ash|Bloody|Palm|Holy|Maundy|Giving|Fat|Shrove|Blue|Easter|Orange|Red|Mail\s+on)\s+$")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]|(?:he|she|they|we|I|it|that|when|in\s+which|after|before|the|his|her|their|its)\b)")
_TITLE_AFTER = re.compile(r"\s+(?:Night|Morning|Evening|Afternoon)\s+[A-Z]")
_DURATION_BEFORE = re.compile(r"\b(?:for|more\s+than|less\s+than|at\s+least|within|up\s+to)\s+$")


@rule(RULES, "weekday", rf"(?:(?P<wrel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Tt]he\s+previous|[Tt]he\s+following|[Tt]hat)\s+|(?P<wmod>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<wd>{WEEKDAY})(?:\s+{PART})?\b")
def read_weekday(text: str, m: re.Match) -> Mention | None:
    """Reads "Tuesday", "last Friday", "this coming Monday", "the previous Friday", "Sunday night"."""
    g = m.group
    s, e = m.span()
    if text[e:e + 1] in " ," and _PLURAL_PART_AFTER.match(text, e):
        return None  # "on Monday and Tuesday nights": every week, a set
    if _TITLE_AFTER.match(text, e) or _NEWSPAPER_AFTER.match(text, e):
        return None  # "Monday Night Football", "Saturday Night Live", "the Sunday Times": a title
    if g("wrel") is None and g("wmod") is None and _NAMED_DAY_BEFORE.search(text, max(0, s - 12), s):
        return None  # "Bloody Sunday", "Black Friday", "Super Tuesday": a named day, not the one near publication
    rel = (g("wrel") or "").lower()
    direction = None
    if rel:
        direction = 1 if ("next" in rel or "coming" in rel or "following" in rel) else (-1 if ("last" in rel or "past" in rel or "previous" in rel) else 0)
    if "previous" in rel or "following" in rel or rel == "that":
        return stated(m, "anchored_weekday", weekday=WEEKDAYS[g("wd").lower()], direction=direction)
    return stated(m, "weekday", weekday=WEEKDAYS[g("wd").lower()], direction=direction)


@rule(RULES, "deictic", r"(?:(?P<demod>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<deic>[Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b(?!'s)?")
def read_deictic(text: str, m: re.Match) -> Mention | None:
    """Reads "today", "yesterday", "tomorrow", "tonight", "last night", "this morning"."""
    g = m.group
    w = g("deic").lower()
    off = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}.get(w, -1 if w.startswith("last") else 0)
    if w.startswith("the"):
        off = -2 if "yesterday" in w else 2
    return stated(m, "deictic", offset=off, unit="day")


@rule(RULES, "anchored", rf"(?:[Tt]he\s+|(?P<acount>{NUM})\s+)(?P<aunit>days?|weeks?|months?|years?|nights?)\s+(?P<adir>(?:before|after)\b(?!\s+(?:than|that|the|his|her|its|their|a|an|he|she|they|it|we|I|(?!{DATE_WORD})[A-Z]\w*)\b)|(?:earlier|later)\b(?!\s+than\b))")
def read_anchored(text: str, m: re.Match) -> Mention | None:
    """Reads "the day before", "two weeks later", "three days after Oct. 5" (not "the day before he left")."""
    g = m.group
    s, e = m.span()
    cnt = number_value(g("acount")) if g("acount") else 1
    if g("acount") is None and g("aunit").endswith("s"):
        return None  # "the days before": vague
    if _DURATION_BEFORE.search(text, max(0, s - 16), s):
        return None  # "for more than three years before claiming it": a duration
    if cnt is None:
        return None
    d = g("adir").lower()
    sign = -1 if d in ("before", "earlier", "prior") else 1
    unit = UNITS[g("aunit").lower()]
    return stated(m, "anchored", unit=unit, count=cnt * sign)


@rule(RULES, "anchored2", r"(?:[Tt]he|[Tt]hat)\s+(?P<a2rel>next|following|previous|preceding|same)\s+(?P<a2unit>day|morning|afternoon|evening|night|week|month|year)\b")
def read_anchored2(text: str, m: re.Match) -> Mention | None:
    """Reads "the next day", "the following week", "the same year"."""
    g = m.group
    s, e = m.span()
    rel = g("a2rel").lower()
    unit = UNITS[g("a2unit").lower()]
    sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[rel]
    return stated(m, "anchored", unit=unit, count=sign,
                  extra={"next": rel == "next" and unit in ("week", "month", "year") and text[s:s + 4].lower() == "the "})


@rule(RULES, "anchored3", r"(?:[Ee]arlier|[Ll]ater)\s+(?:that|the\s+same)\s+(?P<a3unit>day|week|month|year)\b")
def read_anchored3(text: str, m: re.Match) -> Mention | None:
    """Reads "later that day", "earlier the same week"."""
    g = m.group
    return stated(m, "anchored", unit=g("a3unit").lower(), count=0)


@rule(RULES, "that_unit", r"(?P<a4>[Tt]hat)\s+(?P<a4unit>day|week|month|year)\b(?!\s*(?:'s|of|[-–]))")
def read_that_unit(text: str, m: re.Match) -> Mention | None:
    """Reads "that day", "that year": the date last stated."""
    g = m.group
    return stated(m, "anchored", unit=g("a4unit").lower(), count=0, extra={"needs_anchor": True})


@rule(RULES, "ago", rf"(?:(?:about|almost|nearly|some|roughly|more\s+than|over|just|only)\s+)?(?P<gcount>{NUM}|\d+|a\s+few|several|a\s+couple\s+of)\s+(?:more\s+)?(?P<gunit>days?|weeks?|months?|years?|decades?)\s+(?:or\s+so\s+)?(?P<gdir>ago|from\s+(?:now|today))\b")
def read_ago(text: str, m: re.Match) -> Mention | None:
    """Reads "two years ago", "a few days ago", "three weeks from now"."""
    g = m.group
    cnt = number_value(g("gcount"))
    if cnt is None:
        return None
    return stated(m, "ago", unit=UNITS[g("gunit").lower()], count=cnt if g("gdir") == "ago" else -cnt)  # "from now": ahead


@rule(RULES, "rolling", rf"(?:[Tt]he\s+|[Tt]his\s+)?(?P<rdir>[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+(?:(?P<rcount>{NUM}|\d+|few|several|couple\s+of)\s+)(?P<runit>days|weeks|months|years|decades)\b")
def read_rolling(text: str, m: re.Match) -> Mention | None:
    """Reads "the past five days", "the next 30 days", "the last three weeks"."""
    g = m.group
    cnt = number_value(g("rcount"))
    if cnt is None:
        return None
    d = g("rdir").lower()
    return stated(m, "rolling", unit=UNITS[g("runit").lower()], count=cnt,
                  direction=1 if d in ("next", "coming", "following") else -1)


@rule(RULES, "past_unit", r"(?P<pudet>[Tt]he|[Tt]his)\s+(?P<pudir>[Pp]ast|[Ll]ast)\s+(?P<puunit>week|month|year|decade)\b")
def read_past_unit(text: str, m: re.Match) -> Mention | None:
    """Reads "the past week", "this past year": the last unit up to publication."""
    g = m.group
    return stated(m, "rolling", unit=g("puunit").lower(), count=1, direction=-1)


@rule(RULES, "rel_unit", rf"(?:(?P<rumod>{EARLY_LATE})|(?P<rumod2>{MOD})\s+)?(?P<rurel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Cc]oming|[Tt]he\s+(?:previous|current|coming|past|following|last|next))\s+(?P<ruunit>week|weekend|month|quarter|year|decade|fiscal\s+year)\b(?!\s+century|-)")
def read_rel_unit(text: str, m: re.Match) -> Mention | None:
    """Reads "last week", "this month", "early next year", "the coming decade"."""
    g = m.group
    rel = g("rurel").lower().split()[-1]
    unit = g("ruunit").lower().split()[-1]
    mod = part_modifier(g("rumod") or g("rumod2"))
    if rel in ("previous", "following"):
        return stated(m, "anchored", unit=UNITS[unit], count=-1 if rel == "previous" else 1,
                      extra={"rolling": unit == "decade"})  # "the following decade": ten years from the anchor
    if unit == "decade" and rel in ("next", "coming") and mod is None:
        return stated(m, "rolling", unit="decade", count=1, direction=1)  # "the next decade": ten years from now
    off = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    if "past" in g("rurel").lower() and "this" in g("rurel").lower():
        off = -1
    return stated(m, "rel", unit=UNITS[unit], offset=off, mod=mod)


@rule(RULES, "the_year", r"(?P<tymod>(?:[Tt]he\s+)?(?:beginning|start|middle|end|close|rest|remainder|bulk|balance)\s+of\s+(?:the\s+)?|[Tt]he\s+(?:full\s+|entire\s+|whole\s+|current\s+)?)(?P<tyunit>year|month|week|weekend|day)\b(?![\s-]*(?:'s|earlier|ago|before|after|later|of(?!\s*[$£€#])|old|long|or|ended|ending|to|\d{4})\b)")
def read_the_year(text: str, m: re.Match) -> Mention | None:
    """Reads "the year", "the end of the year", "the rest of the month": the unit of the passage."""
    g = m.group
    mod = part_modifier(g("tymod"))
    unit = g("tyunit").lower()
    if unit not in ("year", "weekend") and mod in (None,):
        return None
    if unit == "day":
        return None
    clause = unit == "year" and mod is None and _CLAUSE_AFTER.match(text, m.end()) is not None
    return stated(m, "rel", unit=UNITS[unit], offset=0, mod=mod,
                  extra={"the": True, "needs_anchor": clause})  # "the year he was born": only with "in 1990, ..."


@rule(RULES, "year_end", r"(?P<yend>[Yy]ear[- ]end|[Yy]ear's\s+end|[Mm]onth[- ]end)\b")
def read_year_end(text: str, m: re.Match) -> Mention | None:
    """Reads "year-end", "the year's end", "month-end"."""
    g = m.group
    return stated(m, "rel", unit="month" if "month" in g("yend").lower() else "year", offset=0, mod="end")
