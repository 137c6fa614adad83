"""Ages: ``17-year-old``, ``five years old``, ``aged 63``, ``Roth, 48,``, ``who was 10``, ``65 and older``.

Owns the age patterns and the tests that make a bare number an age. Must not
emit other kinds; callers (:mod:`.counts`, :mod:`.measures`, :mod:`.classify`)
set the kind from what these return.
"""
from __future__ import annotations

import re

from .context import Figure, ScannedText, alternation, last_word
from .identifiers import is_age_in_parens
from .lexicon import AGE_VERBS, BE_WORDS, MONTHS, PERSON_NOUNS, WEEKDAYS
from .nouns import WORD_AFTER
from .units import plural

_AGE_AFTER = re.compile(
    r"(?:[ \t]+|-)(years?|months?|weeks?|days?)(?:[ \t]*-[ \t]*|[ \t]+)olds?(?![a-z])"
    r"|[ \t]+(years?|months?|weeks?)[ \t]+of[ \t]+age(?![a-z])"
    r"|[ \t]*-?(y)(?:\.[ \t]?o\.?|/o|rs?[ \t]+old)(?![a-z])"
)
# "aged 63", "the age of 18", "raised the age to 21", "the average age was 44", "retirement age is 67"
_AGE_BEFORE = re.compile(r"(?<![a-z])(?:aged|ages?|ages?[ \t]+of)[ \t]+\Z"
                         r"|\bage\b(?:[^.;]{0,40}\bto|[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:was|is|of|at|be|reached))[ \t]+\Z"
                         r"|\blife[ \t]+expectancy\b(?:[ \t]+[\w-]+){0,6}?[ \t]+(?:is|was|of|at|to|reached|around|about)[ \t]+\Z")
# "At 73, he is two years older": an age at the start of a clause about a person
_AT_AGE = re.compile(r"(?:^|(?<=[.!?\n\"“]))[ \t]*at[ \t]+\Z")
_PERSON_AFTER_AT_AGE = re.compile(r",[ \t]+(?:he|she|i|they|[A-Z][a-z]+)\b")
_BE_OR_ADVERB = BE_WORDS | {"only", "just", "barely", "nearly", "almost", "about", "around"}
AGE_UNIT_AFTER = re.compile(r"[ \t]+(months?|weeks?|years?)\b(?![ \t]+(?:ago|later|earlier))")
AND_OLDER = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:older|over|up|above|younger|under|below)\b")
_WAS_AGE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:who|he|she|i|they|girl|boy|son|daughter|brother|sister|victim|suspect|child|teen|teenager|"
    r"man|woman|mother|father|wife|husband)[ \t]+(?:was|is|will[ \t]+be|turned|turns|turn)|i'm|i’m|i[ \t]+am|he's|he’s|she's|she’s"
    r"|you're|you’re|you[ \t]+are|,[ \t]+now|turned|turns|turning"
    r"|(?:he|she|who|they|victim|suspect)[ \t]+(?:looks|looked|appears|appeared|seems|seemed)[ \t]+to[ \t]+be)"
    r"[ \t]+(?:(?:only|just|barely|nearly|almost|about|around)[ \t]+)?\Z"
)
_AGE_END = re.compile(r"[ \t]*(?:[.,;)!?]|\Z|[ \t]+(?:by|when|in|at|on|this|next|last|and)\b)")
# "Roth, 48,", "Emanuel (D), 57,", "Clay Jr., 20", "Ware II, 25", "Eisenberg (pictured), 58"
_NAME_COMMA = re.compile(r"(?:[A-Z][a-z'’\-]+\.?|\([A-Z][\w.-]*\)|[A-Z][a-z]+[ \t]+(?:Jr\.?|Sr\.?|I{2,3}|IV)"
                         r"|[A-Z][a-z]+[ \t]+\((?:pictured|left|right|center|above|below|inset)\)),[ \t]\Z")
_PERSON_COMMA = re.compile(r"(?<![a-z])(?:the|a|an|his|her|their|our)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+,[ \t]\Z")
# a person noun right before ", 15," in headline style: "death of pregnant girl, 15, and unborn child"
_PERSON_NOUN_COMMA = re.compile(r"(?<![a-z])(?:girl|boy|man|woman|teen|teenager|son|daughter|mother|father|wife|husband|"
                                r"brother|sister|grandmother|grandfather|toddler|student|victim|driver|suspect),[ \t]\Z")
_AFTER_AGE_COMMA = re.compile(r"(?:,|;|\)|\.(?!\d)|[ \t]+(?:and|from|who|was|is)\b|[ \t]+of[ \t]+(?=[A-Z])|[ \t]*[-–—][ \t]|[ \t]*\n|[ \t]*\Z)")
_TWO_NAMES = re.compile(r"(?<![A-Za-z])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)[ \t])[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]+\Z")
# "the 18-34 age group", "25-54 year olds": after the second number of a range of ages
AGE_GROUP_AFTER = re.compile(
    r"[ \t]+(?:age[ \t-]+(?:group|bracket|range|band|cohort|category|demographic)s?|year[ \t-]+olds?)\b")
# "children under 12", "people over 65", "those younger than 18": the number is an age of the people named
_PEOPLE_ABOVE_OR_BELOW = re.compile(
    r"(?<![a-z])(?:children|kids|boys|girls|babies|youngsters|youths|teens|teenagers|minors|students|pupils|people|"
    r"persons|those|anyone|everyone|adults|players|patients|women|men|residents|voters|individuals|drivers|workers|"
    r"seniors|customers|visitors|applicants|members|victims|suspects|patients)[ \t]+"
    r"(?:(?:are|were|is|was)[ \t]+)?(?:aged[ \t]+|age[ \t]+)?(?:under|over|younger[ \t]+than|"
    r"older[ \t]+than|below|above|between)[ \t]+\Z")
# a person named by a noun right before the number, the number set off by a comma or an approximator:
# "the former star, 42,", "a man about 17", "a boy, around 12,", "whose age, 44,", "Stoner, also 16,"
_PERSON_NOUN_THEN = re.compile(
    r"(?<![a-z])(?:%s|age)[\"”’')]?(?:,[ \t]+(?:(?:about|around|approximately|roughly|perhaps|maybe|possibly|also|both)[ \t]+)?"
    r"|[ \t]+(?:about|around|approximately|roughly|perhaps|possibly|aged[ \t]+about)[ \t]+)\Z" % alternation(PERSON_NOUNS))
_NAME_ALSO = re.compile(r"[A-Z][a-z'’\-]+,[ \t]+(?:also|both|now)[ \t]+\Z")
# "president at 81,", "died at 81": an age after a person or a verb of a life's events
_PERSON_OR_LIFE_AT = re.compile(r"(?<![a-z])(?:%s|died|retired|married|widowed|debuted|emigrated|enlisted)[ \t]+at[ \t]+\Z"
                                % alternation(PERSON_NOUNS))
# "Two men, 22 and 25, were arrested", "the sisters, 9, 11 and 14,": a list of ages set off after people
_PEOPLE_COMMA = re.compile(r"(?<![a-z])(?:men|women|boys|girls|teens|teenagers|victims|suspects|brothers|sisters|children|"
                           r"kids|sons|daughters|friends|cousins|officers|students|others|people|males|females|twins|"
                           r"siblings|juveniles|adults|shooters|gunmen|passengers|drivers)[\"”’']?,[ \t]\Z")
_AGE_LIST_AFTER = re.compile(r"(?:[ \t]*(?:,|,?[ \t]+and|,?[ \t]+or)[ \t]*\d{1,2}(?![\d,.]\d))+[ \t]*[,;)]")
_PARTITIVE_COMMA = re.compile(r"(?<![a-z])of[ \t]+(?:the|these|those|them|all)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+,[ \t]\Z")
AGE_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+and|,?[ \t]+or|-|–|to)[ \t]*")


def age_before(low: str, s: int) -> bool:
    """``aged 63``, ``ages of``, ``the age ... to 18``: an age word right before ``s``."""
    window = low[max(0, s - 50):s]
    return ("age" in window or "expectancy" in window) and bool(_AGE_BEFORE.search(low, max(0, s - 50), s))


def read_age_after(scan: ScannedText, fig: Figure, e: int) -> int | None:
    """Emit ``fig`` as an age when ``years old``, ``-year-old`` or ``y.o.`` follows; None otherwise."""
    am = _AGE_AFTER.match(scan.low, e)
    if not am:
        return None
    u = am.group(1) or am.group(2)
    fig.kind, fig.unit, fig.end = "age", plural(u) if u else "years", am.end()  # "17 y.o", "17 y/o": years
    return scan.emit(fig)


# an age the sentence gives with no unit word ("Roth, 48,", "At 73, he"): an age whose unit is not stated
UNSTATED = ""


def age_here(scan: ScannedText, fig: Figure, raw: str | None, name_before: bool) -> str | None:
    """The age unit when the number is an age (``aged 63``: years), :data:`UNSTATED` for ``Roth, 48,``; else None.

    GUIDE: the unit is the measure the sentence names; a bare age after a name names none.
    """
    text, low = scan.text, scan.low
    s, e = fig.start, fig.end
    if age_before(low, s) or AND_OLDER.match(low, e) or AGE_GROUP_AFTER.match(low, e):
        return "years"
    if _PEOPLE_ABOVE_OR_BELOW.search(low, max(0, s - 40), s) and fig.value < 110:
        return "years"  # "children under 12", "people over 65"
    if fig.value < 110 and _AT_AGE.search(low, max(0, s - 6), s) and _PERSON_AFTER_AT_AGE.match(text, e):
        return UNSTATED  # "At 73, he is two years older than Trump"
    before = last_word(low, s).lstrip("\"“‘'(")
    if before in _BE_OR_ADVERB and _WAS_AGE_BEFORE.search(low, max(0, s - 30), s) and _AGE_END.match(low, e):
        return UNSTATED  # "Maria, who was 10.", "He will be 35 by the end of the year", "\"I'm 76,"
    set_off = before.endswith(",") or before in _SET_OFF_WORDS  # (the cheap test first)
    if fig.value < 110 and set_off and _is_age_after_person_noun(text, low, s, e):
        return UNSTATED  # "the former star, 42,", "a man about 17", "president at 81"
    if raw is None:
        return None
    if is_age_in_parens(text, s, e):
        return UNSTATED  # "Liam Jones (34) was jailed", "her son (7) survived"
    if fig.value < 110 and set_off and _PEOPLE_COMMA.search(low, max(0, s - 16), s) and _AGE_LIST_AFTER.match(low, e):
        return UNSTATED  # "Two men, 22 and 25, were arrested"
    if _is_age_after_comma(text, low, s, e) and fig.value >= 1:
        return UNSTATED
    if name_before and 10 <= fig.value < 110:  # "Nick Hague 44 has spent"
        nm = WORD_AFTER.match(text, e)
        if nm and nm.group(1) in AGE_VERBS and _TWO_NAMES.search(text, max(0, s - 40), s):
            return UNSTATED
    return None


def _is_age_after_person_noun(text: str, low: str, s: int, e: int) -> bool:
    """``the former star, 42,``, ``a man about 17``, ``Stoner, also 16,``, ``died at 81``: a person's age."""
    before = last_word(low, s)
    if not (_AFTER_AGE_COMMA.match(text, e) or _AGE_END.match(low, e) or _LIFE_AT_END.match(low, e)):
        return False
    if before == "at":
        return bool(_PERSON_OR_LIFE_AT.search(low, max(0, s - 30), s))
    if _PERSON_NOUN_THEN.search(low, max(0, s - 40), s) or _NAME_ALSO.search(text, max(0, s - 30), s):
        return bool(_AFTER_AGE_COMMA.match(text, e))
    return False


# the words right before the number that the patterns above end with (besides a comma)
_SET_OFF_WORDS = {"at", "about", "around", "approximately", "roughly", "perhaps", "maybe", "possibly", "also", "both",
                  "now"}


_LIFE_AT_END = re.compile(r"[ \t]+(?:after|following|of|from|in|when|while)\b")


def _is_age_after_comma(text: str, low: str, s: int, e: int) -> bool:
    """``Raymond Roth, 48, of Massapequa``, ``Yoon, 63.``, ``the driver, 19,``."""
    if not (text[s - 2:s] == ", " and (_NAME_COMMA.search(text, max(0, s - 30), s)
                                        or _PERSON_COMMA.search(low, max(0, s - 40), s)
                                        or _PERSON_NOUN_COMMA.search(low, max(0, s - 20), s))
            and _AFTER_AGE_COMMA.match(text, e)):
        return False
    if _PARTITIVE_COMMA.search(low, max(0, s - 40), s):
        return False  # "Of the victims, 12 were hospitalized": a part of them, counted
    pw = text[max(0, s - 30):s - 2].split()[-1:] or [""]
    return pw[0] not in MONTHS and pw[0] not in WEEKDAYS
