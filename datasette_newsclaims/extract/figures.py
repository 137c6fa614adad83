"""Numbers that state a quantity, normalized.

A figure is a number that states a quantity (GUIDE.md): a count, a percentage,
an amount of money, a ratio or multiple, a measurement, a rank or an age.

How it works: one compiled scan finds every digit run and every number word in
the lower-cased text; each hit is read into a *core* number (digits with
separators, a decimal, a spelled-out number), then the words around it decide:

* left of it: a currency sign (``$``, ``US$``, ``€``), ``a`` (``a dozen``),
  ``No.``/``top`` (ranks), ``aged``, an approximator (``more than``), and the
  negative evidence: a name or identifier (``Section 427``, ``COVID-19``), a
  month (``Aug. 7``);
* right of it: a scale word (``million``, ``bn``), a percent sign or word, a
  currency word, a unit of measure, ``times``, ``-fold``, ``-year-old``, a
  compound (``36-hour``, ``two-term``), and the negative evidence: a clock time,
  ``a.m.``, a decade (``1990s``), an ordinal that gives sequence.

A last pass joins ranges (``10 to 12 percent`` gives both numbers the unit,
``$300 to 350 million`` both the scale) and drops spans that overlap
``exclude`` (the dates found by the events extractor).

Decisions that follow GUIDE.md where the benchmarks' sources differ:

* money is in the main unit of its currency: ``6 cents`` is 0.06 USD and
  ``164p`` 1.64 GBP (NewsQuant and the Recognizers-Text specs keep 6 and 164);
* a score or tally (``2-1``, ``224-201``) is one count, not two numbers;
* a four-digit number from 1900 to 2099 without a thousands comma is a year
  unless an approximator stands before it (news style writes ``2,000 people``);
* ``one`` is a figure only where it counts (``one in five``, ``one mile``,
  ``only one``, ``one game ahead``), not as a pronoun or article.

Every regex is compiled once at import and linear in the text; the reader
looks at most a few dozen characters around each number, so the cost is the
scan plus a constant per number.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right

from ..figures.currency_words import (
    CURRENCY_PREFIX,
    CURRENCY_SYMBOL_SUFFIX,
    CURRENCY_WORDS,
)
from ..figures.lexicon import (
    ABBREVIATIONS,
    ADJ_BEFORE_NAMES,
    AGE_VERBS,
    BE_WORDS,
    DENOMINATORS,
    IDENT_WORDS,
    LEVEL_WORDS,
    MONTHS,
    PLAIN_WORDS,
    PLURAL_MODIFIERS,
    QUALIFIERS,
    RANK_VERBS,
    SCORE_NOUNS,
    STOP,
    SUPERLATIVE_EXTRA,
    VULGAR,
    WEEKDAYS,
)
from ..figures.unit_words import (
    AGE_UNITS,
    COUNT_COMPOUNDS,
    FUSED_ONLY_UNITS,
    FUSED_SCALES,
    MEASURE_UNITS,
    M_METERS,
    SCALE_WORDS,
    SKIP_COMPOUNDS,
    TIME_UNITS,
    UNIT_PLURAL,
)
from ..figures.number_words import CARDINAL_WORDS, FRACTIONS, ORDINALS, parse_number_words

__all__ = ["extract_figures"]

MAX_INPUT_CHARS = 2_000_000
MAX_NUMBERS = 5_000  # numbers read per text, at most (a real article has a few hundred): bounds digit-spam input


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- the scan and the core number -----------------------------------------------------------
_MULTIPLES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "quadruple": 4.0}
_SCAN = re.compile(
    r"\d|\b(?:%s)(?:fold)?\b" % _alt(set(CARDINAL_WORDS) | set(ORDINALS) | set(FRACTIONS) | set(_MULTIPLES))
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?")
_SPACES = ("\xa0", "\u2007", "\u2009", "\u202f", "\u200a")
_SCALE_AFTER = re.compile(
    r"(?:[ \t]*|-)(%s)(?![a-z])" % _alt(set(SCALE_WORDS) | {"hundred"})
)
_FUSED_LETTERS = re.compile(r"[a-zµμ°²/″′]+\d?")
_LAST_WORD = re.compile(r"[a-z]+\Z")
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")
_FRACTION_AFTER = re.compile(r"[ \t]{1,2}(\d{1,2})/(\d{1,2})(?![\d/])")
_SLASH_FRACTION = re.compile(r"[/⁄](\d{1,3})(?![\d/])")

# --- units right of the number: percent, money, measures ------------------------------------
_PERCENT = re.compile(
    r"(?:[ \t]*|-)(%|percentage[ \t]+points?|percentage-points?|per[ \t]?cent|pct|basis[ \t]+points?|bps)(?![a-z])"
)
_CURRENCY_WORD = re.compile(r"(?:[ \t]+|-)(%s)(?![a-z])" % _alt(CURRENCY_WORDS))
_POUNDS = re.compile(r"[ \t]+(pounds?)(?![a-z])")
_MONEY_IN_PARENS = re.compile(r"[ \t]*\([^()]{0,30}?(?:euros?|dollars?|\$|€|US)")
_CURRENCY_SYMBOL_AFTER = re.compile(r"[ \t]?(%s)" % _alt(CURRENCY_SYMBOL_SUFFIX))
_SPACED_PENCE = re.compile(r"[ \t]p(?=[ \t]*[,.;)]|[ \t]+(?:at|to|a|per|on)\b|[ \t]*\Z)")
_CENTS_AFTER = re.compile(
    r"[ \t]+(?:and[ \t]+)?(\d{1,2}|[a-z]+(?:[ -][a-z]+)?)(?:[ \t]+cents?\b|(?=[ \t]*(?:[.,;!?]|\Z)|[ \t]+and\b))"
)
_SPACED_UNITS = {u for u in MEASURE_UNITS if u not in FUSED_ONLY_UNITS and u not in ("pm", "in")}
_PER_TIME = r"(?:[ \t]+(?:per|a|an|each)[ \t]+(?:day|hour|year|second|minute|week|month|gallon|capita|game)(?![a-z]))?"
_MEASURE = re.compile(r"([ \t]*|-)(%s)(?![a-z0-9])(?:/[a-z0-9²]+)?%s" % (_alt(_SPACED_UNITS), _PER_TIME))
# single-letter units, read only when fused to the digits (case matters: "5G" is a network)
FUSED_UNITS = {"g": "g", "m": "m", "l": "l", "L": "L", "W": "W", "V": "V", "C": "°C", "F": "°F",
               "t": "t", "″": "inches", "′": "feet", "°": "degrees"}
_INCH_IN = re.compile(r"[ \t]+(in)\.?(?=[ \t]*[(,;)]|[ \t]+(?:thick|long|wide|tall|high|deep)\b)")
_SPACED_W_V = re.compile(r"[ \t](W|V)(?![\w-])(?!\.[ \t]+[A-Z])")  # "60 W", not "3170 W. County Road"
_OF_A_UNIT = re.compile(r"[ \t]+of[ \t]+an?[ \t]+(point|percentage[ \t]point|mile|second|degree|cent|inch)\b")
_TITLE_UNITS = {"mile", "miles", "feet", "foot", "yard", "yards", "inch", "inches", "points", "point", "pounds",
                "pound", "stone", "ton", "tons", "degrees", "acres"}  # capitalized after a number: a title or a name

# --- ratios, fractions and multiples --------------------------------------------------------
_TIMES = re.compile(r"[ \t]+(times)(?![a-z])")
_COMPARATIVE_AFTER = re.compile(r"[ \t]+(as|the|that|what|more|less|fewer|over|[a-z]+er)\b")
_FOLD = re.compile(r"(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand)fold\b")
_IN_Y = re.compile(r"[ \t]+(in|out[ \t]+of)[ \t]+(?:every[ \t]+)?")
_IN_Y_NUMBER = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?(?:\d|(?:%s)\b)" % "|".join(CARDINAL_WORDS))
_TO_ONE = re.compile(r"(?:[ \t]+to[ \t]+|-to-|:)1(?![\d.,:]\d|[\d])")
_RATIO_BEFORE = re.compile(r"ratio[ \t]+of[ \t]+(?:about[ \t]+|roughly[ \t]+)?\Z")
_RATIO_SECOND = re.compile(r"[ \t]*(?:to|:)[ \t]*(\d+(?:\.\d+)?)")
_FRACTION_WORD_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
)
_FRACTION_OF_SCALE = re.compile(r"[ \t]+(?:of[ \t]+)?an?[ \t]+(thousand|million|billion|trillion)\b")
_A_UNIT_AFTER = re.compile(r"[ \t]+(?:(?:of[ \t]+)?an?[ \t]+)?(percentage[ \t]point|[a-z]+)\b")
_HALF_DOZEN = re.compile(r"(?:[ \t]+a[ \t]+|-)dozen\b")
_HALF_OF_AFTER = re.compile(r"[ \t]+(?:the|of|a|an|its|their|his|her|our|those|these|them|all|as|that)\b")
_HALF_BEFORE_BAD = re.compile(r"(?<![a-z])(?:first|second|last|latter|back|other|and[ \t]+a)[ \t]+\Z")
_HYPHEN_UNIT = re.compile(r"-([a-z]+)\b(?!-)")
_BY_A = re.compile(r"(?<![a-z])(?:by|than|nearly|about|almost|roughly|over|some|only|just)[ \t]+an?[ \t]+\Z")
_FRACTION_END = re.compile(r"[ \t]*(?:[.,;:)!?]|\Z|[ \t]+(?:in|since|from|to|over|last|this|after|before|and|or|on|at|during"
                           r"|by|with|while|as|compared|because|if|when|through|under)\b)")
_A_SCALE = re.compile(r"an?[ \t]+(hundred|thousand|million|billion)\b")
_DET_AFTER = re.compile(r"[ \t]+(?:the|that|what|its|their|his|her|our|your)\b")
_VERB_BEFORE = re.compile(r"(?<![a-z])(?:to|will|would|could|can|should|might|may|must|did|not|would)[ \t]+\Z")

# --- compounds: "36-hour", "two-term", "7- or 8-inch" ---------------------------------------
_COMPOUND = re.compile(r"-([a-z]+(?:-[a-z]+){0,3})")
_SUSPENDED = re.compile(r"[-–],?[ \t]{1,3}(?:(?:or|and|to)[ \t]+)?(?:[\w.]{1,12}[-–],?[ \t]{1,3}(?:(?:or|and)[ \t]+)?){0,4}[\w.]{1,12}-([a-z]+)")
_HYPHEN_PREFIX = re.compile(r"(?<![a-z])(?:sub|now|minus|near|over|under|mid|some|about|around|then)-\Z")

# --- ages -----------------------------------------------------------------------------------
_AGE_AFTER = re.compile(
    r"(?:[ \t]+|-)(years?|months?|weeks?|days?)(?:[ \t]*-[ \t]*|[ \t]+)old(?![a-z])"
    r"|[ \t]+(years?|months?|weeks?)[ \t]+of[ \t]+age(?![a-z])"
)
_AGE_BEFORE = re.compile(r"(?<![a-z])(?:aged|ages?|ages?[ \t]+of)[ \t]+\Z|\bage\b[^.;]{0,40}\bto[ \t]+\Z")
_AGE_UNIT_AFTER = re.compile(r"[ \t]+(months?|weeks?|years?)\b(?![ \t]+(?:ago|later|earlier))")
_AND_OLDER = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:older|over|up|above|younger|under|below)\b")
_WAS_AGE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:who|he|she|i|they)[ \t]+(?:was|is|will[ \t]+be|turned|turns|turn)|i'm|i’m|i[ \t]+am|he's|he’s|she's|she’s"
    r"|you're|you’re|you[ \t]+are|,[ \t]+now|turned|turns|turning)[ \t]+\Z"
)
_AGE_END = re.compile(r"[ \t]*(?:[.,;)!?]|\Z|[ \t]+(?:by|when|in|at|on|this|next|last|and)\b)")
_NAME_COMMA = re.compile(r"(?:[A-Z][a-z'’\-]+\.?|\([A-Z][\w.-]*\)),[ \t]\Z")  # "Roth, 48,", "Emanuel (D), 57,"
_PERSON_COMMA = re.compile(r"(?<![a-z])(?:the|a|an|his|her|their|our)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+,[ \t]\Z")
# a person noun right before ", 15," in headline style: "death of pregnant girl, 15, and unborn child"
_PERSON_NOUN_COMMA = re.compile(r"(?<![a-z])(?:girl|boy|man|woman|teen|teenager|son|daughter|mother|father|wife|husband|"
                                r"brother|sister|grandmother|grandfather|toddler|student|victim|driver|suspect),[ \t]\Z")
_AFTER_AGE_COMMA = re.compile(r"(?:,|;|\)|\.(?!\d)|[ \t]+and\b|[ \t]*\Z)")
_TWO_NAMES = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]+\Z")
_AGE_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+and|,?[ \t]+or|-|–|to)[ \t]*")

# --- ranks and "one" ------------------------------------------------------------------------
_SUPERLATIVE = re.compile(
    r"(?:-|[ \t]+)((?!(?:inter|t|reque|conte|prote|fore|harve|gue|que|re|we|ne|ve|che|sugge|inve|arre|manife|hone|mode|lat)est)[a-z]+est"
    r"|most|least|best|worst|place|placed|ranked|seeded|leading)(?![a-z])"
)
_RANK_IN_AFTER = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:[A-Z]{2,4}[ \t]+)?(?:history|world|nation|country|league|standings|polls|rankings|race)\b"
)
_RANK_END = re.compile(r"[ \t]*(?:[,.;]|in\b|among\b|on\b|overall\b|out\b)")
_RANK_BEFORE = re.compile(r"(?:(?<![a-z])(no\.|top|#)[ \t]*)\Z")
_RANK_WORDS = {"no.", "top"}
_ONE_BEFORE = re.compile(r"(?<![a-z])(?:only|just|than|exactly|precisely|at[ \t]+least|at[ \t]+most|nearly|almost|about|by|from|between)[ \t]+\Z")
_ONE_AHEAD = re.compile(r"[ \t]+[a-z]+[ \t]+(?:ahead|behind|short|shy|apiece|back)\b")
_UNIT_AFTER_ONE = re.compile(r"[ \t]+(?:percent|per[ \t]cent|dollar|euro|pound|cent|penny|yen|mile|kilometer|kilometre|meter|metre|foot|inch|yard|pound|ounce|gram|kilogram|ton|tonne|gallon|liter|litre|barrel|hour|minute|second|week|month|year|decade|century)\b")

# --- ranges, scores and tallies -------------------------------------------------------------
_SCORE = re.compile(r"[-–](\d{1,3})(?![\d.,]\d)")
_UNIT_AFTER_SCORE = re.compile(r"(?:[ \t]*(?:%|percent|per[ \t]cent|million|billion|thousand)|[ \t]*-?(?:[a-z]+-)?(?:year|month|week|day|hour|mile|inch|foot|feet|yard|meter|metre|pound|ton))")
_RANGE_DASH = re.compile(r"[-–](\d)")
_RANGE_TAIL = re.compile(r"[-–]\d+(?:[.,]\d+)*")
_BETWEEN_BEFORE = re.compile(r"between[ \t]+\Z")
_COUNT_RANGE_BEFORE = re.compile(r"(?<![\d,])(?:\d{1,3}|1[0-8]\d\d)[ \t]+(?:to|or|and)[ \t]+\Z")
_YEARLIKE_RANGE_OF_COUNTS = re.compile(r"[ \t]*(?:to|-|–|or|and)[ \t]*\d[\d,]*[ \t]+(?!years|months|days|weeks|levels)[a-z]+s\b")

# --- not figures: dates, times, identifiers, names ------------------------------------------
_ACRONYM_DASH = re.compile(r"[A-Z]{2,}[ \t]?-\Z")
_CLOCK_AFTER = re.compile(r":\d\d|[ \t]*(?:[ap]\.m\b|[ap]m\b|o'clock|h\d\d\b)")
_DATE_NUMERIC = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{3}[-. ]\d{3,4}[-. ]\d{4}|\d{3}-\d{4}\b|\d{3}-\d{3}-[A-Z]{4}|1-\d{3}-[\dA-Z]")
_MONTH_AFTER = re.compile(
    r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:[ \t]+\d{4})?"
)
_DATE_WORDS_AFTER = re.compile(r"[ \t]+(?:ago|later|earlier|from[ \t]+now|prior)\b")
_RELATIVE_AFTER = re.compile(r"[ \t]+(?:ago|later|earlier|from[ \t]+now|prior|after|before)\b")
_PERIOD_BEFORE = re.compile(r"(?<![a-z])(?:in|for|during|over)[ \t]+the[ \t]+(?:(?:first|latest|last|past|same|previous|preceding)[ \t]+)?\Z")
_PERIOD_AFTER = re.compile(r"[ \t]*(?:,|ended\b|ending\b|through\b|to[ \t]+date\b|of[ \t]+(?:this|last|the|fiscal|\d{4})\b)")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
_CALIBER = re.compile(r"(?:-|[ \t]+)(?:caliber|calibre|cal\b|handgun|pistol|rifle|revolver|magnum|special|auto\b|semi)")
_CAPITAL_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b(?<!s)(?: [a-z]+\b(?<!s)| [A-Z][a-z]+|\.)")
# the rest of a phone number after its area code: "(916) 874-5115", "916-874-5115"
_PHONE_REST = re.compile(r"\)?[ \u00a0.\-]?\d{3}[.\-\u2011]\d{4}(?!\d)")
_GALLERY_WORDS = {"image", "photo", "slide", "picture", "photograph", "video"}
_GALLERY_BEFORE = re.compile(r"(?:image|photo|slide|picture|photograph|video)[ \t]+\d{1,3}[ \t]+of[ \t]+(?:/[ \t]*)?\Z")
_GALLERY_AFTER = re.compile(r"[ \t]+of[ \t]+(?:/[ \t]*)?\d{1,3}\b|(?:[ \t]*/[ \t]*\d{1,3})?[ \t]+back to gallery")
_ACRONYM_BEFORE = re.compile(r"\([A-Z]{2,5}[ \u00a0-]\Z")
_MODEL_AFTER = re.compile(r"[ \t]+(?:ZIP\b|Max|Pro|Mini|Plus|Ultra|Dreamliner|MAX|Series|Edition|Ave\b|St\b|E\b|W\b|N\b|S\b)")
_STREET = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|"
    r"Ct|Parkway|Terrace|Highway|Causeway|Route|Pike|Circle|Square|Plaza|Trail|Turnpike|Expressway|Freeway)\b"
)
_EMERGENCY = re.compile(r"(?:call|called|calling|dial|dialed|dialled|dialing)[ \t]+\Z")
_EMERGENCY_AFTER = re.compile(r"[ \t]+(?:call|calls|dispatcher|dispatchers|operator|operators|center|centre|system|tapes?)\b")
_BLOCK_OF = re.compile(r"[ \t]+block[ \t]+of\b")
_INDEX_WORDS = re.compile(r"Dow|Nasdaq|S&?P|FTSE|Nikkei|TSX|DAX|CAC|Hang Seng|Kospi|Sensex|[Ii]ndex|benchmark|Composite|industrial average")

# --- left of the number: currency signs, "a" ------------------------------------------------
_CURRENCY_LAST_CHARS = set("".join(CURRENCY_PREFIX)) - set("abcdefghijklmnopqrstuvwxyz") | set("sp$")
_CURRENCY_BEFORE = re.compile(r"(?<![A-Za-z])(%s)[ \t]?\Z" % _alt(CURRENCY_PREFIX))
_A_BEFORE = re.compile(r"(?<![a-z])(an?)[ \t]+\Z")

# --- the counted noun -----------------------------------------------------------------------
_WORD_AFTER = re.compile(r"[ \t]+((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’\-]*)")
_NUMBER_TOKEN = re.compile(r"[ \t]+(?:\d[\d,.]*|(?:%s)(?:-[a-z]+)?)(?=[ \t])" % "|".join(CARDINAL_WORDS), re.I)
_OF_DET = re.compile(r"[ \t]+of[ \t]+(?:the|his|her|their|its|our|those|these|them|all|[A-Z][\w.]*['’]s)(?![\w])")
_PUNCT_AFTER = re.compile(r"[ \t]*[.,;]")

def _plural(w: str) -> str:
    if w in UNIT_PLURAL:
        return UNIT_PLURAL[w]
    if w.endswith("s") or w + "s" not in MEASURE_UNITS and w in MEASURE_UNITS:
        return w  # "horsepower", "mph"
    return w + "s"


def _num(s: str) -> float:
    return float(s.replace(",", ""))


class _Fig:
    __slots__ = ("start", "end", "value", "kind", "unit", "qualifier", "bare", "mantissa",
                 "scaled", "currency", "words", "factor", "raw")

    def __init__(self, start, end, value, kind="count", unit=None):
        self.start, self.end, self.value, self.kind, self.unit = start, end, value, kind, unit
        self.qualifier = None
        self.bare = False  # no unit, scale, sign or noun of its own: a range may lend one
        self.mantissa = value
        self.scaled = False
        self.currency = None
        self.words = False
        self.factor = 1.0
        self.raw = None


def _counted_noun(text: str, pos: int) -> str | None:
    """The counted noun phrase right after ``pos`` (at most three words), or None."""
    words = []
    m = _OF_DET.match(text, pos)
    if m:  # "six of the pediatric deaths", "five of the nine justices"
        pos = m.end()
        n = _NUMBER_TOKEN.match(text, pos)
        if n:
            pos = n.end()
    for _ in range(4):
        m = _WORD_AFTER.match(text, pos)
        if not m:
            break
        w = m.group(1).rstrip("'’-")
        lw = w.lower()
        if not words and (lw.endswith("ly") and lw not in ("family", "ally", "fly", "belly") or lw in ("most", "least")):
            pos = m.end()  # "twelve hundred mostly American students"
            continue
        if lw in STOP or lw in CARDINAL_WORDS or (words and (lw.endswith("ly") or lw.endswith("ed"))):
            break
        if lw.endswith(("'s", "’s")) or w in WEEKDAYS or w in MONTHS:
            break  # "was out for five Saturday": a day is no counted noun
        if words and w[0].isupper() and words[-1][0].islower() and words[-1].lower() not in ADJ_BEFORE_NAMES:
            break  # "5 people Trump said"; but "1.8 million new California voters"
        words.append(w)
        pos = m.end()
        if text.startswith((",", ".", ";", ":", ")", "?", "!"), pos):
            break
        if _plural_head(w):
            nm = _WORD_AFTER.match(text, pos)
            if not (nm and nm.group(1).islower() and _plural_head(nm.group(1).rstrip("'’-"))):
                break  # a plural noun ends the phrase: "two bills call for", "850 settlers live here"
            # ... unless another plural follows it: "three sanctions resolutions"
    if not words:
        return None
    return " ".join(words)


def _plural_head(w: str) -> bool:
    """A plural noun (``bills``, ``Palestinians``): the head of the counted phrase, so the phrase ends.

    Plurals that modify a following noun (``news outlets``, ``sales tax``) are listed in
    PLURAL_MODIFIERS; ``-ss``/``-us``/``-is``/``-ics`` words are not plurals.
    """
    lw = w.lower()
    return (len(lw) > 3 and lw.endswith("s") and lw[-2] not in "su'’" and not lw.endswith(("ics", "ous", "is"))
            and lw.isalpha() and lw not in PLURAL_MODIFIERS)


def _last_word(text: str, s: int) -> str:
    """The word right before ``s`` when a space or tab separates it from ``s``, else ''."""
    if s < 2 or text[s - 1] not in " \t":
        return ""
    ws = text[max(0, s - 30):s].split()
    return ws[-1] if ws else ""


def _qualifier_at(low: str, s: int) -> str | None:
    """The approximator right before ``s`` (``more than``, ``nearly``), normalized."""
    if s < 2 or low[s - 1] not in " \t":
        return None
    ws = low[max(0, s - 24):s].split()
    for k in (3, 2, 1):
        if len(ws) >= k:
            q = " ".join(ws[-k:]).lstrip("(\"'“‘[")
            if q in QUALIFIERS:
                return QUALIFIERS[q]
    return None


def _ident_before(low: str, s: int) -> bool:
    """``category 4``, ``S&P 500``, ``Route 66``: a word that makes the number an identifier."""
    w = _last_word(low, s)
    if not w:
        return False
    if w in IDENT_WORDS or w.rstrip("-/.:") in IDENT_WORDS:
        return True
    if "/" in w:
        return any(p in IDENT_WORDS for p in w.split("/"))
    ws = low[max(0, s - 30):s].split()
    return len(ws) >= 2 and " ".join(ws[-2:]) in IDENT_WORDS


def _is_name_before(text: str, s: int) -> bool:
    """True when a capitalized word (a name) stands right before the number: ``Section 427``."""
    w = _last_word(text, s)
    if not w or not w[0].isupper() or not w[0].isalpha() or w[-1] in ",;:!?)\"”’":
        return False
    if w.endswith(".") and w not in ABBREVIATIONS:
        return False  # the previous sentence ended: "... the Thunder. Seven of ..."
    if w.endswith(("'s", "’s", "s'")):
        return False  # "Chicago's 2.7 million residents"
    lw = w.lower().rstrip(".")
    if lw in PLAIN_WORDS or lw in QUALIFIERS:
        return False
    return True


class _Reader:
    """Reads one text; ``read`` turns each scan hit into figures."""

    def __init__(self, text: str, low: str):
        self.text = text
        self.low = low
        self.n = len(text)
        self.figs: list[_Fig] = []
        self._index_sentence: dict[int, bool] = {}

    # -- helpers ------------------------------------------------------------------------------
    def currency_before(self, s: int):
        if s == 0:
            return None
        c = self.text[s - 1]
        if c in " \t" and s > 1:
            c = self.text[s - 2]
        if c.isupper() or c in _CURRENCY_LAST_CHARS:
            return _CURRENCY_BEFORE.search(self.text, max(0, s - 8), s)
        return None

    def age_before(self, s: int) -> bool:
        return "age" in self.low[max(0, s - 50):s] and bool(_AGE_BEFORE.search(self.low, max(0, s - 50), s))

    def unit_follows(self, pos: int) -> bool:
        """A unit, percent, scale or currency word right after ``pos`` (not a score then)."""
        low = self.low
        if pos < self.n and low[pos].isalpha():
            return True
        return bool(_UNIT_AFTER_SCORE.match(low, pos) or _MEASURE.match(low, pos) or _PERCENT.match(low, pos)
                    or _CURRENCY_WORD.match(low, pos) or _SCALE_AFTER.match(low, pos))

    def noun_follows(self, pos: int) -> bool:
        if self.low.startswith(" of ", pos):
            return True
        m = _WORD_AFTER.match(self.text, pos)
        return bool(m) and m.group(1).lower() not in STOP and m.group(1).lower() not in M_METERS

    def left(self, s: int, width: int = 40) -> str:
        return self.low[max(0, s - width):s]

    def in_index_context(self, s: int) -> bool:
        return bool(_INDEX_WORDS.search(self.text, max(0, s - 250), min(self.n, s + 80)))

    def qualify(self, fig: _Fig) -> None:
        fig.qualifier = _qualifier_at(self.low, fig.start)

    # -- entry --------------------------------------------------------------------------------
    def read(self, m: re.Match) -> int:
        s = m.start()
        if m.group().isdigit():
            return self.read_digits(s)
        return self.read_words(s, m.group())

    # -- digits -------------------------------------------------------------------------------
    def read_digits(self, s: int) -> int:
        text, low = self.text, self.low
        d = _DIGITS.match(text, s)
        e = d.end()
        raw = d.group()
        prev = text[s - 1] if s else " "
        # identifiers and dates written with separators: 2019-09-01, 555-1234, 9/11/2001, 1.2.3
        dm = _DATE_NUMERIC.match(text, s)
        if dm:
            return dm.end()
        nxt = text[e] if e < self.n else " "
        if nxt == "." and e + 1 < self.n and text[e + 1].isdigit():
            return e + 2  # version numbers, IP addresses
        if prev.isalpha() or prev in "_@/\\'’×⁄^=:":
            if not (prev.isalpha() or prev == "=") or not self.currency_before(s):
                # S23, H1N1, MP3, '90s, 24/7, 10^6 (the second part)
                return self._skip_token(e)
        if prev == '"' and text[s - 2:s - 1] == "=" or len(raw) >= 10 and raw.isdigit():
            return self._skip_token(e)  # timestamp="1474387200", tweet ids
        if (prev == "-" and low.endswith("top-", 0, s) or prev == "." and low.endswith(" no.", 0, s)) and raw.isdigit():
            start = s - 4 if prev == "-" else s - 3  # "a top-10 finish", "No.1"
            f = _Fig(start, e, float(raw), "rank")
            f.unit = _counted_noun(text, e) if prev == "." else None
            return self.emit(f)
        negative = False
        if prev in "-−–" and s >= 2:
            before = text[s - 2]
            if before.isalpha() or before in "-":
                if not _HYPHEN_PREFIX.search(low, max(0, s - 8), s):
                    return self._skip_token(e)  # COVID-19, F-35, Sept.-20
                if low[max(0, s - 6):s - 1].endswith("minus"):
                    negative = True
            elif before in " \t\n($":
                if _ACRONYM_DASH.search(text, max(0, s - 12), s) and not text.startswith("%", e):
                    return self._skip_token(e)  # "COVID -19"
                negative = True  # "-1.3%", "$-50.8bn", "FTSE -0.6%"
        elif low.endswith("minus ", max(0, s - 6), s):
            negative = True
        if prev == "." and s >= 2 and not text[s - 2].isdigit():
            if text[s - 2] not in " \t\n(":
                return self._skip_token(e)  # ID.3
            start, value = s - 1, _num("0." + raw) if raw.isdigit() else _num(raw)
        else:
            start, value = s, _num(raw)
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and start == s:
            return e  # 007, ZIP-like codes with a leading zero
        cm = _CLOCK_AFTER.match(low, e)
        if cm:
            return cm.end()
        gm = _GALLERY_AFTER.match(low, e)
        if _GALLERY_BEFORE.search(low, max(0, s - 24), s) or gm and (_last_word(low, s) in _GALLERY_WORDS or gm.group().endswith("gallery")):
            return e  # photo gallery counters: "Image 2 of 6", "Photo 1 of / 6"
        if (s == 0 or prev in "\n\"“") and len(raw) <= 2 and raw.isdigit():
            if nxt in ".)" and text[e + 1:e + 2] in (" ", "\n", ""):
                return e + 1  # list numbering: "4. Travello", "2) ..."
            if nxt == " " and _CAPITAL_WORD_AFTER.match(text, e):
                return e  # "10 Be thankful." at the start of a line

        if prev == "." and _CALIBER.match(low, e):
            return e  # ".45-caliber handgun": a name of the weapon
        if nxt == "(" and text[e + 1:e + 2].isalpha() and text[e + 2:e + 3] == ")":
            return e + 3  # "a 401(k) plan"
        if prev == "(" and nxt == ")" and (len(raw) <= 2 or len(raw) >= 5 and raw.isdigit()):
            return e  # jersey numbers, list markers, text-tip codes: "Dak Prescott (4)", "(773847)"
        if len(raw) == 3 and raw.isdigit():
            pm = _PHONE_REST.match(text, e)
            if pm and (prev == "(") == (nxt == ")"):
                return pm.end()  # phone numbers: "(916) 874-5115", "916-874-5115", "916.874.5115"
        if nxt == ")" and _ACRONYM_BEFORE.search(text, max(0, s - 8), s):
            return e  # designations in parentheses: "USS Juneau (LPD 10)", "(Flight MH 17)"
        if nxt in "/⁄" and not text.startswith("$", e + 1):
            fm = _SLASH_FRACTION.match(text, e)
            if fm and raw.isdigit() and 0 < int(raw) < int(fm.group(1)) and int(fm.group(1)) in DENOMINATORS:
                value = int(raw) / int(fm.group(1))
                return self.finish(start, e + fm.end() - e, value, fraction=True)
            return self._skip_token(e)
        om = _ORDINAL_SUFFIX.match(low, e)
        if om and raw.isdigit():
            return self.ordinal(start, om.end(), float(raw))
        fm = _FRACTION_AFTER.match(text, e)
        if fm and raw.isdigit() and 0 < int(fm.group(1)) < int(fm.group(2)) <= 16:
            value += int(fm.group(1)) / int(fm.group(2))
            e = fm.end()
        elif raw.isdigit() and e < self.n and text[e] in VULGAR or text[e:e + 1] == " " and text[e + 1:e + 2] in VULGAR and text[e + 1:e + 2]:
            e = e + 1 if text[e] in VULGAR else e + 2
            value += VULGAR[text[e - 1]]  # "4 ½-feet", "2½"
        if negative:
            value = -value
            start = s - 1 if prev in "-−–" else low.rindex("minus", 0, s)
        return self.finish(start, e, value, raw=raw)

    def _past_range(self, e: int) -> int:
        """End of ``-24`` in ``Sept. 20-24`` or ``2014-15``: a range that is not a figure."""
        m = _RANGE_TAIL.match(self.text, e)
        return m.end() if m else e

    def _skip_token(self, e: int) -> int:
        while e < self.n and (self.text[e].isalnum() or self.text[e] in "-_/"):
            e += 1
        return e

    # -- words --------------------------------------------------------------------------------
    def read_words(self, s: int, w: str) -> int:
        text, low = self.text, self.low
        cap = text[s].isupper()
        if w.endswith("fold"):  # "sixfold"
            fm = _FOLD.match(w)
            if not fm:
                return s + len(w)
            return self.emit(_Fig(s, s + len(w), CARDINAL_WORDS[fm.group(1)] * 1.0, "ratio"))
        if w in _MULTIPLES:
            return self.multiple(s, w)
        if w in FRACTIONS and w not in ORDINALS or w in ("half",):
            return self.fraction_word(s, w, 1.0)
        if w in ORDINALS:
            a = _A_BEFORE.search(low, max(0, s - 4), s)
            if a and w in FRACTIONS and (low.startswith((" of", "-point"), s + len(w))
                                         or _BY_A.search(low, max(0, s - 12), s) and _FRACTION_END.match(low, s + len(w))):
                return self.fraction_word(s, w, 1.0, start=a.start(1))  # "a third of", "fell by a third"
            return self.ordinal(s, s + len(w), float(ORDINALS[w]))
        if w in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
            a = _A_BEFORE.search(low, max(0, s - 4), s)
            if not a or low.startswith("s", s + len(w)):
                return s + len(w)  # "hundreds of", "several million": vague
            res = parse_number_words("one " + low[s:s + 60], 0)
            value, end = res
            end = s + end - 4
            return self.finish(a.start(1), end, value, words=True)
        res = parse_number_words(low, s)
        if res is None:
            return s + len(w)
        value, e = res
        if cap and _is_name_before(text, s):
            return e  # "BBC One", "Formula One"
        # "two-thirds", "one-fifth", "three quarters"
        fm = _FRACTION_WORD_AFTER.match(low[e:e + 12])
        if fm and value < 20:
            den = FRACTIONS[fm.group(1)]
            if fm.group(1) in ORDINALS and "-" not in fm.group(0) and value != 1:
                pass  # "two third-quarter goals" is not a fraction
            else:
                return self.fraction_word(s, fm.group(1), value, end_core=e + fm.end(), den=den)
        if w == "one" and value == 1.0 and e == s + 3:
            if not self.one_is_number(s, e):
                return e
        return self.finish(s, e, value, words=True, scale_word=_LAST_WORD.search(low, s, e).group())

    def one_is_number(self, s: int, e: int) -> bool:
        """``one`` is mostly an article or pronoun (``one of the``, ``one night``); a number only
        in ``one in five``, ``one-third``, ``one mile``, ``only one``, ``one game ahead``."""
        low = self.low
        rest = low[e:e + 12]
        if _IN_Y_NUMBER.match(low, e) or rest.startswith("-") and _COMPOUND.match(low, e):
            return True
        if rest.startswith((" of ", " or more", " by one", " another")) or low.endswith("one by ", 0, s):
            return False  # "one of the", "just one of four", "one or more", "one by one"
        if _ONE_BEFORE.search(low, max(0, s - 16), s):
            return True
        if _UNIT_AFTER_ONE.match(low, e):
            return True
        return bool(_ONE_AHEAD.match(low, e))

    # -- special forms ------------------------------------------------------------------------
    def multiple(self, s: int, w: str) -> int:
        low = self.low
        e = s + len(w)
        if w == "twice":
            if _last_word(low, s) in ("think", "thinks", "thinking", "thought"):
                return e  # "think twice": an idiom
            if _COMPARATIVE_AFTER.match(low, e):
                return self.emit(_Fig(s, e, 2.0, "ratio"))
            return self.emit(_Fig(s, e, 2.0, "count", "times"))
        if low.startswith(("d", "s", "-"), e) or _VERB_BEFORE.search(low, max(0, s - 10), s):
            return e  # doubled, doubles, double-digit, "will double the"
        if _DET_AFTER.match(low, e) or _qualifier_at(low, s):
            return self.emit(_Fig(s, e, _MULTIPLES[w], "ratio"))
        return e

    def fraction_word(self, s, w, numer, start=None, end_core=None, den=None):
        low = self.low
        den = den or FRACTIONS[w]
        e = end_core or s + len(w)
        if start is None:
            start = s
            if numer == 1.0 and end_core is None:
                a = _A_BEFORE.search(low, max(0, s - 4), s)
                if a:
                    start = a.start(1)
        sc = _FRACTION_OF_SCALE.match(low, e)
        if sc:  # "half a million people", "a quarter of a billion dollars"
            return self.finish(start, sc.end(), numer / den * SCALE_WORDS[sc.group(1)], words=True)
        dz = _HALF_DOZEN.match(low, e) if w == "half" else None
        if dz:  # "half a dozen"
            return self.emit(_Fig(start, dz.end(), 6.0, "count", _counted_noun(self.text, dz.end())))
        au = _A_UNIT_AFTER.match(low, e) if w in ("half", "quarter", "third") else None
        if au and au.group(1) in MEASURE_UNITS:  # "half an hour", "a quarter of a mile", "half a percentage point"
            kind = "percent" if au.group(1).startswith("percent") else "measure"
            return self.emit(_Fig(start, au.end(), numer / den, kind, _plural(au.group(1).replace("percentage point", "percentage points"))))
        hm = _HYPHEN_UNIT.match(low, e)
        if hm and hm.group(1) in MEASURE_UNITS and hm.group(1) != "point" and (start != s or end_core or w in ("half", "quarter")):
            f = _Fig(start, hm.end(), numer / den, "measure", _plural(hm.group(1)))  # "a quarter-century"
            return self.emit(f)
        if w in ("half", "halves") and end_core is None:
            if _HALF_BEFORE_BAD.search(low, max(0, s - 12), s) or low.startswith(("-", "time", "way"), e):
                if not low.startswith("-point", e):
                    return e
            if start == s and not (_HALF_OF_AFTER.match(low, e)
                                   or _qualifier_at(low, s)):
                return e
        elif end_core is None and start == s:
            return e  # "third" alone is an ordinal, handled elsewhere
        value = numer / den
        if low.startswith("-point", e) or low.startswith(" point", e) and w in ("half", "quarter"):
            f = _Fig(start, e + 6, value, "percent", "percent")
            return self.emit(f)
        f = _Fig(start, e, value, "ratio")
        f.unit = _counted_noun(self.text, e)
        return self.emit(f)

    def ordinal(self, s: int, e: int, value: float) -> int:
        low = self.low
        sm = _SUPERLATIVE.match(low, e)
        if sm:
            w = sm.group(1)
            if w == "place" and value == 1 and low.endswith("in the ", 0, s):
                return e  # "in the first place"
            if w.endswith("est") or w in SUPERLATIVE_EXTRA:
                end = sm.end() if sm.group(0).startswith("-") else e
                f = _Fig(s, end, value, "rank", "place" if w == "place" else None)
                if w not in ("place", "placed"):
                    noun = _counted_noun(self.text, sm.end())
                    f.unit = noun if noun and noun[0].islower() else None
                return self.emit(f)
        if _RANK_IN_AFTER.match(self.text, e):
            return self.emit(_Fig(s, e, value, "rank"))
        if _last_word(low, s) in RANK_VERBS and _RANK_END.match(low, e):
            return self.emit(_Fig(s, e, value, "rank"))
        return e  # sequence ordinal: "the second time", "75th anniversary"

    # -- the general case ---------------------------------------------------------------------
    def finish(self, start, e, value, raw=None, words=False, fraction=False, scale_word=None) -> int:
        """Read what stands right and left of a core number and emit its figure."""
        text, low = self.text, self.low
        s = start
        fig = _Fig(start, e, value)
        fig.words = words
        fig.raw = raw
        hm = _AND_A_HALF.match(low, e) if float(value).is_integer() else None
        if hm:  # "four and a half hours"
            value += 0.5
            e = hm.end()
            fig.value, fig.mantissa, fig.end = value, value, e
        if scale_word in SCALE_WORDS and value >= SCALE_WORDS[scale_word]:
            fig.scaled, fig.mantissa = True, value / SCALE_WORDS[scale_word]  # "five thousand"
        # left: currency sign
        cur = self.currency_before(s)
        if cur:
            fig.currency = CURRENCY_PREFIX[cur.group(1)]
            fig.start = cur.start(1)
        if cur and cur.group(1) == "PS" and not (raw and ("," in raw or "." in raw) or _SCALE_AFTER.match(low, e)
                                                 or low.startswith(("m", "bn"), e)):
            return e  # "PS5" is a console; "PS2.7m" is a mis-encoded pound sign
        # right: scale word
        sm = _SCALE_AFTER.match(low, e)
        if sm and not (sm.group(1) == "hundred" and not words and "." in (raw or "")):
            mult = SCALE_WORDS.get(sm.group(1), 100.0)
            e = sm.end()
            sm2 = _SCALE_AFTER.match(low, e)
            if sm2 and mult == 100.0 and sm2.group(1) != "hundred":
                mult *= SCALE_WORDS.get(sm2.group(1), 1.0)  # "4 hundred million"
                e = sm2.end()
            fig.value *= mult
            fig.scaled = True
        elif not words and e < self.n and (text[e].isalpha() or text[e] in "µμ°″′²"):
            fl = _FUSED_LETTERS.match(low, e)
            letters, surface = fl.group(), text[e:fl.end()]
            if letters in ("pc", "pct"):
                fig.kind, fig.unit, fig.end = "percent", "percent", fl.end()
                return self.emit(fig)
            mult = FUSED_SCALES.get(letters)
            if mult and (fig.currency or letters in ("bn", "mn", "tn", "mil", "mln", "bln")
                         or surface == "k"
                         or letters == "m" and (self.noun_follows(fl.end()) or surface == "M")):
                fig.value *= mult
                fig.scaled = True
                e = fl.end()
            else:
                mm = _MEASURE.match(low, e)
                if mm and mm.group(2) not in FUSED_ONLY_UNITS:
                    return self.measure(fig, mm)
                if surface in FUSED_UNITS:
                    fig.kind, fig.unit, fig.end = "measure", FUSED_UNITS[surface], fl.end()
                    return self.emit(fig)
                if letters in CURRENCY_WORDS or letters == "p":
                    return self.fused_money(fig, fl.end(), letters)
                if letters in ("s",) or letters.startswith(("am", "pm")):
                    return fl.end()  # 1990s, 5pm
                return self._skip_token(e)  # 5G, 4K, 3D
        fig.end = e
        # clock times, dates
        cm = _CLOCK_AFTER.match(low, e)
        if cm:
            return cm.end()
        gm = _GALLERY_AFTER.match(low, e)
        if _GALLERY_BEFORE.search(low, max(0, s - 24), s) or gm and (_last_word(low, s) in _GALLERY_WORDS or gm.group().endswith("gallery")):
            return e  # photo gallery counters: "Image 2 of 6", "Photo 1 of / 6"
        if not fig.scaled and not fig.currency and not words:
            month_before = _last_word(text, s).strip(".(\"'“‘[") in MONTHS  # "Aug. 7", "Sept. 20-24"
            # "1 September 2019"; a lower-case "may"/"mar" after a number is a verb ("5 may be")
            month_after = raw and raw.isdigit() and len(raw) <= 2 and _MONTH_AFTER.match(low, e) and text[e + 1:e + 2] != "m"
            if month_before or month_after:
                return self._past_range(e)
        # percent
        pm = _PERCENT.match(low, e)
        if pm:
            u = pm.group(1)
            fig.kind = "percent"
            fig.unit = "percentage points" if u.startswith("percentage") else "basis points" if u.startswith(("basis", "bps")) else "percent"
            fig.end = pm.end()
            return self.emit(fig)
        # currency words and symbols after the number
        cm = _CURRENCY_WORD.match(low, e)
        if cm:
            code, factor = CURRENCY_WORDS[cm.group(1)]
            if not (cm.group(1) in ("won", "marks", "rand", "dong", "real") and not fig.scaled) and not (
                    cm.group(0).startswith("-") and cm.group(1) not in ("cent", "dollar", "yen", "euro", "pound", "penny")):
                fig.kind, fig.unit = "money", fig.currency or code
                if factor != 1:
                    fig.value *= factor
                    fig.factor = factor
                    fig.unit = code
                fig.end = cm.end()
                return self.emit(self._cents_combo(fig))
        if fig.currency:
            fig.kind, fig.unit = "money", fig.currency
            return self.emit(fig)
        pm = _SPACED_PENCE.match(low, e)
        if pm:  # "down 68 p at 1112 p"
            fig.kind, fig.unit, fig.value, fig.end, fig.factor = "money", "GBP", fig.value / 100, pm.end(), 0.01
            return self.emit(fig)
        pm = _POUNDS.match(low, e)
        if pm and (fig.scaled or low.startswith(" sterling", pm.end())):
            fig.kind, fig.unit, fig.end = "money", "GBP", pm.end()
            return self.emit(fig)
        sym = _CURRENCY_SYMBOL_AFTER.match(text, e)
        if sym:
            fig.kind, fig.unit, fig.end = "money", CURRENCY_SYMBOL_SUFFIX[sym.group(1)], sym.end()
            return self.emit(fig)
        # ages: "17-year-old", "five years old", "aged 63"
        am = _AGE_AFTER.match(low, e)
        if am:
            u = am.group(1) or am.group(2)
            fig.kind, fig.unit, fig.end = "age", _plural(u), am.end()
            return self.emit(fig)
        # ratios: "three times as many", "one in five", "ratio of 19 to 12"
        tm = _TIMES.match(low, e)
        if tm:
            fig.end = tm.end()
            if (_COMPARATIVE_AFTER.match(low, tm.end()) or not float(fig.value).is_integer() or self.noun_follows(tm.end())
                    or _last_word(low, fig.start) in LEVEL_WORDS):
                fig.kind = "ratio"  # "three times as many", "6.5 times earnings", "leverage above six times"
            else:
                fig.kind, fig.unit = "count", "times"  # "sacked five times"
            return self.emit(fig)
        im = _IN_Y.match(low, e)
        if im and fig.value >= 1 and not fig.scaled:
            nm = _DIGITS.match(text, im.end())
            den = None
            if nm:
                den, dend = _num(nm.group()), nm.end()
                sc = _SCALE_AFTER.match(low, dend)
                if sc:
                    den *= SCALE_WORDS.get(sc.group(1), 100.0)
                    dend = sc.end()
            else:
                wm = parse_number_words(low, im.end()) or _A_SCALE.match(low, im.end())
                if isinstance(wm, tuple):
                    den, dend = wm
                elif wm:  # "one in a million"
                    den, dend = SCALE_WORDS.get(wm.group(1), 100.0), wm.end()
            if den and den > fig.value and (im.group(1) != "in" or den <= 1000 or fig.value == 1):
                f = _Fig(fig.start, dend, fig.value / den, "ratio")
                f.unit = _counted_noun(text, dend)
                self.qualify(f)
                self.figs.append(f)
                return dend
        if "ratio" in low[max(0, s - 30):s] and _RATIO_BEFORE.search(low, max(0, s - 30), s):
            rm = _RATIO_SECOND.match(text[e:e + 16])
            if rm and float(rm.group(1)):
                f = _Fig(s, e + rm.end(), fig.value / float(rm.group(1)), "ratio")
                self.figs.append(f)
                return f.end
        # "a ratio of 18 to 1", "3:1"
        if not fig.scaled and fig.value > 1 and fig.kind == "count" and fig.unit is None:
            tm = _TO_ONE.match(low, e)
            if tm and "vot" not in low[max(0, s - 12):s]:
                fig.kind, fig.end = "ratio", tm.end()
                return self.emit(fig)
        # compounds: "36-hour", "two-term", "-fold", "17-year-old"
        if e < self.n and text[e] == "-":
            return self.compound(fig, e)
        # units of measure
        om = _OF_A_UNIT.match(low, e)
        if om:  # "0.8 of a point"
            fig.kind, fig.unit, fig.end = "measure", om.group(1) + "s", om.end()
            if om.group(1).endswith("percentage point"):
                fig.kind = "percent"
            return self.emit(fig)
        mm = _MEASURE.match(low, e) or _INCH_IN.match(low, e) or _SPACED_W_V.match(text, e)
        if mm:
            return self.measure(fig, mm)
        if fraction:
            fig.kind = "ratio"
            return self.emit(fig)
        return self.count(fig, raw)

    def _cents_combo(self, fig: _Fig) -> _Fig:
        """``3 dollars 50 cents``, ``thirteen dollars and forty-five cents``, ``thirteen dollars forty five``."""
        m = _CENTS_AFTER.match(self.low[fig.end:fig.end + 30])
        if m and fig.factor == 1:
            g = m.group(1)
            if g.isdigit():
                v = float(g)
            else:
                parsed = parse_number_words(g, 0)
                v = parsed[0] if parsed and parsed[1] == len(g) else None
            if v is not None and v < 100:
                fig.value += v / 100
                fig.end += m.end()
        return fig

    def fused_money(self, fig: _Fig, end: int, letters: str) -> int:
        """``164p``, ``10yen``: a currency word fused to the digits."""
        code, factor = ("GBP", 0.01) if letters == "p" else CURRENCY_WORDS[letters]
        fig.kind, fig.unit, fig.value, fig.factor, fig.end = "money", code, fig.value * factor, factor, end
        return self.emit(fig)

    def compound(self, fig: _Fig, e: int) -> int:
        low = self.low
        rm = _RANGE_DASH.match(low, e)
        if rm:  # "10-12 percent", "48-20": the second number is read on its own
            fig.end = e
            tail = self._past_range(e)
            if _STREET.match(self.text, tail) or _MODEL_AFTER.match(self.text, tail):
                return tail  # "16-18 Industrial Avenue"
            if fig.words or fig.kind != "count":
                return e
            return self.count(fig, fig.raw, want_noun=False)
        cm = _COMPOUND.match(low, e)
        if not cm:
            sm = _SUSPENDED.match(low, e)  # "7- or 8-inch", "four-, five- and six-cylinder"
            if not sm:
                return e + 1
            head = sm.group(1)
            if head in AGE_UNITS and low.startswith("-old", sm.end()):
                fig.kind, fig.unit, fig.end = "age", _plural(head), e  # "a 20- to 25-year-old man"
                return self.emit(fig)
            if head in MEASURE_UNITS and head not in FUSED_ONLY_UNITS:
                fig.kind, fig.unit, fig.end = "measure", _plural(head), e
                return self.emit(fig)
            if head in COUNT_COMPOUNDS:
                fig.kind, fig.unit, fig.end = "count", _plural(head), e
                return self.emit(fig)
            return e + 1
        parts = cm.group(1).split("-")
        head = parts[0]
        end = e + 1 + len(head)
        if head in ("in", "to") and len(parts) > 1 and parts[1] in CARDINAL_WORDS and not fig.scaled:
            den = parse_number_words(low, end + 1)  # "a one-in-five chance", "two-to-one"
            if den and den[0]:
                return self.emit(_Fig(fig.start, den[1], fig.value / den[0], "ratio"))
        if head in AGE_UNITS and len(parts) > 1 and parts[1] in ("old", "olds"):
            fig.kind, fig.unit, fig.end = "age", _plural(head), end + 1 + len(parts[1])  # "-old", "-olds"
            return self.emit(fig)
        if head in ("fold",):
            fig.kind, fig.end = "ratio", end
            return self.emit(fig)
        if head in ("percent",):
            fig.kind, fig.unit, fig.end = "percent", "percent", end
            return self.emit(fig)
        if head in ("cent", "cents"):
            fig.kind, fig.unit, fig.value, fig.end = "money", "USD", fig.value / 100, end
            return self.emit(fig)
        if head in ("dollar", "yen", "euro", "pound") and len(parts) == 1 or head in ("dollar", "yen", "euro") :
            code = CURRENCY_WORDS.get(head, ("GBP", 1))[0]
            fig.kind, fig.unit, fig.end = "money", fig.currency or code, end
            return self.emit(fig)
        if head in ("point",) and len(parts) == 1:
            nm = _WORD_AFTER.match(self.text, end)
            if nm and nm.group(1).lower() in ("lead", "drop", "gain", "rise", "fall", "decline", "increase", "jump",
                                              "advantage", "margin", "deficit", "swing", "loss", "edge"):
                fig.kind, fig.unit, fig.end = "measure", "points", end
                return self.emit(fig)
            return end
        if head in SKIP_COMPOUNDS:
            return end
        if head in MEASURE_UNITS and head not in FUSED_ONLY_UNITS:
            fig.kind, fig.unit, fig.end = "measure", _plural(head), end
            return self.emit(fig)
        if head == "strong":  # "a 5,000-strong crowd": the noun after counts
            fig.kind, fig.unit, fig.end = "count", _counted_noun(self.text, end), end
            return self.emit(fig)
        if head in COUNT_COMPOUNDS:
            fig.kind, fig.unit, fig.end = "count", _plural(head), end
            return self.emit(fig)
        return end

    def measure(self, fig: _Fig, mm: re.Match) -> int:
        if mm.re is _MEASURE:
            unit_low, ustart, unit_end = mm.group(2), mm.start(2), mm.end(2)
        else:
            unit_low, ustart, unit_end = mm.group(1), mm.start(1), mm.end(1)
        surface = self.text[ustart:mm.end()]
        if unit_low == "in":
            surface = "inches"  # "0.68 in (1.73 cm)"
        raw = fig.raw
        if surface[:1].isupper() and surface[1:2].islower() and (unit_low in TIME_UNITS or unit_low in _TITLE_UNITS):
            if raw and len(raw) == 4 and raw.isdigit():
                return self.count(fig, raw)  # "during 2016 Stone spoke": a year, then a name
            return mm.end()  # a title or name: "the movie 13 Hours", "Ninety Mile Beach"
        fig.end = mm.end()
        if unit_low in TIME_UNITS:
            if _RELATIVE_AFTER.match(self.low, unit_end):
                return fig.end  # "two weeks later", "three years ago", "two years after the war"
            if _PERIOD_AFTER.match(self.low, unit_end) and _PERIOD_BEFORE.search(self.low, max(0, fig.start - 30), fig.start):
                return fig.end  # "in the first nine months, ...", "for the six months ended Aug. 12"
            if unit_low in AGE_UNITS and (self.age_before(fig.start)
                                          or _AND_OLDER.match(self.low, fig.end)):
                fig.kind, fig.unit = "age", surface  # "children ages 6 months and older"
                return self.emit(fig)
            fig.kind, fig.unit = "measure", surface
            return self.emit(fig)
        if unit_low in ("points", "point", "pts"):
            if "." in self.text[fig.start:ustart] or self.in_index_context(fig.start):
                fig.kind, fig.unit = "measure", "points"
            else:
                fig.kind, fig.unit = "count", "points"  # "scored 34 points"
            return self.emit(fig)
        if unit_low in ("pounds", "pound") and (fig.scaled or _MONEY_IN_PARENS.match(self.text, mm.end())):
            fig.kind, fig.unit = "money", "GBP"
            return self.emit(fig)
        if unit_low in ("yard", "yards") and self.low.startswith(" line", mm.end()) and _is_name_before(self.text, fig.start):
            return mm.end()  # "the Denver 7 yard line": a place on the field
        fig.kind, fig.unit = "measure", surface
        return self.emit(fig)

    def count(self, fig: _Fig, raw: str | None, want_noun: bool = True) -> int:
        text, low = self.text, self.low
        s, e = fig.start, fig.end
        if _DATE_WORDS_AFTER.match(low, e):
            return e
        if low[s - 1:s] == "#" and raw and ("." in raw or "," in raw or fig.scaled):
            # "#0.79 per song", "#34,000": old wire text writes the pound sign as "#"; ranks are whole numbers
            fig.kind, fig.unit, fig.start = "money", "GBP", s - 1
            return self.emit(fig)
        rb = _RANK_BEFORE.search(low, max(0, s - 8), s) if _last_word(low, s) in _RANK_WORDS or low[s - 1:s] == "#" else None
        if rb:
            noun = _counted_noun(text, e)
            if rb.group(1) == "top" and noun:
                fig.unit = noun  # "the top three seeds"
                return self.emit(fig)
            fig.kind, fig.unit, fig.bare = "rank", None, rb.group(1) == "top"
            fig.start = rb.start(1)  # "top 25", "No. 1"
            if rb.group(1) != "top":
                fig.unit = noun  # "No. 1 seed"
            return self.emit(fig)
        if _ident_before(low, s):
            return self._skip_token(e)  # "category 4", "S&P 500", "Section 427"
        if raw in ("911", "999", "112") and (_EMERGENCY.search(low, max(0, s - 10), s) or _EMERGENCY_AFTER.match(low, e)):
            return e  # "called 911", "the 911 call"
        if _last_word(low, s) == "magnitude":
            fig.kind, fig.unit = "measure", "magnitude"  # "a magnitude 7.1 earthquake"
            return self.emit(fig)
        name_before = _is_name_before(text, s)
        if fig.value < 130 and float(fig.value).is_integer() and not fig.scaled:
            age_unit = self.age_here(fig, raw, name_before)
            if age_unit:
                fig.kind, fig.unit = "age", age_unit
                mu = _AGE_UNIT_AFTER.match(low, e)
                if mu:
                    fig.unit, fig.end = _plural(mu.group(1)), mu.end()
                return self.emit(fig)
        if name_before and not fig.scaled:
            return self._past_range(e)  # "Section 427", "S&P 500", "iPhone 11", "Fox 5", "Charlton 2-1"
        if raw is not None and raw.isdigit() and len(raw) == 4 and 1000 <= fig.value < 2200 and not fig.scaled:
            # News style writes counts of a thousand and more with a comma ("2,000 people"):
            # 1900-2099 without one is a year ("the 2016 elections") unless approximated
            # ("about 2000"); other four-digit numbers are years unless they count something.
            if 1900 <= fig.value < 2100 and not _COUNT_RANGE_BEFORE.search(low, max(0, s - 16), s):
                plural = False
            else:
                noun = _counted_noun(text, e)
                plural = noun and noun.split()[0].lower().endswith("s") and noun[0].islower()
                if not plural and _YEARLIKE_RANGE_OF_COUNTS.match(low, e):
                    plural = True  # "from 1000 to 1500 hires"
            if text.startswith(("'s", "’s", "s"), e) or not plural and not _qualifier_at(low, s):
                return self._past_range(e)  # a year, "2014-15"
        if not want_noun and raw and raw.isdigit() and fig.value <= 300:
            sc = _SCORE.match(text, e)  # "a 1-0 win", "beat Charlton 2-1": one figure for a score
            if sc and int(sc.group(1)) <= 300 and not self.unit_follows(sc.end()):
                nm = _WORD_AFTER.match(text, sc.end())
                nw = nm.group(1) if nm else ""
                if not (nw.islower() and nw.endswith("s") and nw not in SCORE_NOUNS and nw not in STOP):
                    fig.end = sc.end()
                    return self.emit(fig)
        if raw is not None and (_STREET.match(text, e) or _MODEL_AFTER.match(text, e) or _BLOCK_OF.match(low, e)):
            return e  # "1600 Pennsylvania Avenue", "787 Dreamliner", "iPhone 11 Pro"
        noun = _counted_noun(text, e) if want_noun else None
        fig.unit = noun
        if noun is None:
            if self.in_index_context(s) and raw and ("." in raw or "," in raw) and fig.value >= 100:
                fig.kind, fig.unit = "measure", "points"
            fig.bare = True
        else:
            last = noun.rsplit(" ", 1)[-1].lower()
            if last in MEASURE_UNITS and last not in FUSED_ONLY_UNITS and last not in ("points", "point"):
                fig.kind = "measure"  # "517 rushing yards"
        if fig.words and fig.value == 0 and noun is None and not _PUNCT_AFTER.match(text, e):
            return e
        return self.emit(fig)

    def age_here(self, fig: _Fig, raw: str | None, name_before: bool) -> str | None:
        """The age unit when the number is an age: ``aged 63``, ``Roth, 48,``, ``65 and older``."""
        text, low = self.text, self.low
        s, e = fig.start, fig.end
        if self.age_before(s) or _AND_OLDER.match(low, e):
            return "years"
        if _last_word(low, s) in BE_WORDS and _WAS_AGE_BEFORE.search(low, max(0, s - 20), s) and _AGE_END.match(low, e):
            return "years"  # "Maria, who was 10.", "He will be 35 by the end of the year"
        if raw is None:
            return None
        # "Raymond Roth, 48, of Massapequa", "Yoon, 63."
        if text[s - 2:s] == ", " and (_NAME_COMMA.search(text, max(0, s - 30), s) or _PERSON_COMMA.search(low, max(0, s - 40), s)
                                      or _PERSON_NOUN_COMMA.search(low, max(0, s - 20), s)) \
                and _AFTER_AGE_COMMA.match(text, e):
            pw = text[max(0, s - 30):s - 2].split()[-1:] or [""]
            if pw[0] not in MONTHS and pw[0] not in WEEKDAYS and fig.value >= 1:
                return "years"
        if name_before and 10 <= fig.value < 110:  # "Nick Hague 44 has spent"
            nm = _WORD_AFTER.match(text, e)
            if nm and nm.group(1) in AGE_VERBS and _TWO_NAMES.search(text, max(0, s - 40), s):
                return "years"
        return None

    def emit(self, fig: _Fig) -> int:
        if fig.qualifier is None:
            self.qualify(fig)
        self.figs.append(fig)
        return fig.end


_FROM_BEFORE = re.compile(r"from[ \t]+\Z")
_GAP = re.compile(r"[ \t]*(?:to|-|–|—|or|and|through)[ \t]*")


def _range_pairs(low: str, figs: list[_Fig]):
    for a, b in zip(figs, figs[1:]):
        if not _GAP.fullmatch(low, a.end, b.start):
            continue
        if "and" in low[a.end:b.start] and not _BETWEEN_BEFORE.search(low, max(0, a.start - 10), a.start):
            continue
        yield a, b


def _join_ranges(low: str, figs: list[_Fig]) -> None:
    """Share unit and scale across a range: ``10 to 12 percent``, ``$300 to 350 million``."""
    pairs = list(_range_pairs(low, figs))
    for a, b in reversed(pairs):  # the last number of a range states the unit: pass it back
        scale = b.value / b.mantissa if b.scaled and b.mantissa else 1.0
        if a.bare:
            if b.scaled and not a.scaled and a.value <= b.mantissa:
                a.value *= scale
                a.scaled, a.mantissa = True, a.value / scale
            if b.kind != "count" or b.unit:
                a.kind, a.unit, a.factor = b.kind, b.unit, b.factor
                a.value *= b.factor
            a.bare = False
        elif a.kind == "money" and not a.scaled and b.scaled and a.value <= b.mantissa:
            a.value *= scale
            a.scaled = True
    for a, b in zip(figs, figs[1:]):  # "ages 26, 29 and 29"
        if a.kind == "age" and b.bare and b.value < 120 and _AGE_LIST_GAP.fullmatch(low, a.end, b.start):
            b.kind, b.unit, b.bare = "age", a.unit, False
    for a, b in pairs:  # a currency or unit stated first carries forward: "US$3,000 to 5,000"
        if a.kind == "money" and b.kind == "count" and not b.currency:
            b.kind, b.unit = "money", a.unit  # "US$3,000 to 5,000 incentive"
            b.value *= a.factor
            b.bare = False
        if not b.bare or a.kind == "count" and a.unit is None:
            continue
        if _FROM_BEFORE.search(low, max(0, a.start - 6), a.start):
            b.kind, b.unit = a.kind, a.unit
            b.value *= a.factor
            b.bare = False


def _spans(exclude) -> list[tuple[int, int]]:
    """(start, end) pairs from ``exclude``; malformed entries are ignored."""
    out = []
    for item in exclude:
        try:
            a, b = item
            out.append((int(a), int(b)))
        except (TypeError, ValueError):
            continue
    return out


def extract_figures(text: str, exclude=()) -> list[dict]:
    """Return every figure in ``text``; spans overlapping ``exclude`` (dates) are skipped.

    :param text: any string (other types give an empty list)
    :param exclude: (start, end) spans, typically the dates found by the events extractor
    :return: dicts with start, end, text, value, kind, unit, qualifier, sorted by start
    """
    if not isinstance(text, str) or not text:
        return []
    if len(text) > MAX_INPUT_CHARS:
        text = text[:MAX_INPUT_CHARS]
    work = text
    for sp in _SPACES:  # no-break and thin spaces read as spaces; offsets unchanged
        if sp in work:
            work = work.replace(sp, " ")
    low = work.lower()
    if len(low) != len(work):  # a few characters ("İ") lower-case to two
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in work)
    reader = _Reader(work, low)
    pos, scan = 0, _SCAN.search
    for _ in range(MAX_NUMBERS):
        m = scan(low, pos)
        if not m:
            break
        try:
            nxt = reader.read(m)
        except Exception:  # a rule that trips on odd input skips that number, never the text
            nxt = m.end()
        pos = max(nxt, m.end())
    figs = sorted(reader.figs, key=lambda f: f.start)
    _join_ranges(low, figs)
    spans = sorted(_spans(exclude)) if exclude else []
    starts = [a for a, _ in spans]
    reach, far = [], -1  # reach[i]: the furthest end among spans[0..i]
    for _, b in spans:
        far = max(far, b)
        reach.append(far)
    out = []
    last_end = -1
    for f in figs:
        if f.start < last_end or f.end <= f.start or not math.isfinite(f.value):
            continue  # (a number too long for a float would be stored and served as Infinity, which is not JSON)
        if spans:
            i = bisect_right(starts, f.end - 1) - 1  # the spans that start before the figure ends
            if i >= 0 and reach[i] > f.start:
                continue  # one of them reaches into it
        last_end = f.end
        out.append({
            "start": f.start, "end": f.end, "text": text[f.start:f.end], "value": float(f"{f.value:.12g}"),
            "kind": f.kind, "unit": f.unit, "qualifier": f.qualifier,
        })
    return out
