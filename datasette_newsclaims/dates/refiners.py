"""Refiners: steps after a rule has read a match, which look at the mention's neighbours.

Like chrono's refiners: "the day before" followed by "last Tuesday" becomes one
mention relative to the second; "since" before a date makes it a range up to
publication; "every Monday" is a set, not a date; "April 24 and 25" yields a
second day; "twice as high this year as last" yields last year.

Owns: these joins and drops. Must not touch: the rules' patterns, tense or
resolution.
"""
from __future__ import annotations

import re

from .mention import Mention
from .vocabulary import DAY, NUM, UNITS, YEAR4, day_value, number_value

_JOINABLE = frozenset(("date", "weekday", "holiday", "deictic"))
SET_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+(?:other\s+)?$")
SINCE_BEFORE = re.compile(r"(?:[Ss]ince|[Ss]tarting|[Ss]o\s+far\s+in)\s+$")


def joins_previous(text: str, out: list[Mention], mention: Mention) -> bool:
    """True when ``mention`` directly follows an "anchored" "the day before"/"two days after" it completes."""
    return bool(out and out[-1].kind == "anchored" and out[-1].rule == "anchored"
                and not text[out[-1].end:mention.start].strip()
                and mention.kind in _JOINABLE and text[out[-1].start:out[-1].end].lower().endswith(("before", "after")))


def join_relative_to(a: Mention, mention: Mention) -> Mention:
    """ "the day before" + "last Tuesday": one date, relative to the second."""
    return Mention(a.start, mention.end, "relative_to", unit=a.unit, count=a.count, rule="relative_to",
                   extra={"base": mention})


# ---------------------------------------------------------------- one range from two dates

_SPAN_STARTS = frozenset(("date", "weekday", "holiday", "season", "quarter", "half", "year", "month_rel", "decade"))
_SPAN_ENDS = _SPAN_STARTS | {"rel"}
_JOINER = re.compile(r"\s*(?:(?P<through>through|thru|until|till)|(?P<to>to)|(?P<dash>[-–])|(?P<and>and))\s*$")
_FROM_BEFORE = re.compile(r"(?:^|\W)(?:(?P<from>[Ff]rom)|(?P<between>[Bb]etween))\s+$")
# "moved the vote from May to June": two alternatives, not a range
_MOVED_BEFORE = re.compile(
    r"\b(?:postpon|mov|delay|push|reschedul|chang|shift|switch|advanc|bump|pull|brought|bring|revis|cut|rais|lower|"
    r"increas|reduc|extend)\w*\b(?:\s+\S+){0,5}\s+$")


def _day_point(m: Mention) -> bool:
    """A day named by its number or as today/yesterday (not a weekday, a month or a year)."""
    return m.kind == "deictic" or (m.kind == "date" and m.day is not None)


def join_span(text: str, a: Mention, b: Mention) -> Mention | None:
    """ "from June through the end of the year", "Tuesday through Thursday", "between May and July": one range.

    "through", "until" and a dash join two dates by themselves; "to" needs a "from" before the first,
    "and" a "between"; a verb of moving before "from" makes them alternatives ("moved from May to June").
    """
    if a.kind not in _SPAN_STARTS or b.kind not in _SPAN_ENDS or a.since or b.since:
        return None
    if b.kind == "rel" and not (b.extra.get("the") or b.mod == "end"):
        return None  # "June through the end of the year", not "May to this year"
    if a.year is not None and b.year is not None and b.year < a.year or text[b.end:b.end + 1].isdigit():
        return None  # "between 2020 and 2019": a comparison; "Jan. 27-Feb.1": a day misread as a month
    if _day_point(a) and (_day_point(b) or b.kind == "weekday"):
        return None  # "from Aug. 26 to Oct. 20": two days, as TimeML annotates them (TBAQ, TempEval-3)
    j = _JOINER.match(text, a.end, b.start) if b.start - a.end <= 12 else None
    if j is None or j.end() != b.start:
        return None
    f = _FROM_BEFORE.search(text, max(0, a.start - 10), a.start)
    if j.group("to") and not (f and f.group("from")) or j.group("and") and not (f and f.group("between")):
        return None
    if f and _MOVED_BEFORE.search(text, max(0, f.start() - 60), f.start() + 1):
        return None
    out = Mention(a.start, b.end, "span", rule="span_join")
    out.extra = {"a": a, "b": b}
    return out


# ---------------------------------------------------------------- a window ending on a date

_WINDOW_BEFORE = re.compile(
    rf"(?:\b[Tt]he\s+)(?:(?:past|last|latest|previous|preceding)\s+)?(?:(?P<n>{NUM}|\d+)\s+)?(?:fiscal\s+)?"
    r"(?P<unit>days?|weeks?|months?|quarters?|years?)\s+(?:that\s+)?(?:through|thru|ended|ending|ends|to)\s+$")


def window_ending(text: str, mention: Mention, floor: int) -> Mention | None:
    """ "the 12 months through March", "the week ended Friday": a window of units ending with the date.

    Nothing before ``floor`` (the end of the previous mention) is taken.
    """
    if mention.kind not in ("date", "weekday", "deictic", "holiday", "quarter", "rel", "month_rel"):
        return None
    w = _WINDOW_BEFORE.search(text, max(floor, mention.start - 48), mention.start)
    if w is None:
        return None
    count = number_value(w.group("n")) if w.group("n") else 1
    unit = UNITS[w.group("unit").lower()]
    if count is None or count < 1 or (w.group("n") is None and w.group("unit").endswith("s")):
        return None
    if _day_point(mention) and unit in ("month", "quarter", "half", "year"):
        return None  # "the year ended March 31": a fiscal period named by its closing day, which is the date
    return Mention(w.start(), mention.end, "window",
                   unit=unit, count=count, rule="window_ending", extra={"base": mention})


def strip_closing_period(text: str, mention: Mention) -> None:
    """Drop a trailing period that closes the sentence rather than an abbreviation (kept on dates: "Aug.")."""
    if text[mention.end - 1] == "." and mention.kind not in ("date",):
        mention.end -= 1


def is_set(text: str, mention: Mention) -> bool:
    """ "every Monday", "each other year": a set, not a date."""
    return bool(SET_BEFORE.search(text[max(0, mention.start - 14):mention.start]))


def extend_since(text: str, mention: Mention) -> None:
    """ "since October", "so far in 2016": the mention becomes a range up to publication, "since" included."""
    before = text[max(0, mention.start - 14):mention.start]
    sm = SINCE_BEFORE.search(before)
    if sm and mention.kind in ("date", "year", "decade", "weekday", "month_rel", "rel", "holiday") and not mention.since:
        word = sm.group().split()[0].lower()
        if word in ("since", "so"):  # "since October", "so far in 2016"
            mention.since = True
            mention.start -= len(before) - sm.start()


def follower(text: str, mention: Mention) -> Mention | None:
    """A second mention implied right after this one: "April 24 and 25", "this year as last"."""
    if mention.rule == "mdy" and mention.kind == "date" and mention.day is not None:
        return _second_day(text, mention)
    if mention.rule == "rel_unit" and mention.offset == 0 and mention.mod is None:
        e = _ELLIPTIC_LAST.match(text, mention.end) if text.find(" last", mention.end, mention.end + 60) >= 0 else None
        if e is not None:  # "twice as high a dividend this year as last": last year
            return Mention(e.start(1), e.end(1), "rel", unit=mention.unit, offset=-1, rule="elliptic_last")
    return None


_ELLIPTIC_LAST = re.compile(r"(?:\s+\w+){0,6}?\s+(?:as|than)\s+(last)\b(?!\s+\w)")


_AND_DAY_AFTER = re.compile(
    rf"\s+(?:and|or|&)\s+(?P<d2>{DAY})(?:,\s*(?P<y2>{YEAR4}))?(?=\s*[.,;:)\n]|\s*$|\s+(?:in|at|to|and|when|with|for|from|as|the|on|by)\b)")


def _second_day(text: str, first: Mention) -> Mention | None:
    """The day after "and" in "April 24 and 25" (same month; a year after it is both days')."""
    m = _AND_DAY_AFTER.match(text, first.end) if text.startswith((" and ", " or ", " & "), first.end) else None
    if m is None or not first.day < day_value(m.group("d2")) <= 31:
        return None
    year = int(m.group("y2")) if m.group("y2") else first.year
    if m.group("y2") and first.year is None:
        first.year = year
    return Mention(m.start("d2"), m.end("d2"), "date", year=year, month=first.month, day=day_value(m.group("d2")),
                   rule="mdy_and")
