"""The tense of one mention: its clause's, then what the words right around it say.

``until Tuesday``, ``payable Dec. 7``, ``follows Tuesday's declaration``, ``a Feb. 20 deadline``, ``since
their Oct. 13 debate``, ``August unemployment data``, ``a February bomb blast``, ``hopes for a peaceful
election on Thursday``: the words just before or after a date can overrule or refine the tense of its
clause (:func:`.tense.clause_tense`).

Owns: :func:`mention_tense` and the patterns of those words. Must not touch: the clause's own cues
(:mod:`.tense`), detection or resolution.
"""
from __future__ import annotations

import re

from .mention import Mention
from .tense import FUTURE, NEAREST, PAST, PRESENT, STRICT_PAST, WEAK_PAST, clause_tense

_CLOCK = r"(?:(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*(?:[A-Z]{2,4}\s+)?)?"
_AHEAD_OF_BEFORE = re.compile(r"\b(?:[Aa]head\s+of|[Bb]efore)\s+$")
_WEEKDAY_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|by|through|effective|as\s+(?:soon|early|late)\s+as)\s+(?:on\s+)?" + _CLOCK + r"$"
)
# "waited until March", "stayed through June": a near past verb holds the date in the past
_PAST_UNTIL_BEFORE = re.compile(r"\b\w+ed\s+(?:\w+\s+)?(?:until|till|through)\s+$")
_DEADLINE_BEFORE = re.compile(
    r"\b(?:to|until|till|through|by|effective|payable|paid|record|expires?|due|ahead\s+of|as\s+(?:soon|early|late)\s+as)"
    r"\s+(?:on\s+|around\s+)?$|\bdue\s+in\s+$"
)

# "a Feb. 20 deadline": the verb tells when the deadline was set, not when it falls, unless it says it has passed
_DEADLINE_NOUN_AFTER = re.compile(r"\s+(?:deadline|cutoff|cut-off|due\s+date|expiration\s+date|target\s+date)s?\b")
_INCIDENT = (r"(?:massacres?|shootings?|attacks?|bombings?|blasts?|crash(?:es)?|explosions?|earthquakes?|quakes?|"
             r"murders?|killings?|slayings?|stabbings?|riots?|assassinations?|invasion|coup|tornado(?:es)?|hurricanes?|"
             r"floods?|ambush|derailment|collapse)")
_INCIDENT_BEFORE = re.compile(rf"\b{_INCIDENT}\s+(?:\w+\s+){{0,3}}?(?:in|on|of)\s+(?:early\s+|late\s+|mid-)?$")
_INCIDENT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:\w+\s+)?{_INCIDENT}\b")
_SINCE_NP_BEFORE = re.compile(r"\b[Ss]ince\s+(?:the|their|his|her|its|our|a|an)\s+$")
_DATA_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:U\.S\.|US|national|monthly|official|campaign|finance|retail|home|jobs|consumer|producer|"
    r"employment|unemployment|factory|trade|housing|industrial)\s+){0,3}"
    r"(?:data|figures|numbers|sales|payrolls|report|reports|statistics|survey|reading|filings?|jobless|inflation|"
    r"unemployment|jobs)\b")
_SCHEDULED_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:U\.S\.|national|general|presidential|special|state|local|midterm|primary|runoff|party)\s+){0,3}"
    r"(?:elections?|primar(?:y|ies)|caucus(?:es)?|referendum|vote|ballot|runoff|debate|summit|inauguration)\b")
_SCHEDULED_NOUN_BEFORE = re.compile(  # looked forward to: "hopes for a peaceful election on Thursday"
    r"\b(?:before|for|toward|towards|until|ahead\s+of)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:elections?|primar(?:y|ies)|caucus(?:es)?|referendum|vote|ballot|runoff|summit|inauguration)\s+(?:on\s+)?$")
_DEADLINE_PASSED_BEFORE = re.compile(r"\b(?:missed|met|passed|beat|blew|ignored|expired|came|went)\b")


def mention_tense(text: str, m: Mention, ss: int, se: int) -> str | None:
    """The tense that places ``m``: its clause's (:func:`clause_tense`), then what the words just before it say
    ("until Tuesday", "payable Dec. 7", "follows Tuesday's declaration")."""
    s = m.start
    tense = clause_tense(text, ss, se, s, m.end)
    deadline = m.kind == "weekday" and _WEEKDAY_DEADLINE_BEFORE.search(text, max(0, s - 40), s)
    if deadline and not (tense == PAST and deadline.group().startswith(("by", "through"))):
        tense = FUTURE  # "until Tuesday", "as early as Tuesday"; not "had filed reports by Wednesday"
    elif (m.kind == "weekday" and tense in (PRESENT, FUTURE) and text.startswith(("'s", "’s"), m.end)
          and not _AHEAD_OF_BEFORE.search(text, max(0, s - 12), s)):
        tense = NEAREST  # "follows Tuesday's declaration", "leads in Tuesday's primary": the nearer Tuesday
    elif (m.kind in ("date", "span_days", "quarter") and tense != FUTURE
          and _DEADLINE_BEFORE.search(text, max(0, s - 24), s)
          and not (tense == PAST and _PAST_UNTIL_BEFORE.search(text, max(0, s - 24), s))):
        tense = None  # "payable Dec. 7", "through January": the nearest one (but "will double by August": ahead)
    if (tense in (PAST, WEAK_PAST) and m.kind == "date" and _DEADLINE_NOUN_AFTER.match(text, m.end)
            and not _DEADLINE_PASSED_BEFORE.search(text, max(ss, s - 40), s)):
        tense = None  # "approved a Feb. 20 deadline": the nearest Feb. 20
    if m.kind in ("date", "weekday") and _SINCE_NP_BEFORE.search(text, max(0, s - 14), s):
        tense = STRICT_PAST  # "since their Oct. 13 debate": an event already past
    if m.kind == "date" and m.day is None and m.year is None and _DATA_NOUN_AFTER.match(text, m.end):
        tense = PAST  # "will release August unemployment data Friday": figures cover a month already begun
    if tense is None and m.kind == "date" and (_INCIDENT_BEFORE.search(text, max(ss, s - 40), s)
                                               or _INCIDENT_AFTER.match(text, m.end)):
        tense = PAST  # "after the church massacre in June", "a February bomb blast": incidents are reported after
    if tense == WEAK_PAST and m.kind == "date" and _SCHEDULED_NOUN_AFTER.match(text, m.end):
        tense = None  # "engineered the release to influence the Nov. 8 election": a far verb, the nearest election
    elif tense == WEAK_PAST and m.kind == "weekday" and _SCHEDULED_NOUN_BEFORE.search(text, max(ss, s - 70), s):
        tense = NEAREST  # "said before expressing hopes for a peaceful election on Thursday": likewise
        # (not "has won eight contests, including the caucuses on Saturday")
    if text.find("UP NEXT", max(0, s - 200), s) >= 0:
        tense = FUTURE  # the AP's preview section
    return tense
