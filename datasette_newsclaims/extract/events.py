"""Calendar references resolved against the publication date, with the clause each one dates.

``extract_events(text, published)`` runs three steps:

1. detection (:func:`date_rules.detect`): compiled-once patterns, tried only
   at word starts shortly before cheap trigger words, the first word choosing
   which rules can apply; it records what each reference states;
2. reading the sentence around it: the tense of its clause (the nearest cue
   wins: ``will``, ``is scheduled to``, ``until`` look forward, past-tense
   verbs look back; cues after the date and beyond a quotation mark count
   less or not at all) and the clause itself, the event the date belongs to
   (at most 120 characters, cut at strong separators, never a paragraph);
3. resolution (:func:`datasette_newsclaims.resolve.resolve`) against
   ``published``, another date in the text (the previous one, or the quarter
   being reported on), or nothing.

Each item keeps ``stated`` (what the text says) apart from ``implied`` (what
resolution filled in) and says where the value came from in ``resolved_from``.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from itertools import islice

from ..resolve import FUTURE, NEAREST, PAST, PRESENT, WEAK_PAST, Resolved, resolve
from .date_rules import Mention, detect

EVENT_MAX = 120
TOPIC_REACH = 1500  # how far a quarter stays the topic of "a year ago", "the latest quarter"

# ------------------------------------------------------------------ sentences and clauses

_ABBREVIATIONS = frozenset(
    "mr ms dr st jr sr mrs gov sen rep gen jan feb mar apr jun jul aug sep sept oct nov dec inc col lt no corp u.s ave co ltd "
    "bros prof rev vs calif mass conn ariz fla ill mich minn wash va pa ga la md mo tenn tex wis ky okla ore "
    "colo ind kan neb nev ala miss del capt sgt adm maj cmdr gens reps sens messrs e.g i.e".split()
)
_SENT_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")
_WORD_BEFORE = re.compile(r"([\w.]*)$")


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (abbreviations and initials do not end one)."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        p = m.start()
        if text[p] == ".":
            w = _WORD_BEFORE.search(text, max(0, p - 12), p).group(1).lower()
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or (len(w) == 3 and w[1] == "."):
                continue
        starts.append(m.end())
    return starts


_CLAUSE_SEP = re.compile(r"[;()\[\]\"“”\n—]|:(?=\s)|\s[-–]{1,2}\s|--|\s(?='[A-Z])")
_STRIP = " ,;:\"“”'‘’—–-()\n"


def _sentence(starts: list[int], n: int, s: int) -> tuple[int, int]:
    """The sentence [start, end) holding offset ``s``."""
    i = bisect_right(starts, s) - 1
    start = starts[i] if i >= 0 else 0
    end = starts[i + 1] if i + 1 < len(starts) else n
    return start, end


def separators(text: str, ss: int, se: int) -> tuple[list[int], list[int]]:
    """The starts and ends of the clause separators of the sentence [ss, se), in order."""
    found = [(m.start(), m.end()) for m in _CLAUSE_SEP.finditer(text, ss, se)]
    return [a for a, _ in found], [b for _, b in found]


def _clause(text: str, ss: int, se: int, s: int, e: int, seps: tuple[list[int], list[int]] | None = None) -> str:
    """The clause around [s, e) inside the sentence [ss, se), at most EVENT_MAX characters.

    The sentence is cut at strong separators (semicolons, colons, dashes, quotation
    marks, brackets); a piece still too long becomes a window around the date,
    reaching mostly backwards (the verb usually comes first) unless the date opens it.
    ``seps``, the sentence's :func:`separators`, is scanned once for all its dates.
    """
    starts, ends = seps if seps is not None else separators(text, ss, se)
    ss, se = max(ss, s - 2 * EVENT_MAX), min(se, e + 2 * EVENT_MAX)
    a, b = ss, se
    j = bisect_right(ends, s) - 1  # the last separator before the date ...
    if j >= 0 and starts[j] >= ss:
        a = ends[j]
    k = bisect_left(starts, e)  # ... and the first after it, within reach
    if k < len(starts) and ends[k] <= se:
        b = starts[k]
    if b - a <= EVENT_MAX:
        return text[a:b].strip(_STRIP)
    room = EVENT_MAX - (e - s)
    if s - a < 30:
        left = s - a
    else:
        left = min(s - a, max(room * 3 // 5, room - (b - e)))
    a2, b2 = s - left, min(b, e + room - left)
    if a2 > a:  # start at a word, never inside the date
        sp = text.find(" ", a2, s)
        a2 = sp + 1 if 0 <= sp < a2 + 25 else a2
    if b2 < b:
        sp = text.rfind(" ", e, b2)
        b2 = sp if sp >= 0 and sp > b2 - 25 else b2
    return text[a2:b2].strip(_STRIP)[:EVENT_MAX]


# ------------------------------------------------------------------ tense

_IRREGULAR_PAST = frozenset(
    "said says told was were had did made took gave came went began fell rose grew won lost met left got saw "
    "found held led paid sold bought brought thought spent built hit cut quit ran wrote spoke broke chose "
    "drove flew knew stood struck swore threw became shot sent kept felt heard meant sat slid sank sought "
    "taught caught fought dealt lit stole tore wore woke withdrew overtook undertook forgot ago earlier last "
    "previously already yesterday".split()
)
_NOT_PAST_ED = frozenset(
    "hundred united indeed speed proceed exceed succeed need feed seed breed embed naked wicked sacred kindred "
    "shed bred tweed weed greed creed scheduled expected slated planned proposed intended anticipated supposed "
    "related based red bed wed fed led bled fled sled "
    # adjectives: "a still unspecified date"
    "unspecified undisclosed unnamed unidentified unexpected unprecedented unresolved unconfirmed undecided "
    "unrelated unopposed unemployed unarmed unscheduled unannounced unauthorized unfounded unsolved".split()
)
_FUTURE_WORDS = frozenset(
    "will won't shall would upcoming starting coming tomorrow planned planning scheduled payable yet".split()
)
_FUTURE_PAIRS = {
    "is": {"scheduled", "set", "expected", "due", "slated", "poised", "planning", "going", "likely", "to", "calling"},
    "are": {"scheduled", "set", "expected", "due", "slated", "poised", "planning", "going", "likely", "to"},
    "to": {"be"}, "as": {"soon", "early"}, "ahead": {"of"}, "later": {"this"}, "expected": {"to"}, "set": {"to"},
}
for _verb in ("plan", "intend", "aim", "hope", "expect"):
    _FUTURE_PAIRS[_verb] = _FUTURE_PAIRS[_verb + "s"] = _FUTURE_PAIRS[_verb.rstrip("e") + "ed"] = {"to"}  # "hoped to"
_PAST_PAIRS = {"has": {"been"}, "have": {"been"}, "had": {"been"}}
_PRESENT_WORDS = frozenset(
    "begins starts opens travels visits meets faces hosts plays leaves arrives returns resumes holds heads votes".split()
)
_PRESENT_PLURAL = frozenset("begin meet play arrive resume".split())
_NOT_PRESENT_BEFORE = frozenset(
    "did didn't not never could couldn't would wouldn't might should must can can't cannot may to the a an "
    "will won't shall".split())  # "will meet": the nearer "will" decides
_PAST_AUX = frozenset("said was were had did told".split())
_ADJECTIVE_BEFORE = frozenset("the a an its their his her our of be been being is are newly fully".split())
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")
_CUE_WORDS = _FUTURE_WORDS | _PRESENT_WORDS | _PRESENT_PLURAL | _IRREGULAR_PAST | set(_FUTURE_PAIRS) | set(_PAST_PAIRS)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*")
_SET_FUTURE_BEFORE = frozenset("is are be been being was were now all will would could might may should to".split())
_SET_PAST_AFTER = frozenset("on in at during back last earlier aside off up out down".split())
_PRESENT_AFTER = re.compile(r"\s+(?:is|are)\b")


_CUE_ENDINGS = ("ed", "'ll")


def _cue_indices(words: list[str]) -> list[int]:
    """The indices of the words that may be cues (:func:`_cue` is None for every other word)."""
    maybe = {w for w in set(words) if w in _CUE_WORDS or w.endswith(_CUE_ENDINGS)}  # each distinct word once
    return [i for i, w in enumerate(words) if w in maybe] if maybe else []


def _cue(words: list[str], i: int) -> str | None:
    w = words[i]
    if w not in _CUE_WORDS and not w.endswith(_CUE_ENDINGS):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in _FUTURE_WORDS or w.endswith("'ll") or nxt in _FUTURE_PAIRS.get(w, ()):
        if i > 1 and words[i - 1] == "been" and words[i - 2] == "had":
            return PAST  # "had been scheduled to expire Friday": a plan overtaken
        return FUTURE
    if nxt in _PAST_PAIRS.get(w, ()):
        return PAST
    if w == "set":  # "the record high set on Aug. 6"; not "is set for", "set to", "set a trial date", "would set"
        return PAST if nxt in _SET_PAST_AFTER and (i == 0 or words[i - 1] not in _SET_FUTURE_BEFORE) else None
    if w in _PRESENT_WORDS:
        return PRESENT
    if w in _PRESENT_PLURAL and (i == 0 or words[i - 1] not in _NOT_PRESENT_BEFORE):
        return PRESENT  # "He and Arafat meet separately Monday": a plural subject's schedule
    past = w in _IRREGULAR_PAST or (w not in _NOT_PAST_ED and (
        (len(w) > 4 and w.endswith("ed") and w[-3] != "e") or (len(w) > 5 and w.endswith("ied"))))
    if past and i > 0 and words[i - 1] == "yet":
        return FUTURE  # "haven't yet qualified for the December debate"
    if past and (w in _PAST_AUX or i == 0 or words[i - 1] not in _ADJECTIVE_BEFORE):
        return PAST
    return None


def _tense(text: str, ss: int, se: int, s: int, e: int) -> str | None:
    """The tense of the clause around [s, e): the nearest cue wins (cues after the date count less)."""
    lo, hi = max(ss, s - 120), min(se, e + 80)
    if s - ss <= 6:  # "In January, a week after the anniversary, a bombing killed ...": the verb comes late
        hi = min(se, e + 200)
        c = _SUBCLAUSE.search(text, e, hi)  # ... but not as late as a subordinate clause
        if c:
            hi = c.start()
    q = _QUOTE_MARK.search(text, e, hi)  # the words of a quotation and of its attribution keep their own tenses
    if q:
        hi = q.start()
    for q in _QUOTE_MARK.finditer(text, lo, s):
        lo = q.end()
    before = _TOKEN.findall(text[lo:s].lower())
    best, best_d = None, 10**9
    # backwards from the date: the first cue found is the nearest
    for i in reversed(_cue_indices(before)):
        cue = _cue(before, i)
        if cue is not None:
            ends = [m.end() for m in _TOKEN.finditer(text, lo, s)]
            best, best_d = cue, s - ends[i]
            break
    words = _TOKEN.findall(text[e:hi].lower())
    starts = _TOKEN.finditer(text, e, hi)  # positions, read only as far as the loop goes
    read = 0
    for i in _cue_indices(words):
        d = (next(islice(starts, i - read, None)).start() - e) * 2.5  # distances grow: the first too far ends it
        read = i + 1
        if d >= best_d:
            break
        cue = _cue(words, i)
        if cue is not None:
            best, best_d = cue, d
            break
    if best_d > 0 and _PRESENT_AFTER.match(text, e):
        return PRESENT  # "Saturday is the 75th anniversary"
    if best == PAST and best_d > WEAK_PAST_DISTANCE:
        return WEAK_PAST
    return best


WEAK_PAST_DISTANCE = 45  # characters between a past verb and the date beyond which it governs it loosely


# ------------------------------------------------------------------ filters and context cues

_CLOCK = r"(?:(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s*(?:[A-Z]{2,4}\s+)?)?"
_AHEAD_OF_BEFORE = re.compile(r"\b(?:[Aa]head\s+of|[Bb]efore)\s+$")
_WEEKDAY_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|by|effective|as\s+(?:soon|early|late)\s+as)\s+(?:on\s+)?" + _CLOCK + r"$"
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:to|until|till|through|by|effective|payable|paid|record|expires?|due|ahead\s+of|as\s+(?:soon|early|late)\s+as)"
    r"\s+(?:on\s+|around\s+)?$"
)
_LONGER_PERIOD = re.compile(r"\b(?:nine|six|eight|ten|eleven)\s+months\b|\bfirst\s+half\b|\bfull\s+year\b|\bfor\s+the\s+year\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_SUBCLAUSE = re.compile(r"[;:]|\s(?:that|which|who|because|when|where|while|if)\s")
_NAME_BEFORE = re.compile(r"[a-z,]\s+(?:[A-Z][\w.&]*\s+)*[A-Z][\w.&]*\s+$")
_VAGUE_TODAY = re.compile(
    r"(?:even|of)\s+(?:today|tomorrow)|[Tt]oday's\s+(?:world|society|economy|culture|youth|children|kids|generation|"
    r"politics|standards|market|climate|many|modern|America|environment|media|technology)"
)
_SPORTS = re.compile(
    r"\b(?:points?|scored?|scoring|touchdowns?|yards?|goals?|rebounds?|assists?|innings?|quarterback|game|"
    r"halftime|lead|led|trailed|basket|field goal|free throws?|three-pointers?|period)\b"
)
_FINANCE = re.compile(r"\b(?:profit|earnings|revenue|sales|net|loss|income|GDP|economy|growth|percent|%|share|fiscal)\b")
_SPORTS_DOC = re.compile(
    r"\b(?:touchdowns?|rebounds|assists|quarterback|halftime|innings?|free throws?|field goals?|NBA|NFL|NHL|yards|scored|coach)\b"
)


def _paragraph_start(text: str, pos: int) -> int:
    i = text.rfind("\n", max(0, pos - 2000), pos)
    return i + 1 if i >= 0 else max(0, pos - 2000)


def _in_quote(text: str, pos: int) -> bool:
    """True when ``pos`` stands inside a quotation opened earlier in its paragraph."""
    para = text[_paragraph_start(text, pos):pos]
    return para.count("“") > para.count("”") or para.count('"') % 2 == 1


def _vague_today(text: str, m: Mention, tense: str | None) -> bool:
    """ "even today", "Russia Today", "How can we remain neutral today": not a calendar day."""
    s, e = m.start, m.end
    if _VAGUE_TODAY.search(text, max(0, s - 8), min(len(text), e + 16)):
        return True
    if text[s] == "T" and _NAME_BEFORE.search(text, max(0, s - 30), s):
        return True
    return (m.offset == 0 and tense in (None, PRESENT) and text[s:e].lower() == "today"
            and _in_quote(text, s))


_PART_START = {"mid": 11, "late": 21, "end": 21}


def _future_part(m: Mention, r: Resolved, published: dt.date | None, tense: str | None) -> bool:
    """True when a past-tense "late August" was resolved to an August whose late part is still ahead."""
    if m.kind != "date" or m.day is not None or m.mod not in _PART_START or published is None:
        return False
    if tense not in (PAST, WEAK_PAST) or r.resolved_from != "published":
        return False
    return r.start <= published < r.start.replace(day=_PART_START[m.mod])


def _sports(text: str, ss: int, se: int, memo: dict) -> bool:
    """True when a quarter is a period of a game rather than of a business year.

    ``memo`` keeps the answer per sentence (and for the whole text under ``None``):
    a sentence with thousands of quarters is searched once, not once per quarter.
    """
    if ss not in memo:
        if _FINANCE.search(text, ss, se):
            memo[ss] = False
        elif _SPORTS.search(text, ss, se):
            memo[ss] = True
        else:
            if None not in memo:
                memo[None] = sum(1 for _ in zip(range(3), _SPORTS_DOC.finditer(text))) >= 3
            memo[ss] = memo[None]
    return memo[ss]


# ------------------------------------------------------------------ public


class _Reader:
    """Reads one article's mentions in order, remembering what later ones may refer to."""

    def __init__(self, text: str, published: dt.date | None):
        self.text = text
        self.published = published
        self.starts = sentence_starts(text)
        self.anchor: Resolved | None = None  # the previous resolved date ...
        self.anchor_end = -1  # ... where it ended ...
        self.anchor_para = -1  # ... and its paragraph
        self.topic_quarter: tuple[Resolved, int] | None = None  # the quarter being reported on, and where
        self.context: tuple[int, int] | None = None  # (year, end) of the last stated day or month
        self.sports_memo: dict[int | None, bool] = {}
        self.seps: dict[int, tuple[list[int], list[int]]] = {}  # per sentence start
        self.story_year: int | None = None  # the last year the text states, when not the publication year

    def tense(self, m: Mention, ss: int, se: int) -> str | None:
        text, s = self.text, m.start
        tense = _tense(text, ss, se, s, m.end)
        deadline = m.kind == "weekday" and _WEEKDAY_DEADLINE_BEFORE.search(text, max(0, s - 40), s)
        if deadline and not (tense == PAST and deadline.group().startswith("by")):
            tense = FUTURE  # "until Tuesday", "as early as Tuesday"; not "had filed reports by Wednesday"
        elif (m.kind == "weekday" and tense in (PRESENT, FUTURE) and text.startswith(("'s", "’s"), m.end)
              and not _AHEAD_OF_BEFORE.search(text, max(0, s - 12), s)):
            tense = NEAREST  # "follows Tuesday's declaration", "leads in Tuesday's primary": the nearer Tuesday
        elif (m.kind in ("date", "span_days", "quarter") and tense != FUTURE
              and _DEADLINE_BEFORE.search(text, max(0, s - 24), s)):
            tense = None  # "payable Dec. 7", "through January": the nearest one (but "will double by August": ahead)
        if text.find("UP NEXT", max(0, s - 200), s) >= 0:
            tense = FUTURE  # the AP's preview section
        return tense

    def referent(self, m: Mention, ss: int, para: int) -> Resolved | None:
        """The date a relative mention ("the day before", "a year ago", "the quarter") hangs on."""
        s, anchor = m.start, self.anchor
        near = anchor if anchor is not None and (para == self.anchor_para or s - self.anchor_end < 300) else None
        yearly = m.kind in ("year_ago", "the_quarter") or (m.kind in ("ago", "anchored") and m.unit == "year"
                                                              and abs(m.count or 0) == 1)
        if yearly and _LONGER_PERIOD.search(self.text, max(ss, s - 200), s):
            return None  # "in the first nine months, net rose from $163 million a year earlier": a year back
        if yearly and self.topic_quarter is not None and s - self.topic_quarter[1] < TOPIC_REACH:
            self.topic_quarter = (self.topic_quarter[0], m.end)  # each comparison keeps the quarter the topic
            return self.topic_quarter[0]
        if m.kind in ("anchored", "anchored_weekday") and near is None:
            return anchor  # "the day before", "the previous Friday": the last date stated, however far back
        if m.kind == "rel" and m.extra.get("the"):  # "the end of the year": the year of this sentence's date
            ok = anchor is not None and self.anchor_end >= ss and anchor.granularity in ("day", "month")
            return anchor if ok else None
        return near

    def context_year(self, m: Mention, tense: str | None) -> int | None:
        """The year of a passage about another year ("late August" just after "August 1914")."""
        ctx, pub = self.context, self.published
        if ctx is None or pub is None or m.start - ctx[1] >= 200 or abs(ctx[0] - pub.year) <= 2 or tense == FUTURE:
            return None
        return ctx[0]

    def remember(self, m: Mention, r: Resolved, para: int) -> None:
        self.anchor, self.anchor_end, self.anchor_para = r, m.end, para
        if (r.granularity == "quarter" and m.kind in ("quarter", "the_quarter") and not m.extra.get("year_ago")
                and not (m.kind == "the_quarter" and m.year is not None)
                and (self.published is None or r.end <= self.published)  # results are reported for a quarter that has ended
                and not (self.topic_quarter is not None and r.end < self.topic_quarter[0].end
                         and m.start - self.topic_quarter[1] < TOPIC_REACH)):  # "after a flat second quarter": an aside
            self.topic_quarter = (r, m.end)
        if m.kind == "anchored" and r.granularity == "year" and r.resolved_from == "event":
            self.context = (r.start.year, m.end)  # "the following year he was appointed ... in December"
        elif (m.kind in ("date", "span_days") and r.resolved_from in ("text", "event") and not m.since
                and not _THE_BEFORE.search(self.text, max(0, m.start - 4), m.start)):
            self.context = (r.start.year, m.end)  # not "the Dec. 21, 1988, bombing": it names an event, not the passage's time
        if m.kind in ("date", "year") and r.resolved_from == "text" and (
                self.published is None or r.start.year != self.published.year):
            self.story_year = r.start.year
        elif m.kind in ("weekday", "deictic", "rel"):
            self.context = None

    def read(self, m: Mention) -> dict | None:
        text = self.text
        ss, se = _sentence(self.starts, len(text), m.start)
        tense = self.tense(m, ss, se)
        if m.kind == "deictic" and _vague_today(text, m, tense):
            return None
        para = _paragraph_start(text, m.start)
        referent = self.referent(m, ss, para)
        try:
            r = resolve(m, self.published, tense, referent, self.context_year(m, tense))
        except (ValueError, OverflowError):
            r = None
        if r is not None and self.story_year is not None and _future_part(m, r, self.published, tense):
            # "late August" in past tense, in an Aug. 5 story about 1914: not this year's, the story's
            r = resolve(m, self.published, tense, referent, self.story_year)
        if r is None and (self.published is not None or referent is None) and (
                m.kind in ("the_quarter", "year_ago") or m.extra.get("needs_anchor") or m.extra.get("that")):
            return None  # "the quarter", "that year", "that January" with nothing to refer to
        if m.kind == "quarter" and r is not None and m.year is None and _sports(text, ss, se, self.sports_memo):
            return None  # "the third quarter" of a game
        if r is not None:
            self.remember(m, r, para)
        if ss not in self.seps:
            self.seps = {ss: separators(text, ss, se)}  # mentions come in order: one sentence at a time
        return _item(text, m, r, ss, se, tense, self.seps[ss])


def extract_events(text: str, published: dt.date | None) -> list[dict]:
    """Return every dated event in ``text``, resolved against ``published``.

    :param text: the article's plain text
    :param published: the publication date; without it relative references
        (``Wednesday``, ``last year``) get null dates and absolute ones still resolve
    :return: dicts with ``start``, ``end``, ``text``, ``date_start``, ``date_end``,
        ``granularity``, ``event``, ``resolved_from``, ``stated``, ``implied``,
        ``tense``, ``year``, ``month``, ``rule``
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    elif not isinstance(published, dt.date):
        published = None
    reader = _Reader(text, published)
    return [item for item in map(reader.read, detect(text)) if item is not None]


_STATED_FIELDS = ("year", "month", "day", "weekday", "unit", "offset", "count", "year_offset", "mod", "direction")


def _stated(m: Mention) -> dict:
    """What the text itself says (chrono's "known values"), as opposed to what resolution implied."""
    out = {k: getattr(m, k) for k in _STATED_FIELDS if getattr(m, k) is not None}
    if m.since:
        out["since"] = True
    return out


def _item(text: str, m: Mention, r: Resolved | None, ss: int, se: int, tense: str | None,
          seps: tuple[list[int], list[int]] | None = None) -> dict:
    s, e = m.start, m.end
    return {
        "start": s,
        "end": e,
        "text": text[s:e],
        "date_start": r.start.isoformat() if r else None,
        "date_end": r.end.isoformat() if r else None,
        "granularity": r.granularity if r else None,
        "event": _clause(text, ss, se, s, e, seps),
        "resolved_from": r.resolved_from if r else None,
        "stated": _stated(m),
        "implied": r.implied if r else [],
        "tense": PAST if tense == WEAK_PAST else (None if tense == NEAREST else tense),
        "year": r.start.year if r else m.year,
        "month": r.start.month if r and r.granularity in ("day", "month") else m.month,
        "rule": m.rule,
    }
