"""Rules for years: "fiscal 2019", and a bare "2019" unless the words around it make it a name, a
number or an address.

Owns: these rules (pattern and reader) and the context filters only they use.
Must not touch: the scan, tense or resolution; a reader returns what the text states.
"""
from __future__ import annotations

import re

from ..mention import Mention
from ..vocabulary import EARLY_LATE, MOD, MONTHS, YEAR4, part_modifier
from .base import PREPOSITION_BEFORE, Rule, rule, stated

RULES: list[Rule] = []


# Weekday names inside larger mentions are matched by the rules above; these help
# the post-filters.
_YEAR_AS_NAME = re.compile(
    r"(?:©|\([Cc]\)|[Cc]opyright|[Cc]lass\s+of|[Vv]ision|[Aa]genda|[Ww]indows|[Oo]ffice|[Rr]oute|[Hh]ighway|[Ii]nterstate|[Ff]light|[Nn]o\.|[Nn]umber|[Mm]odel|[Rr]oom|[Ss]uite|[Aa]partment|[Pp]ublic\s+[Ll]aw|[Hh]\.?[Rr]\.?|[Ss]\.|(?:[Ff]ilm|[Mm]ovie|[Nn]ovel|[Aa]lbum|[Ss]ong|[Mm]usical|[Dd]ocumentary)(?:\s+(?:called|titled|named))?)\s*$"
)
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:presidential\s+|general\s+|midterm\s+)?(?:campaign|election|race|bid|run|victory|win|loss|defeat|visit|trip|"
    r"speech|convention|primary|primaries|nomination|invasion|attack|attacks|war|crisis|law|deal|agreement|vote)\b")
_NAME_BEFORE_YEAR = re.compile(r"\b([A-Z][a-z]+)\s$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\"“”(]\s*|\n\s*)$")
_NOT_NAMES = set(MONTHS) | {"in", "since", "by", "of", "until", "before", "after", "from", "to", "through", "early", "late", "mid",
                             "spring", "summer", "fall", "autumn", "winter", "fiscal", "during", "and", "or", "between"}
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Lane|Way|Place|Court)\b")
_CAR_MAKE_AFTER = re.compile(
    r"\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Dodge|Jeep|Buick|Cadillac|Chrysler|Pontiac|Oldsmobile|Mercury|"
    r"Lincoln|GMC|BMW|Mercedes(?:-Benz)?|Volkswagen|VW|Audi|Hyundai|Kia|Mazda|Subaru|Lexus|Acura|Infiniti|Volvo|Saturn|"
    r"Plymouth|Tesla|Porsche|Ferrari|Mitsubishi|Harley-Davidson)\b")


# "the 2030 notes": a bond's maturity names it; "1800 GMT": a clock time
_MATURITY_AFTER = re.compile(r"\s+(?:notes?|bonds?|debentures?|maturities|securities|Treasur(?:y|ies))\b")
# a title: "the movie “2012”", "released 2012, a disaster film"
_QUOTED = re.compile(r"[\"“‘']$")
_QUOTE_AFTER = re.compile(r"[,.]?[\"”’']")  # "“1989,” by Taylor Swift"
_WORK_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:film|movie|novel|album|song|documentary|musical)"
                         r"(?=\s*[,.;:)]|\s+(?:by|about|starring|directed|that|which)\b)")
# "1800 x 1920 pixels", "a 2048-by-1536 display": a size
_DIMENSION_AFTER = re.compile(r"\s*(?:[x×]|-by-)\s*\d")
_DIMENSION_BEFORE = re.compile(r"\d\s*(?:[x×]|-by-)\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|[ECMP][SD]T|ET|PT|BST|CET|hours|hrs|local\s+time)\b")


@rule(RULES, "fiscal_year", rf"(?:[Ff]iscal(?:\s+year)?|FY)\s*(?P<fy>{YEAR4})\b")
def read_fiscal_year(text: str, m: re.Match) -> Mention | None:
    """Reads "fiscal 2019", "FY2019"."""
    g = m.group
    return stated(m, "year", year=int(g("fy")))


@rule(RULES, "year", rf"(?:(?P<ymod>{EARLY_LATE})|(?P<ymod2>{MOD})\s+|(?<![\d$#.,/:-]))(?P<yr>{YEAR4})(?![\d%/]|,\d|\.\d|\s*(?:percent|per\s+cent|%|people|persons|votes|feet|miles|tons|acres|workers|troops|jobs|students|members|employees|units|homes|times|block|pixels)\b)")
def read_year(text: str, m: re.Match) -> Mention | None:
    """Reads "2019", "in early 1998" (not "Windows 2000", "1600 Pennsylvania Avenue", "London 2012")."""
    g = m.group
    s, e = m.span()
    ys = m.start("yr")
    if _YEAR_AS_NAME.search(text, max(0, ys - 20), ys):
        return None
    if _MATURITY_AFTER.match(text, e) or _CLOCK_AFTER.match(text, e) or _WORK_AFTER.match(text, e):
        return None
    if _DIMENSION_AFTER.match(text, e) or _DIMENSION_BEFORE.search(text, max(0, ys - 8), ys):
        return None
    if ys == s and _QUOTED.search(text, max(0, s - 1), s) and _QUOTE_AFTER.match(text, e):
        return None  # "“2012”" alone in quotation marks: a title
    if _STREET_AFTER.match(text, e) and not PREPOSITION_BEFORE.search(text, max(0, ys - 8), ys):
        return None  # "1600 Pennsylvania Avenue"
    if text[e + 1:e + 2].isupper() and _CAR_MAKE_AFTER.match(text, e):
        return None  # "his 1987 Chevrolet Cavalier": a model year names the car
    nb = _NAME_BEFORE_YEAR.search(text, max(0, ys - 25), ys)
    if (nb and nb.group(1).lower() not in _NOT_NAMES and not _EVENT_NOUN_AFTER.match(text, e)
            and not _SENTENCE_START_BEFORE.search(text, max(0, nb.start(1) - 3), nb.start(1))):
        return None  # "Orion 1980", "London 2012": a name
    return stated(m, "year", year=int(g("yr")), mod=part_modifier(g("ymod") or g("ymod2")))
