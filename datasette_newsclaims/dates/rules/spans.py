"""Rules for explicit spans: two months or years joined by "to", "through", "and" or a dash, the
week of a day, the first months of a year.

Owns: these rules (pattern and reader) and the context filters only they use.
Must not touch: the scan, tense or resolution; a reader returns what the text states.
"""
from __future__ import annotations

import re

from ..mention import Mention
from ..vocabulary import (DAY, EARLY_LATE, MONTH, NUM, YEAR4, day_value, month_value, number_value,
                          relative_offset)
from .base import Rule, rule, stated

RULES: list[Rule] = []


@rule(RULES, "span_my", rf"(?:[Ff]rom\s+|(?P<sbw>[Bb]etween\s+))?(?:{EARLY_LATE})?(?P<sm1>{MONTH})(?:,?\s+(?P<sy1>{YEAR4}))?\s*(?(sbw)(?:to|through|until|-|–|and)|(?:to|through|until|-|–))\s*(?:{EARLY_LATE})?(?P<sm2>{MONTH}),?\s+(?:of\s+)?(?P<sy2>{YEAR4})\b")
def read_span_my(text: str, m: re.Match) -> Mention | None:
    """Two months and a year: "October 2019 to March 2020", "between May and July 2018"."""
    g = m.group
    s, e = m.span()
    m1, m2, y2 = month_value(g("sm1")), month_value(g("sm2")), int(g("sy2"))
    y1 = int(g("sy1")) if g("sy1") else (y2 if m1 <= m2 else y2 - 1)  # "October to March 2020"
    start = s if g("sbw") is None and not text[s:s + 4].lower().startswith("from") else m.end("sbw") if g("sbw") else s + 5
    a = Mention(start, m.end("sm1"), "date", year=y1, month=m1, rule="span_my")
    b = Mention(m.start("sm2"), m.end("sy2"), "date", year=y2, month=m2, rule="span_my")
    out = Mention(a.start, e, "span", rule="span_my")
    out.extra = {"a": a, "b": b}
    return out


def _year_span(m: re.Match, rule_name: str, first: str, second: str, start: int) -> Mention | None:
    """A span between two years (the second may be two digits: "2011-16"), at most 60 years long."""
    e, y2s = m.end(), second
    y1 = int(first)
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not y1 < y2 <= y1 + 60:
        return None
    out = Mention(start, e, "span", rule=rule_name)
    out.extra = {"a": Mention(start, start + 4, "year", year=y1), "b": Mention(e - len(y2s), e, "year", year=y2)}
    return out


@rule(RULES, "span_y", rf"(?:[Ff]rom\s+|[Bb]etween\s+)(?P<yy1>{YEAR4})\s*(?:to|through|until|-|–|and)\s*(?P<yy2>{YEAR4})\b")
def read_span_y(text: str, m: re.Match) -> Mention | None:
    """Reads two years after "from" or "between": "from 2011 to 2016", "between 1990 and 1995"."""
    return _year_span(m, "span_y", m.group("yy1"), m.group("yy2"), m.start("yy1"))


@rule(RULES, "span_y2", rf"(?<![\d$.,-])(?P<zy1>{YEAR4})\s*(?:to|through|-|–)\s*(?P<zy2>{YEAR4}|\d\d)\b(?![\d%-]|[.,]\d|\s*percent)")
def read_span_y2(text: str, m: re.Match) -> Mention | None:
    """Reads two years joined by "to" or a dash: "2011-16", "1998 to 2002" (not "2011-16 percent")."""
    return _year_span(m, "span_y2", m.group("zy1"), m.group("zy2"), m.start())


@rule(RULES, "week_of", rf"[Tt]he\s+week\s+of\s+(?P<wm>{MONTH})\s+(?P<wd1>{DAY})(?:\s*[-–]\s*(?P<wd2>{DAY}))?\b")
def read_week_of(text: str, m: re.Match) -> Mention | None:
    """Reads "the week of March 5", "the week of March 5-9"."""
    g = m.group
    return stated(m, "week_of", month=month_value(g("wm")), day=day_value(g("wd1")),
                  extra={"day2": day_value(g("wd2")) if g("wd2") else None})


@rule(RULES, "first_months", rf"(?:[Tt]he\s+)?(?:[Ff]irst|[Pp]ast|[Ll]ast)\s+(?P<fmn>{NUM})\s+(?P<fmu>months|quarters)\s+(?:of\s+)?(?P<fmr>(?:[Tt]his|[Ll]ast|[Nn]ext|the)\s+(?:fiscal\s+)?year|{YEAR4})\b")
def read_first_months(text: str, m: re.Match) -> Mention | None:
    """Reads "the first nine months of this year", "the past two quarters of 2019"."""
    g = m.group
    ref = g("fmr")
    yr = int(ref) if ref and ref.isdigit() else None
    n = number_value(g("fmn"))
    return stated(m, "first_months", first_months=n * 3 if n and g("fmu") == "quarters" else n, year=yr,
                  year_offset=None if yr else (relative_offset(ref.split()[0]) or 0))
