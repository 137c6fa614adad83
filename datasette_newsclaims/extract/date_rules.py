"""Patterns for calendar references, compiled once.

Detection only: each rule turns a regex match into a :class:`Mention` that
records what the text *states* (a month, a year, "last", "two ... ago") and
nothing it implies. :mod:`datasette_newsclaims.resolve` turns mentions into
calendar ranges against the publication date.

All quantifiers are bounded or run over disjoint character classes, so the
scan is linear in the input length.
"""
from __future__ import annotations

import re

from ..dates.mention import Mention

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
MOD = r"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier|[Ll]ater|[Tt]he\s+(?:beginning|start|middle|end|close|rest|bulk|balance)\s+of|(?:beginning|start|middle|end|close)\s+of)"
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
_DATE_WORD = rf"(?:{WEEKDAY}|{MONTH}|Last|Next|This|Thanksgiving|Christmas|Easter|Election|Independence|Labor|Memorial|Veterans|Halloween|New\s+Year)"


# The rules. Order matters: at one position the first alternative that matches wins,
# so longer, more specific forms come first.
RULES: list[tuple[str, str]] = [
    # explicit spans between two months/years: October 2019 to March 2020, 2011 to 2016
    ("span_my", rf"(?:[Ff]rom\s+|(?P<sbw>[Bb]etween\s+))?(?:{EARLY_LATE})?(?P<sm1>{MONTH})(?:,?\s+(?P<sy1>{YEAR4}))?\s*(?(sbw)(?:to|through|until|-|–|and)|(?:to|through|until|-|–))\s*(?:{EARLY_LATE})?(?P<sm2>{MONTH}),?\s+(?:of\s+)?(?P<sy2>{YEAR4})\b"),
    ("span_y", rf"(?:[Ff]rom\s+|[Bb]etween\s+)(?P<yy1>{YEAR4})\s*(?:to|through|until|-|–|and)\s*(?P<yy2>{YEAR4})\b"),
    ("span_y2", rf"(?<![\d$.,-])(?P<zy1>{YEAR4})\s*(?:to|through|-|–)\s*(?P<zy2>{YEAR4}|\d\d)\b(?![\d%-]|\s*percent)"),
    ("week_of", rf"[Tt]he\s+week\s+of\s+(?P<wm>{MONTH})\s+(?P<wd1>{DAY})(?:\s*[-–]\s*(?P<wd2>{DAY}))?\b"),
    ("first_months", rf"(?:[Tt]he\s+)?(?:[Ff]irst|[Pp]ast|[Ll]ast)\s+(?P<fmn>{NUM})\s+(?P<fmu>months|quarters)\s+(?:of\s+)?(?P<fmr>(?:[Tt]his|[Ll]ast|[Nn]ext|the)\s+(?:fiscal\s+)?year|{YEAR4})\b"),
    # quarters and halves
    ("half", rf"(?:[Tt]he\s+|(?:[Ii]ts|[Tt]heir)\s+)?(?P<hord>[Ff]irst|[Ss]econd|[Ll]ast|[Ll]atter)\s+half\s+of\s+(?:(?:the\s+)?(?P<hrel>[Tt]his|[Ll]ast|[Nn]ext|[Pp]revious|the)\s+(?:fiscal\s+)?year|(?P<hy>{YEAR4})|the\s+'(?P<hdec>\d0)s)\b"),
    ("half_y", rf"(?:[Tt]he\s+)?(?P<hy2>{YEAR4})\s+(?P<hord2>first|second)\s+half\b"),
    ("quarter", rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+)?(?:(?P<qyr>{YEAR4})\s+|(?P<qrel>[Tt]his|[Ll]ast|[Nn]ext)\s+year's\s+|(?P<qago>year-ago|year-earlier|comparable\s+year-ago)\s+|(?:fiscal|flat|fiscal-)\s*){{0,3}}(?P<qord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)(?:-|\s+)(?:fiscal\s+)?quarter(?:\s+of\s+(?:(?P<qy>{YEAR4})|(?P<qrel2>this|last|next)\s+year|fiscal\s+(?P<qfy>{YEAR4})))?\b"),
    ("h_short", rf"\b(?P<hn>H[12])\s+(?P<hny>{YEAR4})\b"),
    ("q_short", rf"\b(?P<qn>Q[1-4])(?:\s+(?P<qny>{YEAR4}))?\b"),
    ("last_year_q", r"(?:[Ll]ast\s+year's\s+(?:quarter|period)|(?:[Tt]he\s+)?(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))\b"),
    ("year_period", rf"[Tt]he\s+(?P<ypy>{YEAR4})\s+(?:quarter|period)\b"),
    ("year_ago_q", r"(?:[Tt]he\s+)?(?:comparable\s+|corresponding\s+)?(?P<yaq>[Yy]ear-ago|[Yy]ear-earlier)(?:\s+(?:quarter|period))?\b"),
    ("this_q", r"(?:[Tt]he\s+(?P<qlrel>latest|current|last|previous|past|recent|most\s+recent)|(?P<qthis>[Tt]his|[Tt]hat)|(?P<qthe>[Tt]he))\s+(?P<qlu>quarter|period)\b(?!-to)(?P<qago2>\s+a\s+year\s+(?:ago|earlier))?(?!\s+(?:century|of\s+an?\b))"),
    # since / so far
    ("since_beg", r"(?:[Ss]ince|[Ff]rom)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(?P<sbu>year|month|week|decade)\b"),
    ("so_far", r"(?:[Ss]o\s+far\s+this|[Yy]ear[\s-]to[\s-]date|(?:[Ss]o\s+far|[Tt]hus\s+far)\s+in)\s*(?P<sfu>year|month|week)?\b(?!-)"),
    ("in_the", r"(?P<itmod>[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?P<itu>day|week|month|year)\b"),
    ("century", r"[Tt]he\s+(?:(?P<cmod>early|mid|late)(?:-|\s+))?(?P<cen>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b"),
    ("spoken_year", rf"(?:(?P<spm>{MONTH_FULL})\s+|[Tt]he\s+year\s+)?(?P<spy>{SPOKEN_YEAR})\b(?![\s-]+(?:percent|people|dollars|times|years?|miles|feet)\b)"),
    ("season", rf"(?:(?P<seamod>{EARLY_LATE})?(?P<searel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Tt]he)\s+|(?P<seamod2>{EARLY_LATE}))?(?P<sea>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<seay>{YEAR4}))?\b(?!\s+of\b|-|\s+(?:storms?|weather|olympics|olympic|games|solstice|camps?|training|collection|fashion|wheat|break|classic|league|tour)\b)"),
    ("holiday", r"(?:(?P<holrel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<hol>Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Halloween|Easter(?:\s+Sunday)?|Valentine's\s+Day)(?:,?\s+(?P<holy>(?:1[6-9]|20)\d\d)|(?P<holwk>\s+week))?\b(?!\s+(?:weekend|holiday|season|break|dinner|sales|shopping|tree|party|parade|week|vacation|service|message|card|gift))"),
    # decades
    ("decade", rf"(?:[Tt]he\s+)?(?:(?P<dmod>early|mid|late)(?:-|\s+))?(?:(?P<dec>(?:1[6-9]|20)\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>{_alt(DECADE_WORDS)}))\b"),
    # absolute dates
    ("iso", r"(?<![\d/-])(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\d])"),
    ("numeric_dmy", rf"(?<![\d/.,$])(?P<ndd>1[3-9]|2\d|3[01])/(?P<ndm>1[0-2]|0?[1-9])/(?P<ndy>{YEAR4})(?![\d/])"),
    ("numeric", rf"(?<![\d/.,$])(?P<nm>1[0-2]|0?[1-9])/(?P<nd>[12]\d|3[01]|0?[1-9])/(?P<ny>{YEAR4}|\d\d)(?![\d/])"),
    ("nine_eleven", r"(?<![\d/])9/11(?![\d/])"),
    ("mdy", rf"(?:(?P<mwd>{WEEKDAY}),?\s+|(?P<mrel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat)\s+)?(?P<mm>{MONTH})\s+(?P<md>{DAY})(?:\s*[-–]\s*(?P<md2>{DAY}))?(?:(?:,\s*|\s+)(?P<my>{YEAR4}))?(?!\d|:\d)(?!\s*(?:percent|%|million|billion|points?)\b)"),
    ("dmy", rf"(?:(?P<dwd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<dd>{DAY})(?:\s+of)?\s+(?P<dm>{MONTH})(?:,?\s+(?P<dy>{YEAR4}))?\b"),
    ("my", rf"(?:(?P<mymod>{EARLY_LATE})|(?P<mymod2>{MOD})\s+)?(?P<mym>{MONTH}),?\s+(?:of\s+)?(?P<myy>{YEAR4})\b"),
    ("rel_month", rf"(?:(?P<rmmod>{EARLY_LATE}))?(?P<rmrel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Tt]hat)\s+(?P<rmm>{MONTH})\b(?!\.?\s*\d)"),
    ("month_rel", rf"(?P<mrmod>{EARLY_LATE})?(?P<mrm>{MONTH})\s+(?:of\s+)?(?P<mrrel>last|next|this)\s+year\b"),
    ("month", rf"(?:(?P<mmod>{EARLY_LATE})|(?P<mmod2>{MOD})\s+)?(?P<mo>{MONTH_FULL}|{MONTH_ABBR})\b(?!\s+\d)"),
    # weekdays
    ("weekday", rf"(?:(?P<wrel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Tt]he\s+previous|[Tt]he\s+following|[Tt]hat)\s+|(?P<wmod>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<wd>{WEEKDAY})(?:\s+{PART})?\b"),
    # anchored to another date in the text
    ("deictic", r"(?:(?P<demod>[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?(?P<deic>[Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b(?!'s)?"),
    ("anchored", rf"(?:[Tt]he\s+|(?P<acount>{NUM})\s+)(?P<aunit>days?|weeks?|months?|years?|nights?)\s+(?P<adir>(?:before|after)\b(?!\s+(?:than|that|the|his|her|its|their|a|an|he|she|they|it|we|I|(?!{_DATE_WORD})[A-Z]\w*)\b)|(?:earlier|later)\b(?!\s+than\b))"),
    ("anchored2", r"(?:[Tt]he|[Tt]hat)\s+(?P<a2rel>next|following|previous|preceding|same)\s+(?P<a2unit>day|morning|afternoon|evening|night|week|month|year)\b"),
    ("anchored3", r"(?:[Ee]arlier|[Ll]ater)\s+(?:that|the\s+same)\s+(?P<a3unit>day|week|month|year)\b"),
    ("that_unit", r"(?P<a4>[Tt]hat)\s+(?P<a4unit>day|week|month|year)\b(?!\s*(?:'s|of|[-–]))"),
    # deictic days
    # n units ago
    ("ago", rf"(?:(?:about|almost|nearly|some|roughly|more\s+than|over|just|only)\s+)?(?P<gcount>{NUM}|\d+|a\s+few|several|a\s+couple\s+of)\s+(?:more\s+)?(?P<gunit>days?|weeks?|months?|years?|decades?)\s+(?:or\s+so\s+)?(?P<gdir>ago|from\s+(?:now|today))\b"),
    # rolling windows: the past five days, the last three weeks, the next 30 days
    ("rolling", rf"(?:[Tt]he\s+|[Tt]his\s+)?(?P<rdir>[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+(?:(?P<rcount>{NUM}|\d+|few|several|couple\s+of)\s+)(?P<runit>days|weeks|months|years|decades)\b"),
    ("past_unit", r"(?P<pudet>[Tt]he|[Tt]his)\s+(?P<pudir>[Pp]ast|[Ll]ast)\s+(?P<puunit>week|month|year|decade)\b"),
    # relative units: last week, this month, early next year, earlier this month
    ("rel_unit", rf"(?:(?P<rumod>{EARLY_LATE})|(?P<rumod2>{MOD})\s+)?(?P<rurel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his\s+past|[Tt]his\s+coming|[Cc]oming|[Tt]he\s+(?:previous|current|coming|past|following|last|next))\s+(?P<ruunit>week|weekend|month|quarter|year|decade|fiscal\s+year)\b(?!\s+century|-)"),
    ("the_year", rf"(?P<tymod>(?:[Tt]he\s+)?(?:beginning|start|middle|end|close|rest|bulk|balance)\s+of\s+(?:the\s+)?|[Tt]he\s+(?:full\s+|entire\s+|whole\s+|current\s+)?)(?P<tyunit>year|month|week|weekend|day)\b(?![\s-]*(?:'s|earlier|ago|before|after|later|of(?!\s*[$£€#])|old|long|or|ended|ending|to|\d{{4}})\b)"),
    ("year_end", r"(?P<yend>[Yy]ear[- ]end|[Yy]ear's\s+end|[Mm]onth[- ]end)\b"),
    # years
    ("fiscal_year", rf"(?:[Ff]iscal(?:\s+year)?|FY)\s*(?P<fy>{YEAR4})\b"),
    ("year", rf"(?:(?P<ymod>{EARLY_LATE})|(?P<ymod2>{MOD})\s+|(?<![\d$#.,/:-]))(?P<yr>{YEAR4})(?![\d%/]|,\d|\.\d|\s*(?:percent|per\s+cent|%|people|persons|votes|feet|miles|tons|acres|workers|troops|jobs|students|members|employees|units|homes|times|block)\b)"),
]

_COMBINED = "|".join(f"(?P<r_{name}>{pat})" for name, pat in RULES)
SCANNER = re.compile(_COMBINED)

# Weekday names inside larger mentions are matched by the rules above; these help
# the post-filters.
_YEAR_AS_NAME = re.compile(
    r"(?:©|\([Cc]\)|[Cc]opyright|[Cc]lass\s+of|[Vv]ision|[Aa]genda|[Ww]indows|[Oo]ffice|[Rr]oute|[Hh]ighway|[Ii]nterstate|[Ff]light|[Nn]o\.|[Nn]umber|[Mm]odel|[Rr]oom|[Ss]uite|[Aa]partment|[Pp]ublic\s+[Ll]aw|[Hh]\.?[Rr]\.?|[Ss]\.)\s*$"
)
_SEASON_CONTEXT_BEFORE = re.compile(r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]his|[Dd]uring|[Tt]hrough|[Oo]ver|[Ee]arly|[Ll]ate)\s+(?:the\s+)?$")
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:presidential\s+|general\s+|midterm\s+)?(?:campaign|election|race|bid|run|victory|win|loss|defeat|visit|trip|"
    r"speech|convention|primary|primaries|nomination|invasion|attack|attacks|war|crisis|law|deal|agreement|vote)\b")
_NAME_BEFORE_YEAR = re.compile(r"\b([A-Z][a-z]+)\s$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\"“”(]\s*|\n\s*)$")
_NOT_NAMES = set(MONTHS) | {"in", "since", "by", "of", "until", "before", "after", "from", "to", "through", "early", "late", "mid",
                             "spring", "summer", "fall", "autumn", "winter", "fiscal", "during", "and", "or", "between"}
_PLURAL_PART_AFTER = re.compile(rf"(?:,?\s+(?:and|or|&)\s+{WEEKDAY})?\s+(?:nights|mornings|afternoons|evenings)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|of|to|for|from|in|at|by|and|or|was|is|were|will|would|has|had|through|against|toward|towards|that|which)\b)[a-z]{3,}\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s$")  # "a nineteen ninety-seven attack"
_DURATION_BEFORE = re.compile(r"\b(?:for|more\s+than|less\s+than|at\s+least|within|up\s+to)\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Lane|Way|Place|Court)\b")
_CAR_MAKE_AFTER = re.compile(
    r"\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Dodge|Jeep|Buick|Cadillac|Chrysler|Pontiac|Oldsmobile|Mercury|"
    r"Lincoln|GMC|BMW|Mercedes(?:-Benz)?|Volkswagen|VW|Audi|Hyundai|Kia|Mazda|Subaru|Lexus|Acura|Infiniti|Volvo|Saturn|"
    r"Plymouth|Tesla|Porsche|Ferrari|Mitsubishi|Harley-Davidson)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Uu]ntil|[Bb]efore|[Aa]fter)\s+$")
# "May" and "March" are also a modal and a verb/noun: keep them only with calendar context.
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "jun", "jul", "sep", "dec"}
_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|during|of|from|to|and|early|late|mid|last|next|this|that|before|after|between|or|on|for|each|every|throughout|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil)[\s-]|\b(?:mid-))\s*$"
)

# Fast triggers: every rule above contains one of these. Only word starts shortly
# before a trigger are tried with SCANNER.match, which keeps the scan at several
# million characters a second.
# Each trigger starts with a literal, so the regex engine skips to it at memchr speed.
_TRIGGER_LITERALS = (
    "year month week day quarter decade night morning afternoon evening half period ago onight omorrow esterday "
    "ineteen wo@thousand entury"
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
    return re.compile("|".join(f"(?P<r_{n}>{p})" for n, p in RULES if n in wanted))


# The first word of a candidate decides which rules can match there: a month name
# opens only month rules, a weekday only weekday rules, a digit only numeric ones;
# words no rule opens with (most capitalised names) are never tried.
_SUB_M = _sub_scanner(["span_my", "mdy", "my", "month_rel", "spoken_year", "month"])
_SUB_W = _sub_scanner(["mdy", "dmy", "weekday"])
_SUB_D = _sub_scanner(["span_y2", "half_y", "quarter", "decade", "iso", "numeric_dmy", "numeric", "nine_eleven", "dmy",
                       "anchored", "ago", "year"])
_SCANNER_FOR: dict[str, re.Pattern] = {}
for _w in set(_STARTERS) | set(DECADE_WORDS) | {
        "thanksgiving", "christmas", "new", "election", "independence", "labor", "memorial", "veterans",
        "halloween", "easter", "valentine", "q", "h", "fy", "its", "their", "fiscal", "flat", "latter", "final",
        "so", "thus", "that"}:
    _SCANNER_FOR[_w] = SCANNER
for _w in MONTHS:
    _SCANNER_FOR[_w] = _SUB_M
for _w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
    _SCANNER_FOR[_w] = _SUB_W


def candidate_starts(text: str) -> list[tuple[int, re.Pattern]]:
    """Word starts from which a mention could begin, in order, each with the scanner to try there."""
    hits = sorted((m.start(), m.end(), reach) for trig, reach in TRIGGERS for m in trig.finditer(text))
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


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return NUMBER_WORDS.get(s.split()[0] if s else s)


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _rel(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.lower().split()[-1]
    return {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "that": 0, "the": 0,
            "next": 1, "coming": 1, "following": 1}.get(s)


def _mod(s: str | None) -> str | None:
    if not s:
        return None
    s = s.lower()
    for key in ("early", "mid", "late", "beginning", "start", "middle", "end", "close", "rest", "bulk", "balance"):
        if key in s:
            return {"earlier": "early", "later": "late"}.get(s.strip(" -"), key)
    return None


def _ambiguous_month(text: str, start: int, word: str) -> bool:
    """True when "May"/"March" (or an abbreviation) is probably not a month."""
    if word.lower().rstrip(".") not in _AMBIGUOUS_MONTHS:
        return False
    before = text[max(0, start - 12):start]
    return not _MONTH_CONTEXT_BEFORE.search(before)


def mention_from_match(text: str, m: re.Match) -> Mention | None:
    """Turn one SCANNER match into a Mention (None when a filter rejects it)."""
    rule = m.lastgroup[2:]
    g = m.group
    s, e = m.span()
    M = lambda kind, **kw: Mention(s, e, kind, rule=rule, **kw)  # noqa: E731
    if rule == "span_my":
        m1, m2, y2 = _month(g("sm1")), _month(g("sm2")), int(g("sy2"))
        y1 = int(g("sy1")) if g("sy1") else (y2 if m1 <= m2 else y2 - 1)  # "October to March 2020"
        start = s if g("sbw") is None and not text[s:s + 4].lower().startswith("from") else m.end("sbw") if g("sbw") else s + 5
        a = Mention(start, m.end("sm1"), "date", year=y1, month=m1, rule=rule)
        b = Mention(m.start("sm2"), m.end("sy2"), "date", year=y2, month=m2, rule=rule)
        out = Mention(a.start, e, "span", rule=rule)
        out.extra = {"a": a, "b": b}
        return out
    if rule in ("span_y", "span_y2"):
        y1s, y2s = (g("yy1"), g("yy2")) if rule == "span_y" else (g("zy1"), g("zy2"))
        y1 = int(y1s)
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 60:
            return None
        st = m.start("yy1") if rule == "span_y" else s
        out = Mention(st, e, "span", rule=rule)
        out.extra = {"a": Mention(st, st + 4, "year", year=y1), "b": Mention(e - len(y2s), e, "year", year=y2)}
        return out
    if rule == "week_of":
        return M("week_of", month=_month(g("wm")), day=_day(g("wd1")),
                 extra={"day2": _day(g("wd2")) if g("wd2") else None})
    if rule == "first_months":
        ref = g("fmr")
        yr = int(ref) if ref and ref.isdigit() else None
        n = _num(g("fmn"))
        return M("first_months", first_months=n * 3 if n and g("fmu") == "quarters" else n, year=yr,
                 year_offset=None if yr else (_rel(ref.split()[0]) or 0))
    if rule == "half":
        ordn = ORDINALS[g("hord").lower()]
        return M("half", offset=2 if ordn in (2, -1) else 1,
                 year=int(g("hy")) if g("hy") else None,
                 year_offset=_rel(g("hrel")) if g("hrel") else None,
                 extra={"decade": int(g("hdec")) if g("hdec") else None})
    if rule == "half_y":
        return M("half", offset=1 if g("hord2") == "first" else 2, year=int(g("hy2")))
    if rule == "quarter":
        q = ORDINALS[g("qord").lower()]
        yr = g("qyr") or g("qy") or g("qfy")
        rel = g("qrel") or g("qrel2")
        return M("quarter", offset=q, year=int(yr) if yr else None,
                 year_offset=_rel(rel) if rel else (-1 if g("qago") else None),
                 extra={"year_ago": bool(g("qago"))})
    if rule == "h_short":
        return M("half", offset=int(g("hn")[1]), year=int(g("hny")))
    if rule == "q_short":
        return M("quarter", offset=int(g("qn")[1]), year=int(g("qny")) if g("qny") else None)
    if rule == "last_year_q":
        return M("year_ago")
    if rule == "year_period":  # "the 1988 quarter": the quarter under discussion, in 1988
        return M("the_quarter", year=int(g("ypy")), extra={"rel": "the", "year_ago": False})
    if rule == "year_ago_q":
        return M("year_ago")
    if rule == "this_q":
        rel = g("qlrel") or g("qthis") or g("qthe")
        return M("the_quarter", unit=g("qlu").lower(), extra={"rel": rel.lower().split()[-1], "year_ago": bool(g("qago2"))})
    if rule == "since_beg":
        return M("rel", unit=g("sbu").lower(), offset=0, since=True)
    if rule == "in_the":  # "later in the day", "earlier in the year"
        return M("rel", unit=g("itu"), offset=0, mod=_mod(g("itmod")))
    if rule == "spoken_year":
        y = spoken_year(g("spy"))
        if y is None or not (g("spm") or text[s:e].lower().startswith("the") or _PREPOSITION_BEFORE.search(text, max(0, s - 8), s)
                             or text[e:e + 1] in ".,;" or (s > 0 and text[s - 1] == "\n")
                             or (_ARTICLE_BEFORE.search(text, max(0, s - 4), s) and "-" in g("spy"))):
            return None  # "twenty-five" as a count
        return M("date", year=y, month=_month(g("spm")) if g("spm") else None)
    if rule == "century":
        return M("century", year=(int(g("cen")) - 1) * 100, mod=_mod(g("cmod")))  # "this century": vague
    if rule == "season":
        rel = (g("searel") or "").lower()
        if not rel and not g("seay") and not g("seamod2") and not _SEASON_CONTEXT_BEFORE.search(text, max(0, s - 12), s):
            return None  # "spring", "fall" alone are often not seasons
        if rel == "the" and not g("seay") and not _SEASON_CONTEXT_BEFORE.search(text, max(0, s - 12), s):
            return None  # "the fall of Rome", "the spring"
        season = {"autumn": "fall"}.get(g("sea"), g("sea"))
        direction = {"last": -1, "next": 1, "coming": 1, "past": -1, "this": 0}.get(rel.split()[-1] if rel else "", None)
        return M("season", year=int(g("seay")) if g("seay") else None, direction=direction, extra={"season": season})
    if rule == "holiday":
        rel = (g("holrel") or "").lower()
        name = " ".join(g("hol").split()).lower().replace(" day", "").replace(" sunday", "")
        return M("holiday", year=int(g("holy")) if g("holy") else None, unit="week" if g("holwk") else None,
                 direction={"last": -1, "next": 1}.get(rel), extra={"holiday": name})  # "Easter week": its week
    if rule == "so_far":
        txt = g("r_so_far").lower()
        unit = (g("sfu") or "year").lower()
        if "to-date" in txt or "to date" in txt:
            return M("rel", unit="year", offset=0, since=True)
        if txt.startswith("earlier in"):
            return M("rel", unit=unit, offset=0, mod="early")
        if g("sfu") is None:
            return None
        return M("rel", unit=unit, offset=0, since=True)
    if rule == "decade":
        if g("dec"):
            d = int(g("dec"))
        elif g("dec2"):
            d = 1900 + int(g("dec2"))
        else:
            d = 1900 + DECADE_WORDS[g("decw").lower()]
            if not text[s:e].lower().startswith("the"):
                return None
        return M("decade", year=d, mod=g("dmod"))
    if rule == "iso":
        return M("date", year=int(g("iy")), month=int(g("im")), day=int(g("id")))
    if rule == "numeric_dmy":  # 25/12/2019: the day cannot be a month
        return M("date", year=int(g("ndy")), month=int(g("ndm")), day=int(g("ndd")))
    if rule == "numeric":
        y = int(g("ny"))
        if y < 100:
            y += 2000 if y < 50 else 1900
        return M("date", year=y, month=int(g("nm")), day=int(g("nd")))
    if rule == "nine_eleven":
        return M("date", year=2001, month=9, day=11)
    if rule == "mdy" and g("my") is None and _month(g("mm")) == 9 and _day(g("md")) == 11 and _NINE_ELEVEN_AFTER.match(text, e):
        return M("date", year=2001, month=9, day=11)  # "the Sept. 11 attacks"
    if rule == "mdy":
        if g("md2"):
            return M("span_days", month=_month(g("mm")), day=_day(g("md")), year=int(g("my")) if g("my") else None,
                     extra={"day2": _day(g("md2"))})
        rel = (g("mrel") or "").lower()
        return M("date", month=_month(g("mm")), day=_day(g("md")), year=int(g("my")) if g("my") else None,
                 weekday=WEEKDAYS[g("mwd").lower()] if g("mwd") else None,
                 direction={"last": -1, "next": 1}.get(rel))
    if rule == "dmy":
        return M("date", month=_month(g("dm")), day=_day(g("dd")), year=int(g("dy")) if g("dy") else None,
                 weekday=WEEKDAYS[g("dwd").lower()] if g("dwd") else None)
    if rule == "my":
        return M("date", month=_month(g("mym")), year=int(g("myy")), mod=_mod(g("mymod") or g("mymod2")))
    if rule == "rel_month":
        rel = g("rmrel").lower()
        return M("month_rel", month=_month(g("rmm")), mod=_mod(g("rmmod")),
                 direction=0 if rel == "that" else (1 if ("next" in rel or "coming" in rel) else (-1 if ("last" in rel or "past" in rel) else 0)),
                 extra={"that": rel == "that"})
    if rule == "month_rel":
        return M("date", month=_month(g("mrm")), year_offset=_rel(g("mrrel")), mod=_mod(g("mrmod")))
    if rule == "month":
        word = g("mo")
        mod = _mod(g("mmod") or g("mmod2"))
        if mod is None and _ambiguous_month(text, m.start("mo"), word) and not (
                word == "March" and _THE_BEFORE.search(text, max(0, s - 4), s) and _NOUN_AFTER.match(text, e)):
            return None  # "to march", "the march was peaceful"; but "the March accession" is a month
        if word.endswith(".") is False and word.lower() in ("jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mar"):
            return None  # bare abbreviations without a day are usually something else
        if (mod is None and _CAPITALISED_AFTER.match(text, e)
                and not _MONTH_CONTEXT_BEFORE.search(text[max(0, s - 12):s])):
            return None  # "April Ryan", "June Carter Cash": a first name
        return M("date", month=_month(word), mod=mod)
    if rule == "weekday":
        if text[e:e + 1] in " ," and _PLURAL_PART_AFTER.match(text, e):
            return None  # "on Monday and Tuesday nights": every week, a set
        rel = (g("wrel") or "").lower()
        direction = None
        if rel:
            direction = 1 if ("next" in rel or "coming" in rel or "following" in rel) else (-1 if ("last" in rel or "past" in rel or "previous" in rel) else 0)
        if "previous" in rel or "following" in rel or rel == "that":
            return M("anchored_weekday", weekday=WEEKDAYS[g("wd").lower()], direction=direction)
        return M("weekday", weekday=WEEKDAYS[g("wd").lower()], direction=direction)
    if rule == "anchored":
        cnt = _num(g("acount")) if g("acount") else 1
        if g("acount") is None and g("aunit").endswith("s"):
            return None  # "the days before": vague
        if _DURATION_BEFORE.search(text, max(0, s - 16), s):
            return None  # "for more than three years before claiming it": a duration
        if cnt is None:
            return None
        d = g("adir").lower()
        sign = -1 if d in ("before", "earlier", "prior") else 1
        unit = UNITS[g("aunit").lower()]
        return M("anchored", unit=unit, count=cnt * sign)
    if rule == "anchored2":
        rel = g("a2rel").lower()
        unit = UNITS[g("a2unit").lower()]
        sign = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[rel]
        return M("anchored", unit=unit, count=sign,
                 extra={"next": rel == "next" and unit in ("week", "month", "year") and text[s:s + 4].lower() == "the "})
    if rule == "anchored3":
        return M("anchored", unit=g("a3unit").lower(), count=0)
    if rule == "that_unit":
        return M("anchored", unit=g("a4unit").lower(), count=0, extra={"needs_anchor": True})
    if rule == "deictic":
        w = g("deic").lower()
        off = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}.get(w, -1 if w.startswith("last") else 0)
        if w.startswith("the"):
            off = -2 if "yesterday" in w else 2
        return M("deictic", offset=off, unit="day")
    if rule == "ago":
        cnt = _num(g("gcount"))
        if cnt is None:
            return None
        return M("ago", unit=UNITS[g("gunit").lower()], count=cnt if g("gdir") == "ago" else -cnt)  # "from now": ahead
    if rule == "rolling":
        cnt = _num(g("rcount"))
        if cnt is None:
            return None
        d = g("rdir").lower()
        return M("rolling", unit=UNITS[g("runit").lower()], count=cnt,
                 direction=1 if d in ("next", "coming", "following") else -1)
    if rule == "past_unit":
        return M("rolling", unit=g("puunit").lower(), count=1, direction=-1)
    if rule == "rel_unit":
        rel = g("rurel").lower().split()[-1]
        unit = g("ruunit").lower().split()[-1]
        if rel in ("previous", "following"):
            return M("anchored", unit=UNITS[unit], count=-1 if rel == "previous" else 1)
        off = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
        if "past" in g("rurel").lower() and "this" in g("rurel").lower():
            off = -1
        return M("rel", unit=UNITS[unit], offset=off, mod=_mod(g("rumod") or g("rumod2")))
    if rule == "the_year":
        mod = _mod(g("tymod"))
        unit = g("tyunit").lower()
        if unit not in ("year", "weekend") and mod in (None,):
            return None
        if unit == "day":
            return None
        return M("rel", unit=UNITS[unit], offset=0, mod=mod, extra={"the": True})
    if rule == "year_end":
        return M("rel", unit="month" if "month" in g("yend").lower() else "year", offset=0, mod="end")
    if rule == "fiscal_year":
        return M("year", year=int(g("fy")))
    if rule == "year":
        ys = m.start("yr")
        if _YEAR_AS_NAME.search(text, max(0, ys - 20), ys):
            return None
        if _STREET_AFTER.match(text, e) and not _PREPOSITION_BEFORE.search(text, max(0, ys - 8), ys):
            return None  # "1600 Pennsylvania Avenue"
        if text[e + 1:e + 2].isupper() and _CAR_MAKE_AFTER.match(text, e):
            return None  # "his 1987 Chevrolet Cavalier": a model year names the car
        nb = _NAME_BEFORE_YEAR.search(text, max(0, ys - 25), ys)
        if (nb and nb.group(1).lower() not in _NOT_NAMES and not _EVENT_NOUN_AFTER.match(text, e)
                and not _SENTENCE_START_BEFORE.search(text, max(0, nb.start(1) - 3), nb.start(1))):
            return None  # "Orion 1980", "London 2012": a name
        return M("year", year=int(g("yr")), mod=_mod(g("ymod") or g("ymod2")))
    return None


_NINE_ELEVEN_AFTER = re.compile(r",?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack|hijackers|terror|commission)")
_JOINABLE = frozenset(("date", "weekday", "holiday", "deictic"))
SET_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+(?:other\s+)?$")
SINCE_BEFORE = re.compile(r"(?:[Ss]ince|[Ss]tarting|[Ss]o\s+far\s+in)\s+$")


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
        m = scanner.match(text, pos)
        if m is None or m.end() == pos:
            continue
        mention = mention_from_match(text, m)
        if mention is None:
            continue
        if out and out[-1].kind == "anchored" and out[-1].rule == "anchored" and not text[out[-1].end:mention.start].strip() \
                and mention.kind in _JOINABLE and text[out[-1].start:out[-1].end].lower().endswith(("before", "after")):
            a = out[-1]  # "the day before" + "last Tuesday": one date, relative to the second
            out[-1] = Mention(a.start, mention.end, "relative_to", unit=a.unit, count=a.count, rule="relative_to",
                              extra={"base": mention})
            last_end = m.end()
            continue
        # strip a trailing period that closes the sentence rather than an abbreviation
        if text[mention.end - 1] == "." and mention.kind not in ("date",):
            mention.end -= 1
        before = text[max(0, mention.start - 14):mention.start]
        if SET_BEFORE.search(before):
            continue  # "every Monday": a set, not a date
        sm = SINCE_BEFORE.search(before)
        if sm and mention.kind in ("date", "year", "decade", "weekday", "month_rel", "rel", "holiday") and not mention.since:
            word = sm.group().split()[0].lower()
            if word in ("since", "so"):  # "since October", "so far in 2016"
                mention.since = True
                mention.start -= len(before) - sm.start()
        out.append(mention)
        last_end = m.end()
        if mention.rule == "mdy" and mention.kind == "date" and mention.day is not None:
            second = _second_day(text, mention)
            if second is not None:  # "April 24 and 25": two days
                out.append(second)
                last_end = second.end
        elif mention.rule == "rel_unit" and mention.offset == 0 and mention.mod is None:
            e = _ELLIPTIC_LAST.match(text, mention.end) if text.find(" last", mention.end, mention.end + 60) >= 0 else None
            if e is not None:  # "twice as high a dividend this year as last": last year
                out.append(Mention(e.start(1), e.end(1), "rel", unit=mention.unit, offset=-1, rule="elliptic_last"))
                last_end = e.end(1)
    return out


_ELLIPTIC_LAST = re.compile(r"(?:\s+\w+){0,6}?\s+(?:as|than)\s+(last)\b(?!\s+\w)")


_AND_DAY_AFTER = re.compile(
    rf"\s+(?:and|or|&)\s+(?P<d2>{DAY})(?:,\s*(?P<y2>{YEAR4}))?(?=\s*[.,;:)\n]|\s*$|\s+(?:in|at|to|and|when|with|for|from|as|the|on|by)\b)")


def _second_day(text: str, first: Mention) -> Mention | None:
    """The day after "and" in "April 24 and 25" (same month; a year after it is both days')."""
    m = _AND_DAY_AFTER.match(text, first.end) if text.startswith((" and ", " or ", " & "), first.end) else None
    if m is None or not first.day < _day(m.group("d2")) <= 31:
        return None
    year = int(m.group("y2")) if m.group("y2") else first.year
    if m.group("y2") and first.year is None:
        first.year = year
    return Mention(m.start("d2"), m.end("d2"), "date", year=year, month=first.month, day=_day(m.group("d2")),
                   rule="mdy_and")
